//! Jekyll's configuration: defaults, config files merged in order, overrides.

use std::path::{Path, PathBuf};

use hyde_liquid::{Hash, Value};

use crate::error::{Error, Result, SourceLocation};

/// Jekyll 4.3.1's `Configuration::DEFAULTS`, in its key order.
fn defaults(cwd: &Path) -> Hash {
    let mut h = Hash::new();
    let s = |v: &str| Value::str(v);
    h.insert("source".into(), s(&cwd.to_string_lossy()));
    h.insert(
        "destination".into(),
        s(&cwd.join("_site").to_string_lossy()),
    );
    h.insert("collections_dir".into(), s(""));
    h.insert("cache_dir".into(), s(".jekyll-cache"));
    h.insert("plugins_dir".into(), s("_plugins"));
    h.insert("layouts_dir".into(), s("_layouts"));
    h.insert("data_dir".into(), s("_data"));
    h.insert("includes_dir".into(), s("_includes"));
    h.insert("collections".into(), Value::empty_hash());
    h.insert("safe".into(), Value::Bool(false));
    h.insert("include".into(), Value::array(vec![s(".htaccess")]));
    h.insert("exclude".into(), Value::array(vec![]));
    h.insert(
        "keep_files".into(),
        Value::array(vec![s(".git"), s(".svn")]),
    );
    h.insert("encoding".into(), s("utf-8"));
    h.insert("markdown_ext".into(), s("markdown,mkdown,mkdn,mkd,md"));
    h.insert("strict_front_matter".into(), Value::Bool(false));
    h.insert("show_drafts".into(), Value::Nil);
    h.insert("limit_posts".into(), Value::Int(0));
    h.insert("future".into(), Value::Bool(false));
    h.insert("unpublished".into(), Value::Bool(false));
    h.insert("whitelist".into(), Value::array(vec![]));
    h.insert("plugins".into(), Value::array(vec![]));
    h.insert("markdown".into(), s("kramdown"));
    h.insert("highlighter".into(), s("rouge"));
    h.insert("lsi".into(), Value::Bool(false));
    h.insert("excerpt_separator".into(), s("\n\n"));
    h.insert("incremental".into(), Value::Bool(false));
    h.insert("detach".into(), Value::Bool(false));
    h.insert("port".into(), s("4000"));
    h.insert("host".into(), s("127.0.0.1"));
    h.insert("baseurl".into(), Value::Nil);
    h.insert("show_dir_listing".into(), Value::Bool(false));
    h.insert("permalink".into(), s("date"));
    h.insert("paginate_path".into(), s("/page:num"));
    h.insert("timezone".into(), Value::Nil);
    h.insert("quiet".into(), Value::Bool(false));
    h.insert("verbose".into(), Value::Bool(false));
    h.insert("defaults".into(), Value::array(vec![]));
    let mut liquid = Hash::new();
    liquid.insert("error_mode".into(), s("warn"));
    liquid.insert("strict_filters".into(), Value::Bool(false));
    liquid.insert("strict_variables".into(), Value::Bool(false));
    h.insert("liquid".into(), Value::hash(liquid));
    let mut k = Hash::new();
    k.insert("auto_ids".into(), Value::Bool(true));
    k.insert(
        "toc_levels".into(),
        Value::array((1..=6).map(Value::Int).collect()),
    );
    k.insert("entity_output".into(), s("as_char"));
    k.insert("smart_quotes".into(), s("lsquo,rsquo,ldquo,rdquo"));
    k.insert("input".into(), s("GFM"));
    k.insert("hard_wrap".into(), Value::Bool(false));
    k.insert("guess_lang".into(), Value::Bool(true));
    k.insert("footnote_nr".into(), Value::Int(1));
    k.insert("show_warnings".into(), Value::Bool(false));
    h.insert("kramdown".into(), Value::hash(k));
    h
}

/// Jekyll's `Configuration::DEFAULT_EXCLUDES`, added to every `exclude:` list.
pub(crate) const DEFAULT_EXCLUDES: &[&str] = &[
    ".sass-cache",
    ".jekyll-cache",
    "gemfiles",
    "Gemfile",
    "Gemfile.lock",
    "node_modules",
    "vendor/bundle/",
    "vendor/cache/",
    "vendor/gems/",
    "vendor/ruby/",
];

