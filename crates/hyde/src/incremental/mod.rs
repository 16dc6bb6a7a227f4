//! Incremental builds: a site built again renders only the pages and documents
//! whose inputs changed, and writes only the files whose bytes changed.
//!
//! Each build loads the site (configuration, reading, generators) and takes a
//! fingerprint of every input a render can see:
//!
//! 1. the configuration (and the plugins, the theme, the environment): when it
//!    changes, everything is rendered;
//! 2. each page and document: its front matter, content, URL, layout chain (the
//!    layouts' text and data) and the `layout` variable it starts with;
//! 3. the site's lists (every item's front matter, URL and raw excerpt, in order),
//!    its static files, each `site.data` key, the Sass files, the include folders.
//!
//! While rendering, it records what each item read: the include files it used
//! (through [`hyde_liquid::Hooks::include_file`]) and the other items whose
//! `content` or `output` it read ([`hyde_liquid::watch_content_reads`]); the
//! Liquid markup of the item, its layouts and its includes tells which site-wide
//! values it may read ([`scan`]). The next build renders an item again when its
//! fingerprint changed, when something it reads changed, or when an item whose
//! content it read is rendered again; the rest keep their earlier output. An item
//! whose excerpt changed makes every reader of the site's lists render again.
//!
//! Writing compares each output with what the previous build wrote there (a hash
//! of the text, or a static file's source, length and modification time) and
//! writes only what differs; the destination is then cleaned as a full build
//! cleans it, so an incremental build leaves the bytes a full build leaves.

mod fingerprint;
mod plan;
mod record;
mod scan;

pub(crate) use record::{record_include, watch_includes};

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime};

use rayon::prelude::*;

use crate::config::BuildOptions;
use crate::document::Document;
use crate::error::Result;
use crate::render::{Output, Outputs, Reuse};
use crate::site::{BuildReport, OutputFile, Site};
use fingerprint::{
    Keys, Snapshot, hash_bytes, is_sass, item_fingerprint, statics_fingerprint,
    structure_fingerprint,
};
use plan::{IncludeHashes, Selection, item_reads, select};
use scan::Reads;

/// Builds one site again and again, each build rendering only what the changes
/// since the previous one affect, and writing only the files whose bytes changed;
/// the destination ends up as a full build leaves it.
///
/// A page or document is rendered again when its source, front matter, URL or
/// layouts changed, when an include it used changed, when another item whose
/// content it read is rendered again, or when site-wide values its Liquid markup
/// names changed (`site.posts` and the other lists, `site.data.KEY`,
/// `site.static_files`); a configuration change renders everything. `docs/serve.md`
/// in the repository describes it in full.
///
/// ```no_run
/// let options = hyde::BuildOptions::new("examples/site");
/// let mut builds = hyde::Incremental::new();
/// builds.build(&options)?; // the first build renders everything
/// // … a source file changes …
/// let report = builds.build(&options)?;
/// println!("rendered {:?}, wrote {:?}", report.rendered, report.written);
/// # Ok::<(), hyde::Error>(())
/// ```
#[derive(Default)]
pub struct Incremental {
    state: Option<State>,
}

impl std::fmt::Debug for Incremental {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Incremental")
            .field("items", &self.state.as_ref().map_or(0, |s| s.items.len()))
            .finish()
    }
}

