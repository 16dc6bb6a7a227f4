//! A site read from memory builds byte for byte as the same files on the disk.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

use hyde::{BuildOptions, MemorySource, OutputFile, Site};

/// `fixtures/NAME/site`, absolute.
fn fixture_site(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../fixtures")
        .join(name)
        .join("site")
        .canonicalize()
        .expect("the fixture exists")
}

/// Every file under `root`, with its modification time, as a memory tree rooted at
/// the same path.
fn load_into_memory(root: &Path) -> MemorySource {
    let mut memory = MemorySource::new(root);
    let mut stack = vec![root.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable folder") {
            let entry = entry.expect("entry");
            let kind = entry.file_type().expect("file type");
            let path = entry.path();
            if kind.is_dir() {
                stack.push(path);
            } else if kind.is_file() {
                let rel = path
                    .strip_prefix(root)
                    .expect("under the root")
                    .to_string_lossy()
                    .into_owned();
                let mtime = entry
                    .metadata()
                    .and_then(|m| m.modified())
                    .ok()
                    .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                    .map_or(0, |d| d.as_secs() as i64);
                memory.insert_modified(&rel, std::fs::read(&path).expect("readable"), mtime);
            }
        }
    }
    memory
}

fn options(mut options: BuildOptions) -> BuildOptions {
    options.time_epoch = Some(1_700_000_000);
    options.destination = Some(std::env::temp_dir().join("hyde-in-memory-test-site"));
    options.theme_search = Some(hyde::ThemeSearch::default());
    options
}

/// Loads `fixtures/NAME/site` from the disk and from memory, renders both, and
/// compares the outputs (paths, order, bytes) and the warnings.
fn same_as_disk(name: &str) {
    let root = fixture_site(name);
    let disk = Site::load(&options(BuildOptions::new(&root)))
        .unwrap_or_else(|e| panic!("{name}: disk load: {e}"));
    let memory_files = load_into_memory(&root);
    assert!(!memory_files.is_empty(), "{name}: files read");
    let memory = Site::load(&options(BuildOptions::in_memory(memory_files)))
        .unwrap_or_else(|e| panic!("{name}: memory load: {e}"));
    let disk_out = disk.render().expect("disk render");
    let memory_out = memory.render().expect("memory render");
    assert!(!disk_out.files.is_empty(), "{name}: outputs");
    let paths = |r: &hyde::Rendered| r.files.iter().map(|(p, _)| p.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&disk_out), paths(&memory_out), "{name}: output paths");
    for ((path, d), (_, m)) in disk_out.files.iter().zip(&memory_out.files) {
        if let OutputFile::Copy(_) = m {
            panic!("{name}: {path} is copied from the disk in a memory build");
        }
        assert_eq!(
            d.bytes().expect("disk bytes"),
            m.bytes().expect("memory bytes"),
            "{name}: {path}"
        );
    }
    assert_eq!(disk_out.warnings, memory_out.warnings, "{name}: warnings");
    assert_eq!(disk.warnings, memory.warnings, "{name}: read warnings");
}

#[test]
fn memory_builds_equal_disk_builds() {
    for name in [
        "includes",
        "layouts",
        "posts",
        "data",
        "collections",
        "collections-dir",
        "sass-filters",
        "static-files",
        "defaults",
        "pages",
        "jekyll-tags",
        "reading",
        "unicode-names",
    ] {
        same_as_disk(name);
    }
}

#[test]
fn a_memory_site_needs_no_folder_on_the_disk() {
    let root = "/nonexistent/hyde-memory-site";
    assert!(!Path::new(root).exists());
    let files = MemorySource::from_files(
        root,
        [
            ("_config.yml", "title: Mem\n"),
            (
                "_layouts/default.html",
                "<title>{{ site.title }}</title>{% include nav.html %}{{ content }}",
            ),
            (
                "_includes/nav.html",
                "<nav>{{ site.data.menu.first }}</nav>",
            ),
            ("_data/menu.yml", "- Home\n- About\n"),
            ("_sass/_base.scss", "$c: red;\n"),
            (
                "css/site.scss",
                "---\n---\n@import \"base\";\nb { color: $c; }\n",
            ),
            ("index.md", "---\nlayout: default\n---\n*hi*\n"),
            ("logo.bin", "\u{0}\u{1}"),
        ],
    );
    let site = Site::load(&options(BuildOptions::in_memory(files))).expect("loads");
    let out = site.render().expect("renders");
    let get = |p: &str| {
        out.files
            .iter()
            .find(|(path, _)| path == p)
            .map(|(_, f)| String::from_utf8_lossy(&f.bytes().expect("bytes")).into_owned())
            .unwrap_or_else(|| panic!("{p} missing"))
    };
    assert_eq!(
        get("index.html"),
        "<title>Mem</title><nav>Home</nav><p><em>hi</em></p>\n"
    );
    assert!(
        get("css/site.css").contains("color: red"),
        "{}",
        get("css/site.css")
    );
    assert_eq!(get("logo.bin"), "\u{0}\u{1}");
}

#[test]
fn a_memory_site_writes_to_a_destination_on_the_disk() {
    let out = tempfile::tempdir().unwrap();
    let files = MemorySource::from_files(
        "/nonexistent/hyde-memory-site",
        [
            ("index.html", "---\n---\n{{ 1 | plus: 1 }}"),
            ("a/b.txt", "static"),
        ],
    );
    let mut options = options(BuildOptions::in_memory(files));
    options.destination = Some(out.path().join("_site"));
    let report = Site::build(&options).expect("builds");
    assert_eq!((report.rendered, report.copied), (1, 1));
    let read = |p: &str| std::fs::read_to_string(out.path().join("_site").join(p)).unwrap();
    assert_eq!(read("index.html"), "2");
    assert_eq!(read("a/b.txt"), "static");
}
