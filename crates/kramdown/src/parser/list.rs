//! Lists and definition lists, with kramdown's indentation rules: an item's
//! content column is where its first line's text starts.

use super::grammar::{
    ALD_ANY, ALD_ID_NAME, BLANK_LINE, EOB_MARKER, NS, OPT_SPACE, S, definition_list_start,
    ial_block, lazy_end_html_start, lazy_end_html_stop, list_start_ol, list_start_ul,
};
use super::{Flow, Parser, pattern};
use crate::element::{Element, Ial, Kind};
use crate::scanner::{Pat, dynamic};

pattern!(LIST_START_UL, list_start_ul());
pattern!(
    LIST_START,
    format!("{}|{}", list_start_ul(), list_start_ol())
);
pattern!(DEFINITION_LIST_START, definition_list_start());
pattern!(LIST_ITEM_IAL, list_item_ial());
pattern!(
    LIST_ITEM_IAL_CHECK,
    format!(r"^(?:{})?{S}*\n", list_item_ial())
);
pattern!(
    HR_START,
    format!(r"^{OPT_SPACE}(\*|-|_)[ \t]*\1[ \t]*\1(\1|[ \t])*\n"),
    lines 1
);
pattern!(EOB, EOB_MARKER);
pattern!(BLANK, BLANK_LINE);

fn list_item_ial() -> String {
    format!(r"^{S}*(?:\{{:(?!(?:{ALD_ID_NAME})?:|/)({ALD_ANY}+)\}}){S}*")
}

/// The patterns that continue an item whose content starts at column `indentation`.
struct ItemPatterns {
    content: std::sync::Arc<Pat>,
    lazy: std::sync::Arc<Pat>,
    indent: std::sync::Arc<Pat>,
}

fn item_patterns(indentation: usize) -> ItemPatterns {
    ItemPatterns {
        content: dynamic(&format!(
            r"^(?:(?:\t| {{4}}){{{}}} {{{}}}|(?:\t| {{4}}){{{}}}).*{NS}.*\n",
            indentation / 4,
            indentation % 4,
            indentation / 4 + 1
        )),
        lazy: crate::scanner::dynamic_lines(
            &format!(
                r"(?!^ {{0,{}}}(?:{}|{}|{})).*{NS}.*\n",
                indentation.min(3),
                ial_block(),
                lazy_end_html_stop(),
                lazy_end_html_start()
            ),
            2,
        ),
        indent: dynamic(&format!("^ {{{indentation}}}")),
    }
}

/// The pattern for the next item of a list whose content is at `indentation`.
fn next_item_pattern(kind: Kind, indentation: usize) -> std::sync::Arc<Pat> {
    let spaces = match indentation {
        1 => " {0}",
        2 => " {0,1}",
        3 => " {0,2}",
        _ => " {0,3}",
    };
    let marker = match kind {
        Kind::Ul => "[+*-]",
        Kind::Ol => r"\d+\.",
        _ => ":",
    };
    dynamic(&format!(r"^({spaces}{marker})([\t| ].*?\n)"))
}

/// Expands tabs in an item's first line and finds its content column.
fn first_list_line(mut indentation: usize, content: &str) -> (String, usize) {
    let mut content = content.to_owned();
    if LIST_ITEM_IAL_CHECK.match_at_start(&content).is_some() {
        indentation = 4;
    } else {
        loop {
            let spaces = content.len() - content.trim_start_matches(' ').len();
            if !content[spaces..].starts_with('\t') {
                break;
            }
            let temp = spaces + indentation;
            let tabs = content[spaces..].len() - content[spaces..].trim_start_matches('\t').len();
            let replacement = " ".repeat(4 - (temp % 4) + (tabs - 1) * 4);
            content = format!(
                "{}{}{}",
                &content[..spaces],
                replacement,
                &content[spaces + tabs..]
            );
        }
        indentation += content.len() - content.trim_start_matches(' ').len();
    }
    let stripped = content
        .trim_start_matches(super::block::is_ruby_space)
        .to_owned();
    (stripped, indentation)
}

/// Takes a leading `{: …}` off an item's text into `ial`.
fn take_item_ial(p: &Parser, text: &mut String, ial: &mut Option<Ial>) {
    if let Some(c) = LIST_ITEM_IAL.match_at_start(text) {
        let mut new_ial = ial.take().unwrap_or_default();
        p.parse_attribute_list(c.s(1), &mut new_ial);
        *ial = Some(new_ial);
        text.replace_range(..c.end, "");
    }
}

fn tabs_to_spaces(line: &str) -> String {
    let tabs = line.len() - line.trim_start_matches('\t').len();
    if tabs == 0 {
        line.to_owned()
    } else {
        format!("{}{}", " ".repeat(4 * tabs), &line[tabs..])
    }
}