/// What an incremental build did.
#[derive(Debug, Default, Clone)]
#[non_exhaustive]
pub struct IncrementalReport {
    /// Whether every page and document was rendered (the first build, or the
    /// configuration changed).
    pub full: bool,
    /// Whether only the changed files were read again, into the site kept from the
    /// previous build ([`Incremental::build_changed`]).
    pub patched: bool,
    /// The site-relative paths of the pages and documents rendered.
    pub rendered: Vec<String>,
    /// The destination-relative paths (`/`-separated) of the files written.
    pub written: Vec<String>,
    /// The destination-relative paths of the files the previous build wrote and this
    /// one does not.
    pub removed: Vec<String>,
    /// For each written file made from a page, document or static file: its
    /// destination-relative path and the site-relative path of its source (a Sass
    /// page's source map names the page).
    pub sources: Vec<(String, String)>,
    /// Warnings from reading and rendering.
    pub warnings: Vec<crate::Warning>,
    /// Wall time of the build.
    pub elapsed: Duration,
    /// Wall time of each step: `load` (configuration, reading, generators), `plan`
    /// (fingerprints and what to render), `render`, `write` (with cleaning and the
    /// plugins' `post_write`).
    pub steps: Vec<(&'static str, Duration)>,
}

/// What the previous build saw and made.
struct State {
    /// The configuration the site was loaded with.
    site_config: crate::config::Config,
    /// The site as last built, kept for builds that only re-read changed files.
    site: Option<Site>,
    keys: Keys,
    snapshot: Snapshot,
    /// The renderer's engine (with its parsed includes) and parsed layouts, for a
    /// build that patches the kept site.
    renderer: Option<(crate::render::Parts, Arc<crate::render::SiteHooks>)>,
    /// The `layout` variable each document and page starts with.
    layouts_seen: (Vec<hyde_liquid::Value>, Vec<hyde_liquid::Value>),
    /// Each page's and document's source file: which item it is (a page or not, its
    /// index) and a hash of what precedes its body, when its body is its content.
    sources: HashMap<PathBuf, (bool, usize, u64)>,
    config: u64,
    structure: u64,
    statics: u64,
    data: HashMap<String, u64>,
    sass: u64,
    include_dirs: u64,
    items: HashMap<String, ItemState>,
    written: HashMap<PathBuf, Written>,
}

/// One page or document as last rendered.
#[derive(Clone)]
struct ItemState {
    relative_path: String,
    fingerprint: u64,
    reads: Reads,
    sass: bool,
    includes: Vec<(PathBuf, Option<u64>)>,
    others: Vec<Arc<str>>,
    output: Output,
    excerpt: Option<Arc<str>>,
}

/// What was written at a destination path.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Written {
    /// Rendered text (compared by pointer first, kept from the render).
    Text(Arc<str>),
    /// Bytes: length and hash.
    Bytes(usize, u64),
    /// A copy of a file on the disk.
    Copy {
        from: PathBuf,
        len: u64,
        modified: Option<SystemTime>,
    },
}

/// Whether the file at `path` (not a symlink) holds what `file` would write.
fn same_bytes(file: &OutputFile, path: &Path) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if !meta.is_file() {
        return false;
    }
    let expected_len = match file {
        OutputFile::Rendered(text) => Some(text.len() as u64),
        OutputFile::Bytes(bytes) => Some(bytes.len() as u64),
        OutputFile::Copy(from) => std::fs::metadata(from).ok().map(|m| m.len()),
    };
    if expected_len != Some(meta.len()) {
        return false;
    }
    match (file.bytes(), std::fs::read(path)) {
        (Ok(want), Ok(have)) => *want == *have,
        _ => false,
    }
}

/// A source file's text split as the reader splits it: what precedes the body
/// (front matter), and the body. A byte order mark is dropped.
fn source_parts(text: &str) -> (&str, &str) {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    match crate::front_matter::split(text) {
        Some(split) => (&text[..text.len() - split.body.len()], split.body),
        None => ("", text),
    }
}

/// [`State::sources`] for `site`: each item whose file's body is its content.
fn sources_of(site: &Site) -> HashMap<PathBuf, (bool, usize, u64)> {
    let items: Vec<(bool, usize, &Document)> = site
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (true, i, p))
        .chain(
            site.documents
                .iter()
                .enumerate()
                .map(|(i, d)| (false, i, d)),
        )
        .collect();
    let found: Vec<(PathBuf, (bool, usize, u64))> = items
        .par_iter()
        .filter_map(|&(page, i, d)| {
            if !d.path.starts_with(&site.config.source) {
                return None;
            }
            let text = site.config.files.read_to_string(&d.path).ok()?;
            let (head, body) = source_parts(&text);
            (body == d.content).then(|| (d.path.clone(), (page, i, hash_bytes(head.as_bytes()))))
        })
        .collect();
    let mut out: HashMap<PathBuf, (bool, usize, u64)> = HashMap::new();
    let mut twice = HashSet::new();
    for (path, item) in found {
        if out.insert(path.clone(), item).is_some() {
            twice.insert(path);
        }
    }
    // A file read as two items (a page and a generated copy) is never patched.
    for p in twice {
        out.remove(&p);
    }
    out
}

