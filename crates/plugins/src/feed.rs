//! jekyll-feed 0.17: an Atom feed of the site's posts (`feed.xml`), of other
//! collections, categories and tags when configured, and the `{% feed_meta %}` tag
//! that links it. Each feed is a page whose content is the gem's template, rendered
//! with the site's Liquid like any page.

use std::sync::Arc;

use hyde_liquid::{Context, Hash, Value};
use indexmap::IndexMap;

use hyde::Document;
use hyde::Plugin;
use hyde::Result;
use hyde::Site;
use hyde::SiteLiquid;

/// The feed template of jekyll-feed 0.17.0 (`lib/jekyll-feed/feed.xml`, MIT
/// licence, Copyright (c) 2015-present Ben Balter and jekyll-feed contributors),
/// reproduced for the bytes it renders; [`minify`] makes of it what the gem renders.
/// One line differs: the gem's `site.data.authors[post_author]` is written with the
/// [`DataAuthor`] filter, which answers nil where Ruby's lookup misses (a nil or a
/// hash as the key), as hyde's Liquid does not yet.
const FEED_TEMPLATE: &str = r#"<?xml version="1.0" encoding="utf-8"?>
{% if page.xsl %}
  <?xml-stylesheet type="text/xml" href="{{ '/feed.xslt.xml' | absolute_url }}"?>
{% endif %}
<feed xmlns="http://www.w3.org/2005/Atom" {% if site.lang %}xml:lang="{{ site.lang }}"{% endif %}>
  <generator uri="https://jekyllrb.com/" version="{{ jekyll.version }}">Jekyll</generator>
  <link href="{{ page.url | absolute_url }}" rel="self" type="application/atom+xml" />
  <link href="{{ '/' | absolute_url }}" rel="alternate" type="text/html" {% if site.lang %}hreflang="{{ site.lang }}" {% endif %}/>
  <updated>{{ site.time | date_to_xmlschema }}</updated>
  <id>{{ page.url | absolute_url | xml_escape }}</id>
  {% assign title = site.title | default: site.name %}
  {% if page.collection != "posts" %}
    {% assign collection = page.collection | capitalize %}
    {% assign title = title | append: " | " | append: collection %}
  {% endif %}
  {% if page.category %}
    {% assign category = page.category | capitalize %}
    {% assign title = title | append: " | " | append: category %}
  {% endif %}
  {% if title %}
    <title type="html">{{ title | smartify | xml_escape }}</title>
  {% endif %}
  {% if site.description %}
    <subtitle>{{ site.description | xml_escape }}</subtitle>
  {% endif %}
  {% if site.author %}
    <author>
        <name>{{ site.author.name | default: site.author | xml_escape }}</name>
      {% if site.author.email %}
        <email>{{ site.author.email | xml_escape }}</email>
      {% endif %}
      {% if site.author.uri %}
        <uri>{{ site.author.uri | xml_escape }}</uri>
      {% endif %}
    </author>
  {% endif %}
  {% if page.tags %}
    {% assign posts = site.tags[page.tags] %}
  {% else %}
    {% assign posts = site[page.collection] %}
  {% endif %}
  {% if page.category %}
    {% assign posts = posts | where: "categories", page.category %}
  {% endif %}
  {% unless site.show_drafts %}
    {% assign posts = posts | where_exp: "post", "post.draft != true" %}
  {% endunless %}
  {% assign posts = posts | sort: "date" | reverse %}
  {% assign posts_limit = site.feed.posts_limit | default: 10 %}
  {% for post in posts limit: posts_limit %}
    <entry{% if post.lang %}{{" "}}xml:lang="{{ post.lang }}"{% endif %}>
      {% assign post_title = post.title | smartify | strip_html | normalize_whitespace | xml_escape %}
      <title type="html">{{ post_title }}</title>
      <link href="{{ post.url | absolute_url }}" rel="alternate" type="text/html" title="{{ post_title }}" />
      <published>{{ post.date | date_to_xmlschema }}</published>
      <updated>{{ post.last_modified_at | default: post.date | date_to_xmlschema }}</updated>
      <id>{{ post.id | absolute_url | xml_escape }}</id>
      {% assign excerpt_only = post.feed.excerpt_only | default: site.feed.excerpt_only %}
      {% unless excerpt_only %}
        <content type="html" xml:base="{{ post.url | absolute_url | xml_escape }}"><![CDATA[{{ post.content | strip }}]]></content>
      {% endunless %}
      {% assign post_author = post.author | default: post.authors[0] | default: site.author %}
      {% assign post_author = post_author | jekyll_feed_data_author: site.data.authors | default: post_author %}
      {% assign post_author_email = post_author.email | default: nil %}
      {% assign post_author_uri = post_author.uri | default: nil %}
      {% assign post_author_name = post_author.name | default: post_author %}
      <author>
          <name>{{ post_author_name | default: "" | xml_escape }}</name>
        {% if post_author_email %}
          <email>{{ post_author_email | xml_escape }}</email>
        {% endif %}
        {% if post_author_uri %}
          <uri>{{ post_author_uri | xml_escape }}</uri>
        {% endif %}
      </author>
      {% if post.category %}
        <category term="{{ post.category | xml_escape }}" />
      {% elsif post.categories %}
        {% for category in post.categories %}
          <category term="{{ category | xml_escape }}" />
        {% endfor %}
      {% endif %}
      {% for tag in post.tags %}
        <category term="{{ tag | xml_escape }}" />
      {% endfor %}
      {% assign post_summary = post.description | default: post.excerpt %}
      {% if post_summary and post_summary != empty %}
        <summary type="html"><![CDATA[{{ post_summary | strip_html | normalize_whitespace }}]]></summary>
      {% endif %}
      {% assign post_image = post.image.path | default: post.image %}
      {% if post_image %}
        {% unless post_image contains "://" %}
          {% assign post_image = post_image | absolute_url %}
        {% endunless %}
        <media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{{ post_image | xml_escape }}" />
        <media:content medium="image" url="{{ post_image | xml_escape }}" xmlns:media="http://search.yahoo.com/mrss/" />
      {% endif %}
    </entry>
  {% endfor %}
