//! Planning: which pages and documents the changes since the previous build affect,
//! and what a render read.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::State;
use super::fingerprint::{Keys, Snapshot, hash_bytes, layout_chain};
use super::scan::Reads;
use crate::document::Document;
use crate::site::Site;

/// Include files' hashes, each read once per build.
pub(super) struct IncludeHashes<'s> {
    pub(super) files: &'s crate::source::Files,
    pub(super) known: HashMap<PathBuf, Option<u64>>,
    pub(super) texts: HashMap<PathBuf, Reads>,
}

impl IncludeHashes<'_> {
    pub(super) fn hash(&mut self, path: &Path) -> Option<u64> {
        if let Some(h) = self.known.get(path) {
            return *h;
        }
        let h = self.files.read(path).ok().map(|b| hash_bytes(&b));
        self.known.insert(path.to_path_buf(), h);
        h
    }

    pub(super) fn reads(&mut self, path: &Path, scan: &dyn Fn(&str) -> Reads) -> Reads {
        if let Some(r) = self.texts.get(path) {
            return r.clone();
        }
        let r = match self.files.read_to_string(path) {
            Ok(text) => scan(&text),
            Err(_) => Reads::everything(),
        };
        self.texts.insert(path.to_path_buf(), r.clone());
        r
    }
}

/// Which items to render: `true` where an item is rendered again.
pub(super) struct Selection {
    pub(super) pages: Vec<bool>,
    pub(super) documents: Vec<bool>,
}

impl Selection {
    pub(super) fn all(site: &Site) -> Selection {
        Selection {
            pages: vec![true; site.pages.len()],
            documents: vec![true; site.documents.len()],
        }
    }
}

/// The items the changes from `old` to `now` affect.
pub(super) fn select(
    site: &Site,
    keys: &Keys,
    old: &State,
    now: &Snapshot,
    includes: &mut IncludeHashes<'_>,
) -> Selection {
    let mut changed_data: HashSet<&str> = HashSet::new();
    for (k, h) in &now.data {
        if old.data.get(k) != Some(h) {
            changed_data.insert(k);
        }
    }
    for k in old.data.keys() {
        if !now.data.contains_key(k) {
            changed_data.insert(k);
        }
    }
    let lists = now.structure != old.structure;
    let statics = now.statics != old.statics;
    let sass = now.sass != old.sass;
    let include_dirs = now.include_dirs != old.include_dirs;
    let mut stale = |key: &str, fingerprint: u64| -> bool {
        let Some(o) = old.items.get(key) else {
            return true;
        };
        o.fingerprint != fingerprint
            || (o.reads.lists && lists)
            || (o.reads.statics && statics)
            || (o.reads.data_all && !changed_data.is_empty())
            || o.reads
                .data
                .iter()
                .any(|k| changed_data.contains(k.as_str()))
            || (o.sass && sass)
            || (include_dirs && !o.includes.is_empty())
            || o.includes.iter().any(|(p, h)| includes.hash(p) != *h)
    };
    let mut selection = Selection {
        pages: keys
            .pages
            .iter()
            .zip(&now.pages)
            .map(|(k, f)| stale(k, *f))
            .collect(),
        documents: keys
            .documents
            .iter()
            .zip(&now.documents)
            .map(|(k, f)| stale(k, *f))
            .collect(),
    };
    // Items rendered again (or gone) change what readers of their content see.
    let current: HashSet<&str> = keys
        .pages
        .iter()
        .chain(&keys.documents)
        .map(String::as_str)
        .collect();
    let mut changed: HashSet<&str> = old
        .items
        .iter()
        .filter(|(k, _)| !current.contains(k.as_str()))
        .map(|(_, o)| o.relative_path.as_str())
        .collect();
    for (i, p) in site.pages.iter().enumerate() {
        if selection.pages[i] {
            changed.insert(&p.relative_path);
        }
    }
    for (i, d) in site.documents.iter().enumerate() {
        if selection.documents[i] {
            changed.insert(&d.relative_path);
        }
    }
    loop {
        let mut more = false;
        let items = keys
            .pages
            .iter()
            .zip(&site.pages)
            .zip(selection.pages.iter_mut())
            .chain(
                keys.documents
                    .iter()
                    .zip(&site.documents)
                    .zip(selection.documents.iter_mut()),
            );
        for ((key, doc), selected) in items {
            if *selected {
                continue;
            }
            if let Some(o) = old.items.get(key)
                && o.others.iter().any(|p| changed.contains(&**p))
            {
                *selected = true;
                changed.insert(&doc.relative_path);
                more = true;
            }
        }
        if !more {
            break;
        }
    }
    selection
}

/// What an item reads of the site, from the markup of it, its layouts and its includes.
pub(super) fn item_reads(
    site: &Site,
    doc: &Document,
    include_paths: &[PathBuf],
    includes: &mut IncludeHashes<'_>,
    layouts: &mut HashMap<String, Reads>,
    scan: &dyn Fn(&str) -> Reads,
) -> Reads {
    let mut reads = scan(&doc.content);
    for l in layout_chain(site, doc) {
        let r = layouts
            .entry(l.name.clone())
            .or_insert_with(|| scan(&l.content));
        reads.add(r);
    }
    for p in include_paths {
        reads.add(&includes.reads(p, scan));
    }
    reads
}
