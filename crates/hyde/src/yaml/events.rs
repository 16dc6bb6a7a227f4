//! The first document's parse events, read with saphyr-parser and brought in
//! line with libyaml (YAML 1.1, what Psych uses) where the two disagree on
//! inputs that real files contain:
//!
//! * `key:<TAB>value` is fine for libyaml; saphyr refuses it (the tabs are
//!   turned into spaces and the text read again);
//! * after a complete root node libyaml ends the document at whatever comes
//!   next, and Psych reads no further; saphyr rejects that content;
//! * a block scalar running into the end of a text without a final line break
//!   gets no line break from libyaml;
//! * continuation lines of quoted scalars and flow collections may sit at
//!   any indentation for libyaml (see [`indent`]);
//! * libyaml rejects a tab at the start of a line in block context, but
//!   for the blanks after a plain scalar and inside a block scalar (see
//!   [`indent::tab_in_indentation`]);
//! * libyaml rejects a tab after a block sequence's `-`, an implicit empty
//!   key (a line starting with `: `) and a plain scalar starting with `:`
//!   inside a flow collection.

use std::borrow::Cow;

use saphyr_parser::{Event, Marker, Parser, ScalarStyle, ScanError, Span, Tag};

use super::indent;

/// How many `key:<TAB>` separators one document may have fixed.
const MAX_TAB_FIXES: usize = 256;

/// The events of the first document of `text` (empty for an empty stream),
/// owned, with libyaml's reading of the text.
pub(super) fn first_document(text: &str) -> Result<Vec<(Event<'static>, Span)>, ScanError> {
    // libyaml ends an anchor name at the first character outside
    // `[0-9A-Za-z_-]`, so `&name:` is the anchor `name` on an empty key;
    // saphyr takes `name:` as the name. A space after the name says what
    // libyaml reads, unless that space landed inside a scalar.
    if let Some((spaced, inserted)) = space_after_anchor_names(text)
        && let Ok(events) = first_document_as_is(&spaced)
    {
        let in_scalar = |at: usize| {
            events.iter().any(|(e, span)| {
                matches!(e, Event::Scalar(..)) && span.start.index() <= at && at < span.end.index()
            })
        };
        if !inserted.iter().any(|&at| in_scalar(at)) {
            return Ok(events);
        }
    }
    first_document_as_is(text)
}

/// [`first_document`] without the anchor name fix.
fn first_document_as_is(text: &str) -> Result<Vec<(Event<'static>, Span)>, ScanError> {
    check_version(text)?;
    if let Some(tab) = indent::tab_in_indentation(text) {
        return Err(ScanError::new_str(
            Marker::new(0, tab.line + 1, tab.column),
            tab.message,
        ));
    }
    let mut patched: Option<String> = None;
    let mut last_error = None;
    let mut reindented = false;
    let mut tabs_fixed = false;
    for _ in 0..MAX_TAB_FIXES {
        let current = patched.as_deref().unwrap_or(text);
        match read(current) {
            Ok(events) => return Ok(events),
            // Tabs after a key's `:` are never content: libyaml takes them as
            // separation. All key lines first, then any leftover one by one.
            Err(error) if error.info() == "':' must be followed by a valid YAML whitespace" => {
                let all = if tabs_fixed {
                    None
                } else {
                    indent::tabs_after_keys(current)
                };
                tabs_fixed = true;
                patched = Some(
                    all.unwrap_or_else(|| tabs_to_spaces_before(current, error.marker().index())),
                );
                last_error = Some(error);
            }
            // libyaml does not check the indentation of continuation lines
            // of quoted scalars and flow collections.
            Err(error) if !reindented && indent::is_continuation_error(error.info()) => {
                reindented = true;
                match indent::indent_continuations(current) {
                    Some(fixed) => patched = Some(fixed),
                    None => return Err(error),
                }
                last_error = Some(error);
            }
            Err(error) if error.info().contains("unknown anchor") => {
                let name = alias_name(current, error.marker().index());
                return Err(ScanError::new(
                    *error.marker(),
                    format!("Unknown alias: {name}"),
                ));
            }
            Err(error) => return Err(error),
        }
    }
    Err(last_error.unwrap_or_else(|| ScanError::new_str(Marker::new(0, 1, 0), "too many tabs")))
}

