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
//! loads in Jekyll, while saphyr (following YAML 1.2) rejects the lines at
//! column 0. Leading spaces on such lines are never content (they fold away),
//! so [`indent_continuations`] indents them one column past the line the
//! scalar or collection starts on, and the text is read again. It runs only
//! after saphyr has refused the text for its indentation.

/// Whether saphyr refused a text for the indentation of a line that libyaml
/// would not check.
pub(super) fn is_continuation_error(info: &str) -> bool {
    matches!(
        info,
        "invalid indentation in quoted scalar" | "invalid indentation in flow construct" | "invalid indentation"
    )
}

/// What the scan is inside of at a line's start.
#[derive(Clone, Copy, PartialEq)]
enum Inside {
    /// Block context.
    Block,
    /// A quoted scalar with this quote.
    Quote(char),
    /// Flow collections, this deep.
    Flow(usize),
}

/// `text` with each continuation line of a quoted scalar or flow collection
/// indented past the line its construct starts on; `None` if no line needed it.
pub(super) fn indent_continuations(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len() + 64);
    let mut inside = Inside::Block;
    // Indentation of the line where the open construct starts.
    let mut start_indent = 0;
    // Inside a block scalar whose header is on a line with this indentation.
    let mut block_scalar: Option<usize> = None;
    let mut changed = false;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches(' ').len();
        let blank = line.trim().is_empty();
        if let Some(parent) = block_scalar {
            if blank || indent > parent {
                out.push_str(line);
                continue;
            }
            block_scalar = None;
        }
        if inside == Inside::Block {
            start_indent = indent;
            out.push_str(line);
        } else if !blank && indent <= start_indent {
            out.push_str(&" ".repeat(start_indent + 1 - indent));
            out.push_str(line);
            changed = true;
        } else {
            out.push_str(line);
        }
        let (after, starts_block_scalar) = scan_line(line, inside);
        inside = after;
        if starts_block_scalar {
            block_scalar = Some(indent);
        }
    }
    changed.then_some(out)
}

/// `text` with the tabs after every block mapping key's `:` turned into
/// spaces (libyaml takes them as separation, saphyr refuses them); `None`
/// when there are none. Lines inside quoted scalars, flow collections and
/// block scalars stay as they are.
pub(super) fn tabs_after_keys(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut inside = Inside::Block;
    let mut block_scalar: Option<usize> = None;
    let mut changed = false;
    for line in text.split_inclusive('\n') {
        let indent = line.len() - line.trim_start_matches(' ').len();
        if let Some(parent) = block_scalar {
            if line.trim().is_empty() || indent > parent {
                out.push_str(line);
                continue;
            }
            block_scalar = None;
        }
        let fixed = if inside == Inside::Block { key_tabs_to_spaces(line) } else { None };
        changed |= fixed.is_some();
        let line = fixed.as_deref().unwrap_or(line);
        out.push_str(line);
        let (after, starts_block_scalar) = scan_line(line, inside);
        inside = after;
        if starts_block_scalar {
            block_scalar = Some(indent);
        }
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
    let colon = (0..bytes.len()).find(|&i| bytes[i] == b':' && bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace()))?;
    if bytes.get(colon + 1) != Some(&b'\t') {
        return None;
    }
    // A comment before the colon makes it comment text.
    if line[..colon].contains(" #") {
        return None;
    }
    let after = &line[colon + 1..];
    let blanks = after.len() - after.trim_start_matches([' ', '\t']).len();
    Some(format!("{}:{}{}", &line[..colon], " ".repeat(blanks), &after[blanks..]))
}

