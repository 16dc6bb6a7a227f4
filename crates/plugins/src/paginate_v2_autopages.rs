//! jekyll-paginate-v2's AutoPages: with `autopages: {enabled: true}`, one page per
//! tag, category and collection of the site's documents, made from a layout
//! (`autopages.<kind>.layouts`, by default `autopage_tags.html`,
//! `autopage_category.html`, `autopage_collection.html`): the layout's front matter,
//! `pagination:` there over the site's, filtered by that tag, category or collection,
//! at `permalink` (`/tag/:tag`, `/category/:cat`, `/collection/:coll`) with `title`, the
//! value slugified as `slugify:` says. The pagination generator then paginates them as
//! any template, without their body. Every document gets `__coll`, its collection.

use hyde::liquid::{Hash, Value};
use hyde::{Document, Site};

/// The three kinds: config key, the data key documents are indexed by, the
/// placeholder, the pagination filter and the defaults (layout, title, permalink).
const KINDS: [(&str, &str, &str, &str, [&str; 3]); 3] = [
    (
        "tags",
        "tags",
        ":tag",
        "tag",
        ["autopage_tags.html", "Posts tagged with :tag", "/tag/:tag"],
    ),
    (
        "categories",
        "categories",
        ":cat",
        "category",
        [
            "autopage_category.html",
            "Posts in category :cat",
            "/category/:cat",
        ],
    ),
    (
        "collections",
        "__coll",
        ":coll",
        "collection",
        [
            "autopage_collection.html",
            "Posts in collection :coll",
            "/collection/:coll",
        ],
    ),
];

/// The gem's `AutoPages::DEFAULT`.
fn defaults() -> Hash {
    let mut config = Hash::new();
    config.insert("enabled".into(), Value::Bool(false));
    for (key, _, _, _, [layout, title, permalink]) in KINDS {
        let mut slugify = Hash::new();
        slugify.insert("mode".into(), Value::str("none"));
        slugify.insert("cased".into(), Value::Bool(false));
        let mut sub = Hash::new();
        sub.insert("layouts".into(), Value::array(vec![Value::str(layout)]));
        sub.insert("title".into(), Value::str(title));
        sub.insert("permalink".into(), Value::str(permalink));
        sub.insert("enabled".into(), Value::Bool(true));
        sub.insert("slugify".into(), Value::hash(slugify));
        config.insert(key.into(), Value::hash(sub));
    }
    config
}

/// `Utils.ap_index_posts_by`: each lower-cased value of `key` with the first way it
/// was written, in the order they first appear.
fn index(site: &Site, docs: &[usize], key: &str) -> Vec<(String, String)> {
    let mut index: Vec<(String, String)> = Vec::new();
    for &i in docs {
        let values: Vec<String> = match site.documents[i].data.get(key) {
            None | Some(Value::Nil) => continue,
            Some(Value::Str(s)) if s.trim().is_empty() => continue,
            Some(Value::Str(s)) => super::split(s, true),
            Some(Value::Array(a)) if a.is_empty() => continue,
            Some(Value::Array(a)) => a.iter().map(Value::to_ruby_string).collect(),
            Some(_) => continue,
        };
        for value in values {
            for raw in super::split(value.trim(), false) {
                let k = raw.trim().to_lowercase();
                if !index.iter().any(|(seen, _)| *seen == k) {
                    index.push((k, raw));
                }
            }
        }
    }
    index
}

/// `Utils.format_*_macro`: the first `placeholder` replaced by the slugified value.
fn format_macro(format: &str, placeholder: &str, value: &str, slugify: Option<&Hash>) -> String {
    let mode = slugify
        .and_then(|s| s.get("mode"))
        .filter(|v| !v.is_nil())
        .map(Value::to_ruby_string);
    let cased = slugify
        .and_then(|s| s.get("cased"))
        .is_some_and(Value::is_truthy);
    let slug = hyde::liquid::slugify(value, mode.as_deref(), cased);
    format.replacen(placeholder, &slug, 1)
}

