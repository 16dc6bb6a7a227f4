//! Reading a site's source tree, as Jekyll's `Reader` and its helpers do.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use hyde_liquid::{Hash, Value};
use indexmap::IndexMap;

use crate::collection::Collection;
use crate::config::Config;
use crate::date::Zone;
use crate::defaults::Defaults;
use crate::document::{Document, Kind};
use crate::entry_filter::EntryFilter;
use crate::error::{Error, Result, SourceLocation};
use crate::front_matter;
use crate::layout::Layout;
use crate::source::{Files, PathKind};
use crate::static_file::StaticFile;
use crate::warning::{Warning, WarningKind};

/// Everything read from the source, before URLs are assigned.
#[derive(Debug, Default)]
pub(crate) struct Content {
    pub(crate) layouts: HashMap<String, Layout>,
    pub(crate) pages: Vec<Document>,
    pub(crate) static_files: Vec<StaticFile>,
    pub(crate) documents: Vec<Document>,
    pub(crate) collections: IndexMap<String, Collection>,
    pub(crate) data: Hash,
    pub(crate) warnings: Vec<Warning>,
}

/// Reads a file as UTF-8 (a BOM is dropped), naming the line of any invalid byte.
pub(crate) fn read_text(files: &Files, path: &Path, source: &Path) -> Result<String> {
    let bytes = files
        .read(path)
        .map_err(|e| Error::io("reading", path, e))?;
    bytes_to_string(bytes, path, source, true)
}

/// Reads a file as UTF-8, keeping a BOM.
pub(crate) fn read_text_keep_bom(files: &Files, path: &Path, source: &Path) -> Result<String> {
    let bytes = files
        .read(path)
        .map_err(|e| Error::io("reading", path, e))?;
    bytes_to_string(bytes, path, source, false)
}

fn bytes_to_string(bytes: Vec<u8>, path: &Path, source: &Path, strip_bom: bool) -> Result<String> {
    match String::from_utf8(bytes) {
        Ok(mut s) => {
            if strip_bom && s.starts_with('\u{feff}') {
                s.drain(..3);
            }
            Ok(s)
        }
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            Err(Error::Encoding {
                path: path.strip_prefix(source).unwrap_or(path).to_path_buf(),
                offset,
                line,
            })
        }
    }
}

/// `a/b` joined as Jekyll's `PathManager.join` (`File.join`, with "" giving a leading `/`).
fn join(dir: &str, name: &str) -> String {
    format!("{dir}/{name}")
}

/// The state of one read.
pub(crate) struct Reader<'a> {
    pub(crate) config: &'a Config,
    pub(crate) defaults: &'a Defaults,
    pub(crate) zone: &'a Zone,
    pub(crate) site_time: chrono::DateTime<chrono::FixedOffset>,
    filter: EntryFilter,
    theme: Option<&'a crate::theme::Theme>,
    content: Content,
    source_canonical: PathBuf,
    dest: PathBuf,
}

/// A directory entry after symlink checks: a folder or a file inside the site, or
/// a special file (a FIFO, socket or device), which is never read.
enum EntryKind {
    Dir,
    File,
    Special,
}

/// What a regular-or-not file type is, for [`EntryKind`].
fn kind_of(kind: PathKind) -> EntryKind {
    match kind {
        PathKind::Dir => EntryKind::Dir,
        PathKind::File => EntryKind::File,
        _ => EntryKind::Special,
    }
}

/// The warning for a special file left out of the build.
fn special_file_warning(path: &Path) -> Warning {
    Warning::new(
        WarningKind::Skipped,
        "Skipped:",
        format!(
            "{} is not a regular file (a FIFO, socket or device) and is not read.",
            path.display()
        ),
    )
    .at(SourceLocation::at(path, 0, 0))
}

