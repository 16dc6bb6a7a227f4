//! The Liquid view of the site: `site`, `page`, `jekyll`, built once per render phase
//! as shared [`Value`]s (Jekyll's drops), so every page gets them without copying.

use std::sync::Arc;

use hyde_liquid::{Hash, Value};

use crate::document::Document;
use crate::site::Site;
use crate::static_file::StaticFile;

/// What a document's hash shows for `content`, `output` and `excerpt` in a phase.
#[derive(Clone, Debug, Default)]
pub(crate) struct Rendered {
    /// Converted content (before layouts), once rendered.
    pub(crate) content: Option<Arc<str>>,
    /// Full output, once rendered.
    pub(crate) output: Option<Arc<str>>,
    /// The rendered excerpt, for documents that have one.
    pub(crate) excerpt: Option<Arc<str>>,
}

/// The `page` hash of a page (Jekyll's `Convertible#to_liquid`).
/// Jekyll's `Utils.deep_merge_hashes!`: hashes merge, a nil keeps what was there,
/// anything else replaces it in its place.
fn deep_merge_keeping_on_nil(target: &mut Hash, over: &Hash) {
    for (k, v) in over {
        match (target.get_mut(k), v) {
            (Some(_), Value::Nil) => {}
            (Some(Value::Hash(t)), Value::Hash(o)) => {
                deep_merge_keeping_on_nil(std::sync::Arc::make_mut(t), o);
            }
            (Some(slot), _) => *slot = v.clone(),
            (None, _) => {
                target.insert(k.clone(), v.clone());
            }
        }
    }
}

pub(crate) fn page_hash(doc: &Document, rendered: &Rendered) -> Hash {
    // Convertible#to_liquid: the defaults deep-merged with the data.
    let mut h = if doc.defaults.is_empty() {
        doc.data.clone()
    } else {
        let mut h = doc.defaults.clone();
        deep_merge_keeping_on_nil(&mut h, &doc.data);
        h
    };
    let content = rendered
        .content
        .clone()
        .map_or_else(|| Value::str(&doc.content), Value::Str);
    h.insert("content".into(), content);
    h.insert(
        "dir".into(),
        Value::str(crate::permalink::page_dir(&doc.url)),
    );
    if let Some(e) = &rendered.excerpt {
        h.insert("excerpt".into(), Value::Str(e.clone()));
    } else if !h.contains_key("excerpt") {
        h.insert("excerpt".into(), Value::Nil);
    }
    h.insert("name".into(), Value::str(doc.name()));
    if !h.contains_key("path") {
        h.insert("path".into(), Value::str(&doc.relative_path));
    } else if let Some(p) = h.shift_remove("path") {
        h.insert("path".into(), p);
    }
    h.insert("url".into(), Value::str(&doc.url));
    if let Some(o) = &rendered.output {
        h.insert("output".into(), Value::Str(o.clone()));
    }
    h
}

/// The keys of Jekyll's `DocumentDrop` in the order its `to_h` lists them, before
/// the front matter's other keys. That is the order Ruby's method table lists the
/// drop's methods in, which follows the symbols interned before Jekyll loaded: this is
/// `jekyll build`'s (Jekyll 4.3.1, Ruby 3.1). Preloading code changes it (jekyll-ref's
/// `SOURCE_DATE_EPOCH` shim does), so fixtures that show it set `time:` instead.
const DOCUMENT_DROP_KEYS: [&str; 15] = [
    "name",
    "id",
    "relative_path",
    "excerpt",
    "title",
    "categories",
    "collection",
    "next",
    "tags",
    "previous",
    "content",
    "output",
    "path",
    "url",
    "date",
];

/// The hash of a collection document's `DocumentDrop` (`to_h`): its methods, then
/// the front matter's other keys. `previous`/`next` are placeholders, resolved on
/// demand by the document values ([`document_values`]).
pub(crate) fn document_hash(doc: &Document, rendered: &Rendered) -> Hash {
    let data = |k: &str| doc.data.get(k).cloned().unwrap_or(Value::Nil);
    let mut h = Hash::with_capacity(DOCUMENT_DROP_KEYS.len() + doc.data.len());
    for key in DOCUMENT_DROP_KEYS {
        let value = match key {
            "name" => doc
                .data
                .get("name")
                .filter(|v| v.is_truthy())
                .cloned()
                .unwrap_or_else(|| Value::str(doc.name())),
            "content" => rendered
                .content
                .clone()
                .map_or_else(|| Value::str(&doc.content), Value::Str),
            "id" => Value::str(document_id(doc)),
            "collection" => Value::str(doc.collection().unwrap_or("")),
            "relative_path" | "path" => Value::str(&doc.relative_path),
            "excerpt" => match &rendered.excerpt {
                Some(e) => Value::Str(e.clone()),
                None => doc
                    .data
                    .get("excerpt")
                    .map_or(Value::str(""), |v| Value::str(crate::ruby::value_to_s(v))),
            },
            "output" => rendered.output.clone().map_or(Value::Nil, Value::Str),
            "date" => doc.date.map_or_else(|| data("date"), Value::Time),
            "url" => Value::str(&doc.url),
            "previous" | "next" => Value::Nil,
            other => data(other),
        };
        h.insert(key.into(), value);
    }
    for (k, v) in &doc.data {
        if !h.contains_key(k) {
            h.insert(k.clone(), v.clone());
        }
    }
    h
}

