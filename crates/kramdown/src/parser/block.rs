//! Simple block parsers: blank lines, `^`, paragraphs, headers, code blocks,
//! blockquotes, rules and math blocks.

use super::grammar::{
    BLANK_LINE, EOB_MARKER, INDENT, NS, OPT_SPACE, S, codeblock_match, definition_list_start,
    lazy_end, list_start_ol, list_start_ul,
};
use super::{Flow, Parser, add_text, pattern};
use crate::element::{Element, EobKind, Kind};
use crate::scanner::Pat;

pattern!(BLANK, BLANK_LINE);
pattern!(EOB, EOB_MARKER);
pattern!(LAZY_END, lazy_end(), lines 2);
pattern!(PARAGRAPH_START, format!(r"^{OPT_SPACE}[^ \t].*?\n"));
pattern!(PARAGRAPH_MATCH, r"^.*?\n");
pattern!(
    PARAGRAPH_END,
    format!("{}|{}", lazy_end(), definition_list_start()),
    lines 2
);
pattern!(
    PARAGRAPH_END_GFM,
    format!(
        "{}|{}|{}|{}|{}|{}|{}",
        lazy_end(),
        list_start_ul(),
        list_start_ol(),
        ATX_GFM,
        definition_list_start(),
        BLOCKQUOTE,
        FENCED_GFM_START
    ),
    lines 2
);
pattern!(
    SETEXT_START,
    format!(r"^{OPT_SPACE}([^ \t].*)\n([-=])[-=]*[ \t\r\x0C\x0B]*\n")
);
pattern!(ATX_START, r"^(#{1,6})[\t ]*([^ \t].*)\n");
pattern!(ATX_START_GFM, ATX_GFM);
pattern!(CODEBLOCK_START, INDENT);
pattern!(CODEBLOCK, codeblock_match());
pattern!(FENCED_START, "^~{3,}");
pattern!(FENCED_START_GFM, FENCED_GFM_START);
pattern!(
    FENCED_MATCH,
    format!(r"^((~){{3,}}){S}*?(({NS}+?)(?:\?{NS}*)?)?{S}*?\n((?s:.*?))^\1\2*{S}*?\n")
);
pattern!(
    FENCED_MATCH_GFM,
    format!(
        r"^ {{0,3}}(([~`]){{3,}}){S}*?(({NS}+?)(?:\?{NS}*)?)?{S}*?\n((?s:.*?))^ {{0,3}}\1\2*{S}*?\n"
    )
);
pattern!(BLOCKQUOTE_START, BLOCKQUOTE);
pattern!(
    HR_START,
    format!(r"^{OPT_SPACE}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n"),
    lines 1
);
pattern!(
    BLOCK_MATH_START,
    format!(r"^{OPT_SPACE}(\\)?\$\$((?s:.*?))\$\$({S}*?\n)?")
);
pattern!(
    HEADER_ID,
    format!(r"[\t ]\{{#({NAME_START}{NAME_CHAR}*)\}}\z")
);

const ATX_GFM: &str = r"^(#{1,6})[\t ]+(.*)\n";
const FENCED_GFM_START: &str = "^ {0,3}[~`]{3,}";
const BLOCKQUOTE: &str = "^ {0,3}> ?";
const NAME_START: &str = r"[:A-Z_a-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2FF}\x{370}-\x{37D}\x{37F}-\x{1FFF}\x{200C}-\x{200D}\x{2070}-\x{218F}\x{2C00}-\x{2FEF}\x{3001}-\x{D7FF}\x{F900}-\x{FDCF}\x{FDF0}-\x{FFFD}\x{10000}-\x{EFFFF}]";
const NAME_CHAR: &str = r"[:A-Z_a-z\x{C0}-\x{D6}\x{D8}-\x{F6}\x{F8}-\x{2FF}\x{370}-\x{37D}\x{37F}-\x{1FFF}\x{200C}-\x{200D}\x{2070}-\x{218F}\x{2C00}-\x{2FEF}\x{3001}-\x{D7FF}\x{F900}-\x{FDCF}\x{FDF0}-\x{FFFD}\x{10000}-\x{EFFFF}\-.0-9\x{B7}\x{300}-\x{36F}\x{203F}-\x{2040}]";

impl Parser {
    pub(super) fn parse_blank_line(&mut self, tree: &mut Element) -> Flow {
        let Some(c) = self.src.scan(&BLANK) else {
            return Flow::No;
        };
        let matched = c.s(0).to_owned();
        if let Some(last) = tree.children.last_mut()
            && last.kind == Kind::Blank
        {
            last.value.push_str(&matched);
        } else {
            let mut el = self.new_block_el(Kind::Blank);
            el.value = matched;
            tree.children.push(el);
        }
        Flow::Yes
    }

