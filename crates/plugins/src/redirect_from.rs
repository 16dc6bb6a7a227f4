//! jekyll-redirect-from 0.16: `redirect_from` makes redirect pages that point at the
//! page or document, `redirect_to` turns the page itself into one, and
//! `redirects.json` lists every redirect.

use std::path::PathBuf;

use hyde_liquid::{Hash, Value};
use indexmap::IndexMap;

use hyde::Document;
use hyde::Layout;
use hyde::Plugin;
use hyde::Result;
use hyde::Site;
use hyde::SiteLiquid;

/// The gem's `redirect` layout, used when the site has none of its own.
const REDIRECT_LAYOUT: &str = r#"<!DOCTYPE html>
<html lang="en-US">
  <meta charset="utf-8">
  <title>Redirecting&hellip;</title>
  <link rel="canonical" href="{{ page.redirect.to }}">
  <script>location="{{ page.redirect.to }}"</script>
  <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
  <meta name="robots" content="noindex">
  <h1>Redirecting&hellip;</h1>
  <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
</html>
"#;

/// The generator of jekyll-redirect-from.
pub(crate) struct RedirectFrom;

/// One redirect: the path redirected from and where it goes.
struct Redirect {
    from: String,
    to: String,
}

impl Redirect {
    /// `RedirectPage#set_paths`: a leading slash on `from`; `to` made absolute
    /// unless it is already an `http(s)://` URL.
    fn new(liquid: &SiteLiquid, from: &str, to: &str) -> Result<Redirect> {
        let from = if from.starts_with('/') {
            from.to_owned()
        } else {
            format!("/{from}")
        };
        let to = if to.starts_with("http://") || to.starts_with("https://") {
            to.to_owned()
        } else {
            liquid.filter(&Value::str(to), "absolute_url")?
        };
        Ok(Redirect { from, to })
    }

    /// The data of a redirect page (`RedirectPage::DEFAULT_DATA` and the paths).
    fn data(&self) -> Hash {
        let mut redirect = Hash::new();
        redirect.insert("from".into(), Value::str(&self.from));
        redirect.insert("to".into(), Value::str(&self.to));
        let mut data = Hash::new();
        data.insert("sitemap".into(), Value::Bool(false));
        data.insert("layout".into(), Value::str("redirect"));
        data.insert("permalink".into(), Value::str(&self.from));
        data.insert("redirect".into(), Value::hash(redirect));
        data
    }
}

/// `Redirectable#redirect_from`: the list, or the one value, without nils.
fn redirect_from(data: &Hash) -> Vec<String> {
    match data.get("redirect_from") {
        Some(Value::Array(list)) => list
            .iter()
            .filter(|v| !v.is_nil())
            .map(hyde::liquid::Value::to_ruby_string)
            .collect(),
        Some(Value::Nil) | None => Vec::new(),
        Some(v) => vec![hyde::liquid::Value::to_ruby_string(v)],
    }
}

/// `Redirectable#redirect_to`: the value, or the first non-nil of a list.
fn redirect_to(data: &Hash) -> Option<String> {
    match data.get("redirect_to") {
        Some(Value::Array(list)) => list
            .iter()
            .find(|v| !v.is_nil())
            .map(hyde::liquid::Value::to_ruby_string),
        Some(Value::Nil) | None => None,
        Some(v) => Some(hyde::liquid::Value::to_ruby_string(v)),
    }
}

/// Which item a redirect belongs to.
#[derive(Clone, Copy)]
enum Item {
    Document(usize),
    Page(usize),
}