/// Jekyll's `Utils.deep_merge_hashes`: `over` wins; nested hashes merge; keys keep
/// their first position.
pub fn deep_merge(base: &mut Hash, over: &Hash) {
    for (k, v) in over {
        match (base.get_mut(k), v) {
            (Some(Value::Hash(b)), Value::Hash(o)) => {
                deep_merge(std::sync::Arc::make_mut(b), o);
            }
            (Some(slot), _) => *slot = v.clone(),
            (None, _) => {
                base.insert(k.clone(), v.clone());
            }
        }
    }
}

/// Where and how to build: what the command line or an embedding program gives.
#[derive(Clone, Default)]
#[non_exhaustive]
pub struct BuildOptions {
    /// The site's source folder (`-s`); the current directory when `None`.
    pub source: Option<PathBuf>,
    /// The destination (`-d`); `<source>/_site` when `None`.
    pub destination: Option<PathBuf>,
    /// Config files (`--config a.yml,b.toml`), merged in order; `_config.yml` when empty.
    pub config_files: Vec<PathBuf>,
    /// Keys set on the command line (`baseurl`, `show_drafts`, `future`, …), applied last.
    pub overrides: Hash,
    /// `JEKYLL_ENV` (`development` when `None`).
    pub environment: Option<String>,
    /// `site.time`, as seconds since the epoch (`SOURCE_DATE_EPOCH`); now when `None`.
    pub time_epoch: Option<i64>,
    /// `--profile`: counts renders, bytes and time per template while rendering.
    pub profile: Option<std::sync::Arc<hyde_liquid::Profile>>,
    /// Where gem themes are looked for; the environment's (`GEM_PATH`, …) when `None`.
    pub theme_search: Option<crate::theme::ThemeSearch>,
    /// Plugins the embedding program adds, enabled whatever `plugins:` says.
    pub plugins: Vec<std::sync::Arc<dyn crate::plugin::Plugin>>,
    /// The Gemfile whose `jekyll_plugins` group is enabled, as `jekyll` does through
    /// `Bundler.require` (see [`BuildOptions::gemfile_from_env`]); none when `None`.
    pub gemfile: Option<PathBuf>,
    /// Where the site's files are read from: the disk when `None`, else this tree
    /// (a [`crate::MemorySource`], see [`BuildOptions::in_memory`]), whose paths are
    /// under `source`. A gem theme, the Gemfile and config files outside `source` are
    /// still read from the disk.
    pub source_files: Option<std::sync::Arc<dyn crate::source::Source>>,
    /// Makes the plugin a site enables by gem name (`plugins:`, the Gemfile group, a
    /// theme's dependencies), where one is known: `hyde_plugins::builtin` gives the
    /// plugins of Jekyll's ecosystem hyde provides. `None`: only [`BuildOptions::plugins`].
    pub plugin_lookup: Option<PluginLookup>,
}

/// Makes a fresh plugin for a gem name, or `None` when there is none by that name.
pub type PluginLookup = fn(&str) -> Option<std::sync::Arc<dyn crate::plugin::Plugin>>;

impl std::fmt::Debug for BuildOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("BuildOptions")
            .field("source", &self.source)
            .field("destination", &self.destination)
            .field("config_files", &self.config_files)
            .field("overrides", &self.overrides)
            .field("environment", &self.environment)
            .field("time_epoch", &self.time_epoch)
            .field("theme_search", &self.theme_search)
            .field(
                "source_files",
                &self
                    .source_files
                    .as_ref()
                    .map(|s| if s.is_disk() { "disk" } else { "other" }),
            )
            .field(
                "plugins",
                &self
                    .plugins
                    .iter()
                    .map(|p| p.name().to_string())
                    .collect::<Vec<_>>(),
            )
            .field("plugin_lookup", &self.plugin_lookup.is_some())
            .finish()
    }
}

impl BuildOptions {
    /// Options for the site in `source`, everything else defaulted.
    pub fn new(source: impl Into<PathBuf>) -> Self {
        BuildOptions {
            source: Some(source.into()),
            ..Default::default()
        }
    }

