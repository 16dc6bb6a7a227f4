//! Pages and collection documents: everything that is rendered and written.

use std::path::PathBuf;

use chrono::{DateTime, FixedOffset};
use hyde_liquid::{Hash, Value};

/// What a rendered item is, in Jekyll's terms.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Kind {
    /// A `Jekyll::Page`: a file with front matter outside collections.
    Page,
    /// A `Jekyll::Document` of the named collection (`posts` included).
    Document {
        /// The collection's label.
        collection: String,
        /// Whether it came from `_drafts`.
        draft: bool,
    },
}

/// A page or document, read and ready to render.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Document {
    /// Page or collection document.
    pub kind: Kind,
    /// Absolute path of the source file.
    pub path: PathBuf,
    /// Path relative to the site source, `/`-separated (Jekyll's `relative_path`).
    pub relative_path: String,
    /// Front matter, defaults and the fields Jekyll computes (title, slug, date, …).
    pub data: Hash,
    /// The body after the front matter.
    pub content: String,
    /// The body the excerpt is made from, when it is no longer `content`: Jekyll makes
    /// a document's excerpt when the document is read, so a generator that changes
    /// `content` without remaking the excerpt (as Jekyll's `data["excerpt"] =
    /// Excerpt.new(doc)` would) keeps the old body here. `None`: `content`.
    pub excerpt_source: Option<String>,
    /// 1-based line of the source file where `content` starts.
    pub body_line: usize,
    /// The source extension, with its dot (`.md`).
    pub ext: String,
    /// The output extension, with its dot (`.html`).
    pub output_ext: String,
    /// For a page, the name it was made with when that is not the last part of
    /// `relative_path` (Jekyll's `Page#name`: jekyll-feed makes `/feed.xml`).
    pub file_name: Option<String>,
    /// For a page, the folder its URL is made from when it is not the folder of
    /// `relative_path` (Jekyll's `Page#dir=`, as jekyll-paginate sets it: `/page2`).
    pub dir: Option<String>,
    /// The URL (`/2020/01/01/post.html`), without baseurl.
    pub url: String,
    /// The output file, relative to the destination.
    pub destination: String,
    /// The document's date (posts and dated documents).
    pub date: Option<DateTime<FixedOffset>>,
    /// Whether it is written (collection `output`, not in the future).
    pub write: bool,
    /// Whether Jekyll's Doctor counts it in its conflicting-URL check (a plugin's
    /// pages may opt out, as jekyll-redirect-from's `Redirectable` pages do).
    pub checked_for_conflicts: bool,
    /// A page's front matter defaults, all sets merged (`Convertible#defaults`): its
    /// Liquid `page` is these deep-merged with its data, while Jekyll's own code reads
    /// a default only for a key the front matter lacks.
    pub(crate) defaults: Hash,
}

impl Document {
    /// The file name, with extension.
    pub fn name(&self) -> &str {
        if let Some(name) = &self.file_name {
            return name;
        }
        self.relative_path
            .rsplit('/')
            .next()
            .unwrap_or(&self.relative_path)
    }

    /// The file name without its extension (Jekyll's `basename_without_ext`).
    pub fn basename_without_ext(&self) -> &str {
        let name = self.name();
        match name.rfind('.') {
            Some(i) if i > 0 => &name[..i],
            _ => name,
        }
    }

    /// The collection label, for documents.
    pub fn collection(&self) -> Option<&str> {
        match &self.kind {
            Kind::Document { collection, .. } => Some(collection),
            Kind::Page => None,
        }
    }

    /// A document read from `path` (site-relative `relative_path`), before URLs are
    /// assigned: the extension comes from the file name, everything else is defaulted.
    pub(crate) fn new(
        kind: Kind,
        path: PathBuf,
        relative_path: String,
        data: Hash,
        content: String,
        body_line: usize,
    ) -> Document {
        let name = relative_path.rsplit('/').next().unwrap_or(&relative_path);
        let ext = crate::ruby::extname(name).to_string();
        Document {
            kind,
            path,
            relative_path,
            data,
            content,
            excerpt_source: None,
            body_line,
            ext,
            output_ext: String::new(),
            file_name: None,
            dir: None,
            url: String::new(),
            destination: String::new(),
            date: None,
            write: true,
            checked_for_conflicts: true,
            defaults: Hash::new(),
        }
    }

    /// A page a plugin makes (Jekyll's `Page` subclasses: redirect pages, data pages,
    /// `redirects.json`), its URL assigned with the others' after the generators run.
    /// `path` is the file it was read from (a layout for data pages), or empty when there
    /// is none. Front matter defaults are not applied: [`crate::Site::new_page`] applies
    /// them.
    pub fn generated_page(
        path: PathBuf,
        relative_path: String,
        data: Hash,
        content: String,
    ) -> Document {
        Document::new(Kind::Page, path, relative_path, data, content, 1)
    }

    /// Whether Liquid runs on the body (Jekyll's `render_with_liquid?`).
    pub(crate) fn render_with_liquid(&self) -> bool {
        if self.data.get("render_with_liquid") == Some(&Value::Bool(false)) {
            return false;
        }
        if matches!(self.ext.as_str(), ".yml" | ".yaml" | ".coffee") {
            return false;
        }
        has_liquid_construct(&self.content)
    }

    /// Whether the output goes into layouts (Jekyll's `place_in_layout?`).
    pub(crate) fn place_in_layout(&self) -> bool {
        let no_layout = self.data.get("layout").and_then(Value::as_str) == Some("none");
        let asset = matches!(self.ext.as_str(), ".sass" | ".scss" | ".coffee");
        let yaml = matches!(self.ext.as_str(), ".yml" | ".yaml") && self.collection().is_some();
        !(asset || yaml || no_layout)
    }
}

/// Jekyll's `Utils.has_liquid_construct?`: `{{` or `{%` appear.
pub(crate) fn has_liquid_construct(s: &str) -> bool {
    s.contains("{{") || s.contains("{%")
}
