//! `hyde render`: renders one Liquid template to standard output.
//!
//! The dialect is Jekyll's unless `--standard` asks for plain Liquid as
//! Shopify defines it (its own `include` and `render`, which is what Golden
//! Liquid tests). `-s SITE` loads the site, so `site.*`, `jekyll.*` and the
//! site's includes are there; `--data FILE.json` gives top-level variables;
//! `--includes DIR` is where `include` / `render` look first.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};

use clap::{Args, ValueEnum};
use hyde::liquid::{Engine, ErrorMode, Flavor, Hash, Hooks, Options, PartialDir, Value};

/// `--error-mode`.
#[derive(Clone, Copy, Debug, ValueEnum)]
pub(crate) enum Mode {
    /// Read markup Ruby's strict parser rejects the lax way, silently.
    Lax,
    /// Read it the lax way and warn (Jekyll's default).
    Warn,
    /// Reject it.
    Strict,
}

/// The options of `hyde render`.
#[derive(Args, Debug, Clone)]
pub(crate) struct RenderArgs {
    /// Load this site: `site.*`, `jekyll.*` and its includes.
    #[arg(short = 's', long = "source")]
    site: Option<PathBuf>,
    /// A JSON object whose keys become top-level variables.
    #[arg(long = "data")]
    data: Option<PathBuf>,
    /// Where `include` / `render` find templates (a name as given, then with
    /// `.liquid` appended).
    #[arg(long = "includes")]
    includes: Option<PathBuf>,
    /// Plain Liquid as Shopify defines it, without Jekyll's tags and filters.
    #[arg(long = "standard")]
    standard: bool,
    /// What to do with markup Ruby's strict parser rejects (default: the
    /// site's `liquid.error_mode`, else lax).
    #[arg(long = "error-mode", value_enum)]
    error_mode: Option<Mode>,
    /// Undefined variables are errors.
    #[arg(long = "strict-variables")]
    strict_variables: bool,
    /// Undefined filters are errors.
    #[arg(long = "strict-filters")]
    strict_filters: bool,
    /// The template file, or `-` for standard input.
    template: PathBuf,
}

/// Runs `hyde render`: the output on stdout; any error on stderr, exit 1.
pub(crate) fn run(args: &RenderArgs) -> ExitCode {
    match render(args) {
        Ok(out) => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(out.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => ExitCode::SUCCESS,
                Err(e) => fail(&format!("could not write the output: {e}")),
            }
        }
        Err(message) => fail(&message),
    }
}

fn fail(message: &str) -> ExitCode {
    let _ = writeln!(std::io::stderr().lock(), "{message}");
    ExitCode::from(1)
}

fn render(args: &RenderArgs) -> Result<String, String> {
    let (text, name) = read_template(&args.template)?;
    let site = args.site.as_deref().map(load_site).transpose()?;
    let mut options = site.as_ref().map(site_options).unwrap_or_default();
    if args.standard {
        options.flavor = Flavor::Liquid;
    }
    if let Some(mode) = args.error_mode {
        options.error_mode = match mode {
            Mode::Lax => ErrorMode::Lax,
            Mode::Warn => ErrorMode::Warn,
            Mode::Strict => ErrorMode::Strict,
        };
    }
    options.strict_variables |= args.strict_variables;
    options.strict_filters |= args.strict_filters;
    if let Some(dir) = &args.includes {
        options.include_dirs.insert(0, dir.clone());
    }
    let hooks = Arc::new(CliHooks::new(site.as_ref()));
    let mut builder = Engine::builder(options.clone(), hooks.clone());
    if let Some(dir) = args
        .includes
        .clone()
        .or_else(|| options.include_dirs.first().cloned())
    {
        builder = builder.partials(Arc::new(PartialDir::new(dir)));
    }
    let engine = builder.build();
    let mut globals = match &site {
        Some(site) => site_globals(site),
        None => Hash::new(),
    };
    if let Some(path) = &args.data {
        globals.extend(read_data(path)?);
    }
    let template = engine.parse(&text, &name, 1).map_err(|e| e.to_string())?;
    let out = engine
        .render(&template, &globals)
        .map_err(|e| e.to_string());
    hooks.print_warnings();
    out
}

/// The template's text and the name messages use.
fn read_template(path: &Path) -> Result<(String, String), String> {
    if path.as_os_str() == "-" {
        let mut text = String::new();
        std::io::stdin()
            .read_to_string(&mut text)
            .map_err(|e| format!("could not read the template from standard input: {e}"))?;
        return Ok((text, "-".to_owned()));
    }
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("could not read {}: {e}", path.display()))?;
    Ok((text, path.display().to_string()))
}