    pub(super) fn parse_eob_marker(&mut self, tree: &mut Element) -> Flow {
        if self.src.scan(&EOB).is_none() {
            return Flow::No;
        }
        let mut el = self.new_block_el(Kind::Eob);
        el.o.eob = EobKind::Marker;
        tree.children.push(el);
        Flow::Yes
    }

    fn paragraph_end(&self) -> &'static Pat {
        if self.options.gfm() && self.options.quirk("paragraph_end") {
            &PARAGRAPH_END_GFM
        } else {
            &PARAGRAPH_END
        }
    }

    pub(super) fn parse_paragraph(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&PARAGRAPH_START) {
            return Flow::No;
        }
        let pos = self.src.pos();
        let Some(first) = self.src.scan(&PARAGRAPH_MATCH) else {
            return Flow::No;
        };
        let mut result = first.s(0).to_owned();
        let end = self.paragraph_end();
        while !self.src.peek(end) {
            match self.src.scan(&PARAGRAPH_MATCH) {
                Some(c) => result.push_str(c.s(0)),
                None => break,
            }
        }
        let trimmed = result.trim_end_matches(is_ruby_space).to_owned();
        let text_type = self.text_type;
        if let Some(last) = tree.children.last_mut()
            && last.kind == Kind::P
        {
            if let Some(item) = last.children.last_mut()
                && item.kind == text_type
            {
                let text = self.src.text();
                let joiner = if pos >= 3 && text.get(pos - 3..pos) == Some("  \n") {
                    "  \n"
                } else {
                    "\n"
                };
                item.value.push_str(joiner);
                item.value.push_str(&trimmed);
            } else {
                add_text(last, &trimmed, text_type);
            }
        } else {
            let mut p = self.new_block_el(Kind::P);
            add_text(&mut p, trimmed.trim_start_matches(is_ruby_space), text_type);
            tree.children.push(p);
        }
        Flow::Yes
    }

    pub(super) fn parse_setext_header(&mut self, tree: &mut Element) -> Flow {
        let Some(c) = self.src.check(&SETEXT_START) else {
            return Flow::No;
        };
        if !self.after_block_boundary(tree) {
            return Flow::No;
        }
        let (text, id) = header_contents(c.s(1));
        if text.is_empty() {
            return Flow::No;
        }
        self.src.set_pos(c.end);
        let level = if c.s(2) == "-" { 2 } else { 1 };
        self.add_header(tree, level, text, id);
        Flow::Yes
    }

    pub(super) fn parse_atx_header(&mut self, tree: &mut Element) -> Flow {
        if self.options.gfm() {
            let Some(c) = self.src.check(&ATX_START_GFM) else {
                return Flow::No;
            };
            if !self.options.quirk("paragraph_end") && !self.after_block_boundary(tree) {
                return Flow::No;
            }
            let (mut text, id) = header_contents(c.s(2));
            if let Some(stripped) = strip_closing_hashes(&text, true) {
                text = stripped;
            }
            if text.is_empty() {
                return Flow::No;
            }
            self.src.set_pos(c.end);
            self.add_header(tree, c.s(1).len() as u8, text, id);
            Flow::Yes
        } else {
            let Some(c) = self.src.check(&ATX_START) else {
                return Flow::No;
            };
            if !self.after_block_boundary(tree) {
                return Flow::No;
            }
            let (mut text, id) = header_contents(c.s(2));
            if let Some(stripped) = strip_closing_hashes(&text, false) {
                text = stripped;
            }
            if text.is_empty() {
                return Flow::No;
            }
            self.src.set_pos(c.end);
            self.add_header(tree, c.s(1).len() as u8, text, id);
            Flow::Yes
        }
    }

    fn add_header(&mut self, tree: &mut Element, level: u8, text: String, id: Option<String>) {
        let mut el = self.new_block_el(Kind::Header);
        el.o.level = level;
        el.o.raw_text = text.clone();
        add_text(&mut el, &text, self.text_type);
        if let Some(id) = id {
            el.attr.set("id", id);
        }
        tree.children.push(el);
    }

    pub(super) fn parse_codeblock(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&CODEBLOCK_START) {
            return Flow::No;
        }
        pattern!(LAZY_JOIN, format!(r"\n( {{0,3}}{NS})"));
        pattern!(INDENT_RE, INDENT);
        let Some(c) = self.src.scan(&CODEBLOCK) else {
            return Flow::No;
        };
        let data = LAZY_JOIN.replace(c.s(0), true, |m| format!(" {}", m.s(1)));
        let data = INDENT_RE.replace(&data, true, |_| String::new());
        let mut el = self.new_block_el(Kind::Codeblock);
        el.value = data;
        tree.children.push(el);
        Flow::Yes
    }

    pub(super) fn parse_codeblock_fenced(&mut self, tree: &mut Element) -> Flow {
        let gfm = self.options.gfm();
        let (start, full): (&Pat, &Pat) = if gfm {
            (&FENCED_START_GFM, &FENCED_MATCH_GFM)
        } else {
            (&FENCED_START, &FENCED_MATCH)
        };
        if !self.src.peek(start) {
            return Flow::No;
        }
        let Some(c) = self.src.scan(full) else {
            return Flow::No;
        };
        let mut el = self.new_block_el(Kind::Codeblock);
        el.value = c.s(5).to_owned();
        let lang = c.s(3).trim_matches(is_ruby_space);
        if !lang.is_empty() {
            el.o.lang = Some(lang.to_owned());
            el.attr.set("class", format!("language-{}", c.s(4)));
        }
        tree.children.push(el);
        Flow::Yes
    }

    pub(super) fn parse_blockquote(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&BLOCKQUOTE_START) {
            return Flow::No;
        }
        let Some(first) = self.src.scan(&PARAGRAPH_MATCH) else {
            return Flow::No;
        };
        let mut result = first.s(0).to_owned();
        while !self.src.peek(&LAZY_END) {
            match self.src.scan(&PARAGRAPH_MATCH) {
                Some(c) => result.push_str(c.s(0)),
                None => break,
            }
        }
        let body = BLOCKQUOTE_START.replace(&result, true, |_| String::new());
        let mut el = self.new_block_el(Kind::Blockquote);
        self.parse_blocks(&mut el, Some(body));
        tree.children.push(el);
        Flow::Yes
    }

    pub(super) fn parse_horizontal_rule(&mut self, tree: &mut Element) -> Flow {
        if self.src.scan(&HR_START).is_none() {
            return Flow::No;
        }
        let el = self.new_block_el(Kind::Hr);
        tree.children.push(el);
        Flow::Yes
    }

    pub(super) fn parse_block_math(&mut self, tree: &mut Element) -> Flow {
        let Some(c) = self.src.check(&BLOCK_MATH_START) else {
            return Flow::No;
        };
        if !self.after_block_boundary(tree) {
            return Flow::No;
        }
        if c.get(1).is_some() {
            if c.get(3).is_some() {
                pattern!(ESCAPE, format!(r"^{OPT_SPACE}\\"));
                self.src.scan(&ESCAPE);
            }
            return Flow::No;
        }
        let saved = self.src.pos();
        self.src.set_pos(c.end);
        if self.before_block_boundary() {
            let mut el = self.new_block_el(Kind::Math);
            el.value = c.s(2).trim_matches(is_ruby_space).to_owned();
            tree.children.push(el);
            Flow::Yes
        } else {
            self.src.set_pos(saved);
            Flow::No
        }
    }
}

