//! Span-level parsers: emphasis, code spans, links and images, autolinks,
//! footnote markers, smart quotes, typographic symbols, entities, line
//! breaks, escapes, math and (GFM) strikethrough.

use super::extensions::normalize_link_id;
use super::grammar::S;
use super::{KRAMDOWN_ESCAPED_CHARS, Parser, StopWhen, add_text, pattern};
use crate::element::{Element, Ial, Kind, Quote, Sym};
use crate::entities::Entity;
use crate::scanner::{Caps, Scanner, dynamic, escape};

const SQ_PUNCT: &str = r##"[!"#\$%'()*+,\-./:;<=>?@\[\\\]\^_`{|}~]"##;
const SQ_CLOSE: &str = r"[^ \\\t\r\n\[{(-]";

pattern!(EMPHASIS_START, r"\*\*?|__?");
pattern!(WS, S);
pattern!(CODESPAN_DELIMITER, "`+");
pattern!(LINK_START, r"!?\[(?=[^^])", lines 1);
pattern!(LINK_BRACKET_STOP, r"(\])|!?\[");
pattern!(LINK_PAREN_STOP, format!(r#"(\()|(\))|{S}(?=['"])"#));
pattern!(LINK_INLINE_ID, format!(r"{S}*?\[([^\]]+)?\]"));
pattern!(
    LINK_INLINE_TITLE,
    format!(r#"{S}*?(["'])((?s:.+?))\1{S}*?\)"#)
);
pattern!(OPEN_PAREN, r"\(");
pattern!(ANGLE_URL, r"\(<(.*?)>");
pattern!(CLOSE_PAREN, r"\)");

static SQ_RULES: std::sync::LazyLock<Vec<crate::scanner::Pat>> = std::sync::LazyLock::new(|| {
    [
        r#"("|')(?=[_*]{1,2}[^ \t\r\n\x0B\x0C])"#.to_owned(),
        format!(r#"("|')(?={SQ_PUNCT}(?!\.\.)\B)"#),
        format!(r#"({S}?)"'(?=[A-Za-z0-9_])"#),
        format!(r#"({S}?)'"(?=[A-Za-z0-9_])"#),
        format!(r"({S}?)'(?=\d\ds)"),
        format!(r#"({S})('|")(?=[A-Za-z0-9_])"#),
        format!(r#"({SQ_CLOSE})('|")"#),
        format!(r#"("|')(?={S}|s\b|$)"#),
        r"((?s:.?))'".to_owned(),
        r#"((?s:.?))""#.to_owned(),
    ]
    .iter()
    .map(|s| crate::scanner::Pat::lines(s, 2))
    .collect()
});

/// What a smart-quote rule puts out: text of a group, or a quote.
#[derive(Clone, Copy)]
enum SqOut {
    Group(usize),
    /// A quote whose direction depends on the quote character in a group.
    Left(usize),
    Right(usize),
    Fixed(Quote),
}

fn sq_substs(rule: usize) -> &'static [SqOut] {
    use SqOut::{Fixed, Group, Left, Right};
    match rule {
        0 => &[Left(1)],
        1 => &[Right(1)],
        2 => &[Group(1), Fixed(Quote::Ldquo), Fixed(Quote::Lsquo)],
        3 => &[Group(1), Fixed(Quote::Lsquo), Fixed(Quote::Ldquo)],
        4 => &[Group(1), Fixed(Quote::Rsquo)],
        5 => &[Group(1), Left(2)],
        6 => &[Group(1), Right(2)],
        7 => &[Right(1)],
        8 => &[Group(1), Fixed(Quote::Lsquo)],
        _ => &[Group(1), Fixed(Quote::Ldquo)],
    }
}

impl Parser {
    pub(super) fn parse_emphasis(&mut self, tree: &mut Element, _caps: &Caps) {
        let saved = self.src.pos();
        let Some(c) = self.src.scan(&EMPHASIS_START) else {
            return;
        };
        let result = c.s(0).to_owned();
        let kind = if result.len() == 2 {
            Kind::Strong
        } else {
            Kind::Em
        };
        let ty = &result[..1];
        let pre = self.src.pre_match();
        let alpha_before = {
            let mut it = pre.chars().rev();
            match it.next() {
                Some(ch) if ch.is_alphabetic() => true,
                Some('-') => it.next().is_some_and(char::is_alphabetic),
                _ => false,
            }
        };
        if (ty == "_" && alpha_before) || self.src.peek(&WS) || self.span_stack.contains(&kind) {
            add_text(tree, &result, self.text_type);
            return;
        }
        let (mut found, mut el, mut stop) = self.emphasis_sub_parse(&result, kind);
        if !found && kind == Kind::Strong && tree.kind != Kind::Em {
            self.src.set_pos(saved + 1);
            (found, el, stop) = self.emphasis_sub_parse(ty, Kind::Em);
        }
        if found {
            self.src.scan(&stop);
            tree.children.push(el);
        } else {
            self.src.set_pos(saved + result.len());
            add_text(tree, &result, self.text_type);
        }
    }

    fn emphasis_sub_parse(
        &mut self,
        delim: &str,
        kind: Kind,
    ) -> (bool, Element, std::sync::Arc<crate::scanner::Pat>) {
        let mut el = Element::new(kind);
        let stop = dynamic(&escape(delim));
        let tt = self.text_type;
        let found = self.parse_spans(
            &mut el,
            Some(&stop),
            None,
            tt,
            StopWhen::Emphasis {
                delim,
                em: kind == Kind::Em,
            },
        );
        (found, el, stop)
    }

    pub(super) fn parse_codespan(&mut self, tree: &mut Element, _caps: &Caps) {
        let Some(c) = self.src.scan(&CODESPAN_DELIMITER) else {
            return;
        };
        let result = c.s(0).to_owned();
        let simple = result.len() == 1;
        let saved = self.src.pos();
        if simple {
            let pre = self.src.pre_match();
            let pre_ok = pre.is_empty()
                || pre == "\n"
                || pre
                    .trim_end_matches('\n')
                    .chars()
                    .last()
                    .is_some_and(|ch| ch.is_ascii_whitespace())
                || pre
                    .chars()
                    .last()
                    .is_some_and(|ch| ch.is_ascii_whitespace());
            if pre_ok && self.src.peek(&WS) {
                add_text(tree, &result, self.text_type);
                return;
            }
        }
        let pat = dynamic(&escape(&result));
        if let Some((mut text, _)) = self.src.scan_until(&pat) {
            text.truncate(text.len() - result.len());
            if !simple {
                if text.starts_with(' ') {
                    text.remove(0);
                }
                if text.ends_with(' ') {
                    text.pop();
                }
            }
            tree.children
                .push(Element::with_value(Kind::Codespan, text));
        } else {
            self.src.set_pos(saved);
            add_text(tree, &result, self.text_type);
        }
    }

    pub(super) fn parse_autolink(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        let text = caps.s(1);
        let href = if caps.get(2).is_none() {
            format!("mailto:{text}")
        } else {
            text.to_owned()
        };
        let mut el = Element::new(Kind::A);
        el.attr.set("href", href);
        add_text(
            &mut el,
            text.strip_prefix("mailto:").unwrap_or(text),
            self.text_type,
        );
        tree.children.push(el);
    }

    pub(super) fn parse_footnote_marker(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        let name = caps.s(1);
        if self.footnotes.contains_key(name) {
            let mut el = Element::new(Kind::Footnote);
            el.o.name = name.to_owned();
            tree.children.push(el);
        } else {
            add_text(tree, caps.s(0), self.text_type);
        }
    }

    fn add_link(
        &self,
        tree: &mut Element,
        mut el: Element,
        href: String,
        title: Option<String>,
        alt: &str,
        ial: Option<Ial>,
    ) {
        if let Some(ial) = &ial {
            self.update_attr_with_ial(&mut el.attr, ial);
        }
        el.o.ial = ial;
        if el.kind == Kind::A {
            el.attr.set("href", href);
        } else {
            el.attr.set("src", href);
            el.attr.set("alt", alt.to_owned());
            el.children.clear();
        }
        if let Some(t) = title {
            el.attr.set("title", t);
        }
        tree.children.push(el);
    }

    pub(super) fn parse_link(&mut self, tree: &mut Element, _caps: &Caps) {
        let saved = self.src.pos();
        let Some(c) = self.src.scan(&LINK_START) else {
            return;
        };
        let result = c.s(0).to_owned();
        let cur_pos = self.src.pos();
        let kind = if result.starts_with('!') {
            Kind::Img
        } else {
            Kind::A
        };
        if kind == Kind::A
            && self
                .span_stack
                .iter()
                .any(|k| matches!(k, Kind::A | Kind::Img))
        {
            add_text(tree, &result, self.text_type);
            return;
        }
        let mut el = Element::new(kind);
        let saved_count = self.link_bracket_count;
        self.link_bracket_count = 1;
        let tt = self.text_type;
        let found = self.parse_spans(&mut el, Some(&LINK_BRACKET_STOP), None, tt, StopWhen::Link);
        self.link_bracket_count = saved_count;
        let revert = |p: &mut Parser, tree: &mut Element| {
            p.src.set_pos(saved + result.len());
            add_text(tree, &result, p.text_type);
        };
        if !found {
            revert(self, tree);
            return;
        }
        let raw_alt = self.src.text()[cur_pos..self.src.pos()].to_owned();
        let alt = KRAMDOWN_ESCAPED_CHARS.replace(&raw_alt, true, |m| m.s(1).to_owned());
        self.src.scan(&LINK_BRACKET_STOP);
        let id_match = self.src.scan(&LINK_INLINE_ID);
        if id_match.is_some() || !self.src.peek(&OPEN_PAREN) {
            let id = id_match
                .as_ref()
                .and_then(|m| m.get(1))
                .map_or_else(|| alt.clone(), str::to_owned);
            let link_id = normalize_link_id(&id);
            if let Some(def) = self.link_defs.get(&link_id).cloned() {
                self.add_link(tree, el, def.url, def.title, &alt, def.ial);
            } else {
                revert(self, tree);
            }
            return;
        }
        let mut link_url;
        if let Some(m) = self.src.scan(&ANGLE_URL) {
            link_url = m.s(1).to_owned();
            if self.src.scan(&CLOSE_PAREN).is_some() {
                self.add_link(tree, el, link_url, None, &alt, None);
                return;
            }
        } else {
            let mut url = String::new();
            let mut brackets = 0i32;
            while let Some((temp, m)) = self.src.scan_until(&LINK_PAREN_STOP) {
                url.push_str(&temp);
                if m.get(2).is_some() {
                    brackets -= 1;
                    if brackets == 0 {
                        break;
                    }
                } else if m.get(1).is_some() {
                    brackets += 1;
                } else {
                    break;
                }
            }
            let mut chars = url.chars();
            chars.next();
            chars.next_back();
            link_url = chars
                .as_str()
                .trim_matches(super::block::is_ruby_space)
                .to_owned();
            if brackets == 0 {
                self.add_link(tree, el, link_url, None, &alt, None);
                return;
            }
        }
        if let Some(m) = self.src.scan(&LINK_INLINE_TITLE) {
            let title = m.s(2).to_owned();
            self.add_link(
                tree,
                el,
                std::mem::take(&mut link_url),
                Some(title),
                &alt,
                None,
            );
        } else {
            revert(self, tree);
        }
    }

    pub(super) fn parse_smart_quotes(&mut self, tree: &mut Element) {
        for (i, rule) in SQ_RULES.iter().enumerate() {
            let Some(c) = self.src.scan(rule) else {
                continue;
            };
            for out in sq_substs(i) {
                match *out {
                    SqOut::Group(g) => add_text(tree, c.s(g), self.text_type),
                    SqOut::Left(g) | SqOut::Right(g) => {
                        let double = c.s(g) == "\"";
                        let q = match (matches!(out, SqOut::Left(_)), double) {
                            (true, true) => Quote::Ldquo,
                            (true, false) => Quote::Lsquo,
                            (false, true) => Quote::Rdquo,
                            (false, false) => Quote::Rsquo,
                        };
                        let mut el = Element::new(Kind::SmartQuote);
                        el.o.quote = Some(q);
                        tree.children.push(el);
                    }
                    SqOut::Fixed(q) => {
                        let mut el = Element::new(Kind::SmartQuote);
                        el.o.quote = Some(q);
                        tree.children.push(el);
                    }
                }
            }
            return;
        }
        let ch = self.src.getch();
        add_text(tree, &ch, self.text_type);
    }

    pub(super) fn parse_inline_math(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        let mut el = Element::with_value(
            Kind::Math,
            caps.s(1).trim_matches(super::block::is_ruby_space),
        );
        el.o.span = true;
        tree.children.push(el);
    }

    pub(super) fn parse_html_entity(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        let entity = if let Some(name) = caps.get(1) {
            Entity::by_name(name)
        } else if let Some(dec) = caps.get(2) {
            Some(Entity::by_code_point(
                dec.parse::<u32>().unwrap_or(u32::MAX),
            ))
        } else {
            Some(Entity::by_code_point(
                u32::from_str_radix(caps.s(3), 16).unwrap_or(u32::MAX),
            ))
        };
        match entity {
            Some(e) => {
                let mut el = Element::new(Kind::Entity);
                el.o.entity = Some(e);
                el.o.original = Some(caps.s(0).to_owned());
                tree.children.push(el);
            }
            None => {
                let mut el = Element::new(Kind::Entity);
                el.o.entity = Entity::by_name("amp");
                tree.children.push(el);
                add_text(tree, &caps.s(0)[1..], self.text_type);
            }
        }
    }

    pub(super) fn parse_typographic_syms(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        let sym = match caps.s(0) {
            "---" => Some(Sym::Mdash),
            "--" => Some(Sym::Ndash),
            "..." => Some(Sym::Hellip),
            "<< " => Some(Sym::LaquoSpace),
            " >>" => Some(Sym::RaquoSpace),
            "<<" => Some(Sym::Laquo),
            ">>" => Some(Sym::Raquo),
            _ => None,
        };
        if let Some(sym) = sym {
            let mut el = Element::new(Kind::TypographicSym);
            el.o.sym = Some(sym);
            tree.children.push(el);
        } else {
            let name = if caps.s(0) == "\\<<" { "lt" } else { "gt" };
            for _ in 0..2 {
                let mut el = Element::new(Kind::Entity);
                el.o.entity = Entity::by_name(name);
                tree.children.push(el);
            }
        }
    }

    pub(super) fn parse_line_break(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        tree.children.push(Element::new(Kind::Br));
    }

    pub(super) fn parse_escaped_chars(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        add_text(tree, caps.s(1), self.text_type);
    }

    pub(super) fn parse_strikethrough(&mut self, tree: &mut Element, caps: &Caps) {
        self.src.set_pos(caps.end);
        let m = caps.s(0);
        let inner = m.get(2..m.len().saturating_sub(2)).unwrap_or("").to_owned();
        let mut el = Element::new(Kind::HtmlElement);
        el.value = "del".to_owned();
        el.o.span = true;
        el.o.content_model = crate::element::ContentModel::Span;
        let saved_src = std::mem::replace(&mut self.src, Scanner::new(inner));
        let saved_stack = std::mem::take(&mut self.span_stack);
        self.parse_spans(&mut el, None, None, Kind::Text, StopWhen::Always);
        self.src = saved_src;
        self.span_stack = saved_stack;
        tree.children.push(el);
    }
}
