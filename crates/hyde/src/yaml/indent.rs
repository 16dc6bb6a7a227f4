//! Continuation lines of quoted scalars and flow collections.
//!
//! libyaml does not check how far the later lines of a multi-line quoted
//! scalar or flow collection are indented:
//!
//! ```yaml
//! title: "A long title
//! that wraps"
//! tags: [a, b,
//! c]
//! ```
//!
//! loads in Jekyll, while saphyr (following YAML 1.2) rejects the lines that
//! do not reach past the block collection the scalar or collection belongs
//! to (column 2 in `- key: "…`), and lines that start with a tab. Leading
//! blanks on such lines are never content (they fold away), so
//! [`indent_continuations`] indents them one column past that collection,
//! and the text is read again. It runs only after saphyr has refused the
//! text for its indentation.
//!
//! Telling which lines continue a quoted scalar or flow collection takes a
//! small scan ([`Scan`]) of what libyaml sees: a quote or bracket opens one
//! only where a node starts, never inside a plain scalar (`a: don't`) or a
//! block scalar, or after a comment's `#`.

/// Whether saphyr refused a text for the indentation of a line that libyaml
/// would not check.
pub(super) fn is_continuation_error(info: &str) -> bool {
    matches!(
        info,
        "invalid indentation in quoted scalar"
            | "invalid indentation in flow construct"
            | "invalid indentation"
            | "tab cannot be used as indentation"
    )
}

/// `text` with each continuation line of a quoted scalar or flow collection
/// indented past the block collection its construct belongs to; `None` if no
/// line needed it.
pub(super) fn indent_continuations(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 64);
    let mut changed = false;
    for (line, place) in places(text) {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Place::Continuation { column } = place
            && !line.trim().is_empty()
            && indent <= column
        {
            out.push_str(&" ".repeat(column + 1 - indent));
            changed = true;
        }
        out.push_str(line);
    }
    changed.then_some(out)
}

/// A tab at the start of a line where libyaml wants indentation spaces.
#[derive(Debug, PartialEq)]
pub(super) struct TabInIndentation {
    /// The line libyaml names, from 0: the tab's own, or the start of the
    /// plain or block scalar whose scan found it.
    pub(super) line: usize,
    /// The tab's column, from 0, when the line is the tab's own.
    pub(super) column: usize,
    /// libyaml's words.
    pub(super) message: &'static str,
}

/// The first tab that libyaml refuses at the start of a line of the first
/// document of `text`. In block context its scanner takes a tab there for
/// neither indentation nor separation, unless it comes after a plain
/// scalar's line, past that scalar's collection; inside a block scalar a tab
/// may only follow the scalar's indentation. saphyr lets most of these pass.
pub(super) fn tab_in_indentation(text: &str) -> Option<TabInIndentation> {
    let mut scan = Scan::default();
    let mut content = false;
    for (number, line) in text.split_inclusive('\n').enumerate() {
        let spaces = line.len() - line.trim_start_matches(' ').len();
        let tab = line[spaces..].starts_with('\t');
        let plain = scan.plain_tabs;
        let continues_plain = scan.plain_from.is_some_and(|from| spaces >= from);
        let block = scan
            .block_scalar
            .as_ref()
            .map(|b| (b.indent, b.header_line));
        let place = scan.line(line);
        let marker = is_document_marker(line);
        if place == Place::Block && marker && content {
            return None;
        }
        content |= !line.trim().is_empty() && !line.trim_start().starts_with(['#', '%']) && !marker;
        let found = |line, column, message| {
            Some(TabInIndentation {
                line,
                column,
                message,
            })
        };
        if place == Place::Block
            && !continues_plain
            && let Some(column) = tab_after_indicator(&line[spaces..])
        {
            return found(
                number,
                spaces + column,
                "found character that cannot start any token",
            );
        }
        if !tab {
            continue;
        }
        match (place, plain, block) {
            (Place::BlockScalar, _, Some((indent, header)))
                if indent.is_none_or(|indent| spaces < indent) =>
            {
                return found(
                    header,
                    0,
                    "found a tab character where an indentation space is expected",
                );
            }
            (Place::Block, Some((limit, start)), _) if spaces < limit => {
                return found(start, 0, "found a tab character that violates indentation");
            }
            (Place::Block, None, _) => {
                return found(
                    number,
                    spaces,
                    "found character that cannot start any token",
                );
            }
            _ => {}
        }
    }
    None
}

/// Whether `line` starts with a document start or end marker.
fn is_document_marker(line: &str) -> bool {
    ["---", "..."].iter().any(|m| {
        line.strip_prefix(m)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with([' ', '\t', '\r', '\n']))
    })
}

