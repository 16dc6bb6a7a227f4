//! The site: configuration, everything read from the source, and the build.

use rayon::prelude::*;
use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Instant;

use chrono::{DateTime, FixedOffset};
use hyde_liquid::{Hash, Value};
use indexmap::IndexMap;

use crate::collection::Collection;
use crate::config::{BuildOptions, Config};
use crate::converter::Converters;
use crate::date::Zone;
use crate::defaults::Defaults;
use crate::document::Document;
use crate::error::{Result, SourceLocation};
use crate::layout::Layout;
use crate::reader::Reader;
use crate::render::{Renderer, SiteHooks};
use crate::ruby_plugin::RubyPlugin;
use crate::static_file::StaticFile;
use crate::warning::{Warning, WarningKind};

/// A loaded site: read, with URLs assigned, ready to render and write.
#[derive(Debug)]
#[non_exhaustive]
pub struct Site {
    /// The resolved configuration.
    pub config: Config,
    /// `site.time`.
    pub time: DateTime<FixedOffset>,
    /// `jekyll.environment` (`JEKYLL_ENV`).
    pub environment: String,
    /// Layouts by name.
    pub layouts: HashMap<String, Layout>,
    /// Pages, in Jekyll's order (sorted by file name).
    pub pages: Vec<Document>,
    /// Documents of every collection (posts included); collections index into it.
    pub documents: Vec<Document>,
    /// Static files, sorted by relative path.
    pub static_files: Vec<StaticFile>,
    /// Collections, `posts` first, then in config order.
    pub collections: IndexMap<String, Collection>,
    /// `site.data`.
    pub data: Hash,
    /// Warnings from reading (Jekyll prints and goes on).
    pub warnings: Vec<Warning>,
    /// The gem theme, when `theme:` names one.
    pub theme: Option<crate::theme::Theme>,
    pub(crate) plugins: Plugins,
    pub(crate) zone: Zone,
    /// The `defaults:` sets, for the pages plugins make.
    pub(crate) defaults: Defaults,
    /// `_plugins/*.rb`, whose tags and filters get stand-ins.
    pub(crate) ruby_plugins: Vec<RubyPlugin>,
    /// `--profile`'s statistics, when asked for.
    pub(crate) profile: Option<Arc<hyde_liquid::Profile>>,
    /// How long loading took, in Jekyll's phases (`reset`, `read`, `generate`).
    pub(crate) load_phases: Vec<(&'static str, std::time::Duration)>,
}

/// The enabled plugins, in the order they run.
#[derive(Clone, Default)]
pub(crate) struct Plugins(pub(crate) Vec<Arc<dyn crate::plugin::Plugin>>);

impl std::fmt::Debug for Plugins {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list()
            .entries(self.0.iter().map(|p| p.name().to_string()))
            .finish()
    }
}

