//! What kramdown-parser-gfm does after parsing: header ids the GitHub way,
//! backslash (or, with `hard_wrap`, every) line breaks, and the raw text of
//! headers with markup stripped.

use super::Parser;
use crate::element::{Element, Kind, Quote, Sym};

impl Parser {
    /// Adds GFM header ids and hard line breaks to the tree.
    pub(super) fn update_elements(&mut self, element: &mut Element) {
        let hard_break = if self.options.hard_wrap { "\n" } else { "\\\n" };
        let children = std::mem::take(&mut element.children);
        let n = children.len();
        let block = !element.is_span();
        let mut out = Vec::with_capacity(n);
        for (i, mut child) in children.into_iter().enumerate() {
            if child.kind == Kind::Text && child.value.contains(hard_break) {
                let lines: Vec<&str> = child.value.split(hard_break).collect();
                let count = lines.len();
                let omit_trailing_br =
                    lines.last().is_some_and(|l| l.is_empty()) && block && i + 1 == n;
                for (index, line) in lines.iter().enumerate() {
                    let text = if index > 0 {
                        format!("\n{line}")
                    } else {
                        (*line).to_owned()
                    };
                    out.push(Element::with_value(Kind::Text, text));
                    if index + 2 < count || (index + 2 == count && !omit_trailing_br) {
                        out.push(Element::new(Kind::Br));
                    }
                }
            } else if child.kind == Kind::HtmlElement {
                out.push(child);
            } else if child.kind == Kind::Header
                && self.options.auto_ids
                && !child.attr.contains("id")
            {
                let id = self.generate_gfm_header_id(&child.o.raw_text);
                child.attr.set("id", id);
                out.push(child);
            } else {
                self.update_elements(&mut child);
                out.push(child);
            }
        }
        element.children = out;
    }

    fn generate_gfm_header_id(&mut self, text: &str) -> String {
        let mut result: String = text
            .to_lowercase()
            .chars()
            .filter(|&c| is_word(c) || c == '-' || c == ' ' || c == '\t')
            .map(|c| if c == ' ' || c == '\t' { '-' } else { c })
            .collect();
        let counter = self.gfm_id_counter.entry(result.clone()).or_insert(0);
        if *counter > 0 {
            result.push_str(&format!("-{counter}"));
        }
        *counter += 1;
        format!("{}{}", self.options.auto_id_prefix, result)
    }

    /// The text of a header or term as used for its id.
    pub(super) fn raw_text_of(&self, el: &Element) -> String {
        let mut out = String::new();
        if self.options.gfm() {
            gfm_raw_text(el, &mut out);
        } else {
            plain_raw_text(el, &mut out);
        }
        out
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
        || c == '_'
        || matches!(
            unicode_general_category(c),
            Category::Mark | Category::ConnectorPunctuation
        )
}

enum Category {
    Mark,
    ConnectorPunctuation,
    Other,
}

/// A coarse general category: combining marks and connector punctuation
/// (which `\p{Word}` includes besides letters and digits).
fn unicode_general_category(c: char) -> Category {
    let cp = c as u32;
    if matches!(cp, 0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x0610..=0x061A | 0x064B..=0x065F
        | 0x0900..=0x0903 | 0x093A..=0x094F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF
        | 0x3099..=0x309A | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F)
    {
        Category::Mark
    } else if matches!(
        cp,
        0x203F | 0x2040 | 0x2054 | 0xFE33 | 0xFE34 | 0xFE4D..=0xFE4F | 0xFF3F
    ) {
        Category::ConnectorPunctuation
    } else {
        Category::Other
    }
}

fn gfm_raw_text(el: &Element, out: &mut String) {
    match el.kind {
        Kind::Text | Kind::Codespan | Kind::Math => out.push_str(&el.value),
        Kind::Entity => {
            if let Some(c) = el.o.entity.and_then(crate::entities::Entity::char) {
                out.push(c);
            }
        }
        Kind::SmartQuote => out.push(match el.o.quote {
            Some(Quote::Lsquo) => '\u{2018}',
            Some(Quote::Rsquo) => '\u{2019}',
            Some(Quote::Ldquo) => '\u{201C}',
            _ => '\u{201D}',
        }),
        Kind::TypographicSym => out.push_str(match el.o.sym {
            Some(Sym::Mdash) => "\u{2014}",
            Some(Sym::Ndash) => "\u{2013}",
            Some(Sym::Hellip) => "\u{2026}",
            Some(Sym::LaquoSpace) => "\u{AB} ",
            Some(Sym::RaquoSpace) => " \u{BB}",
            Some(Sym::Laquo) => "\u{AB}",
            _ => "\u{BB}",
        }),
        _ => {
            for c in &el.children {
                gfm_raw_text(c, out);
            }
        }
    }
}

fn plain_raw_text(el: &Element, out: &mut String) {
    if el.kind == Kind::Text {
        out.push_str(&el.value);
    } else {
        for c in &el.children {
            plain_raw_text(c, out);
        }
    }
}