impl Parser {
    pub(super) fn parse_list(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&LIST_START) {
            return Flow::No;
        }
        let (kind, mut start_re): (Kind, std::sync::Arc<Pat>) = if self.src.peek(&LIST_START_UL) {
            (Kind::Ul, dynamic(&list_start_ul()))
        } else {
            (Kind::Ol, dynamic(&list_start_ol()))
        };
        let mut list = self.new_block_el(kind);
        // Per item: its element (options/IAL) and the texts to parse as blocks.
        let mut items: Vec<(Element, Vec<String>)> = Vec::new();
        let mut pats: Option<ItemPatterns> = None;
        let mut indentation = 0;
        let mut eob_found = false;
        let mut nested_list_found = false;
        let mut last_is_blank = false;
        while !self.src.eos() {
            if last_is_blank && self.src.peek(&HR_START) {
                break;
            } else if self.src.scan(&EOB).is_some() {
                eob_found = true;
                break;
            } else if let Some(c) = self.src.scan(&start_re) {
                let mut item = Element::new(Kind::Li);
                let (mut text, ind) = first_list_line(c.s(1).len(), c.s(2));
                indentation = ind;
                pats = Some(item_patterns(ind));
                let mut ial = None;
                take_item_ial(self, &mut text, &mut ial);
                item.o.ial = ial;
                start_re = next_item_pattern(kind, ind);
                nested_list_found = LIST_START.is_match(&text);
                last_is_blank = false;
                items.push((item, vec![text]));
            } else if let Some(p) = &pats
                && let Some(line) = self.src.scan(&p.content).or_else(|| {
                    if last_is_blank {
                        None
                    } else {
                        self.src.scan(&p.lazy)
                    }
                })
            {
                let mut result = tabs_to_spaces(line.s(0));
                let indentation_found = if let Some(m) = p.indent.match_at_start(&result) {
                    result.replace_range(..m.end, "");
                    true
                } else {
                    false
                };
                let Some((_, values)) = items.last_mut() else {
                    break;
                };
                if !nested_list_found && indentation_found && LIST_START.is_match(&result) {
                    values.push(String::new());
                    nested_list_found = true;
                } else if nested_list_found && !indentation_found && LIST_START.is_match(&result) {
                    result = format!("{}{}", " ".repeat(indentation + 4), result);
                }
                if let Some(last) = values.last_mut() {
                    last.push_str(&result);
                }
                last_is_blank = false;
            } else if let Some(c) = self.src.scan(&BLANK) {
                nested_list_found = true;
                last_is_blank = true;
                let Some((_, values)) = items.last_mut() else {
                    break;
                };
                if let Some(last) = values.last_mut() {
                    last.push_str(c.s(0));
                }
            } else {
                break;
            }
        }
        // Parse each item's content.
        let mut parsed: Vec<Element> = Vec::with_capacity(items.len());
        for (mut item, values) in items {
            let mut temp = Element::new(Kind::Temp);
            for v in values {
                self.parse_blocks(&mut temp, Some(v));
            }
            item.children = temp.children;
            parsed.push(item);
        }
        let n = parsed.len();
        let mut last = None;
        for i in 0..n {
            let earlier_not_plain =
                parsed[..n.saturating_sub(1)]
                    .iter()
                    .any(|cit| match cit.children.first() {
                        None => true,
                        Some(f) => f.kind != Kind::P || f.o.transparent,
                    });
            let Some(it) = parsed.get_mut(i) else {
                continue;
            };
            if it.children.is_empty() {
                continue;
            }
            let ch = &mut it.children;
            if ch[0].kind == Kind::P
                && ch.len() >= 2
                && ch[1].kind == Kind::Eob
                && ch[0].o.ial.is_some()
            {
                ch.remove(1);
            }
            let is_last = i + 1 == n;
            if ch[0].kind == Kind::P
                && (ch.len() < 2
                    || ch[1].kind != Kind::Blank
                    || (is_last && ch.len() == 2 && !eob_found))
                && (!is_last || n == 1 || earlier_not_plain)
            {
                if ch.len() > 1
                    && ch[1].kind != Kind::Blank
                    && let Some(t) = ch[0].children.first_mut()
                {
                    t.value.push('\n');
                }
                ch[0].o.transparent = true;
            }
            last = if ch.last().is_some_and(|c| c.kind == Kind::Blank) {
                ch.pop()
            } else {
                None
            };
        }
        list.children = parsed;
        if self.options.gfm() {
            mark_task_list(&mut list);
        }
        tree.children.push(list);
        if let Some(blank) = last
            && !eob_found
        {
            tree.children.push(blank);
        }
        Flow::Yes
    }

    pub(super) fn parse_definition_list(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&DEFINITION_LIST_START) {
            return Flow::No;
        }
        let ch = &tree.children;
        let len = ch.len();
        let ok = match len {
            0 => false,
            1 => ch[0].kind == Kind::P,
            _ => {
                ch[len - 1].kind == Kind::P
                    || (ch[len - 1].kind == Kind::Blank
                        && ch[len - 1].value == "\n"
                        && ch[len - 2].kind == Kind::P)
            }
        };
        if !ok {
            return Flow::No;
        }
        let mut first_as_para = false;
        let mut deflist = self.new_block_el(Kind::Dl);
        let Some(mut para) = tree.children.pop() else {
            return Flow::No;
        };
        if para.kind == Kind::Blank {
            match tree.children.pop() {
                Some(p) => para = p,
                None => return Flow::No,
            }
            first_as_para = true;
        }
        let terms = para
            .children
            .first()
            .map(|c| c.value.clone())
            .unwrap_or_default();
        for term in terms.split('\n') {
            let mut dt = Element::new(Kind::Dt);
            let mut term = term.to_owned();
            let mut ial = None;
            take_item_ial(self, &mut term, &mut ial);
            dt.o.ial = ial;
            dt.o.raw_text = term.clone();
            dt.children.push(Element::with_value(Kind::RawText, term));
            deflist.children.push(dt);
        }
        deflist.o.ial = para.o.ial.clone();
        let mut dds: Vec<(usize, Vec<String>)> = Vec::new();
        let mut pats: Option<ItemPatterns> = None;
        let mut def_start_re: std::sync::Arc<Pat> = dynamic(&definition_list_start());
        let mut last_is_blank = false;
        while !self.src.eos() {
            if let Some(c) = self.src.scan(&def_start_re) {
                let mut dd = Element::new(Kind::Dd);
                dd.o.first_as_para = first_as_para;
                let (mut text, ind) = first_list_line(c.s(1).len(), c.s(2));
                pats = Some(item_patterns(ind));
                let mut ial = None;
                take_item_ial(self, &mut text, &mut ial);
                dd.o.ial = ial;
                def_start_re = next_item_pattern(Kind::Dl, ind);
                first_as_para = false;
                last_is_blank = false;
                deflist.children.push(dd);
                dds.push((deflist.children.len() - 1, vec![text]));
            } else if self.src.peek(&EOB) {
                break;
            } else if let Some(p) = &pats
                && let Some(line) = self.src.scan(&p.content).or_else(|| {
                    if last_is_blank {
                        None
                    } else {
                        self.src.scan(&p.lazy)
                    }
                })
            {
                let mut result = tabs_to_spaces(line.s(0));
                if let Some(m) = p.indent.match_at_start(&result) {
                    result.replace_range(..m.end, "");
                }
                if let Some((_, v)) = dds.last_mut() {
                    v.push(result);
                }
                first_as_para = false;
                last_is_blank = false;
            } else if let Some(c) = self.src.scan(&BLANK) {
                first_as_para = true;
                if let Some((_, v)) = dds.last_mut() {
                    v.push(c.s(0).to_owned());
                }
                last_is_blank = true;
            } else {
                break;
            }
        }
        let mut last = None;
        for (idx, values) in dds {
            let Some(mut it) = deflist.children.get(idx).cloned() else {
                continue;
            };
            self.parse_blocks(&mut it, Some(values.concat()));
            if !it.children.is_empty() {
                last = if it.children.last().is_some_and(|c| c.kind == Kind::Blank) {
                    it.children.pop()
                } else {
                    None
                };
                let first_as_para = std::mem::take(&mut it.o.first_as_para);
                if it.children.first().is_some_and(|c| c.kind == Kind::P) && !first_as_para {
                    let more = it.children.len() > 1;
                    if let Some(p) = it.children.first_mut() {
                        if more && let Some(t) = p.children.first_mut() {
                            t.value.push('\n');
                        }
                        p.o.transparent = true;
                    }
                }
            }
            if let Some(slot) = deflist.children.get_mut(idx) {
                *slot = it;
            }
        }
        let len = tree.children.len();
        if len >= 1 && tree.children[len - 1].kind == Kind::Dl {
            tree.children[len - 1]
                .children
                .append(&mut deflist.children);
        } else if len >= 2
            && tree.children[len - 1].kind == Kind::Blank
            && tree.children[len - 2].kind == Kind::Dl
        {
            tree.children.pop();
            tree.children[len - 2]
                .children
                .append(&mut deflist.children);
        } else {
            tree.children.push(deflist);
        }
        if let Some(l) = last {
            tree.children.push(l);
        }
        Flow::Yes
    }
}