/// Follows quotes, flow brackets and comments through one line; also tells
/// whether the line ends with a block scalar header (`|`, `>-`, …).
fn scan_line(line: &str, mut inside: Inside) -> (Inside, bool) {
    let chars: Vec<char> = line.chars().collect();
    let mut i = 0;
    let mut last_token_start = None;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let token_start = prev.is_none_or(|p| matches!(p, ' ' | '\t' | '[' | '{' | ','));
        match inside {
            Inside::Quote('\'') => {
                if c == '\'' {
                    if chars.get(i + 1) == Some(&'\'') {
                        i += 1;
                    } else {
                        inside = Inside::Block;
                    }
                }
            }
            Inside::Quote(_) => {
                if c == '\\' {
                    i += 1;
                } else if c == '"' {
                    inside = Inside::Block;
                }
            }
            Inside::Block | Inside::Flow(_) => {
                let depth = if let Inside::Flow(d) = inside { d } else { 0 };
                match c {
                    '#' if prev.is_none_or(|p| p == ' ' || p == '\t') => break,
                    '"' | '\'' if token_start || prev == Some(':') => {
                        // A quote opening a scalar; it returns to the flow
                        // (or block) context when it closes.
                        let closed = close_quote(&chars, i);
                        match closed {
                            Some(end) => i = end,
                            None => return (Inside::Quote(c), false),
                        }
                    }
                    '[' | '{' if depth > 0 || token_start => inside = Inside::Flow(depth + 1),
                    ']' | '}' if depth > 0 => inside = if depth == 1 { Inside::Block } else { Inside::Flow(depth - 1) },
                    '|' | '>' if depth == 0 && token_start => last_token_start = Some(i),
                    _ => {}
                }
            }
        }
        i += 1;
    }
    // A block scalar header: `|` or `>` with indicators, then nothing but a comment.
    let header = last_token_start.is_some_and(|start| {
        let rest: String = chars[start + 1..].iter().collect();
        let rest = rest.trim_start_matches(|c: char| c.is_ascii_digit() || c == '+' || c == '-');
        let rest = rest.trim();
        rest.is_empty() || rest.starts_with('#')
    });
    (inside, header && inside == Inside::Block)
}

/// The index of the quote closing the one at `open` on this line, if any.
fn close_quote(chars: &[char], open: usize) -> Option<usize> {
    let quote = chars[open];
    let mut i = open + 1;
    while i < chars.len() {
        match chars[i] {
            '\\' if quote == '"' => i += 1,
            '\'' if quote == '\'' && chars.get(i + 1) == Some(&'\'') => i += 1,
            c if c == quote => return Some(i),
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn continuation_lines_move_past_their_start_line() {
        assert_eq!(indent_continuations("a: \"x\ny\"\n").as_deref(), Some("a: \"x\n y\"\n"));
        assert_eq!(indent_continuations("a: [1,\n2]\nb: 3\n").as_deref(), Some("a: [1,\n 2]\nb: 3\n"));
        assert_eq!(indent_continuations("x:\n  a: [\n  1\n  ]\n").as_deref(), Some("x:\n  a: [\n   1\n   ]\n"));
        assert_eq!(indent_continuations("a: 'it''s\nok'\n").as_deref(), Some("a: 'it''s\n ok'\n"));
    }

    #[test]
    fn tabs_after_keys_become_spaces() {
        assert_eq!(tabs_after_keys("a:\tb\nc:\t\t1\n").as_deref(), Some("a: b\nc:  1\n"));
        assert_eq!(tabs_after_keys("- k:\tv\n").as_deref(), Some("- k: v\n"));
        assert_eq!(tabs_after_keys("a: |\n  x:\ty\n"), None);
        assert_eq!(tabs_after_keys("a: \"x:\ty\"\n"), None);
        assert_eq!(tabs_after_keys("# a:\tb\n"), None);
    }

    #[test]
    fn other_lines_stay() {
        assert_eq!(indent_continuations("a: [1, 2]\nb: \"x\"\n"), None);
        assert_eq!(indent_continuations("a: it's\nb: c\n"), None);
        assert_eq!(indent_continuations("a: |\n  [x\nb: y\n"), None);
        assert_eq!(indent_continuations("a: x # [\nb: y\n"), None);
    }
}