    /// Options for a site held in memory: `files`' root is the source, and every
    /// file of the site is read from `files`. [`crate::Site::render`] then returns
    /// the outputs (static files as [`crate::OutputFile::Bytes`]) without touching
    /// the disk.
    pub fn in_memory(files: crate::source::MemorySource) -> Self {
        BuildOptions {
            source: Some(files.root().to_path_buf()),
            source_files: Some(std::sync::Arc::new(files)),
            ..Default::default()
        }
    }

    /// The Gemfile the `jekyll` command would hand to Bundler: `BUNDLE_GEMFILE`, else
    /// `Gemfile` in the current folder; none when `JEKYLL_NO_BUNDLER_REQUIRE` is set.
    pub fn gemfile_from_env() -> Option<PathBuf> {
        if std::env::var_os("JEKYLL_NO_BUNDLER_REQUIRE").is_some() {
            return None;
        }
        // Bundler prefers BUNDLE_GEMFILE to the Gemfile in the current folder.
        std::env::var_os("BUNDLE_GEMFILE")
            .map(PathBuf::from)
            .filter(|p| p.is_file())
            .or_else(|| Some(PathBuf::from("Gemfile")).filter(|p| p.is_file()))
    }

    /// Sets a configuration key as the command line would.
    pub fn set(&mut self, key: &str, value: impl Into<Value>) -> &mut Self {
        self.overrides.insert(key.to_string(), value.into());
        self
    }
}

/// The resolved configuration of a site.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Config {
    /// Every key, defaults first, then the files' keys in their order (`site.*`).
    pub hash: Hash,
    /// The config files read, in order.
    pub files_read: Vec<PathBuf>,
    /// A configuration file that is not a mapping, or has no parser (not YAML or
    /// TOML): Jekyll warns, ignores it and the files after it, and builds with the
    /// rest (`read_config_files`' rescue). The file and Ruby's message.
    pub invalid_file: Option<(PathBuf, String)>,
    /// Absolute source folder.
    pub source: PathBuf,
    /// Absolute destination folder.
    pub destination: PathBuf,
    /// The theme's `_config.yml`, when one was merged.
    pub theme_config_file: Option<PathBuf>,
    /// Where the site's files are read from.
    pub(crate) files: crate::source::Files,
}

fn absolute(cwd: &Path, p: &Path) -> PathBuf {
    let joined = if p.is_absolute() {
        p.to_path_buf()
    } else {
        cwd.join(p)
    };
    normalize(&joined)
}

/// Lexically normalizes `.` and `..` (as Ruby's `File.expand_path`).
pub(crate) fn normalize(p: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in p.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other.as_os_str()),
        }
    }
    out
}

fn read_config_file(files: &crate::source::Files, path: &Path) -> Result<Hash> {
    let text = files
        .read_to_string(path)
        .map_err(|e| Error::io("reading", path, e))?;
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let value = if ext == "toml" {
        crate::data::parse::toml(&text).map_err(|e| Error::Data {
            location: SourceLocation::at(path, e.line, e.column),
            message: e.message,
        })?
    } else if ext == "yml" || ext == "yaml" {
        crate::yaml::parse(&text).map_err(|e| Error::Yaml {
            location: SourceLocation::at(path, e.line, e.column),
            message: e.message,
        })?
    } else {
        return Err(Error::Config {
            message: format!(
                "No parser for '{}' is available. Use a .y(a)ml or .toml file instead.",
                path.display()
            ),
        });
    };
    match value {
        Value::Hash(h) => Ok(std::sync::Arc::unwrap_or_clone(h)),
        // An empty file is `{}` to Jekyll.
        Value::Nil | Value::Bool(false) => Ok(Hash::new()),
        _ => Err(Error::Config {
            message: format!("Configuration file: (INVALID) {}", path.display()),
        }),
    }
}

/// The site's own `_config.{yml,yaml,toml}` when no `--config` names files.
fn found_config(
    reader: &crate::source::Files,
    source: &Path,
    options: &BuildOptions,
) -> Option<PathBuf> {
    if !options.config_files.is_empty() {
        return None;
    }
    ["yml", "yaml", "toml"]
        .iter()
        .map(|ext| source.join(format!("_config.{ext}")))
        .find(|p| reader.is_file(p))
}