/// `text` with a space after each anchor or alias name that libyaml ends
/// before a `:` or `?` saphyr would take into it, and the character indexes
/// of the spaces in the new text; `None` when there is no such name.
fn space_after_anchor_names(text: &str) -> Option<(String, Vec<usize>)> {
    if !text.contains(['&', '*']) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut inserts = Vec::new();
    let mut in_comment = false;
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|p| chars[p]);
        match c {
            '\n' => in_comment = false,
            '#' if prev.is_none_or(|p| p == ' ' || p == '\t' || p == '\n') => in_comment = true,
            '&' | '*'
                if !in_comment
                    && prev.is_none_or(|p| matches!(p, ' ' | '\t' | '\n' | '[' | '{' | ',')) =>
            {
                let name: Vec<char> = chars[i + 1..]
                    .iter()
                    .copied()
                    .take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '[' | ']' | '{' | '}'))
                    .collect();
                let valid = name
                    .iter()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-'))
                    .count();
                if valid > 0 && valid < name.len() && matches!(name[valid], ':' | '?') {
                    inserts.push(i + 1 + valid);
                }
            }
            _ => {}
        }
    }
    if inserts.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(text.len() + inserts.len());
    let mut next = inserts.iter().peekable();
    for (i, &c) in chars.iter().enumerate() {
        if next.peek() == Some(&&i) {
            out.push(' ');
            next.next();
        }
        out.push(c);
    }
    let shifted = inserts.iter().enumerate().map(|(k, at)| at + k).collect();
    Some((out, shifted))
}

/// libyaml reads YAML 1.x only: `%YAML 2.0` is an error (saphyr ignores it).
fn check_version(text: &str) -> Result<(), ScanError> {
    for (number, line) in text.lines().enumerate() {
        if line.starts_with("---") {
            break;
        }
        if let Some(version) = line
            .strip_prefix("%YAML")
            .filter(|v| v.starts_with([' ', '\t']))
            && version.trim_start().split('.').next() != Some("1")
        {
            let line = number + 1;
            return Err(ScanError::new_str(
                Marker::new(0, line, 0),
                "found incompatible YAML document",
            ));
        }
    }
    Ok(())
}

/// The name of the alias `*name` at character `index`.
fn alias_name(text: &str, index: usize) -> String {
    let rest = text.chars().skip(index).skip_while(|c| *c == '*');
    rest.take_while(|c| !c.is_whitespace() && !matches!(c, ',' | '[' | ']' | '{' | '}'))
        .collect()
}

/// An open collection.
struct Frame {
    /// Where it starts, in characters.
    start: usize,
    /// Where it starts (libyaml's "context" of an error inside it).
    mark: Marker,
    /// A flow collection (`[` or `{`).
    flow: bool,
    /// A mapping whose next node is a key.
    key_next: Option<bool>,
}

