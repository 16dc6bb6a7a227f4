//! kramdown's parser (with the GFM dialect of kramdown-parser-gfm): Markdown
//! text to an [`Element`] tree.
//!
//! kramdown is not CommonMark: its block rules (lazy lines, list item
//! indentation, where a paragraph ends, raw HTML blocks, IALs) differ from
//! what pulldown-cmark and comrak implement, so the parser follows kramdown's
//! own grammar — block parsers tried in a fixed order at each line, span
//! parsers found by their start patterns — to build the same tree.

mod abbrev;
mod block;
mod extensions;
mod gfm;
mod grammar;
mod html;
mod list;
pub(crate) mod smarty_pants;
mod span;
mod span_start;
mod table;

use std::collections::HashMap;

use crate::element::{Attrs, Element, EobKind, Ial, Kind};
use crate::options::Options;
use crate::scanner::{Caps, Pat, Scanner};
pub(crate) use span_start::KRAMDOWN_ESCAPED_CHARS;
use span_start::{span_start, span_start_re};

pub(crate) use grammar::HTML_ELEMENTS_WITHOUT_BODY;

/// A parsed document.
#[derive(Debug)]
pub(crate) struct Document {
    /// The tree.
    pub(crate) root: Element,
    /// Footnote contents by name.
    pub(crate) footnotes: HashMap<String, Element>,
    /// Abbreviation titles by abbreviation.
    pub(crate) abbrev_defs: Vec<(String, String)>,
    /// Abbreviation attributes by abbreviation.
    pub(crate) abbrev_attrs: HashMap<String, Attrs>,
    /// The options, as `{::options}` left them.
    pub(crate) options: Options,
}

/// What a block parser did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Flow {
    /// It did not apply; try the next parser.
    No,
    /// It consumed input.
    Yes,
    /// An HTML end tag closed the element being parsed.
    Stop,
}

impl From<bool> for Flow {
    fn from(b: bool) -> Flow {
        if b { Flow::Yes } else { Flow::No }
    }
}

/// A link definition.
#[derive(Clone, Debug)]
pub(crate) struct LinkDef {
    pub(crate) url: String,
    pub(crate) title: Option<String>,
    pub(crate) ial: Option<Ial>,
}

/// The block parsers, in the order kramdown tries them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum BlockParser {
    BlankLine,
    Codeblock,
    CodeblockFenced,
    Blockquote,
    AtxHeader,
    HorizontalRule,
    List,
    DefinitionList,
    BlockHtml,
    SetextHeader,
    BlockMath,
    Table,
    FootnoteDefinition,
    LinkDefinition,
    AbbrevDefinition,
    BlockExtensions,
    EobMarker,
    Paragraph,
}

const BLOCK_PARSERS: [BlockParser; 18] = [
    BlockParser::BlankLine,
    BlockParser::Codeblock,
    BlockParser::CodeblockFenced,
    BlockParser::Blockquote,
    BlockParser::AtxHeader,
    BlockParser::HorizontalRule,
    BlockParser::List,
    BlockParser::DefinitionList,
    BlockParser::BlockHtml,
    BlockParser::SetextHeader,
    BlockParser::BlockMath,
    BlockParser::Table,
    BlockParser::FootnoteDefinition,
    BlockParser::LinkDefinition,
    BlockParser::AbbrevDefinition,
    BlockParser::BlockExtensions,
    BlockParser::EobMarker,
    BlockParser::Paragraph,
];

/// The span parsers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SpanParser {
    Emphasis,
    Codespan,
    Autolink,
    SpanHtml,
    FootnoteMarker,
    Link,
    SmartQuotes,
    InlineMath,
    SpanExtensions,
    HtmlEntity,
    TypographicSyms,
    LineBreak,
    EscapedChars,
    Strikethrough,
}

/// When `parse_spans` may stop at its stop pattern.
#[derive(Clone, Copy, Debug)]
pub(crate) enum StopWhen<'a> {
    /// At the first match.
    Always,
    /// The end of emphasis with this delimiter.
    Emphasis { delim: &'a str, em: bool },
    /// A closing bracket that balances the link text.
    Link,
}