impl Incremental {
    /// A builder that has built nothing yet: its first build renders everything.
    pub fn new() -> Incremental {
        Incremental::default()
    }

    /// The configuration of the site last built.
    pub fn config(&self) -> Option<&crate::config::Config> {
        self.state.as_ref().map(|s| &s.site_config)
    }

    /// Forgets the previous build: the next renders everything.
    pub fn reset(&mut self) {
        self.state = None;
    }

    /// [`Incremental::build_locked`] told which files changed (absolute paths, as a
    /// watcher reports them): when each is the source of a page or document whose
    /// front matter is unchanged, or a static file, the site kept from the previous
    /// build is patched with their new contents instead of being read again.
    /// Anything else (a layout, an include, data, the configuration, a file added
    /// or deleted) reads the whole site again.
    pub fn build_changed<G>(
        &mut self,
        options: &BuildOptions,
        changed: &[PathBuf],
        lock: impl FnOnce() -> G,
    ) -> Result<IncrementalReport> {
        let start = Instant::now();
        match self.patch(changed) {
            Some((site, now)) => {
                let old = self.state.take();
                let (keys, seen) = match &old {
                    Some(o) => (o.keys.clone(), o.layouts_seen.clone()),
                    None => return self.build_locked(options, lock),
                };
                let steps = vec![("load", start.elapsed())];
                let changed: HashSet<PathBuf> = changed.iter().cloned().collect();
                self.finish(
                    site,
                    keys,
                    now,
                    seen,
                    old,
                    (start, steps),
                    Some(&changed),
                    lock,
                )
            }
            None => self.build_locked(options, lock),
        }
    }

    /// The kept site with `changed` applied, and its fingerprints; `None` (and the
    /// state untouched) when a change needs the site read again.
    fn patch(&mut self, changed: &[PathBuf]) -> Option<(Site, Snapshot)> {
        let state = self.state.as_mut()?;
        let site = state.site.as_ref()?;
        if changed.is_empty() {
            return None;
        }
        let mut bodies: Vec<(bool, usize, String)> = Vec::new();
        let mut statics: Vec<(usize, i64)> = Vec::new();
        for path in changed {
            if let Some(&(page, i, head)) = state.sources.get(path) {
                let text = site.config.files.read_to_string(path).ok()?;
                let (now_head, body) = source_parts(&text);
                if hash_bytes(now_head.as_bytes()) != head {
                    return None;
                }
                bodies.push((page, i, body.to_string()));
            } else if let Some(i) = site.static_files.iter().position(|f| &f.path == path) {
                statics.push((i, site.config.files.modified(path)?));
            } else {
                return None;
            }
        }
        let mut site = state.site.take()?;
        let mut now = state.snapshot.clone();
        let mut excerpts_changed = false;
        let patched: Vec<(bool, usize)> = bodies.iter().map(|(page, i, _)| (*page, *i)).collect();
        for (page, i, body) in bodies {
            let doc = if page {
                &mut site.pages[i]
            } else {
                &mut site.documents[i]
            };
            if !page {
                let separator = doc
                    .data
                    .get("excerpt_separator")
                    .or_else(|| site.config.get("excerpt_separator"))
                    .map(crate::ruby::value_to_s)
                    .unwrap_or_default();
                if !separator.is_empty() {
                    excerpts_changed |= crate::excerpt::excerpt_head(&doc.content, &separator)
                        != crate::excerpt::excerpt_head(&body, &separator);
                }
            }
            doc.content = body;
        }
        for (i, mtime) in &statics {
            site.static_files[*i].mtime = *mtime;
        }
        let (docs_seen, pages_seen) = &state.layouts_seen;
        for &(page, i) in &patched {
            if page {
                now.pages[i] =
                    item_fingerprint(&site, &state.keys.pages[i], &site.pages[i], &pages_seen[i]);
            } else {
                now.documents[i] = item_fingerprint(
                    &site,
                    &state.keys.documents[i],
                    &site.documents[i],
                    &docs_seen[i],
                );
            }
        }
        if excerpts_changed {
            now.structure = structure_fingerprint(&site, &state.keys);
        }
        if !statics.is_empty() {
            now.statics = statics_fingerprint(&site);
        }
        Some((site, now))
    }

