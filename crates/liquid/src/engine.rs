//! [`Engine`]: parses templates once, renders them many times, in parallel.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock, Weak};

use liquid_core::parser::{Language, ParseBlock, ParseTag};
use liquid_core::runtime::Renderable;
use liquid_lib::stdlib;

use crate::error::{Error, SourceLocation};
use crate::filters::Filter;
use crate::frontend;
use crate::options::{Flavor, Hooks, Options};
use crate::runtime::Root;
use crate::state::RenderState;
use crate::tags::Tag;
use crate::value::Hash;
use crate::{filters, tags};

/// What filters and tags read from the site.
pub(crate) struct Site {
    pub(crate) options: Options,
    pub(crate) hooks: Arc<dyn Hooks>,
}

/// The engine's shared state; tags that parse files reach it through a
/// `Weak` (the language they live in is part of it).
pub(crate) struct Inner {
    pub(crate) site: Arc<Site>,
    language: Language,
    includes: RwLock<HashMap<PathBuf, Arc<Template>>>,
    snippets: RwLock<HashMap<String, Arc<liquid_core::runtime::Template>>>,
    /// Tags whose markup the front end packs into a string.
    packed: Vec<String>,
    /// Where plain Liquid's `include` and `render` find templates.
    partials: Option<Arc<dyn crate::Partials>>,
    partial_cache: RwLock<HashMap<String, Arc<Template>>>,
}

/// The tags and filters a site adds.
#[derive(Default)]
struct Extensions {
    tags: Vec<Arc<dyn Tag>>,
    filters: Vec<Arc<dyn Filter>>,
    /// Blocks rendered as nothing (stand-ins for blocks hyde cannot run).
    silent_blocks: Vec<String>,
}

/// Builds an [`Engine`] with the site's own tags and filters.
pub struct EngineBuilder {
    options: Options,
    hooks: Arc<dyn Hooks>,
    extensions: Extensions,
    partials: Option<Arc<dyn crate::Partials>>,
}

impl EngineBuilder {
    /// Adds a tag (replacing a built-in one of the same name).
    pub fn tag(mut self, tag: Arc<dyn Tag>) -> Self {
        self.extensions.tags.push(tag);
        self
    }

    /// Adds a filter (replacing a built-in one of the same name).
    pub fn filter(mut self, filter: Arc<dyn Filter>) -> Self {
        self.extensions.filters.push(filter);
        self
    }

    /// Adds a block named `name` that renders nothing, whatever its markup and body
    /// (skipped unparsed up to `{% endNAME %}`): the stand-in for a block hyde cannot
    /// run, such as one a Ruby plugin registers.
    pub fn silent_block(mut self, name: impl Into<String>) -> Self {
        self.extensions.silent_blocks.push(name.into());
        self
    }

    /// Where plain Liquid's `include` and `render` tags find templates
    /// ([`Flavor::Liquid`]; Jekyll's `include` reads the include directories).
    pub fn partials(mut self, partials: Arc<dyn crate::Partials>) -> Self {
        self.partials = Some(partials);
        self
    }

    /// The engine.
    pub fn build(self) -> Engine {
        let EngineBuilder {
            options,
            hooks,
            extensions,
            partials,
        } = self;
        let mut packed: Vec<String> = match options.flavor {
            Flavor::Jekyll => frontend::JEKYLL_TAGS
                .iter()
                .map(|t| (*t).to_owned())
                .collect(),
            _ => Vec::new(),
        };
        packed.extend(extensions.tags.iter().map(|t| t.name().to_owned()));
        packed.extend(extensions.silent_blocks.iter().cloned());
        let site = Arc::new(Site { options, hooks });
        let inner = Arc::new_cyclic(|weak| Inner {
            language: language(&site, weak, &extensions),
            site: site.clone(),
            includes: RwLock::default(),
            snippets: RwLock::default(),
            packed,
            partials,
            partial_cache: RwLock::default(),
        });
        Engine { inner }
    }
}

/// Jekyll's Liquid: one per build, shared by every thread.
pub struct Engine {
    inner: Arc<Inner>,
}

/// A parsed template, reusable across pages and threads.
#[derive(Debug)]
pub struct Template {
    pub(crate) inner: liquid_core::runtime::Template,
    pub(crate) file: Arc<str>,
    /// The line of the file the template starts on (after front matter).
    pub(crate) first_line: usize,
}

