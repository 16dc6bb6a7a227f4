//! Abbreviations: `*[HTML]: Hyper Text Markup Language` marks every
//! whole-word occurrence of `HTML` in the text.

use super::Parser;
use crate::element::{Attrs, ContentModel, Element, Kind};
use crate::scanner::{Pat, Scanner, escape};

struct AbbrevPatterns {
    any: Pat,
    boundary: Pat,
    non_word_or_line_start: Pat,
}

impl Parser {
    /// Replaces abbreviations in the text of `el` (after attributes are known).
    pub(super) fn replace_abbreviations(&mut self, el: &mut Element) {
        if self.abbrev_defs.is_empty() {
            return;
        }
        if self.abbrev_attrs.len() != self.abbrev_defs.len() {
            for (id, _) in &self.abbrev_defs {
                let mut attrs = Attrs::default();
                if let Some(ial) = self.abbrev_ials.get(id) {
                    self.update_attr_with_ial(&mut attrs, ial);
                }
                self.abbrev_attrs.insert(id.clone(), attrs);
            }
        }
        let mut keys: Vec<&String> = self.abbrev_defs.iter().map(|(k, _)| k).collect();
        keys.sort_by_key(|k| std::cmp::Reverse(k.chars().count()));
        let union = keys.iter().map(|k| escape(k)).collect::<Vec<_>>().join("|");
        let pats = AbbrevPatterns {
            any: Pat::new(&format!("(?:{union})")),
            boundary: Pat::new(&format!(r"(?:[^A-Za-z0-9_]|^)(?:{union})(?![A-Za-z0-9_])")),
            non_word_or_line_start: Pat::new(r"[^A-Za-z0-9_]|^"),
        };
        replace_in(el, &pats);
    }
}

fn replace_in(el: &mut Element, pats: &AbbrevPatterns) {
    let raw = el.kind == Kind::HtmlElement && el.o.content_model == ContentModel::Raw;
    let children = std::mem::take(&mut el.children);
    let mut out = Vec::with_capacity(children.len());
    for mut child in children {
        if child.kind == Kind::Text && !raw {
            if !pats.any.is_match(&child.value) {
                out.push(child);
                continue;
            }
            let mut s = Scanner::new(std::mem::take(&mut child.value));
            while let Some(m) = pats.boundary.find_from(s.text(), s.pos()) {
                let mut temp = s.text()[s.pos()..m.start].to_owned();
                s.set_pos(m.start);
                let abbr = match s.scan(&pats.any) {
                    Some(a) => a.s(0).to_owned(),
                    None => {
                        if let Some(w) = s.scan(&pats.non_word_or_line_start) {
                            temp.push_str(w.s(0));
                        }
                        match s.scan(&pats.any) {
                            Some(a) => a.s(0).to_owned(),
                            None => break,
                        }
                    }
                };
                out.push(Element::with_value(Kind::Text, temp));
                out.push(Element::with_value(Kind::Abbreviation, abbr));
            }
            out.push(Element::with_value(Kind::Text, s.rest()));
        } else {
            replace_in(&mut child, pats);
            out.push(child);
        }
    }
    el.children = out;
}
