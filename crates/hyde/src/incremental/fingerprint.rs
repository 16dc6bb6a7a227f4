//! Fingerprints: hashes of everything a render can see, compared from one build to
//! the next.

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::hash::Hasher;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use crate::document::Document;
use crate::site::Site;

/// A hash fed with strings and `Debug` forms.
pub(super) struct Fingerprint(pub(super) std::hash::DefaultHasher);

impl Fingerprint {
    pub(super) fn new() -> Fingerprint {
        Fingerprint(std::hash::DefaultHasher::new())
    }
    pub(super) fn str(&mut self, s: &str) -> &mut Self {
        self.0.write(s.as_bytes());
        self.0.write_u8(0xff);
        self
    }
    pub(super) fn debug(&mut self, v: &dyn std::fmt::Debug) -> &mut Self {
        let _ = write!(self, "{v:?}");
        self.0.write_u8(0xfe);
        self
    }
    pub(super) fn finish(&self) -> u64 {
        self.0.finish()
    }
}

impl std::fmt::Write for Fingerprint {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

pub(super) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    h.write(bytes);
    h.finish()
}

/// Unique keys for the site's pages and documents.
#[derive(Clone)]
pub(super) struct Keys {
    pub(super) pages: Vec<String>,
    pub(super) documents: Vec<String>,
}

impl Keys {
    pub(super) fn of(site: &Site) -> Keys {
        let mut seen: HashMap<String, usize> = HashMap::new();
        let mut unique = |key: String| {
            let n = seen.entry(key.clone()).or_insert(0);
            *n += 1;
            if *n == 1 { key } else { format!("{key}#{n}") }
        };
        let pages = site
            .pages
            .iter()
            .map(|p| unique(format!("page:{}", p.relative_path)))
            .collect();
        let documents = site
            .documents
            .iter()
            .map(|d| {
                unique(format!(
                    "doc:{}:{}",
                    d.collection().unwrap_or(""),
                    d.relative_path
                ))
            })
            .collect();
        Keys { pages, documents }
    }
}

/// The layouts `doc` is placed in, innermost first.
pub(super) fn layout_chain<'s>(site: &'s Site, doc: &Document) -> Vec<&'s crate::layout::Layout> {
    let mut out = Vec::new();
    let mut used = HashSet::new();
    let mut name = doc
        .data
        .get("layout")
        .filter(|v| !v.is_nil())
        .map(crate::ruby::value_to_s);
    while let Some(n) = name {
        if !used.insert(n.clone()) {
            break;
        }
        let Some(l) = site.layouts.get(&n) else { break };
        out.push(l);
        name = l.data.get("layout").map(crate::ruby::value_to_s);
    }
    out
}

pub(super) fn is_sass(doc: &Document) -> bool {
    matches!(doc.ext.as_str(), ".scss" | ".sass")
}

/// The fingerprints of everything a render can see.
#[derive(Clone)]
pub(super) struct Snapshot {
    pub(super) config: u64,
    pub(super) structure: u64,
    pub(super) statics: u64,
    pub(super) data: HashMap<String, u64>,
    pub(super) sass: u64,
    pub(super) include_dirs: u64,
    pub(super) pages: Vec<u64>,
    pub(super) documents: Vec<u64>,
}

/// The fingerprint of one page or document: what it is made of.
pub(super) fn item_fingerprint(
    site: &Site,
    key: &str,
    d: &Document,
    seen: &hyde_liquid::Value,
) -> u64 {
    let mut f = Fingerprint::new();
    f.str(key)
        .debug(&d.data)
        .str(&d.content)
        .str(&d.url)
        .str(&d.destination)
        .str(&d.ext)
        .str(&d.output_ext)
        .debug(&(d.write, d.body_line, &d.date))
        .debug(seen);
    for l in layout_chain(site, d) {
        f.str(&l.name).str(&l.content).debug(&l.data);
    }
    f.finish()
}

/// The fingerprint of the site's lists: every item's front matter, URL and raw
/// excerpt, in order.
pub(super) fn structure_fingerprint(site: &Site, keys: &Keys) -> u64 {
    let mut structure = Fingerprint::new();
    for (p, k) in site.pages.iter().zip(&keys.pages) {
        structure
            .str(k)
            .debug(&p.data)
            .str(&p.url)
            .str(&p.destination);
    }
    let config_separator = site
        .config
        .get("excerpt_separator")
        .map(crate::ruby::value_to_s)
        .unwrap_or_default();
    for c in site.collections.values() {
        structure.str(&c.label).debug(&c.metadata);
        for &i in &c.docs {
            let d = &site.documents[i];
            let separator = d
                .data
                .get("excerpt_separator")
                .map(crate::ruby::value_to_s)
                .unwrap_or_else(|| config_separator.clone());
            let excerpt = if separator.is_empty() {
                String::new()
            } else {
                crate::excerpt::excerpt_head(&d.content, &separator)
            };
            structure
                .str(&keys.documents[i])
                .debug(&d.data)
                .str(&d.url)
                .str(&d.destination)
                .str(&excerpt);
        }
    }
    structure.finish()
}