/// `AutoPages.create_autopages`, before the pagination generator runs.
pub(super) fn create(site: &mut Site) {
    let mut config = defaults();
    if let Some(Value::Hash(h)) = site.config.get("autopages") {
        hyde::deep_merge(&mut config, h);
    }
    if !config.get("enabled").is_some_and(Value::is_truthy) {
        return;
    }
    let mut pagination = super::defaults();
    if let Some(Value::Hash(h)) = site.config.get("pagination") {
        hyde::deep_merge(&mut pagination, h);
    }
    // `collect_all_docs`: every collection's documents but pagination pages, each
    // told its collection.
    let mut docs = Vec::new();
    let labels: Vec<(String, Vec<usize>)> = site
        .collections
        .iter()
        .map(|(label, c)| (label.clone(), c.docs.clone()))
        .collect();
    for (label, indices) in labels {
        for i in indices {
            let doc = &mut site.documents[i];
            if !doc.data.contains_key("pagination") {
                doc.data.insert("__coll".into(), Value::str(&label));
                docs.push(i);
            }
        }
    }
    for (key, index_key, placeholder, filter, _) in KINDS {
        let Some(Value::Hash(sub)) = config.get(key) else {
            continue;
        };
        if !sub.get("enabled").is_some_and(Value::is_truthy) {
            continue;
        }
        let layouts: Vec<String> = match sub.get("layouts") {
            Some(Value::Array(a)) => a.iter().map(Value::to_ruby_string).collect(),
            Some(v) => vec![v.to_ruby_string()],
            None => Vec::new(),
        };
        for (value, display) in index(site, &docs, index_key) {
            for layout in &layouts {
                let kind = Kind {
                    placeholder,
                    filter,
                    value: &value,
                    display: &display,
                };
                let page = autopage(site, sub, &pagination, layout, &kind);
                site.pages.push(page);
            }
        }
    }
}

/// What one autopage is of.
struct Kind<'a> {
    placeholder: &'a str,
    filter: &'a str,
    value: &'a str,
    display: &'a str,
}

/// `BaseAutoPage#initialize`: the page read from the layout `layout_name`.
fn autopage(
    site: &Site,
    config: &Hash,
    pagination: &Hash,
    layout_name: &str,
    kind: &Kind<'_>,
) -> Document {
    let ext = hyde::ruby::extname(layout_name);
    let layout_base = layout_name.strip_suffix(ext).unwrap_or(layout_name);
    let layout = site.layouts.get(layout_base);
    let mut data = layout.map(|l| l.data.clone()).unwrap_or_default();
    let content = layout.map(|l| l.content.clone()).unwrap_or_default();
    let mut page_pagination = pagination.clone();
    if let Some(Value::Hash(h)) = data.get("pagination") {
        hyde::deep_merge(&mut page_pagination, h);
    }
    page_pagination.insert(kind.filter.into(), Value::str(kind.value));
    let mut page_config = config.clone();
    if let Some(Value::Hash(h)) = data.get("autopages") {
        hyde::deep_merge(&mut page_config, h);
    }
    let slugify = match config.get("slugify") {
        Some(Value::Hash(h)) => Some(&**h),
        _ => None,
    };
    let format = |key: &str| {
        let pattern = page_config
            .get(key)
            .map(Value::to_ruby_string)
            .unwrap_or_default();
        format_macro(&pattern, kind.placeholder, kind.value, slugify)
    };
    let permalink = format("permalink");
    let title = format("title");
    data.insert("permalink".into(), Value::str(&permalink));
    data.insert("layout".into(), Value::str(layout_base));
    data.insert("title".into(), Value::str(title));
    data.insert("pagination".into(), Value::hash(page_pagination));
    let mut autopage = Hash::new();
    autopage.insert(
        "layout_path".into(),
        Value::str(format!("_layouts/{layout_name}")),
    );
    autopage.insert("display_name".into(), Value::str(kind.display));
    data.insert("autopage".into(), Value::hash(autopage));
    let relative = format!("{}/index.html", permalink.trim_matches('/'));
    let mut page = Document::generated_page(
        site.config.source.join("_layouts").join(layout_name),
        relative.trim_start_matches('/').to_owned(),
        data,
        content,
    );
    page.output_ext = ".html".into();
    page.url = super::join(&permalink, "index.html");
    page.destination = hyde::page_destination(&page.url, &page.output_ext);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macros_slugify_as_configured() {
        let mut s = Hash::new();
        s.insert("mode".into(), Value::str("default"));
        assert_eq!(
            format_macro("/tag/:tag", ":tag", "web dev", Some(&s)),
            "/tag/web-dev"
        );
        assert_eq!(
            format_macro("/tag/:tag", ":tag", "Web Dev", None),
            "/tag/web-dev"
        );
        s.insert("mode".into(), Value::str("none"));
        assert_eq!(
            format_macro("T :tag", ":tag", "Web Dev", Some(&s)),
            "T web dev"
        );
    }
}
