//! Writing the CSS tree as libsass writes it, in its four output styles.
//!
//! libsass's shapes (from its `Output`/`Emitter`, checked against sassc):
//! - compressed: no whitespace between tokens, `;` between declarations but
//!   not after the last, `,` between selectors, comments dropped unless they
//!   start with `/*!`.
//! - compact: one rule a line, `selector { a: b; c: d; }`, a blank line after
//!   each top-level rule.
//! - expanded: one declaration a line, indented two spaces, `}` on its own line,
//!   a blank line between top-level rules.
//! - nested: like expanded, but `}` ends the last declaration's line; nesting
//!   depth in the source is unknown here, so rules are not indented further.
//!
//! Every style ends the output with one newline (an empty sheet stays empty).
//!
//! Marker comments ([`marker`]) are never written, nor the rules and blocks
//! that hold nothing else; [`write_mapped`] returns where in the CSS each
//! marked selector and declaration starts, with its source position.

use super::Style;
use super::css::Stmt;
use super::marker::{self, Mark, SourcePos};
use super::value::Hints;

/// The stylesheet in `style`.
pub(crate) fn write(sheet: &[Stmt], style: Style, hints: &Hints) -> String {
    write_mapped(sheet, style, hints, None).0
}

/// The stylesheet in `style`, and for each marked selector and declaration
/// the byte offset in the CSS where it starts, with its source position (in
/// increasing order of offset). With `sources` (the marked texts, by source
/// index), each marked declaration's value is spelled as the source
/// declaration it names says ([`Hints::value_written`]).
pub(crate) fn write_mapped(
    sheet: &[Stmt],
    style: Style,
    hints: &Hints,
    sources: Option<&[String]>,
) -> (String, Vec<(usize, SourcePos)>) {
    let sheet = layout(sheet, style);
    let mut out = String::new();
    let mut writer = Writer {
        style,
        hints,
        sources,
        out: &mut out,
        marks: Vec::new(),
    };
    writer.block(&sheet, 0);
    let marks = writer.marks;
    while out.ends_with('\n') {
        out.pop();
    }
    if !out.is_empty() {
        out.push('\n');
    }
    (out, marks)
}

/// The root statements in the order libsass writes them.
///
/// libsass's `Output` sets aside, as it walks the CSS tree, every plain-CSS
/// `@import` (wherever it is: a rule holding one is written, empty) and every
/// comment met before anything else has been written, and writes those first,
/// in the order met, then the rest. grass writes the imports evaluated at the
/// root first, in evaluation order, and leaves nested ones in place; the import
/// markers ([`marker`]) left at the root tell where each was evaluated. When
/// they do not account for the imports at the top (a sheet compiled without
/// markers), those stay first.
fn layout(sheet: &[Stmt], style: Style) -> Vec<Stmt> {
    let hoisted = sheet.iter().take_while(|s| is_import(s)).count();
    let (imports, rest) = sheet.split_at(hoisted);
    let marked: usize = rest
        .iter()
        .map(|s| match mark_of(s) {
            Some(Mark::Imports(n)) => n,
            _ => 0,
        })
        .sum();
    let mut layout = Layout {
        style,
        top: Vec::new(),
        rest: Vec::new(),
        written: false,
    };
    let mut pending = imports.iter();
    if marked != hoisted {
        layout.top.extend(imports.iter().cloned());
    }
    for stmt in rest {
        match stmt {
            Stmt::Comment(_) => match mark_of(stmt) {
                Some(Mark::Imports(n)) if marked == hoisted => {
                    layout.top.extend(pending.by_ref().take(n).cloned());
                }
                Some(Mark::Imports(_)) => {}
                Some(_) => layout.rest.push(stmt.clone()),
                None if !layout.written && keeps(style, stmt) => layout.top.push(stmt.clone()),
                None => layout.rest.push(stmt.clone()),
            },
            _ if is_import(stmt) => layout.top.push(stmt.clone()),
            _ => {
                let (stmt, imports) = layout.set_aside(stmt);
                if keeps(style, &stmt) {
                    layout.written = true;
                    layout.top.extend(imports);
                }
                layout.rest.push(stmt);
            }
        }
    }
    layout.top.append(&mut layout.rest);
    layout.top
}

