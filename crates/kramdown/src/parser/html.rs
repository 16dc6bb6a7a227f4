//! HTML in Markdown: block-level HTML (kept raw unless `markdown="1"` or
//! `parse_block_html`), span-level HTML, comments.

use super::grammar::{
    HTML_BLOCK_ELEMENTS, HTML_COMMENT, HTML_ELEMENTS_WITHOUT_BODY, HTML_SPAN_ELEMENTS, OPT_SPACE,
    S, UNAME, content_model, html_tag, html_tag_close, is_html_element,
};
use super::{Flow, Parser, SpanParser, StopWhen, add_text, pattern};
use crate::element::{Attrs, ContentModel, Element, Kind};
use crate::scanner::{Caps, dynamic, escape};

pattern!(BLOCK_START, format!("^{OPT_SPACE}<({UNAME}|!--|/)"));
pattern!(COMMENT, HTML_COMMENT);
pattern!(INSTRUCTION, r"<\?(?s:(.*?))\?>");
pattern!(TAG, html_tag(), lines 30);
pattern!(TAG_INDENTED, format!("^{OPT_SPACE}{}", html_tag()), lines 30);
pattern!(TAG_CLOSE, html_tag_close());
pattern!(
    TAG_CLOSE_INDENTED,
    format!("^{OPT_SPACE}{}", html_tag_close())
);
pattern!(TRAILING_WHITESPACE, r"[ \t]*\n");
pattern!(RAW_START, format!(r"<(?:{UNAME}|/|!--|\?)"));
pattern!(
    ATTRIBUTE,
    format!(r#"{S}*({UNAME})(?:{S}*={S}*(?:(\w+)|("|')((?s:.*?))\3))?"#)
);
pattern!(NEWLINES, r"\n+");

/// Parses the attribute text of a tag.
pub(crate) fn parse_html_attributes(text: &str, known_element: bool) -> Attrs {
    let mut attrs = Attrs::default();
    for c in ATTRIBUTE.find_all(text) {
        let mut name = c.s(1).to_owned();
        if known_element {
            name = name.to_lowercase();
        }
        let value = c.get(2).or(c.get(4)).unwrap_or("").to_owned();
        attrs.set(&name, value);
    }
    attrs
}

fn markdown_attr(attrs: &mut Attrs) -> Option<&'static str> {
    match attrs.remove("markdown").as_deref() {
        Some("0") => Some("raw"),
        Some("1") => Some("default"),
        Some("span") => Some("span"),
        Some("block") => Some("block"),
        _ => None,
    }
}

