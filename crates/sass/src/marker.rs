//! Source positions carried through grass as comments.
//!
//! grass keeps no source positions in its output, but it keeps comments where
//! they were written: a comment inside a style rule stays inside that rule (its
//! copies under `@media`, its nested rules' parents), a comment before a
//! declaration stays before it, through mixins and `@extend`. So, for the source
//! map, every source grass reads is given marker comments before it is compiled
//! ([`insert`]):
//!
//! - `/*@hyde:r:F:L:C*/` right after the `{` of each style rule, naming the
//!   rule's selector (file `F`, 0-based line `L`, column `C` in characters); the
//!   same after the `{` of `@media`, `@supports` and `@include` blocks inside a
//!   rule, naming the enclosing rule, for the copy of it that grass writes there;
//! - `/*@hyde:d:F:L:C*/` before each declaration, naming its property;
//! - `/*@hyde:i:N*/` before each `@import` with `N` plain-CSS imports (which
//!   grass hoists to the top of its output when they are evaluated at the
//!   root, where the marker stays behind to tell where they were evaluated).
//!
//! Import markers are also put in the sources of the compilation whose CSS is
//! written ([`insert_imports`]): libsass writes an `@import` after the
//! comments that precede it, see [`super::serialize`].
//!
//! Nothing is put before at-rules (`@else` must follow its `@if`), variables,
//! at the top level, or inside `@function`, values, strings, comments,
//! interpolation or parentheses. The serializer reads the markers back
//! ([`parse`]) and writes none of them; the caller checks that the CSS is then
//! byte for byte what the unmarked sources give.

/// A place in a source: its index in the map's `sources`, 0-based line and
/// column (in characters).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct SourcePos {
    /// Index of the file in the map's `sources` (0 is the page).
    pub(crate) source: usize,
    /// 0-based line.
    pub(crate) line: usize,
    /// 0-based column, in characters.
    pub(crate) column: usize,
}

/// What a marker comment says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Mark {
    /// The selector of the rule the marker is in.
    Rule(SourcePos),
    /// The property of the declaration that follows the marker.
    Decl(SourcePos),
    /// An `@import` with this many plain-CSS imports follows.
    Imports(usize),
    /// A plain-CSS import was here and is written at the top instead
    /// (made by the serializer, never by [`insert`]).
    Hoisted,
}

const PREFIX: &str = "/*@hyde:";

/// The marker a comment is, if it is one.
pub(crate) fn parse(comment: &str) -> Option<Mark> {
    let body = comment.strip_prefix(PREFIX)?.strip_suffix("*/")?;
    if body == "h" {
        return Some(Mark::Hoisted);
    }
    let mut parts = body.split(':');
    let kind = parts.next()?;
    if kind == "i" {
        let count = parts.next()?.parse::<usize>().ok()?;
        return parts.next().is_none().then_some(Mark::Imports(count));
    }
    let mut number = || parts.next()?.parse::<usize>().ok();
    let pos = SourcePos {
        source: number()?,
        line: number()?,
        column: number()?,
    };
    match kind {
        "r" => Some(Mark::Rule(pos)),
        "d" => Some(Mark::Decl(pos)),
        _ => None,
    }
}

fn marker(kind: char, pos: SourcePos) -> String {
    format!(
        "{PREFIX}{kind}:{}:{}:{}*/",
        pos.source, pos.line, pos.column
    )
}

/// The blocks the scanner is inside.
#[derive(Clone, Copy, Debug)]
enum Block {
    /// The top level: no declarations here.
    Root,
    /// A style rule, with its selector's position.
    Rule(SourcePos),
    /// Any other block (at-rules, nested properties), inside the rule given.
    Other(Option<SourcePos>),
    /// `@function` and everything in it: no markers.
    Silent,
}

impl Block {
    fn rule(self) -> Option<SourcePos> {
        match self {
            Block::Rule(pos) => Some(pos),
            Block::Other(rule) => rule,
            Block::Root | Block::Silent => None,
        }
    }

