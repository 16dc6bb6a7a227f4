//! Spelling values and selectors as libsass does, where grass spells the same
//! CSS differently.
//!
//! Every rewrite here turns a CSS token into another spelling of the same
//! token; none changes what a browser computes:
//!
//! 1. **Static declarations.** libsass writes a declaration whose value is only
//!    identifiers, plain strings, numbers, colours and `!important` (its
//!    `static_value`) exactly as the source spells it. [`Hints`] keeps the
//!    source's spelling of each such declaration, keyed by the property and by
//!    grass's spelling of the same text (grass itself compiles the candidates),
//!    and uses it when grass's output has that property and value, unless more
//!    `property: $name` declarations of the sources, with `$name` defined as
//!    that value, could have produced it. Where the compilation with marker
//!    comments names the source declaration that wrote a value
//!    ([`Hints::value_written`]), that declaration alone decides: its own
//!    spelling if it is static, the computed spelling otherwise. An old IE
//!    `progid:` filter is static too (libsass copies it as written).
//! 2. **Colours** (computed values): `rgb()`, `rgba()`, `hsl()`, `hsla()` with
//!    plain numbers, `#rrggbb` and colour keywords are the same sRGB colour as
//!    libsass's rounding to 8-bit channels gives: compressed writes the shorter
//!    of the keyword and `#rgb`/`#rrggbb` (the keyword on a tie), or
//!    `rgba(r,g,b,a)`; other styles write `hsl()`/`rgb()` results as a keyword
//!    or `#rrggbb`, and keep literal keywords and hex as written.
//! 3. **Strings.** grass decodes escapes (`"\0002f"` → `"/"`); libsass keeps the
//!    escapes of a string written in a declaration (a variable's string reaches
//!    the CSS decoded). A string that decodes to the same text as an escaped
//!    string of a declaration of the sources is written as the sources spell it.
//! 4. **Attribute selectors.** grass drops the quotes of `[type="checkbox"]`;
//!    libsass keeps the source's spelling. The quotes are put back when the
//!    sources spell that attribute test with them.
//! 5. **Compressed lists.** libsass writes `a,b` for a computed comma list at the
//!    top level of a value (not inside a function's parentheses).
//! 6. **Compressed numbers.** libsass drops the `0` of `0.5` in a computed number
//!    standing alone as the value or coming from a variable, and keeps it for a
//!    number written in a list; grass always writes it. Where a source
//!    declaration of the property matches the value item by item
//!    ([`template`]), it says which items were variables; otherwise a lone
//!    number loses its `0` and numbers in lists keep it.
//! 7. **Compressed colour keywords.** libsass keeps a keyword written in the
//!    declaration (`transparent`) and rewrites a variable's (`rgba(0,0,0,0)`);
//!    a matching template tells which, and keywords are rewritten otherwise.

use std::collections::{HashMap, HashSet};

use super::Style;
use super::css::skip_string;

mod color;
mod sources;
mod template;

pub(crate) use sources::scan;

/// What the sources say about spellings; see the module documentation.
#[derive(Debug, Default)]
pub(crate) struct Hints {
    /// (property, grass's value) → the source's text, for static declarations.
    pub(crate) statics: HashMap<(String, String), String>,
    /// A string's decoded text → its spelling in the sources, quotes included.
    pub(crate) strings: HashMap<String, String>,
    /// Attribute tests the sources spell with quotes: `type="checkbox"`, as
    /// `name op unquoted-value` → the quoted value.
    pub(crate) quoted_attributes: HashMap<String, String>,
    /// Attribute tests the sources spell without quotes.
    pub(crate) bare_attributes: HashSet<String>,
    /// Computed declarations of the sources by property, as templates.
    pub(crate) templates: HashMap<String, Vec<template::Template>>,
    /// (property, source text) → grass's spelling, for every static
    /// declaration of the sources, spelled alike by others or not.
    pub(crate) static_spellings: HashMap<(String, String), String>,
}

impl Hints {
    /// A declaration's value as libsass writes it in `style`.
    #[cfg(test)]
    pub(crate) fn value(&self, property: &str, value: &str, style: Style) -> String {
        self.value_written(property, value, style, None)
    }

