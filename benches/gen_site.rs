//! Writes a generated benchmark site:
//! `cargo run --release -p hyde --example gen_site -- [--hugo] OUT_DIR POSTS PAGES [SEED]`.
//!
//! With `--hugo`, the Hugo twin of the same site (`sitegen::hugo::generate`).
//!
//! OUT_DIR must be missing or empty. The same arguments always write the same bytes.
#![allow(clippy::print_stderr)] // A command-line tool reports on stderr.

use std::path::PathBuf;
use std::process::ExitCode;

#[path = "sitegen.rs"]
mod sitegen;

const USAGE: &str = "usage: gen_site [--hugo] OUT_DIR POSTS PAGES [SEED]";

fn main() -> ExitCode {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let hugo = args.first().is_some_and(|a| a == "--hugo");
    if hugo {
        args.remove(0);
    }
    let parsed = match args.as_slice() {
        [out, posts, pages] => parse(out, posts, pages, "1"),
        [out, posts, pages, seed] => parse(out, posts, pages, seed),
        _ => None,
    };
    let Some((out, posts, pages, seed)) = parsed else {
        eprintln!("{USAGE}");
        return ExitCode::from(2);
    };
    if std::fs::read_dir(&out).is_ok_and(|mut entries| entries.next().is_some()) {
        eprintln!("gen_site: {} is not empty", out.display());
        return ExitCode::from(2);
    }
    let generate = if hugo {
        sitegen::hugo::generate
    } else {
        sitegen::generate
    };
    match generate(&out, posts, pages, seed) {
        Ok(()) => {
            eprintln!(
                "gen_site: wrote {} ({posts} posts, {pages} pages, seed {seed}{})",
                out.display(),
                if hugo { ", for Hugo" } else { "" }
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("gen_site: {}: {e}", out.display());
            ExitCode::FAILURE
        }
    }
}

fn parse(out: &str, posts: &str, pages: &str, seed: &str) -> Option<(PathBuf, usize, usize, u64)> {
    Some((
        PathBuf::from(out),
        posts.parse().ok()?,
        pages.parse().ok()?,
        seed.parse().ok()?,
    ))
}
