//! Content types as `jekyll serve` sends them: WEBrick's `mime_type` lookup over
//! Jekyll's `mime.types` (which replaces WEBrick's own table), and the charset Jekyll
//! adds to the types its `mime_types_charset.json` lists.

use std::collections::HashMap;
use std::sync::OnceLock;

const TABLE: &str = include_str!("mime.types");

/// The types to which Jekyll's servlet adds `; charset=ENCODING`.
const CHARSET_TYPES: &[&str] = &[
    "application/javascript",
    "application/json",
    "application/manifest+json",
    "application/vnd.syncml+xml",
    "application/vnd.syncml.dm+wbxml",
    "application/vnd.syncml.dm+xml",
    "application/vnd.syncml.dmddf+xml",
    "application/vnd.wap.wbxml",
    "text/cache-manifest",
    "text/calendar",
    "text/coffeescript",
    "text/css",
    "text/csv",
    "text/html",
    "text/jade",
    "text/jsx",
    "text/less",
    "text/markdown",
    "text/mathml",
    "text/mdx",
    "text/n3",
    "text/plain",
    "text/prs.lines.tag",
    "text/richtext",
    "text/sgml",
    "text/shex",
    "text/slim",
    "text/spdx",
    "text/stylus",
    "text/tab-separated-values",
    "text/troff",
    "text/turtle",
    "text/uri-list",
    "text/vcard",
    "text/vnd.curl",
    "text/vnd.curl.dcurl",
    "text/vnd.curl.mcurl",
    "text/vnd.curl.scurl",
    "text/vnd.familysearch.gedcom",
    "text/vnd.fly",
    "text/vnd.fmi.flexstor",
    "text/vnd.graphviz",
    "text/vnd.in3d.3dml",
    "text/vnd.in3d.spot",
    "text/vnd.sun.j2me.app-descriptor",
    "text/vnd.wap.wml",
    "text/vnd.wap.wmlscript",
    "text/vtt",
    "text/x-asm",
    "text/x-c",
    "text/x-component",
    "text/x-fortran",
    "text/x-handlebars-template",
    "text/x-java-source",
    "text/x-lua",
    "text/x-markdown",
    "text/x-nfo",
    "text/x-opml",
    "text/x-pascal",
    "text/x-processing",
    "text/x-sass",
    "text/x-scss",
    "text/x-setext",
    "text/x-sfv",
    "text/x-suse-ymp",
    "text/x-uuencode",
    "text/x-vcalendar",
    "text/x-vcard",
    "text/yaml",
];

fn table() -> &'static HashMap<&'static str, &'static str> {
    static MAP: OnceLock<HashMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut map = HashMap::new();
        for line in TABLE.lines().filter(|l| !l.starts_with('#')) {
            let mut words = line.split_whitespace();
            if let Some(ty) = words.next() {
                // WEBrick's `load_mime_types`: a later line wins.
                for ext in words {
                    map.insert(ext, ty);
                }
            }
        }
        map
    })
}

fn is_word(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
}

/// WEBrick's `mime_type`: the type of the last extension (`\.(\w+)$`), else of the one
/// before it (`\.(\w+)\.[\w-]+$`), else `application/octet-stream`.
pub(crate) fn mime_type(file_name: &str) -> &'static str {
    let map = table();
    let parts: Vec<&str> = file_name.rsplitn(3, '.').collect();
    let suffix1 = match parts.as_slice() {
        [last, _, ..] if is_word(last) => Some(last.to_ascii_lowercase()),
        _ => None,
    };
    let suffix2 = match parts.as_slice() {
        [last, second, _]
            if is_word(second)
                && !last.is_empty()
                && last
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') =>
        {
            Some(second.to_ascii_lowercase())
        }
        _ => None,
    };
    suffix1
        .and_then(|s| map.get(s.as_str()).copied())
        .or_else(|| suffix2.and_then(|s| map.get(s.as_str()).copied()))
        .unwrap_or("application/octet-stream")
}

/// The `Content-Type` header Jekyll's servlet sends for `file_name`.
pub(crate) fn content_type(file_name: &str, encoding: &str) -> String {
    let ty = mime_type(file_name);
    if CHARSET_TYPES.contains(&ty) {
        format!("{ty}; charset={encoding}")
    } else {
        ty.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jekyll_types() {
        assert_eq!(
            content_type("index.html", "utf-8"),
            "text/html; charset=utf-8"
        );
        assert_eq!(content_type("a.CSS", "utf-8"), "text/css; charset=utf-8");
        assert_eq!(mime_type("feed.xml"), "application/xml");
        assert_eq!(mime_type("x.svg"), "image/svg+xml");
        assert_eq!(mime_type("x.png"), "image/png");
        assert_eq!(mime_type("favicon.ico"), "image/vnd.microsoft.icon");
        assert_eq!(mime_type("x.woff2"), "font/woff2");
        assert_eq!(mime_type("x.json"), "application/json");
        // Jekyll's table has no `rb`: WEBrick's default is not consulted.
        assert_eq!(mime_type("x.rb"), "application/octet-stream");
        assert_eq!(mime_type("Makefile"), "application/octet-stream");
        // The extension before a language-like one.
        assert_eq!(mime_type("index.html.en"), "text/html");
        assert_eq!(content_type("x.png", "utf-8"), "image/png");
    }
}