impl Parser {
    pub(super) fn parse_block_html(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&BLOCK_START) {
            return Flow::No;
        }
        if let Some(c) = self.src.scan(&COMMENT) {
            let mut el = Element::with_value(Kind::XmlComment, c.s(0));
            el.o.span = false;
            tree.children.push(el);
            self.src.scan(&TRAILING_WHITESPACE);
            return Flow::Yes;
        }
        if let Some(c) = self.src.check(&TAG_INDENTED)
            && !HTML_SPAN_ELEMENTS.contains(&c.s(1).to_lowercase().as_str())
        {
            self.src.set_pos(c.end);
            self.handle_html_start_tag(tree, &c);
            return Flow::Yes;
        }
        if let Some(c) = self.src.check(&TAG_CLOSE_INDENTED)
            && !HTML_SPAN_ELEMENTS.contains(&c.s(1).to_lowercase().as_str())
        {
            let name = c.s(1).to_lowercase();
            if tree.kind == Kind::HtmlElement && tree.value == name {
                self.src.set_pos(c.end);
                return Flow::Stop;
            }
        }
        Flow::No
    }

    /// Handles a start tag just scanned (`c` from the tag pattern), adding the element to `tree`.
    fn handle_html_start_tag(&mut self, tree: &mut Element, c: &Caps) {
        let mut name = c.s(1).to_owned();
        let lower = name.to_lowercase();
        let known = is_html_element(&lower);
        if known {
            name = lower;
        }
        let mut closed = c.get(4).is_some();
        let mut el = Element::new(Kind::HtmlElement);
        el.value = name.clone();
        el.attr = parse_html_attributes(c.s(2), known);
        if !closed && HTML_ELEMENTS_WITHOUT_BODY.contains(&name.as_str()) {
            closed = true;
        }
        if name == "script" || name == "style" {
            self.handle_raw_html_tag(&mut el, &name);
            self.handle_kramdown_html_tag(tree, &mut el, false, false);
        } else {
            self.handle_kramdown_html_tag(tree, &mut el, closed, true);
        }
        tree.children.push(el);
    }

    fn handle_raw_html_tag(&mut self, el: &mut Element, name: &str) {
        let close = dynamic(&format!("(?i)</{}{S}*>", escape(name)));
        let start = self.src.pos();
        if let Some(c) = close.find_from(self.src.text(), start) {
            let body = self.src.text()[start..c.start].to_owned();
            add_text(el, &body, Kind::Raw);
            self.src.set_pos(c.end);
        } else {
            let rest = self.src.rest().to_owned();
            add_text(el, &rest, Kind::Raw);
            self.src.terminate();
        }
        // Raw text from a tag body has no category: no newline after it.
        if let Some(last) = el.children.last_mut() {
            last.o.span = true;
        }
    }

    fn handle_kramdown_html_tag(
        &mut self,
        parent: &Element,
        el: &mut Element,
        closed: bool,
        handle_body: bool,
    ) {
        if let Some(ial) = self.block_ial.take() {
            el.o.ial = Some(ial);
        }
        let parent_raw =
            parent.kind == Kind::HtmlElement && parent.o.content_model == ContentModel::Raw;
        let mut model = if !parent_raw && self.options.parse_block_html {
            content_model(&el.value)
        } else {
            ContentModel::Raw
        };
        match markdown_attr(&mut el.attr) {
            Some("default") => model = content_model(&el.value),
            Some("raw") => model = ContentModel::Raw,
            Some("span") => model = ContentModel::Span,
            Some("block") => model = ContentModel::Block,
            _ => {}
        }
        if model == ContentModel::Block {
            self.src.scan(&TRAILING_WHITESPACE);
        }
        el.o.content_model = model;
        el.o.is_closed = closed;
        if !closed && handle_body {
            match model {
                ContentModel::Block => {
                    self.parse_blocks(el, None);
                }
                ContentModel::Span => {
                    let close = dynamic(&format!("(?i)</{}{S}*>", escape(&el.value)));
                    let start = self.src.pos();
                    if let Some(c) = close.find_from(self.src.text(), start) {
                        let body = self.src.text()[start..c.start].to_owned();
                        add_text(el, &body, self.text_type);
                        self.src.set_pos(c.start);
                        self.src.scan(&TAG_CLOSE);
                    } else {
                        let rest = self.src.rest().to_owned();
                        add_text(el, &rest, self.text_type);
                        self.src.terminate();
                    }
                }
                ContentModel::Raw => self.parse_raw_html(el),
            }
            if !parent_raw {
                self.src.scan(&TRAILING_WHITESPACE);
            }
        }
    }

    /// Parses raw HTML content into `el` up to its end tag.
    fn parse_raw_html(&mut self, el: &mut Element) {
        let mut done = false;
        while !self.src.eos() && !done {
            let Some(at) = RAW_START
                .find_from(self.src.text(), self.src.pos())
                .map(|c| c.start)
            else {
                let rest = self.src.rest().to_owned();
                add_text(el, &rest, Kind::Text);
                self.src.terminate();
                break;
            };
            let skipped = self.src.text()[self.src.pos()..at].to_owned();
            add_text(el, &skipped, Kind::Text);
            self.src.set_pos(at);
            if let Some(c) = self.src.scan(&COMMENT) {
                el.children
                    .push(Element::with_value(Kind::XmlComment, c.s(0)));
            } else if let Some(c) = self.src.scan(&INSTRUCTION) {
                el.children.push(Element::with_value(Kind::XmlPi, c.s(0)));
            } else if let Some(c) = self.src.scan(&TAG) {
                if self.block_depth >= super::MAX_BLOCK_DEPTH {
                    add_text(el, c.s(0), Kind::Text);
                    continue;
                }
                self.block_depth += 1;
                self.handle_html_start_tag(el, &c);
                self.block_depth -= 1;
            } else if let Some(c) = self.src.scan(&TAG_CLOSE) {
                let name = if is_html_element(&el.value) {
                    c.s(1).to_lowercase()
                } else {
                    c.s(1).to_owned()
                };
                if el.value == name {
                    done = true;
                } else {
                    add_text(el, c.s(0), Kind::Text);
                }
            } else {
                let ch = self.src.getch();
                add_text(el, &ch, Kind::Text);
            }
        }
    }

    pub(super) fn parse_span_html(&mut self, tree: &mut Element) {
        if let Some(c) = self.src.scan(&COMMENT) {
            let mut el = Element::with_value(Kind::XmlComment, c.s(0));
            el.o.span = true;
            tree.children.push(el);
        } else if let Some(c) = self.src.scan(&TAG_CLOSE) {
            add_text(tree, c.s(0), self.text_type);
        } else if let Some(c) = self.src.scan(&TAG) {
            let mut name = c.s(1).to_owned();
            let lower = name.to_lowercase();
            let known = is_html_element(&lower);
            if known {
                name = lower;
            }
            if HTML_BLOCK_ELEMENTS.contains(&name.as_str()) {
                add_text(tree, c.s(0), self.text_type);
                return;
            }
            let mut attrs = parse_html_attributes(c.s(2), known);
            for (_, v) in &mut attrs.0 {
                if !v.is_empty() {
                    *v = NEWLINES.replace(v, true, |_| " ".to_owned());
                }
            }
            let mut do_parsing = if content_model(&name) == ContentModel::Raw
                || tree.o.content_model == ContentModel::Raw && tree.kind == Kind::HtmlElement
            {
                false
            } else {
                self.options.parse_span_html
            };
            match markdown_attr(&mut attrs) {
                Some("span") => do_parsing = true,
                Some("default") => do_parsing = content_model(&name) != ContentModel::Raw,
                Some("raw") => do_parsing = false,
                _ => {}
            }
            let mut el = Element::new(Kind::HtmlElement);
            el.value = name.clone();
            el.attr = attrs;
            el.o.span = true;
            el.o.content_model = if do_parsing {
                ContentModel::Span
            } else {
                ContentModel::Raw
            };
            el.o.is_closed = c.get(4).is_some();
            if c.get(4).is_none() && !HTML_ELEMENTS_WITHOUT_BODY.contains(&name.as_str()) {
                let stop_src = if known {
                    format!("(?i)</{}{S}*>", escape(&name))
                } else {
                    format!("</{}{S}*>", escape(&name))
                };
                let stop = dynamic(&stop_src);
                let parsers: Option<&[SpanParser]> = if do_parsing {
                    None
                } else {
                    Some(&[SpanParser::SpanHtml])
                };
                let text_type = self.text_type;
                if self.parse_spans(&mut el, Some(&stop), parsers, text_type, StopWhen::Always) {
                    self.src.scan(&stop);
                } else {
                    let rest = self.src.rest().to_owned();
                    add_text(&mut el, &rest, text_type);
                    self.src.terminate();
                }
            }
            tree.children.push(el);
        } else {
            let ch = self.src.getch();
            add_text(tree, &ch, self.text_type);
        }
    }
}
