//! jekyll-toc 0.18.0: the `toc`, `toc_only` and `inject_anchors` filters and the
//! `{% toc %}` tag, for pages whose front matter says `toc: true`.
//!
//! The HTML is read and written back as Nokogiri does ([`crate::mentions_html`]).
//! Headings `h<min_level>`…`h<max_level>` make the list, in document order, but
//! those inside an element of class `no_toc_section_class` and those of class
//! `no_toc`; an entry's id is the heading's `id`, or its text made into one (lower
//! case, punctuation dropped, spaces to `-`, `CGI.escape`d) with `-1`, `-2`, … for
//! repeats. The list is `<ul id="toc" class="section-nav">` (`list_id`,
//! `list_class`, `ordered_list`), items `<li class="toc-entry toc-h2">` (`item_class`,
//! `item_prefix`), sublists with `sublist_class`. Anchors are
//! `<a class="anchor" href="#id" aria-hidden="true"><span class="octicon
//! octicon-link"></span></a>`, put before each heading's first child.

use std::sync::{Arc, LazyLock};

use hyde::liquid::{Context, Filter, FilterContext, Tag, Value};
use hyde::{Plugin, Site};

use crate::mentions_html::{self, Node};

/// The jekyll-toc plugin.
pub(crate) struct Toc;

/// The gem's `Configuration`: its defaults merged with the site's `toc:`.
#[derive(Clone, Debug)]
struct Config {
    min_level: i64,
    max_level: i64,
    ordered_list: bool,
    no_toc_section_class: Vec<String>,
    list_id: String,
    list_class: String,
    sublist_class: String,
    item_class: String,
    item_prefix: String,
}

impl Config {
    /// `DEFAULT_CONFIG.merge(site.config["toc"])`; the defaults when `toc:` is not a
    /// hash.
    fn new(site_toc: Option<&Value>) -> Config {
        let get = |key: &str| match site_toc {
            Some(Value::Hash(h)) => h.get(key).cloned(),
            _ => None,
        };
        let string = |key: &str, default: &str| {
            get(key).map_or_else(|| default.to_owned(), |v| v.to_ruby_string())
        };
        let level = |key: &str, default: i64| match get(key) {
            Some(Value::Int(n)) => n,
            Some(v) => v.to_ruby_string().trim().parse().unwrap_or(default),
            None => default,
        };
        Config {
            min_level: level("min_level", 1),
            max_level: level("max_level", 6),
            ordered_list: get("ordered_list").is_some_and(|v| v.is_truthy()),
            no_toc_section_class: match get("no_toc_section_class") {
                Some(Value::Array(a)) => a.iter().map(Value::to_ruby_string).collect(),
                Some(v) => vec![v.to_ruby_string()],
                None => vec!["no_toc_section".into()],
            },
            list_id: string("list_id", "toc"),
            list_class: string("list_class", "section-nav"),
            sublist_class: string("sublist_class", ""),
            item_class: string("item_class", "toc-entry"),
            item_prefix: string("item_prefix", "toc-"),
        }
    }

    fn list_tag(&self) -> &'static str {
        if self.ordered_list { "ol" } else { "ul" }
    }
}

/// One heading of the list.
#[derive(Debug)]
struct Entry {
    id: String,
    /// The heading's text, HTML-escaped.
    text: String,
    node_name: String,
    h_num: i64,
}

/// `Helper::PUNCTUATION_REGEXP`: what is not a word character, `-` or a space.
static PUNCTUATION: LazyLock<Option<regex::Regex>> =
    LazyLock::new(|| regex::Regex::new(r"[^\w\- ]").ok());

/// `generate_toc_id`.
fn toc_id(text: &str) -> String {
    let lower = text.to_lowercase();
    let kept = match &*PUNCTUATION {
        Some(re) => re.replace_all(&lower, "").into_owned(),
        None => lower,
    };
    cgi_escape(&kept.replace(' ', "-"))
}

/// Ruby's `CGI.escape`.
fn cgi_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' | b'_' | b'.' | b'-' | b'~' => {
                out.push(b as char);
            }
            b' ' => out.push('+'),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// Ruby's `CGI.escapeHTML`.
