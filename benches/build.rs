//! Criterion benchmarks of whole-site builds on generated sites.
//!
//! Each site is generated once by `sitegen` into a temporary directory; then, per size:
//! - `build`: `Site::build`, reading the source and writing into a temporary destination;
//! - `load`: `Site::load` alone (configuration, reading, URLs);
//! - `render`: `Site::load` then `Site::render`, everything in memory, nothing written.
//!
//! Run with `cargo bench -p hyde --bench build`; see benches/README.md.
#![allow(missing_docs)] // criterion_group! and criterion_main! generate undocumented items.
#![allow(clippy::print_stderr)] // Reports a site it skips.

use std::hint::black_box;
use std::path::Path;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use hyde::{BuildOptions, Site};

#[path = "sitegen.rs"]
mod sitegen;

/// Site sizes: (name, posts, pages).
const SIZES: &[(&str, usize, usize)] = &[("100-posts", 100, 20), ("1000-posts", 1000, 100)];
/// Pins `site.time`, so every iteration sees the same site.
const TIME_EPOCH: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

fn options(source: &Path, destination: &Path) -> BuildOptions {
    let mut options = BuildOptions::new(source);
    options.destination = Some(destination.to_path_buf());
    options.time_epoch = Some(TIME_EPOCH);
    options
}

fn builds(c: &mut Criterion) {
    let mut group = c.benchmark_group("site");
    group
        .sample_size(10)
        .measurement_time(Duration::from_secs(20))
        .warm_up_time(Duration::from_secs(2));
    for &(name, posts, pages) in SIZES {
        let tmp = match tempfile::tempdir() {
            Ok(t) => t,
            Err(e) => panic!("temp dir: {e}"),
        };
        let source = tmp.path().join("site");
        let destination = tmp.path().join("_site");
        if let Err(e) = sitegen::generate(&source, posts, pages, 42) {
            panic!("generating {name}: {e}");
        }
        let options = options(&source, &destination);
        // One build up front: a site hyde cannot build is reported once, not benchmarked.
        if let Err(e) = Site::build(&options) {
            eprintln!("skipping {name}: hyde cannot build it: {e}");
            continue;
        }
        group.throughput(Throughput::Elements(posts as u64));
        group.bench_with_input(BenchmarkId::new("build", name), &options, |b, o| {
            b.iter(|| black_box(Site::build(o)).is_ok());
        });
        group.bench_with_input(BenchmarkId::new("load", name), &options, |b, o| {
            b.iter(|| black_box(Site::load(o)).is_ok());
        });
        group.bench_with_input(BenchmarkId::new("render", name), &options, |b, o| {
            b.iter(|| {
                Site::load(o)
                    .and_then(|site| site.render().map(|files| black_box(files).files.len()))
                    .ok()
            });
        });
    }
    group.finish();
}

criterion_group!(benches, builds);
criterion_main!(benches);
