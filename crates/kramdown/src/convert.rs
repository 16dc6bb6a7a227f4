//! kramdown's HTML converter: the tree to HTML, indented the way kramdown
//! indents it (two spaces per level inside lists, tables, footnotes and
//! Markdown-parsed HTML), with Jekyll's Rouge wrappers around code.

use std::collections::HashMap;

use crate::element::{Align, Attrs, ContentModel, Element, Kind, Quote, Sym};
use crate::entities::Entity;
use crate::highlight;
use crate::parser::{Document, HTML_ELEMENTS_WITHOUT_BODY};

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

fn spaces(n: i32) -> String {
    " ".repeat(n.max(0) as usize)
}

/// kramdown's `escape_html`: `<`, `>`, `&` (and `"` in attributes); in text and
/// attributes an existing entity reference is left alone.
pub(crate) fn escape_html(s: &str, keep_refs: bool, quotes: bool) -> String {
    let mut out = String::with_capacity(s.len() + 16);
    let mut i = 0;
    let b = s.as_bytes();
    while i < s.len() {
        let ch = b[i];
        match ch {
            b'&' => {
                if keep_refs && let Some(len) = reference_len(&s[i..]) {
                    out.push_str(&s[i..i + len]);
                    i += len;
                    continue;
                }
                out.push_str("&amp;");
            }
            b'<' => out.push_str("&lt;"),
            b'>' => out.push_str("&gt;"),
            b'"' if quotes => out.push_str("&quot;"),
            _ => {
                let len = s[i..].chars().next().map_or(1, char::len_utf8);
                out.push_str(&s[i..i + len]);
                i += len;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Length of an XML reference (`&name;`, `&#123;`, `&#x1F;`) at the start of `s`.
fn reference_len(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    let word = |c: u8| c.is_ascii_alphanumeric() || c == b'_';
    let mut i;
    if b.get(1) == Some(&b'#') {
        i = 2;
        if b.get(2) == Some(&b'x') {
            i = 3;
            let start = i;
            while b.get(i).is_some_and(u8::is_ascii_hexdigit) {
                i += 1;
            }
            if i > start && b.get(i) == Some(&b';') {
                return Some(i + 1);
            }
            // `&#x` without hex digits may still be decimal? No: fall through to None.
            return None;
        }
        let start = i;
        while b.get(i).is_some_and(u8::is_ascii_digit) {
            i += 1;
        }
        return (i > start && b.get(i) == Some(&b';')).then_some(i + 1);
    }
    if !b.get(1).is_some_and(|&c| word(c) || c == b':') {
        return None;
    }
    i = 2;
    while b
        .get(i)
        .is_some_and(|&c| word(c) || c == b'-' || c == b'.' || c == b':')
    {
        i += 1;
    }
    (b.get(i) == Some(&b';')).then_some(i + 1)
}

fn html_attributes(attr: &Attrs) -> String {
    let mut out = String::new();
    for (k, v) in &attr.0 {
        if k == "id" && v.trim().is_empty() {
            continue;
        }
        out.push(' ');
        out.push_str(k);
        out.push_str("=\"");
        out.push_str(&escape_html(v, true, true));
        out.push('"');
    }
    out
}

fn format_block(name: &str, attr: &Attrs, body: &str, indent: i32) -> String {
    format!(
        "{}<{name}{}>{body}</{name}>\n",
        spaces(indent),
        html_attributes(attr)
    )
}

fn format_indented(name: &str, attr: &Attrs, body: &str, indent: i32) -> String {
    let sp = spaces(indent);
    format!(
        "{sp}<{name}{}>\n{body}{sp}</{name}>\n",
        html_attributes(attr)
    )
}

fn format_span(name: &str, attr: &Attrs, body: &str) -> String {
    format!("<{name}{}>{body}</{name}>", html_attributes(attr))
}

/// A 129-character placeholder unlikely to occur in output.
fn placeholder(seed: usize) -> String {
    format!("\u{1}kramdown-placeholder-{seed}\u{1}")
}

fn basic_generate_id(s: &str) -> String {
    let mut out = String::new();
    for line in s.split_inclusive('\n') {
        let trimmed = line.trim_start_matches(|c: char| !c.is_ascii_alphabetic());
        out.push_str(trimmed);
    }
    out.chars()
        .filter(|c| c.is_ascii_alphanumeric() || *c == ' ' || *c == '-')
        .map(|c| {
            if c == ' ' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect()
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

    fn convert_codeblock(&mut self, el: &Element, indent: i32) -> String {
        let mut attr = el.attr.clone();
        let lang = extract_code_language(&attr);
        if let Some(l) = &lang {
            let class = attr.get("class").unwrap_or("");
            let removed = remove_first_language(class).trim().to_owned();
            if removed.is_empty() {
                attr.remove("class");
            } else {
                attr.set("class", removed);
            }
            let _ = l;
        }
        let hl_lang = el.o.lang.clone().or_else(|| lang.clone());
        if let Some(code) = self.highlight(&el.value, hl_lang.as_deref(), true) {
            let class_lang = lang.or_else(|| self.opts().default_lang.clone());
            add_highlighter_class(&mut attr, class_lang.as_deref(), self.opts());
            let sp = spaces(indent);
            format!("{sp}<div{}>{code}{sp}</div>\n", html_attributes(&attr))
        } else {
            let mut result = escape_html(&el.value, false, false);
            if result.ends_with('\n') {
                result.pop();
            }
            let mut code_attr = Attrs::default();
            if let Some(l) = &lang {
                code_attr.set("class", format!("language-{l}"));
            }
            format!(
                "{}<pre{}><code{}>{result}\n</code></pre>\n",
                spaces(indent),
                html_attributes(&attr),
                html_attributes(&code_attr)
            )
        }
    }

    /// Rouge as kramdown calls it; `None` when kramdown would not highlight.
    fn highlight(&self, code: &str, lang: Option<&str>, block: bool) -> Option<String> {
        let o = self.opts();
        if o.syntax_highlighter.as_deref() != Some("rouge") {
            return None;
        }
        let lang = lang.map(str::to_owned).or_else(|| o.default_lang.clone());
        let lang = lang?;
        if !highlight::is_known(&lang) {
            return None;
        }
        let name = lang.split('?').next().unwrap_or("");
        if name == "plaintext" && !o.guess_lang {
            return None;
        }
        let tokens = highlight::tokens(code, name);
        Some(if block {
            format!(
                "<div class=\"highlight\"><pre class=\"highlight\"><code>{tokens}</code></pre></div>"
            )
        } else {
            tokens
        })
    }

    fn convert_codespan(&mut self, el: &Element) -> String {
        let mut attr = el.attr.clone();
        let lang = extract_code_language(&attr);
        let result = match self.highlight(&el.value, lang.as_deref(), false) {
            Some(r) => {
                let class_lang = lang.or_else(|| self.opts().default_lang.clone());
                add_highlighter_class(&mut attr, class_lang.as_deref(), self.opts());
                r
            }
            None => escape_html(&el.value, false, false),
        };
        format_span("code", &attr, &result)
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

    fn convert_footnote(&mut self, el: &Element) -> String {
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

    fn footnote_content(&mut self) -> String {
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

    fn generate_toc_tree(&self, kind: Kind, attr: &Attrs) -> Element {
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

fn extract_code_language(attr: &Attrs) -> Option<String> {
    let class = attr.get("class")?;
    let mut search = class;
    let mut offset = 0;
    while let Some(i) = search.find("language-") {
        let abs = offset + i;
        let boundary = abs == 0
            || !class[..abs]
                .chars()
                .last()
                .is_some_and(|c| c.is_alphanumeric() || c == '_');
        let rest = &class[abs + 9..];
        let lang: String = rest.chars().take_while(|c| !c.is_whitespace()).collect();
        if boundary && !lang.is_empty() {
            return Some(lang);
        }
        offset = abs + 9;
        search = &class[offset..];
    }
    None
}

fn remove_first_language(class: &str) -> String {
    if let Some(lang) = extract_code_language(&{
        let mut a = Attrs::default();
        a.set("class", class.to_owned());
        a
    }) {
        let needle = format!("language-{lang}");
        if let Some(i) = class.find(&needle) {
            return format!("{}{}", &class[..i], &class[i + needle.len()..]);
        }
    }
    class.to_owned()
}

fn add_highlighter_class(attr: &mut Attrs, lang: Option<&str>, o: &crate::options::Options) {
    let hl = o.syntax_highlighter.clone().unwrap_or_default();
    let class = format!("{} highlighter-{hl}", attr.get("class").unwrap_or(""));
    let mut class = class.trim_start().to_owned();
    if let Some(lang) = lang {
        let existing = extract_code_language(&{
            let mut a = Attrs::default();
            a.set("class", class.clone());
            a
        });
        class = match existing {
            Some(old) => class.replacen(&format!("language-{old}"), &format!("language-{lang}"), 1),
            None => format!("language-{lang} {class}"),
        };
    }
    attr.set("class", class);
}

#[cfg(test)]
mod tests {
    use super::{basic_generate_id, escape_html};

    #[test]
    fn escaping_keeps_references_in_text() {
        assert_eq!(
            escape_html("a &amp; b & <c> &#169;", true, false),
            "a &amp; b &amp; &lt;c&gt; &#169;"
        );
        assert_eq!(escape_html("&amp; \"", false, true), "&amp;amp; &quot;");
    }

    #[test]
    fn kramdown_ids_drop_leading_non_letters() {
        assert_eq!(basic_generate_id("1. Numbers first"), "numbers-first");
        assert_eq!(basic_generate_id("Café Olé"), "caf-ol");
    }
}
