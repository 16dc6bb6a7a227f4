//! Ruby Liquid's blank blocks: a block whose body holds only whitespace and
//! blank tags (`assign`, `capture`, `comment`, blank blocks) renders nothing,
//! so `{% if x %}\n  {% assign y = 1 %}\n{% endif %}` leaves no newlines.
//! The front end sees the whole block structure, so it decides here and
//! renames such blocks to their silent twins (see [`BLANK_PREFIX`]).

/// Prefix of the silent twin of a block (`__hyde_blank_if`).
pub(crate) const BLANK_PREFIX: &str = "__hyde_blank_";

/// Blocks that may be blank.
pub(crate) const BLOCKS: &[&str] = &["if", "unless", "case", "for", "tablerow", "ifchanged"];

/// Blocks that are always blank, whatever they hold.
const OPAQUE: &[&str] = &["capture", "comment"];

/// Tags that print nothing.
const BLANK_TAGS: &[&str] = &["assign", "else", "elsif", "when"];

struct Open {
    name: String,
    insert_at: usize,
    blank: bool,
}

/// Follows the blocks of a template as the front end writes it.
#[derive(Default)]
pub(crate) struct Tracker {
    stack: Vec<Open>,
    /// The deepest nesting of blocks seen (Ruby Liquid's `parse_context.depth`).
    pub(crate) max_depth: usize,
}

impl Tracker {
    fn spoil(&mut self) {
        if let Some(top) = self.stack.last_mut()
            && !OPAQUE.contains(&top.name.as_str())
        {
            top.blank = false;
        }
    }

    /// Text between markup.
    pub(crate) fn text(&mut self, text: &str) {
        if !text
            .chars()
            .all(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}'))
        {
            self.spoil();
        }
    }

    /// A `{{ }}` output (or a tag that prints).
    pub(crate) fn output(&mut self) {
        self.spoil();
    }

    /// A tag named `name` whose name was written at `name_at` in `out`.
    pub(crate) fn tag(&mut self, name: &str, name_at: usize, out: &mut String) {
        if BLOCKS.contains(&name) || OPAQUE.contains(&name) {
            self.stack.push(Open {
                name: name.to_owned(),
                insert_at: name_at,
                blank: true,
            });
            self.max_depth = self.max_depth.max(self.stack.len());
            return;
        }
        if let Some(closed) = name.strip_prefix("end")
            && self.stack.last().is_some_and(|top| top.name == closed)
        {
            if let Some(top) = self.stack.pop() {
                if OPAQUE.contains(&closed) {
                    return;
                }
                if top.blank {
                    out.insert_str(top.insert_at, BLANK_PREFIX);
                } else {
                    self.spoil();
                }
            }
            return;
        }
        if !BLANK_TAGS.contains(&name) {
            self.spoil();
        }
    }
}