/// Reads the events of the first document of `text` once.
fn read(text: &str) -> Result<Vec<(Event<'static>, Span)>, ScanError> {
    let mut parser = Parser::new_from_str(text);
    let mut events = Vec::new();
    let mut in_document = false;
    let mut frames: Vec<Frame> = Vec::new();
    let mut root_done = false;
    let mut cursor = CharCursor {
        text,
        chars: 0,
        bytes: 0,
    };
    let unterminated_len = (!text.ends_with(['\n', '\r'])).then(|| text.chars().count());
    loop {
        let (mut event, span) = match parser.next_event() {
            Some(Ok(pair)) => pair,
            Some(Err(error)) if root_done && ends_document_in_libyaml(&error) => break,
            Some(Err(error)) => return Err(in_libyamls_words(error, &frames)),
            None => break,
        };
        match event {
            Event::StreamStart | Event::Nothing => continue,
            // Like `Psych.parse`, stop at the end of the first document.
            Event::StreamEnd | Event::DocumentEnd => break,
            Event::DocumentStart(_) => {
                in_document = true;
                continue;
            }
            _ if !in_document => {
                return Err(ScanError::new_str(span.start, "unexpected YAML event"));
            }
            _ => {}
        }
        let parent_expects_key = frames.last().and_then(|f| f.key_next) == Some(true);
        let parent_flow = frames.last().is_some_and(|f| f.flow);
        let parent_mark = frames.last().map_or(span.start, |f| f.mark);
        // libyaml takes no tab between a block sequence's `-` and its entry.
        let in_block_sequence = frames
            .last()
            .is_some_and(|f| !f.flow && f.key_next.is_none());
        if in_block_sequence && !matches!(event, Event::SequenceEnd | Event::MappingEnd) {
            let before = cursor.text_before(span.start.index());
            let entry = before.trim_end_matches([' ', '\t']);
            if entry.ends_with('-') && before[entry.len()..].contains('\t') {
                return Err(ScanError::new_str(
                    span.start,
                    "found character that cannot start any token while scanning for the next token",
                ));
            }
        }
        let completes = match &mut event {
            Event::SequenceStart(..) | Event::MappingStart(..) => {
                let start = span.start.index();
                // A block mapping whose first key is a flow collection starts
                // at the same `[` or `{` as that key.
                if let Some(parent) = frames.last_mut().filter(|f| f.start == start) {
                    parent.flow = false;
                }
                let flow = matches!(cursor.char_at(start), Some('[' | '{'));
                let key_next = matches!(event, Event::MappingStart(..)).then_some(true);
                frames.push(Frame {
                    start,
                    mark: span.start,
                    flow,
                    key_next,
                });
                false
            }
            Event::SequenceEnd | Event::MappingEnd => {
                frames.pop();
                true
            }
            Event::Scalar(value, style, anchor, tag) => {
                if *style == ScalarStyle::Plain && *anchor == 0 && tag.is_none() {
                    if value.is_empty()
                        && parent_expects_key
                        && cursor.char_at(span.start.index()) == Some(':')
                    {
                        let explicit = cursor
                            .text_before(span.start.index())
                            .trim_end()
                            .ends_with('?');
                        if !explicit {
                            return Err(ScanError::new_str(
                                parent_mark,
                                if parent_flow {
                                    "did not find expected node content while parsing a flow node"
                                } else {
                                    "did not find expected key while parsing a block mapping"
                                },
                            ));
                        }
                    }
                    if value.starts_with(':') && parent_flow {
                        return Err(ScanError::new_str(
                            span.start,
                            "did not find expected node content while parsing a flow node",
                        ));
                    }
                }
                if matches!(style, ScalarStyle::Literal | ScalarStyle::Folded)
                    && Some(span.end.index()) == unterminated_len
                    && value.ends_with('\n')
                    && last_line_in_block(text, span.start.col())
                {
                    value.to_mut().pop();
                }
                true
            }
            _ => true,
        };
        if let Some(parent) = frames.last_mut().filter(|_| completes) {
            parent.key_next = parent.key_next.map(|k| !k);
        }
        root_done = frames.is_empty();
        events.push((owned(event), span));
    }
    Ok(events)
}

/// saphyr's parser errors as libyaml words them for Psych: the problem, then the
/// context, at the context's mark (the start of the collection being parsed),
/// which is where Psych's message points (`did not find expected ',' or ']' while
/// parsing a flow sequence at line 2 column 6`).
fn in_libyamls_words(error: ScanError, frames: &[Frame]) -> ScanError {
    // (saphyr's message, libyaml's, a flow collection, a mapping)
    const WORDS: &[(&str, &str, bool, bool)] = &[
        (
            "while parsing a flow sequence, expected ',' or ']'",
            "did not find expected ',' or ']' while parsing a flow sequence",
            true,
            false,
        ),
        (
            "while parsing a flow mapping, did not find expected ',' or '}'",
            "did not find expected ',' or '}' while parsing a flow mapping",
            true,
            true,
        ),
        (
            "while parsing a block mapping, did not find expected key",
            "did not find expected key while parsing a block mapping",
            false,
            true,
        ),
        (
            "while parsing a block collection, did not find expected '-' indicator",
            "did not find expected '-' indicator while parsing a block collection",
            false,
            false,
        ),
    ];
    let Some((_, words, flow, mapping)) = WORDS.iter().find(|w| w.0 == error.info()) else {
        return error;
    };
    let context = frames
        .iter()
        .rev()
        .find(|f| f.flow == *flow && f.key_next.is_some() == *mapping);
    match context {
        Some(frame) => ScanError::new_str(frame.mark, words),
        None => error,
    }
}