impl Template {
    /// The file this template came from, as given to [`Engine::parse`].
    pub fn file(&self) -> &str {
        &self.file
    }
}

/// The deepest nesting of blocks Ruby Liquid parses (`Liquid::Block::MAX_DEPTH`).
const MAX_DEPTH: usize = 100;

fn register_tag(lang: &mut Language, tag: impl ParseTag + 'static) {
    let name = tag.reflection().tag().to_owned();
    lang.tags.register(name, Box::new(tag));
}

fn register_block(lang: &mut Language, block: impl ParseBlock + 'static) {
    let name = block.reflection().start_tag().to_owned();
    lang.blocks.register(name, Box::new(block));
}

/// Liquid's tags and filters: liquid-rust's where they behave as Ruby's,
/// hyde's own otherwise, then Jekyll's and the site's.
fn language(site: &Arc<Site>, engine: &Weak<Inner>, custom: &Extensions) -> Language {
    let mut lang = Language::empty();
    register_tag(&mut lang, stdlib::AssignTag);
    register_tag(&mut lang, stdlib::BreakTag);
    register_tag(&mut lang, stdlib::ContinueTag);
    register_tag(&mut lang, stdlib::IncrementTag);
    register_tag(&mut lang, stdlib::DecrementTag);
    register_block(&mut lang, stdlib::RawBlock);
    register_block(&mut lang, stdlib::IfChangedBlock);
    register_block(&mut lang, stdlib::CommentBlock);
    register_block(&mut lang, stdlib::CaptureBlock);
    if site.options.flavor == Flavor::Liquid {
        lang.filters
            .register("where".to_owned(), Box::new(stdlib::Where));
        lang.filters
            .register("sort".to_owned(), Box::new(stdlib::Sort));
    }
    tags::register(&mut lang, site, engine);
    filters::register(&mut lang, site, engine);
    tags::register_custom(&mut lang, &custom.tags, engine);
    for name in &custom.silent_blocks {
        register_block(&mut lang, tags::SilentBlock::new(name));
    }
    filters::register_custom(&mut lang, &custom.filters, engine);
    tags::register_silent(&mut lang);
    lang
}

/// Pulls `L:C` and the message out of a liquid-rust parse error.
fn split_parse_error(err: &liquid_core::Error) -> (Option<usize>, Option<usize>, String) {
    let text = err.to_string();
    let mut line = None;
    let mut column = None;
    let mut message = None;
    for l in text.lines() {
        let t = l.trim();
        if let Some(pos) = t.split_once("--> ").map(|(_, p)| p) {
            let mut it = pos.split(':');
            line = it.next().and_then(|n| n.parse().ok());
            column = it.next().and_then(|n| n.parse().ok());
        } else if let Some(m) = t.strip_prefix("= ") {
            message = Some(m.to_owned());
        }
    }
    let first = text
        .lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("liquid:")
        .trim()
        .to_owned();
    let requested = text
        .lines()
        .find_map(|l| l.trim().strip_prefix("requested="))
        .map(str::to_owned);
    let message = match (message, requested) {
        (Some(m), Some(tag)) if m == "Unknown tag." => format!("Unknown tag '{tag}'"),
        (Some(m), _) => m,
        (None, _) if first.is_empty() => text.trim().to_owned(),
        (None, _) => first,
    };
    (line, column, message)
}

/// The first line of a liquid-rust error, without its `liquid:` prefix.
pub(crate) fn error_message(err: &liquid_core::Error) -> String {
    let text = err.to_string();
    text.lines()
        .next()
        .unwrap_or("")
        .trim_start_matches("liquid:")
        .trim()
        .to_owned()
}

impl Inner {
    /// How the front end rewrites.
    fn mode(&self, markers: bool) -> frontend::Mode {
        frontend::Mode {
            markers,
            lax: self.site.options.error_mode != crate::options::ErrorMode::Strict,
        }
    }

    /// The tags whose markup the front end packs into a string.
    fn packed_tags(&self) -> Vec<&str> {
        self.packed.iter().map(String::as_str).collect()
    }

    /// Rewrites and parses `text` whose first line is line `first_line` of `file`.
    pub(crate) fn parse(
        &self,
        text: &str,
        file: &str,
        first_line: usize,
    ) -> Result<Template, Error> {
        self.parse_as(text, file, first_line, true)
    }