/// The fingerprint of `site.static_files`.
pub(super) fn statics_fingerprint(site: &Site) -> u64 {
    let mut statics = Fingerprint::new();
    for f in &site.static_files {
        statics
            .str(&f.relative_path)
            .str(&f.destination)
            .debug(&(f.mtime, f.write, &f.collection))
            .debug(&f.data);
    }
    statics.finish()
}

impl Snapshot {
    pub(super) fn of(
        site: &Site,
        keys: &Keys,
        page_layouts: &[hyde_liquid::Value],
        doc_layouts: &[hyde_liquid::Value],
    ) -> Snapshot {
        let mut config = Fingerprint::new();
        config
            .debug(&site.config.hash)
            .debug(&site.plugins)
            .str(&site.environment)
            .debug(&site.theme.as_ref().map(|t| &t.root))
            .debug(&site.config.files_read);
        let pages = site
            .pages
            .par_iter()
            .zip(&keys.pages)
            .zip(page_layouts)
            .map(|((p, k), seen)| item_fingerprint(site, k, p, seen))
            .collect();
        let documents = site
            .documents
            .par_iter()
            .zip(&keys.documents)
            .zip(doc_layouts)
            .map(|((d, k), seen)| item_fingerprint(site, k, d, seen))
            .collect();
        let data = site
            .data
            .iter()
            .map(|(k, v)| (k.clone(), Fingerprint::new().debug(v).finish()))
            .collect();
        Snapshot {
            config: config.finish(),
            structure: structure_fingerprint(site, keys),
            statics: statics_fingerprint(site),
            data,
            sass: sass_fingerprint(site),
            include_dirs: include_dirs_fingerprint(site),
            pages,
            documents,
        }
    }
}

/// The folders includes are looked up in (the engine's `include_dirs`).
pub(super) fn include_dirs(site: &Site) -> Vec<PathBuf> {
    let mut dirs = vec![crate::path_manager::sanitized_path(
        &site.config.source,
        site.config.str_or("includes_dir", "_includes"),
    )];
    if let Some(dir) = site.theme.as_ref().and_then(|t| t.path_for("_includes")) {
        dirs.push(dir);
    }
    dirs
}

/// Every file under `root` (not under `skip`), with `visit` called on each.
pub(super) fn walk(
    files: &crate::source::Files,
    root: &Path,
    skip: &Path,
    visit: &mut dyn FnMut(&Path),
) {
    let Ok(mut names) = files.list(root) else {
        return;
    };
    names.sort();
    for name in names {
        let path = root.join(&name);
        if path == skip || name.starts_with('.') {
            continue;
        }
        match files.kind(&path) {
            Some(crate::source::PathKind::Dir) => walk(files, &path, skip, visit),
            Some(_) => visit(&path),
            None => {}
        }
    }
}

pub(super) fn include_dirs_fingerprint(site: &Site) -> u64 {
    let mut f = Fingerprint::new();
    for dir in include_dirs(site) {
        walk(
            &site.config.files,
            &dir,
            &site.config.destination,
            &mut |p| {
                f.debug(&p);
            },
        );
    }
    f.finish()
}

/// The Sass files a stylesheet may import: those of the Sass folders (`sass_dir`,
/// `load_paths`, the theme's `_sass`) and of the folders holding Sass pages.
pub(super) fn sass_fingerprint(site: &Site) -> u64 {
    let sass_pages: Vec<&Document> = site.pages.iter().filter(|p| is_sass(p)).collect();
    if sass_pages.is_empty() {
        return 0;
    }
    let source = &site.config.source;
    let sass = site.config.get("sass");
    let get = |k: &str| sass.and_then(|s| s.get(k));
    let mut roots: Vec<PathBuf> = vec![crate::path_manager::sanitized_path(
        source,
        &get("sass_dir").map_or_else(|| "_sass".to_string(), crate::ruby::value_to_s),
    )];
    if let Some(hyde_liquid::Value::Array(paths)) = get("load_paths") {
        for p in paths.iter() {
            roots.push(crate::path_manager::sanitized_path(
                source,
                &crate::ruby::value_to_s(p),
            ));
        }
    }
    if let Some(dir) = site.theme.as_ref().and_then(|t| t.path_for("_sass")) {
        roots.push(dir);
    }
    for p in sass_pages {
        if let Some(dir) = p.path.parent() {
            roots.push(dir.to_path_buf());
        }
    }
    roots.sort();
    roots.dedup();
    let mut f = Fingerprint::new();
    let files = &site.config.files;
    for root in roots {
        walk(files, &root, &site.config.destination, &mut |p| {
            let ext = p.extension().and_then(|e| e.to_str()).unwrap_or("");
            if matches!(ext, "scss" | "sass" | "css") {
                f.debug(&p);
                match files.read(p) {
                    Ok(bytes) => f.0.write_u64(hash_bytes(&bytes)),
                    Err(_) => f.0.write_u8(0),
                }
            }
        });
    }
    f.finish()
}
