//! Highlighting throughput: every Rouge demo of `../shared/fixtures/rouge-demos`
//! (each `LANG.md`'s fenced block) highlighted as Jekyll's `{% highlight LANG %}` does.
//! Prints the median seconds of one pass over all demos, and the bytes per pass.
//!
//! `cargo run --release -p hyde-kramdown --example highlight -- DEMOS_SITE [PASSES]`
//! (`benches/rouge-compare.sh` runs it beside Rouge itself).

#![allow(clippy::print_stdout, clippy::unwrap_used, clippy::expect_used)]

use std::time::Instant;

/// `(lang, code)` of every `LANG.md` demo page: the text of its `~~~ LANG` block.
fn demos(site: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut names: Vec<_> = std::fs::read_dir(site)
        .expect("the rouge-demos site folder")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    names.sort();
    for path in names {
        let text = std::fs::read_to_string(&path).unwrap();
        let Some(start) = text.find("\n~~~ ") else {
            continue;
        };
        let rest = &text[start + 5..];
        let (lang, body) = rest.split_once('\n').unwrap();
        let end = body.rfind("\n~~~").unwrap_or(body.len());
        out.push((
            lang.trim().to_owned(),
            body[..=end.min(body.len() - 1)].to_owned(),
        ));
    }
    out
}

fn main() {
    let mut args = std::env::args().skip(1);
    let site = args.next().expect("usage: highlight DEMOS_SITE [PASSES]");
    let passes: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(5);
    let demos = demos(&site);
    let bytes: usize = demos.iter().map(|(_, c)| c.len()).sum();
    // Tables are built once per process, as in a build: the first pass pays for them.
    let first = Instant::now();
    let mut out = 0;
    for (lang, code) in &demos {
        out += hyde_kramdown::highlight_tag(code, lang, false).len();
    }
    let cold = first.elapsed().as_secs_f64();
    let mut times = Vec::new();
    for _ in 0..passes {
        let t = Instant::now();
        for (lang, code) in &demos {
            out += hyde_kramdown::highlight_tag(code, lang, false).len();
        }
        times.push(t.elapsed().as_secs_f64());
    }
    times.sort_by(f64::total_cmp);
    let median = times[times.len() / 2];
    println!("{} {bytes} {median:.6} {cold:.6} {out}", demos.len());
}