/// `--data`: a JSON object, keys in the file's order.
fn read_data(path: &Path) -> Result<Hash, String> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| format!("could not read {}: {e}", path.display()))?;
    let json: serde_json::Value =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    match from_json(&json) {
        Value::Hash(h) => Ok((*h).clone()),
        _ => Err(format!("{}: not a JSON object", path.display())),
    }
}

fn from_json(j: &serde_json::Value) -> Value {
    use serde_json::Value as J;
    match j {
        J::Null => Value::Nil,
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        J::String(s) => Value::str(s),
        J::Array(a) => Value::array(a.iter().map(from_json).collect()),
        J::Object(o) => Value::hash(o.iter().map(|(k, v)| (k.clone(), from_json(v))).collect()),
    }
}

/// Loads the site at `source` as `hyde build -s` would.
fn load_site(source: &Path) -> Result<hyde::Site, String> {
    let mut options = hyde::BuildOptions::new(source);
    options.theme_search = Some(hyde::ThemeSearch::from_env());
    options.environment = std::env::var("JEKYLL_ENV").ok().filter(|e| !e.is_empty());
    options.time_epoch = std::env::var("SOURCE_DATE_EPOCH")
        .ok()
        .and_then(|s| s.trim().parse().ok());
    hyde::Site::load(&options).map_err(|e| {
        let mut message = format!("Error: {e}");
        let mut source = std::error::Error::source(&e);
        while let Some(s) = source {
            message.push_str(&format!("\n{s}"));
            source = s.source();
        }
        message
    })
}

/// The engine options the site's configuration asks for (`liquid:`,
/// `includes_dir`, the theme's includes, `timezone`).
fn site_options(site: &hyde::Site) -> Options {
    let config = &site.config;
    let liquid = config.get("liquid");
    let get = |k: &str| liquid.and_then(|l| l.get(k));
    let mut options = Options::default();
    options.error_mode = match get("error_mode").and_then(Value::as_str) {
        Some("strict") => ErrorMode::Strict,
        Some("lax") => ErrorMode::Lax,
        _ => ErrorMode::Warn,
    };
    options.strict_filters = get("strict_filters").is_some_and(Value::is_truthy);
    options.strict_variables = get("strict_variables").is_some_and(Value::is_truthy);
    let includes = config
        .get("includes_dir")
        .and_then(Value::as_str)
        .unwrap_or("_includes");
    options.include_dirs = vec![config.source.join(includes)];
    if let Some(theme) = &site.theme {
        let dir = theme.root.join("_includes");
        if dir.is_dir() {
            options.include_dirs.push(dir);
        }
    }
    options.source_dir = config.source.clone();
    options.timezone = config
        .get("timezone")
        .and_then(Value::as_str)
        .and_then(|tz| tz.parse().ok());
    options
}

/// `site` and `jekyll`, from the loaded site: the configuration, `time`,
/// `data`, the pages, the documents of each collection (`site.posts` newest
/// first) with their front matter and URLs, `collections`, `static_files`,
/// `categories` and `tags`. Contents are the files' unrendered bodies.
fn site_globals(site: &hyde::Site) -> Hash {
    let mut s = site.config.hash.clone();
    s.insert("time".into(), Value::Time(site.time));
    s.insert("data".into(), Value::hash(site.data.clone()));
    let docs: Vec<Value> = site.documents.iter().map(document).collect();
    let pages: Vec<Value> = site.pages.iter().map(document).collect();
    s.insert("pages".into(), Value::array(pages.clone()));
    s.insert(
        "html_pages".into(),
        Value::array(
            site.pages
                .iter()
                .zip(&pages)
                .filter(|(p, _)| p.output_ext == ".html")
                .map(|(_, v)| v.clone())
                .collect(),
        ),
    );
    let mut collections = Vec::new();
    let (mut categories, mut tags) = (Hash::new(), Hash::new());
    for (label, c) in &site.collections {
        let mut items: Vec<Value> = c
            .docs
            .iter()
            .filter_map(|&i| docs.get(i).cloned())
            .collect();
        if label == "posts" {
            items.reverse();
            for item in &items {
                for (key, into) in [("categories", &mut categories), ("tags", &mut tags)] {
                    for name in item.get(key).and_then(Value::as_array).unwrap_or_default() {
                        let entry = into
                            .entry(name.to_ruby_string())
                            .or_insert_with(|| Value::array(Vec::new()));
                        if let Value::Array(list) = entry {
                            Arc::make_mut(list).push(item.clone());
                        }
                    }
                }
            }
        }
        let mut meta = c.metadata.clone();
        meta.insert("label".into(), Value::str(label));
        meta.insert("docs".into(), Value::array(items.clone()));
        meta.insert(
            "relative_directory".into(),
            Value::str(&c.relative_directory),
        );
        collections.push(Value::hash(meta));
        s.insert(label.clone(), Value::array(items));
    }
    s.insert("collections".into(), Value::array(collections));
    s.insert("documents".into(), Value::array(docs));
    s.insert("categories".into(), Value::hash(categories));
    s.insert("tags".into(), Value::hash(tags));
    s.insert(
        "static_files".into(),
        Value::array(
            site.static_files
                .iter()
                .map(|f| {
                    let mut h = Hash::new();
                    h.insert("path".into(), Value::str(format!("/{}", f.relative_path)));
                    h.insert("url".into(), Value::str(&f.url));
                    h.insert("name".into(), Value::str(&f.name));
                    h.insert("extname".into(), Value::str(f.extname()));
                    Value::hash(h)
                })
                .collect(),
        ),
    );
    let mut jekyll = Hash::new();
    jekyll.insert("version".into(), Value::str(hyde::JEKYLL_VERSION));
    jekyll.insert("environment".into(), Value::str(&site.environment));
    let mut globals = Hash::new();
    globals.insert("site".into(), Value::hash(s));
    globals.insert("jekyll".into(), Value::hash(jekyll));
    globals
}