/// Ruby's whitespace for `strip`: space, `\t\n\v\f\r` and NUL.
pub(crate) fn is_ruby_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r' | '\0')
}

/// Header text without trailing space and without an `{#id}`.
fn header_contents(contents: &str) -> (String, Option<String>) {
    let text = contents.trim_end_matches(is_ruby_space);
    if let Some(c) = HEADER_ID.find_from(text, 0) {
        let id = c.s(1).to_owned();
        let t = text[..c.start].trim_end_matches(is_ruby_space).to_owned();
        (t, Some(id))
    } else {
        (text.to_owned(), None)
    }
}

/// Removes closing `#`s: GFM wants a space or tab before them, kramdown no backslash.
fn strip_closing_hashes(text: &str, gfm: bool) -> Option<String> {
    let without = text.trim_end_matches('#');
    if without.len() == text.len() {
        return None;
    }
    if gfm {
        let before = without.strip_suffix([' ', '\t'])?;
        Some(before.trim_end_matches(is_ruby_space).to_owned())
    } else {
        if without.ends_with('\\') {
            // `\#` keeps the first hash: kramdown only strips from the first unescaped one.
            let n = text.len() - without.len();
            if n <= 1 {
                return None;
            }
            return Some(
                text[..without.len() + 1]
                    .trim_end_matches(is_ruby_space)
                    .to_owned(),
            );
        }
        Some(without.trim_end_matches(is_ruby_space).to_owned())
    }
}
