//! jekyll-relative-links 0.7.0: in Markdown pages' bodies (and, with
//! `relative_links: {collections: true}`, the written documents'), inline links
//! `[text](path#fragment "title")` and reference definitions `[text]: path` whose path
//! names a page, static file or written document (relative to the page's folder, or to
//! the site with a leading `/`; `%`-encoded) point at its URL instead, with `baseurl`.
//! Absolute URLs, `#fragments` and paths that name nothing are left alone; so are the
//! files `relative_links: {exclude: [...]}` matches; `enabled: false` turns it off. The
//! gem works on the raw Markdown with a regular expression, so links inside code are
//! rewritten too, and a rewritten reference definition starts on a new line. A generator
//! of priority `:lowest`.

use std::collections::HashMap;
use std::path::Component;
use std::sync::LazyLock;

use hyde_liquid::Value;
use regex::{Captures, Regex};

use hyde::Plugin;
use hyde::Result;
use hyde::Site;
use hyde::SiteLiquid;

use crate::optional_front_matter::{is_markdown, option};
use crate::titles_from_headings::docs_to_write;

/// The gem's `LINK_REGEX`: its `INLINE_LINK_REGEX` (groups 2 to 5: text, path, fragment,
/// title) or its `REFERENCE_LINK_REGEX` (groups 6 to 9). Ruby's `\s` is ASCII whitespace;
/// the titles' `(?<!\\)"` (a closing quote not after a backslash) is written as a body
/// that does not end in a backslash. The second title form opens with `"` and closes with
/// `'`, as the gem's does.
static LINK: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let s = r"[\t\n\x0B\x0C\r ]";
    let fragment = r"(#.+?|)?";
    let title = format!(
        r#"({s}+"(?:(?:\\"|[^"])*(?:\\"|[^"\\]))?"|{s}+"(?:(?:\\'|[^'])*(?:\\'|[^'\\]))?')?"#
    );
    let inline = format!(r"\[(.*?)\]\(([^)]+?){fragment}{title}\)");
    let reference = format!(r"^{s}*?\[(.*?)\]: (.+?){fragment}{title}{s}*?$");
    Regex::new(&format!("(?m)({inline}|{reference})")).ok()
});

/// The generator of jekyll-relative-links.
pub(crate) struct RelativeLinks;

impl Plugin for RelativeLinks {
    fn name(&self) -> &str {
        "jekyll-relative-links"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        if option(site, "relative_links", "enabled") == Some(&Value::Bool(false)) {
            return Ok(());
        }
        let Some(link) = LINK.as_ref() else {
            return Ok(());
        };
        site.assign_urls()?;
        let collections = option(site, "relative_links", "collections") == Some(&Value::Bool(true));
        let exclude: Vec<String> = match option(site, "relative_links", "exclude") {
            // Patterns that are not strings match nothing, as in `glob_include?`.
            Some(Value::Array(a)) => a
                .iter()
                .filter_map(Value::as_str)
                .map(String::from)
                .collect(),
            Some(Value::Str(s)) => vec![s.to_string()],
            _ => Vec::new(),
        };
        let docs = docs_to_write(site);
        let targets = Targets::new(site, &docs);
        let docs = if collections { docs } else { Vec::new() };
        let liquid = SiteLiquid::new(site);
        let rewrite = |site: &Site, relative_path: &str, ext: &str, content: &str| {
            if !is_markdown(site, ext) || site.glob_include(&exclude, relative_path) {
                return Ok(None);
            }
            let base = relative_path.rsplit_once('/').map_or("", |(dir, _)| dir);
            let mut error = None;
            let replaced = link.replace_all(content, |caps: &Captures<'_>| {
                match replacement(caps, base, site, &targets, &liquid) {
                    Ok(Some(text)) => text,
                    Ok(None) => caps[0].to_string(),
                    Err(e) => {
                        error.get_or_insert(e);
                        caps[0].to_string()
                    }
                }
            });
            match error {
                Some(e) => Err(e),
                None => Ok(Some(replaced.into_owned())),
            }
        };
        for i in 0..site.pages.len() {
            let page = &site.pages[i];
            if let Some(content) = rewrite(site, &page.relative_path, &page.ext, &page.content)? {
                site.pages[i].content = content;
            }
        }
        for i in docs {
            let doc = &site.documents[i];
            if let Some(content) = rewrite(site, &doc.relative_path, &doc.ext, &doc.content)? {
                // The gem remakes the excerpt from the new body.
                let doc = &mut site.documents[i];
                doc.content = content;
                doc.excerpt_source = None;
            }
        }
        Ok(())
    }
}

