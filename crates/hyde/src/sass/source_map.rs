//! The `.css.map` page, laid out as libsass 3.6 writes it.
//!
//! libsass is given the page as `<source>/<page name>` and the map as
//! `<source>/<stem>.css.map` (jekyll-sass-converter joins the site source with
//! the page's *name*, not its path), so `file` is `<stem>.css`, the first source
//! is the page's name, and every import is named relative to the site source.
//! Each source's text is embedded (`source_map_contents: true`).
//!
//! grass keeps no source positions in its output, so `mappings` is empty: the
//! map lists the right files with their text, but does not say which CSS
//! comes from which line.

use std::fmt::Write as _;
use std::path::{Component, Path, PathBuf};

/// The comment libsass appends to the CSS (after its final newline).
pub(crate) fn mapping_url_comment(stem: &str) -> String {
    format!("\n/*# sourceMappingURL={stem}.css.map */")
}

/// The map: `stem` and `page_name` of the page, its text after Liquid, the
/// files its imports read (absolute, in order of first read), the site source.
pub(crate) fn write(
    stem: &str,
    page_name: &str,
    input: &str,
    loaded: &[(PathBuf, String)],
    site_source: &Path,
) -> String {
    let mut sources = vec![page_name.to_string()];
    let mut contents = vec![input];
    for (path, text) in loaded {
        sources.push(relative(path, site_source));
        contents.push(text);
    }
    let mut out = String::new();
    out.push_str("{\n\t\"version\": 3,\n\t\"file\": ");
    push_json_string(&mut out, &format!("{stem}.css"));
    out.push_str(",\n\t\"sources\": [\n");
    push_list(&mut out, sources.iter().map(String::as_str));
    out.push_str("\t],\n\t\"sourcesContent\": [\n");
    push_list(&mut out, contents.into_iter());
    out.push_str("\t],\n\t\"names\": [],\n\t\"mappings\": \"\"\n}");
    out
}

fn push_list<'a>(out: &mut String, items: impl Iterator<Item = &'a str>) {
    let items: Vec<&str> = items.collect();
    for (i, item) in items.iter().enumerate() {
        out.push_str("\t\t");
        push_json_string(out, item);
        if i + 1 < items.len() {
            out.push(',');
        }
        out.push('\n');
    }
}

/// A JSON string as libsass's JSON writer spells it: `"`, `\` and control
/// characters escaped, everything else (non-ASCII included) as is.
fn push_json_string(out: &mut String, text: &str) {
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if u32::from(c) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// `path` relative to the folder `base`, with `..` where needed.
fn relative(path: &Path, base: &Path) -> String {
    let path: Vec<Component<'_>> = path.components().collect();
    let base: Vec<Component<'_>> = base.components().collect();
    let common = path.iter().zip(&base).take_while(|(a, b)| a == b).count();
    let mut parts: Vec<String> = vec!["..".to_string(); base.len() - common];
    parts.extend(
        path[common..]
            .iter()
            .map(|c| c.as_os_str().to_string_lossy().into_owned()),
    );
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_relative_to_the_site_source() {
        assert_eq!(
            relative(Path::new("/s/site/_sass/a.scss"), Path::new("/s/site")),
            "_sass/a.scss"
        );
        assert_eq!(
            relative(Path::new("/s/theme/_sass/a.scss"), Path::new("/s/site")),
            "../theme/_sass/a.scss"
        );
    }

    #[test]
    fn the_map_is_laid_out_like_libsass() {
        let map = write(
            "style",
            "style.scss",
            "@import 'a'\n",
            &[(PathBuf::from("/s/_sass/a.scss"), "a{b:\"c\"}\tx".into())],
            Path::new("/s"),
        );
        assert_eq!(
            map,
            "{\n\t\"version\": 3,\n\t\"file\": \"style.css\",\n\t\"sources\": [\n\t\t\"style.scss\",\n\t\t\"_sass/a.scss\"\n\t],\n\t\"sourcesContent\": [\n\t\t\"@import 'a'\\n\",\n\t\t\"a{b:\\\"c\\\"}\\tx\"\n\t],\n\t\"names\": [],\n\t\"mappings\": \"\"\n}"
        );
    }

    #[test]
    fn the_comment_names_the_map_beside_the_css() {
        assert_eq!(
            mapping_url_comment("style"),
            "\n/*# sourceMappingURL=style.css.map */"
        );
    }
}
