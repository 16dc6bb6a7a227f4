//! Markdown throughput: hyde-kramdown converting a ~1 MB document (the kramdown corpus
//! in `fixtures/kramdown`, concatenated), with Jekyll's default options.
//! `cargo bench -p hyde-kramdown --bench kramdown`; `benches/kramdown-compare.sh` runs
//! the same document through Ruby's kramdown for the ratio.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};

/// The corpus's Markdown cases, concatenated until the text passes 1 MB.
pub fn document() -> String {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/kramdown");
    let mut names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("README.md"))
        .collect();
    names.sort();
    let mut text = String::new();
    while text.len() < 1_000_000 {
        for p in &names {
            text.push_str(&std::fs::read_to_string(p).unwrap());
            text.push_str("\n\n");
        }
    }
    text
}

fn bench(c: &mut Criterion) {
    let doc = document();
    let options = hyde_kramdown::Options::default();
    let mut group = c.benchmark_group("kramdown");
    group.throughput(Throughput::Bytes(doc.len() as u64));
    group.sample_size(10);
    group.bench_function("to_html 1MB", |b| {
        b.iter(|| hyde_kramdown::to_html(&doc, &options))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