/// A page or document as Liquid sees it: front matter, `url`, `path`,
/// `content` (unrendered), and for documents `collection` and `id`.
fn document(doc: &hyde::Document) -> Value {
    let mut h = doc.data.clone();
    h.insert("url".into(), Value::str(&doc.url));
    h.insert("path".into(), Value::str(&doc.relative_path));
    h.insert("name".into(), Value::str(doc.name()));
    h.insert("content".into(), Value::str(&doc.content));
    if let Some(label) = doc.collection() {
        h.insert("collection".into(), Value::str(label));
        let id = doc.url.strip_suffix(".html").unwrap_or(&doc.url);
        h.insert("id".into(), Value::str(id));
    }
    if let Some(date) = doc.date {
        h.insert("date".into(), Value::Time(date));
    }
    Value::hash(h)
}

/// What Jekyll's tags and filters need, from the loaded site (or nothing).
struct CliHooks {
    baseurl: String,
    url: String,
    /// Documents and pages by site-relative path, and posts by name: URLs.
    paths: Vec<(String, String)>,
    posts: Vec<(String, String)>,
    kramdown: hyde_kramdown::Options,
    warnings: Mutex<Vec<String>>,
}

impl CliHooks {
    fn new(site: Option<&hyde::Site>) -> CliHooks {
        let config = |k: &str| {
            site.and_then(|s| s.config.get(k))
                .and_then(Value::as_str)
                .unwrap_or("")
                .to_owned()
        };
        let mut kramdown = hyde_kramdown::Options::default();
        if let Some(Value::Hash(h)) = site.and_then(|s| s.config.get("kramdown")) {
            for (k, v) in h.iter() {
                if matches!(v, Value::Str(_) | Value::Bool(_) | Value::Int(_)) {
                    kramdown.set(k, &v.to_ruby_string());
                }
            }
        }
        let mut paths = Vec::new();
        let mut posts = Vec::new();
        if let Some(site) = site {
            for d in site.pages.iter().chain(&site.documents) {
                paths.push((d.relative_path.clone(), d.url.clone()));
                if d.collection() == Some("posts") {
                    posts.push((d.basename_without_ext().to_owned(), d.url.clone()));
                }
            }
            for f in &site.static_files {
                paths.push((f.relative_path.clone(), f.url.clone()));
            }
        }
        CliHooks {
            baseurl: config("baseurl"),
            url: config("url"),
            paths,
            posts,
            kramdown,
            warnings: Mutex::default(),
        }
    }

    fn print_warnings(&self) {
        let Ok(warnings) = self.warnings.lock() else {
            return;
        };
        let mut stderr = std::io::stderr().lock();
        for w in warnings.iter() {
            let _ = writeln!(stderr, "{w}");
        }
    }
}

impl Hooks for CliHooks {
    fn baseurl(&self) -> &str {
        &self.baseurl
    }

    fn url(&self) -> &str {
        &self.url
    }

    fn markdownify(&self, input: &str) -> String {
        hyde_kramdown::to_html(input, &self.kramdown)
    }

    fn smartify(&self, input: &str) -> String {
        hyde_kramdown::smartify(input, &self.kramdown)
    }

    fn highlight(&self, code: &str, lang: &str, _linenos: bool) -> String {
        hyde_kramdown::highlight_code(code, Some(lang))
    }

    fn post_url(&self, name: &str) -> Option<String> {
        let base = name.rsplit('/').next().unwrap_or(name);
        self.posts
            .iter()
            .find(|(n, _)| n == name || n == base)
            .map(|(_, url)| url.clone())
    }

    fn link(&self, path: &str) -> Option<String> {
        self.paths
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, url)| url.clone())
    }

    fn warn(&self, message: &str) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(message.to_owned());
        }
    }
}