    /// [`Inner::parse`], reporting the markup read the lax way when `warn`
    /// (Jekyll prints the warnings of pages and layouts, not of includes).
    fn parse_as(
        &self,
        text: &str,
        file: &str,
        first_line: usize,
        warn: bool,
    ) -> Result<Template, Error> {
        let is_filter = |name: &str| self.language.filters.get(name).is_some();
        let prepared = frontend::prepare_with(
            text,
            first_line,
            &is_filter,
            &self.packed_tags(),
            self.mode(true),
        );
        if warn && self.site.options.error_mode == crate::options::ErrorMode::Warn {
            for (line, markup, message) in &prepared.lax {
                // Jekyll counts Liquid's lines from the template's start.
                let line = (line + 1).saturating_sub(first_line).max(1);
                self.site.hooks.warn(
                    "Liquid Warning:",
                    &format!(
                        "Liquid syntax error (line {line}): {message} in \"{markup}\" in {file}"
                    ),
                );
            }
        }
        // Ruby Liquid's `Block::MAX_DEPTH`: deeper nesting raises a StackLevelError
        // while parsing (and liquid-rust's recursive parser would overflow its stack).
        if prepared.depth > MAX_DEPTH {
            return Err(Error::Render {
                location: SourceLocation::new(file, None, None).starting_at(first_line),
                message: "Nesting too deep".into(),
            });
        }
        if let Some((line, message)) = prepared.errors.first() {
            return Err(Error::Syntax {
                location: SourceLocation::new(file, Some(*line), None).starting_at(first_line),
                message: message
                    .strip_prefix("Liquid syntax error: ")
                    .unwrap_or(message)
                    .to_owned(),
            });
        }
        let prepared = prepared.text;
        // Pad so that pest's line numbers are the file's.
        let padded;
        let source = if first_line > 1 {
            // A comment spanning the missing lines: counted by pest, rendered as nothing.
            padded = format!(
                "{{% comment %}}{}{{% endcomment %}}{prepared}",
                "\n".repeat(first_line - 1)
            );
            &padded
        } else {
            &prepared
        };
        // liquid-core panics on a few malformed inputs (a block left open
        // inside `comment`); report those as syntax errors, without the panic's
        // message on stderr.
        let parsed = quietly(|| {
            std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                liquid_core::parser::parse(source, &self.language)
            }))
        })
        .unwrap_or_else(|_| {
            Err(liquid_core::Error::with_msg(
                "Unclosed block or malformed tag",
            ))
        });
        let elements = parsed.map_err(|e| {
            let (line, column, message) = split_parse_error(&e);
            // Jekyll's include tag raises an ArgumentError of its own while parsing.
            let text_of_e = e.to_string();
            let whole = text_of_e.trim_start_matches("liquid:").trim_start();
            if whole.starts_with("Invalid syntax for include tag") {
                let end = ["\nfrom: ", "\n  with:"]
                    .iter()
                    .filter_map(|m| whole.find(m))
                    .min()
                    .unwrap_or(whole.len());
                return Error::Jekyll {
                    location: SourceLocation::new(file, line, column).starting_at(first_line),
                    message: whole[..end].trim_end().to_owned(),
                };
            }
            let location = SourceLocation::new(file, line, column).starting_at(first_line);
            let template_line = location.template_line();
            // Ruby's tokenizer refuses an unclosed `{{` or `{%` before any tag after it.
            if let Some((at, message)) = crate::syntax_message::unterminated(text)
                && template_line.is_none_or(|l| l >= at)
            {
                return Error::Syntax {
                    location: SourceLocation::new(file, Some(at + first_line - 1), None)
                        .starting_at(first_line),
                    message: message.to_owned(),
                };
            }
            Error::Syntax {
                message: crate::syntax_message::ruby_wording(&message, text, template_line),
                location,
            }
        })?;
        Ok(Template {
            inner: liquid_core::runtime::Template::new(elements),
            file: Arc::from(file),
            first_line,
        })
    }

    /// The parsed include at `path`, read and parsed on first use.
    pub(crate) fn include(
        &self,
        path: &Path,
        name: &str,
        location: &SourceLocation,
    ) -> Result<Arc<Template>, Error> {
        if let Ok(cache) = self.includes.read()
            && let Some(t) = cache.get(path)
        {
            return Ok(t.clone());
        }
        let text = self
            .site
            .hooks
            .read_include(path)
            .map_err(|source| Error::Io {
                location: location.clone(),
                path: path.to_owned(),
                source,
            })?;
        // Jekyll reads with `bom|utf-8`: a byte order mark is dropped.
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let template = Arc::new(self.parse_as(text, name, 1, false)?);
        if let Ok(mut cache) = self.includes.write() {
            cache.insert(path.to_owned(), template.clone());
        }
        Ok(template)
    }
}