impl<'a> Reader<'a> {
    pub(crate) fn new(
        config: &'a Config,
        defaults: &'a Defaults,
        zone: &'a Zone,
        site_time: chrono::DateTime<chrono::FixedOffset>,
    ) -> Reader<'a> {
        let source_canonical = config
            .files
            .canonicalize(&config.source)
            .unwrap_or(config.source.clone());
        Reader {
            config,
            defaults,
            zone,
            site_time,
            filter: EntryFilter::new(
                &config.source,
                &config.string_list("include"),
                &config.string_list("exclude"),
            )
            .with_files(config.files.clone()),
            theme: None,
            content: Content::default(),
            source_canonical,
            dest: config.destination.clone(),
        }
    }

    /// Reads the theme's layouts and assets too.
    pub(crate) fn with_theme(mut self, theme: Option<&'a crate::theme::Theme>) -> Self {
        self.theme = theme;
        self
    }

    /// Reads layouts, pages, static files, posts, data and collections.
    pub(crate) fn read(mut self) -> Result<Content> {
        self.read_layouts()?;
        for (label, meta) in self.collection_configs() {
            let relative_directory = self.collection_relative_dir(&label);
            self.content.collections.insert(
                label.clone(),
                Collection {
                    label,
                    metadata: meta,
                    relative_directory,
                    docs: Vec::new(),
                    files: Vec::new(),
                },
            );
        }
        self.read_directories("")?;
        self.read_included_excludes()?;
        // sort_files!: pages by name, static files by relative path.
        self.content.pages.sort_by(|a, b| a.name().cmp(b.name()));
        let data_dir = crate::path_manager::sanitized_path(
            &self.config.source,
            self.config.str_or("data_dir", "_data"),
        );
        if self.inside_site(&data_dir) {
            self.content.data = crate::data::read_dir(
                &self.config.files,
                &data_dir,
                &self.config.source,
                self.zone,
            )?;
        }
        self.read_collections()?;
        self.content
            .static_files
            .sort_by(|a, b| a.relative_path.as_bytes().cmp(b.relative_path.as_bytes()));
        self.read_theme_assets()?;
        Ok(self.content)
    }

    /// Jekyll's `ThemeAssetsReader`: the theme's `assets/` become pages (with front
    /// matter) or static files, unless the site has a file at the same path. Appended
    /// after the site's own, unsorted, as Jekyll does.
    fn read_theme_assets(&mut self) -> Result<()> {
        let Some(theme) = self.theme else {
            return Ok(());
        };
        let Some(assets) = theme.path_for("assets") else {
            return Ok(());
        };
        let mut files = Vec::new();
        let mut stack = vec![assets.clone()];
        while let Some(dir) = stack.pop() {
            let mut names = self.list_dir(&dir)?;
            names.reverse();
            for name in names {
                let path = dir.join(&name);
                let Some(kind) = self.config.files.kind(&path) else {
                    continue;
                };
                if kind == PathKind::Symlink {
                    self.content.warnings.push(Warning::new(
                        WarningKind::Skipped,
                        "Theme reader:",
                        format!("Ignored symlinked asset: {}", path.display()),
                    ));
                } else if kind == PathKind::Dir {
                    stack.push(path);
                } else if kind == PathKind::File {
                    files.push(path);
                }
            }
        }
        // Find.find visits in sorted depth-first order.
        files.sort();
        for path in files {
            let Ok(rel) = path.strip_prefix(&theme.root) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            let (dir, name) = match rel.rsplit_once('/') {
                Some((d, n)) => (d.to_string(), n.to_string()),
                None => (String::new(), rel.clone()),
            };
            if self.has_header(&path) {
                if self.content.pages.iter().any(|p| p.relative_path == rel) {
                    continue;
                }
                self.read_page_at(&path, &dir, &name)?;
            } else {
                let static_rel = format!("/{rel}");
                if self
                    .content
                    .static_files
                    .iter()
                    .any(|f| f.relative_path == static_rel)
                {
                    continue;
                }
                let f = self.static_file(&format!("/{dir}"), &name, None, path.clone());
                self.content.static_files.push(f);
            }
        }
        Ok(())
    }

    fn collection_configs(&self) -> Vec<(String, Hash)> {
        match self.config.get("collections") {
            Some(Value::Hash(h)) => h
                .iter()
                .map(|(k, v)| (k.clone(), v.as_hash().cloned().unwrap_or_default()))
                .collect(),
            _ => Vec::new(),
        }
    }

    /// `Collection#relative_directory`: `_label`, relative to the collections folder.
    fn collection_relative_dir(&self, label: &str) -> String {
        format!("_{label}")
    }

    /// The collections folder (`collections_dir`, or the source).
    fn collections_path(&self) -> PathBuf {
        let dir = self.config.collections_dir();
        if dir.is_empty() {
            self.config.source.clone()
        } else {
            self.config.source.join(dir)
        }
    }

    /// Whether a path, symlinks resolved, stays inside the source.
    fn inside_site(&self, path: &Path) -> bool {
        match self.config.files.canonicalize(path) {
            Ok(p) => p.starts_with(&self.source_canonical),
            Err(_) => false,
        }
    }

    /// Classifies an entry; symlinks are followed only when they stay inside the site.
    fn entry_kind(&self, path: &Path) -> Option<EntryKind> {
        let kind = self.config.files.kind(path)?;
        if kind == PathKind::Symlink {
            if !self.inside_site(path) {
                return None;
            }
            return self.config.files.kind_followed(path).map(kind_of);
        }
        Some(kind_of(kind))
    }

    /// The names in a folder, sorted (as Ruby's `Dir.glob` returns them).
    fn list_dir(&self, abs: &Path) -> Result<Vec<String>> {
        let mut names = self.list_dir_unsorted(abs)?;
        names.sort();
        Ok(names)
    }

    /// The names in a folder in the operating system's order, as Ruby's `Dir.entries`
    /// returns them. Jekyll reads pages in this order and then sorts them by file name
    /// with a stable sort, so pages sharing a name (`index.md`) keep it.
    fn list_dir_unsorted(&self, abs: &Path) -> Result<Vec<String>> {
        self.config
            .files
            .list(abs)
            .map_err(|e| Error::io("reading", abs, e))
    }

    fn read_layouts(&mut self) -> Result<()> {
        let dir = crate::path_manager::sanitized_path(
            &self.config.source,
            self.config.str_or("layouts_dir", "_layouts"),
        );
        if self.config.files.is_dir(&dir) && self.inside_site(&dir) {
            self.read_layouts_in(&dir, true)?;
        }
        if let Some(dir) = self.theme.and_then(|t| t.path_for("_layouts")) {
            self.read_layouts_in(&dir, false)?;
        }
        Ok(())
    }

    /// Reads the layouts in `dir`; the theme's (`site_wins == false`) only add names the
    /// site lacks.
    fn read_layouts_in(&mut self, dir: &Path, site_layouts: bool) -> Result<()> {
        let dir = dir.to_path_buf();
        let files = if site_layouts {
            self.walk_files(&dir, true)?
        } else {
            self.walk_theme_files(&dir)?
        };
        for rel in files {
            let path = dir.join(&rel);
            let name = match rel.rfind('.') {
                Some(i) if !rel[i..].contains('/') => rel[..i].to_string(),
                _ => rel.clone(),
            };
            if !site_layouts && self.content.layouts.contains_key(&name) {
                continue;
            }
            let text = read_text(&self.config.files, &path, &self.config.source)?;
            let relative_path = self.relative_to_source(&path);
            let (data, content, body_line) = match front_matter::split(&text) {
                Some(split) => {
                    // Jekyll's Layout reads front matter as a page does: broken YAML warns.
                    let data = self.front_matter_or_warn(split.yaml, &relative_path)?;
                    (data, split.body.to_string(), split.body_line)
                }
                None => (Hash::new(), text.clone(), 1),
            };
            self.content.layouts.insert(
                name.clone(),
                Layout {
                    name,
                    path,
                    relative_path,
                    data,
                    content,
                    body_line,
                },
            );
        }
        Ok(())
    }

    /// Files under a theme folder (relative, sorted); symlinks inside the theme only.
    fn walk_theme_files(&self, dir: &Path) -> Result<Vec<String>> {
        let files = &self.config.files;
        self.walk(dir, &|p: &Path| match files.canonicalize(p) {
            Ok(c) if c.starts_with(dir) => files.kind_followed(&c).map(kind_of),
            _ => None,
        })
    }

    /// Every file under `dir` (relative, `/`-separated, sorted), skipping dotfiles as
    /// Ruby's `Dir["**/*"]` does; `kind` says what an entry is, or `None` to skip it.
    fn walk(&self, dir: &Path, kind: &dyn Fn(&Path) -> Option<EntryKind>) -> Result<Vec<String>> {
        let mut out = Vec::new();
        let mut stack = vec![String::new()];
        while let Some(rel_dir) = stack.pop() {
            let abs = if rel_dir.is_empty() {
                dir.to_path_buf()
            } else {
                dir.join(&rel_dir)
            };
            for name in self.list_dir(&abs)? {
                if name.starts_with('.') {
                    continue;
                }
                let rel = if rel_dir.is_empty() {
                    name.clone()
                } else {
                    format!("{rel_dir}/{name}")
                };
                match kind(&abs.join(&name)) {
                    Some(EntryKind::Dir) => stack.push(rel),
                    Some(EntryKind::File) => out.push(rel),
                    Some(EntryKind::Special) | None => {}
                }
            }
        }
        out.sort();
        Ok(out)
    }

    fn relative_to_source(&self, path: &Path) -> String {
        path.strip_prefix(&self.config.source)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/")
    }

    /// All files under `dir` (relative, `/`-separated, sorted), skipping dotfiles as
    /// Ruby's `Dir["**/*"]` does; with `filtered`, each path also passes the entry filter.
    fn walk_files(&self, dir: &Path, filtered: bool) -> Result<Vec<String>> {
        let mut out = self.walk(dir, &|p: &Path| self.entry_kind(p))?;
        if filtered {
            let base = self.relative_to_source(dir);
            out = self.filter.filter(&base, out);
        }
        Ok(out)
    }

    fn parse_front_matter(&self, yaml: &str, relative_path: &str) -> Result<Hash> {
        match crate::yaml::parse_in_zone(yaml, self.zone.tz()) {
            Ok(Value::Hash(h)) => Ok(std::sync::Arc::unwrap_or_clone(h)),
            // Jekyll's `self.data ||= {}`: empty front matter.
            Ok(Value::Nil | Value::Bool(false)) => Ok(Hash::new()),
            // Jekyll's `validate_data!`: a list or a scalar stops the build.
            Ok(_) => Err(Error::FrontMatter {
                location: SourceLocation::at(relative_path, 1, 0),
                message: format!("Invalid YAML front matter in {relative_path}"),
            }),
            Err(e) if e.message.contains("recursion limit") => Err(Error::FrontMatter {
                // Ruby's stack overflows on these (SystemStackError): Jekyll stops.
                location: SourceLocation::at(relative_path, e.line, e.column),
                message: e.message,
            }),
            Err(e) => Err(Error::Yaml {
                location: SourceLocation::at(relative_path, e.line, e.column),
                message: e.message,
            }),
        }
    }

    /// Front matter of a page or document: a YAML error is a warning unless
    /// `strict_front_matter`, as in Jekyll (the file is then read with empty data).
    fn front_matter_or_warn(&mut self, yaml: &str, relative_path: &str) -> Result<Hash> {
        match self.parse_front_matter(yaml, relative_path) {
            Ok(h) => Ok(h),
            Err(Error::Yaml { location, message }) => {
                // Jekyll's line: the absolute path, then Psych's message; Jekyll logs
                // it as a topic (`logger.warn(text)`).
                let jekyll = format!(
                    "YAML Exception reading {}: (<unknown>): {message} at line {} column {}",
                    self.config.source.join(relative_path).display(),
                    location.line.unwrap_or(0),
                    location.column.unwrap_or(0)
                );
                if self.config.truthy("strict_front_matter") {
                    return Err(Error::FrontMatter {
                        location,
                        message: jekyll,
                    });
                }
                self.content
                    .warnings
                    .push(Warning::new(WarningKind::FrontMatter, jekyll, "").at(location));
                Ok(Hash::new())
            }
            Err(e) => Err(e),
        }
    }

    /// Jekyll's `Reader#read_directories`.
    fn read_directories(&mut self, dir: &str) -> Result<()> {
        let base = if dir.is_empty() {
            self.config.source.clone()
        } else {
            self.config.source.join(dir.trim_start_matches('/'))
        };
        if !self.config.files.is_dir(&base) {
            return Ok(());
        }
        let names = self.list_dir_unsorted(&base)?;
        let names = self.filter.filter(dir.trim_start_matches('/'), names);
        let mut dirs = Vec::new();
        let mut pages = Vec::new();
        let mut statics = Vec::new();
        for name in names {
            let path = base.join(&name);
            match self.entry_kind(&path) {
                Some(EntryKind::Dir) => dirs.push(name),
                Some(EntryKind::File) => {
                    if self.has_header(&path) {
                        pages.push(name);
                    } else {
                        statics.push(name);
                    }
                }
                Some(EntryKind::Special) => {
                    self.content.warnings.push(special_file_warning(&path));
                }
                None => {}
            }
        }
        self.retrieve_posts(dir)?;
        for d in dirs {
            let abs = base.join(&d);
            if abs == self.dest {
                continue;
            }
            self.read_directories(&join(dir, &d))?;
        }
        for p in pages {
            self.read_page(dir, &p)?;
        }
        for s in statics {
            self.content
                .static_files
                .push(self.static_file(dir, &s, None, base.join(&s)));
        }
        Ok(())
    }

    fn static_file(
        &self,
        dir: &str,
        name: &str,
        collection: Option<&str>,
        path: PathBuf,
    ) -> StaticFile {
        let relative_path = join(dir, name);
        let mtime = self.config.files.modified(&path).unwrap_or(0);
        let kind = collection.unwrap_or("static_files");
        let data = self
            .defaults
            .all(relative_path.trim_start_matches('/'), kind);
        let published = data.get("published").is_none_or(|v| v.is_truthy())
            && collection.is_none_or(|label| {
                self.content
                    .collections
                    .get(label)
                    .is_some_and(crate::collection::Collection::write)
            });
        StaticFile {
            path,
            relative_path,
            dir: dir.to_string(),
            name: name.to_string(),
            collection: collection.map(str::to_string),
            data,
            url: String::new(),
            destination: String::new(),
            mtime,
            write: published,
        }
    }

    fn read_page(&mut self, dir: &str, name: &str) -> Result<()> {
        let rel_dir = dir.trim_start_matches('/');
        let path = if rel_dir.is_empty() {
            self.config.source.join(name)
        } else {
            self.config.source.join(rel_dir).join(name)
        };
        self.read_page_at(&path, dir, name)
    }

    /// Reads a page from `path`; `dir` is Jekyll's `@dir` for it.
    fn read_page_at(&mut self, path: &Path, dir: &str, name: &str) -> Result<()> {
        let page = self.page_at(path, dir, name)?;
        if page.data.get("published") == Some(&Value::Bool(false))
            && !self.config.truthy("unpublished")
        {
            return Ok(());
        }
        self.content.pages.push(page);
        Ok(())
    }

    /// Jekyll's `Page.new(site, site.source, dir, name)` for a plugin: the file
    /// `dir/name` of the source read as a page, with front matter or without, published
    /// or not; with the warnings reading it gave.
    pub(crate) fn page(mut self, dir: &str, name: &str) -> Result<(Document, Vec<Warning>)> {
        let rel_dir = dir.trim_start_matches('/');
        let path = if rel_dir.is_empty() {
            self.config.source.join(name)
        } else {
            self.config.source.join(rel_dir).join(name)
        };
        let page = self.page_at(&path, dir, name)?;
        Ok((page, self.content.warnings))
    }

    fn page_at(&mut self, path: &Path, dir: &str, name: &str) -> Result<Document> {
        let path = path.to_path_buf();
        let relative_path = join(dir, name).trim_start_matches('/').to_string();
        let text = read_text(&self.config.files, &path, &self.config.source)?;
        let (mut data, content, body_line) = match front_matter::split(&text) {
            Some(split) => (
                self.front_matter_or_warn(split.yaml, &relative_path)?,
                split.body.to_string(),
                split.body_line,
            ),
            None => (Hash::new(), text.clone(), 1),
        };
        // Pages see defaults only for keys their front matter lacks (a default_proc).
        let defaults = self.defaults.all(&relative_path, "pages");
        for (k, v) in &defaults {
            data.entry(k.clone()).or_insert_with(|| v.clone());
        }
        let mut page = Document::new(Kind::Page, path, relative_path, data, content, body_line);
        page.defaults = defaults;
        Ok(page)
    }

    /// Jekyll's `Reader#read_included_excludes`: files named in `include:` are read even
    /// inside excluded folders, unless already read.
    fn read_included_excludes(&mut self) -> Result<()> {
        for rel in self.filter.included_files() {
            let path = self.config.source.join(&rel);
            let (dir, name) = match rel.rsplit_once('/') {
                Some((d, n)) => (format!("/{d}"), n.to_string()),
                None => (String::new(), rel.clone()),
            };
            if self.has_header(&path) {
                if self.content.pages.iter().any(|p| p.relative_path == rel) {
                    continue;
                }
                self.read_page(&dir, &name)?;
            } else {
                if self
                    .content
                    .static_files
                    .iter()
                    .any(|f| f.relative_path.trim_start_matches('/') == rel)
                {
                    continue;
                }
                let f = self.static_file(&dir, &name, None, path);
                self.content.static_files.push(f);
            }
        }
        Ok(())
    }

    /// Jekyll's `Reader#retrieve_posts`: `_posts` (and with `--drafts`, `_drafts`) under `dir`.
    fn retrieve_posts(&mut self, dir: &str) -> Result<()> {
        let coll_dir = self.config.collections_dir();
        if !coll_dir.is_empty() && !dir.starts_with(&format!("/{coll_dir}")) {
            return Ok(());
        }
        self.read_post_dir(dir, "_posts", false)?;
        if self.config.truthy("show_drafts") {
            self.read_post_dir(dir, "_drafts", true)?;
        }
        Ok(())
    }

    fn read_post_dir(&mut self, dir: &str, magic: &str, draft: bool) -> Result<()> {
        let rel_dir = dir.trim_start_matches('/');
        let base = if rel_dir.is_empty() {
            self.config.source.join(magic)
        } else {
            self.config.source.join(rel_dir).join(magic)
        };
        if !self.config.files.is_dir(&base) || !self.inside_site(&base) {
            return Ok(());
        }
        for entry in self.walk_files(&base, true)? {
            let matches = if draft {
                crate::permalink::match_dateless(&entry).is_some()
            } else {
                crate::permalink::match_dated(&entry).is_some()
            };
            if !matches {
                continue;
            }
            let path = base.join(&entry);
            if let Some(doc) = self.read_document(&path, "posts", draft)? {
                let idx = self.content.documents.len();
                self.content.documents.push(doc);
                if let Some(c) = self.content.collections.get_mut("posts") {
                    c.docs.push(idx);
                }
            }
        }
        Ok(())
    }

    /// Reads one collection document (Jekyll's `Document#read`); `None` when not published.
    fn read_document(&mut self, path: &Path, label: &str, draft: bool) -> Result<Option<Document>> {
        // Jekyll's Document#relative_path is relative to the collections folder.
        let coll_path = self.collections_path();
        let relative_path = path
            .strip_prefix(&coll_path)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = read_text(&self.config.files, path, &self.config.source)?;
        let name = relative_path
            .rsplit('/')
            .next()
            .unwrap_or(&relative_path)
            .to_string();
        let collection_dir = self.collection_relative_dir(label);
        // categories_from_path
        let special = if draft {
            "_drafts"
        } else {
            collection_dir.as_str()
        };
        let superdirs: Vec<Value> = if relative_path.starts_with(special) {
            Vec::new()
        } else {
            let before = match relative_path.find(special) {
                Some(i) => &relative_path[..i],
                None => relative_path.as_str(),
            };
            before
                .split('/')
                .filter(|c| !c.is_empty() && *c != special && *c != name)
                .map(Value::str)
                .collect()
        };
        let mut data = Hash::new();
        // Document#initialize asks `draft?` first, which stores the answer.
        data.insert("draft".into(), Value::Bool(draft));
        data.insert("categories".into(), Value::array(superdirs));
        // A draft's type is its collection's, `posts` (Document#type): a `type: drafts`
        // scope never applies in Jekyll 4.3 (fixtures/defaults-matrix).
        let defaults = self.defaults.all(&relative_path, label);
        merge_data(&mut data, defaults);
        let warned = self.content.warnings.len();
        let (content, body_line) = match front_matter::split(&text) {
            Some(split) => {
                let fm = self.front_matter_or_warn(split.yaml, &relative_path)?;
                merge_data(&mut data, fm);
                (split.body.to_string(), split.body_line)
            }
            None => (text.clone(), 1),
        };
        // The date: front matter (parsed), else from the file name.
        // Utils.parse_date(date.to_s).localtime: in the site's zone.
        let mut date = data
            .get("date")
            .and_then(|v| crate::date::value_to_time(v, self.zone))
            .map(|t| self.zone.convert(t));
        if let Some(given) = data.get("date")
            && date.is_none()
        {
            return Err(Error::InvalidDate {
                location: SourceLocation::at(relative_path.clone(), 0, 0),
                message: format!(
                    "Invalid date '{}': Document '{relative_path}' does not have a valid date in the YAML front matter.",
                    crate::ruby::value_to_s(given)
                ),
            });
        }
        let basename_without_ext = match name.rfind('.') {
            Some(i) if i > 0 => name[..i].to_string(),
            _ => name.clone(),
        };
        let mut parts = crate::permalink::populate_title(&relative_path, &basename_without_ext);
        // Jekyll's Document#read rescues the YAML error before `read_post_data`: no date,
        // title or slug from the file name (the date is the site's time).
        let read_failed = self.content.warnings.len() > warned;
        if read_failed {
            parts.date = None;
            parts.slug = basename_without_ext.clone();
        }
        if let Some(d) = &parts.date
            && date.is_none_or(|t| t.timestamp() == self.site_time.timestamp())
        {
            let day = crate::permalink::filename_date(d).map_err(|_| Error::InvalidDate {
                location: SourceLocation::at(relative_path.clone(), 0, 0),
                message: format!(
                    "Invalid date '{d}': Document '{relative_path}' does not have a valid date in the filename."
                ),
            })?;
            date = Some(self.zone.localize(day.and_time(chrono::NaiveTime::MIN)));
        }
        let (slug, file_ext, title) = (parts.slug, parts.ext, parts.title);
        if let Some(d) = date {
            data.insert("date".into(), Value::Time(d));
        }
        if !read_failed && !data.get("title").is_some_and(Value::is_truthy) {
            data.insert("title".into(), Value::str(title));
        }
        if !data.get("slug").is_some_and(Value::is_truthy) {
            data.insert("slug".into(), Value::str(&slug));
        }
        if !data.get("ext").is_some_and(Value::is_truthy)
            && let Some(e) = file_ext
        {
            data.insert("ext".into(), Value::str(e));
        }
        populate_categories_and_tags(&mut data);
        if data.get("published") == Some(&Value::Bool(false)) && !self.config.truthy("unpublished")
        {
            return Ok(None);
        }
        // Posts in the future are skipped at read time (PostReader); other documents are
        // listed but not written.
        let effective_date = date.unwrap_or(if draft {
            self.zone
                .at_epoch(self.config.files.modified(path).unwrap_or(0))
        } else {
            self.site_time
        });
        let future = !self.config.truthy("future")
            && effective_date.timestamp() > self.site_time.timestamp();
        if label == "posts" && future {
            self.content.warnings.push(
                Warning::new(
                    WarningKind::Skipped,
                    "Skipping:",
                    format!("{relative_path} has a future date"),
                )
                .at(SourceLocation::at(relative_path.as_str(), 0, 0)),
            );
            return Ok(None);
        }
        let write = !future;
        let mut doc = Document::new(
            Kind::Document {
                collection: label.to_string(),
                draft,
            },
            path.to_path_buf(),
            relative_path,
            data,
            content,
            body_line,
        );
        doc.date = Some(effective_date);
        doc.write = write;
        Ok(Some(doc))
    }

    fn read_collections(&mut self) -> Result<()> {
        let labels: Vec<String> = self
            .content
            .collections
            .keys()
            .filter(|l| *l != "posts")
            .cloned()
            .collect();
        for label in labels {
            let rel_dir = self.collection_relative_dir(&label);
            let dir = self.collections_path().join(&rel_dir);
            if !self.config.files.is_dir(&dir) || !self.inside_site(&dir) {
                continue;
            }
            for entry in self.walk_files(&dir, true)? {
                let path = dir.join(&entry);
                if self.has_header(&path) {
                    if let Some(doc) = self.read_document(&path, &label, false)? {
                        let idx = self.content.documents.len();
                        self.content.documents.push(doc);
                        if let Some(c) = self.content.collections.get_mut(&label) {
                            c.docs.push(idx);
                        }
                    }
                } else {
                    let (sub, name) = match entry.rsplit_once('/') {
                        Some((d, n)) => (format!("{rel_dir}/{d}"), n.to_string()),
                        None => (rel_dir.clone(), entry.clone()),
                    };
                    let sf = self.static_file(&sub, &name, Some(&label), path);
                    let idx = self.content.static_files.len();
                    self.content.static_files.push(sf);
                    if let Some(c) = self.content.collections.get_mut(&label) {
                        c.files.push(idx);
                    }
                }
            }
        }
        Ok(())
    }
}