    /// Loads the site `options` describe, renders what changed since the previous
    /// build and writes the files whose bytes changed.
    pub fn build(&mut self, options: &BuildOptions) -> Result<IncrementalReport> {
        self.build_locked(options, || ())
    }

    /// [`Incremental::build`], holding what `lock` returns while the destination is
    /// written (and only then): a server can keep serving the previous output until
    /// the new one is ready.
    pub fn build_locked<G>(
        &mut self,
        options: &BuildOptions,
        lock: impl FnOnce() -> G,
    ) -> Result<IncrementalReport> {
        let start = Instant::now();
        let site = match Site::load(options) {
            Ok(site) => site,
            Err(e) => {
                // What failed to load may be anything: the kept site is stale.
                if let Some(state) = &mut self.state {
                    state.site = None;
                    state.renderer = None;
                }
                return Err(e);
            }
        };
        let steps = vec![("load", start.elapsed())];
        let dest = site.config.destination.clone();
        crate::writer::check_destination(&site.config.source, &dest)?;
        let keys = Keys::of(&site);
        let (doc_layouts, page_layouts) = {
            let (renderer, _) = site.renderer();
            renderer.layout_vars()
        };
        let now = Snapshot::of(&site, &keys, &page_layouts, &doc_layouts);
        let old = self.state.take().filter(|s| s.config == now.config);
        self.finish(
            site,
            keys,
            now,
            (doc_layouts, page_layouts),
            old,
            (start, steps),
            None,
            lock,
        )
    }

