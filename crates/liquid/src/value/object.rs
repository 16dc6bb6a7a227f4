//! Jekyll's own objects as Liquid sees them: documents, pages, static files and
//! Jekyll's other drops (`site`, `site.collections`, `jekyll`).
//!
//! In Jekyll, `site.posts`, `site.pages`, `site.static_files` and `site.COLLECTION`
//! hold Ruby objects (`Jekyll::Document`, `Jekyll::Page`, `Jekyll::StaticFile`), not
//! hashes. Liquid turns them into their `to_liquid` form (a `DocumentDrop`, a page's
//! hash) when a variable lookup or a filter returns one, but objects inside arrays and
//! hashes stay what they are, and print as Ruby prints them: a document as its output,
//! `inspect` as `#<Jekyll::Document _posts/a.md collection=posts>`. [`Object`] is such a value: a
//! hash for every lookup, plus what kind of Ruby object it stands for and whether it
//! is still raw or already its `to_liquid` form.
//!
//! A document knows its neighbours in its collection, so `page.next.next.title` and
//! `jsonify`'s nested `next`/`previous` work as with Jekyll's drops, which compute
//! them on demand. Neighbours are made when first asked for, from the collection's
//! shared list of hashes, so no value refers back to itself.

use std::fmt;
use std::sync::{Arc, OnceLock};

use super::{Hash, Value};

/// The Ruby class an [`Object`] stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ObjectKind {
    /// A `Jekyll::Document`; its hash has `relative_path`, `collection`, `output`
    /// and `content`. Its `to_liquid` form is a `DocumentDrop`.
    Document,
    /// A `Jekyll::Page` at this relative path; its `to_liquid` form is a plain hash.
    Page(Arc<str>),
    /// A `Jekyll::StaticFile` (its relative path is its hash's `path`); its
    /// `to_liquid` form is a `StaticFileDrop`.
    StaticFile,
    /// One of Jekyll's drops, by class name (`Jekyll::Drops::SiteDrop`): prints its
    /// class name, inspects as pretty JSON.
    Drop(Arc<str>),
}

/// The class of `site.collections`' items, which print their documents.
pub const COLLECTION_DROP: &str = "Jekyll::Drops::CollectionDrop";
/// The class of `jekyll`, a plain `Liquid::Drop`: it inspects as its class name.
pub const JEKYLL_DROP: &str = "Jekyll::Drops::JekyllDrop";

/// A document's place in its collection, for `next` and `previous`.
#[derive(Clone)]
struct Neighbours {
    /// The collection's document hashes, in collection order.
    siblings: Arc<[Arc<Hash>]>,
    index: usize,
    previous: OnceLock<Value>,
    next: OnceLock<Value>,
}

/// A Jekyll object (document, page, static file or drop) in a Liquid value. See the
/// module docs.
#[derive(Clone)]
pub struct Object {
    kind: ObjectKind,
    hash: Arc<Hash>,
    liquid: bool,
    neighbours: Option<Neighbours>,
    /// Keys a drop answers first without listing them (`site.LABEL`).
    lookups: Option<Arc<Hash>>,
}

/// The keys a `DocumentDrop` leaves out of a neighbour nested two levels deep in
/// JSON (Jekyll's `NESTED_OBJECT_FIELD_BLACKLIST`).
pub(crate) const COLLAPSED_KEYS: [&str; 5] = ["content", "output", "excerpt", "next", "previous"];

impl Object {
    /// What Ruby class this stands for.
    pub fn kind(&self) -> &ObjectKind {
        &self.kind
    }

    /// The hash Liquid looks keys up in (for a document: its `DocumentDrop`'s
    /// keys in `to_h` order; `next`/`previous` are filled in by [`Object::get`]).
    pub fn hash(&self) -> &Hash {
        &self.hash
    }

    /// The hash, mutable (copied first when shared).
    pub fn hash_mut(&mut self) -> &mut Hash {
        Arc::make_mut(&mut self.hash)
    }

    /// Sets `key` in this document's hash, also where its neighbours see it
    /// (`page.next.previous` is the document itself).
    pub fn set(&mut self, key: &str, value: Value) {
        self.hash_mut().insert(key.to_owned(), value);
        if let Some(n) = &mut self.neighbours {
            let mut siblings: Vec<Arc<Hash>> = n.siblings.to_vec();
            siblings[n.index] = self.hash.clone();
            n.siblings = siblings.into();
            n.previous = OnceLock::new();
            n.next = OnceLock::new();
        }
    }

