//! The `.css.map` page, laid out as libsass 3.6 writes it.
//!
//! libsass is given the page as `<source>/<page name>` and the map as
//! `<source>/<stem>.css.map` (jekyll-sass-converter joins the site source with
//! the page's *name*, not its path), so `file` is `<stem>.css`, the first source
//! is the page's name, and every import is named relative to the site source.
//! Each source's text is embedded (`source_map_contents: true`).
//!
//! `mappings` comes from marker comments ([`super::marker`]): grass keeps no
//! source positions, so hyde compiles the sources a second time with a comment
//! naming each style rule's selector and each declaration's property, and maps
//! the start of each selector and declaration in the CSS to that place
//! ([`mappings`]). libsass maps far more tokens (each selector of a list, each
//! colon, value and brace, `@media` and other at-rules); hyde's map is coarser,
//! one segment per rule and per declaration, enough for a browser to show
//! where a rule or a property was written. When the marked sources do not give
//! the very same CSS, `mappings` stays empty.

use std::path::{Component, Path, PathBuf};

use super::marker::SourcePos;

/// The comment libsass appends to the CSS (after its final newline).
pub(crate) fn mapping_url_comment(stem: &str) -> String {
    format!("\n/*# sourceMappingURL={stem}.css.map */")
}

/// The map: `stem` and `page_name` of the page, its text after Liquid, the
/// files its imports read (absolute, in order of first read), the site source,
/// the encoded [`mappings`].
pub(crate) fn write(
    stem: &str,
    page_name: &str,
    input: &str,
    loaded: &[(PathBuf, String)],
    site_source: &Path,
    mappings: &str,
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
    out.push_str("\t],\n\t\"names\": [],\n\t\"mappings\": ");
    push_json_string(&mut out, mappings);
    out.push_str("\n}");
    out
}

/// The `mappings` field: each `(byte offset in css, source position)` as a
/// segment at the offset's line and column (columns count characters, as
/// libsass counts them). `marks` are in increasing order of offset.
pub(crate) fn mappings(css: &str, marks: &[(usize, SourcePos)]) -> String {
    let mut out = String::new();
    let mut line_start = 0usize;
    let mut scanned = 0usize;
    // The previous segment's fields, which each segment is relative to
    // (the generated column only within a line).
    let mut previous_column = 0i64;
    let mut previous = (0i64, 0i64, 0i64);
    let mut first_on_line = true;
    for &(offset, pos) in marks {
        let Some(before) = css.get(scanned..offset) else {
            continue;
        };
        for (i, _) in before.match_indices('\n') {
            out.push(';');
            line_start = scanned + i + 1;
            previous_column = 0;
            first_on_line = true;
        }
        scanned = offset;
        let column = to_i64(css[line_start..offset].chars().count());
        if !first_on_line {
            out.push(',');
        }
        first_on_line = false;
        let source = (to_i64(pos.source), to_i64(pos.line), to_i64(pos.column));
        push_vlq(&mut out, column - previous_column);
        push_vlq(&mut out, source.0 - previous.0);
        push_vlq(&mut out, source.1 - previous.1);
        push_vlq(&mut out, source.2 - previous.2);
        previous_column = column;
        previous = source;
    }
    out
}

fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// One base64 VLQ number: the sign in the lowest bit, five bits a digit,
/// least significant first, the sixth bit set on all digits but the last.
fn push_vlq(out: &mut String, value: i64) {
    const DIGITS: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut rest = if value < 0 {
        (value.unsigned_abs() << 1) | 1
    } else {
        value.unsigned_abs() << 1
    };
    loop {
        let digit = (rest & 31) as usize;
        rest >>= 5;
        let digit = if rest > 0 { digit | 32 } else { digit };
        out.push(char::from(DIGITS[digit]));
        if rest == 0 {
            break;
        }
    }
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
/// characters escaped, everything else (non-ASCII included) as is — serde_json's
/// spelling.
fn push_json_string(out: &mut String, text: &str) {
    out.push_str(&serde_json::Value::from(text).to_string());
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
            "",
        );
        assert_eq!(
            map,
            "{\n\t\"version\": 3,\n\t\"file\": \"style.css\",\n\t\"sources\": [\n\t\t\"style.scss\",\n\t\t\"_sass/a.scss\"\n\t],\n\t\"sourcesContent\": [\n\t\t\"@import 'a'\\n\",\n\t\t\"a{b:\\\"c\\\"}\\tx\"\n\t],\n\t\"names\": [],\n\t\"mappings\": \"\"\n}"
        );
    }

    fn vlq(value: i64) -> String {
        let mut out = String::new();
        push_vlq(&mut out, value);
        out
    }

    #[test]
    fn vlq_numbers_are_those_of_the_source_map_spec() {
        assert_eq!(vlq(0), "A");
        assert_eq!(vlq(1), "C");
        assert_eq!(vlq(-1), "D");
        assert_eq!(vlq(15), "e");
        assert_eq!(vlq(16), "gB");
        assert_eq!(vlq(-16), "hB");
        assert_eq!(vlq(123), "2H");
        assert_eq!(vlq(1000), "w+B");
        assert_eq!(vlq(-1_000_000), "hkh9B");
    }

    fn at(source: usize, line: usize, column: usize) -> SourcePos {
        SourcePos {
            source,
            line,
            column,
        }
    }

    #[test]
    fn segments_are_relative_and_lines_are_separated_by_semicolons() {
        let css = "a {\n  b: c;\n}\n\nd { e: f; }\n";
        let marks = [
            (0, at(1, 3, 0)),
            (6, at(1, 4, 2)),
            (15, at(0, 0, 0)),
            (19, at(0, 0, 4)),
        ];
        // a: col 0 → file 1 line 3 col 0; b: col 2 → line 4 col 2;
        // d: line 4 col 0 → file 0 line 0 col 0; e: col 4 → col 4.
        assert_eq!(mappings(css, &marks), "ACGA;EACE;;;ADJF,IAAI");
    }

    #[test]
    fn the_comment_names_the_map_beside_the_css() {
        assert_eq!(
            mapping_url_comment("style"),
            "\n/*# sourceMappingURL=style.css.map */"
        );
    }
}