impl Reader<'_> {
    /// Whether the file starts with front matter (`---`), as Jekyll's `has_yaml_header?`.
    fn has_header(&self, path: &Path) -> bool {
        let Some(head) = self.config.files.head(path) else {
            return false;
        };
        // A BOM hides the front matter from Jekyll's check: such a file is static.
        front_matter::has_yaml_header(&head)
    }
}

/// Jekyll's `Document#merge_data!`: categories merged as a union, then a deep merge.
fn merge_data(data: &mut Hash, mut other: Hash) {
    if let Some(cats) = other.get("categories").cloned()
        && !cats.is_nil()
    {
        let mut list: Vec<Value> = match cats {
            Value::Str(s) => s.split_whitespace().map(Value::str).collect(),
            Value::Array(a) => a.to_vec(),
            other => vec![other],
        };
        if let Some(Value::Array(existing)) = data.get("categories") {
            let mut union: Vec<Value> = existing.to_vec();
            for c in list.drain(..) {
                if !union.contains(&c) {
                    union.push(c);
                }
            }
            list = union;
        }
        other.insert("categories".into(), Value::array(list));
    }
    crate::config::deep_merge(data, &other);
}

/// Jekyll's `Utils.pluralized_array_from_hash`: the singular key's value as it is
/// (a string stays whole), else the plural key's (a string split on whitespace).
fn pluralized(data: &Hash, singular: &str, plural: &str) -> Vec<Value> {
    let value = match data.get(singular) {
        Some(v) if v.is_truthy() => Some(v.clone()),
        // `value ||= plural`: nil and false fall through.
        _ => match data.get(plural) {
            Some(Value::Str(s)) => {
                Some(Value::array(s.split_whitespace().map(Value::str).collect()))
            }
            Some(Value::Array(a)) => Some(Value::array(
                a.iter().filter(|v| !v.is_nil()).cloned().collect(),
            )),
            _ => None,
        },
    };
    // `array << value; array.flatten!; array.compact!`
    fn flatten(v: Value, out: &mut Vec<Value>) {
        match v {
            Value::Array(a) => a.iter().cloned().for_each(|x| flatten(x, out)),
            Value::Nil => {}
            other => out.push(other),
        }
    }
    let mut out = Vec::new();
    if let Some(v) = value {
        flatten(v, &mut out);
    }
    out
}