/// Where a tab follows one of the block indicators (`-`, `?`, `:`) that
/// start `body`, the text of a line after its indentation: libyaml takes
/// none there.
fn tab_after_indicator(body: &str) -> Option<usize> {
    let bytes = body.as_bytes();
    let mut i = 0;
    while matches!(bytes.get(i), Some(b'-' | b'?' | b':'))
        && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace())
    {
        i += 1;
        while let Some(b' ' | b'\t') = bytes.get(i) {
            if bytes[i] == b'\t' {
                return Some(i);
            }
            i += 1;
        }
    }
    None
}

/// `text` with the tabs after every block mapping key's `:` turned into
/// spaces (libyaml takes them as separation, saphyr refuses them); `None`
/// when there are none. Lines inside quoted scalars, flow collections and
/// block scalars stay as they are.
pub(super) fn tabs_after_keys(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    for (line, place) in places(text) {
        let fixed = if place == Place::Block {
            key_tabs_to_spaces(line)
        } else {
            None
        };
        changed |= fixed.is_some();
        out.push_str(fixed.as_deref().unwrap_or(line));
    }
    changed.then_some(out)
}

/// A block-context line whose first `:` (after a plain key) is followed by a
/// tab, with the blanks after that `:` made spaces.
fn key_tabs_to_spaces(line: &str) -> Option<String> {
    let body = line.trim_start_matches([' ', '-']).trim_start();
    if body.starts_with(['#', '"', '\'', '[', '{', '|', '>', '&', '*', '!', '?']) {
        return None;
    }
    // The value indicator: the first `:` followed by a blank.
    let bytes = line.as_bytes();
    let colon = (0..bytes.len())
        .find(|&i| bytes[i] == b':' && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))?;
    if bytes.get(colon + 1) != Some(&b'\t') {
        return None;
    }
    // A comment before the colon makes it comment text.
    if line[..colon].contains(" #") {
        return None;
    }
    let after = &line[colon + 1..];
    let blanks = after.len() - after.trim_start_matches([' ', '\t']).len();
    Some(format!(
        "{}:{}{}",
        &line[..colon],
        " ".repeat(blanks),
        &after[blanks..]
    ))
}

/// Where a line sits, as the scan sees it at the line's start.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Place {
    /// Block context.
    Block,
    /// Inside a block scalar (`|`, `>`): content, never looked into.
    BlockScalar,
    /// A later line of a quoted scalar or flow collection that opened on a
    /// line whose innermost block collection sits at `column`.
    Continuation {
        /// The column saphyr wants the line to reach past.
        column: usize,
    },
}

/// The lines of `text` (with their line breaks) and where each sits.
fn places(text: &str) -> Vec<(&str, Place)> {
    let mut scan = Scan::default();
    text.split_inclusive('\n')
        .map(|line| (line, scan.line(line)))
        .collect()
}

/// What the scan is inside of.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
enum Inside {
    /// Block context.
    #[default]
    Block,
    /// A quoted scalar with this quote, in flow collections this deep (0 in
    /// block context).
    Quote(char, usize),
    /// Flow collections, this deep.
    Flow(usize),
}

/// A block scalar (`|`, `>`) being skipped.
struct BlockScalar {
    /// The column of the block collection it belongs to: its lines are
    /// indented further.
    parent: usize,
    /// The indentation of its lines, once known.
    indent: Option<usize>,
    /// The line of its header, from 0.
    header_line: usize,
}

/// Follows a text line by line as libyaml's scanner reads it, as far as
/// telling quoted scalars, flow collections, block scalars and comments
/// apart takes: a quote or bracket opens something only where a node
/// starts; inside a plain scalar (`a: don't "quote"`) it is text.
#[derive(Default)]
struct Scan {
    inside: Inside,
    /// The next character that is not blank starts a node.
    node_next: bool,
    /// The last line ended in a block plain scalar, which lines indented at
    /// least this much continue.
    plain_from: Option<usize>,
    /// The last line ended in a block plain scalar: the first column where
    /// libyaml takes a tab for a blank after it (one past its collection,
    /// 0 when that is not known), and the line it starts on.
    plain_tabs: Option<(usize, usize)>,
    /// The number of the line being read, from 0.
    line_number: usize,
    /// Inside a block scalar.
    block_scalar: Option<BlockScalar>,
    /// Where the innermost block collection of the line that opened the
    /// current quoted scalar or flow collection sits.
    open_column: usize,
}

impl Scan {
    /// Where `line`, the next line of the text, sits; then reads it.
    fn line(&mut self, line: &str) -> Place {
        let place = self.place_and_read(line);
        self.line_number += 1;
        place
    }

