//! jekyll-titles-from-headings 0.5.3: a Markdown page without a `title` takes the text of
//! its first heading (an atx `#` to `###` or a setext heading, before anything else), as
//! `markdownify | strip_html | normalize_whitespace` leaves it, footnote marks removed.
//! Options under `titles_from_headings:`: `enabled: false`; `strip_title: true` (also a
//! page's own `strip_title:`) removes the heading from the body; `collections: true` also
//! titles the documents that are written, whose titles (inferred from their file names or
//! not) the heading always replaces. A generator of priority `:lowest`, reading the raw
//! bodies before Liquid.

use std::sync::LazyLock;

use hyde_liquid::Value;
use regex::Regex;

use hyde::Document;
use hyde::Plugin;
use hyde::Result;
use hyde::Site;
use hyde::SiteLiquid;

use crate::optional_front_matter::{is_markdown, option};

/// The gem's `TITLE_REGEX` (Ruby's `\s` is ASCII whitespace, `$` an end of line).
static TITLE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    Regex::new(
        r"(?m)\A[\t\n\x0B\x0C\r ]*(?:#{1,3}[\t\n\x0B\x0C\r ]+(.*)(?:[\t\n\x0B\x0C\r ]+#{1,3})?|(.*)\r?\n[-=]+[\t\n\x0B\x0C\r ]*)$",
    )
    .ok()
});

/// The gem's `EXTRA_MARKUP_REGEX`: footnote marks left after markdownify.
static FOOTNOTE: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::new(r"\[\^[^\]]*\]").ok());

/// The generator of jekyll-titles-from-headings.
pub(crate) struct TitlesFromHeadings;

impl Plugin for TitlesFromHeadings {
    fn name(&self) -> &str {
        "jekyll-titles-from-headings"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let setting = |key: &str| option(site, "titles_from_headings", key).cloned();
        if setting("enabled") == Some(Value::Bool(false)) {
            return Ok(());
        }
        let strip_default = setting("strip_title") == Some(Value::Bool(true));
        let collections = setting("collections") == Some(Value::Bool(true));
        let (Some(title_regex), Some(footnote)) = (TITLE.as_ref(), FOOTNOTE.as_ref()) else {
            return Ok(());
        };
        let liquid = SiteLiquid::new(site);
        let docs: Vec<usize> = if collections {
            docs_to_write(site)
        } else {
            Vec::new()
        };
        let titled = |site: &Site, doc: &Document| -> Result<Option<Change>> {
            if !is_markdown(site, &doc.ext) {
                return Ok(None);
            }
            let is_page = doc.collection().is_none();
            if is_page && !doc.data.get("title").is_none_or(Value::is_nil) {
                return Ok(None);
            }
            let title = match title_regex.captures(&doc.content) {
                Some(caps) => {
                    let text = caps.get(1).or(caps.get(2)).map_or("", |m| m.as_str());
                    let stripped = liquid.filter(
                        &Value::from(text),
                        "markdownify | strip_html | normalize_whitespace",
                    )?;
                    Value::from(footnote.replace_all(&stripped, "").into_owned())
                }
                None => doc.data.get("title").cloned().unwrap_or(Value::Nil),
            };
            let strip = match doc.data.get("strip_title") {
                Some(v) => *v == Value::Bool(true),
                None => strip_default,
            };
            let content = strip.then(|| {
                title_regex
                    .replace(&doc.content, "")
                    .trim_matches(['\0', '\t', '\n', '\x0B', '\x0C', '\r', ' '])
                    .to_string()
            });
            Ok(Some(Change { title, content }))
        };
        for i in 0..site.pages.len() {
            if let Some(change) = titled(site, &site.pages[i])? {
                change.apply(&mut site.pages[i]);
            }
        }
        for i in docs {
            if let Some(change) = titled(site, &site.documents[i])? {
                change.apply(&mut site.documents[i]);
            }
        }
        Ok(())
    }
}

/// What the generator does to one page or document.
struct Change {
    title: Value,
    content: Option<String>,
}

impl Change {
    fn apply(self, doc: &mut Document) {
        doc.data.insert("title".into(), self.title);
        if let Some(content) = self.content {
            let old = std::mem::replace(&mut doc.content, content);
            // The gem remakes only posts' excerpts; other documents keep the one made
            // from the body with its heading.
            if doc.collection().is_some_and(|c| c != "posts") && doc.excerpt_source.is_none() {
                doc.excerpt_source = Some(old);
            }
        }
    }
}

/// Jekyll's `site.docs_to_write`: the documents of every collection that are written,
/// as indexes into [`Site::documents`].
pub(crate) fn docs_to_write(site: &Site) -> Vec<usize> {
    site.collections
        .values()
        .filter(|c| c.write())
        .flat_map(|c| c.docs.iter().copied())
        .filter(|&i| site.documents.get(i).is_some_and(|d| d.write))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::TITLE;

    /// Each case as `atx|setext|the body without it` (`~` for a group that did not take
    /// part), or `none`, as Ruby 3.1 gives them with the gem's own regular expression.
    #[test]
    fn headings_are_matched_as_ruby_matches_the_gems_regex() {
        let Some(title) = TITLE.as_ref() else {
            panic!("TITLE does not compile");
        };
        for (text, ruby) in [
            ("# A\nb", "A|~|\nb"),
            ("#\n\nP", "P|~|"),
            ("### x ###", "x ###|~|"),
            ("#### no", "none"),
            ("Setext\n===\n\nbody", "~|Setext|\nbody"),
            ("  \n\t# x", "x|~|"),
            ("a\r\n---\r\n", "~|a\r|"),
            ("#x", "none"),
            ("## \n", "|~|"),
            ("text\n\n# late", "none"),
            ("-\n-", "~|-|"),
            ("# a\r\nb", "a\r|~|\nb"),
            ("\x0B# vt", "vt|~|"),
        ] {
            let ours = match title.captures(text) {
                Some(caps) => {
                    let group = |i| caps.get(i).map_or("~", |m| m.as_str());
                    format!("{}|{}|{}", group(1), group(2), title.replace(text, ""))
                }
                None => "none".to_string(),
            };
            assert_eq!(ours, ruby, "{text:?}");
        }
    }
}
