//! Writing HTML: escaping, attributes, element layout, header ids.

use crate::element::Attrs;

pub(super) fn spaces(n: i32) -> String {
    " ".repeat(n.max(0) as usize)
}

/// kramdown's `escape_html`: `<`, `>`, `&` (and `"` in attributes); in text and
/// attributes an existing entity reference is left alone.
pub(super) fn escape_html(s: &str, keep_refs: bool, quotes: bool) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    let b = s.as_bytes();
    while i < s.len() {
        let ch = b[i];
        match ch {
            b'&' => {
                if keep_refs && let Some(len) = reference_len(&s[i..]) {
                    out.push_str(&s[i..i + len]);
                    i += len;
                    continue;
                }
                out.push_str("&amp;");
            }
            b'<' => out.push_str("&lt;"),
            b'>' => out.push_str("&gt;"),
            b'"' if quotes => out.push_str("&quot;"),
            _ => {
                let len = s[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&s[i..i + len]);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Length of an XML reference (`&name;`, `&#123;`, `&#x1F;`) at the start of `s`.
pub(super) fn reference_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i;
    if b.get(1) == Some(&b'#') {
        i = 2;
        if b.get(2) == Some(&b'x') {
            i = 3;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
                i += 1;
            }
            if i > start && b.get(i) == Some(&b';') {
                return Some(i + 1);
            }
            // `&#x` without hex digits may still be decimal? No: fall through to None.
            return None;
        }
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        return (i > start && b.get(i) == Some(&b';')).then_some(i + 1);
    }
    if !b.get(1).is_some_and(|&c| word(c) || c == b':') {
        return None;
    }
    i = 2;
    while b
        .get(i)
        .is_some_and(|&c| word(c) || c == b'-' || c == b'.' || c == b':')
    {
        i += 1;
    }
    (b.get(i) == Some(&b';')).then_some(i + 1)
}

pub(super) fn html_attributes(attr: &Attrs) -> String {
    let mut out = String::new();
    for (k, v) in &attr.0 {
        if k == "id" && v.trim().is_empty() {
            continue;
        }
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        out.push_str(&escape_html(v, true, true));
        out.push('"');
    }
    out
}

pub(super) fn format_block(name: &str, attr: &Attrs, body: &str, indent: i32) -> String {
    format!(
        "{}<{name}{}>{body}</{name}>\n",
        spaces(indent),
        html_attributes(attr)
    )
}

pub(super) fn format_indented(name: &str, attr: &Attrs, body: &str, indent: i32) -> String {
    let sp = spaces(indent);
    format!(
        "{sp}<{name}{}>\n{body}{sp}</{name}>\n",
        html_attributes(attr)
    )
}

pub(super) fn format_span(name: &str, attr: &Attrs, body: &str) -> String {
    format!("<{name}{}>{body}</{name}>", html_attributes(attr))
}

/// A 129-character placeholder unlikely to occur in output.
pub(super) fn placeholder(seed: usize) -> String {
    format!("\u{1}kramdown-placeholder-{seed}\u{1}")
}

pub(super) fn basic_generate_id(s: &str) -> String {
    let mut out = String::new();
    for line in s.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        out.push_str(trimmed);
    }
    out.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
        .map(|c| {
            if c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{basic_generate_id, escape_html};

    #[test]
    fn escaping_keeps_references_in_text() {
        assert_eq!(
            escape_html("a &amp; b & <c> &#169;", true, false),
            "a &amp; b &amp; &lt;c&gt; &#169;"
        );
        assert_eq!(escape_html("&amp; \"", false, true), "&amp;amp; &quot;");
    }

    #[test]
    fn kramdown_ids_drop_leading_non_letters() {
        assert_eq!(basic_generate_id("1. Numbers first"), "numbers-first");
        assert_eq!(basic_generate_id("Café Olé"), "caf-ol");
    }
}