    /// Whether this is the object's `to_liquid` form rather than the raw object.
    pub fn is_liquid(&self) -> bool {
        self.liquid
    }

    /// Whether this is a document.
    pub fn is_document(&self) -> bool {
        self.kind == ObjectKind::Document
    }

    /// Whether, at the top of an expression, this is a hash (a page's `to_liquid`)
    /// rather than a drop.
    pub(crate) fn is_hash_at_top(&self) -> bool {
        matches!(self.kind, ObjectKind::Page(_))
    }

    /// Looks up `key`, with a document's `next`/`previous` made on demand.
    pub fn get(&self, key: &str) -> Option<&Value> {
        if matches!(key, "content" | "output") {
            self.note_read();
        }
        if let Some(v) = self.lookups.as_ref().and_then(|l| l.get(key)) {
            return Some(v);
        }
        if let Some(n) = &self.neighbours {
            let (cell, index) = match key {
                "next" => (&n.next, n.index.checked_add(1)),
                "previous" => (&n.previous, n.index.checked_sub(1)),
                _ => return self.hash.get(key),
            };
            return Some(cell.get_or_init(|| {
                index
                    .filter(|&i| i < n.siblings.len())
                    .map_or(Value::Nil, |i| document_at(&n.siblings, i))
            }));
        }
        self.hash.get(key)
    }

    /// The entries in order, with `next`/`previous` resolved.
    pub fn entries(&self) -> impl Iterator<Item = (&str, &Value)> {
        self.hash
            .keys()
            .filter_map(|k| self.get(k).map(|v| (k.as_str(), v)))
    }

    /// The `to_liquid` form of this object.
    pub fn to_liquid(&self) -> Object {
        Object {
            liquid: true,
            ..self.clone()
        }
    }

    /// Ruby's `to_s`; `None` where it is the `inspect` of a hash (a page's
    /// `to_liquid`). `top`: the value a lookup or filter returned, so in its
    /// `to_liquid` form; otherwise an item of an array or hash, which may be raw.
    pub(crate) fn own_to_s(&self, top: bool) -> Option<String> {
        let raw = !top && !self.liquid;
        let text = |k: &str| {
            self.hash
                .get(k)
                .filter(|v| !v.is_nil())
                .map(Value::to_ruby_string)
        };
        match &self.kind {
            // `Document#to_s`, which `DocumentDrop` delegates to.
            ObjectKind::Document => Some({
                self.note_read();
                text("output")
                    .or_else(|| text("content"))
                    .unwrap_or_else(|| "NO CONTENT".into())
            }),
            // `Convertible#to_s`.
            ObjectKind::Page(_) if raw => {
                self.note_read();
                Some(text("content").unwrap_or_default())
            }
            ObjectKind::Page(_) => None,
            // `Object#to_s` shows a memory address; hyde shows the file instead.
            ObjectKind::StaticFile if raw => self.own_inspect(false),
            ObjectKind::StaticFile => Some("Jekyll::Drops::StaticFileDrop".into()),
            // `CollectionDrop#to_s` is `docs.to_s`.
            ObjectKind::Drop(class) if &**class == COLLECTION_DROP => Some(
                self.hash
                    .get("docs")
                    .map(Value::inspect)
                    .unwrap_or_default(),
            ),
            ObjectKind::Drop(class) => Some(class.to_string()),
        }
    }

    /// The raw object's `inspect` (`#<Jekyll::Document PATH collection=LABEL>`,
    /// `#<Jekyll::Page @relative_path="PATH">`), or a plain `Liquid::Drop`'s;
    /// `None` where it is a hash's `inspect` (a page's `to_liquid`) or a Jekyll
    /// drop's pretty JSON.
    pub(crate) fn own_inspect(&self, top: bool) -> Option<String> {
        let quoted = |path: &str| {
            let mut q = String::new();
            let _ = super::ruby::write_str_inspect(&mut q, path);
            q
        };
        let s = |k: &str| {
            self.hash
                .get(k)
                .map(Value::to_ruby_string)
                .unwrap_or_default()
        };
        if let ObjectKind::Drop(class) = &self.kind {
            return (&**class == JEKYLL_DROP).then(|| class.to_string());
        }
        if top || self.liquid {
            return None;
        }
        Some(match &self.kind {
            ObjectKind::Document => format!(
                "#<Jekyll::Document {} collection={}>",
                s("relative_path"),
                s("collection")
            ),
            ObjectKind::Page(path) => format!("#<Jekyll::Page @relative_path={}>", quoted(path)),
            ObjectKind::StaticFile => {
                format!(
                    "#<Jekyll::StaticFile @relative_path={}>",
                    quoted(&s("path"))
                )
            }
            ObjectKind::Drop(_) => return None,
        })
    }

