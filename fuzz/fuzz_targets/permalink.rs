//! Permalink expansion through the public API: the first line of the input is the
//! site's `permalink:` (styles and placeholders), the second a page's, the rest a post's
//! title; the site is loaded and rendered from memory, which expands every URL.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut lines = text.splitn(3, '\n');
    let quote = |s: Option<&str>| serde_json::to_string(s.unwrap_or("")).unwrap_or_default();
    let (site_link, page_link, title) = (quote(lines.next()), quote(lines.next()), quote(lines.next()));
    let config = format!(
        "permalink: {site_link}\ncollections:\n  things:\n    output: true\n    permalink: {site_link}\n"
    );
    let files = hyde::MemorySource::from_files(
        "/fuzz-site",
        [
            ("_config.yml", config),
            ("page.md", format!("---\npermalink: {page_link}\n---\nx\n")),
            (
                "_posts/2020-02-03-a-post.md",
                format!("---\ntitle: {title}\ncategories: [a, b]\n---\nx\n"),
            ),
            ("_things/one.md", format!("---\ntitle: {title}\n---\nx\n")),
            ("plain.html", "---\n---\nx\n".to_owned()),
        ],
    );
    if let Ok(site) = hyde::Site::load(&hyde::BuildOptions::in_memory(files)) {
        let _ = site.render();
    }
});