/// The gem's `potential_targets`: every page, static file and written document, by
/// relative path (without a leading `/`), with its URL; the first of a path wins.
struct Targets(HashMap<String, String>);

impl Targets {
    fn new(site: &Site, docs: &[usize]) -> Targets {
        let pages = site.pages.iter().map(|p| (&p.relative_path, &p.url));
        let statics = site.static_files.iter().map(|f| (&f.relative_path, &f.url));
        let docs = docs
            .iter()
            .filter_map(|&i| site.documents.get(i))
            .map(|d| (&d.relative_path, &d.url));
        let mut targets = HashMap::new();
        for (path, url) in pages.chain(statics).chain(docs) {
            let path = path.trim_start_matches('/').to_string();
            targets.entry(path).or_insert_with(|| url.clone());
        }
        Targets(targets)
    }

    fn url(&self, path: &str) -> Option<&str> {
        self.0.get(path).map(String::as_str)
    }
}

/// The text a link becomes (the gem's `replacement_text`), or `None` to leave it.
fn replacement(
    caps: &Captures<'_>,
    base: &str,
    site: &Site,
    targets: &Targets,
    liquid: &SiteLiquid,
) -> Result<Option<String>> {
    let inline = caps.get(2).is_some();
    let group = |inline_group: usize| {
        let n = if inline {
            inline_group
        } else {
            inline_group + 4
        };
        caps.get(n).map_or("", |m| m.as_str())
    };
    let (text, path, fragment, title) = (group(2), group(3), group(4), group(5));
    if path.starts_with('#') || absolute_url(path) {
        return Ok(None);
    }
    let Some(path) = path_from_root(site, path, base) else {
        return Ok(None);
    };
    let Some(url) = cgi_unescape(&path).and_then(|p| targets.url(&p)) else {
        return Ok(None);
    };
    let url = liquid.filter(&Value::from(url), "relative_url")?;
    Ok(Some(if inline {
        format!("[{text}]({url}{fragment}{title})")
    } else {
        format!("\n[{text}]: {url}{fragment}{title}")
    }))
}

/// `Addressable::URI.parse(string).absolute?`: the string has a valid scheme (and, as
/// Addressable checks, something after it); an unparsable one is not absolute.
fn absolute_url(s: &str) -> bool {
    let Some(colon) = s
        .find([':', '/', '?', '#'])
        .filter(|&i| s[i..].starts_with(':'))
    else {
        return false;
    };
    let scheme = &s[..colon];
    let valid = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-'));
    let rest = &s[colon + 1..];
    let path_end = rest.find(['?', '#']).unwrap_or(rest.len());
    valid && (rest.starts_with("//") || path_end > 0)
}