/// Whether the property name `source` (with `#{…}` interpolations, each
/// standing for any text) can have written the property `property`.
fn property_matches(source: &str, property: &str) -> bool {
    if !source.contains("#{") {
        return source == property;
    }
    // The literal pieces between interpolations, in order.
    let mut pieces = Vec::new();
    let mut rest = source;
    while let Some(open) = rest.find("#{") {
        pieces.push(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            return false;
        };
        rest = &rest[open + close + 1..];
    }
    pieces.push(rest);
    let (Some(first), Some(last)) = (pieces.first(), pieces.last()) else {
        return false;
    };
    if !property.starts_with(first) || property.len() < first.len() + last.len() {
        return false;
    }
    let mut at = first.len();
    let end = property.len() - last.len();
    if !property[end..].eq(*last) {
        return false;
    }
    for piece in &pieces[1..pieces.len() - 1] {
        match property[at..end].find(piece) {
            Some(i) => at += i + piece.len(),
            None => return false,
        }
    }
    true
}

/// `@import …;`
fn is_import(stmt: &Stmt) -> bool {
    matches!(stmt, Stmt::AtRule { name, body: None, .. } if name == "import")
}

/// [`layout`]'s state.
struct Layout {
    style: Style,
    /// What libsass writes first.
    top: Vec<Stmt>,
    /// The rest, in order.
    rest: Vec<Stmt>,
    /// Whether libsass has written anything to its buffer yet.
    written: bool,
}

impl Layout {
    /// A statement without the imports nested in it, and those imports that
    /// libsass writes at the top (those of blocks it writes).
    fn set_aside(&self, stmt: &Stmt) -> (Stmt, Vec<Stmt>) {
        let body = match stmt {
            Stmt::Rule { body, .. }
            | Stmt::AtRule {
                body: Some(body), ..
            } => body,
            _ => return (stmt.clone(), Vec::new()),
        };
        let rule = matches!(stmt, Stmt::Rule { .. });
        let mut imports = Vec::new();
        let mut kept = Vec::with_capacity(body.len());
        for child in body {
            if is_import(child) {
                imports.push(child.clone());
                if rule {
                    // libsass writes a rule holding an import, even empty.
                    kept.push(Stmt::Comment(marker::HOISTED.to_string()));
                }
            } else if matches!(mark_of(child), Some(Mark::Imports(_))) {
            } else {
                let (child, nested) = self.set_aside(child);
                if keeps(self.style, &child) {
                    imports.extend(nested);
                }
                kept.push(child);
            }
        }
        let stmt = match stmt {
            Stmt::Rule { selector, .. } => Stmt::Rule {
                selector: selector.clone(),
                body: kept,
            },
            Stmt::AtRule { name, prelude, .. } => Stmt::AtRule {
                name: name.clone(),
                prelude: prelude.clone(),
                body: Some(kept),
            },
            _ => stmt.clone(),
        };
        (stmt, imports)
    }
}

fn mark_of(stmt: &Stmt) -> Option<Mark> {
    match stmt {
        Stmt::Comment(text) => marker::parse(text),
        _ => None,
    }
}

/// A marker, or a block holding only markers (what the markers alone made).
fn marker_only(stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Comment(_) => mark_of(stmt).is_some(),
        Stmt::Rule { body, .. }
        | Stmt::AtRule {
            body: Some(body), ..
        } => !body.is_empty() && body.iter().all(marker_only),
        _ => false,
    }
}