/// The plugins a site enables, in Jekyll's order: the embedding program's, the
/// Gemfile's `jekyll_plugins` group (`Bundler.require`), the theme gem's runtime
/// dependencies, then `plugins:` (and the older `gems:`); in `safe` mode only those
/// the `whitelist` names, as `plugin_allowed?` decides (Bundler's group is loaded
/// either way). A plugin hyde does not provide, and `_plugins/*.rb`, get a warning;
/// a theme's dependency that is not a Jekyll plugin (`rake`) is ignored.
fn enabled_plugins(
    config: &Config,
    extra: &[Arc<dyn crate::plugin::Plugin>],
    plugin_lookup: Option<crate::config::PluginLookup>,
    theme: Option<&crate::theme::Theme>,
    gemfile: Option<&std::path::Path>,
    warnings: &mut Vec<Warning>,
) -> Plugins {
    let mut list: Vec<Arc<dyn crate::plugin::Plugin>> = extra.to_vec();
    let safe = config.get("safe").is_some_and(Value::is_truthy);
    let whitelist = config.string_list("whitelist");
    let allowed = |name: &str| !safe || whitelist.iter().any(|w| w == name);
    let mut wanted: Vec<(String, String)> = Vec::new();
    if let Some(path) = gemfile
        && let Ok(text) = std::fs::read_to_string(path)
    {
        for name in crate::gems::jekyll_plugins_group(&text) {
            wanted.push((
                name,
                format!(" (in {}'s jekyll_plugins group)", path.display()),
            ));
        }
    }
    if let Some(theme) = theme {
        for name in &theme.dependencies {
            let is_plugin = name.starts_with("jekyll-") || name.starts_with("jekyll_");
            if is_plugin && allowed(name) {
                let why = format!(" (a dependency of the theme {})", theme.name);
                wanted.push((name.clone(), why));
            }
        }
    }
    let mut names = config.string_list("plugins");
    names.extend(config.string_list("gems"));
    for name in names {
        if allowed(&name) {
            wanted.push((name, String::new()));
        }
    }
    let mut skipped: Vec<String> = Vec::new();
    for (name, why) in wanted {
        if name == "jekyll" || list.iter().any(|p| p.name() == name) || skipped.contains(&name) {
            continue;
        }
        match plugin_lookup.and_then(|lookup| lookup(&name)) {
            Some(p) => list.push(p),
            None => {
                warnings.push(Warning::new(
                    WarningKind::Plugin,
                    "Plugin:",
                    format!(
                        "'{name}'{why} is not provided by hyde and is skipped (Ruby plugins cannot run)."
                    ),
                ));
                skipped.push(name);
            }
        }
    }
    // PluginManager#deprecation_checks (its heredoc's newline ends in a space).
    if config.get("paginate").is_some_and(Value::is_truthy)
        && !list.iter().any(|p| p.name() == "jekyll-paginate")
    {
        warnings.push(Warning::new(
            WarningKind::Deprecation,
            "Deprecation:",
            "You appear to have pagination turned on, but you haven't included the \
             `jekyll-paginate` gem. Ensure you have `plugins: [jekyll-paginate]` in your \
             configuration file. ",
        ));
    }
    Plugins(list)
}

/// The Ruby plugins of `plugins_dir` (none in `safe` mode, where Jekyll loads none),
/// each with one warning naming what will be missing.
fn ruby_plugins(config: &Config, warnings: &mut Vec<Warning>) -> Vec<RubyPlugin> {
    if config.get("safe").is_some_and(Value::is_truthy) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for shown in config.string_list("plugins_dir") {
        let dir = crate::path_manager::sanitized_path(&config.source, &shown);
        found.extend(crate::ruby_plugin::read_dir(
            &config.files,
            &dir,
            shown.trim_end_matches('/'),
        ));
    }
    for p in &found {
        warnings.push(p.warning());
    }
    found
}

/// What a build did.
#[derive(Debug, Default, Clone)]
#[non_exhaustive]
pub struct BuildReport {
    /// Files written (pages and documents).
    pub rendered: usize,
    /// Static files copied.
    pub copied: usize,
    /// Warnings (Jekyll's "Build Warning", Liquid warnings, …).
    pub warnings: Vec<Warning>,
    /// Wall time of the whole build.
    pub elapsed: std::time::Duration,
    /// How long each of Jekyll's phases took (`RESET`, `READ`, `GENERATE`, `RENDER`,
    /// `CLEANUP`, `WRITE`), for `--profile`'s Build Process Summary.
    pub phases: Vec<(&'static str, std::time::Duration)>,
}

/// One output file: where it goes and what it holds.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum OutputFile {
    /// Rendered text.
    Rendered(Arc<str>),
    /// A copy of a source file on the disk.
    Copy(PathBuf),
    /// A static file's bytes, for a site read from memory ([`BuildOptions::in_memory`]).
    Bytes(Arc<[u8]>),
}