impl Engine {
    /// An engine for one build.
    pub fn new(options: Options, hooks: Arc<dyn Hooks>) -> Engine {
        Engine::builder(options, hooks).build()
    }

    /// An engine with the site's own tags and filters (Jekyll plugins).
    pub fn builder(options: Options, hooks: Arc<dyn Hooks>) -> EngineBuilder {
        EngineBuilder {
            options,
            hooks,
            extensions: Extensions::default(),
            partials: None,
        }
    }

    /// Adds Ruby Liquid's and Jekyll's filters, as this engine defines them (its
    /// options and hooks: `relative_url` sees the hooks' `baseurl`), to a liquid-rust
    /// parser of your own, replacing liquid-rust's filters of the same names.
    ///
    /// ```
    /// use std::sync::Arc;
    /// use hyde_liquid::{Engine, NoSite, Options};
    ///
    /// let engine = Engine::new(Options::default(), Arc::new(NoSite));
    /// let parser = engine.add_filters_to(liquid::ParserBuilder::with_stdlib()).build()?;
    /// let template = parser.parse("{{ 'Hello World' | slugify }} {{ 7 | divided_by: 2.0 }}")?;
    /// let output = template.render(&liquid::object!({}))?;
    /// assert_eq!(output, "hello-world 3.5");
    /// # Ok::<(), liquid::Error>(())
    /// ```
    pub fn add_filters_to<P: liquid::partials::PartialCompiler>(
        &self,
        mut builder: liquid::ParserBuilder<P>,
    ) -> liquid::ParserBuilder<P> {
        let weak = Arc::downgrade(&self.inner);
        for filter in crate::filters::public_table(&self.inner.site, &weak) {
            builder = builder.filter(Box::new(filter) as Box<dyn liquid_core::parser::ParseFilter>);
        }
        builder
    }

    /// Adds Jekyll's tags (`include`, `include_relative`, `link`, `post_url` and the
    /// `highlight` block), as this engine defines them (its options and hooks: where
    /// includes are found, what `link` and `post_url` resolve to, the highlighter), to a
    /// liquid-rust parser of your own.
    ///
    /// liquid-rust's grammar reads their markup first, so write what it can tokenize: a
    /// path with `/` or a post name with `-` in quotes (`{% include "nav/top.html" %}`,
    /// `{% post_url "2024-01-02-hello" %}`); the tokens reach the tag joined by spaces.
    /// Errors carry no line (liquid-rust keeps none for tags).
    ///
    /// ```
    /// use std::sync::Arc;
    /// use hyde_liquid::{Engine, NoSite, Options};
    ///
    /// let dir = std::env::temp_dir().join(format!("hyde-liquid-doc-{}", std::process::id()));
    /// std::fs::create_dir_all(dir.join("_includes"))?;
    /// std::fs::write(dir.join("_includes/greet.html"), "Hello, {{ include.who }}!")?;
    /// let mut options = Options::default();
    /// options.include_dirs = vec![dir.join("_includes")];
    /// let engine = Engine::new(options, Arc::new(NoSite));
    /// let builder = engine.add_filters_to(liquid::ParserBuilder::with_stdlib());
    /// let parser = engine.add_tags_to(builder).build()?;
    /// let template = parser.parse("{% include greet.html who=name %} {{ 'A B' | slugify }}")?;
    /// let output = template.render(&liquid::object!({ "name": "Ada" }))?;
    /// assert_eq!(output, "Hello, Ada! a-b");
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_tags_to<P: liquid::partials::PartialCompiler>(
        &self,
        builder: liquid::ParserBuilder<P>,
    ) -> liquid::ParserBuilder<P> {
        let weak = Arc::downgrade(&self.inner);
        crate::tags::add_jekyll_tags(builder, &self.inner.site, &weak)
    }

    /// Whether `name` is a block tag of this engine's dialect (`for`, `raw`,
    /// `highlight`, a site's own blocks), as Jekyll asks `Liquid::Template.tags`.
    pub fn is_block(&self, name: &str) -> bool {
        self.inner.language.blocks.get(name).is_some()
    }

