//! kramdown's HTML converter: the tree to HTML, indented the way kramdown
//! indents it (two spaces per level inside lists, tables, footnotes and
//! Markdown-parsed HTML), with Jekyll's Rouge wrappers around code.

mod code;
mod footnotes;
mod markup;
mod toc;

use std::collections::HashMap;

use crate::element::{Align, Attrs, ContentModel, Element, Kind, Quote, Sym};
use crate::entities::Entity;
use crate::parser::{Document, HTML_ELEMENTS_WITHOUT_BODY};
use markup::{
    basic_generate_id, escape_html, format_block, format_indented, format_span, html_attributes,
    placeholder, spaces,
};

/// What a converter needs to know about an element's parent.
#[derive(Clone, Copy)]
struct Parent {
    /// The parent is an HTML element whose content is kept raw.
    raw_html: bool,
}

const TOP: Parent = Parent { raw_html: false };

/// Converts a parsed document to HTML.
pub(crate) fn to_html(doc: &Document) -> String {
    let mut c = Converter {
        doc,
        footnote_counter: doc.options.footnote_nr,
        footnotes: Vec::new(),
        footnotes_by_name: HashMap::new(),
        footnote_location: None,
        toc: Vec::new(),
        toc_code: None,
        used_ids: HashMap::new(),
    };
    c.convert_root(&doc.root)
}

struct Converter<'d> {
    doc: &'d Document,
    footnote_counter: usize,
    /// Name, number, repeat count.
    footnotes: Vec<(String, String, usize, usize)>,
    footnotes_by_name: HashMap<String, usize>,
    footnote_location: Option<String>,
    toc: Vec<(u8, String, Vec<Element>)>,
    toc_code: Option<(Kind, Attrs, String)>,
    used_ids: HashMap<String, usize>,
}