    /// A declaration's value as libsass writes it in `style`, given, when
    /// known, the value text of the source declaration that wrote it: a
    /// static one is written as the source spells it (rule 1), a computed one
    /// tells which items were variables (rules 6 and 7), whatever other
    /// declarations of the property say.
    pub(crate) fn value_written(
        &self,
        property: &str,
        value: &str,
        style: Style,
        written: Option<&str>,
    ) -> String {
        let written = match written {
            Some(text) if sources::is_static(text) => {
                let key = (property.to_string(), text.to_string());
                if self.static_spellings.get(&key).is_some_and(|g| g == value) {
                    return text.to_string();
                }
                // Not the declaration grass wrote after all.
                None
            }
            written => written,
        };
        if written.is_none()
            && let Some(text) = self.statics.get(&(property.to_string(), value.to_string()))
        {
            return text.clone();
        }
        let collapsed = value
            .contains('\n')
            .then(|| collapse_line_breaks(value, written));
        let value = collapsed.as_deref().unwrap_or(value);
        let interpolated = match written {
            Some(text) if style == Style::Compressed && text.contains("#{") => {
                interpolated_numbers_stripped(text, value)
            }
            _ => None,
        };
        let value = interpolated.as_deref().unwrap_or(value);
        if property.starts_with("--") {
            // An interpolated custom property: its text, numbers as libsass
            // writes a lone number.
            return if style == Style::Compressed && !value.contains(char::is_whitespace) {
                strip_leading_zero(value)
            } else {
                value.to_string()
            };
        }
        let compressed = style == Style::Compressed;
        // The escaped strings the declaration itself writes; a variable's
        // strings reach the CSS decoded.
        let local = written.map(sources::escaped_strings);
        let tokens = tokenize(value);
        let single = tokens
            .iter()
            .filter(|t| !matches!(t, Token::Space(_) | Token::Word("!important")))
            .count()
            == 1;
        let origins = match (written, self.templates.get(property)) {
            (Some(text), _) if compressed => template::Template::new(text)
                .map(|t| template::origins(std::slice::from_ref(&t), value))
                .unwrap_or_default(),
            (None, Some(templates)) if compressed => template::origins(templates, value),
            _ => Vec::new(),
        };
        let mut item = 0;
        let mut out = String::with_capacity(value.len());
        for (i, token) in tokens.iter().enumerate() {
            let origin = match token {
                Token::Space(_) | Token::Comma => None,
                _ => {
                    item += 1;
                    origins.get(item - 1).copied().flatten()
                }
            };
            match token {
                Token::Str(text) => out.push_str(&self.string(text, local.as_ref())),
                Token::Word(word) => {
                    let keyword = color::Color::from_keyword(word);
                    if keyword.is_some() && origin == Some(template::Origin::Literal) {
                        // A keyword written in the declaration stays as written.
                        out.push_str(word);
                    } else if let Some(color) = keyword {
                        out.push_str(&color.write(compressed, Some(word)));
                    } else if let Some(color) = color::Color::from_hex(word) {
                        out.push_str(&color.write(compressed, Some(word)));
                    } else if compressed
                        && (origin == Some(template::Origin::Variable)
                            || (single && origin.is_none()))
                    {
                        out.push_str(&strip_leading_zero(word));
                    } else {
                        out.push_str(word);
                    }
                }
                Token::Function(name, args) => match color::Color::from_function(name, args) {
                    Some(color) => out.push_str(&color.write(compressed, None)),
                    None => {
                        out.push_str(name);
                        out.push('(');
                        out.push_str(&self.inner(name, args, compressed, local.as_ref()));
                        out.push(')');
                    }
                },
                Token::Comma => out.push(','),
                Token::Space(space) => {
                    let after_comma = i > 0 && matches!(tokens[i - 1], Token::Comma);
                    if !(compressed && after_comma) {
                        out.push_str(space);
                    }
                }
                Token::Other(text) => out.push_str(text),
            }
        }
        out
    }