</feed>
"#;

/// Removes the whitespace that follows `>` or `}` (the gem's `MINIFY_REGEX`,
/// `(?<=>|})\s+`).
fn minify(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut previous = '\0';
    for c in template.chars() {
        let space = matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c');
        if space && matches!(previous, '>' | '}') {
            continue;
        }
        out.push(c);
        previous = c;
    }
    out
}

/// The jekyll-feed plugin: its generator and its `feed_meta` tag.
pub(crate) struct Feed;

/// One collection's feeds: its own path, if set, and its categories.
struct CollectionFeeds {
    path: Option<String>,
    categories: Vec<String>,
}

/// The `feed` configuration, or an empty hash (the gem's `config`).
fn feed_config(site: &Site) -> Hash {
    site.config
        .get("feed")
        .and_then(Value::as_hash)
        .cloned()
        .unwrap_or_default()
}

/// A string list from a config value: a list's entries (a lone value as one).
fn names(v: Option<&Value>) -> Vec<String> {
    match v {
        Some(Value::Array(list)) => list
            .iter()
            .map(hyde::liquid::Value::to_ruby_string)
            .collect(),
        Some(Value::Nil) | None => Vec::new(),
        Some(v) => vec![hyde::liquid::Value::to_ruby_string(v)],
    }
}

/// `Generator#collections`, normalized as the gem does (`posts` always there, its
/// `path` and `categories` from the top-level keys). Also the `feed.path` the gem
/// leaves in the configuration when `collections.posts.path` sets it.
fn collections(config: &Hash) -> (IndexMap<String, CollectionFeeds>, Option<String>) {
    let mut out: IndexMap<String, CollectionFeeds> = IndexMap::new();
    let empty = || CollectionFeeds {
        path: None,
        categories: Vec::new(),
    };
    match config.get("collections") {
        Some(Value::Array(list)) => {
            for c in list.iter() {
                out.insert(hyde::liquid::Value::to_ruby_string(c), empty());
            }
        }
        Some(Value::Hash(map)) => {
            for (name, meta) in map.iter() {
                out.insert(
                    name.clone(),
                    CollectionFeeds {
                        path: meta
                            .get("path")
                            .filter(|v| v.is_truthy())
                            .map(hyde::liquid::Value::to_ruby_string),
                        categories: names(meta.get("categories").filter(|v| v.is_truthy())),
                    },
                );
            }
        }
        _ => {}
    }
    let top_path = config
        .get("path")
        .filter(|v| v.is_truthy())
        .map(hyde::liquid::Value::to_ruby_string);
    let posts = out.entry("posts".into()).or_insert_with(empty);
    if posts.path.is_none() {
        posts.path = top_path.clone();
    }
    if posts.categories.is_empty() {
        posts.categories = names(config.get("categories").filter(|v| v.is_truthy()));
    }
    for meta in out.values_mut() {
        // A set: each category once, in order.
        let mut seen = std::collections::HashSet::new();
        meta.categories.retain(|c| seen.insert(c.clone()));
    }
    let path = top_path.or_else(|| out.get("posts").and_then(|p| p.path.clone()));
    (out, path)
}