fn escape_html(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Nokogiri's `text` of a node: its text and its descendants', comments left out.
fn text_of(node: &Node, out: &mut String) {
    match node {
        Node::Text(t) | Node::Raw(t) => out.push_str(t),
        Node::Element { children, .. } => children.iter().for_each(|c| text_of(c, out)),
        Node::Comment(_) => {}
    }
}

fn classes(attrs: &[(String, Option<String>)]) -> Vec<&str> {
    attrs
        .iter()
        .find(|(k, _)| k == "class")
        .and_then(|(_, v)| v.as_deref())
        .map(|v| v.split_ascii_whitespace().collect())
        .unwrap_or_default()
}

/// The parsed fragment and its entries (`Parser#initialize`).
struct Parser {
    nodes: Vec<Node>,
    entries: Vec<Entry>,
    config: Config,
}

impl Parser {
    fn new(html: &str, config: &Config) -> Parser {
        let nodes = mentions_html::parse(html);
        let mut parser = Parser {
            nodes: Vec::new(),
            entries: Vec::new(),
            config: config.clone(),
        };
        let mut counts = std::collections::HashMap::new();
        for node in &nodes {
            parser.collect(node, false, &mut counts);
        }
        parser.nodes = nodes;
        parser
    }

    /// The heading level of an element named `name` that the list takes.
    fn level(&self, name: &str) -> Option<i64> {
        let n: i64 = name.strip_prefix('h')?.parse().ok()?;
        let levels = self.config.min_level..=self.config.max_level;
        (name.len() == 2 && levels.contains(&n)).then_some(n)
    }

    fn collect(
        &mut self,
        node: &Node,
        in_section: bool,
        counts: &mut std::collections::HashMap<String, usize>,
    ) {
        let Node::Element {
            name,
            attrs,
            children,
        } = node
        else {
            return;
        };
        let classes = classes(attrs);
        if let Some(h_num) = self.level(name)
            && !in_section
            && !classes.contains(&"no_toc")
        {
            let mut text = String::new();
            text_of(node, &mut text);
            // An `id` attribute is a new hash key each time: never numbered.
            let id = match attrs.iter().find(|(k, _)| k == "id") {
                Some((_, value)) => value.clone().unwrap_or_default(),
                None => {
                    let id = toc_id(&text);
                    let n = counts.entry(id.clone()).or_insert(0);
                    let numbered = if *n == 0 { id } else { format!("{id}-{n}") };
                    *n += 1;
                    numbered
                }
            };
            self.entries.push(Entry {
                id,
                text: escape_html(&text),
                node_name: name.clone(),
                h_num,
            });
        }
        let in_section = in_section
            || self
                .config
                .no_toc_section_class
                .iter()
                .any(|c| classes.contains(&c.as_str()));
        for child in children {
            self.collect(child, in_section, counts);
        }
    }

    /// `build_toc`.
    fn build_toc(&self) -> String {
        let tag = self.config.list_tag();
        format!(
            "<{tag} id=\"{}\" class=\"{}\">\n{}</{tag}>",
            self.config.list_id,
            self.config.list_class,
            self.build_list(&self.entries)
        )
    }

    /// `build_toc_list`.
    fn build_list(&self, entries: &[Entry]) -> String {
        let mut out = String::new();
        let Some(min) = entries.iter().map(|e| e.h_num).min() else {
            return out;
        };
        let tag = self.config.list_tag();
        let ul_attributes = if self.config.sublist_class.is_empty() {
            String::new()
        } else {
            format!(" class=\"{}\"", self.config.sublist_class)
        };
        let mut i = 0;
        while i < entries.len() {
            let entry = &entries[i];
            if entry.h_num == min {
                out.push_str(&format!(
                    "<li class=\"{} {}{}\"><a href=\"#{}\">{}</a>",
                    self.config.item_class,
                    self.config.item_prefix,
                    entry.node_name,
                    entry.id,
                    entry.text
                ));
                if entries.get(i + 1).is_some_and(|e| e.h_num > min) {
                    let nested = nest(&entries[i + 1..], min);
                    out.push_str(&format!(
                        "\n<{tag}{ul_attributes}>\n{}</{tag}>\n",
                        self.build_list(nested)
                    ));
                    i += nested.len();
                }
                out.push_str("</li>\n");
            } else if entry.h_num > min {
                let nested = nest(&entries[i..], min);
                out.push_str(&self.build_list(nested));
                i += nested.len().saturating_sub(1);
            }
            i += 1;
        }
        out
    }

    /// `inject_anchors_into_html`.
    fn inject_anchors(mut self) -> String {
        let mut ids = self.entries.iter().map(|e| e.id.clone());
        let mut nodes = std::mem::take(&mut self.nodes);
        for node in &mut nodes {
            self.inject(node, false, &mut ids);
        }
        mentions_html::serialize(&nodes)
    }

    /// Walks the headings in the order [`Parser::collect`] did, putting each one's
    /// anchor before its first child.
    fn inject(&self, node: &mut Node, in_section: bool, ids: &mut impl Iterator<Item = String>) {
        let Node::Element {
            name,
            attrs,
            children,
        } = node
        else {
            return;
        };
        let classes = classes(attrs);
        let in_child_section = in_section
            || self
                .config
                .no_toc_section_class
                .iter()
                .any(|c| classes.contains(&c.as_str()));
        let takes = self.level(name).is_some() && !in_section && !classes.contains(&"no_toc");
        let mut anchor = None;
        if takes && let Some(id) = ids.next() {
            anchor = Some(Node::Element {
                name: "a".into(),
                attrs: vec![
                    ("class".into(), Some("anchor".into())),
                    ("href".into(), Some(format!("#{id}"))),
                    ("aria-hidden".into(), Some("true".into())),
                ],
                children: vec![Node::Element {
                    name: "span".into(),
                    attrs: vec![("class".into(), Some("octicon octicon-link".into()))],
                    children: Vec::new(),
                }],
            });
        }
        for child in children.iter_mut() {
            self.inject(child, in_child_section, ids);
        }
        if let Some(anchor) = anchor
            && !children.is_empty()
        {
            children.insert(0, anchor);
        }
    }
}

/// `get_nest_entries`: the entries up to the next one at level `min`.
fn nest(entries: &[Entry], min: i64) -> &[Entry] {
    let end = entries
        .iter()
        .position(|e| e.h_num == min)
        .unwrap_or(entries.len());
    &entries[..end]
}

/// Which filter.
#[derive(Clone, Copy)]
enum Kind {
    Toc,
    TocOnly,
    InjectAnchors,
}

/// One of the gem's filters.
struct TocFilter {
    kind: Kind,
    config: Config,
}

impl Filter for TocFilter {
    fn name(&self) -> &str {
        match self.kind {
            Kind::Toc => "toc",
            Kind::TocOnly => "toc_only",
            Kind::InjectAnchors => "inject_anchors",
        }
    }

    fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
        Ok(match self.kind {
            Kind::TocOnly => Value::str(""),
            _ => input.clone(),
        })
    }

    fn call_in(
        &self,
        input: &Value,
        args: &[Value],
        context: &FilterContext<'_>,
    ) -> Result<Value, String> {
        if context.get("page.toc") != Value::Bool(true) {
            return self.call(input, args);
        }
        let parser = Parser::new(&input.to_ruby_string(), &self.config);
        Ok(Value::str(match self.kind {
            Kind::TocOnly => parser.build_toc(),
            Kind::InjectAnchors => parser.inject_anchors(),
            Kind::Toc => {
                let list = parser.build_toc();
                list + &parser.inject_anchors()
            }
        }))
    }
}