/// Whether a statement is written at all in `style`.
fn keeps(style: Style, stmt: &Stmt) -> bool {
    match stmt {
        Stmt::Comment(text) => {
            mark_of(stmt).is_none() && (style != Style::Compressed || text.starts_with("/*!"))
        }
        Stmt::Rule { body, .. } => body
            .iter()
            .any(|s| keeps(style, s) || mark_of(s) == Some(Mark::Hoisted)),
        Stmt::AtRule {
            body: Some(body),
            name,
            ..
        } => {
            // Empty blocks vanish, except where the block itself is the content.
            body.iter().any(|s| !marker_only(s)) || matches!(name.as_str(), "font-face" | "page")
        }
        _ => true,
    }
}

/// The statements of a block that are written, each declaration with the
/// position of the marker right before it.
fn visible(style: Style, stmts: &[Stmt]) -> Vec<(&Stmt, Option<SourcePos>)> {
    let mut out = Vec::new();
    let mut pending = None;
    for stmt in stmts {
        match mark_of(stmt) {
            Some(Mark::Decl(pos)) => pending = Some(pos),
            Some(Mark::Rule(_) | Mark::Imports(_) | Mark::Hoisted) => {}
            None if keeps(style, stmt) => out.push((stmt, pending.take())),
            None => pending = None,
        }
    }
    out
}

/// The position a rule's first rule marker gives its selector.
fn rule_mark(body: &[Stmt]) -> Option<SourcePos> {
    body.iter().find_map(|s| match mark_of(s) {
        Some(Mark::Rule(pos)) => Some(pos),
        _ => None,
    })
}

/// A comment on one line, as libsass's compact style writes it: each line
/// break, with the indentation and `*` that follow it, becomes one space (when
/// the last break is followed by indentation; otherwise the text is kept).
fn compact_comment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut indented = false;
    let mut cleaning = false;
    let mut previous = '\0';
    for c in text.chars() {
        if cleaning {
            match c {
                '\n' => indented = false,
                ' ' | '\t' => indented = true,
                '*' => {}
                _ => {
                    cleaning = false;
                    out.push(' ');
                    if previous == '*' && c == '/' {
                        out.push_str("*/");
                    } else {
                        out.push(c);
                    }
                }
            }
        } else if c == '\n' || c == '\r' {
            cleaning = true;
        } else {
            out.push(c);
        }
        previous = c;
    }
    if indented { out } else { text.to_string() }
}

struct Writer<'a> {
    style: Style,
    hints: &'a Hints,
    sources: Option<&'a [String]>,
    out: &'a mut String,
    marks: Vec<(usize, SourcePos)>,
}