/// The parser's state.
pub(crate) struct Parser {
    pub(crate) options: Options,
    pub(crate) src: Scanner,
    pub(crate) block_ial: Option<Ial>,
    pub(crate) alds: HashMap<String, Ial>,
    pub(crate) footnotes: HashMap<String, Element>,
    pub(crate) footnote_order: Vec<String>,
    pub(crate) link_defs: HashMap<String, LinkDef>,
    pub(crate) abbrev_defs: Vec<(String, String)>,
    pub(crate) abbrev_attrs: HashMap<String, Attrs>,
    pub(crate) abbrev_ials: HashMap<String, Ial>,
    pub(crate) text_type: Kind,
    /// Kinds of the span elements being parsed, innermost last.
    pub(crate) span_stack: Vec<Kind>,
    pub(crate) span_parsers: Vec<SpanParser>,
    pub(crate) gfm_id_counter: HashMap<String, usize>,
    /// Counts the `[` while a link text is parsed.
    pub(crate) link_bracket_count: i64,
    /// How many `parse_blocks` calls are active.
    pub(crate) block_depth: usize,
    /// Where any of `span_parsers` may start.
    default_span_start: std::sync::Arc<Pat>,
}

/// Deeper block nesting (blockquotes, lists, HTML) is kept as text, so that
/// absurd input cannot overflow the stack (kramdown itself fails on it).
pub(crate) const MAX_BLOCK_DEPTH: usize = 32;

/// Deeper span nesting (emphasis, links, HTML) is kept as text.
const MAX_SPAN_DEPTH: usize = 32;

macro_rules! pattern {
    ($name:ident, $e:expr) => {
        pub(crate) static $name: std::sync::LazyLock<crate::scanner::Pat> =
            std::sync::LazyLock::new(|| crate::scanner::Pat::new(&$e));
    };
    ($name:ident, $e:expr, lines $n:expr) => {
        pub(crate) static $name: std::sync::LazyLock<crate::scanner::Pat> =
            std::sync::LazyLock::new(|| crate::scanner::Pat::lines(&$e, $n));
    };
}
pub(crate) use pattern;

/// Parses `source` with `options`.
pub(crate) fn parse(source: &str, options: &Options) -> Document {
    let mut p = Parser::new(options.clone());
    let mut root = Element::new(Kind::Root);
    let text = adapt_source(source);
    p.parse_blocks(&mut root, Some(text));
    p.update_tree(&mut root);
    p.replace_abbreviations(&mut root);
    let mut footnotes = std::mem::take(&mut p.footnotes);
    for name in p.footnote_order.clone() {
        if let Some(mut content) = footnotes.remove(&name) {
            p.update_tree(&mut content);
            p.replace_abbreviations(&mut content);
            footnotes.insert(name, content);
        }
    }
    if p.options.gfm() {
        p.update_elements(&mut root);
    }
    Document {
        root,
        footnotes,
        abbrev_defs: p.abbrev_defs,
        abbrev_attrs: p.abbrev_attrs,
        options: p.options,
    }
}

/// Normalizes line ends and makes the text end with exactly one newline.
fn adapt_source(source: &str) -> String {
    let mut s = source.replace("\r\n", "\n").replace('\r', "\n");
    if s.ends_with('\n') {
        s.pop();
    }
    s.push('\n');
    s
}

impl Parser {
    fn new(options: Options) -> Parser {
        let mut span_parsers = vec![
            SpanParser::Emphasis,
            SpanParser::Codespan,
            SpanParser::Autolink,
            SpanParser::SpanHtml,
            SpanParser::FootnoteMarker,
            SpanParser::Link,
            SpanParser::SmartQuotes,
            SpanParser::InlineMath,
            SpanParser::SpanExtensions,
            SpanParser::HtmlEntity,
            SpanParser::TypographicSyms,
            SpanParser::LineBreak,
            SpanParser::EscapedChars,
        ];
        if options.gfm() {
            if options.hard_wrap {
                span_parsers.retain(|p| *p != SpanParser::LineBreak);
            }
            if options.quirk("no_auto_typographic") {
                span_parsers.retain(|p| *p != SpanParser::TypographicSyms);
            }
            span_parsers.push(SpanParser::Strikethrough);
        }
        let default_span_start = span_start(&span_parsers);
        Parser {
            options,
            src: Scanner::default(),
            block_ial: None,
            alds: HashMap::new(),
            footnotes: HashMap::new(),
            footnote_order: Vec::new(),
            link_defs: HashMap::new(),
            abbrev_defs: Vec::new(),
            abbrev_attrs: HashMap::new(),
            abbrev_ials: HashMap::new(),
            text_type: Kind::RawText,
            span_stack: Vec::new(),
            span_parsers,
            gfm_id_counter: HashMap::new(),
            link_bracket_count: 0,
            block_depth: 0,
            default_span_start,
        }
    }

