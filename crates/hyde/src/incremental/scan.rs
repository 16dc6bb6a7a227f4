//! What a template may read of the site beyond its own page, found in its Liquid
//! markup (`{{ … }}` and `{% … %}`, text outside them ignored). The scan errs on the
//! side of reading more: `site` used whole (`{% assign s = site %}`, `site[key]`), an
//! unknown key of `site`, or a tag hyde does not know reads everything.

use std::collections::BTreeSet;

/// What a template may read besides its page and the configuration.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Reads {
    /// The site's lists of pages and documents (`site.posts`, `site.pages`, a
    /// collection, `site.tags`, `paginator`, `page.next`, `{% post_url %}`, …).
    pub(crate) lists: bool,
    /// `site.static_files` (and `site.collections`, which lists them too).
    pub(crate) statics: bool,
    /// The whole of `site.data`.
    pub(crate) data_all: bool,
    /// The `site.data` keys read.
    pub(crate) data: BTreeSet<String>,
}

impl Reads {
    /// Everything a template can read.
    pub(crate) fn everything() -> Reads {
        Reads {
            lists: true,
            statics: true,
            data_all: true,
            data: BTreeSet::new(),
        }
    }

    /// Adds what `other` reads.
    pub(crate) fn add(&mut self, other: &Reads) {
        self.lists |= other.lists;
        self.statics |= other.statics;
        self.data_all |= other.data_all;
        self.data.extend(other.data.iter().cloned());
    }
}

/// `site` keys that list pages and documents.
const LIST_KEYS: [&str; 8] = [
    "posts",
    "pages",
    "documents",
    "html_pages",
    "html_files",
    "tags",
    "categories",
    "related_posts",
];

/// Tags that read nothing of the site by themselves (an include's reads are the
/// include's own, recorded when it is rendered).
const PLAIN_TAGS: [&str; 34] = [
    "if",
    "elsif",
    "else",
    "endif",
    "unless",
    "endunless",
    "for",
    "endfor",
    "break",
    "continue",
    "case",
    "when",
    "endcase",
    "assign",
    "capture",
    "endcapture",
    "comment",
    "endcomment",
    "raw",
    "endraw",
    "include",
    "include_relative",
    "include_cached",
    "render",
    "highlight",
    "endhighlight",
    "cycle",
    "increment",
    "decrement",
    "tablerow",
    "endtablerow",
    "echo",
    "liquid",
    "feed_meta",
];

/// What `text` may read; `config_keys` are the top-level configuration keys (read
/// as `site.KEY`, they change only with the configuration), `collections` the
/// collection labels (`site.LABEL` lists documents).
pub(crate) fn scan(
    text: &str,
    config_keys: &dyn Fn(&str) -> bool,
    collections: &[String],
) -> Reads {
    let mut reads = Reads::default();
    let mut rest = text;
    while let Some(start) = rest.find('{') {
        let after = &rest[start + 1..];
        let (close, is_tag) = match after.as_bytes().first() {
            Some(b'{') => ("}}", false),
            Some(b'%') => ("%}", true),
            _ => {
                rest = after;
                continue;
            }
        };
        let inner_start = &after[1..];
        let end = inner_start.find(close).unwrap_or(inner_start.len());
        let markup = &inner_start[..end];
        if is_tag {
            tag(markup, &mut reads);
        }
        expression(markup, config_keys, collections, &mut reads);
        rest = &inner_start[end..];
    }
    reads
}

/// A tag's name: what it reads by itself.
fn tag(markup: &str, reads: &mut Reads) {
    let markup = markup.trim_start_matches('-').trim_start();
    let name: String = markup
        .chars()
        .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
        .collect();
    if name.is_empty() || PLAIN_TAGS.contains(&name.as_str()) {
        return;
    }
    match name.as_str() {
        "post_url" | "link" => {
            reads.lists = true;
            reads.statics = true;
        }
        // jekyll-seo-tag: the configuration, the page (and `paginator`), and the
        // author's entry in `site.data.authors`.
        "seo" => {
            reads.data.insert("authors".to_string());
        }
        _ => reads.add(&Reads::everything()),
    }
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b'?'
}