    /// [`Scan::line`] without counting the line.
    fn place_and_read(&mut self, line: &str) -> Place {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let blank = line.trim().is_empty();
        if let Some(block) = &mut self.block_scalar {
            if blank {
                return Place::BlockScalar;
            }
            let content = *block.indent.get_or_insert(indent);
            if indent >= content && indent > block.parent {
                return Place::BlockScalar;
            }
            self.block_scalar = None;
        }
        if self.inside != Inside::Block {
            self.read(line, indent);
            return Place::Continuation {
                column: self.open_column,
            };
        }
        if line.starts_with('%') && self.plain_from.is_none() {
            // A directive.
            return Place::Block;
        }
        if !blank {
            let continues_plain =
                self.plain_from.is_some_and(|from| indent >= from) && !is_document_marker(line);
            self.node_next = !continues_plain;
            self.read(line, indent);
        }
        Place::Block
    }

    /// Follows quotes, flow brackets, indicators and comments through one
    /// line that is not blank.
    fn read(&mut self, line: &str, indent: usize) {
        let chars: Vec<char> = line.chars().collect();
        let blank = |i: usize| {
            chars
                .get(i)
                .is_none_or(|c| matches!(c, ' ' | '\t' | '\r' | '\n'))
        };
        let flow_indicator = |i: usize| {
            chars
                .get(i)
                .is_some_and(|c| matches!(c, ',' | '[' | ']' | '{' | '}'))
        };
        // A block plain scalar the line continues.
        let continued_plain = self.inside == Inside::Block && !self.node_next;
        // The column of the innermost block collection found on this line:
        // a key's, or a `-` or `?` indicator's.
        let mut column = None;
        let mut key_start = None;
        let mut header = None;
        // The line ends in a block plain scalar.
        let mut plain = continued_plain;
        let mut plain_start = self.line_number;
        let mut i = 0;
        if self.inside == Inside::Block && self.node_next && is_document_marker(line) {
            i = 3;
        }
        while i < chars.len() {
            let c = chars[i];
            let depth = match self.inside {
                Inside::Quote(quote, depth) => {
                    match c {
                        '\\' if quote == '"' => i += 1,
                        '\'' if quote == '\'' && chars.get(i + 1) == Some(&'\'') => i += 1,
                        _ if c == quote => {
                            self.inside = if depth == 0 {
                                Inside::Block
                            } else {
                                Inside::Flow(depth)
                            };
                            self.node_next = false;
                        }
                        _ => {}
                    }
                    i += 1;
                    continue;
                }
                Inside::Flow(depth) => depth,
                Inside::Block => 0,
            };
            if blank(i) {
                i += 1;
                continue;
            }
            if c == '#' && (i == 0 || blank(i - 1)) {
                plain = false;
                break;
            }
            let in_block = self.inside == Inside::Block;
            if self.node_next {
                match c {
                    '"' | '\'' => {
                        self.inside = Inside::Quote(c, depth);
                        key_start = Some(i);
                    }
                    '[' | '{' => self.inside = Inside::Flow(depth + 1),
                    ']' | '}' if depth > 0 => self.close_flow(depth),
                    ',' if depth > 0 => {}
                    '-' | '?' if depth == 0 && blank(i + 1) => column = Some(i),
                    ':' if blank(i + 1) => {}
                    '!' | '&' | '*' => {
                        while !(blank(i + 1) || (depth > 0 && flow_indicator(i + 1))) {
                            i += 1;
                        }
                        self.node_next = c != '*';
                    }
                    '|' | '>' if depth == 0 => {
                        header = Some(i);
                        self.node_next = false;
                    }
                    _ => {
                        self.node_next = false;
                        plain = depth == 0;
                        plain_start = self.line_number;
                        key_start = Some(i);
                    }
                }
                // A quoted scalar or flow collection opens here: its later
                // lines must reach past the line's innermost block collection.
                if in_block && self.inside != Inside::Block {
                    self.open_column = column.unwrap_or(indent);
                }
            } else {
                let after_quote = i > 0 && matches!(chars[i - 1], '"' | '\'');
                let value_indicator = c == ':'
                    && (blank(i + 1) || (depth > 0 && (flow_indicator(i + 1) || after_quote)));
                match c {
                    _ if value_indicator => {
                        self.node_next = true;
                        plain = false;
                        if depth == 0 {
                            column = key_start.or(column);
                        }
                    }
                    ',' if depth > 0 => self.node_next = true,
                    '[' | '{' if depth > 0 => {
                        self.inside = Inside::Flow(depth + 1);
                        self.node_next = true;
                    }
                    ']' | '}' if depth > 0 => self.close_flow(depth),
                    _ => {}
                }
            }
            i += 1;
        }
        // A block scalar header: `|` or `>` with indicators, then nothing but a comment.
        let is_header = header.is_some_and(|start| {
            let rest: String = chars[start + 1..].iter().collect();
            let rest =
                rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
            let rest = rest.trim();
            rest.is_empty() || rest.starts_with('#')
        });
        if is_header && self.inside == Inside::Block {
            // The indentation of its first line that is not blank, or the
            // one its indicator gives.
            let parent = column.unwrap_or(indent);
            let explicit = chars[header.unwrap_or(0)..]
                .iter()
                .find_map(|c| c.to_digit(10));
            let content = explicit
                .and_then(|d| usize::try_from(d).ok())
                .map(|d| parent + d);
            self.block_scalar = Some(BlockScalar {
                parent,
                indent: content,
                header_line: self.line_number,
            });
            self.node_next = true;
        }
        // A plain scalar continues on lines indented past its collection.
        let plain = plain && self.inside == Inside::Block;
        if !(plain && continued_plain && column.is_none()) {
            self.plain_from = plain.then(|| column.map_or(indent, |c| c + 1));
            self.plain_tabs = plain.then(|| (column.map_or(0, |c| c + 1), plain_start));
        }
    }

