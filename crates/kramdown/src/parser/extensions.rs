//! kramdown's extensions: IALs `{: …}`, ALDs `{:name: …}`, `{::comment}`,
//! `{::nomarkdown}`, `{::options}`; and the definitions that leave an
//! end-of-block marker: links, footnotes, abbreviations.

use super::grammar::{
    ALD_ANY, ALD_ID_NAME, INDENT, OPT_SPACE, S, codeblock_match, ial_block_start,
};
use super::{Flow, LinkDef, Parser, add_text, pattern};
use crate::element::{Element, EobKind, Ial, Kind};
use crate::scanner::{dynamic, escape};

const KEY_VALUE: &str = r#"([A-Za-z0-9_][A-Za-z0-9_-]*)=("|')((?:\\\}|\\\2|[^\}\x02])*?)\2"#;
const ID_NAME: &str = r"#([A-Za-z][A-Za-z0-9_:-]*)";
const CLASS_NAME: &str = r"\.([^\s\.#]+)";

pattern!(
    ALD_TYPE_ANY,
    format!(r"(?:\A|{S})(?:{KEY_VALUE}|({ALD_ID_NAME})|((?:{ID_NAME}|{CLASS_NAME})+))(?={S}|\z)")
);
pattern!(ID_OR_CLASS, format!("{ID_NAME}|{CLASS_NAME}"));
pattern!(BLOCK_EXTENSIONS_START, format!(r"^{OPT_SPACE}\{{:"));
pattern!(
    ALD_START,
    format!(r"^{OPT_SPACE}\{{:({ALD_ID_NAME}):({ALD_ANY}+)\}}{S}*?\n")
);
pattern!(
    EXT_BLOCK_START,
    format!(
        r"^{OPT_SPACE}(?:{}|{}){S}*?\n",
        ext_start(),
        ext_stop(ALD_ID_NAME)
    )
);
pattern!(IAL_BLOCK_START, ial_block_start(), lines 3);
pattern!(
    EXT_SPAN_START,
    format!("{}|{}", ext_start(), ext_stop(ALD_ID_NAME))
);
pattern!(IAL_SPAN_START, format!(r"\{{:({ALD_ANY}+)\}}"));
pattern!(
    LINK_DEFINITION_START,
    format!(
        r#"^{OPT_SPACE}\[([^\n\]]+)\]:[ \t]*(?:<(.*?)>|([^\n]*?[^ \t\r\n\x0B\x0C][^\n]*?))(?:(?:[ \t]*?\n|[ \t]+?)[ \t]*?(["'])(.+?)\4)?[ \t]*?\n"#
    ),
    lines 2
);
pattern!(LINK_URL_TITLE_CHECK, r#"[ \t]+["']"#);
pattern!(
    FOOTNOTE_DEFINITION_START,
    format!(
        r"^{OPT_SPACE}\[\^({ALD_ID_NAME})\]:{S}*?(.*?\n{})",
        codeblock_match()
    )
);
pattern!(INDENT_RE, INDENT);
pattern!(FOOTNOTE_PREFIX, format!(r"^{OPT_SPACE}\[\^"));
pattern!(LINK_DEF_PREFIX, format!(r"^{OPT_SPACE}\["));
pattern!(
    ABBREV_DEFINITION_START,
    format!(r"^{OPT_SPACE}\*\[(.+?)\]:(.*?)\n")
);

fn ext_start() -> String {
    format!(r"\{{::(\w+)(?:{S}({ALD_ANY}*?)|)(/)?\}}")
}

fn ext_stop(name: &str) -> String {
    format!(r"\{{:/({name})?\}}")
}

impl Parser {
    /// Parses the body of an IAL or ALD into `ial`.
    pub(crate) fn parse_attribute_list(&self, text: &str, ial: &mut Ial) {
        let t = text.trim();
        if t.is_empty() || t == ":" {
            return;
        }
        for c in ALD_TYPE_ANY.find_all(text) {
            if let Some(r) = c.get(4) {
                ial.refs.push(r.to_owned());
            } else if let Some(ids) = c.get(5) {
                for m in ID_OR_CLASS.find_all(ids) {
                    if let Some(class) = m.get(2) {
                        let joined = format!("{} {}", ial.attrs.get("class").unwrap_or(""), class);
                        ial.attrs.set("class", joined.trim_start().to_owned());
                    } else {
                        ial.attrs.set("id", m.s(1).to_owned());
                    }
                }
            } else if let Some(key) = c.get(1) {
                let sep = c.s(2);
                let val = c.s(3).replace("\\}", "}").replace(&format!("\\{sep}"), sep);
                ial.attrs.set(key, val);
            }
        }
    }

    /// Merges `opts` into `ial` (refs appended, classes joined).
    pub(crate) fn update_ial_with_ial(ial: &mut Ial, opts: &Ial) {
        ial.refs.extend(opts.refs.iter().cloned());
        for (k, v) in &opts.attrs.0 {
            if k == "class" {
                let joined = format!("{} {}", ial.attrs.get("class").unwrap_or(""), v);
                ial.attrs.set("class", joined.trim_start().to_owned());
            } else {
                ial.attrs.set(k, v.clone());
            }
        }
    }

    pub(super) fn parse_block_extensions(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&BLOCK_EXTENSIONS_START) {
            return Flow::No;
        }
        if let Some(c) = self.src.scan(&ALD_START) {
            let mut ald = self.alds.remove(c.s(1)).unwrap_or_default();
            self.parse_attribute_list(c.s(2), &mut ald);
            self.alds.insert(c.s(1).to_owned(), ald);
            let mut eob = self.new_block_el(Kind::Eob);
            eob.o.eob = EobKind::Ald;
            tree.children.push(eob);
            Flow::Yes
        } else if self.src.peek(&EXT_BLOCK_START) {
            self.parse_extension_start_tag(tree, true).into()
        } else if let Some(c) = self.src.scan(&IAL_BLOCK_START) {
            let attach = tree.children.last().is_some_and(|last| {
                last.kind != Kind::Blank
                    && (last.kind != Kind::Eob
                        || matches!(
                            last.o.eob,
                            EobKind::LinkDef(_) | EobKind::AbbrevDef(_) | EobKind::FootnoteDef
                        ))
            });
            if attach {
                let mut ial = Ial::default();
                self.parse_attribute_list(c.s(1), &mut ial);
                if let Some(last) = tree.children.last_mut() {
                    let target = last.o.ial.get_or_insert_with(Ial::default);
                    // parse_attribute_list writes straight into the element's IAL in kramdown.
                    for r in ial.refs {
                        target.refs.push(r);
                    }
                    for (k, v) in ial.attrs.0 {
                        if k == "class" {
                            let joined =
                                format!("{} {}", target.attrs.get("class").unwrap_or(""), v);
                            target.attrs.set("class", joined.trim_start().to_owned());
                        } else {
                            target.attrs.set(&k, v);
                        }
                    }
                    match &last.o.eob {
                        EobKind::LinkDef(id) if last.kind == Kind::Eob => {
                            let target = last.o.ial.clone();
                            if let Some(def) = self.link_defs.get_mut(id) {
                                def.ial = target;
                            }
                        }
                        EobKind::AbbrevDef(id) if last.kind == Kind::Eob => {
                            if let Some(i) = last.o.ial.clone() {
                                self.abbrev_ials.insert(id.clone(), i);
                            }
                        }
                        _ => {}
                    }
                }
                if !self.src.peek(&IAL_BLOCK_START) {
                    let mut eob = self.new_block_el(Kind::Eob);
                    eob.o.eob = EobKind::Ial;
                    tree.children.push(eob);
                }
            } else {
                let mut ial = self.block_ial.take().unwrap_or_default();
                self.parse_attribute_list(c.s(1), &mut ial);
                self.block_ial = Some(ial);
            }
            Flow::Yes
        } else {
            Flow::No
        }
    }

    /// Handles `{::name …}` at block or span level. Returns false when it is not a valid extension.
    fn parse_extension_start_tag(&mut self, tree: &mut Element, block: bool) -> bool {
        let saved = self.src.pos();
        let c = if block {
            self.src.scan(&EXT_BLOCK_START)
        } else {
            self.src.scan(&EXT_SPAN_START)
        };
        let Some(c) = c else { return false };
        let fail = |p: &mut Parser, tree: &mut Element| {
            p.src.set_pos(saved);
            if !block {
                let ch = p.src.getch();
                add_text(tree, &ch, p.text_type);
            }
            false
        };
        if c.get(4).is_some() || c.s(0) == "{:/}" {
            return fail(self, tree);
        }
        let ext = c.s(1).to_owned();
        let mut opts = Ial::default();
        self.parse_attribute_list(c.s(2), &mut opts);
        let mut body = None;
        if c.get(3).is_none() {
            let stop = if block {
                dynamic(&format!(r"^{OPT_SPACE}\{{:/({})?\}} *?\n", escape(&ext)))
            } else {
                dynamic(&format!(r"\{{:/({})?\}}", escape(&ext)))
            };
            match self.src.scan_until(&stop) {
                Some((text, m)) => {
                    let mut b = text[..text.len() - m.len()].to_owned();
                    if block && b.ends_with('\n') {
                        b.pop();
                    }
                    body = Some(b);
                }
                None => return fail(self, tree),
            }
        }
        match ext.as_str() {
            "comment" => {
                if let Some(b) = body {
                    let mut el = Element::with_value(Kind::Comment, b);
                    el.o.span = !block;
                    tree.children.push(el);
                }
                true
            }
            "nomarkdown" => {
                if let Some(b) = body {
                    let mut el = Element::with_value(Kind::Raw, b);
                    el.o.span = !block;
                    el.o.raw_types = opts
                        .attrs
                        .get("type")
                        .unwrap_or("")
                        .split_whitespace()
                        .map(str::to_owned)
                        .collect();
                    tree.children.push(el);
                }
                true
            }
            "options" => {
                for (k, v) in &opts.attrs.0 {
                    if k != "template" && k != "forbidden_inline_options" {
                        self.options.set(k, v);
                    }
                }
                if block {
                    let mut eob = self.new_block_el(Kind::Eob);
                    eob.o.eob = EobKind::Extension;
                    tree.children.push(eob);
                }
                true
            }
            _ => fail(self, tree),
        }
    }

    pub(super) fn parse_span_extensions(&mut self, tree: &mut Element) {
        if self.src.peek(&EXT_SPAN_START) {
            self.parse_extension_start_tag(tree, false);
        } else if let Some(c) = self.src.check(&IAL_SPAN_START) {
            if let Some(last) = tree.children.last_mut()
                && last.kind != Kind::Text
            {
                self.src.set_pos(c.end);
                let mut attr = Ial::default();
                self.parse_attribute_list(c.s(1), &mut attr);
                let ial = last.o.ial.get_or_insert_with(Ial::default);
                Parser::update_ial_with_ial(ial, &attr);
                let mut attrs = std::mem::take(&mut last.attr);
                self.update_attr_with_ial(&mut attrs, &attr);
                last.attr = attrs;
            } else {
                let ch = self.src.getch();
                add_text(tree, &ch, self.text_type);
            }
        } else {
            let ch = self.src.getch();
            add_text(tree, &ch, self.text_type);
        }
    }

    pub(super) fn parse_link_definition(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&LINK_DEF_PREFIX) {
            return Flow::No;
        }
        let Some(c) = self.src.check(&LINK_DEFINITION_START) else {
            return Flow::No;
        };
        if LINK_URL_TITLE_CHECK.is_match(c.s(3)) {
            return Flow::No;
        }
        self.src.set_pos(c.end);
        let id = normalize_link_id(c.s(1));
        let url = c.get(2).or(c.get(3)).unwrap_or("").to_owned();
        let title = c.get(5).map(str::to_owned);
        let mut eob = self.new_block_el(Kind::Eob);
        eob.o.eob = EobKind::LinkDef(id.clone());
        let ial = eob.o.ial.clone();
        tree.children.push(eob);
        self.link_defs.insert(id, LinkDef { url, title, ial });
        Flow::Yes
    }

    pub(super) fn parse_footnote_definition(&mut self, tree: &mut Element) -> Flow {
        if !self.src.peek(&FOOTNOTE_PREFIX) {
            return Flow::No;
        }
        let Some(c) = self.src.scan(&FOOTNOTE_DEFINITION_START) else {
            return Flow::No;
        };
        let name = c.s(1).to_owned();
        let body = INDENT_RE.replace(c.s(2), true, |_| String::new());
        let mut el = Element::new(Kind::FootnoteDef);
        self.parse_blocks(&mut el, Some(body));
        let mut eob = self.new_block_el(Kind::Eob);
        eob.o.eob = EobKind::FootnoteDef;
        tree.children.push(eob);
        if !self.footnotes.contains_key(&name) {
            self.footnote_order.push(name.clone());
        }
        self.footnotes.insert(name, el);
        Flow::Yes
    }

    pub(super) fn parse_abbrev_definition(&mut self, tree: &mut Element) -> Flow {
        let Some(c) = self.src.scan(&ABBREV_DEFINITION_START) else {
            return Flow::No;
        };
        let id = c.s(1).to_owned();
        let text = c.s(2).trim().to_owned();
        let mut eob = self.new_block_el(Kind::Eob);
        eob.o.eob = EobKind::AbbrevDef(id.clone());
        if let Some(ial) = eob.o.ial.clone() {
            self.abbrev_ials.insert(id.clone(), ial);
        }
        tree.children.push(eob);
        if let Some(slot) = self.abbrev_defs.iter_mut().find(|(k, _)| *k == id) {
            slot.1 = text;
        } else {
            self.abbrev_defs.push((id, text));
        }
        Flow::Yes
    }
}

/// Link ids are matched case-insensitively with whitespace runs as one space.
pub(crate) fn normalize_link_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    let mut in_ws = false;
    for ch in id.chars() {
        if ch.is_whitespace() {
            if !in_ws {
                out.push(' ');
            }
            in_ws = true;
        } else {
            in_ws = false;
            out.extend(ch.to_lowercase());
        }
    }
    out
}