impl OutputFile {
    /// The file's bytes: the text, or the static file's contents (read from the
    /// disk for [`OutputFile::Copy`]).
    pub fn bytes(&self) -> std::io::Result<std::borrow::Cow<'_, [u8]>> {
        match self {
            OutputFile::Rendered(text) => Ok(std::borrow::Cow::Borrowed(text.as_bytes())),
            OutputFile::Copy(path) => std::fs::read(path).map(std::borrow::Cow::Owned),
            OutputFile::Bytes(bytes) => Ok(std::borrow::Cow::Borrowed(bytes)),
        }
    }
}

/// A site rendered in memory.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Rendered {
    /// Destination-relative path and contents, in Jekyll's write order (pages, static
    /// files, documents); where two claim one path, the later wins.
    pub files: Vec<(String, OutputFile)>,
    /// Warnings from rendering.
    pub warnings: Vec<Warning>,
}

/// The gem theme `theme:` names, found as Jekyll finds it; its `_config.yml` is merged
/// under the site's.
fn find_theme(config: &mut Config, options: &BuildOptions) -> Result<Option<crate::theme::Theme>> {
    match config
        .get("theme")
        .and_then(Value::as_str)
        .filter(|t| !t.trim().is_empty())
    {
        Some(name) => {
            let search = options
                .theme_search
                .clone()
                .unwrap_or_else(crate::theme::ThemeSearch::from_env);
            let mut search = search;
            if search.theme_dir.is_none() {
                search.theme_dir = config
                    .get("theme_dir")
                    .and_then(Value::as_str)
                    .map(|d| config.source.join(d));
            }
            let cwd =
                std::env::current_dir().map_err(|e| crate::error::Error::io("reading", ".", e))?;
            let theme = crate::theme::Theme::find(name, &cwd, &search)?;
            config.merge_theme_config(&theme.root)?;
            Ok(Some(theme))
        }
        None => Ok(None),
    }
}

/// `site.time`: the config's `time:`, else `SOURCE_DATE_EPOCH` as the options give it,
/// else now, in the site's zone.
fn site_time(config: &Config, zone: &Zone, options: &BuildOptions) -> DateTime<FixedOffset> {
    match config
        .get("time")
        .and_then(|v| crate::date::value_to_time(v, zone))
    {
        Some(t) => t,
        None => match options.time_epoch {
            Some(secs) => zone.at_epoch(secs),
            None => zone.now(),
        },
    }
}

impl Site {
    /// Loads a site: configuration, reading, URLs. Nothing is written.
    pub fn load(options: &BuildOptions) -> Result<Site> {
        let started = Instant::now();
        // 1. Configuration: the files, the theme's, the plugins and their after_init.
        let mut config = Config::load(options)?;
        let theme = find_theme(&mut config, options)?;
        let zone = Zone::new(config.get("timezone").and_then(Value::as_str));
        let time = site_time(&config, &zone, options);
        let mut warnings = Vec::new();
        let plugins = enabled_plugins(
            &config,
            &options.plugins,
            options.plugin_lookup,
            theme.as_ref(),
            options.gemfile.as_deref(),
            &mut warnings,
        );
        for p in &plugins.0 {
            p.after_init(&mut config)?;
        }
        let ruby_plugins = ruby_plugins(&config, &mut warnings);
        let reset = started.elapsed();
        // 2. Read: layouts, pages, static files, posts, collections, data; URLs.
        let defaults = Defaults::new(&config.hash, &config.source, &config.files, &mut warnings);
        let content = Reader::new(&config, &defaults, &zone, time)
            .with_theme(theme.as_ref())
            .read()?;
        warnings.extend(content.warnings);
        let mut site = Site {
            environment: options
                .environment
                .clone()
                .unwrap_or_else(|| "development".into()),
            config,
            time,
            layouts: content.layouts,
            pages: content.pages,
            documents: content.documents,
            static_files: content.static_files,
            collections: content.collections,
            data: content.data,
            warnings,
            theme,
            plugins,
            zone,
            defaults,
            ruby_plugins,
            profile: options.profile.clone(),
            load_phases: Vec::new(),
        };
        let converters = site.converters();
        crate::url::assign(&mut site, &converters)?;
        site.sort_collections();
        site.limit_posts();
        for p in site.plugins.0.clone() {
            p.post_read(&mut site)?;
        }
        let read = started.elapsed();
        // 3. Generate: the plugins' generators, then URLs for what they added.
        site.generate()?;
        crate::url::assign(&mut site, &converters)?;
        site.load_phases = vec![
            ("RESET", reset),
            ("READ", read.saturating_sub(reset)),
            ("GENERATE", started.elapsed().saturating_sub(read)),
        ];
        let converts_markdown = site
            .pages
            .iter()
            .chain(&site.documents)
            .any(|d| converters.is_markdown(&d.ext));
        if converts_markdown {
            site.config.note_kramdown_setup();
        }
        Ok(site)
    }