    /// Leaves the innermost of `depth` open flow collections.
    fn close_flow(&mut self, depth: usize) {
        self.inside = if depth == 1 {
            Inside::Block
        } else {
            Inside::Flow(depth - 1)
        };
        self.node_next = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_lines_move_past_their_start_line() {
        assert_eq!(
            indent_continuations("a: \"x\ny\"\n").as_deref(),
            Some("a: \"x\n y\"\n")
        );
        assert_eq!(
            indent_continuations("a: [1,\n2]\nb: 3\n").as_deref(),
            Some("a: [1,\n 2]\nb: 3\n")
        );
        assert_eq!(
            indent_continuations("x:\n  a: [\n  1\n  ]\n").as_deref(),
            Some("x:\n  a: [\n   1\n   ]\n")
        );
        assert_eq!(
            indent_continuations("a: 'it''s\nok'\n").as_deref(),
            Some("a: 'it''s\n ok'\n")
        );
    }

    #[test]
    fn continuation_lines_move_past_the_mapping_of_a_sequence_entry() {
        assert_eq!(
            indent_continuations("  - a: \"x\ny\"\n").as_deref(),
            Some("  - a: \"x\n     y\"\n")
        );
        assert_eq!(
            indent_continuations("- [1,\n2]\n").as_deref(),
            Some("- [1,\n 2]\n")
        );
        assert_eq!(
            indent_continuations("a: \"x\n\ty\"\n").as_deref(),
            Some("a: \"x\n \ty\"\n")
        );
    }

    #[test]
    fn quotes_open_only_where_a_node_starts() {
        assert_eq!(indent_continuations("a: x \"y\nb: 1\n"), None);
        assert_eq!(indent_continuations("a: x\n  \"y\nb: 1\n"), None);
        assert_eq!(
            indent_continuations("a: &x \"y\nz\"\n").as_deref(),
            Some("a: &x \"y\n z\"\n")
        );
        assert_eq!(
            indent_continuations("a: [\"x\ny\", z,\nw]\n").as_deref(),
            Some("a: [\"x\n y\", z,\n w]\n")
        );
    }

    #[test]
    fn tabs_after_keys_become_spaces() {
        assert_eq!(
            tabs_after_keys("a:\tb\nc:\t\t1\n").as_deref(),
            Some("a: b\nc:  1\n")
        );
        assert_eq!(tabs_after_keys("- k:\tv\n").as_deref(), Some("- k: v\n"));
        assert_eq!(tabs_after_keys("a: |\n  x:\ty\n"), None);
        assert_eq!(tabs_after_keys("a: \"x:\ty\"\n"), None);
        assert_eq!(tabs_after_keys("# a:\tb\n"), None);
    }

    #[test]
    fn tabs_libyaml_refuses_at_line_starts() {
        let line_of = |text| tab_in_indentation(text).map(|tab| tab.line);
        assert_eq!(line_of("\ta: 1\n"), Some(0));
        assert_eq!(line_of("a:\n  b: 1\n\t\n"), Some(1));
        assert_eq!(line_of("a: |\n  x\n\t\n"), Some(0));
        assert_eq!(line_of("- ? a\n  :\tb\n"), Some(1));
        assert_eq!(line_of("a: \"x\n\ty\"\nb: [1,\n\t2]\n"), None);
        assert_eq!(line_of("a: |\n  x\n  \ty\n"), None);
        assert_eq!(line_of("a: 1\n  \t\n"), None);
        assert_eq!(line_of("a: 1\n---\n\tb\n"), None);
    }

    #[test]
    fn other_lines_stay() {
        assert_eq!(indent_continuations("a: [1, 2]\nb: \"x\"\n"), None);
        assert_eq!(indent_continuations("a: it's\nb: c\n"), None);
        assert_eq!(indent_continuations("a: |\n  [x\nb: y\n"), None);
        assert_eq!(indent_continuations("- a: |\n    \"x\n  b: y\n"), None);
        assert_eq!(indent_continuations("a: x # [\nb: y\n"), None);
    }
}