/// The variables an expression names.
fn expression(
    markup: &str,
    config_keys: &dyn Fn(&str) -> bool,
    collections: &[String],
    reads: &mut Reads,
) {
    let bytes = markup.as_bytes();
    let mut i = 0;
    let mut quote: Option<u8> = None;
    while i < bytes.len() {
        let c = bytes[i];
        if c == b'"' || c == b'\'' {
            // Strings are scanned too (`where_exp` expressions), but a word inside
            // a path or a name there (`'assets/site.webmanifest'`) is no variable.
            quote = match quote {
                Some(q) if q == c => None,
                None => Some(c),
                other => other,
            };
            i += 1;
            continue;
        }
        if quote.is_some()
            && i > 0
            && !matches!(
                bytes[i - 1],
                b'"' | b'\'' | b' ' | b'(' | b'=' | b'!' | b'<' | b'>' | b',' | b'|'
            )
        {
            let start = i;
            while i < bytes.len() && is_ident(bytes[i]) {
                i += 1;
            }
            i += usize::from(i == start);
            continue;
        }
        if !(c.is_ascii_alphabetic() || c == b'_') {
            i += 1;
            continue;
        }
        let start = i;
        while i < bytes.len() && is_ident(bytes[i]) {
            i += 1;
        }
        let word = &markup[start..i];
        let after_dot = start > 0 && bytes[start - 1] == b'.';
        if after_dot {
            if word == "next" || word == "previous" {
                reads.lists = true;
            }
            continue;
        }
        match word {
            "paginator" => reads.lists = true,
            "liquify" => reads.add(&Reads::everything()),
            "site" => {
                if bytes.get(i) != Some(&b'.') {
                    reads.add(&Reads::everything());
                    continue;
                }
                let key_start = i + 1;
                let mut j = key_start;
                while j < bytes.len() && is_ident(bytes[j]) {
                    j += 1;
                }
                let key = &markup[key_start..j];
                match key {
                    "data" => {
                        if bytes.get(j) == Some(&b'.') {
                            let mut k = j + 1;
                            while k < bytes.len() && is_ident(bytes[k]) {
                                k += 1;
                            }
                            let name = &markup[j + 1..k];
                            if name.is_empty() {
                                reads.data_all = true;
                            } else {
                                reads.data.insert(name.to_string());
                            }
                        } else {
                            reads.data_all = true;
                        }
                    }
                    "static_files" => reads.statics = true,
                    // The build's time: kept from the render that wrote the page, as
                    // Jekyll's incremental regeneration keeps it.
                    "time" => {}
                    "collections" => {
                        reads.lists = true;
                        reads.statics = true;
                    }
                    k if LIST_KEYS.contains(&k) || collections.iter().any(|c| c == k) => {
                        reads.lists = true;
                    }
                    k if config_keys(k) => {}
                    _ => reads.add(&Reads::everything()),
                }
                i = j;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reads(text: &str) -> Reads {
        scan(text, &|k| k == "title" || k == "url", &["news".to_string()])
    }

    #[test]
    fn text_outside_markup_reads_nothing() {
        assert_eq!(reads("this site lists posts"), Reads::default());
    }

    #[test]
    fn configuration_keys_read_nothing_but_lists_do() {
        assert_eq!(
            reads("{{ site.title }} {{ site.url | append: '/' }}"),
            Reads::default()
        );
        assert!(reads("{% for p in site.posts %}{% endfor %}").lists);
        assert!(reads("{{ site.news | size }}").lists);
        assert!(reads("{{ page.next.url }}").lists);
        assert!(reads("{{ paginator.posts }}").lists);
        assert!(reads("{% post_url 2020-01-01-a %}").lists);
        assert!(reads("{{ site.static_files | size }}").statics);
    }

    #[test]
    fn data_reads_are_named() {
        let r = reads("{{ site.data.nav.items }} {{ site.data.people }}");
        assert_eq!(r.data.into_iter().collect::<Vec<_>>(), ["nav", "people"]);
        assert!(reads("{{ site.data[page.key] }}").data_all);
    }

    #[test]
    fn site_used_whole_or_unknown_reads_everything() {
        assert_eq!(reads("{% assign s = site %}"), Reads::everything());
        assert_eq!(reads("{{ site['posts'] }}"), Reads::everything());
        assert_eq!(reads("{{ site.unknown_key }}"), Reads::everything());
        assert_eq!(reads("{% some_plugin_tag %}"), Reads::everything());
        assert_eq!(
            reads("{{ 'assets/site.webmanifest' | absolute_url }}"),
            Reads::default()
        );
        assert!(reads("{{ x | where_exp: 'i', 'i.a == site.posts' }}").lists);
        assert_eq!(
            reads("{% seo title=false %}")
                .data
                .into_iter()
                .collect::<Vec<_>>(),
            ["authors"]
        );
        assert_eq!(reads("{{ x | liquify }}"), Reads::everything());
    }
}
