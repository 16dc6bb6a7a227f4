//! Reading spelling hints out of the Sass sources.

use std::collections::{HashMap, HashSet};

use super::{Hints, decode_escapes, unquote};
use crate::css::skip_string;

/// What a scan of the sources found; static declarations still need grass's
/// spelling before they become [`Hints`].
#[derive(Debug, Default)]
pub(crate) struct Scan {
    /// (property, value text) of every declaration libsass treats as static.
    pub(crate) statics: Vec<(String, String)>,
    strings: HashMap<String, String>,
    plain_strings: HashSet<String>,
    quoted_attributes: HashMap<String, String>,
    bare_attributes: HashSet<String>,
    templates: HashMap<String, Vec<super::template::Template>>,
    /// How many times each of [`Scan::statics`] occurs.
    static_counts: HashMap<(String, String), usize>,
    /// `$name: value` definitions whose value needs no other variable.
    variables: Vec<(String, String)>,
    /// `$name: $other` definitions.
    aliases: Vec<(String, String)>,
    /// property → the variable of each `property: $name` declaration.
    single_variables: HashMap<String, Vec<String>>,
}

impl Scan {
    /// The declarations whose grass spelling [`Scan::into_hints`] needs: the
    /// static ones, then each variable's value (as a declaration of `x`).
    pub(crate) fn to_normalize(&self) -> Vec<(String, String)> {
        let variables = self
            .variables
            .iter()
            .map(|(_, value)| ("x".to_string(), value.clone()));
        self.statics.iter().cloned().chain(variables).collect()
    }

    /// The hints, given grass's spelling of each of [`Scan::to_normalize`]
    /// (`None` where grass could not compile it alone). A static value spelled
    /// two ways that grass spells alike is dropped: the sources do not say
    /// which to use.
    pub(crate) fn into_hints(self, mut normalized: Vec<Option<String>>) -> Hints {
        let variable_spellings = normalized.split_off(self.statics.len().min(normalized.len()));
        let mut by_name: HashMap<&str, HashSet<String>> = HashMap::new();
        for ((name, _), grass) in self.variables.iter().zip(variable_spellings) {
            if let Some(grass) = grass {
                by_name.entry(name.as_str()).or_default().insert(grass);
            }
        }
        // `$a: $b` takes every value `$b` is given (a few rounds cover chains).
        for _ in 0..8 {
            let mut changed = false;
            for (name, other) in &self.aliases {
                let values: Vec<String> = by_name
                    .get(other.as_str())
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect();
                let entry = by_name.entry(name.as_str()).or_default();
                for value in values {
                    changed |= entry.insert(value);
                }
            }
            if !changed {
                break;
            }
        }
        let mut variable_counts: HashMap<(String, String), usize> = HashMap::new();
        for (property, names) in &self.single_variables {
            for name in names {
                for value in by_name.get(name.as_str()).into_iter().flatten() {
                    *variable_counts
                        .entry((property.clone(), value.clone()))
                        .or_insert(0) += 1;
                }
            }
        }
        let mut statics: HashMap<(String, String), String> = HashMap::new();
        let mut static_spellings = HashMap::new();
        let mut static_counts: HashMap<(String, String), usize> = HashMap::new();
        let mut ambiguous = HashSet::new();
        for ((property, text), grass) in self.statics.into_iter().zip(normalized) {
            let Some(grass) = grass else { continue };
            static_spellings.insert((property.clone(), text.clone()), grass.clone());
            let count = self
                .static_counts
                .get(&(property.clone(), text.clone()))
                .copied()
                .unwrap_or(1);
            let key = (property, grass);
            *static_counts.entry(key.clone()).or_insert(0) += count;
            match statics.get(&key) {
                Some(existing) if *existing != text => {
                    ambiguous.insert(key);
                }
                Some(_) => {}
                None => {
                    statics.insert(key, text);
                }
            }
        }
        // A value that more `property: $name` declarations than static ones
        // can produce is taken as computed.
        statics.retain(|key, _| {
            let bare = (
                key.0.clone(),
                key.1.trim_end_matches("!important").trim_end().to_string(),
            );
            variable_counts.get(&bare).copied().unwrap_or(0)
                <= static_counts.get(key).copied().unwrap_or(0)
        });
        for key in ambiguous {
            statics.remove(&key);
        }
        let strings = self
            .strings
            .into_iter()
            .filter(|(decoded, _)| !self.plain_strings.contains(decoded))
            .collect();
        Hints {
            statics,
            strings,
            quoted_attributes: self.quoted_attributes,
            bare_attributes: self.bare_attributes,
            templates: self.templates,
            static_spellings,
        }
    }
}