    /// Parses blocks into `el`, from `text` or (when `None`) from the current source.
    /// Returns whether an HTML end tag for `el` stopped the parsing.
    pub(crate) fn parse_blocks(&mut self, el: &mut Element, text: Option<String>) -> bool {
        if self.block_depth >= MAX_BLOCK_DEPTH {
            if let Some(t) = text {
                let mut p = Element::new(Kind::P);
                add_text(&mut p, &t, self.text_type);
                el.children.push(p);
            }
            return false;
        }
        self.block_depth += 1;
        let stopped = self.parse_blocks_at_depth(el, text);
        self.block_depth -= 1;
        stopped
    }

    fn parse_blocks_at_depth(&mut self, el: &mut Element, text: Option<String>) -> bool {
        let saved_ial = self.block_ial.take();
        let saved_src = text.map(|t| std::mem::replace(&mut self.src, Scanner::new(t)));
        let mut stopped = false;
        'outer: while !self.src.eos() {
            let mut handled = false;
            for parser in BLOCK_PARSERS {
                match self.try_block(parser, el) {
                    Flow::No => {}
                    Flow::Yes => {
                        handled = true;
                        break;
                    }
                    Flow::Stop => {
                        stopped = true;
                        break 'outer;
                    }
                }
            }
            if !handled {
                let line = self.src.getch();
                add_text(el, &line, self.text_type);
            }
        }
        if let Some(src) = saved_src {
            self.src = src;
        }
        self.block_ial = saved_ial;
        stopped
    }

    fn try_block(&mut self, parser: BlockParser, el: &mut Element) -> Flow {
        match parser {
            BlockParser::BlankLine => self.parse_blank_line(el),
            BlockParser::Codeblock => self.parse_codeblock(el),
            BlockParser::CodeblockFenced => self.parse_codeblock_fenced(el),
            BlockParser::Blockquote => self.parse_blockquote(el),
            BlockParser::AtxHeader => self.parse_atx_header(el),
            BlockParser::HorizontalRule => self.parse_horizontal_rule(el),
            BlockParser::List => self.parse_list(el),
            BlockParser::DefinitionList => self.parse_definition_list(el),
            BlockParser::BlockHtml => self.parse_block_html(el),
            BlockParser::SetextHeader => self.parse_setext_header(el),
            BlockParser::BlockMath => self.parse_block_math(el),
            BlockParser::Table => self.parse_table(el),
            BlockParser::FootnoteDefinition => self.parse_footnote_definition(el),
            BlockParser::LinkDefinition => self.parse_link_definition(el),
            BlockParser::AbbrevDefinition => self.parse_abbrev_definition(el),
            BlockParser::BlockExtensions => self.parse_block_extensions(el),
            BlockParser::EobMarker => self.parse_eob_marker(el),
            BlockParser::Paragraph => self.parse_paragraph(el),
        }
    }

    /// A new block element, taking the pending block IAL.
    pub(crate) fn new_block_el(&mut self, kind: Kind) -> Element {
        let mut el = Element::new(kind);
        if let Some(ial) = self.block_ial.take() {
            el.o.ial = Some(ial);
        }
        el
    }

    /// Whether a block may start here (after a blank line, `^`, or a block IAL).
    pub(crate) fn after_block_boundary(&self, tree: &Element) -> bool {
        match tree.children.last() {
            None => true,
            Some(last) => {
                last.kind == Kind::Blank
                    || (last.kind == Kind::Eob && last.o.eob == EobKind::Marker)
                    || self.block_ial.is_some()
            }
        }
    }

    /// Whether a block ends here.
    pub(crate) fn before_block_boundary(&self) -> bool {
        pattern!(
            BLOCK_BOUNDARY,
            format!(
                "{}|{}|{}|{}",
                grammar::BLANK_LINE,
                grammar::EOB_MARKER,
                grammar::ial_block_start(),
                grammar::END
            ),
            lines 2
        );
        self.src.peek(&BLOCK_BOUNDARY)
    }

    /// Replaces raw text by parsed spans, applies IALs, drops end-of-block markers.
    pub(crate) fn update_tree(&mut self, element: &mut Element) {
        let children = std::mem::take(&mut element.children);
        let mut out: Vec<Element> = Vec::with_capacity(children.len());
        let mut last_blank: Option<usize> = None;
        for mut child in children {
            match child.kind {
                Kind::RawText => {
                    last_blank = None;
                    let value = std::mem::take(&mut child.value);
                    let saved = std::mem::replace(&mut self.src, Scanner::new(value));
                    let saved_stack = std::mem::take(&mut self.span_stack);
                    self.text_type = Kind::Text;
                    self.parse_spans(&mut child, None, None, Kind::Text, StopWhen::Always);
                    self.src = saved;
                    self.span_stack = saved_stack;
                    self.text_type = Kind::RawText;
                    out.append(&mut child.children);
                }
                Kind::Eob => {}
                Kind::Blank => {
                    if let Some(i) = last_blank
                        && let Some(prev) = out.get_mut(i)
                    {
                        prev.value.push_str(&child.value);
                    } else {
                        last_blank = Some(out.len());
                        out.push(child);
                    }
                }
                _ => {
                    last_blank = None;
                    self.update_tree(&mut child);
                    if let Some(ial) = child.o.ial.clone() {
                        self.update_attr_with_ial(&mut child.attr, &ial);
                    }
                    if child.kind == Kind::Dt
                        || (child.kind == Kind::Header && self.auto_id_stripping())
                    {
                        child.o.raw_text = self.raw_text_of(&child);
                    }
                    out.push(child);
                }
            }
        }
        element.children = out;
    }

    fn auto_id_stripping(&self) -> bool {
        self.options.auto_id_stripping || self.options.gfm()
    }

    /// Applies an IAL (and the ALDs it references) to attributes.
    pub(crate) fn update_attr_with_ial(&self, attr: &mut Attrs, ial: &Ial) {
        for r in &ial.refs {
            if let Some(ald) = self.alds.get(r) {
                let ald = ald.clone();
                self.update_attr_with_ial(attr, &ald);
            }
        }
        for (k, v) in &ial.attrs.0 {
            if k == "class" {
                let joined = format!("{} {}", attr.get("class").unwrap_or(""), v);
                attr.set("class", joined.trim_start().to_owned());
            } else {
                attr.set(k, v.clone());
            }
        }
    }

    /// Parses span-level text from the current source into `el`.
    ///
    /// Stops at `stop` when `when` allows; returns whether it stopped there.
    pub(crate) fn parse_spans(
        &mut self,
        el: &mut Element,
        stop: Option<&Pat>,
        parsers: Option<&[SpanParser]>,
        text_type: Kind,
        when: StopWhen<'_>,
    ) -> bool {
        let saved_type = self.text_type;
        self.text_type = text_type;
        self.span_stack.push(el.kind);
        let parsers: Vec<SpanParser> =
            parsers.map_or_else(|| self.span_parsers.clone(), <[SpanParser]>::to_vec);
        let start = if parsers == self.span_parsers {
            std::sync::Arc::clone(&self.default_span_start)
        } else {
            span_start(&parsers)
        };
        let mut stop_found = false;
        while !self.src.eos() && !stop_found {
            let next = start.find_from(self.src.text(), self.src.pos());
            let stop_next = stop.and_then(|s| s.find_from(self.src.text(), self.src.pos()));
            let at = match (
                next.as_ref().map(|c| c.start),
                stop_next.as_ref().map(|c| c.start),
            ) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            let Some(at) = at else {
                if stop.is_none() {
                    let rest = self.src.rest().to_owned();
                    add_text(el, &rest, text_type);
                    self.src.terminate();
                }
                break;
            };
            let skipped = self.src.text()[self.src.pos()..at].to_owned();
            add_text(el, &skipped, text_type);
            self.src.set_pos(at);
            if let Some(stop) = stop
                && self.src.peek(stop)
            {
                stop_found = self.stop_allowed(el, when);
            }
            if stop_found {
                break;
            }
            let mut processed = false;
            let too_deep = self.span_stack.len() > MAX_SPAN_DEPTH;
            for &p in &parsers {
                if too_deep
                    && matches!(
                        p,
                        SpanParser::Emphasis
                            | SpanParser::Link
                            | SpanParser::SpanHtml
                            | SpanParser::Strikethrough
                    )
                {
                    continue;
                }
                if let Some(caps) =
                    self.src
                        .check(if p == SpanParser::EscapedChars && !self.options.gfm() {
                            &KRAMDOWN_ESCAPED_CHARS
                        } else {
                            span_start_re(p)
                        })
                {
                    self.parse_span(p, el, caps);
                    processed = true;
                    break;
                }
            }
            if !processed {
                let ch = self.src.getch();
                add_text(el, &ch, text_type);
            }
        }
        self.span_stack.pop();
        self.text_type = saved_type;
        stop_found
    }

    fn stop_allowed(&mut self, el: &Element, when: StopWhen<'_>) -> bool {
        match when {
            StopWhen::Always => true,
            StopWhen::Emphasis { delim, em } => {
                let before_ws = self
                    .src
                    .before()
                    .chars()
                    .last()
                    .is_some_and(|c| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C'));
                let rest = self.src.rest();
                let double = format!("{delim}{delim}");
                let em_blocked =
                    em && rest.starts_with(&double) && !rest[double.len()..].starts_with(delim);
                let underscore_blocked = delim.starts_with('_')
                    && rest[delim.len().min(rest.len())..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric);
                !before_ws && !em_blocked && !underscore_blocked && !el.children.is_empty()
            }
            StopWhen::Link => {
                let closing = self.src.rest().starts_with(']');
                self.link_bracket_count += if closing { -1 } else { 1 };
                let imgs = el.children.iter().filter(|c| c.kind == Kind::Img).count() as i64;
                self.link_bracket_count - imgs == 0
            }
        }
    }

    fn parse_span(&mut self, p: SpanParser, el: &mut Element, caps: Caps) {
        match p {
            SpanParser::Emphasis => self.parse_emphasis(el, &caps),
            SpanParser::Codespan => self.parse_codespan(el, &caps),
            SpanParser::Autolink => self.parse_autolink(el, &caps),
            SpanParser::SpanHtml => self.parse_span_html(el),
            SpanParser::FootnoteMarker => self.parse_footnote_marker(el, &caps),
            SpanParser::Link => self.parse_link(el, &caps),
            SpanParser::SmartQuotes => self.parse_smart_quotes(el),
            SpanParser::InlineMath => self.parse_inline_math(el, &caps),
            SpanParser::SpanExtensions => self.parse_span_extensions(el),
            SpanParser::HtmlEntity => self.parse_html_entity(el, &caps),
            SpanParser::TypographicSyms => self.parse_typographic_syms(el, &caps),
            SpanParser::LineBreak => self.parse_line_break(el, &caps),
            SpanParser::EscapedChars => self.parse_escaped_chars(el, &caps),
            SpanParser::Strikethrough => self.parse_strikethrough(el, &caps),
        }
    }
}

/// Appends text to `tree`, merging with a last child of the same text kind.
pub(crate) fn add_text(tree: &mut Element, text: &str, kind: Kind) {
    if let Some(last) = tree.children.last_mut()
        && last.kind == kind
    {
        last.value.push_str(text);
        return;
    }
    if !text.is_empty() {
        tree.children.push(Element::with_value(kind, text));
    }
}