/// `{% toc %}`: the list of the page's content, when the page says `toc`.
struct TocTag {
    config: Config,
}

impl Tag for TocTag {
    fn name(&self) -> &str {
        "toc"
    }

    fn render(&self, _markup: &str, context: &Context<'_>) -> Result<String, String> {
        if !context.get("page.toc").is_truthy() {
            return Ok(String::new());
        }
        let content = match context.get("page.content") {
            Value::Nil => String::new(),
            v => v.to_ruby_string(),
        };
        Ok(Parser::new(&content, &self.config).build_toc())
    }
}

impl Plugin for Toc {
    fn name(&self) -> &str {
        "jekyll-toc"
    }

    fn filters(&self, site: &Site) -> Vec<Arc<dyn Filter>> {
        let config = Config::new(site.config.get("toc"));
        [Kind::Toc, Kind::TocOnly, Kind::InjectAnchors]
            .into_iter()
            .map(|kind| {
                Arc::new(TocFilter {
                    kind,
                    config: config.clone(),
                }) as Arc<dyn Filter>
            })
            .collect()
    }

    fn tags(&self, site: &Site) -> Vec<Arc<dyn Tag>> {
        vec![Arc::new(TocTag {
            config: Config::new(site.config.get("toc")),
        })]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_as_the_gem_makes_them() {
        assert_eq!(toc_id("Hello, World!"), "hello-world");
        assert_eq!(toc_id("Café au lait"), "caf%C3%A9-au-lait");
        assert_eq!(toc_id("snake_case & more"), "snake_case--more");
    }

    #[test]
    fn nested_headings_make_sublists() {
        let config = Config::new(None);
        let p = Parser::new(
            "<h1>A</h1><h2>B</h2><h3>C</h3><h2>B</h2><h1 class=\"no_toc\">X</h1>",
            &config,
        );
        assert_eq!(
            p.build_toc(),
            "<ul id=\"toc\" class=\"section-nav\">\n<li class=\"toc-entry toc-h1\"><a href=\"#a\">A</a>\n<ul>\n<li class=\"toc-entry toc-h2\"><a href=\"#b\">B</a>\n<ul>\n<li class=\"toc-entry toc-h3\"><a href=\"#c\">C</a></li>\n</ul>\n</li>\n<li class=\"toc-entry toc-h2\"><a href=\"#b-1\">B</a></li>\n</ul>\n</li>\n</ul>"
        );
    }
}