    /// Parses `text`. `file` names it in messages (site-relative path);
    /// `first_line` is the 1-based line of the file where `text` starts
    /// (after front matter), so errors point at the real line.
    pub fn parse(&self, text: &str, file: &str, first_line: usize) -> Result<Template, Error> {
        self.inner.parse(text, file, first_line.max(1))
    }

    /// Renders `template` with `globals` as its top-level variables (`site`,
    /// `page`, `layout`, `content`, `paginator`, `jekyll`…).
    pub fn render(&self, template: &Template, globals: &Hash) -> Result<String, Error> {
        let _sharing = crate::value::SharedScope::enter();
        let root = Root::new(globals, self.inner.site.options.strict_variables);
        RenderState::enter(&root, template, page_dir(globals, &self.inner.site.options));
        let mut out = Vec::new();
        let started = std::time::Instant::now();
        let result = template.inner.render_to(&mut out, &root);
        if let Some(profile) = &self.inner.site.options.profile {
            profile.record(&template.file, out.len(), started.elapsed());
        }
        match result {
            Ok(()) => Ok(String::from_utf8(out)
                .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())),
            Err(e) => Err(
                RenderState::take_error(&root).unwrap_or_else(|| Error::Render {
                    location: RenderState::location(&root, None),
                    message: error_message(&e),
                }),
            ),
        }
    }
}

/// The directory `include_relative` resolves against: the page's, as
/// Jekyll's `page_path` computes it (`site.source` when there is no page).
fn page_dir(globals: &Hash, options: &Options) -> PathBuf {
    let page = globals.get("page");
    let Some(path) = page.and_then(|p| p.get("path")).and_then(|p| p.as_str()) else {
        return options.source_dir.clone();
    };
    let path = path.strip_suffix("/#excerpt").unwrap_or(path);
    let mut full = options.source_dir.clone();
    if page
        .and_then(|p| p.get("collection"))
        .is_some_and(|c| c.is_truthy())
        && let Some(dir) = globals
            .get("site")
            .and_then(|s| s.get("collections_dir"))
            .and_then(|d| d.as_str())
        && !dir.is_empty()
    {
        full.push(dir);
    }
    full.push(path);
    full.parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| options.source_dir.clone())
}

impl Inner {
    /// The plain-Liquid template named `name` (`include` / `render`), read
    /// and parsed on first use.
    pub(crate) fn partial(&self, name: &str) -> Result<Arc<Template>, Error> {
        if let Ok(cache) = self.partial_cache.read()
            && let Some(t) = cache.get(name)
        {
            return Ok(t.clone());
        }
        let text = self
            .partials
            .as_ref()
            .and_then(|p| p.read(name))
            .ok_or_else(|| Error::Include {
                location: SourceLocation::new(name, None, None),
                message: format!("Liquid error: No such template '{name}'"),
            })?;
        let template = Arc::new(self.parse(&text, name, 1)?);
        if let Ok(mut cache) = self.partial_cache.write() {
            cache.insert(name.to_owned(), template.clone());
        }
        Ok(template)
    }