    fn takes_declarations(self) -> bool {
        matches!(self, Block::Rule(_) | Block::Other(_))
    }
}

/// What ends a statement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Term {
    Open,
    Semicolon,
    Close,
    Eof,
}

/// The placeholder comment [`Mark::Hoisted`] reads.
pub(crate) const HOISTED: &str = "/*@hyde:h*/";

/// `text` (SCSS, or CSS) with marker comments naming positions in it, as the
/// file `source` of the map, and import markers; `css` for a plain CSS file
/// (where every `@import` is plain CSS).
pub(crate) fn insert(text: &str, source: usize, css: bool) -> String {
    insert_with(text, Some(source), css)
}

/// `text` (SCSS, or CSS) with import markers only.
pub(crate) fn insert_imports(text: &str, css: bool) -> String {
    insert_with(text, None, css)
}

fn insert_with(text: &str, source: Option<usize>, css: bool) -> String {
    let bytes = text.as_bytes();
    let lines = LineIndex::new(text);
    let mut out = String::with_capacity(text.len() + text.len() / 2);
    let mut copied = 0;
    let mut put = |out: &mut String, at: usize, marker: &str| {
        if marker.is_empty() {
            return;
        }
        out.push_str(&text[copied..at]);
        out.push_str(marker);
        copied = at;
    };
    // A position marker, when positions are wanted.
    let mark = |kind: char, pos: SourcePos| {
        if source.is_some() {
            marker(kind, pos)
        } else {
            String::new()
        }
    };
    let mut stack = vec![Block::Root];
    let mut i = 0;
    loop {
        i = skip_trivia(bytes, i);
        let Some(&b) = bytes.get(i) else { break };
        match b {
            b'}' => {
                if stack.len() > 1 {
                    stack.pop();
                }
                i += 1;
                continue;
            }
            b';' => {
                i += 1;
                continue;
            }
            _ => {}
        }
        let top = stack.last().copied().unwrap_or(Block::Root);
        let start = i;
        let custom = text[start..].starts_with("--");
        let (end, term) = statement_end(bytes, start, custom);
        let head = text[start..end].trim_end();
        let pos = lines.pos(text, start, source.unwrap_or(0));
        if term == Term::Open {
            i = end + 1;
            let block = if matches!(top, Block::Silent) {
                Block::Silent
            } else if let Some(at) = head.strip_prefix('@') {
                let name = at_name(at);
                if name == "function" {
                    Block::Silent
                } else {
                    if matches!(name, "media" | "supports" | "include")
                        && let Some(rule) = top.rule()
                    {
                        put(&mut out, i, &mark('r', rule));
                    }
                    Block::Other(top.rule())
                }
            } else if is_nested_property(head) {
                if top.takes_declarations() {
                    put(&mut out, start, &mark('d', pos));
                }
                Block::Other(top.rule())
            } else {
                put(&mut out, i, &mark('r', pos));
                Block::Rule(pos)
            };
            stack.push(block);
        } else {
            if let Some(args) = import_arguments(head) {
                let count = plain_imports(args, css);
                if count > 0 {
                    put(&mut out, start, &format!("{PREFIX}i:{count}*/"));
                }
            } else if top.takes_declarations() && is_declaration(head) {
                put(&mut out, start, &mark('d', pos));
            }
            if term == Term::Eof {
                break;
            }
            // `;` and `}` are read by the loop.
            i = end;
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// The declaration a [`Mark::Decl`] position names in `text` (the source as
/// it was marked): its property and value as written, trimmed.
pub(crate) fn declaration_at(text: &str, pos: SourcePos) -> Option<(&str, &str)> {
    let line_start = if pos.line == 0 {
        0
    } else {
        text.match_indices('\n').nth(pos.line - 1)?.0 + 1
    };
    let start = line_start
        + text[line_start..]
            .char_indices()
            .nth(pos.column)
            .map_or(text.len() - line_start, |(i, _)| i);
    let custom = text[start..].starts_with("--");
    let (end, _) = statement_end(text.as_bytes(), start, custom);
    let statement = &text[start..end];
    let colon = super::css::top_level_colon(statement)?;
    Some((statement[..colon].trim(), statement[colon + 1..].trim()))
}

/// Byte offsets of line starts, to turn an offset into a line and column.
struct LineIndex {
    starts: Vec<usize>,
}

impl LineIndex {
    fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        LineIndex { starts }
    }

    fn pos(&self, text: &str, offset: usize, source: usize) -> SourcePos {
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let column = text[self.starts[line]..offset].chars().count();
        SourcePos {
            source,
            line,
            column,
        }
    }
}

/// Past whitespace and comments (`/* */` and `//`).
fn skip_trivia(bytes: &[u8], mut i: usize) -> usize {
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii_whitespace() {
            i += 1;
        } else if bytes[i..].starts_with(b"/*") {
            i = block_comment_end(bytes, i);
        } else if bytes[i..].starts_with(b"//") {
            i = line_end(bytes, i);
        } else {
            break;
        }
    }
    i
}

fn block_comment_end(bytes: &[u8], start: usize) -> usize {
    bytes[start + 2..]
        .windows(2)
        .position(|w| w == b"*/")
        .map_or(bytes.len(), |p| start + 2 + p + 2)
}

fn line_end(bytes: &[u8], start: usize) -> usize {
    bytes[start..]
        .iter()
        .position(|&b| b == b'\n')
        .map_or(bytes.len(), |p| start + p)
}

/// The index just past the quoted string starting at `start`.
fn string_end(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'\\' => i += 2,
            b'\n' => return i,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// The index just past the `}` closing the interpolation whose `#{` is at `start`.
fn interpolation_end(bytes: &[u8], start: usize) -> usize {
    let mut depth = 0usize;
    let mut i = start + 1;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => i = string_end(bytes, i),
            b'\\' => i += 2,
            b'{' => {
                depth += 1;
                i += 1;
            }
            b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
                if depth == 0 {
                    return i;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// `url(` unquoted contents (where `//` is no comment): past its `)`.
fn url_end(bytes: &[u8], start: usize) -> usize {
    let mut i = start + 4;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => i = string_end(bytes, i),
            b'\\' => i += 2,
            b'#' if bytes.get(i + 1) == Some(&b'{') => i = interpolation_end(bytes, i),
            b')' => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

fn is_url_start(bytes: &[u8], i: usize) -> bool {
    bytes.len() >= i + 4
        && bytes[i..i + 4].eq_ignore_ascii_case(b"url(")
        && (i == 0 || !is_name_byte(bytes[i - 1]))
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b >= 0x80
}

/// Where the statement starting at `start` ends: the index of its top-level
/// `{`, `;` or `}` (for a custom property, braces in its value are nested).
fn statement_end(bytes: &[u8], start: usize, custom: bool) -> (usize, Term) {
    let mut parens = 0usize;
    let mut braces = 0usize;
    let mut i = start;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => i = string_end(bytes, i),
            b'\\' => i += 2,
            b'/' if bytes.get(i + 1) == Some(&b'*') => i = block_comment_end(bytes, i),
            b'/' if bytes.get(i + 1) == Some(&b'/') && !custom => i = line_end(bytes, i),
            b'#' if bytes.get(i + 1) == Some(&b'{') => i = interpolation_end(bytes, i),
            b'u' | b'U' if is_url_start(bytes, i) => i = url_end(bytes, i),
            b'(' | b'[' => {
                parens += 1;
                i += 1;
            }
            b')' | b']' => {
                parens = parens.saturating_sub(1);
                i += 1;
            }
            b'{' if parens == 0 => {
                if !custom {
                    return (i, Term::Open);
                }
                braces += 1;
                i += 1;
            }
            b'}' if parens == 0 => {
                if braces == 0 {
                    return (i, Term::Close);
                }
                braces -= 1;
                i += 1;
            }
            b';' if parens == 0 && braces == 0 => return (i, Term::Semicolon),
            _ => i += 1,
        }
    }
    (bytes.len(), Term::Eof)
}

/// The arguments of `@import ARGS`, if `head` is an `@import`.
fn import_arguments(head: &str) -> Option<&str> {
    let rest = head.strip_prefix("@import")?;
    (rest.is_empty() || !rest.starts_with(|c: char| c.is_alphanumeric() || c == '-' || c == '_'))
        .then_some(rest)
}

/// How many of an `@import`'s comma-separated arguments are plain CSS imports
/// (as grass tells them: `url(…)`, a URL ending in `.css` or starting with
/// `http://`, `https://` or `//`, or one followed by media queries); all of
/// them in a plain CSS file.
fn plain_imports(args: &str, css: bool) -> usize {
    let bytes = args.as_bytes();
    let mut parts = Vec::new();
    let mut depth = 0usize;
    let mut start = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        match b {
            b'"' | b'\'' => {
                i = string_end(bytes, i);
                continue;
            }
            b'\\' => i += 1,
            b'(' | b'[' => depth += 1,
            b')' | b']' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                parts.push(&args[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    parts.push(&args[start.min(args.len())..]);
    parts
        .iter()
        .map(|part| part.trim())
        .filter(|part| !part.is_empty())
        .filter(|part| css || is_plain_import(part))
        .count()
}

/// One argument of `@import`, as grass reads it: plain CSS or a Sass import.
fn is_plain_import(arg: &str) -> bool {
    let bytes = arg.as_bytes();
    if bytes.first().is_some_and(|b| *b == b'u' || *b == b'U') {
        return true;
    }
    if !bytes.first().is_some_and(|b| *b == b'"' || *b == b'\'') {
        return false;
    }
    let end = string_end(bytes, 0);
    if !arg[end..].trim().is_empty() {
        // Media queries or `supports(…)`.
        return true;
    }
    let url = arg[1..end.saturating_sub(1).max(1)].to_ascii_lowercase();
    url.len() >= 5
        && (url.ends_with(".css")
            || url.starts_with("http://")
            || url.starts_with("https://")
            || url.starts_with("//"))
}

/// `media` of `media screen {`.
fn at_name(at: &str) -> &str {
    let end = at
        .find(|c: char| !(c.is_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(at.len());
    &at[..end]
}

/// The name of a property: letters, digits, `-`, `_`, interpolation.
fn is_property_name(name: &str) -> bool {
    let bytes = name.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b == b'#' && bytes.get(i + 1) == Some(&b'{') {
            i = interpolation_end(bytes, i);
        } else if is_name_byte(b) {
            i += 1;
        } else {
            return false;
        }
    }
    !name.is_empty()
}

/// `font: {` or `font: 12px {`: a property with nested properties (a selector
/// such as `a:hover {` has no space after its colon).
fn is_nested_property(head: &str) -> bool {
    let Some(colon) = super::css::top_level_colon(head) else {
        return false;
    };
    let after = &head[colon + 1..];
    is_property_name(head[..colon].trim_end())
        && (after.is_empty() || after.starts_with(char::is_whitespace))
}

/// `property: value` (not a variable, not an at-rule).
fn is_declaration(head: &str) -> bool {
    if head.starts_with(['@', '$']) {
        return false;
    }
    let Some(colon) = super::css::top_level_colon(head) else {
        return false;
    };
    // `module.$variable: value`
    !head[..colon].contains(".$")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(source: usize, line: usize, column: usize) -> SourcePos {
        SourcePos {
            source,
            line,
            column,
        }
    }

    #[test]
    fn markers_follow_rule_braces_and_precede_declarations() {
        assert_eq!(
            insert(".a {\n  color: red;\n  .b { x: y }\n}\n", 2, false),
            ".a {/*@hyde:r:2:0:0*/\n  /*@hyde:d:2:1:2*/color: red;\n  .b {/*@hyde:r:2:2:2*/ /*@hyde:d:2:2:7*/x: y }\n}\n"
        );
    }

    #[test]
    fn at_rules_variables_and_the_top_level_get_none() {
        let text = "$x: 1;\n@charset \"UTF-8\";\n@mixin m($a: 1) { @if $a { b: c } @else { d: e } }\n@function f($a) { @if $a { @return 1; } @return 2; }\n";
        assert_eq!(
            insert(text, 0, false),
            "$x: 1;\n@charset \"UTF-8\";\n@mixin m($a: 1) { @if $a { /*@hyde:d:0:2:27*/b: c } @else { /*@hyde:d:0:2:42*/d: e } }\n@function f($a) { @if $a { @return 1; } @return 2; }\n"
        );
    }

    #[test]
    fn strings_comments_interpolation_and_urls_are_skipped() {
        let text = "a { b: \"{;}\" /* ; } */; c#{'{'}: url(http://x/;) // }\n; --v: {x: y}; }";
        assert_eq!(
            insert(text, 0, false),
            "a {/*@hyde:r:0:0:0*/ /*@hyde:d:0:0:4*/b: \"{;}\" /* ; } */; /*@hyde:d:0:0:24*/c#{'{'}: url(http://x/;) // }\n; /*@hyde:d:0:1:2*/--v: {x: y}; }"
        );
    }

    #[test]
    fn blocks_inside_rules_name_the_rule_again() {
        assert_eq!(
            insert(".a { @media x { b: c } @include m { d: e } }", 1, false),
            ".a {/*@hyde:r:1:0:0*/ @media x {/*@hyde:r:1:0:0*/ /*@hyde:d:1:0:16*/b: c } @include m {/*@hyde:r:1:0:0*/ /*@hyde:d:1:0:36*/d: e } }"
        );
    }

    #[test]
    fn nested_properties_are_declarations_and_pseudo_classes_are_selectors() {
        assert_eq!(
            insert("a:hover { font: { family: x } }", 0, false),
            "a:hover {/*@hyde:r:0:0:0*/ /*@hyde:d:0:0:10*/font: { /*@hyde:d:0:0:18*/family: x } }"
        );
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(
            insert("é { a: b }", 0, false),
            "é {/*@hyde:r:0:0:0*/ /*@hyde:d:0:0:4*/a: b }"
        );
    }

    #[test]
    fn imports_are_marked_with_their_count_of_plain_css_imports() {
        let text = "@import 'a', url(b.css), \"c.css\", 'http://d', 'e' print;\n@import 'f';\n.x { @import url(g); }\n@import \"h\", 'i';";
        assert_eq!(
            insert_imports(text, false),
            "/*@hyde:i:4*/@import 'a', url(b.css), \"c.css\", 'http://d', 'e' print;\n@import 'f';\n.x { /*@hyde:i:1*/@import url(g); }\n@import \"h\", 'i';"
        );
        // In a plain CSS file every `@import` is plain.
        assert_eq!(
            insert_imports("@import 'f';", true),
            "/*@hyde:i:1*/@import 'f';"
        );
        assert_eq!(parse("/*@hyde:i:4*/"), Some(Mark::Imports(4)));
        assert_eq!(parse(HOISTED), Some(Mark::Hoisted));
    }

    #[test]
    fn declarations_are_found_at_their_marks() {
        let text = "a {\n  é: b; c: 'd;e' }\n";
        assert_eq!(declaration_at(text, at(0, 1, 2)), Some(("é", "b")));
        assert_eq!(declaration_at(text, at(0, 1, 8)), Some(("c", "'d;e'")));
        assert_eq!(declaration_at(text, at(0, 5, 0)), None);
    }

    #[test]
    fn markers_read_back() {
        assert_eq!(parse("/*@hyde:r:3:10:2*/"), Some(Mark::Rule(at(3, 10, 2))));
        assert_eq!(parse("/*@hyde:d:0:0:7*/"), Some(Mark::Decl(at(0, 0, 7))));
        assert_eq!(parse("/* hyde:r:0:0:0 */"), None);
        assert_eq!(parse("/*@hyde:x:0:0:0*/"), None);
    }
}