    /// The text inside a function's parentheses: strings respelled, colours
    /// written as libsass writes computed colours, spacing kept (libsass keeps
    /// `, ` between the arguments of a plain CSS function).
    fn inner(
        &self,
        name: &str,
        args: &str,
        compressed: bool,
        local: Option<&HashMap<String, String>>,
    ) -> String {
        if matches!(
            name,
            "url" | "calc" | "var" | "env" | "format" | "local" | "attr" | "element" | "expression"
        ) {
            return args.to_string();
        }
        let mut out = String::with_capacity(args.len());
        for token in tokenize(args) {
            match token {
                Token::Str(text) => out.push_str(&self.string(text, local)),
                Token::Word(word) => match color::Color::from_keyword(word)
                    .or_else(|| color::Color::from_hex(word))
                {
                    Some(color) => out.push_str(&color.write(compressed, Some(word))),
                    None => out.push_str(word),
                },
                Token::Function(inner, inner_args) => {
                    match color::Color::from_function(inner, inner_args) {
                        Some(color) => out.push_str(&color.write(compressed, None)),
                        None => {
                            out.push_str(inner);
                            out.push('(');
                            out.push_str(&self.inner(inner, inner_args, compressed, local));
                            out.push(')');
                        }
                    }
                }
                Token::Comma => out.push(','),
                Token::Space(text) | Token::Other(text) => out.push_str(text),
            }
        }
        out
    }

    /// A quoted string as the sources spell it (rule 3): as the declaration
    /// that wrote it spells it, when `local` has its escaped strings.
    fn string(&self, quoted: &str, local: Option<&HashMap<String, String>>) -> String {
        let strings = local.unwrap_or(&self.strings);
        if let Some(inner) = unquote(quoted)
            && let Some(spelling) = strings.get(&decode_escapes(inner))
        {
            return spelling.clone();
        }
        quoted.to_string()
    }

    /// A selector list as libsass writes it in `style`.
    pub(crate) fn selector(&self, selector: &str, style: Style) -> String {
        let selector = self.attributes(selector);
        let parts = split_top_level(&selector, b',');
        let mut out = String::with_capacity(selector.len());
        for (i, part) in parts.iter().enumerate() {
            if i > 0 {
                out.push(',');
                match style {
                    Style::Compressed => {}
                    Style::Compact => out.push(' '),
                    Style::Expanded | Style::Nested => {
                        // grass keeps the source's line breaks after commas, as libsass does.
                        out.push(if part.starts_with('\n') { '\n' } else { ' ' });
                    }
                }
            }
            let words: Vec<&str> = part.split_whitespace().collect();
            let mut complex = String::new();
            for (j, word) in words.iter().enumerate() {
                let combinator = matches!(*word, ">" | "+" | "~");
                let previous_combinator = j > 0 && matches!(words[j - 1], ">" | "+" | "~");
                if j > 0 && !(style == Style::Compressed && (combinator || previous_combinator)) {
                    complex.push(' ');
                }
                complex.push_str(word);
            }
            out.push_str(&complex);
        }
        out
    }

    /// `[a=b]` with the sources' quotes put back (rule 4).
    fn attributes(&self, selector: &str) -> String {
        if !selector.contains('[') {
            return selector.to_string();
        }
        let mut out = String::with_capacity(selector.len() + 8);
        let mut rest = selector;
        while let Some(open) = rest.find('[') {
            out.push_str(&rest[..=open]);
            rest = &rest[open + 1..];
            let Some(close) = rest.find(']') else { break };
            let test = &rest[..close];
            match self.quoted_attributes.get(test) {
                Some(quoted) if !self.bare_attributes.contains(test) => out.push_str(quoted),
                _ => out.push_str(test),
            }
            out.push(']');
            rest = &rest[close + 1..];
        }
        out.push_str(rest);
        out
    }

    /// An at-rule's prelude (`@media` queries and the like) in `style`.
    pub(crate) fn prelude(&self, name: &str, prelude: &str, style: Style) -> String {
        if style != Style::Compressed || name != "media" {
            return prelude.to_string();
        }
        // libsass joins media queries with `,` in compressed output.
        split_top_level(prelude, b',')
            .iter()
            .map(|q| q.trim())
            .collect::<Vec<_>>()
            .join(",")
    }
}