impl Config {
    /// Reads the configuration as `jekyll build` does.
    pub fn load(options: &BuildOptions) -> Result<Config> {
        let cwd = std::env::current_dir().map_err(|e| Error::io("reading", ".", e))?;
        let source = absolute(&cwd, options.source.as_deref().unwrap_or(Path::new(".")));
        let files = |root: &Path| match &options.source_files {
            Some(s) => crate::source::Files::new(root.to_path_buf(), s.clone()),
            None => crate::source::Files::disk(),
        };
        let reader = files(&source);
        let mut files_read = Vec::new();
        let mut file_config = Hash::new();
        let mut invalid_file = None;
        let mut read = |path: PathBuf, file_config: &mut Hash| -> Result<bool> {
            match read_config_file(&reader, &path) {
                Ok(hash) => {
                    deep_merge(file_config, &hash);
                    files_read.push(path);
                    Ok(true)
                }
                Err(Error::Config { message })
                    if message.starts_with("Configuration file: (INVALID)")
                        || message.starts_with("No parser for ") =>
                {
                    invalid_file = Some((path, message));
                    Ok(false)
                }
                Err(e) => Err(e),
            }
        };
        if let Some(path) = found_config(&reader, &source, options) {
            read(path, &mut file_config)?;
        } else {
            for f in &options.config_files {
                let path = absolute(&cwd, f);
                if !reader.is_file(&path) {
                    return Err(Error::MissingConfigFile { path });
                }
                if !read(path, &mut file_config)? {
                    break;
                }
            }
        }
        let mut hash = defaults(&cwd);
        deep_merge(&mut hash, &file_config);
        deep_merge(&mut hash, &options.overrides);

        // Paths: relative to the working directory, as Ruby's File.expand_path does.
        let source = match options.source.as_deref() {
            Some(s) => absolute(&cwd, s),
            None => match hash.get("source").and_then(Value::as_str) {
                Some(s) => absolute(&cwd, Path::new(s)),
                None => source,
            },
        };
        let destination = match options.destination.as_deref() {
            Some(d) => absolute(&cwd, d),
            None => match file_config.get("destination").and_then(Value::as_str) {
                Some(d) => absolute(&cwd, Path::new(d)),
                // Jekyll's default is `_site` in the working directory, not the source.
                None => cwd.join("_site"),
            },
        };
        hash.insert("source".into(), Value::str(source.to_string_lossy()));
        hash.insert(
            "destination".into(),
            Value::str(destination.to_string_lossy()),
        );

        // Configuration#validate.
        for key in ["include", "exclude", "plugins"] {
            if let Some(v) = hash.get(key)
                && !matches!(v, Value::Array(_) | Value::Nil)
            {
                // Jekyll words `plugins` its own way (`check_plugins`).
                let message = if key == "plugins" {
                    format!(
                        "'plugins' should be set as an array of gem-names, but was: {}. Use 'plugins_dir' instead to set the directory for your non-gemified Ruby plugins.",
                        v.inspect()
                    )
                } else {
                    format!(
                        "'{key}' should be set as an array, but was: {}.",
                        v.inspect()
                    )
                };
                return Err(Error::Config { message });
            }
        }
        // Jekyll fails on these later, with a Ruby TypeError.
        let shown = files_read
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ");
        if let Some(v) = hash.get("keep_files")
            && !matches!(v, Value::Array(_) | Value::Nil)
        {
            return Err(Error::Config {
                message: format!(
                    "'keep_files' should be set as an array, but was: {} (in {shown}).",
                    v.inspect()
                ),
            });
        }
        if let Some(v) = hash.get("collections")
            && !matches!(v, Value::Array(_) | Value::Hash(_) | Value::Nil)
        {
            return Err(Error::Config {
                message: format!(
                    "'collections' should be set as a hash or an array, but was: {} (in {shown}).",
                    v.inspect()
                ),
            });
        }
        add_default_collections(&mut hash);
        if let Some(Value::Array(ex)) = hash.get_mut("exclude") {
            let ex = std::sync::Arc::make_mut(ex);
            for d in DEFAULT_EXCLUDES {
                if !ex.iter().any(|v| v.as_str() == Some(d)) {
                    ex.push(Value::str(d));
                }
            }
        }
        Ok(Config {
            hash,
            files_read,
            invalid_file,
            files: files(&source),
            source,
            destination,
            theme_config_file: None,
        })
    }

