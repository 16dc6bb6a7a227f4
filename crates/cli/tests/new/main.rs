//! `hyde new` and `hyde new-theme` write the scaffolds `jekyll new` and `jekyll
//! new-theme` write: the trees and messages in `fixtures/new` (made by Jekyll 4.3.1, see
//! the README there), byte for byte, but for the date the post and the licence take from
//! the clock.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fixtures/new")
}

/// Every file under `root` but `.git`, by relative path.
fn tree(root: &Path) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let entry = entry.unwrap();
            let path = entry.path();
            if entry.file_name() == ".git" {
                continue;
            }
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path.strip_prefix(root).unwrap().display().to_string();
                out.insert(rel, std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    out
}

/// The clock's parts of a scaffold made out of the same mold: the post's date (in its
/// name and front matter) and the licence's year.
fn without_clock(files: BTreeMap<String, String>) -> BTreeMap<String, String> {
    files
        .into_iter()
        .map(|(name, text)| {
            let name = match name.strip_prefix("_posts/") {
                Some(rest) if rest.len() > 11 => format!("_posts/DATE{}", &rest[10..]),
                _ => name,
            };
            let text = text
                .lines()
                .map(|l| {
                    if l.starts_with("date:   ") {
                        "date:   DATE".to_string()
                    } else if l.starts_with("Copyright (c) ") {
                        l.split_whitespace()
                            .enumerate()
                            .map(|(i, w)| if i == 2 { "YEAR" } else { w })
                            .collect::<Vec<_>>()
                            .join(" ")
                    } else {
                        l.to_string()
                    }
                })
                .collect::<Vec<_>>()
                .join("\n");
            (name, text)
        })
        .collect()
}

struct Run {
    code: i32,
    stdout: String,
}

/// Runs `hyde ARGS` in `dir` with a pinned git identity (`git config user.name`).
fn hyde(dir: &Path, args: &[&str]) -> Run {
    let home = dir.join(".home");
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(
        home.join(".gitconfig"),
        "[user]\n\tname = Ada Lovelace\n\temail = ada@example.org\n[init]\n\tdefaultBranch = main\n",
    )
    .unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .args(args)
        .current_dir(dir)
        .env("HOME", &home)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("TZ", "UTC")
        .output()
        .unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned()
            + &String::from_utf8_lossy(&out.stderr),
    }
}

fn expected_log(name: &str, dir: &Path) -> String {
    std::fs::read_to_string(fixtures().join(name))
        .unwrap()
        .replace("DIR", &dir.display().to_string())
}

fn assert_same_scaffold(made: &Path, fixture: &str) {
    let expected = without_clock(tree(&fixtures().join(fixture)));
    let actual = without_clock(tree(made));
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>()
    );
    for (name, text) in &expected {
        assert_eq!(&actual[name], text, "{fixture}/{name}");
    }
}

#[test]
fn new_writes_jekylls_site_scaffold_and_messages() {
    let dir = tempfile::tempdir().unwrap();
    let run = hyde(dir.path(), &["new", "site", "--skip-bundle"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, expected_log("new.log", dir.path()));
    assert_same_scaffold(&dir.path().join("site"), "site");
    // The post is dated now, in its name and its front matter alike.
    let posts: Vec<_> = std::fs::read_dir(dir.path().join("site/_posts"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(posts.len(), 1);
    let post = std::fs::read_to_string(dir.path().join("site/_posts").join(&posts[0])).unwrap();
    assert!(
        post.contains(&format!("date:   {}", &posts[0][..10])),
        "{post}"
    );
}

#[test]
fn new_blank_writes_the_blank_scaffold_with_its_empty_folders() {
    let dir = tempfile::tempdir().unwrap();
    let run = hyde(dir.path(), &["new", "blank", "--blank"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, expected_log("blank.log", dir.path()));
    assert_same_scaffold(&dir.path().join("blank"), "blank");
    for folder in ["_data", "_drafts", "_includes", "_posts"] {
        assert!(dir.path().join("blank").join(folder).is_dir(), "{folder}");
    }
}

#[test]
fn new_refuses_a_folder_that_is_not_empty_as_jekyll_does() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("nonempty")).unwrap();
    std::fs::write(dir.path().join("nonempty/x"), "").unwrap();
    let run = hyde(dir.path(), &["new", "nonempty"]);
    assert_eq!(run.code, 1);
    assert_eq!(run.stdout, expected_log("conflict.log", dir.path()));
    assert_eq!(
        std::fs::read_dir(dir.path().join("nonempty"))
            .unwrap()
            .count(),
        1
    );
}

#[test]
fn new_theme_writes_jekylls_theme_scaffold_with_the_git_identity() {
    let dir = tempfile::tempdir().unwrap();
    let run = hyde(dir.path(), &["new-theme", "my-theme"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, expected_log("theme.log", dir.path()));
    assert_same_scaffold(&dir.path().join("my-theme"), "my-theme");
    for folder in ["assets", "_data", "_layouts", "_includes", "_sass"] {
        assert!(
            dir.path().join("my-theme").join(folder).is_dir(),
            "{folder}"
        );
    }
}

#[test]
fn new_theme_joins_words_with_underscores_and_adds_a_code_of_conduct() {
    let dir = tempfile::tempdir().unwrap();
    let run = hyde(dir.path(), &["new-theme", "my", "cool", "theme", "-c"]);
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert_eq!(run.stdout, expected_log("theme2.log", dir.path()));
    assert_same_scaffold(&dir.path().join("my_cool_theme"), "my_cool_theme");
}

/// Builds a copy of the scaffold `fixture` with hyde at the clock the expected builds
/// were made with, and compares the output with `fixtures/new/BUILT` (real Jekyll's).
/// Source maps are compared without `mappings`: grass keeps no source positions (see
/// `fixtures/sites-known-differences.txt`); every other byte must match.
fn assert_first_build_is_jekylls(fixture: &str, built: &str) {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("site");
    copy_tree(&fixtures().join(fixture), &site);
    let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .args(["build", "-d"])
        .arg(dir.path().join("_site"))
        .current_dir(&site)
        .env("SOURCE_DATE_EPOCH", "1798761600")
        .env("TZ", "UTC")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let without_mappings = |files: BTreeMap<String, String>| -> BTreeMap<String, String> {
        files
            .into_iter()
            .map(|(name, text)| {
                if !name.ends_with(".css.map") {
                    return (name, text);
                }
                let mut map: serde_json::Value = serde_json::from_str(&text).unwrap();
                map.as_object_mut().unwrap().remove("mappings");
                (name, map.to_string())
            })
            .collect()
    };
    let expected = without_mappings(tree(&fixtures().join(built)));
    let actual = without_mappings(tree(&dir.path().join("_site")));
    assert_eq!(
        expected.keys().collect::<Vec<_>>(),
        actual.keys().collect::<Vec<_>>()
    );
    for (name, text) in &expected {
        assert_eq!(&actual[name], text, "{built}/{name}");
    }
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn the_new_blogs_first_build_is_what_jekyll_builds() {
    assert_first_build_is_jekylls("site", "site-build");
}

#[test]
fn the_blank_sites_first_build_is_what_jekyll_builds() {
    assert_first_build_is_jekylls("blank", "blank-build");
}