/// The parts of a value that spelling rules look at.
#[derive(Debug, PartialEq, Eq)]
enum Token<'a> {
    /// A quoted string, quotes included.
    Str(&'a str),
    /// A run of characters up to space, comma, quote or `(`.
    Word(&'a str),
    /// `name(` … `)`: the name and the text inside.
    Function(&'a str, &'a str),
    /// A top-level comma.
    Comma,
    /// Whitespace.
    Space(&'a str),
    /// Anything else (a lone `/`, parentheses without a name).
    Other(&'a str),
}

fn tokenize(value: &str) -> Vec<Token<'_>> {
    let bytes = value.as_bytes();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let start = i;
        match bytes[i] {
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                tokens.push(Token::Str(&value[start..i]));
            }
            b',' => {
                i += 1;
                tokens.push(Token::Comma);
            }
            b if b.is_ascii_whitespace() => {
                while i < bytes.len() && bytes[i].is_ascii_whitespace() {
                    i += 1;
                }
                tokens.push(Token::Space(&value[start..i]));
            }
            b'(' => {
                i = close_paren(bytes, i);
                tokens.push(Token::Other(&value[start..i]));
            }
            _ => {
                while i < bytes.len()
                    && !matches!(bytes[i], b'"' | b'\'' | b',' | b'(')
                    && !bytes[i].is_ascii_whitespace()
                {
                    if bytes[i] == b'\\' {
                        i += 1;
                    }
                    i += 1;
                }
                i = i.min(bytes.len());
                if i < bytes.len() && bytes[i] == b'(' {
                    let end = close_paren(bytes, i);
                    let inner_end = if end > i + 1 && bytes[end - 1] == b')' {
                        end - 1
                    } else {
                        end
                    };
                    tokens.push(Token::Function(&value[start..i], &value[i + 1..inner_end]));
                    i = end;
                } else {
                    tokens.push(Token::Word(&value[start..i]));
                }
            }
        }
    }
    tokens
}

/// The index just past the `)` matching the `(` at `open`.
fn close_paren(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut i = open;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'\\' => i += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return i + 1;
                }
            }
            _ => {}
        }
        i += 1;
    }
    bytes.len()
}

/// Splits at `sep` outside strings, parentheses and brackets.
fn split_top_level(text: &str, sep: u8) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'\\' => i += 1,
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b if b == sep && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&text[start..]);
    parts
}

/// The colour a keyword, hex or colour function spells, as `rgba(r,g,b,a)`;
/// for tests that compare CSS from different compilers.
#[cfg(test)]
pub(crate) fn canonical_color(word: &str, args: Option<&str>) -> Option<String> {
    let color = match args {
        Some(args) => color::Color::from_function(word, args),
        None => color::Color::from_keyword(word).or_else(|| color::Color::from_hex(word)),
    };
    color.map(|c| c.canonical())
}

/// A value grass copied with the source's line breaks (the arguments of
/// `min()`, `max()`, `clamp()` written on several lines) on one line, as
/// libsass writes a function's arguments: no space inside the parentheses,
/// `, ` between arguments; a function name grass lowercased spelled as the
/// source declaration `written` spells it (`Max(`, which libsass leaves to
/// the browser).
fn collapse_line_breaks(value: &str, written: Option<&str>) -> String {
    let mut out = String::with_capacity(value.len());
    let mut chars = value.chars().peekable();
    while let Some(c) = chars.next() {
        if !c.is_whitespace() {
            out.push(c);
            continue;
        }
        let mut line_break = c == '\n';
        while let Some(next) = chars.peek().copied().filter(|n| n.is_whitespace()) {
            line_break |= next == '\n';
            chars.next();
        }
        let after_open = out.ends_with('(');
        let before_close = chars.peek() == Some(&')');
        if !line_break {
            out.push(c);
        } else if !(after_open || before_close) {
            out.push(' ');
        }
    }
    let Some(written) = written else {
        return out;
    };
    // Function names as the source spells them.
    let names: HashMap<String, &str> = function_names(written)
        .into_iter()
        .map(|name| (name.to_ascii_lowercase(), name))
        .collect();
    let mut respelled = String::with_capacity(out.len());
    let mut rest = out.as_str();
    for name in function_names(&out) {
        let Some(at) = rest.find(&format!("{name}(")) else {
            continue;
        };
        respelled.push_str(&rest[..at]);
        match names.get(&name.to_ascii_lowercase()) {
            Some(spelling) if *spelling != name => respelled.push_str(spelling),
            _ => respelled.push_str(name),
        }
        rest = &rest[at + name.len()..];
    }
    respelled.push_str(rest);
    respelled
}

/// The names of the functions called in `text` (`name(`), in order.
fn function_names(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut names = Vec::new();
    let mut start = None;
    for (i, &b) in bytes.iter().enumerate() {
        if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
            start.get_or_insert(i);
        } else {
            if b == b'('
                && let Some(s) = start
                && bytes[s].is_ascii_alphabetic()
            {
                names.push(&text[s..i]);
            }
            start = None;
        }
    }
    names
}