    /// Jekyll's `Site#load_theme_configuration`: the theme's `_config.yml` goes under the
    /// site's, without the keys Jekyll sets by default.
    pub(crate) fn merge_theme_config(&mut self, theme_root: &Path) -> Result<()> {
        if self.get("ignore_theme_config") == Some(&Value::Bool(true)) {
            return Ok(());
        }
        let file = theme_root.join("_config.yml");
        match std::fs::symlink_metadata(&file) {
            Ok(m) if m.is_file() => {}
            _ => return Ok(()),
        }
        // A gem theme is on the disk, whatever the site's source.
        let mut theme = read_config_file(&crate::source::Files::disk(), &file)?;
        let defaults = defaults(Path::new("/"));
        theme.retain(|k, _| !defaults.contains_key(k));
        deep_merge(&mut theme, &self.hash);
        self.hash = theme;
        self.theme_config_file = Some(file);
        Ok(())
    }

    /// The site's files, as the build reads them: paths under [`Config::source`] from
    /// [`BuildOptions::source_files`] (the disk by default), others from the disk.
    /// Plugins read site files through it to work on a site held in memory.
    pub fn source_files(&self) -> &dyn crate::source::Source {
        &self.files
    }

    /// A key of the configuration.
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.hash.get(key)
    }

    /// A string key, or `default` when unset or not a string.
    pub fn str_or<'a>(&'a self, key: &str, default: &'a str) -> &'a str {
        self.get(key).and_then(Value::as_str).unwrap_or(default)
    }

    /// Ruby truthiness of a key.
    pub fn truthy(&self, key: &str) -> bool {
        self.get(key).is_some_and(Value::is_truthy)
    }

    /// A list key as strings (`include`, `exclude`, `keep_files`).
    pub fn string_list(&self, key: &str) -> Vec<String> {
        match self.get(key) {
            Some(Value::Array(a)) => a.iter().map(crate::ruby::value_to_s).collect(),
            Some(Value::Str(s)) => vec![s.to_string()],
            _ => Vec::new(),
        }
    }

    /// `collections_dir`, relative to the source.
    pub(crate) fn collections_dir(&self) -> &str {
        self.str_or("collections_dir", "")
    }

    /// Markdown extensions (`markdown_ext`), without dots, lowercased.
    /// What Jekyll's kramdown converter writes into `site.config["kramdown"]` when it
    /// is first set up (`KramdownParser#setup`), which a site converting Markdown
    /// shows in `site.kramdown`: `syntax_highlighter`, `syntax_highlighter_opts`
    /// (`default_lang`, `guess_lang`) and `coderay`.
    pub(crate) fn note_kramdown_setup(&mut self) {
        if !crate::ruby::value_to_s(self.get("markdown").unwrap_or(&Value::Nil))
            .eq_ignore_ascii_case("kramdown")
        {
            return;
        }
        let fallback = self
            .get("highlighter")
            .filter(|v| v.is_truthy())
            .map_or_else(|| "rouge".to_owned(), crate::ruby::value_to_s);
        let Some(k) = self.hash.get_mut("kramdown").and_then(Value::as_map_mut) else {
            return;
        };
        if !k.get("syntax_highlighter").is_some_and(Value::is_truthy) {
            let coderay = k.get("enable_coderay").is_some_and(Value::is_truthy);
            let name = if coderay {
                "coderay".to_owned()
            } else {
                fallback
            };
            k.insert("syntax_highlighter".into(), Value::from(name));
        }
        let guess = k.get("guess_lang").cloned().unwrap_or(Value::Nil);
        let opts = k
            .entry("syntax_highlighter_opts".to_owned())
            .or_insert_with(Value::empty_hash);
        if !opts.is_truthy() {
            *opts = Value::empty_hash();
        }
        if let Some(opts) = opts.as_map_mut() {
            if !opts.get("default_lang").is_some_and(Value::is_truthy) {
                opts.insert("default_lang".into(), Value::str("plaintext"));
            }
            opts.insert("guess_lang".into(), guess);
        }
        if !k.get("coderay").is_some_and(Value::is_truthy) {
            k.insert("coderay".into(), Value::empty_hash());
        }
    }

    pub(crate) fn markdown_exts(&self) -> Vec<String> {
        crate::ruby::value_to_s(self.get("markdown_ext").unwrap_or(&Value::Nil))
            .split(',')
            .map(|s| s.trim().to_ascii_lowercase())
            .filter(|s| !s.is_empty())
            .collect()
    }
}