/// `Generator#feed_path`.
fn feed_path(
    collections: &IndexMap<String, CollectionFeeds>,
    collection: &str,
    category: Option<&str>,
) -> String {
    let prefix = if collection == "posts" {
        "/feed".to_owned()
    } else {
        format!("/feed/{collection}")
    };
    if let Some(category) = category {
        return format!("{prefix}/{category}.xml");
    }
    collections
        .get(collection)
        .and_then(|c| c.path.clone())
        .unwrap_or_else(|| format!("{prefix}.xml"))
}

/// `site.tags`' names: each post's tags, posts oldest first.
fn site_tags(site: &Site) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    if let Some(posts) = site.collections.get("posts") {
        for &i in &posts.docs {
            if let Some(Value::Array(tags)) = site.documents[i].data.get("tags") {
                for t in tags.iter() {
                    let t = hyde::liquid::Value::to_ruby_string(t);
                    if !out.contains(&t) {
                        out.push(t);
                    }
                }
            }
        }
    }
    out
}

/// What one feed page shows.
struct FeedPage<'a> {
    path: String,
    collection: &'a str,
    category: Option<&'a str>,
    tag: Option<&'a str>,
}

/// `Generator#make_page`: a page without a file at `path`, its content the template.
fn make_page(site: &Site, template: &str, feed: &FeedPage<'_>) -> Document {
    let relative = feed.path.strip_prefix('/').unwrap_or(&feed.path).to_owned();
    let opt = |v: Option<&str>| v.map_or(Value::Nil, Value::str);
    let mut data = Hash::new();
    data.insert("layout".into(), Value::Nil);
    data.insert("sitemap".into(), Value::Bool(false));
    data.insert("xsl".into(), Value::Bool(in_source(site, "feed.xslt.xml")));
    data.insert("collection".into(), Value::str(feed.collection));
    data.insert("category".into(), opt(feed.category));
    data.insert("tags".into(), opt(feed.tag));
    let mut page = site.new_page(relative, data, template);
    // `PageWithoutAFile.new(site, dir, "", path)`: named by the whole path, in no folder.
    page.file_name = Some(feed.path.clone());
    page.dir = Some(String::new());
    page
}

/// Whether `path` (site-relative, maybe `/`-led) exists in the source.
fn in_source(site: &Site, path: &str) -> bool {
    let path = site.config.source.join(path.trim_start_matches('/'));
    site.config.source_files().kind_followed(&path).is_some()
}

impl Plugin for Feed {
    fn name(&self) -> &str {
        "jekyll-feed"
    }

    fn priority(&self) -> i32 {
        -100
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let config = feed_config(site);
        if config
            .get("disable_in_development")
            .is_some_and(Value::is_truthy)
            && site.environment == "development"
        {
            return Ok(());
        }
        let (collections, path) = collections(&config);
        // The gem writes `feed.path` back into the configuration, where
        // `{% feed_meta %}` (and `site.feed.path`) find it.
        if let Some(path) = path
            && let Some(feed) = site.config.hash.get_mut("feed")
            && let Some(feed) = feed.as_hash_mut()
            && !feed.get("path").is_some_and(Value::is_truthy)
        {
            feed.insert("path".into(), Value::str(path));
        }
        let template = minify(FEED_TEMPLATE);
        let mut pages = Vec::new();
        for (name, meta) in &collections {
            let categories = meta.categories.iter().map(|c| Some(c.as_str()));
            for category in categories.chain([None]) {
                let path = feed_path(&collections, name, category);
                if in_source(site, &path) {
                    continue;
                }
                let feed = FeedPage {
                    path,
                    collection: name,
                    category,
                    tag: None,
                };
                pages.push(make_page(site, &template, &feed));
            }
        }
        let tags_on = config.get("tags").is_some_and(Value::is_truthy);
        let all_tags = site_tags(site);
        if tags_on && !all_tags.is_empty() {
            let tags_config = config
                .get("tags")
                .and_then(Value::as_hash)
                .cloned()
                .unwrap_or_default();
            let except = names(tags_config.get("except").filter(|v| v.is_truthy()));
            let only = match tags_config.get("only").filter(|v| v.is_truthy()) {
                Some(v) => names(Some(v)),
                None => all_tags,
            };
            let tags_path = tags_config
                .get("path")
                .filter(|v| v.is_truthy())
                .map_or_else(
                    || "/feed/by_tag/".to_owned(),
                    hyde::liquid::Value::to_ruby_string,
                );
            for tag in only.iter().filter(|t| !except.contains(t)) {
                // Only tags of `[a-zA-Z0-9_]` get a feed (the empty one too, as in Ruby).
                if !tag.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
                    continue;
                }
                let path = format!("{tags_path}{tag}.xml");
                if in_source(site, &path) {
                    continue;
                }
                let feed = FeedPage {
                    path,
                    collection: "posts",
                    category: None,
                    tag: Some(tag),
                };
                pages.push(make_page(site, &template, &feed));
            }
        }
        site.pages.extend(pages);
        Ok(())
    }

    fn filters(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Filter>> {
        vec![Arc::new(DataAuthor)]
    }

    fn tags(&self, site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        let path = site
            .config
            .get("feed")
            .and_then(|f| f.get("path"))
            .filter(|v| v.is_truthy())
            .map_or_else(
                || "feed.xml".to_owned(),
                hyde::liquid::Value::to_ruby_string,
            );
        let title = ["title", "name"]
            .iter()
            .find_map(|k| site.config.get(k).filter(|v| v.is_truthy()))
            .map(hyde::liquid::Value::to_ruby_string);
        vec![Arc::new(FeedMeta {
            liquid: SiteLiquid::new(site),
            path,
            title,
        })]
    }
}