/// `value` with the numbers that the interpolations of `pattern` (the source
/// text that wrote it) wrote without their leading `0`, as libsass's
/// compressed output writes a number turned into text (`calc(1rem -
/// #{$gap})` → `calc(1rem - .75rem)`); `None` if the literal pieces of
/// `pattern` do not frame `value`.
fn interpolated_numbers_stripped(pattern: &str, value: &str) -> Option<String> {
    let mut pieces = Vec::new();
    let mut rest = pattern;
    while let Some(open) = rest.find("#{") {
        pieces.push(&rest[..open]);
        let close = rest[open..].find('}')?;
        rest = &rest[open + close + 1..];
    }
    pieces.push(rest);
    let first = pieces.first()?;
    let last = pieces.last()?;
    if pieces.len() < 2
        || !value.starts_with(first)
        || !value.ends_with(last)
        || value.len() < first.len() + last.len()
    {
        return None;
    }
    let end = value.len() - last.len();
    let mut out = String::with_capacity(value.len());
    out.push_str(first);
    let mut at = first.len();
    for piece in &pieces[1..pieces.len() - 1] {
        let found = at + value.get(at..end)?.find(piece)?;
        out.push_str(&strip_number_zeros(&value[at..found]));
        out.push_str(piece);
        at = found + piece.len();
    }
    out.push_str(&strip_number_zeros(value.get(at..end)?));
    out.push_str(last);
    Some(out)
}

/// Every number's leading `0` dropped: `0.5em -0.25` → `.5em -.25`; text
/// with a function call (a `calc()` string, whose numbers are text) as is.
fn strip_number_zeros(text: &str) -> String {
    if text.contains('(') {
        return text.to_string();
    }
    let bytes = text.as_bytes();
    let mut out = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        let starts_number = c == '0'
            && bytes.get(i + 1) == Some(&b'.')
            && bytes.get(i + 2).is_some_and(u8::is_ascii_digit)
            && (i == 0 || !(bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'.'));
        if !starts_number {
            out.push(c);
        }
    }
    out
}

/// `0.5em` → `.5em`, `-0.5` → `-.5` (rule 6); anything else unchanged.
fn strip_leading_zero(word: &str) -> String {
    let (sign, rest) = match word.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", word),
    };
    match rest.strip_prefix("0.") {
        Some(tail) if tail.starts_with(|c: char| c.is_ascii_digit()) => format!("{sign}.{tail}"),
        _ => word.to_string(),
    }
}

/// The text between a string's quotes; `None` unless `quoted` is a whole
/// `"…"` or `'…'` string.
pub(crate) fn unquote(quoted: &str) -> Option<&str> {
    let quote = quoted.chars().next().filter(|c| *c == '"' || *c == '\'')?;
    let inner = quoted.strip_prefix(quote)?.strip_suffix(quote)?;
    (quoted.len() >= 2).then_some(inner)
}

