//! Building a site held in memory: the files are given as a map of paths to bytes,
//! nothing is read from or written to the disk, and every output is printed.
//!
//! `cargo run -p hyde --example in_memory`

#![allow(clippy::print_stdout)]

use std::collections::BTreeMap;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut files: BTreeMap<&str, Vec<u8>> = BTreeMap::new();
    files.insert(
        "_config.yml",
        b"title: In memory\nmarkdown: kramdown\n".to_vec(),
    );
    files.insert(
        "_layouts/default.html",
        b"<!DOCTYPE html>\n<html><head><title>{{ page.title }} | {{ site.title }}</title>\n\
<link rel=\"stylesheet\" href=\"{{ '/css/site.css' | relative_url }}\"></head>\n\
<body>{% include nav.html %}\n{{ content }}</body></html>\n"
            .to_vec(),
    );
    files.insert(
        "_includes/nav.html",
        b"<nav>{% for item in site.data.menu %}<a href=\"{{ item.url }}\">{{ item.title }}</a>{% endfor %}</nav>"
            .to_vec(),
    );
    files.insert(
        "_data/menu.yml",
        b"- title: Home\n  url: /\n- title: Logo\n  url: /logo.svg\n".to_vec(),
    );
    files.insert(
        "_posts/2023-11-01-hello.md",
        b"---\nlayout: default\ntitle: Hello\n---\nA post with code:\n\n```rust\nfn main() {}\n```\n"
            .to_vec(),
    );
    files.insert(
        "index.md",
        b"---\nlayout: default\ntitle: Home\n---\n{% for post in site.posts %}- [{{ post.title }}]({{ post.url }})\n{% endfor %}"
            .to_vec(),
    );
    files.insert("_sass/_colors.scss", b"$accent: #c33;\n".to_vec());
    files.insert(
        "css/site.scss",
        b"---\n---\n@import \"colors\";\nnav a { color: $accent; }\n".to_vec(),
    );
    files.insert(
        "logo.svg",
        b"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>\n".to_vec(),
    );

    // The root is virtual: nothing needs to exist there.
    let source = hyde::MemorySource::from_files("/in-memory-site", files);
    let mut options = hyde::BuildOptions::in_memory(source);
    options.time_epoch = Some(1_700_000_000);
    let site = hyde::Site::load(&options)?;
    let rendered = site.render()?;
    for (path, file) in &rendered.files {
        // A site read from memory has no file to copy: its static files are bytes.
        let bytes = file.bytes()?;
        println!("== {path} ({} bytes)", bytes.len());
        println!("{}", String::from_utf8_lossy(&bytes));
    }
    for warning in site.warnings.iter().chain(&rendered.warnings) {
        println!("warning: {warning}");
    }
    Ok(())
}