    /// Front matter defaults for an item at `relative_path` of type `kind` (`pages`,
    /// `posts`, a collection's label): every `defaults:` set that applies, merged as
    /// Jekyll's `FrontmatterDefaults#all` merges them.
    pub fn front_matter_defaults(&self, relative_path: &str, kind: &str) -> Hash {
        self.defaults.all(relative_path, kind)
    }

    /// A page a plugin makes (Jekyll's `PageWithoutAFile`), at the site-relative
    /// `relative_path` (which names its URL and output extension, `feed.xml`), with
    /// front matter `data` completed by the site's `pages` defaults for the keys it
    /// lacks, and `content` rendered as a page's. Add it to [`Site::pages`] from a
    /// generator; its URL is assigned after the generators run.
    pub fn new_page(
        &self,
        relative_path: impl Into<String>,
        mut data: Hash,
        content: impl Into<String>,
    ) -> Document {
        let relative_path = relative_path.into();
        for (k, v) in self.defaults.all(&relative_path, "pages") {
            data.entry(k).or_insert(v);
        }
        Document::generated_page(
            self.config.source.join(&relative_path),
            relative_path,
            data,
            content.into(),
        )
    }

    /// The instant `secs` seconds after the Unix epoch, in the site's zone (Ruby's
    /// `Time.at(secs)` under the site's `timezone:`).
    pub fn time_at(&self, secs: i64) -> DateTime<FixedOffset> {
        self.zone.at_epoch(secs)
    }

    /// Reads the source file `dir/name` as a page, as Jekyll's `Page.new(site,
    /// site.source, dir, name)` does, whether it has front matter or not (a file that
    /// was read as a static file becomes a page): its body, its front matter if any,
    /// completed by the site's `pages` defaults. `dir` is `/`-led or empty, as
    /// [`StaticFile::dir`]. A front matter error is a warning (in [`Site::warnings`])
    /// unless `strict_front_matter`. Add the page to [`Site::pages`] from a generator;
    /// [`Site::assign_urls`] gives it its URL.
    pub fn read_page(&mut self, dir: &str, name: &str) -> Result<Document> {
        let reader = Reader::new(&self.config, &self.defaults, &self.zone, self.time);
        let (page, warnings) = reader.page(dir, name)?;
        self.warnings.extend(warnings);
        Ok(page)
    }

    /// Gives every page, document and static file without a URL (those a generator
    /// added, or whose `url` it cleared to have it made again from its `permalink`)
    /// its URL, output extension and destination. Jekyll makes a URL when it is first
    /// asked for; hyde makes them once after the generators run, or when a generator
    /// that needs the URLs of what earlier ones added calls this.
    pub fn assign_urls(&mut self) -> Result<()> {
        let converters = self.converters();
        crate::url::assign(self, &converters)
    }

    /// Removes the static file at `index` of [`Site::static_files`] (as a generator's
    /// `site.static_files.delete(file)`), keeping the collections' lists of their files
    /// right; `None` when there is no such file. (Jekyll's collection would still list
    /// it in `files`; here it is gone from both.)
    pub fn remove_static_file(&mut self, index: usize) -> Option<StaticFile> {
        if index >= self.static_files.len() {
            return None;
        }
        for c in self.collections.values_mut() {
            c.files.retain(|&i| i != index);
            for i in &mut c.files {
                if *i > index {
                    *i -= 1;
                }
            }
        }
        Some(self.static_files.remove(index))
    }