/// CSS escapes decoded: `\2f` and `\0002f ` → `/`, `\"` → `"`.
pub(crate) fn decode_escapes(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let mut hex = String::new();
        while hex.len() < 6 {
            match chars.peek() {
                Some(h) if h.is_ascii_hexdigit() => {
                    hex.push(*h);
                    chars.next();
                }
                _ => break,
            }
        }
        if hex.is_empty() {
            if let Some(next) = chars.next()
                && next != '\n'
            {
                out.push(next);
            }
            continue;
        }
        if chars
            .peek()
            .is_some_and(|c| *c == ' ' || *c == '\t' || *c == '\n')
        {
            chars.next();
        }
        let code = u32::from_str_radix(&hex, 16).unwrap_or(0xFFFD);
        out.push(
            char::from_u32(code)
                .filter(|c| *c != '\0')
                .unwrap_or('\u{FFFD}'),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compressed_values_lose_list_spaces_and_lone_leading_zeros() {
        let hints = Hints::default();
        assert_eq!(
            hints.value("font-family", "\"PT Sans\", sans-serif", Style::Compressed),
            "\"PT Sans\",sans-serif"
        );
        assert_eq!(
            hints.value("font-size", "0.875em", Style::Compressed),
            ".875em"
        );
        assert_eq!(
            hints.value("margin", "0 0.5em", Style::Compressed),
            "0 0.5em"
        );
        assert_eq!(
            hints.value(
                "box-shadow",
                "0 1px rgba(23, 23, 23, 0.1), inset hsl(0deg, 0%, 21%)",
                Style::Compressed
            ),
            "0 1px rgba(23,23,23,0.1),inset #363636"
        );
        assert_eq!(
            hints.value("transform", "translate(-50%, -50%)", Style::Compressed),
            "translate(-50%, -50%)"
        );
    }

    #[test]
    fn other_styles_keep_literal_colours_and_convert_computed_ones() {
        let hints = Hints::default();
        assert_eq!(hints.value("color", "#FFFFFF", Style::Expanded), "#FFFFFF");
        assert_eq!(
            hints.value("color", "hsl(0deg, 0%, 21%)", Style::Expanded),
            "#363636"
        );
        assert_eq!(hints.value("b", "a, b", Style::Compact), "a, b");
    }

    #[test]
    fn static_source_spellings_win() {
        let mut hints = Hints::default();
        hints.statics.insert(
            ("padding".into(), "0.5rem 0rem".into()),
            "0.5rem 0rem".into(),
        );
        assert_eq!(
            hints.value("padding", "0.5rem 0rem", Style::Compressed),
            "0.5rem 0rem"
        );
    }

    #[test]
    fn selectors_are_joined_and_combinators_tightened() {
        let mut hints = Hints::default();
        hints
            .quoted_attributes
            .insert("type=checkbox".into(), "type=\"checkbox\"".into());
        assert_eq!(
            hints.selector("a > b, c + d,\ne ~ f", Style::Compressed),
            "a>b,c+d,e~f"
        );
        assert_eq!(
            hints.selector("a > b, c + d,\ne ~ f", Style::Expanded),
            "a > b, c + d,\ne ~ f"
        );
        assert_eq!(
            hints.selector("input[type=checkbox]", Style::Compressed),
            "input[type=\"checkbox\"]"
        );
    }

    #[test]
    fn broken_values_are_copied_without_panicking() {
        let hints = Hints::default();
        for value in ["\"é", "'é", "é(", "rgb(1, 2", "#", "\\", "a,", "(é"] {
            for style in [Style::Compressed, Style::Expanded] {
                let _ = hints.value("x", value, style);
                let _ = hints.selector(value, style);
            }
        }
        assert_eq!(unquote("\"é"), None);
        assert_eq!(unquote("'é'"), Some("é"));
    }

    #[test]
    fn arguments_on_several_lines_are_joined() {
        let value = "max(\n        16.5rem,\n        calc((100% - 66.5rem) / 2 + 16.5rem)\n      )";
        assert_eq!(
            collapse_line_breaks(value, Some("Max(\n #{$a},\n calc((100% - #{$b}) / 2)\n )")),
            "Max(16.5rem, calc((100% - 66.5rem) / 2 + 16.5rem))"
        );
        assert_eq!(
            collapse_line_breaks(value, None),
            "max(16.5rem, calc((100% - 66.5rem) / 2 + 16.5rem))"
        );
    }

    #[test]
    fn interpolated_numbers_lose_their_zero() {
        assert_eq!(
            interpolated_numbers_stripped("calc(1.5rem - #{$gap})", "calc(1.5rem - 0.75rem)"),
            Some("calc(1.5rem - .75rem)".into())
        );
        assert_eq!(
            interpolated_numbers_stripped(
                "calc(0.5em - #{$a}) #{$b}",
                "calc(0.5em - 10.5px) -0.25em"
            ),
            Some("calc(0.5em - 10.5px) -.25em".into())
        );
        assert_eq!(interpolated_numbers_stripped("a(#{$x})", "b(0.5)"), None);
        assert_eq!(
            interpolated_numbers_stripped("calc(#{$x} + 1px)", "calc(calc(0.5em - 1px) + 1px)"),
            Some("calc(calc(0.5em - 1px) + 1px)".into())
        );
    }

    #[test]
    fn escapes_decode_like_css() {
        assert_eq!(decode_escapes("\\0002f"), "/");
        assert_eq!(decode_escapes("\\2192 x"), "→x");
        assert_eq!(decode_escapes("a\\\"b"), "a\"b");
    }
}
