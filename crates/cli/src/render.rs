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
    if let Some(source) = &args.site {
        return render_in_site(&load_site(source)?, args, &text, &name);
    }
    let mut options = Options::default();
    apply_flags(args, &mut options);
    let hooks = Arc::new(CliHooks::new());
    let mut builder = Engine::builder(options, hooks.clone());
    if let Some(dir) = &args.includes {
        builder = builder.partials(Arc::new(PartialDir::new(dir.clone())));
    }
    let engine = builder.build();
    let mut globals = Hash::new();
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

/// The command line's engine settings, over the site's (or the defaults).
fn apply_flags(args: &RenderArgs, o: &mut Options) {
    if args.standard {
        o.flavor = Flavor::Liquid;
    }
    if let Some(mode) = args.error_mode {
        o.error_mode = match mode {
            Mode::Lax => ErrorMode::Lax,
            Mode::Warn => ErrorMode::Warn,
            Mode::Strict => ErrorMode::Strict,
        };
    }
    o.strict_variables |= args.strict_variables;
    o.strict_filters |= args.strict_filters;
    if let Some(dir) = &args.includes {
        o.include_dirs.insert(0, dir.clone());
    }
}

/// With `-s`: the site's own engine (its includes, theme, plugins' tags and filters)
/// and the variables its pages see.
fn render_in_site(
    site: &hyde::Site,
    args: &RenderArgs,
    text: &str,
    name: &str,
) -> Result<String, String> {
    let variables = match &args.data {
        Some(path) => read_data(path)?,
        None => Hash::new(),
    };
    let configure = |o: &mut Options| apply_flags(args, o);
    let (output, warnings) = site
        .render_liquid(text, name, &variables, &configure)
        .map_err(|e| e.to_string())?;
    let mut stderr = std::io::stderr().lock();
    for w in warnings {
        let _ = writeln!(stderr, "{w}");
    }
    Ok(output)
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
    options.plugin_lookup = Some(hyde_plugins::builtin);
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

/// The hooks of a template rendered without a site: Jekyll's converters with their
/// default options; no URLs, posts or files to link to.
struct CliHooks {
    kramdown: hyde_kramdown::Options,
    warnings: Mutex<Vec<String>>,
}

impl CliHooks {
    fn new() -> CliHooks {
        CliHooks {
            kramdown: hyde_kramdown::Options::default(),
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
    fn markdownify(&self, input: &str) -> String {
        hyde_kramdown::to_html(input, &self.kramdown)
    }

    fn smartify(&self, input: &str) -> String {
        hyde_kramdown::smartify(input, &self.kramdown)
    }

    fn highlight(&self, code: &str, lang: &str, _linenos: bool) -> String {
        hyde_kramdown::highlight_code(code, Some(lang))
    }

    fn warn(&self, topic: &str, message: &str) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(if topic.is_empty() {
                message.to_owned()
            } else {
                format!("{topic} {message}")
            });
        }
    }
}