    /// Plans, renders and writes `site`, whose fingerprints are `now`, against the
    /// previous build `old`; `fast`, the changed files, when only they were re-read (the
    /// destination's file list cannot have changed).
    #[allow(clippy::too_many_arguments)]
    fn finish<G>(
        &mut self,
        site: Site,
        keys: Keys,
        now: Snapshot,
        layouts_seen: (Vec<hyde_liquid::Value>, Vec<hyde_liquid::Value>),
        mut old: Option<State>,
        (start, mut steps): (Instant, Vec<(&'static str, Duration)>),
        fast: Option<&HashSet<PathBuf>>,
        lock: impl FnOnce() -> G,
    ) -> Result<IncrementalReport> {
        let mark = |steps: &mut Vec<(&'static str, Duration)>, name: &'static str| {
            let before: Duration = steps.iter().map(|(_, d)| *d).sum();
            steps.push((name, start.elapsed().saturating_sub(before)));
        };
        let dest = site.config.destination.clone();
        let mut includes = IncludeHashes {
            files: &site.config.files,
            known: HashMap::new(),
            texts: HashMap::new(),
        };
        let mut selection = match &old {
            Some(old) => select(&site, &keys, old, &now, &mut includes),
            None => Selection::all(&site),
        };
        // The previous renderer serves again when only page bodies and static files
        // changed, none of them read as an include.
        let reusable = match (fast, &old) {
            (Some(changed), Some(o)) => !o
                .items
                .values()
                .any(|i| i.includes.iter().any(|(p, _)| changed.contains(p))),
            _ => false,
        };
        let mut kept_renderer = if reusable {
            old.as_mut().and_then(|o| o.renderer.take())
        } else {
            None
        };
        mark(&mut steps, "plan");
        let mut warnings = site.warnings.clone();
        // Rendered outputs of this build, for rounds after the first.
        let mut fresh_pages: Vec<Option<Output>> = vec![None; site.pages.len()];
        let mut fresh_docs: Vec<Option<(Output, Option<Arc<str>>)>> =
            vec![None; site.documents.len()];
        let mut page_reads = vec![Default::default(); site.pages.len()];
        let mut doc_reads = vec![Default::default(); site.documents.len()];
        let outputs = loop {
            let reuse = match &old {
                None => None,
                Some(old) => Some(Reuse {
                    pages: (0..site.pages.len())
                        .map(|i| {
                            if let Some(o) = &fresh_pages[i] {
                                return Some(o.clone());
                            }
                            (!selection.pages[i])
                                .then(|| old.items.get(&keys.pages[i]).map(|o| o.output.clone()))
                                .flatten()
                        })
                        .collect(),
                    documents: (0..site.documents.len())
                        .map(|i| {
                            if let Some(o) = &fresh_docs[i] {
                                return Some(o.clone());
                            }
                            (!selection.documents[i])
                                .then(|| {
                                    old.items
                                        .get(&keys.documents[i])
                                        .map(|o| (o.output.clone(), o.excerpt.clone()))
                                })
                                .flatten()
                        })
                        .collect(),
                }),
            };
            let (renderer, hooks) = match kept_renderer.take() {
                Some((parts, hooks)) => (crate::render::Renderer::from_parts(&site, parts), hooks),
                None => site.renderer(),
            };
            let renderer = match &reuse {
                Some(r) => renderer.reusing(r),
                None => renderer,
            };
            let outputs: Outputs = match renderer.render_all() {
                Ok(outputs) => outputs,
                Err(e) => {
                    // The next build compares with the previous one again; it may
                    // patch this site only if this one was patched (nothing else
                    // was read).
                    drop(renderer);
                    self.state = old.map(|mut o| {
                        o.site = fast.map(|_| site);
                        o.renderer = None;
                        o
                    });
                    return Err(e);
                }
            };
            warnings.extend(Site::render_warnings(&renderer, &hooks));
            kept_renderer = Some((renderer.into_parts(), hooks));
            let pages_now: Vec<bool> = (0..site.pages.len())
                .map(|i| selection.pages[i] && fresh_pages[i].is_none())
                .collect();
            let docs_now: Vec<bool> = (0..site.documents.len())
                .map(|i| selection.documents[i] && fresh_docs[i].is_none())
                .collect();
            for (i, now) in pages_now.iter().enumerate() {
                if *now {
                    page_reads[i] = outputs.page_reads[i].clone();
                }
            }
            for (i, now) in docs_now.iter().enumerate() {
                if *now {
                    doc_reads[i] = outputs.document_reads[i].clone();
                }
            }
            // A changed excerpt shows in the site's lists: their readers render again.
            let Some(old) = &old else { break outputs };
            let excerpt_changed = docs_now.iter().enumerate().any(|(i, now)| {
                *now && old
                    .items
                    .get(&keys.documents[i])
                    .is_none_or(|o| o.excerpt != outputs.excerpts[i])
            });
            let mut more = false;
            if excerpt_changed {
                let reads_lists = |k: &String| old.items.get(k).is_some_and(|o| o.reads.lists);
                for (i, k) in keys.pages.iter().enumerate() {
                    if !selection.pages[i] && reads_lists(k) {
                        selection.pages[i] = true;
                        more = true;
                    }
                }
                for (i, k) in keys.documents.iter().enumerate() {
                    if !selection.documents[i] && reads_lists(k) {
                        selection.documents[i] = true;
                        more = true;
                    }
                }
            }
            if !more {
                break outputs;
            }
            // What this round rendered is kept; the newly selected items render next.
            for (i, now) in pages_now.iter().enumerate() {
                if *now {
                    fresh_pages[i] = outputs.pages[i].clone();
                }
            }
            for (i, now) in docs_now.iter().enumerate() {
                if *now {
                    fresh_docs[i] = outputs.documents[i]
                        .clone()
                        .map(|o| (o, outputs.excerpts[i].clone()));
                }
            }
        };
        let mut seen = HashSet::new();
        warnings.retain(|w| seen.insert(w.clone()));
        mark(&mut steps, "render");

        // The new state.
        let scan_fn = |text: &str| {
            scan::scan(
                text,
                &|k| site.config.hash.contains_key(k),
                &site.collections.keys().cloned().collect::<Vec<_>>(),
            )
        };
        let mut layout_reads: HashMap<String, Reads> = HashMap::new();
        let mut items: HashMap<String, ItemState> = HashMap::new();
        let mut rendered = Vec::new();
        let mut remember = |key: &String,
                            doc: &Document,
                            fingerprint: u64,
                            selected: bool,
                            reads: &crate::render::ItemReads,
                            output: Option<&Output>,
                            excerpt: Option<Arc<str>>,
                            includes: &mut IncludeHashes<'_>| {
            let Some(output) = output else { return };
            if selected || old.is_none() {
                rendered.push(doc.relative_path.clone());
                let state = ItemState {
                    relative_path: doc.relative_path.clone(),
                    fingerprint,
                    reads: item_reads(
                        &site,
                        doc,
                        &reads.includes,
                        includes,
                        &mut layout_reads,
                        &scan_fn,
                    ),
                    sass: is_sass(doc),
                    includes: reads
                        .includes
                        .iter()
                        .map(|p| (p.clone(), includes.hash(p)))
                        .collect(),
                    others: reads.content.others.clone(),
                    output: output.clone(),
                    excerpt,
                };
                items.insert(key.clone(), state);
            } else if let Some(o) = old.as_ref().and_then(|o| o.items.get(key)) {
                items.insert(key.clone(), o.clone());
            }
        };
        for (i, p) in site.pages.iter().enumerate() {
            remember(
                &keys.pages[i],
                p,
                now.pages[i],
                selection.pages[i],
                &page_reads[i],
                outputs.pages[i].as_ref(),
                None,
                &mut includes,
            );
        }
        for (i, d) in site.documents.iter().enumerate() {
            remember(
                &keys.documents[i],
                d,
                now.documents[i],
                selection.documents[i],
                &doc_reads[i],
                outputs.documents[i].as_ref(),
                outputs.excerpts[i].clone(),
                &mut includes,
            );
        }

        // Writing.
        let files = site.output_files(&outputs)?;
        let mut last: HashMap<PathBuf, usize> = HashMap::new();
        let mut targets = Vec::with_capacity(files.len());
        let mut checked = HashSet::new();
        let old_written = old.as_ref().map(|o| &o.written);
        for (i, (rel, _)) in files.iter().enumerate() {
            let path = crate::writer::safe_join(&dest, rel)?;
            // A path written before was checked then (when only changed files were
            // re-read, nothing else moved).
            let known = fast.is_some() && old_written.is_some_and(|w| w.contains_key(&path));
            if !known {
                crate::writer::check_no_escape(&dest, &path, &mut checked)?;
            }
            last.insert(path.clone(), i);
            targets.push(path);
        }
        let mut written: HashMap<PathBuf, Written> = HashMap::with_capacity(files.len());
        let mut writes: Vec<(&OutputFile, &PathBuf)> = Vec::new();
        let mut report = BuildReport::default();
        for (i, ((_, file), path)) in files.iter().zip(&targets).enumerate() {
            if last.get(path) != Some(&i) {
                continue;
            }
            let now_written = match file {
                OutputFile::Rendered(text) => Written::Text(text.clone()),
                OutputFile::Bytes(bytes) => Written::Bytes(bytes.len(), hash_bytes(bytes)),
                OutputFile::Copy(from) => {
                    // An unchanged static file, when only changed files were re-read.
                    let kept = fast
                        .filter(|changed| !changed.contains(from))
                        .and_then(|_| old_written?.get(path))
                        .filter(|w| matches!(w, Written::Copy { from: f, .. } if f == from));
                    match kept {
                        Some(w) => w.clone(),
                        None => {
                            let meta = std::fs::metadata(from).ok();
                            Written::Copy {
                                from: from.clone(),
                                len: meta.as_ref().map_or(0, std::fs::Metadata::len),
                                modified: meta.and_then(|m| m.modified().ok()),
                            }
                        }
                    }
                }
            };
            let unchanged = match old_written {
                Some(w) => {
                    w.get(path) == Some(&now_written)
                        && (fast.is_some()
                            || std::fs::symlink_metadata(path).is_ok_and(|m| m.is_file()))
                }
                // The first build: what the destination already holds.
                None => same_bytes(file, path),
            };
            if !unchanged {
                writes.push((file, path));
            }
            match file {
                OutputFile::Rendered(_) => report.rendered += 1,
                OutputFile::Copy(_) | OutputFile::Bytes(_) => report.copied += 1,
            }
            written.insert(path.clone(), now_written);
        }
        let keep = site.config.string_list("keep_files");
        let targets_set: HashSet<PathBuf> = written.keys().cloned().collect();
        {
            let _guard = lock();
            writes.par_iter().try_for_each(|(file, path)| match file {
                OutputFile::Rendered(text) => crate::writer::write_file(path, text.as_bytes()),
                OutputFile::Copy(from) => crate::writer::copy_file(from, path),
                OutputFile::Bytes(bytes) => crate::writer::write_file(path, bytes),
            })?;
            // Only changed files were re-read: the list of outputs is the same.
            if fast.is_none() {
                crate::writer::clean(&dest, &targets_set, &keep)?;
            }
        }
        warnings.extend(site.conflicts());
        report.warnings = warnings;
        for p in &site.plugins.0 {
            p.post_write(&site, &mut report)?;
        }
        mark(&mut steps, "write");
        let relative = |p: &Path| {
            p.strip_prefix(&dest)
                .unwrap_or(p)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/")
        };
        let mut written_paths: Vec<String> = writes.iter().map(|(_, p)| relative(p)).collect();
        written_paths.sort();
        let mut source_of: HashMap<String, &str> = HashMap::new();
        for p in &site.pages {
            source_of.insert(format!("{}.map", p.destination), &p.relative_path);
            source_of.insert(p.destination.clone(), &p.relative_path);
        }
        for f in &site.static_files {
            source_of.insert(f.destination.clone(), &f.relative_path);
        }
        for d in &site.documents {
            source_of.insert(d.destination.clone(), &d.relative_path);
        }
        let sources = written_paths
            .iter()
            .filter_map(|w| {
                let s = source_of.get(w)?;
                Some((w.clone(), s.trim_start_matches('/').to_string()))
            })
            .collect();
        let mut removed: Vec<String> = old_written
            .map(|w| {
                w.keys()
                    .filter(|p| !written.contains_key(*p))
                    .map(|p| relative(p))
                    .collect()
            })
            .unwrap_or_default();
        removed.sort();
        rendered.sort();
        let item_sources = match (fast, &old) {
            (Some(_), Some(o)) => o.sources.clone(),
            _ => sources_of(&site),
        };
        self.state = Some(State {
            site_config: site.config.clone(),
            keys,
            layouts_seen,
            sources: item_sources,
            snapshot: now.clone(),
            config: now.config,
            structure: now.structure,
            statics: now.statics,
            data: now.data,
            sass: now.sass,
            include_dirs: now.include_dirs,
            items,
            written,
            site: None,
            renderer: kept_renderer,
        });
        if let Some(state) = &mut self.state {
            state.site = Some(site);
        }
        Ok(IncrementalReport {
            patched: fast.is_some(),
            full: old.is_none(),
            rendered,
            written: written_paths,
            removed,
            sources,
            warnings: report.warnings,
            elapsed: start.elapsed(),
            steps,
        })
    }
}