    /// Tells a [`watch_content_reads`] on this thread that this document's (or
    /// page's) `content` or `output` was read.
    fn note_read(&self) {
        WATCH.with(|w| {
            let mut w = w.borrow_mut();
            let Some(w) = w.as_mut() else { return };
            let path = match &self.kind {
                ObjectKind::Document => self.hash.get("relative_path").and_then(Value::as_str),
                ObjectKind::Page(path) => Some(&**path),
                _ => None,
            };
            let Some(path) = path else { return };
            if path == &*w.own {
                // The document itself, seen through another value than `page`
                // once `page.content` is converted: Jekyll shows it converted.
                if let Some(own) = &w.own_content
                    && !matches!(self.hash.get("content"), Some(Value::Str(c)) if Arc::ptr_eq(c, own) || c == own)
                {
                    w.seen.own_stale = true;
                }
            } else if !w.seen.others.iter().any(|p| &**p == path) {
                w.seen.others.push(Arc::from(path));
            }
        });
    }

    /// Ruby's `==`: a document is equal to itself only (its drop is memoized in
    /// Jekyll), a page's hash compares by content.
    fn same(&self, other: &Object) -> bool {
        match (&self.kind, &other.kind) {
            // A raw document is not its drop.
            (ObjectKind::Document, ObjectKind::Document) => {
                self.liquid == other.liquid
                    && self.hash.get("relative_path") == other.hash.get("relative_path")
                    && self.hash.get("collection") == other.hash.get("collection")
            }
            (ObjectKind::Page(a), ObjectKind::Page(b)) => a == b && self.hash == other.hash,
            (ObjectKind::StaticFile, ObjectKind::StaticFile) => {
                self.hash.get("path") == other.hash.get("path")
            }
            (ObjectKind::Drop(a), ObjectKind::Drop(b)) => a == b && self.hash == other.hash,
            _ => false,
        }
    }
}

/// The `DocumentDrop` of the document at `index` among `siblings`.
fn document_at(siblings: &Arc<[Arc<Hash>]>, index: usize) -> Value {
    Value::Object(Arc::new(Object {
        kind: ObjectKind::Document,
        hash: siblings[index].clone(),
        liquid: true,
        lookups: None,
        neighbours: Some(Neighbours {
            siblings: siblings.clone(),
            index,
            previous: OnceLock::new(),
            next: OnceLock::new(),
        }),
    }))
}

impl PartialEq for Object {
    fn eq(&self, other: &Self) -> bool {
        self.same(other)
    }
}

impl fmt::Debug for Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Not the neighbours: they lead on through the whole collection.
        f.debug_struct("Object")
            .field("kind", &self.kind)
            .field("liquid", &self.liquid)
            .field("hash", &self.hash)
            .finish_non_exhaustive()
    }
}

impl Value {
    /// A raw `Jekyll::Document` with the keys of its `DocumentDrop`, without
    /// neighbours (see [`Value::documents`]).
    pub fn document(hash: Hash) -> Value {
        Value::Object(Arc::new(Object {
            kind: ObjectKind::Document,
            hash: Arc::new(hash),
            liquid: false,
            neighbours: None,
            lookups: None,
        }))
    }

    /// The raw documents of one collection, in collection order, each knowing its
    /// `previous` and `next`. Each hash should hold `previous` and `next` keys (any
    /// value) where the drop's key order has them.
    pub fn documents<H: Into<Arc<Hash>>>(hashes: impl IntoIterator<Item = H>) -> Vec<Value> {
        let siblings: Arc<[Arc<Hash>]> = hashes.into_iter().map(Into::into).collect();
        (0..siblings.len())
            .map(|i| match document_at(&siblings, i) {
                Value::Object(mut o) => {
                    Arc::make_mut(&mut o).liquid = false;
                    Value::Object(o)
                }
                other => other,
            })
            .collect()
    }

