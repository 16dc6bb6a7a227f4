//! Times `to_html` on every corpus case concatenated (a rough speed check).
#![allow(clippy::print_stdout)]
fn main() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/kramdown");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    names.sort();
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(usize::MAX);
    let text: String = names
        .iter()
        .take(n)
        .map(|p| std::fs::read_to_string(p).unwrap_or_default() + "\n\n")
        .collect();
    let k: usize = std::env::args()
        .nth(2)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let text = text.repeat(k);
    let start = std::time::Instant::now();
    let html = hyde_kramdown::to_html(&text, &hyde_kramdown::Options::default());
    println!(
        "{} bytes in, {} out, {:?}",
        text.len(),
        html.len(),
        start.elapsed()
    );
}