/// `author | jekyll_feed_data_author: site.data.authors`: Ruby Liquid's
/// `site.data.authors[author]` — the hash's entry for a key it has, an array's item
/// at an integer, and nil for anything else (a nil or a hash as the key included).
struct DataAuthor;

impl hyde_liquid::Filter for DataAuthor {
    fn name(&self) -> &str {
        "jekyll_feed_data_author"
    }

    fn call(&self, input: &Value, args: &[Value]) -> std::result::Result<Value, String> {
        let authors = args.first().unwrap_or(&Value::Nil);
        let found = match (authors, input) {
            (Value::Array(list), Value::Int(i)) => {
                let len = list.len() as i64;
                let at = if *i < 0 { len + i } else { *i };
                usize::try_from(at).ok().and_then(|at| list.get(at))
            }
            (Value::Array(_), _) => None,
            (_, Value::Str(key)) => authors.get(key),
            (_, Value::Int(i)) => authors.get(&i.to_string()),
            _ => None,
        };
        Ok(found.cloned().unwrap_or(Value::Nil))
    }
}

/// `{% feed_meta %}`: the `<link>` to the posts' feed.
struct FeedMeta {
    liquid: SiteLiquid,
    path: String,
    title: Option<String>,
}

/// Ruby's `encode(xml: :attr)`: quoted, with `&`, `<`, `>` and `"` escaped.
fn xml_attr(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl hyde_liquid::Tag for FeedMeta {
    fn name(&self) -> &str {
        "feed_meta"
    }

    fn render(&self, _markup: &str, _context: &Context<'_>) -> std::result::Result<String, String> {
        let href = self
            .liquid
            .filter(&Value::str(&self.path), "absolute_url")
            .map_err(|e| e.to_string())?;
        let mut out = format!(
            "<link type={} rel={} href={}",
            xml_attr("application/atom+xml"),
            xml_attr("alternate"),
            xml_attr(&href)
        );
        if let Some(title) = &self.title {
            out.push_str(&format!(" title={}", xml_attr(title)));
        }
        out.push_str(" />");
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minify_drops_whitespace_after_tags_and_liquid_only() {
        assert_eq!(
            minify("<a>\n  {% if x %}\n  b c\n{% endif %}  <d> e"),
            "<a>{% if x %}b c\n{% endif %}<d>e"
        );
    }

    #[test]
    fn feed_paths_follow_collection_and_category() {
        let mut config = Hash::new();
        config.insert("categories".into(), Value::array(vec![Value::str("news")]));
        let (c, path) = collections(&config);
        assert_eq!(path, None);
        assert_eq!(feed_path(&c, "posts", None), "/feed.xml");
        assert_eq!(feed_path(&c, "posts", Some("news")), "/feed/news.xml");
        assert_eq!(feed_path(&c, "docs", None), "/feed/docs.xml");
        assert_eq!(feed_path(&c, "docs", Some("a")), "/feed/docs/a.xml");
    }

    #[test]
    fn data_author_answers_nil_where_ruby_misses() {
        use hyde_liquid::Filter;
        let mut jane = Hash::new();
        jane.insert("name".into(), Value::str("Jane"));
        let mut authors = Hash::new();
        authors.insert("jane".into(), Value::hash(jane.clone()));
        let authors = [Value::hash(authors)];
        let get = |input: &Value| DataAuthor.call(input, &authors);
        assert_eq!(get(&Value::str("jane")), Ok(Value::hash(jane.clone())));
        assert_eq!(get(&Value::str("bob")), Ok(Value::Nil));
        assert_eq!(get(&Value::Nil), Ok(Value::Nil));
        assert_eq!(get(&Value::hash(jane)), Ok(Value::Nil));
        assert_eq!(DataAuthor.call(&Value::str("jane"), &[]), Ok(Value::Nil));
    }

    #[test]
    fn attributes_are_quoted_and_escaped() {
        assert_eq!(xml_attr("a&b\"<'>"), "\"a&amp;b&quot;&lt;'&gt;\"");
    }
}