    /// A small template made by a filter (`where_exp`'s condition), parsed
    /// once per engine.
    pub(crate) fn snippet(
        &self,
        text: &str,
    ) -> liquid_core::Result<Arc<liquid_core::runtime::Template>> {
        if let Ok(cache) = self.snippets.read()
            && let Some(t) = cache.get(text)
        {
            return Ok(t.clone());
        }
        let is_filter = |name: &str| self.language.filters.get(name).is_some();
        let prepared =
            frontend::prepare_with(text, 1, &is_filter, &self.packed_tags(), self.mode(false)).text;
        let elements = liquid_core::parser::parse(&prepared, &self.language)?;
        let template = Arc::new(liquid_core::runtime::Template::new(elements));
        if let Ok(mut cache) = self.snippets.write() {
            cache.insert(text.to_owned(), template.clone());
        }
        Ok(template)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn send_sync<T: Send + Sync>() {}

    #[test]
    fn engines_and_templates_cross_threads() {
        send_sync::<Engine>();
        send_sync::<Template>();
    }

    #[test]
    fn unknown_filters_pass_their_input_in_lax_mode() {
        let engine = Engine::new(Options::default(), Arc::new(crate::NoSite));
        let t = engine.parse("{{ 'x' | nope: 1 | upcase }}", "f", 1);
        let out = t.and_then(|t| engine.render(&t, &Hash::new()));
        assert_eq!(out.ok().as_deref(), Some("X"));
    }

    /// Hooks that keep the warnings.
    #[derive(Default)]
    struct Warnings(std::sync::Mutex<Vec<String>>);

    impl Hooks for Warnings {
        fn warn(&self, topic: &str, message: &str) {
            if let Ok(mut w) = self.0.lock() {
                w.push(format!("{topic} {message}"));
            }
        }
    }

    // The warning Jekyll 4.3.1 printed for this markup (error_mode: warn). Jekyll
    // counts the line from the template's start (fixtures/messages/liquid-lax-warning):
    // line 2 of a body that starts on line 15 of its file.
    #[test]
    fn warn_mode_reports_markup_that_needs_the_lax_parser() {
        let hooks = Arc::new(Warnings::default());
        let options = Options {
            error_mode: crate::ErrorMode::Warn,
            ..Options::default()
        };
        let engine = Engine::new(options, hooks.clone());
        let t = engine.parse("ok\n{{ 1e2 }}", "t.html", 15);
        assert_eq!(
            t.and_then(|t| engine.render(&t, &Hash::new()))
                .ok()
                .as_deref(),
            Some("ok\n")
        );
        let warnings = hooks.0.lock().map(|w| w.clone()).unwrap_or_default();
        assert_eq!(
            warnings,
            [
                "Liquid Warning: Liquid syntax error (line 2): Expected end_of_string but found id in \"{{ 1e2 }}\" in t.html"
            ]
        );
    }

    // The warning Jekyll 4.3.1 printed for a condition with parentheses
    // (the iiif.io theme's author-image.html), and the lax reading.
    #[test]
    fn warn_mode_reads_conditions_the_lax_way() {
        let hooks = Arc::new(Warnings::default());
        let options = Options {
            error_mode: crate::ErrorMode::Warn,
            ..Options::default()
        };
        let engine = Engine::new(options, hooks.clone());
        let t = engine.parse(
            "{% if n > 3 and (a == \"A\" or a == \"X\")%}yes{% endif %}",
            "t.html",
            1,
        );
        let mut globals = Hash::new();
        globals.insert("n".into(), crate::Value::Int(5));
        globals.insert("a".into(), crate::Value::str("A"));
        assert_eq!(
            t.and_then(|t| engine.render(&t, &globals)).ok().as_deref(),
            Some("yes")
        );
        let warnings = hooks.0.lock().map(|w| w.clone()).unwrap_or_default();
        assert_eq!(
            warnings,
            [
                "Liquid Warning: Liquid syntax error (line 1): Expected dotdot but found comparison in \"n > 3 and (a == \"A\" or a == \"X\")\" in t.html"
            ]
        );
    }

    #[test]
    fn strict_variables_name_the_missing_key() {
        let options = Options {
            strict_variables: true,
            ..Options::default()
        };
        let engine = Engine::new(options, Arc::new(crate::NoSite));
        let mut page = Hash::new();
        page.insert("title".into(), crate::Value::str("T"));
        let mut globals = Hash::new();
        globals.insert("page".into(), crate::Value::hash(page));
        let t = engine.parse("{{ page.title }}\n{{ page.nope.x }}", "f.html", 1);
        let err = t
            .and_then(|t| engine.render(&t, &globals))
            .err()
            .map(|e| e.to_string());
        assert_eq!(
            err.as_deref(),
            Some("Liquid Exception: Liquid error (line 2): undefined variable nope in f.html")
        );
    }

    #[test]
    fn strict_filters_make_unknown_filters_errors() {
        let options = Options {
            strict_filters: true,
            ..Options::default()
        };
        let engine = Engine::new(options, Arc::new(crate::NoSite));
        let t = engine.parse("{{ 'x' | nope }}", "f", 1);
        assert!(t.and_then(|t| engine.render(&t, &Hash::new())).is_err());
    }
}

thread_local! {
    /// Set while this thread runs code whose panics hyde catches and reports.
    static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with the panic hook silent on this thread (other threads, and panics
/// outside `f`, still reach the hook that was installed before).
fn quietly<T>(f: impl FnOnce() -> T) -> T {
    static HOOK: std::sync::Once = std::sync::Once::new();
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let out = f();
    QUIET.with(|q| q.set(was));
    out
}