    /// Jekyll's `EntryFilter#glob_include?(patterns, entry)`, for plugins' own include
    /// and exclude lists: `entry` (a path from the source root, `docs/a.md`) matches a
    /// pattern by Ruby's `File.fnmatch?` without flags (`*` also matches `/`), or by
    /// starting with it (`docs` matches `docs/a.md`), both joined to the source path.
    pub fn glob_include(&self, patterns: &[String], entry: &str) -> bool {
        self.entry_filter().matches_any(patterns, entry)
    }

    /// Jekyll's `EntryFilter#included?`: `entry` (a path from the source root), or its
    /// file name, matches the site's `include:` list.
    pub fn is_included(&self, entry: &str) -> bool {
        self.entry_filter().is_included(entry)
    }

    fn entry_filter(&self) -> crate::entry_filter::EntryFilter {
        crate::entry_filter::EntryFilter::new(
            &self.config.source,
            &self.config.string_list("include"),
            &self.config.string_list("exclude"),
        )
        .with_files(self.config.files.clone())
    }

    /// Reads a data folder as the site's `_data` is read (YAML, JSON, CSV and TSV files,
    /// subfolders as nested hashes); `root` is the folder its files' paths are shown
    /// relative to in messages.
    pub fn read_data_dir(&self, dir: &std::path::Path, root: &std::path::Path) -> Result<Hash> {
        crate::data::read_dir(&self.config.files, dir, root, &self.zone)
    }

    pub(crate) fn converters(&self) -> Converters {
        Converters::new(
            &self.config,
            self.theme.as_ref().map(|t| t.root.as_path()),
            &self.environment,
            self.plugins
                .0
                .iter()
                .flat_map(|p| p.converters(self))
                .collect(),
        )
    }

    /// Runs the plugins' generators, highest priority first (Jekyll's `Site#generate`).
    fn generate(&mut self) -> Result<()> {
        let mut plugins = self.plugins.0.clone();
        plugins.sort_by_key(|p| std::cmp::Reverse(p.priority()));
        for p in plugins {
            p.generate(self)?;
        }
        Ok(())
    }

    fn sort_collections(&mut self) {
        let docs = &self.documents;
        let warnings = &mut self.warnings;
        for c in self.collections.values_mut() {
            let by_date_then_path = |a: &usize, b: &usize| {
                let (da, db) = (&docs[*a], &docs[*b]);
                let dates = match (da.data.get("date"), db.data.get("date")) {
                    (Some(x), Some(y)) => crate::ruby::compare(x, y),
                    _ => None,
                };
                match dates {
                    // Ruby compares the paths as strings, byte by byte (`a.md` before
                    // `a/b.md`), not component by component as `Path` does.
                    Some(std::cmp::Ordering::Equal) | None => da
                        .path
                        .as_os_str()
                        .as_encoded_bytes()
                        .cmp(db.path.as_os_str().as_encoded_bytes()),
                    Some(o) => o,
                }
            };
            if let Some(Value::Array(order)) = c.metadata.get("order") {
                let mut rest = c.docs.clone();
                rest.sort_by(by_date_then_path);
                let mut ordered = Vec::new();
                for entry in order.iter() {
                    let want = format!(
                        "{}/{}",
                        c.relative_directory,
                        crate::ruby::value_to_s(entry)
                    );
                    if let Some(pos) = rest.iter().position(|&i| docs[i].relative_path == want) {
                        ordered.push(rest.remove(pos));
                    }
                }
                ordered.extend(rest);
                c.docs = ordered;
            } else if let Some(key) = c.metadata.get("sort_by").and_then(Value::as_str) {
                // Collection#sort_docs_by_key!: a document without the key sorts after one
                // with it (with a warning); otherwise the values' `<=>`.
                let mut missing = std::collections::BTreeSet::new();
                c.docs.sort_by(|a, b| {
                    let (va, vb) = (docs[*a].data.get(key), docs[*b].data.get(key));
                    let (va, vb) = (va.filter(|v| !v.is_nil()), vb.filter(|v| !v.is_nil()));
                    match (va, vb) {
                        (None, Some(_)) => {
                            missing.insert(docs[*a].relative_path.clone());
                            std::cmp::Ordering::Greater
                        }
                        (Some(_), None) => {
                            missing.insert(docs[*b].relative_path.clone());
                            std::cmp::Ordering::Less
                        }
                        (Some(x), Some(y)) => {
                            crate::ruby::compare(x, y).unwrap_or(std::cmp::Ordering::Equal)
                        }
                        (None, None) => std::cmp::Ordering::Equal,
                    }
                });
                for path in missing {
                    warnings.push(
                        Warning::new(
                            WarningKind::Config,
                            "Sort warning:",
                            format!("'{key}' not defined in {path}"),
                        )
                        .at(SourceLocation::at(path.as_str(), 0, 0)),
                    );
                }
            } else {
                c.docs.sort_by(by_date_then_path);
            }
        }
    }