impl Writer<'_> {
    /// Notes that what is written next comes from `pos`.
    fn mark(&mut self, pos: Option<SourcePos>) {
        if let Some(pos) = pos {
            self.marks.push((self.out.len(), pos));
        }
    }

    /// A declaration's value, in `style`, written by the declaration at `pos`.
    fn value(&self, property: &str, value: &str, style: Style, pos: Option<SourcePos>) -> String {
        let written = self
            .sources
            .zip(pos)
            .and_then(|(sources, pos)| marker::declaration_at(sources.get(pos.source)?, pos))
            .filter(|(name, _)| property_matches(name, property))
            .map(|(_, text)| text);
        self.hints.value_written(property, value, style, written)
    }

    fn block(&mut self, stmts: &[Stmt], depth: usize) {
        let visible = visible(self.style, stmts);
        for (i, &(stmt, pos)) in visible.iter().enumerate() {
            let last = i + 1 == visible.len();
            match self.style {
                Style::Compressed => self.compressed(stmt, pos, last),
                _ => self.spaced(stmt, pos, depth, last),
            }
        }
    }

    fn compressed(&mut self, stmt: &Stmt, pos: Option<SourcePos>, last: bool) {
        match stmt {
            Stmt::Comment(text) => self.out.push_str(text),
            Stmt::Decl { property, value } => {
                self.mark(pos);
                self.out.push_str(property);
                self.out.push(':');
                if property.starts_with("--") {
                    // libsass copies a custom property's value with the space the
                    // source puts after the colon; one space is the usual spelling.
                    self.out.push(' ');
                }
                let value = self.value(property, value, Style::Compressed, pos);
                self.out.push_str(&value);
                if !last {
                    self.out.push(';');
                }
            }
            Stmt::Rule { selector, body } => {
                self.mark(rule_mark(body));
                self.out
                    .push_str(&self.hints.selector(selector, Style::Compressed));
                self.out.push('{');
                self.block(body, 0);
                self.out.push('}');
            }
            Stmt::AtRule {
                name,
                prelude,
                body,
            } => {
                self.out.push('@');
                self.out.push_str(name);
                if !prelude.is_empty() {
                    self.out.push(' ');
                    self.out
                        .push_str(&self.hints.prelude(name, prelude, Style::Compressed));
                }
                match body {
                    Some(body) => {
                        self.out.push('{');
                        self.block(body, 0);
                        self.out.push('}');
                    }
                    None => self.out.push(';'),
                }
            }
        }
    }

    /// Expanded, nested and compact, one statement at `depth`.
    fn spaced(&mut self, stmt: &Stmt, pos: Option<SourcePos>, depth: usize, last: bool) {
        let indent = "  ".repeat(depth);
        if self.style == Style::Compact && depth > 0 {
            // Inside a block compact writes everything on the block's line.
            self.compact_inline(stmt, pos);
            return;
        }
        self.out.push_str(&indent);
        match stmt {
            Stmt::Comment(text) => {
                if self.style == Style::Compact {
                    self.out.push_str(&compact_comment(text));
                } else {
                    self.out.push_str(text);
                }
                self.out.push('\n');
                return;
            }
            Stmt::Decl { property, value } => {
                self.mark(pos);
                self.out.push_str(property);
                self.out.push_str(": ");
                let value = self.value(property, value, self.style, pos);
                self.out.push_str(&value);
                self.out.push_str(";\n");
                return;
            }
            Stmt::AtRule {
                name,
                prelude,
                body: None,
            } => {
                self.at_head(name, prelude);
                self.out.push_str(";\n");
                return;
            }
            Stmt::Rule { selector, body } => {
                self.mark(rule_mark(body));
                self.out
                    .push_str(&self.hints.selector(selector, self.style));
                self.open_block(body, depth);
            }
            Stmt::AtRule {
                name,
                prelude,
                body: Some(body),
            } => {
                self.at_head(name, prelude);
                if self.style == Style::Compact && name.ends_with("keyframes") {
                    // compact puts each keyframe on its own line.
                    self.out.push_str(" {");
                    for (i, (child, pos)) in visible(self.style, body).into_iter().enumerate() {
                        self.out.push_str(if i == 0 { " " } else { "\n  " });
                        self.compact_inline(child, pos);
                    }
                    self.out.push_str(" }\n");
                } else {
                    self.open_block(body, depth);
                }
            }
        }
        if depth == 0 && !last {
            self.out.push('\n');
        }
    }

    fn at_head(&mut self, name: &str, prelude: &str) {
        self.out.push('@');
        self.out.push_str(name);
        if !prelude.is_empty() {
            self.out.push(' ');
            self.out
                .push_str(&self.hints.prelude(name, prelude, self.style));
        }
    }

    /// ` { … }` and its line end, in the expanded, nested or compact shape.
    fn open_block(&mut self, body: &[Stmt], depth: usize) {
        if self.style == Style::Compact {
            self.out.push_str(" {");
            for (child, pos) in visible(self.style, body) {
                self.out.push(' ');
                self.compact_inline(child, pos);
            }
            self.out.push_str(" }\n");
            return;
        }
        self.out.push_str(" {\n");
        self.block(body, depth + 1);
        match self.style {
            Style::Nested => {
                while self.out.ends_with('\n') {
                    self.out.pop();
                }
                self.out.push_str(" }\n");
            }
            _ => {
                self.out.push_str(&"  ".repeat(depth));
                self.out.push_str("}\n");
            }
        }
    }

    /// A statement inside a compact block, without line breaks.
    fn compact_inline(&mut self, stmt: &Stmt, pos: Option<SourcePos>) {
        match stmt {
            Stmt::Comment(text) => self.out.push_str(&compact_comment(text)),
            Stmt::Decl { property, value } => {
                self.mark(pos);
                self.out.push_str(property);
                self.out.push_str(": ");
                let value = self.value(property, value, Style::Compact, pos);
                self.out.push_str(&value);
                self.out.push(';');
            }
            Stmt::AtRule {
                name,
                prelude,
                body: None,
            } => {
                self.at_head(name, prelude);
                self.out.push(';');
            }
            Stmt::Rule { selector, body } => {
                self.mark(rule_mark(body));
                self.out
                    .push_str(&self.hints.selector(selector, Style::Compact));
                self.inline_block(body);
            }
            Stmt::AtRule {
                name,
                prelude,
                body: Some(body),
            } => {
                self.at_head(name, prelude);
                self.inline_block(body);
            }
        }
    }

    fn inline_block(&mut self, body: &[Stmt]) {
        self.out.push_str(" {");
        for (child, pos) in visible(self.style, body) {
            self.out.push(' ');
            self.compact_inline(child, pos);
        }
        self.out.push_str(" }");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::css::parse;

    const SHEET: &str = "/* top */\n@import url(foo.css);\na {\n  b: c;\n  d: e;\n}\n\n@media screen {\n  a {\n    b: c;\n  }\n  d {\n    e: f;\n  }\n}\n\n@keyframes k {\n  from {\n    a: b;\n  }\n  to {\n    a: c;\n  }\n}\n\nx {\n  y: z;\n}\n";

    fn styled(style: Style) -> String {
        write(&parse(SHEET).unwrap(), style, &Hints::default())
    }

    #[test]
    fn expanded_matches_libsass() {
        assert_eq!(styled(Style::Expanded), SHEET);
    }

    #[test]
    fn nested_closes_blocks_on_the_last_line() {
        assert_eq!(
            styled(Style::Nested),
            "/* top */\n@import url(foo.css);\na {\n  b: c;\n  d: e; }\n\n@media screen {\n  a {\n    b: c; }\n  d {\n    e: f; } }\n\n@keyframes k {\n  from {\n    a: b; }\n  to {\n    a: c; } }\n\nx {\n  y: z; }\n"
        );
    }

    #[test]
    fn compact_writes_a_rule_a_line() {
        assert_eq!(
            styled(Style::Compact),
            "/* top */\n@import url(foo.css);\na { b: c; d: e; }\n\n@media screen { a { b: c; } d { e: f; } }\n\n@keyframes k { from { a: b; }\n  to { a: c; } }\n\nx { y: z; }\n"
        );
    }

    #[test]
    fn compact_comments_are_joined_on_one_line() {
        assert_eq!(
            compact_comment("/**\n * Reset some\n *   basic elements\n */"),
            "/** Reset some basic elements */"
        );
        assert_eq!(compact_comment("/* in\n   rule */"), "/* in rule */");
        assert_eq!(compact_comment("/* a\nb */"), "/* a\nb */");
    }

    #[test]
    fn interpolated_property_names_match_what_they_can_write() {
        assert!(property_matches("padding", "padding"));
        assert!(property_matches("#{$p}-#{$side}", "padding-left"));
        assert!(property_matches("margin-#{$side}", "margin-left"));
        assert!(!property_matches("margin-#{$side}", "padding-left"));
        assert!(!property_matches("#{$p}-top", "padding-left"));
        assert!(!property_matches("a#{$x}a", "a"));
    }

    #[test]
    fn compressed_keeps_only_loud_comments() {
        assert_eq!(
            styled(Style::Compressed),
            "@import url(foo.css);a{b:c;d:e}@media screen{a{b:c}d{e:f}}@keyframes k{from{a:b}to{a:c}}x{y:z}\n"
        );
    }
}