/// The documents as Liquid sees them in a phase (raw `Jekyll::Document`s, aligned
/// with `site.documents`), each knowing its neighbours in its collection.
pub(crate) fn document_values(site: &Site, rendered: &[Rendered]) -> Vec<Value> {
    document_values_of(site, &document_hashes(site, rendered))
}

/// The documents' hashes ([`document_hash`]), aligned with `site.documents`.
pub(crate) fn document_hashes(site: &Site, rendered: &[Rendered]) -> Vec<Arc<Hash>> {
    site.documents
        .iter()
        .zip(rendered)
        .map(|(d, r)| Arc::new(document_hash(d, r)))
        .collect()
}

/// [`document_values`] from hashes already made, shared rather than copied.
pub(crate) fn document_values_of(site: &Site, hashes: &[Arc<Hash>]) -> Vec<Value> {
    let mut values = vec![Value::Nil; site.documents.len()];
    for coll in site.collections.values() {
        let docs = Value::documents(coll.docs.iter().map(|&i| hashes[i].clone()));
        for (&i, v) in coll.docs.iter().zip(docs) {
            values[i] = v;
        }
    }
    values
}

/// The pages as Liquid sees them (raw `Jekyll::Page`s whose `to_liquid` is
/// [`page_hash`]).
pub(crate) fn page_value(doc: &Document, rendered: &Rendered) -> Value {
    Value::page(&doc.relative_path, page_hash(doc, rendered))
}

/// Jekyll's `Document#id`: the URL's folder joined with the slug.
pub(crate) fn document_id(doc: &Document) -> String {
    // File.dirname ignores a trailing slash.
    let url = doc.url.trim_end_matches('/');
    let dir = match url.rfind('/') {
        Some(0) | None => "/",
        Some(i) => &url[..i],
    };
    let slug = doc
        .data
        .get("slug")
        .map(crate::ruby::value_to_s)
        .unwrap_or_else(|| doc.basename_without_ext().to_string());
    if dir.ends_with('/') {
        format!("{dir}{slug}")
    } else {
        format!("{dir}/{slug}")
    }
}

/// The `site.static_files` entry of a file.
/// A raw `Jekyll::StaticFile`, with its `StaticFileDrop`'s keys in `to_h` order
/// (`jekyll build`'s: see [`DOCUMENT_DROP_KEYS`]).
pub(crate) fn static_file_hash(f: &StaticFile) -> Value {
    let mut h = Hash::new();
    h.insert("name".into(), Value::str(&f.name));
    h.insert("basename".into(), Value::str(f.basename()));
    h.insert("extname".into(), Value::str(f.extname()));
    h.insert("path".into(), Value::str(&f.relative_path));
    h.insert(
        "collection".into(),
        f.collection.as_deref().map_or(Value::Nil, Value::str),
    );
    let zone = chrono::Local;
    let t = chrono::DateTime::from_timestamp(f.mtime, 0)
        .unwrap_or_default()
        .with_timezone(&zone)
        .fixed_offset();
    h.insert("modified_time".into(), Value::Time(t));
    for (k, v) in &f.data {
        h.entry(k.clone()).or_insert_with(|| v.clone());
    }
    Value::static_file(h)
}

/// `site.tags` / `site.categories` (Jekyll's `post_attr_hash`): names in the order the
/// posts, oldest first, mention them; each list newest first. `posts` is newest first.
fn post_attr_hash(posts: &[Value], attr: &str) -> Value {
    let mut h: Hash = Hash::new();
    for post in posts.iter().rev() {
        if let Some(Value::Array(names)) = post.get(attr) {
            for n in names.iter() {
                let key = crate::ruby::value_to_s(n);
                let entry = h.entry(key).or_insert_with(|| Value::array(Vec::new()));
                if let Value::Array(list) = entry {
                    Arc::make_mut(list).push(post.clone());
                }
            }
        }
    }
    for list in h.values_mut() {
        if let Value::Array(list) = list {
            Arc::make_mut(list).reverse();
        }
    }
    Value::hash(h)
}