impl Plugin for RedirectFrom {
    fn name(&self) -> &str {
        "jekyll-redirect-from"
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        if !site.layouts.contains_key("redirect") {
            site.layouts.insert(
                "redirect".into(),
                Layout::new(
                    "redirect",
                    "_layouts/redirect.html",
                    Hash::new(),
                    REDIRECT_LAYOUT,
                ),
            );
        }
        let liquid = SiteLiquid::new(site);
        let page_defaults = site.front_matter_defaults("redirect.html", "pages");
        let json_defaults = site.front_matter_defaults("redirects.json", "pages");
        // `site.docs_to_write + site.pages`, before any redirect page is added.
        let mut items = Vec::new();
        for c in site.collections.values().filter(|c| c.write()) {
            items.extend(
                c.docs
                    .iter()
                    .filter(|&&i| site.documents[i].write)
                    .map(|&i| Item::Document(i)),
            );
        }
        items.extend((0..site.pages.len()).map(Item::Page));
        let mut redirects: IndexMap<String, String> = IndexMap::new();
        let mut new_pages = Vec::new();
        for item in items {
            let doc = match item {
                Item::Document(i) => &site.documents[i],
                Item::Page(i) => &site.pages[i],
            };
            for from in redirect_from(&doc.data) {
                let redirect = Redirect::new(&liquid, &from, &doc.url)?;
                redirects.insert(redirect.from.clone(), redirect.to.clone());
                new_pages.push(redirect_page(&redirect, &page_defaults));
            }
            let Some(to) = redirect_to(&doc.data) else {
                continue;
            };
            let redirect = Redirect::new(&liquid, &doc.url, &to)?;
            redirects.insert(redirect.from.clone(), redirect.to.clone());
            let doc = match item {
                Item::Document(i) => &mut site.documents[i],
                Item::Page(i) => &mut site.pages[i],
            };
            for (k, v) in redirect.data() {
                doc.data.insert(k, v);
            }
            doc.content.clear();
        }
        site.pages.extend(new_pages);
        let json_off = site.config.get("redirect_from").and_then(|r| r.get("json"))
            == Some(&Value::Bool(false));
        if !json_off
            && site
                .config
                .source_files()
                .kind_followed(&site.config.source.join("redirects.json"))
                .is_none()
        {
            site.pages
                .push(redirects_json(site, &redirects, json_defaults));
        }
        Ok(())
    }
}

/// A `RedirectPage`: `redirect.html` at the root, no file, the site's defaults for
/// keys it lacks.
fn redirect_page(redirect: &Redirect, defaults: &Hash) -> Document {
    let mut data = redirect.data();
    for (k, v) in defaults {
        data.entry(k.clone()).or_insert_with(|| v.clone());
    }
    let mut page =
        Document::generated_page(PathBuf::new(), "redirect.html".into(), data, String::new());
    // Jekyll's Doctor allows a redirect to reuse a permalink (`allow_used_permalink?`).
    page.checked_for_conflicts = false;
    page
}

/// `redirects.json`: every redirect, `from` → `to`, as Ruby's `to_json` writes it.
fn redirects_json(site: &Site, redirects: &IndexMap<String, String>, defaults: Hash) -> Document {
    let body: Vec<String> = redirects
        .iter()
        .map(|(from, to)| format!("{}:{}", super::json_string(from), super::json_string(to)))
        .collect();
    let mut data = Hash::new();
    data.insert("layout".into(), Value::Nil);
    for (k, v) in defaults {
        data.entry(k).or_insert(v);
    }
    Document::generated_page(
        site.config.source.join("redirects.json"),
        "redirects.json".into(),
        data,
        format!("{{{}}}", body.join(",")),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(key: &str, value: Value) -> Hash {
        let mut h = Hash::new();
        h.insert(key.into(), value);
        h
    }

    #[test]
    fn redirect_from_takes_a_string_or_a_list_without_nils() {
        assert_eq!(
            redirect_from(&data("redirect_from", Value::str("/a/"))),
            vec!["/a/"]
        );
        let list = Value::array(vec![Value::str("/a"), Value::Nil, Value::str("b")]);
        assert_eq!(redirect_from(&data("redirect_from", list)), vec!["/a", "b"]);
        assert!(redirect_from(&Hash::new()).is_empty());
    }

    #[test]
    fn redirect_to_takes_the_first_non_nil_of_a_list() {
        let list = Value::array(vec![Value::Nil, Value::str("https://e.org/")]);
        assert_eq!(
            redirect_to(&data("redirect_to", list)).as_deref(),
            Some("https://e.org/")
        );
        assert_eq!(redirect_to(&Hash::new()), None);
    }
}