/// Jekyll's `permalink` style names.
pub(crate) fn style_to_permalink(style: &str) -> Option<&'static str> {
    Some(match style {
        "none" => "/:categories/:title:output_ext",
        "date" => "/:categories/:year/:month/:day/:title:output_ext",
        "ordinal" => "/:categories/:year/:y_day/:title:output_ext",
        "pretty" => "/:categories/:year/:month/:day/:title/",
        "weekdate" => "/:categories/:year/W:week/:short_day/:title:output_ext",
        _ => return None,
    })
}

fn add_default_collections(hash: &mut Hash) {
    let permalink = hash.get("permalink").cloned();
    let collections = match hash.get("collections") {
        None | Some(Value::Nil) => return,
        Some(Value::Array(list)) => {
            let mut h = Hash::new();
            for label in list.iter() {
                h.insert(crate::ruby::value_to_s(label), Value::empty_hash());
            }
            h
        }
        Some(Value::Hash(h)) => (**h).clone(),
        Some(_) => Hash::new(),
    };
    let mut merged = Hash::new();
    merged.insert("posts".into(), Value::empty_hash());
    deep_merge(&mut merged, &collections);
    if let Some(posts) = merged.get_mut("posts") {
        if !matches!(posts, Value::Hash(_)) {
            *posts = Value::empty_hash();
        }
        if let Some(p) = posts.as_hash_mut() {
            p.insert("output".into(), Value::Bool(true));
            if let Some(link) = permalink.filter(Value::is_truthy)
                && !p.get("permalink").is_some_and(Value::is_truthy)
            {
                let s = crate::ruby::value_to_s(&link);
                let resolved = style_to_permalink(&s).map(str::to_string).unwrap_or(s);
                p.insert("permalink".into(), Value::str(resolved));
            }
        }
    }
    hash.insert("collections".into(), Value::hash(merged));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(pairs: &[(&str, Value)]) -> Hash {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn deep_merge_keeps_first_position_and_merges_nested_hashes() {
        let mut base = h(&[
            ("a", Value::Int(1)),
            (
                "k",
                Value::hash(h(&[("x", Value::Int(1)), ("y", Value::Int(2))])),
            ),
        ]);
        let over = h(&[
            ("z", Value::Int(9)),
            ("k", Value::hash(h(&[("y", Value::Int(3))]))),
            ("a", Value::Int(2)),
        ]);
        deep_merge(&mut base, &over);
        let keys: Vec<_> = base.keys().cloned().collect();
        assert_eq!(keys, ["a", "k", "z"]);
        assert_eq!(base["a"], Value::Int(2));
        assert_eq!(base["k"].get("x"), Some(&Value::Int(1)));
        assert_eq!(base["k"].get("y"), Some(&Value::Int(3)));
    }

    #[test]
    fn posts_collection_gets_the_permalink_style() {
        let mut hash = defaults(Path::new("/s"));
        hash.insert("permalink".into(), Value::str("pretty"));
        add_default_collections(&mut hash);
        let posts = hash["collections"].get("posts").unwrap();
        assert_eq!(posts.get("output"), Some(&Value::Bool(true)));
        assert_eq!(
            posts.get("permalink"),
            Some(&Value::str("/:categories/:year/:month/:day/:title/"))
        );
    }

    #[test]
    fn collections_as_a_list_become_a_hash_after_posts() {
        let mut hash = defaults(Path::new("/s"));
        hash.insert(
            "collections".into(),
            Value::array(vec![Value::str("recipes"), Value::str("docs")]),
        );
        add_default_collections(&mut hash);
        let keys: Vec<_> = hash["collections"]
            .as_hash()
            .unwrap()
            .keys()
            .cloned()
            .collect();
        assert_eq!(keys, ["posts", "recipes", "docs"]);
    }
}