/// Scans source files (`indented` for the `.sass` syntax).
pub(crate) fn scan<'a>(files: impl IntoIterator<Item = (&'a str, bool)>) -> Scan {
    let mut scan = Scan::default();
    let mut seen = HashSet::new();
    for (text, indented) in files {
        let text = strip_comments(text);
        for (property, value) in declarations(&text, indented) {
            if !property.starts_with('$') {
                strings_and_attributes(&value, true, &mut scan);
            }
            if let Some(name) = property.strip_prefix('$') {
                let value = value
                    .trim_end_matches("!default")
                    .trim_end_matches("!global")
                    .trim();
                if let Some(other) = value.strip_prefix('$').filter(|o| is_variable_name(o)) {
                    scan.aliases.push((name.to_string(), other.to_string()));
                } else if !value.contains('$') && !value.contains("#{") && !value.is_empty() {
                    scan.variables.push((name.to_string(), value.to_string()));
                }
                continue;
            }
            let bare = value.trim_end_matches("!important").trim();
            if let Some(name) = bare.strip_prefix('$').filter(|n| is_variable_name(n)) {
                scan.single_variables
                    .entry(property.clone())
                    .or_default()
                    .push(name.to_string());
            }
            if is_static(&value) {
                *scan
                    .static_counts
                    .entry((property.clone(), value.clone()))
                    .or_insert(0) += 1;
                if seen.insert((property.clone(), value.clone())) {
                    scan.statics.push((property, value));
                }
            } else if let Some(template) = super::template::Template::new(&value) {
                let templates = scan.templates.entry(property).or_default();
                if !templates.contains(&template) {
                    templates.push(template);
                }
            }
        }
        strings_and_attributes(&text, false, &mut scan);
    }
    scan
}

/// Whether `name` (after `$`) is a plain variable name.
fn is_variable_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// The text with `//` and `/* */` comments blanked out (strings kept).
fn strip_comments(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    let mut last = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => i = skip_string(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') && (i == 0 || bytes[i - 1] != b':') => {
                out.push_str(&text[last..i]);
                i = text[i..].find('\n').map_or(bytes.len(), |e| i + e);
                last = i;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                out.push_str(&text[last..i]);
                i = text[i..].find("*/").map_or(bytes.len(), |e| i + e + 2);
                out.push(' ');
                last = i;
            }
            _ => i += 1,
        }
    }
    out.push_str(&text[last.min(text.len())..]);
    out
}

