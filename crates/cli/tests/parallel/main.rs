//! Rendering in parallel gives exactly what a one-thread build gives.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn tree(root: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_type().unwrap().is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(root)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                out.insert(rel, std::fs::read(&path).unwrap());
            }
        }
    }
    out
}

fn build(site: &Path, dest: &Path, threads: &str) {
    let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .args(["build", "-q", "-s"])
        .arg(site)
        .arg("-d")
        .arg(dest)
        .env("RAYON_NUM_THREADS", threads)
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn one_thread_and_many_threads_write_the_same_bytes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    for site in [
        "examples/site",
        "fixtures/posts/site",
        "fixtures/collections/site",
        "fixtures/layouts/site",
    ] {
        let site = root.join(site);
        let tmp = tempfile::tempdir().unwrap();
        let (one, many) = (tmp.path().join("one"), tmp.path().join("many"));
        build(&site, &one, "1");
        build(&site, &many, "8");
        let (a, b) = (tree(&one), tree(&many));
        assert_eq!(
            a.keys().collect::<Vec<_>>(),
            b.keys().collect::<Vec<_>>(),
            "{}",
            site.display()
        );
        for (k, v) in &a {
            assert!(
                b[k] == *v,
                "{} differs between 1 and 8 threads in {}",
                k,
                site.display()
            );
        }
    }
}