impl Converter<'_> {
    fn opts(&self) -> &crate::options::Options {
        &self.doc.options
    }

    fn inner(&mut self, el: &Element, indent: i32) -> String {
        let parent = Parent {
            raw_html: el.kind == Kind::HtmlElement && el.o.content_model == ContentModel::Raw,
        };
        let mut out = String::new();
        for c in &el.children {
            out.push_str(&self.convert(c, indent + 2, parent));
        }
        out
    }

    fn convert_root(&mut self, root: &Element) -> String {
        let mut result = self.inner(root, -2);
        let footnotes = self.footnote_content();
        if let Some(loc) = self.footnote_location.take() {
            result = result.replacen(&loc, &footnotes, 1);
        } else {
            result.push_str(&footnotes);
        }
        if let Some((kind, attr, code)) = self.toc_code.take() {
            let tree = self.generate_toc_tree(kind, &attr);
            let text = if tree.children.is_empty() {
                String::new()
            } else {
                self.convert(&tree, 0, TOP)
            };
            result = result.replacen(&code, &text, 1);
        }
        result
    }

    fn entity_to_str(&self, e: Entity, original: Option<&str>) -> String {
        let mode = self.opts().entity_output.as_str();
        let ch = e.char();
        let escapable = |c: char| matches!(c, '<' | '>' | '&' | '"');
        if mode == "as_char"
            && let Some(c) = ch
            && (c == '"' || !escapable(c))
        {
            return c.to_string();
        }
        if (mode == "as_input" || mode == "as_char")
            && let Some(o) = original
        {
            return o.to_owned();
        }
        if (mode == "symbolic" || ch.is_some_and(escapable))
            && let Some(name) = e.name
        {
            return format!("&{name};");
        }
        format!("&#{};", e.code_point)
    }

    fn nbsp(&self) -> String {
        self.entity_to_str(Entity::by_code_point(160), None)
    }

    fn convert(&mut self, el: &Element, indent: i32, parent: Parent) -> String {
        match el.kind {
            Kind::Blank => "\n".to_owned(),
            Kind::Text => {
                let escaped = escape_html(&el.value, true, false);
                if self.opts().remove_line_breaks_for_cjk {
                    fix_cjk_line_break(escaped)
                } else {
                    escaped
                }
            }
            Kind::RawText | Kind::Root | Kind::Temp | Kind::Eob | Kind::FootnoteDef => {
                self.inner(el, indent)
            }
            Kind::P => {
                if el.o.transparent {
                    self.inner(el, indent)
                } else if let [img] = el.children.as_slice()
                    && img.kind == Kind::Img
                    && img
                        .o
                        .ial
                        .as_ref()
                        .is_some_and(|i| i.refs.iter().any(|r| r == "standalone"))
                {
                    convert_standalone_image(el, img, indent)
                } else {
                    let body = self.inner(el, indent);
                    format_block("p", &el.attr, &body, indent)
                }
            }
            Kind::Codeblock => self.convert_codeblock(el, indent),
            Kind::Blockquote => {
                let body = self.inner(el, indent);
                format_indented("blockquote", &el.attr, &body, indent)
            }
            Kind::Header => self.convert_header(el, indent),
            Kind::Hr => format!("{}<hr{} />\n", spaces(indent), html_attributes(&el.attr)),
            Kind::Ul | Kind::Ol => self.convert_list(el, indent),
            Kind::Dl => {
                let refs =
                    el.o.ial
                        .as_ref()
                        .map(|i| i.refs.clone())
                        .unwrap_or_default();
                let mut body = String::new();
                for c in &el.children {
                    if c.kind == Kind::Dt {
                        body.push_str(&self.convert_dt(c, indent + 2, &refs));
                    } else {
                        body.push_str(&self.convert(c, indent + 2, TOP));
                    }
                }
                format_indented("dl", &el.attr, &body, indent)
            }
            Kind::Li | Kind::Dd => self.convert_li(el, indent),
            Kind::Dt => self.convert_dt(el, indent, &[]),
            Kind::HtmlElement => self.convert_html_element(el, indent, parent),
            Kind::XmlComment | Kind::XmlPi => {
                if !el.o.span && !parent.raw_html {
                    format!("{}{}\n", spaces(indent), el.value)
                } else {
                    el.value.clone()
                }
            }
            Kind::Table => self.convert_table(el, indent),
            Kind::Thead | Kind::Tbody | Kind::Tfoot | Kind::Tr | Kind::Td => self.inner(el, indent),
            Kind::Comment => {
                if el.o.span {
                    format!("<!-- {} -->", el.value)
                } else {
                    format!("{}<!-- {} -->\n", spaces(indent), el.value)
                }
            }
            Kind::Br => "<br />".to_owned(),
            Kind::A => {
                let body = self.inner(el, indent);
                format_span("a", &el.attr, &body)
            }
            Kind::Img => format!("<img{} />", html_attributes(&el.attr)),
            Kind::Codespan => self.convert_codespan(el),
            Kind::Footnote => self.convert_footnote(el),
            Kind::Raw => {
                let t = &el.o.raw_types;
                if t.is_empty() || t.iter().any(|x| x == "html") {
                    if el.o.span {
                        el.value.clone()
                    } else {
                        format!("{}\n", el.value)
                    }
                } else {
                    String::new()
                }
            }
            Kind::Em | Kind::Strong => {
                let body = self.inner(el, indent);
                format_span(
                    if el.kind == Kind::Em { "em" } else { "strong" },
                    &el.attr,
                    &body,
                )
            }
            Kind::Entity => match el.o.entity {
                Some(e) => self.entity_to_str(e, el.o.original.as_deref()),
                None => String::new(),
            },
            Kind::TypographicSym => self.convert_typographic_sym(el),
            Kind::SmartQuote => {
                let i = match el.o.quote {
                    Some(Quote::Lsquo) => 0,
                    Some(Quote::Rsquo) => 1,
                    Some(Quote::Ldquo) => 2,
                    _ => 3,
                };
                let name = self.opts().smart_quotes.get(i).cloned().unwrap_or_default();
                match Entity::by_name(&name) {
                    Some(e) => self.entity_to_str(e, None),
                    None => String::new(),
                }
            }
            Kind::Math => self.convert_math(el, indent),
            Kind::Abbreviation => {
                let title = self
                    .doc
                    .abbrev_defs
                    .iter()
                    .find(|(k, _)| *k == el.value)
                    .map(|(_, v)| v.as_str());
                let mut attr = self
                    .doc
                    .abbrev_attrs
                    .get(&el.value)
                    .cloned()
                    .unwrap_or_default();
                if let Some(t) = title
                    && !t.is_empty()
                {
                    attr.set("title", t.to_owned());
                }
                format_span("abbr", &attr, &el.value)
            }
        }
    }

    fn generate_id(&mut self, s: &str) -> String {
        let mut id = basic_generate_id(s);
        if id.is_empty() {
            id = "section".to_owned();
        }
        if let Some(n) = self.used_ids.get_mut(&id) {
            *n += 1;
            id = format!("{id}-{n}");
        } else {
            self.used_ids.insert(id.clone(), 0);
        }
        format!("{}{}", self.opts().auto_id_prefix, id)
    }

    fn convert_header(&mut self, el: &Element, indent: i32) -> String {
        let mut attr = el.attr.clone();
        if self.opts().auto_ids && !attr.contains("id") {
            let id = self.generate_id(&el.o.raw_text);
            attr.set("id", id);
        }
        if let Some(id) = attr.get("id") {
            let in_toc = self.opts().toc_levels.contains(&el.o.level)
                && !attr
                    .get("class")
                    .is_some_and(|c| c.split_whitespace().any(|w| w == "no_toc"));
            if in_toc {
                self.toc
                    .push((el.o.level, id.to_owned(), el.children.clone()));
            }
        }
        let level = (i32::from(el.o.level) + self.opts().header_offset).clamp(1, 6);
        let body = self.inner(el, indent);
        format_block(&format!("h{level}"), &attr, &body, indent)
    }

    fn convert_list(&mut self, el: &Element, indent: i32) -> String {
        let refs = el.o.ial.as_ref().map(|i| i.refs.as_slice()).unwrap_or(&[]);
        if self.toc_code.is_none() && refs.iter().any(|r| r == "toc") {
            let code = placeholder(1);
            self.toc_code = Some((el.kind, el.attr.clone(), code.clone()));
            return code;
        }
        if self.footnote_location.is_none() && refs.iter().any(|r| r == "footnotes") {
            let code = placeholder(2);
            self.footnote_location = Some(code.clone());
            return code;
        }
        let body = self.inner(el, indent);
        format_indented(
            if el.kind == Kind::Ul { "ul" } else { "ol" },
            &el.attr,
            &body,
            indent,
        )
    }

    fn convert_li(&mut self, el: &Element, indent: i32) -> String {
        let name = if el.kind == Kind::Dd { "dd" } else { "li" };
        let mut out = format!("{}<{name}{}>", spaces(indent), html_attributes(&el.attr));
        let res = self.inner(el, indent);
        let plain = el
            .children
            .first()
            .is_none_or(|f| f.kind == Kind::P && f.o.transparent);
        if plain {
            out.push_str(&res);
            if res.ends_with('\n') {
                out.push_str(&spaces(indent));
            }
        } else {
            out.push('\n');
            out.push_str(&res);
            out.push_str(&spaces(indent));
        }
        out.push_str(&format!("</{name}>\n"));
        out
    }

    fn convert_dt(&mut self, el: &Element, indent: i32, refs: &[String]) -> String {
        let mut attr = el.attr.clone();
        if !attr.contains("id") {
            for r in refs {
                if let Some(rest) = r.strip_prefix("auto_ids") {
                    let prefix = rest.strip_prefix('-').unwrap_or("");
                    let id = format!("{prefix}{}", basic_generate_id(&el.o.raw_text));
                    attr.set("id", id.trim_start().to_owned());
                    break;
                }
            }
        }
        let body = self.inner(el, indent);
        format_block("dt", &attr, &body, indent)
    }

    fn convert_html_element(&mut self, el: &Element, indent: i32, parent: Parent) -> String {
        let res = self.inner(el, indent);
        let attrs = html_attributes(&el.attr);
        let name = &el.value;
        let no_body = HTML_ELEMENTS_WITHOUT_BODY.contains(&name.as_str());
        if el.o.span {
            return if res.is_empty() && no_body {
                format!("<{name}{attrs} />")
            } else {
                format!("<{name}{attrs}>{res}</{name}>")
            };
        }
        let mut out = String::new();
        if !parent.raw_html {
            out.push_str(&spaces(indent));
        }
        out.push_str(&format!("<{name}{attrs}"));
        if el.o.is_closed && el.o.content_model == ContentModel::Raw {
            out.push_str(" />");
        } else if !res.is_empty() && el.o.content_model != ContentModel::Block {
            out.push_str(&format!(">{res}</{name}>"));
        } else if !res.is_empty() {
            let body = res.strip_suffix('\n').unwrap_or(&res);
            out.push_str(&format!(">\n{body}\n{}</{name}>", spaces(indent)));
        } else if no_body {
            out.push_str(" />");
        } else {
            out.push_str(&format!("></{name}>"));
        }
        if !parent.raw_html {
            out.push('\n');
        }
        out
    }

    fn convert_table(&mut self, el: &Element, indent: i32) -> String {
        let mut body = String::new();
        for section in &el.children {
            let head = section.kind == Kind::Thead;
            let name = match section.kind {
                Kind::Thead => "thead",
                Kind::Tfoot => "tfoot",
                _ => "tbody",
            };
            let mut rows = String::new();
            for row in &section.children {
                let mut cells = String::new();
                for (i, cell) in row.children.iter().enumerate() {
                    let res = self.inner(cell, indent + 6);
                    let mut attr = cell.attr.clone();
                    let align = el.o.alignment.get(i).copied().unwrap_or(Align::Default);
                    let a = match align {
                        Align::Default => None,
                        Align::Left => Some("left"),
                        Align::Center => Some("center"),
                        Align::Right => Some("right"),
                    };
                    if let Some(a) = a {
                        let style = match attr.get("style") {
                            Some(s) => format!("{s}; text-align: {a}"),
                            None => format!("text-align: {a}"),
                        };
                        attr.set("style", style);
                    }
                    let body = if res.is_empty() { self.nbsp() } else { res };
                    cells.push_str(&format_block(
                        if head { "th" } else { "td" },
                        &attr,
                        &body,
                        indent + 6,
                    ));
                }
                rows.push_str(&format_indented("tr", &row.attr, &cells, indent + 4));
            }
            body.push_str(&format_indented(name, &section.attr, &rows, indent + 2));
        }
        format_indented("table", &el.attr, &body, indent)
    }

    fn convert_typographic_sym(&self, el: &Element) -> String {
        let sym = el.o.sym.unwrap_or(Sym::Mdash);
        let key = match sym {
            Sym::Mdash => "mdash",
            Sym::Ndash => "ndash",
            Sym::Hellip => "hellip",
            Sym::LaquoSpace => "laquo_space",
            Sym::RaquoSpace => "raquo_space",
            Sym::Laquo => "laquo",
            Sym::Raquo => "raquo",
        };
        if let Some((_, v)) = self
            .opts()
            .typographic_symbols
            .iter()
            .find(|(k, _)| k == key)
        {
            return escape_html(v, true, false);
        }
        let names: &[&str] = match sym {
            Sym::Mdash => &["mdash"],
            Sym::Ndash => &["ndash"],
            Sym::Hellip => &["hellip"],
            Sym::LaquoSpace => &["laquo", "nbsp"],
            Sym::RaquoSpace => &["nbsp", "raquo"],
            Sym::Laquo => &["laquo"],
            Sym::Raquo => &["raquo"],
        };
        names
            .iter()
            .filter_map(|n| Entity::by_name(n))
            .map(|e| self.entity_to_str(e, None))
            .collect()
    }

    fn convert_math(&mut self, el: &Element, indent: i32) -> String {
        if self.opts().math_engine.as_deref() == Some("mathjax") {
            let value = escape_html(&el.value, false, false);
            if !el.o.span {
                let result = format!("\\[{value}\\]\n");
                if el.attr.is_empty() {
                    result
                } else {
                    format_block("div", &el.attr, &result, indent)
                }
            } else {
                let result = format!("\\({value}\\)");
                if el.attr.is_empty() {
                    result
                } else {
                    format_span("span", &el.attr, &format!("${}$", el.value))
                }
            }
        } else {
            let mut attr = el.attr.clone();
            let class = format!("{} kdmath", attr.get("class").unwrap_or(""));
            attr.set("class", class.trim_start().to_owned());
            if el.o.span {
                format_span("span", &attr, &format!("${}$", el.value))
            } else {
                format_block("div", &attr, &format!("$$\n{}\n$$", el.value), indent)
            }
        }
    }
}