/// `property: value` pairs: SCSS statements ending in `;` or `}`, or lines of
/// the indented syntax.
fn declarations(text: &str, indented: bool) -> Vec<(String, String)> {
    let mut found = Vec::new();
    let mut push = |segment: &str| {
        let segment = segment.trim();
        let Some(colon) = segment.find(':') else {
            return;
        };
        let property = segment[..colon].trim();
        let value = segment[colon + 1..].trim();
        let name = property.strip_prefix('$').unwrap_or(property);
        let valid = !name.is_empty()
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
            && !value.is_empty();
        if valid {
            found.push((property.to_string(), value.to_string()));
        }
    };
    if indented {
        for line in text.lines() {
            push(line.trim_end_matches(';'));
        }
        return found;
    }
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'{' => start = i + 1,
            b';' | b'}' => {
                push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    found
}

/// Whether libsass parses `value` as its `static_value`: components (identifiers,
/// plain strings, numbers with units, percentages, hex colours, `|`,
/// `!important`) separated by spaces, `,` or `/`.
pub(crate) fn is_static(value: &str) -> bool {
    if value.starts_with("progid:") {
        // libsass copies an old IE filter as written, interpolation aside.
        return !value.contains("#{") && !value.contains('$');
    }
    let bytes = value.as_bytes();
    let mut i = 0;
    let mut expect_component = true;
    while i < bytes.len() {
        let b = bytes[i];
        if b.is_ascii_whitespace() {
            i += 1;
            continue;
        }
        if b == b',' || b == b'/' {
            if expect_component {
                return false;
            }
            expect_component = true;
            i += 1;
            continue;
        }
        let Some(end) = component(value, i) else {
            return false;
        };
        i = end;
        expect_component = false;
    }
    !expect_component
}

/// The end of the static component starting at `i`.
fn component(value: &str, i: usize) -> Option<usize> {
    let bytes = value.as_bytes();
    let rest = &value[i..];
    match bytes[i] {
        b'"' | b'\'' => {
            let end = skip_string(bytes, i);
            (!value[i..end].contains("#{") && end > i + 1).then_some(end)
        }
        b'#' => {
            let digits = rest[1..].bytes().take_while(u8::is_ascii_hexdigit).count();
            let end = i + 1 + digits;
            (matches!(digits, 3 | 4 | 6 | 8) && bytes.get(end).is_none_or(|b| !is_name_byte(*b)))
                .then_some(end)
        }
        b'|' => Some(i + 1),
        b'U' | b'u' if bytes.get(i + 1) == Some(&b'+') => {
            // A unicode range: `U+0000-00FF`, `U+4??`.
            let hex = |b: &u8| b.is_ascii_hexdigit() || *b == b'?';
            let mut end = i + 2;
            while bytes.get(end).is_some_and(hex) {
                end += 1;
            }
            if bytes.get(end) == Some(&b'-') {
                end += 1;
                while bytes.get(end).is_some_and(hex) {
                    end += 1;
                }
            }
            (end > i + 2)
                .then_some(end)
                .and_then(|end| boundary(bytes, end))
        }
        b'!' => rest
            .starts_with("!important")
            .then_some(i + "!important".len()),
        b'0'..=b'9' | b'.' | b'+' | b'-' if starts_number(rest) => {
            let mut end = i + 1;
            while end < bytes.len() && (bytes[end].is_ascii_digit() || bytes[end] == b'.') {
                end += 1;
            }
            // An exponent: `1e3`, `2E-2`.
            if matches!(bytes.get(end), Some(b'e' | b'E')) {
                let sign = usize::from(matches!(bytes.get(end + 1), Some(b'+' | b'-')));
                if bytes.get(end + 1 + sign).is_some_and(u8::is_ascii_digit) {
                    end += 1 + sign;
                    while end < bytes.len() && bytes[end].is_ascii_digit() {
                        end += 1;
                    }
                }
            }
            if bytes.get(end) == Some(&b'%') {
                return Some(end + 1);
            }
            while end < bytes.len() && (bytes[end].is_ascii_alphabetic()) {
                end += 1;
            }
            boundary(bytes, end)
        }
        b if b == b'-' || b == b'_' || b == b'\\' || b.is_ascii_alphabetic() || b >= 0x80 => {
            let mut end = i;
            while end < bytes.len() && (is_name_byte(bytes[end]) || bytes[end] == b'\\') {
                if bytes[end] == b'\\' {
                    end += 1;
                }
                end += 1;
            }
            boundary(bytes, end.min(bytes.len()))
        }
        _ => None,
    }
}

/// A component must be followed by a separator or the end.
fn boundary(bytes: &[u8], end: usize) -> Option<usize> {
    match bytes.get(end) {
        None => Some(end),
        Some(b) if b.is_ascii_whitespace() || *b == b',' || *b == b'/' => Some(end),
        _ => None,
    }
}

fn starts_number(rest: &str) -> bool {
    let unsigned = rest.strip_prefix(['+', '-']).unwrap_or(rest);
    let unsigned = unsigned.strip_prefix('.').unwrap_or(unsigned);
    unsigned.starts_with(|c: char| c.is_ascii_digit())
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b >= 0x80
}

/// The quoted strings with escapes in a declaration's value: decoded text →
/// spelling.
pub(crate) fn escaped_strings(value: &str) -> HashMap<String, String> {
    let mut scan = Scan::default();
    strings_and_attributes(value, true, &mut scan);
    scan.strings
}

/// Escaped strings and attribute tests.
/// `in_declaration`: `text` is a declaration's value, where libsass keeps a
/// string's escapes (a variable's strings reach the CSS decoded).
fn strings_and_attributes(text: &str, in_declaration: bool, scan: &mut Scan) {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                let end = skip_string(bytes, i);
                let quoted = &text[i..end];
                if let Some(inner) = unquote(quoted).filter(|_| !quoted.contains("#{")) {
                    if inner.contains('\\') {
                        if in_declaration {
                            scan.strings
                                .entry(decode_escapes(inner))
                                .or_insert_with(|| quoted.to_string());
                        }
                    } else {
                        scan.plain_strings.insert(inner.to_string());
                    }
                }
                i = end;
            }
            b'\\'
                if bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit)
                    && (i == 0 || !is_name_byte(bytes[i - 1])) =>
            {
                // An unquoted escape such as Font Awesome's `$fa-var-x: \f26e;`,
                // which reaches the CSS inside quotes.
                let digits = text[i + 1..]
                    .bytes()
                    .take_while(u8::is_ascii_hexdigit)
                    .count()
                    .min(6);
                let word = &text[i..i + 1 + digits];
                scan.strings
                    .entry(decode_escapes(word))
                    .or_insert_with(|| format!("\"{word}\""));
                i += 1 + digits;
            }
            b'[' => {
                let end = text[i..].find(']').map_or(bytes.len(), |e| i + e);
                let test: String = text[i + 1..end]
                    .chars()
                    .filter(|c| !c.is_whitespace())
                    .collect();
                if let Some(op) = test.find('=') {
                    let value = &test[op + 1..];
                    let (name_op, quoted) = (&test[..=op], value);
                    if let Some(inner) = unquote(quoted) {
                        let bare = format!("{name_op}{inner}");
                        scan.quoted_attributes.entry(bare).or_insert(test.clone());
                    } else if !quoted.is_empty() {
                        scan.bare_attributes.insert(test.clone());
                    }
                }
                i = end.max(i + 1);
            }
            _ => i += 1,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn static_values_are_plain_components() {
        for value in [
            "1rem auto .5em auto !important",
            "opacity, transform",
            "1px  solid   red",
            "12px/1.5 \"PT Sans\"",
            "#FFF",
            "-0.4375em",
            "1e3px 2E-2",
            "U+0000-00FF, U+0131, U+4??",
            "progid:DXImageTransform.Microsoft.gradient( startColorstr='#f7f7f7',GradientType=0 )",
        ] {
            assert!(is_static(value), "{value}");
        }
        for value in [
            "$x",
            "darken(#fff, 10%)",
            "calc(1px + 2px)",
            "a #{$b}",
            "url(x.png)",
            "1px,",
            "\"#{$a}\"",
        ] {
            assert!(!is_static(value), "{value}");
        }
    }

    #[test]
    fn declarations_come_from_both_syntaxes() {
        let scss = strip_comments("a { b: c; // note\n d: e }\n$x: 1;");
        assert_eq!(
            declarations(&scss, false),
            vec![
                ("b".into(), "c".into()),
                ("d".into(), "e".into()),
                ("$x".into(), "1".into())
            ]
        );
        assert_eq!(
            declarations("a\n  b: c\n", true),
            vec![("b".into(), "c".into())]
        );
    }

    #[test]
    fn escaped_strings_and_quoted_attributes_are_remembered() {
        let hints = scan([(
            "a[type=\"checkbox\"]::before { content: \"\\0002f\" }",
            false,
        )])
        .into_hints(Vec::new());
        assert_eq!(
            hints.strings.get("/").map(String::as_str),
            Some("\"\\0002f\"")
        );
        assert_eq!(
            hints
                .quoted_attributes
                .get("type=checkbox")
                .map(String::as_str),
            Some("type=\"checkbox\"")
        );
    }
}
