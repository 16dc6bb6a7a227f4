//! The table of contents that replaces a `{:toc}` list.

use super::Converter;
use crate::element::{Attrs, Element, Kind};

impl Converter<'_> {
    pub(super) fn generate_toc_tree(&self, kind: Kind, attr: &Attrs) -> Element {
        let mut sections = Element::new(kind);
        sections.attr = attr.clone();
        if !sections.attr.contains("id") {
            sections.attr.set("id", "markdown-toc".to_owned());
        }
        let toc_id = sections.attr.get("id").unwrap_or("markdown-toc").to_owned();
        // Each entry: (level, li). The stack holds paths into the tree as indices.
        let mut stack: Vec<(u8, Vec<usize>)> = Vec::new();
        for (level, id, children) in &self.toc {
            let mut a = Element::new(Kind::A);
            a.attr.set("href", format!("#{id}"));
            a.attr.set("id", format!("{toc_id}-{id}"));
            a.children = fix_for_toc_entry(children.clone());
            let mut p = Element::new(Kind::P);
            p.o.transparent = true;
            p.children.push(a);
            let mut li = Element::new(Kind::Li);
            li.o.level = *level;
            li.children.push(p);
            li.children.push(Element::new(kind));
            loop {
                match stack.last() {
                    None => {
                        sections.children.push(li);
                        stack.push((*level, vec![sections.children.len() - 1]));
                        break;
                    }
                    Some((l, path)) if *l < *level => {
                        let mut path = path.clone();
                        let Some(parent) = li_at(&mut sections, &path) else {
                            break;
                        };
                        let Some(sub) = parent.children.last_mut() else {
                            break;
                        };
                        sub.children.push(li);
                        path.push(sub.children.len() - 1);
                        stack.push((*level, path));
                        break;
                    }
                    Some(_) => {
                        if let Some((_, path)) = stack.pop()
                            && let Some(item) = li_at(&mut sections, &path)
                            && item.children.last().is_some_and(|c| c.children.is_empty())
                        {
                            item.children.pop();
                        }
                    }
                }
            }
        }
        while let Some((_, path)) = stack.pop() {
            if let Some(item) = li_at(&mut sections, &path)
                && item.children.last().is_some_and(|c| c.children.is_empty())
            {
                item.children.pop();
            }
        }
        sections
    }
}

/// The `li` at `path` (indices of list items, each below the previous one's sub-list).
fn li_at<'e>(root: &'e mut Element, path: &[usize]) -> Option<&'e mut Element> {
    let (first, rest) = path.split_first()?;
    let mut cur = root.children.get_mut(*first)?;
    for i in rest {
        cur = cur.children.last_mut()?.children.get_mut(*i)?;
    }
    Some(cur)
}

fn fix_for_toc_entry(mut elements: Vec<Element>) -> Vec<Element> {
    fn remove_footnotes(els: &mut Vec<Element>) {
        els.retain(|c| c.kind != Kind::Footnote);
        for c in els.iter_mut() {
            remove_footnotes(&mut c.children);
        }
    }
    fn unwrap_links(els: Vec<Element>) -> Vec<Element> {
        let mut out = Vec::new();
        for mut c in els {
            c.children = unwrap_links(std::mem::take(&mut c.children));
            if c.kind == Kind::A {
                out.extend(c.children);
            } else {
                out.push(c);
            }
        }
        out
    }
    remove_footnotes(&mut elements);
    unwrap_links(elements)
}
