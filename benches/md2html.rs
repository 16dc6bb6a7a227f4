//! Converts a Markdown file N times with Jekyll's default kramdown options and prints
//! the median seconds of one conversion (for benches/kramdown-compare.sh).

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: md2html FILE [RUNS]");
    let runs: usize = args.next().map_or(5, |n| n.parse().unwrap_or(5));
    let text = std::fs::read_to_string(path).unwrap();
    let options = hyde_kramdown::Options::default();
    let _ = hyde_kramdown::to_html(&text, &options);
    let mut times: Vec<f64> = (0..runs.max(1))
        .map(|_| {
            let t = std::time::Instant::now();
            std::hint::black_box(hyde_kramdown::to_html(&text, &options));
            t.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(f64::total_cmp);
    println!("{:.4}", times[times.len() / 2]);
}