/// An image alone in a paragraph with the `standalone` reference: a figure with a caption.
fn convert_standalone_image(p: &Element, img: &Element, indent: i32) -> String {
    let mut figure_attr = p.attr.clone();
    let mut image_attr = img.attr.clone();
    for key in ["class", "id"] {
        if image_attr.contains(key)
            && !figure_attr.contains(key)
            && let Some(v) = image_attr.remove(key)
        {
            figure_attr.set(key, v);
        }
    }
    let sp = spaces(indent + 2);
    let body = format!(
        "{sp}<img{} />\n{sp}<figcaption>{}</figcaption>\n",
        html_attributes(&image_attr),
        image_attr.get("alt").unwrap_or("")
    );
    format_indented("figure", &figure_attr, &body, indent)
}

/// Joins lines broken between two CJK characters (`remove_line_breaks_for_cjk`).
fn fix_cjk_line_break(mut text: String) -> String {
    static CJK_BREAK: std::sync::LazyLock<crate::scanner::Pat> = std::sync::LazyLock::new(|| {
        crate::scanner::Pat::new(
            r"([\p{Han}\p{Hiragana}\p{Katakana}]+)\n([\p{Han}\p{Hiragana}\p{Katakana}]+)",
        )
    });
    while CJK_BREAK.is_match(&text) {
        text = CJK_BREAK.replace(&text, true, |m| format!("{}{}", m.s(1), m.s(2)));
    }
    text
}
