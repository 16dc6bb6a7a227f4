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

mod documents;
mod layouts;
mod pages;

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