    /// Jekyll's `limit_posts!`: only the last N posts are kept.
    fn limit_posts(&mut self) {
        let limit = match self.config.get("limit_posts") {
            Some(Value::Int(n)) if *n > 0 => *n as usize,
            _ => return,
        };
        if let Some(posts) = self.collections.get_mut("posts")
            && posts.docs.len() > limit
        {
            let start = posts.docs.len() - limit;
            posts.docs.drain(..start);
        }
    }

    /// Renders `text` as Liquid the way this site's pages are rendered — Jekyll's tags
    /// and filters, the site's and theme's includes, its plugins' tags and filters —
    /// with `site`, `jekyll` and the other top-level variables a page sees, plus
    /// `variables`. `configure` may adjust the engine's options (error mode, strictness,
    /// more include folders). Returns the output and the warnings.
    pub fn render_liquid(
        &self,
        text: &str,
        name: &str,
        variables: &Hash,
        configure: &dyn Fn(&mut hyde_liquid::Options),
    ) -> Result<(String, Vec<Warning>)> {
        let converters = self.converters();
        let hooks = Arc::new(SiteHooks::new(self, converters.clone()));
        let engine = self.engine_with(hooks.clone(), configure);
        let renderer = Renderer::new(self, engine, converters);
        let output = renderer.render_string(text, name, variables)?;
        let mut warnings = renderer.take_warnings();
        if let Ok(mut w) = hooks.warnings.lock() {
            warnings.append(&mut w);
        }
        Ok((output, warnings))
    }

    /// The Liquid engine for this site.
    fn engine(&self, hooks: Arc<SiteHooks>) -> hyde_liquid::Engine {
        self.engine_with(hooks, &|_| {})
    }

    fn engine_with(
        &self,
        hooks: Arc<SiteHooks>,
        configure: &dyn Fn(&mut hyde_liquid::Options),
    ) -> hyde_liquid::Engine {
        let liquid = self.config.get("liquid");
        let get = |k: &str| liquid.and_then(|l| l.get(k));
        let mut opts = hyde_liquid::Options::default();
        opts.error_mode = match get("error_mode").and_then(Value::as_str) {
            Some("strict") => hyde_liquid::ErrorMode::Strict,
            Some("lax") => hyde_liquid::ErrorMode::Lax,
            _ => hyde_liquid::ErrorMode::Warn,
        };
        opts.strict_filters = get("strict_filters").is_some_and(Value::is_truthy);
        opts.strict_variables = get("strict_variables").is_some_and(Value::is_truthy);
        opts.include_dirs = vec![crate::path_manager::sanitized_path(
            &self.config.source,
            self.config.str_or("includes_dir", "_includes"),
        )];
        if let Some(dir) = self.theme.as_ref().and_then(|t| t.path_for("_includes")) {
            opts.include_dirs.push(dir);
        }
        opts.source_dir = self.config.source.clone();
        opts.timezone = match &self.zone {
            Zone::Named(tz) => Some(*tz),
            Zone::Local => None,
        };
        opts.profile = self.profile.clone();
        configure(&mut opts);
        let mut builder = crate::ruby_plugin::stand_ins(
            hyde_liquid::Engine::builder(opts, hooks),
            &self.ruby_plugins,
        );
        for p in &self.plugins.0 {
            for t in p.tags(self) {
                builder = builder.tag(t);
            }
            for f in p.filters(self) {
                builder = builder.filter(f);
            }
        }
        builder.build()
    }