pattern!(TASK_UNCHECKED, format!(r"\A{S}*\[ \]{S}+"));
pattern!(TASK_CHECKED, format!(r"(?i)\A{S}*\[x\]{S}+"));

/// GFM task lists: `[ ]` and `[x]` at the start of an item become checkboxes.
fn mark_task_list(list: &mut Element) {
    const UNCHECKED: &str =
        r#"<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />"#;
    const CHECKED: &str = r#"<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />"#;
    let mut is_tasklist = false;
    for li in &mut list.children {
        let Some(p) = li.children.first_mut() else {
            continue;
        };
        if p.kind != Kind::P {
            continue;
        }
        if let Some(text) = p.children.first_mut() {
            let mut changed = false;
            if let Some(m) = TASK_UNCHECKED.match_at_start(&text.value) {
                text.value.replace_range(..m.end, UNCHECKED);
                changed = true;
            }
            if let Some(m) = TASK_CHECKED.match_at_start(&text.value) {
                text.value.replace_range(..m.end, CHECKED);
                changed = true;
            }
            is_tasklist |= changed;
        }
        if is_tasklist {
            li.attr.set("class", "task-list-item".to_owned());
        }
    }
    if is_tasklist {
        list.attr.set("class", "task-list".to_owned());
    }
}