/// Builds `site` (Jekyll's `SiteDrop`) from the document and page values of the
/// current phase: its methods in `to_h` order, then the configuration's other keys;
/// `site.LABEL` finds a collection's documents without being one of its keys.
pub(crate) fn site_hash(site: &Site, doc_values: &[Value], page_values: &[Value]) -> Value {
    // site.posts: newest first.
    let posts: Vec<Value> = site
        .collections
        .get("posts")
        .map(|c| {
            c.docs
                .iter()
                .rev()
                .map(|&i| doc_values[i].clone())
                .collect()
        })
        .unwrap_or_default();
    let statics: Vec<Value> = site.static_files.iter().map(static_file_hash).collect();
    let html_pages: Vec<Value> = site
        .pages
        .iter()
        .zip(page_values)
        .filter(|(p, _)| {
            matches!(p.output_ext.as_str(), ".html" | ".xhtml" | ".htm") || p.url.ends_with('/')
        })
        .map(|(_, v)| v.clone())
        .collect();
    // Each collection's documents, shared by `site.collections` and `site.LABEL`.
    let docs_of: Hash = site
        .collections
        .iter()
        .map(|(label, c)| {
            let docs = c.docs.iter().map(|&i| doc_values[i].clone()).collect();
            (label.clone(), Value::array(docs))
        })
        .collect();
    let mut labels: Vec<&String> = site.collections.keys().collect();
    labels.sort();
    let mut collections = Vec::new();
    for label in labels {
        let c = &site.collections[label];
        // A `CollectionDrop`, its keys in `to_h` order.
        let mut ch = Hash::new();
        ch.insert("label".into(), Value::str(label));
        let files: Vec<Value> = c.files.iter().map(|&i| statics[i].clone()).collect();
        ch.insert("files".into(), Value::array(files));
        ch.insert("docs".into(), docs_of[label.as_str()].clone());
        ch.insert("output".into(), Value::Bool(c.write()));
        ch.insert(
            "relative_directory".into(),
            Value::str(&c.relative_directory),
        );
        ch.insert(
            "directory".into(),
            Value::str(
                site.config
                    .source
                    .join(&c.relative_directory)
                    .to_string_lossy(),
            ),
        );
        for (k, v) in &c.metadata {
            ch.entry(k.clone()).or_insert_with(|| v.clone());
        }
        collections.push(Value::drop(hyde_liquid::COLLECTION_DROP, ch));
    }
    // `Site#documents`: each collection's documents, then its static files.
    let documents: Vec<Value> = site
        .collections
        .values()
        .flat_map(|c| {
            let docs = c.docs.iter().map(|&i| doc_values[i].clone());
            docs.chain(c.files.iter().map(|&i| statics[i].clone()))
        })
        .collect();
    // Site#site_data: `config["data"] || data`.
    let data = match site.config.get("data") {
        Some(d) if d.is_truthy() => d.clone(),
        _ => Value::hash(site.data.clone()),
    };

    // The drop's methods in `jekyll build`'s order (see [`DOCUMENT_DROP_KEYS`]).
    let tags = post_attr_hash(&posts, "tags");
    let categories = post_attr_hash(&posts, "categories");
    let mut h = Hash::new();
    h.insert("posts".into(), Value::array(posts));
    h.insert("time".into(), Value::Time(site.time));
    h.insert("html_pages".into(), Value::array(html_pages));
    // A private method of the drop: `site.config` is nil.
    h.insert("config".into(), Value::Nil);
    h.insert("documents".into(), Value::array(documents));
    h.insert("pages".into(), Value::array(page_values.to_vec()));
    h.insert("data".into(), data);
    h.insert("categories".into(), categories);
    // Set per document by `with_related_posts`; nil for pages.
    h.insert("related_posts".into(), Value::Nil);
    h.insert("tags".into(), tags);
    h.insert("static_files".into(), Value::array(statics));
    h.insert("collections".into(), Value::array(collections));
    for (k, v) in &site.config.hash {
        if !h.contains_key(k) {
            h.insert(k.clone(), v.clone());
        }
    }
    // `SiteDrop#[]` answers a collection's label (but `posts`) before anything else.
    let mut labels = docs_of;
    labels.shift_remove("posts");
    Value::drop_with_lookups(SITE_DROP, h, labels)
}

/// The class of `site`.
const SITE_DROP: &str = "Jekyll::Drops::SiteDrop";

/// The `site` hash as document `i` sees it: Jekyll's `site.related_posts` without LSI is
/// `(site.posts.docs.last(11).reverse - [doc]).first(10)`, `[]` with one post or none.
pub(crate) fn with_related_posts(site_value: &Value, site: &Site, i: usize) -> Value {
    let posts = site
        .collections
        .get("posts")
        .map(|c| c.docs.as_slice())
        .unwrap_or(&[]);
    let Some(all) = site_value.get("posts").and_then(Value::as_array) else {
        return site_value.clone();
    };
    let related: Vec<Value> = if posts.len() <= 1 {
        Vec::new()
    } else {
        // `all` is newest first, aligned with `posts` reversed.
        posts
            .iter()
            .rev()
            .zip(all)
            .take(11)
            .filter(|(idx, _)| **idx != i)
            .take(10)
            .map(|(_, v)| v.clone())
            .collect()
    };
    let mut site_value = site_value.clone();
    if let Some(h) = site_value.as_map_mut() {
        h.insert("related_posts".into(), Value::array(related));
    }
    site_value
}

/// The `jekyll` variable.
pub(crate) fn jekyll_hash(environment: &str) -> Value {
    let mut h = Hash::new();
    h.insert("version".into(), Value::str(crate::JEKYLL_VERSION));
    h.insert("environment".into(), Value::str(environment));
    Value::drop(hyde_liquid::JEKYLL_DROP, h)
}