    /// Renders every page and document in memory: destination-relative path → file.
    /// Later entries win where two items claim one path, as Jekyll's write order does.
    pub fn render(&self) -> Result<Rendered> {
        let (renderer, hooks) = self.renderer();
        let outputs = renderer.render_all()?;
        let warnings = Self::render_warnings(&renderer, &hooks);
        let files = self.output_files(&outputs)?;
        Ok(Rendered { files, warnings })
    }

    /// The renderer of this site, and the hooks its engine calls.
    pub(crate) fn renderer(&self) -> (Renderer<'_>, Arc<SiteHooks>) {
        let converters = self.converters();
        let hooks = Arc::new(SiteHooks::new(self, converters.clone()));
        let engine = self.engine(hooks.clone());
        (Renderer::new(self, engine, converters), hooks)
    }

    /// The warnings a render gathered, each once (items rendered a second time, to
    /// see Jekyll's rendering order, warn again).
    pub(crate) fn render_warnings(renderer: &Renderer<'_>, hooks: &SiteHooks) -> Vec<Warning> {
        let mut warnings = renderer.take_warnings();
        if let Ok(mut w) = hooks.warnings.lock() {
            warnings.append(&mut w);
        }
        let mut seen = std::collections::HashSet::new();
        warnings.retain(|w| seen.insert(w.clone()));
        warnings
    }

    /// The files a render makes, in Jekyll's write order (pages, static files,
    /// documents).
    pub(crate) fn output_files(
        &self,
        outputs: &crate::render::Outputs,
    ) -> Result<Vec<(String, OutputFile)>> {
        let docs = &outputs.documents;
        let mut files = Vec::new();
        for (p, out) in self.pages.iter().zip(&outputs.pages) {
            if let Some(o) = out
                && p.write
            {
                files.push((
                    p.destination.clone(),
                    OutputFile::Rendered(o.output.clone()),
                ));
                // jekyll-sass-converter's SourceMapPage, beside the CSS.
                if let Some(map) = &o.source_map {
                    files.push((
                        format!("{}.map", p.destination),
                        OutputFile::Rendered(map.clone()),
                    ));
                }
            }
        }
        for f in &self.static_files {
            if f.write {
                let file =
                    if self.config.files.is_disk() || !f.path.starts_with(&self.config.source) {
                        OutputFile::Copy(f.path.clone())
                    } else {
                        let bytes = self
                            .config
                            .files
                            .read(&f.path)
                            .map_err(|e| crate::error::Error::io("reading", &f.path, e))?;
                        OutputFile::Bytes(Arc::from(bytes.into_boxed_slice()))
                    };
                files.push((f.destination.clone(), file));
            }
        }
        for c in self.collections.values() {
            if !c.write() {
                continue;
            }
            for &i in &c.docs {
                let d = &self.documents[i];
                if let Some(o) = &docs[i]
                    && d.write
                {
                    files.push((
                        d.destination.clone(),
                        OutputFile::Rendered(o.output.clone()),
                    ));
                }
            }
        }
        Ok(files)
    }

    /// Loads, renders and writes the site described by `options`.
    pub fn build(options: &BuildOptions) -> Result<BuildReport> {
        let start = Instant::now();
        let site = Site::load(options)?;
        let mut report = site.write()?;
        report.elapsed = start.elapsed();
        Ok(report)
    }

