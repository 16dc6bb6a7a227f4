//! Code blocks and code spans: Rouge highlighting and Jekyll's wrapper classes.

use super::Converter;
use super::markup::{escape_html, format_span, html_attributes, spaces};
use crate::element::{Attrs, Element};
use crate::highlight;

impl Converter<'_> {
    pub(super) fn convert_codeblock(&mut self, el: &Element, indent: i32) -> String {
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
            let class_lang = lang.or_else(|| {
                let o = self.opts().highlighter(true);
                o.default_lang.map(str::to_owned)
            });
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

    /// Rouge as kramdown calls it (`SyntaxHighlighter::Rouge.call`, the
    /// language with its lexer options, `php?start_inline=1`); `None` when
    /// kramdown would not highlight.
    fn highlight(&self, code: &str, lang: Option<&str>, block: bool) -> Option<String> {
        if self.opts().syntax_highlighter.as_deref() != Some("rouge") {
            return None;
        }
        let o = self.opts().highlighter(block);
        // No language at all: Rouge guesses (`find_fancy(nil)`), if asked to.
        let lang = lang
            .or(o.default_lang)
            .or_else(|| o.guess_lang.then_some("guess"))?;
        if o.disable || !highlight::is_known(lang) {
            return None;
        }
        let name = highlight::resolve(lang, code);
        if name.split('?').next() == Some("plaintext") && !o.guess_lang {
            return None;
        }
        let tokens = highlight::tokens(code, &name);
        Some(if block {
            format!(
                "<div class=\"highlight\"><pre class=\"highlight\"><code>{tokens}</code></pre></div>"
            )
        } else {
            tokens
        })
    }

    pub(super) fn convert_codespan(&mut self, el: &Element) -> String {
        let mut attr = el.attr.clone();
        let lang = extract_code_language(&attr);
        let result = match self.highlight(&el.value, lang.as_deref(), false) {
            Some(r) => {
                let class_lang = lang.or_else(|| {
                    let o = self.opts().highlighter(false);
                    o.default_lang.map(str::to_owned)
                });
                add_highlighter_class(&mut attr, class_lang.as_deref(), self.opts());
                r
            }
            None => escape_html(&el.value, false, false),
        };
        format_span("code", &attr, &result)
    }
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