    /// A raw `Jekyll::Page` at `relative_path`, whose `to_liquid` is `hash`.
    pub fn page(relative_path: &str, hash: Hash) -> Value {
        Value::Object(Arc::new(Object {
            kind: ObjectKind::Page(Arc::from(relative_path)),
            hash: Arc::new(hash),
            liquid: false,
            neighbours: None,
            lookups: None,
        }))
    }

    /// A raw `Jekyll::StaticFile` with the keys of its `StaticFileDrop`.
    pub fn static_file(hash: Hash) -> Value {
        Value::Object(Arc::new(Object {
            kind: ObjectKind::StaticFile,
            hash: Arc::new(hash),
            liquid: false,
            neighbours: None,
            lookups: None,
        }))
    }

    /// One of Jekyll's drops, of class `class`, with these keys.
    pub fn drop(class: &str, hash: Hash) -> Value {
        Value::Object(Arc::new(Object {
            kind: ObjectKind::Drop(Arc::from(class)),
            hash: Arc::new(hash),
            liquid: true,
            neighbours: None,
            lookups: None,
        }))
    }

    /// A drop that also answers the keys of `lookups`, before its own, without
    /// listing them among its keys (as `SiteDrop` answers `site.LABEL`).
    pub fn drop_with_lookups(class: &str, hash: Hash, lookups: Hash) -> Value {
        Value::Object(Arc::new(Object {
            kind: ObjectKind::Drop(Arc::from(class)),
            hash: Arc::new(hash),
            liquid: true,
            neighbours: None,
            lookups: (!lookups.is_empty()).then(|| Arc::new(lookups)),
        }))
    }

    /// The object inside, if this is a Jekyll object.
    pub fn as_object(&self) -> Option<&Object> {
        match self {
            Value::Object(o) => Some(o),
            _ => None,
        }
    }

    /// The `to_liquid` form of this value: a raw document becomes its drop, a raw
    /// page its hash; everything else is itself.
    pub fn to_liquid(&self) -> Value {
        match self {
            Value::Object(o) if !o.liquid => match o.kind {
                ObjectKind::Page(_) => Value::Hash(o.hash.clone()),
                _ => Value::Object(Arc::new(o.to_liquid())),
            },
            other => other.clone(),
        }
    }
}

/// What a render read of documents and pages other than its own
/// ([`watch_content_reads`]).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ContentReads {
    /// The relative paths of the other documents and pages whose `content` or
    /// `output` it read (or printed, inspected, serialized).
    pub others: Vec<Arc<str>>,
    /// Whether it read its own document's `content` through a value that still
    /// had the unconverted text after [`watch_own_content`] (`site.posts`, a
    /// neighbour's neighbour) rather than through `page`.
    pub own_stale: bool,
}

/// What [`watch_content_reads`] watches for on its thread.
struct Watch {
    own: Arc<str>,
    own_content: Option<Arc<str>>,
    seen: ContentReads,
}

thread_local! {
    static WATCH: std::cell::RefCell<Option<Watch>> = const { std::cell::RefCell::new(None) };
}

/// Runs `f` (a render on this thread) and tells which documents and pages other
/// than the one at `own` (a relative path) it read the `content` or `output` of:
/// what such a render shows depends on the order in which they are rendered.
pub fn watch_content_reads<T>(own: &str, f: impl FnOnce() -> T) -> (T, ContentReads) {
    let previous = WATCH.with(|w| {
        w.borrow_mut().replace(Watch {
            own: Arc::from(own),
            own_content: None,
            seen: ContentReads::default(),
        })
    });
    let out = f();
    let seen = WATCH
        .with(|w| std::mem::replace(&mut *w.borrow_mut(), previous))
        .map(|w| w.seen)
        .unwrap_or_default();
    (out, seen)
}

/// Tells the [`watch_content_reads`] running on this thread that the watched
/// document's `content` is now `content` (converted, for its layouts).
pub fn watch_own_content(content: &Arc<str>) {
    WATCH.with(|w| {
        if let Some(w) = w.borrow_mut().as_mut() {
            w.own_content = Some(content.clone());
        }
    });
}
