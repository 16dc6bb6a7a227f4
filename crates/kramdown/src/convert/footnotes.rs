//! Footnote markers and the footnote list at the end of the document.

use super::markup::{escape_html, format_indented};
use super::{Converter, TOP};
use crate::element::{Attrs, Element, Kind};

impl Converter<'_> {
    pub(super) fn convert_footnote(&mut self, el: &Element) -> String {
        let name = format!("{}{}", self.opts().footnote_prefix, el.o.name);
        let (number, repeat) = if let Some(&i) = self.footnotes_by_name.get(&name) {
            match self.footnotes.get_mut(i) {
                Some(f) => {
                    f.3 += 1;
                    (f.2, format!(":{}", f.3))
                }
                None => (0, String::new()),
            }
        } else {
            let n = self.footnote_counter;
            self.footnote_counter += 1;
            self.footnotes.push((name.clone(), el.o.name.clone(), n, 0));
            self.footnotes_by_name
                .insert(name.clone(), self.footnotes.len() - 1);
            (n, String::new())
        };
        format!(
            "<sup id=\"fnref:{name}{repeat}\" role=\"doc-noteref\"><a href=\"#fn:{name}\" class=\"footnote\" rel=\"footnote\">{number}</a></sup>"
        )
    }

    pub(super) fn footnote_content(&mut self) -> String {
        let backlink = escape_html(&self.opts().footnote_backlink, true, false);
        let inline = self.opts().footnote_backlink_inline;
        let mut items = String::new();
        let mut i = 0;
        while i < self.footnotes.len() {
            let Some((name, key, _, repeat)) = self.footnotes.get(i).cloned() else {
                break;
            };
            let mut li = Element::new(Kind::Li);
            li.attr.set("id", format!("fn:{name}"));
            li.attr.set("role", "doc-endnote".to_owned());
            li.children = self
                .doc
                .footnotes
                .get(&key)
                .map(|d| d.children.clone())
                .unwrap_or_default();
            let nbsp = self.nbsp();
            if !self.opts().footnote_backlink.is_empty() {
                let mut raws = Vec::new();
                let fmt = |space: &str, target: &str, text: &str| {
                    format!(
                        "{space}<a href=\"#fnref:{target}\" class=\"reversefootnote\" role=\"doc-backlink\">{text}</a>"
                    )
                };
                let last_is_p = li.children.last().is_some_and(|c| c.kind == Kind::P);
                let insert_space = (last_is_p || inline) && last_para(&mut li).is_some();
                raws.push(fmt(if insert_space { &nbsp } else { "" }, &name, &backlink));
                for index in 1..=repeat {
                    raws.push(fmt(
                        &nbsp,
                        &format!("{name}:{index}"),
                        &format!("{backlink}<sup>{}</sup>", index + 1),
                    ));
                }
                let para = if insert_space {
                    last_para(&mut li)
                } else {
                    None
                };
                let para = match para {
                    Some(p) => p,
                    None => {
                        li.children.push(Element::new(Kind::P));
                        match li.children.last_mut() {
                            Some(p) => p,
                            None => break,
                        }
                    }
                };
                for r in raws {
                    let mut raw = Element::with_value(Kind::Raw, r);
                    raw.o.span = true;
                    para.children.push(raw);
                }
            }
            items.push_str(&self.convert(&li, 4, TOP));
            i += 1;
        }
        if items.is_empty() {
            return String::new();
        }
        let mut ol_attr = Attrs::default();
        if self.opts().footnote_nr != 1 {
            ol_attr.set("start", self.opts().footnote_nr.to_string());
        }
        let ol = format_indented("ol", &ol_attr, &items, 2);
        let mut div_attr = Attrs::default();
        div_attr.set("class", "footnotes".to_owned());
        div_attr.set("role", "doc-endnotes".to_owned());
        format_indented("div", &div_attr, &ol, 0)
    }
}

/// The last paragraph or header of a footnote, looking into its last block.
fn last_para(li: &mut Element) -> Option<&mut Element> {
    let mut parent = li;
    loop {
        let last_kind = parent.children.last()?.kind;
        if matches!(last_kind, Kind::P | Kind::Header) {
            return parent.children.last_mut();
        }
        parent = parent.children.last_mut()?;
    }
}