fn populate_categories_and_tags(data: &mut Hash) {
    let mut cats: Vec<Value> = match data.get("categories") {
        Some(Value::Array(a)) => a.to_vec(),
        Some(Value::Nil) | None => Vec::new(),
        Some(other) => vec![other.clone()],
    };
    cats.extend(pluralized(data, "category", "categories"));
    let mut out: Vec<Value> = Vec::new();
    for c in cats {
        let flat = match c {
            Value::Array(a) => a.iter().map(crate::ruby::value_to_s).collect::<Vec<_>>(),
            other => vec![crate::ruby::value_to_s(&other)],
        };
        for s in flat {
            let v = Value::str(s);
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    merge_data(
        data,
        Hash::from_iter([("categories".to_string(), Value::array(out))]),
    );
    let tags = pluralized(data, "tag", "tags");
    let tags: Vec<Value> = tags
        .into_iter()
        .flat_map(|t| match t {
            Value::Array(a) => a.to_vec(),
            other => vec![other],
        })
        .collect();
    data.insert("tags".into(), Value::array(tags));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_strings_split_on_whitespace_and_merge_as_a_union() {
        let mut data = Hash::new();
        data.insert("categories".into(), Value::array(vec![Value::str("a")]));
        let mut fm = Hash::new();
        fm.insert("categories".into(), Value::str("b a"));
        merge_data(&mut data, fm);
        assert_eq!(
            data["categories"],
            Value::array(vec![Value::str("a"), Value::str("b")])
        );
    }
}