/// The gem's `path_from_root`: `path` made relative to the site source from the folder
/// `base` (or from the source, when it starts with `/`), as `File.expand_path` in the
/// source folder and the removal of that folder's prefix; `None` when it leaves the
/// source (nothing can match it then).
fn path_from_root(site: &Site, path: &str, base: &str) -> Option<String> {
    let (path, base) = match path.strip_prefix('/') {
        Some(rest) => (rest, ""),
        None => (path, base),
    };
    if path.starts_with('/') || path.starts_with('~') {
        return None;
    }
    let mut parts: Vec<String> = site
        .config
        .source
        .components()
        .filter_map(|c| match c {
            Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    let root = parts.clone();
    for part in base.split('/').chain(path.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            _ => parts.push(part.to_string()),
        }
    }
    (parts.len() > root.len() && parts[..root.len()] == root[..])
        .then(|| parts[root.len()..].join("/"))
}

/// Ruby's `CGI.unescape`: `+` is a space, `%XX` a byte; `None` when that is not UTF-8.
fn cgi_unescape(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    out.push((h * 16 + l) as u8);
                    i += 2;
                }
                _ => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::{LINK, absolute_url, cgi_unescape};

    /// Each case's matches as groups 2 to 9 (`~` for a group that did not take part),
    /// as Ruby 3.1 gives them with the gem's own regular expression.
    #[test]
    fn links_are_matched_as_ruby_matches_the_gems_regex() {
        let Some(link) = LINK.as_ref() else {
            panic!("LINK does not compile");
        };
        for (text, ruby) in [
            ("[a](b.md \"t\")", "<a|b.md|| \"t\"|~|~|~|~>"),
            ("[a](b.md \"t\\\"x\")", "<a|b.md|| \"t\\\"x\"|~|~|~|~>"),
            ("[a](b.md \"t\\\\\")", "<a|b.md \"t\\\\\"||~|~|~|~|~>"),
            ("[a](b.md \"x\\\")", "<a|b.md \"x\\\"||~|~|~|~|~>"),
            ("[a](b.md \"it's')", "<a|b.md \"it's'||~|~|~|~|~>"),
            ("[a](b.md 'single')", "<a|b.md 'single'||~|~|~|~|~>"),
            (
                "[a](b.md#f \"t\") [c](d.md)",
                "<a|b.md|#f| \"t\"|~|~|~|~> <c|d.md||~|~|~|~|~>",
            ),
            (
                "x\n\n\n  [r]: b.md#x \"T\"  \nmore",
                "x\n<~|~|~|~|r|b.md|#x| \"T\">\nmore",
            ),
            ("[a] [b](c.md)", "<a] [b|c.md||~|~|~|~|~>"),
            ("[a](b.md\n\"t\")", "<a|b.md||\n\"t\"|~|~|~|~>"),
            ("[a](b.md \"\")", "<a|b.md|| \"\"|~|~|~|~>"),
            ("[a](#frag)", "<a|#frag||~|~|~|~|~>"),
            ("[r]: b.md 'x'", "<~|~|~|~|r|b.md 'x'||~>"),
            (
                "[a](b.md \"a\\\"b\\\" c\")",
                "<a|b.md|| \"a\\\"b\\\" c\"|~|~|~|~>",
            ),
        ] {
            let ours = link.replace_all(text, |caps: &regex::Captures<'_>| {
                let groups: Vec<&str> = (2..=9)
                    .map(|i| caps.get(i).map_or("~", |m| m.as_str()))
                    .collect();
                format!("<{}>", groups.join("|"))
            });
            assert_eq!(ours, ruby, "{text:?}");
        }
    }

    #[test]
    fn absolute_urls_have_a_valid_scheme() {
        assert!(absolute_url("https://example.com/a.md"));
        assert!(absolute_url("mailto:a@b.c"));
        assert!(!absolute_url("a.md"));
        assert!(!absolute_url("docs/a:b.md"));
        assert!(!absolute_url("1x:a.md"));
        assert!(!absolute_url("x:"));
    }

    #[test]
    fn cgi_unescape_decodes_plus_and_percent() {
        assert_eq!(
            cgi_unescape("my%20page+x.md").as_deref(),
            Some("my page x.md")
        );
        assert_eq!(cgi_unescape("100%").as_deref(), Some("100%"));
    }
}