/// saphyr's errors for content after a complete root node, where libyaml
/// quietly ends the document instead.
fn ends_document_in_libyaml(error: &ScanError) -> bool {
    matches!(
        error.info(),
        "did not find expected <document start>"
            | "a byte order mark must not appear inside a document"
            | "missing explicit document end marker before directive"
    )
}

/// Whether the text's last line (which has no line break) belongs to a block
/// scalar indented by `indent`: it has content, or at least that much
/// indentation.
fn last_line_in_block(text: &str, indent: usize) -> bool {
    let tail = text.rsplit(['\n', '\r']).next().unwrap_or(text);
    tail.chars().any(|c| c != ' ') || tail.len() >= indent
}

/// `text` with the tabs (among blanks) just before character `index` turned
/// into spaces; positions of everything else stay the same.
fn tabs_to_spaces_before(text: &str, index: usize) -> String {
    let byte = text
        .char_indices()
        .nth(index)
        .map_or(text.len(), |(i, _)| i);
    let head = &text[..byte];
    let blanks = head.len() - head.trim_end_matches([' ', '\t']).len();
    let mut out = String::with_capacity(text.len());
    out.push_str(&head[..byte - blanks]);
    out.push_str(&head[byte - blanks..].replace('\t', " "));
    out.push_str(&text[byte..]);
    out
}

/// An event that no longer borrows the text.
fn owned(event: Event<'_>) -> Event<'static> {
    let tag = |tag: Option<Cow<'_, Tag>>| tag.map(|t| Cow::Owned(t.into_owned()));
    match event {
        Event::Scalar(text, style, anchor, t) => {
            Event::Scalar(Cow::Owned(text.into_owned()), style, anchor, tag(t))
        }
        Event::SequenceStart(anchor, t) => Event::SequenceStart(anchor, tag(t)),
        Event::MappingStart(anchor, t) => Event::MappingStart(anchor, tag(t)),
        Event::Alias(id) => Event::Alias(id),
        Event::SequenceEnd => Event::SequenceEnd,
        Event::MappingEnd => Event::MappingEnd,
        Event::StreamStart => Event::StreamStart,
        Event::StreamEnd => Event::StreamEnd,
        Event::DocumentStart(explicit) => Event::DocumentStart(explicit),
        Event::DocumentEnd => Event::DocumentEnd,
        Event::Nothing => Event::Nothing,
    }
}

/// Finds characters by index in a text, cheaply for increasing indexes
/// (saphyr counts positions in characters).
struct CharCursor<'t> {
    text: &'t str,
    /// A character index and its byte offset.
    chars: usize,
    bytes: usize,
}

impl<'t> CharCursor<'t> {
    /// Moves to character index `index`; false past the end.
    fn seek(&mut self, index: usize) -> bool {
        if index < self.chars {
            (self.chars, self.bytes) = (0, 0);
        }
        let mut rest = self.text[self.bytes..].chars();
        while self.chars < index {
            let Some(c) = rest.next() else { return false };
            self.bytes += c.len_utf8();
            self.chars += 1;
        }
        true
    }

    /// The character at character index `index`.
    fn char_at(&mut self, index: usize) -> Option<char> {
        if self.seek(index) {
            self.text[self.bytes..].chars().next()
        } else {
            None
        }
    }

    /// The text before character index `index`.
    fn text_before(&mut self, index: usize) -> &'t str {
        if self.seek(index) {
            &self.text[..self.bytes]
        } else {
            self.text
        }
    }
}