    /// Jekyll's `Doctor.conflicting_urls`: one warning per destination claimed twice.
    pub fn conflicts(&self) -> Vec<Warning> {
        let mut map: IndexMap<&str, Vec<String>> = IndexMap::new();
        // Pages a plugin exempts are left out (Doctor's `allow_used_permalink?`).
        for p in self
            .pages
            .iter()
            .filter(|p| p.write && p.checked_for_conflicts)
        {
            map.entry(&p.destination)
                .or_default()
                .push(p.path.display().to_string());
        }
        for f in self.static_files.iter().filter(|f| f.write) {
            map.entry(&f.destination)
                .or_default()
                .push(f.path.display().to_string());
        }
        for c in self.collections.values().filter(|c| c.write()) {
            for &i in &c.docs {
                let d = &self.documents[i];
                if d.write {
                    map.entry(&d.destination)
                        .or_default()
                        .push(d.path.display().to_string());
                }
            }
        }
        map.into_iter()
            .filter(|(_, paths)| paths.len() > 1)
            .map(|(dest, paths)| {
                let mut w = String::from(
                    "The following destination is shared by multiple files.\n\
                     The written file may end up with unexpected contents.\n",
                );
                w.push_str(&self.config.destination.join(dest).display().to_string());
                for p in &paths {
                    w.push_str(&format!("\n - {p}"));
                }
                w.push('\n');
                let first = paths.first().cloned().unwrap_or_default();
                Warning::new(WarningKind::Conflict, "Conflict:", w)
                    .at(SourceLocation::at(first, 0, 0))
            })
            .collect()
    }

    /// Renders and writes into the destination, cleaning what the build does not write.
    pub fn write(&self) -> Result<BuildReport> {
        let dest = &self.config.destination;
        crate::writer::check_destination(&self.config.source, dest)?;
        let started = Instant::now();
        let Rendered { files, warnings } = self.render()?;
        let mut report = BuildReport {
            warnings: self.warnings.clone(),
            phases: self.load_phases.clone(),
            ..Default::default()
        };
        report.phases.push(("RENDER", started.elapsed()));
        report.warnings.extend(warnings);
        report.warnings.extend(self.conflicts());
        let mut written = HashSet::new();
        let mut last: HashMap<PathBuf, usize> = HashMap::new();
        let mut targets = Vec::with_capacity(files.len());
        let mut checked = HashSet::new();
        for (i, (rel, _)) in files.iter().enumerate() {
            let path = crate::writer::safe_join(dest, rel)?;
            crate::writer::check_no_escape(dest, &path, &mut checked)?;
            last.insert(path.clone(), i);
            written.insert(path.clone());
            targets.push(path);
        }
        let keep = self.config.string_list("keep_files");
        let cleaning = Instant::now();
        crate::writer::clean(dest, &written, &keep)?;
        report.phases.push(("CLEANUP", cleaning.elapsed()));
        let writing = Instant::now();
        // Where two files claim one path, the later wins; the rest are written in parallel.
        let writes: Vec<(&OutputFile, &PathBuf)> = files
            .iter()
            .zip(&targets)
            .enumerate()
            .filter(|(i, (_, path))| last.get(*path) == Some(i))
            .map(|(_, ((_, file), path))| (file, path))
            .collect();
        writes.par_iter().try_for_each(|(file, path)| match file {
            OutputFile::Rendered(text) => crate::writer::write_file(path, text.as_bytes()),
            OutputFile::Copy(from) => crate::writer::copy_file(from, path),
            OutputFile::Bytes(bytes) => crate::writer::write_file(path, bytes),
        })?;
        for (file, _) in &writes {
            match file {
                OutputFile::Rendered(_) => report.rendered += 1,
                OutputFile::Copy(_) | OutputFile::Bytes(_) => report.copied += 1,
            }
        }
        for p in &self.plugins.0 {
            p.post_write(self, &mut report)?;
        }
        report.phases.push(("WRITE", writing.elapsed()));
        Ok(report)
    }
}
