//! `{% include %}` and `{% include_relative %}`, as Jekyll 4.3 has them.

use std::io::Write;
use std::path::PathBuf;
use std::sync::{LazyLock, Weak};

use liquid_core::model::ValueCow;
use liquid_core::parser::{Language, ParseTag, TagReflection, TagTokenIter};
use liquid_core::runtime::{Renderable, Template};
use liquid_core::{Runtime, ValueView};
use regex::Regex;

use super::markup::{Markup, Packing, parse_template};
use super::params::Params;
use crate::engine::Inner;
use crate::error::Error;
use crate::runtime::Frame;
use crate::state::RenderState;

/// Includes nesting deeper than this are taken for a loop.
const MAX_DEPTH: usize = 100;

const SYNTAX_EXAMPLE: &str = "{% include file.ext param='value' param2='value' %}";

static VALID_SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"\A([A-Za-z0-9_-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([A-Za-z0-9_.-]+))"#)
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

static VARIABLE_SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?s)(?P<variable>[^{]*(\{\{\s*[A-Za-z0-9_\-.]+\s*(\|.*)?\}\}[^\s{}]*)+)(?P<params>.*)",
    )
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

static VALID_FILENAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[A-Za-z0-9_/.\-()+~#@]+$").unwrap_or_else(|_| unreachable!("a valid regex"))
});

static INVALID_SEQUENCES: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[./]{2,}").unwrap_or_else(|_| unreachable!("a valid regex")));

/// The `include` / `include_relative` tag.
#[derive(Clone)]
pub(crate) struct IncludeTag {
    engine: Weak<Inner>,
    relative: bool,
    packing: Packing,
}

impl IncludeTag {
    pub(crate) fn new(engine: Weak<Inner>, relative: bool, packing: Packing) -> Self {
        IncludeTag {
            engine,
            relative,
            packing,
        }
    }
}

impl TagReflection for IncludeTag {
    fn tag(&self) -> &str {
        if self.relative {
            "include_relative"
        } else {
            "include"
        }
    }

    fn description(&self) -> &str {
        "Renders a file from _includes (or, relative, from the page's directory) in place."
    }
}

/// A parameter's value as written.
#[derive(Debug)]
enum ParamValue {
    Quoted(String),
    Variable(String),
}

/// The file part of the markup.
#[derive(Debug)]
enum FileName {
    Literal(String),
    Rendered(Template),
}

#[derive(Debug)]
struct Include {
    engine: Weak<Inner>,
    relative: bool,
    file: FileName,
    params: Option<Vec<(String, ParamValue)>>,
    line: usize,
}

/// Scans `key=value` parameters, as Jekyll's `VALID_SYNTAX.scan`; `None`
/// when `text` is not entirely made of them (Jekyll's `FULL_VALID_SYNTAX`).
fn scan_params(text: &str) -> Option<Vec<(String, ParamValue)>> {
    let mut params = Vec::new();
    let mut rest = text.trim_start();
    while !rest.is_empty() {
        let caps = VALID_SYNTAX.captures(rest)?;
        let whole = caps.get(0)?;
        let after = &rest[whole.end()..];
        if !(after.is_empty() || after.starts_with(char::is_whitespace)) {
            return None;
        }
        let key = caps.get(1)?.as_str().to_owned();
        let value = if let Some(d) = caps.get(2) {
            ParamValue::Quoted(d.as_str().replace("\\\"", "\""))
        } else if let Some(s) = caps.get(3) {
            ParamValue::Quoted(s.as_str().replace("\\'", "'"))
        } else {
            ParamValue::Variable(caps.get(4)?.as_str().to_owned())
        };
        params.push((key, value));
        rest = after.trim_start();
    }
    Some(params)
}

fn invalid_params(params: &str) -> String {
    format!(
        "Invalid syntax for include tag:\n\n  {params}\n\nValid syntax:\n\n  {SYNTAX_EXAMPLE}\n"
    )
}

impl ParseTag for IncludeTag {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let markup = Markup::read_as(arguments, self.packing)?;
        let text = markup.text.trim();
        let (file, params) = match VARIABLE_SYNTAX.captures(text) {
            Some(caps) => (
                caps.name("variable")
                    .map_or("", |m| m.as_str())
                    .trim()
                    .to_owned(),
                caps.name("params")
                    .map_or("", |m| m.as_str())
                    .trim()
                    .to_owned(),
            ),
            None => match text.split_once(char::is_whitespace) {
                Some((f, p)) => (f.to_owned(), p.trim().to_owned()),
                None => (text.to_owned(), String::new()),
            },
        };
        let params = if params.is_empty() {
            None
        } else {
            Some(
                scan_params(&params)
                    .ok_or_else(|| liquid_core::Error::with_msg(invalid_params(&params)))?,
            )
        };
        let file = if VARIABLE_SYNTAX.is_match(&file) {
            FileName::Rendered(parse_template(&file, options)?)
        } else {
            FileName::Literal(file)
        };
        Ok(Box::new(Include {
            engine: self.engine.clone(),
            relative: self.relative,
            file,
            params,
            line: markup.line,
        }))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

/// Evaluates a bare parameter value as `context[name]` does: a literal or a
/// variable path.
fn lookup<'r>(name: &str, runtime: &'r dyn Runtime) -> ValueCow<'r> {
    match name {
        "nil" | "null" => return ValueCow::Owned(liquid_core::Value::Nil),
        "true" => return ValueCow::Owned(liquid_core::Value::scalar(true)),
        "false" => return ValueCow::Owned(liquid_core::Value::scalar(false)),
        _ => {}
    }
    if let Ok(i) = name.parse::<i64>() {
        return ValueCow::Owned(liquid_core::Value::scalar(i));
    }
    if name.starts_with(|c: char| c.is_ascii_digit() || c == '-')
        && let Ok(f) = name.parse::<f64>()
    {
        return ValueCow::Owned(liquid_core::Value::scalar(f));
    }
    runtime
        .get(&crate::runtime::dotted_path(name))
        .unwrap_or(ValueCow::Owned(liquid_core::Value::Nil))
}

/// Ruby's `inspect` of an array of paths, for Jekyll's message.
fn inspect_dirs(dirs: &[PathBuf]) -> String {
    let items: Vec<String> = dirs
        .iter()
        .map(|d| {
            let mut s = String::new();
            let _ = crate::value::write_str_inspect(&mut s, &d.to_string_lossy());
            s
        })
        .collect();
    format!("[{}]", items.join(", "))
}

impl Include {
    fn fail(&self, runtime: &dyn Runtime, message: String) -> liquid_core::Error {
        let location = RenderState::location(runtime, Some(self.line));
        RenderState::fail(runtime, Error::Include { location, message })
    }
}

impl Renderable for Include {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let Some(engine) = self.engine.upgrade() else {
            return Err(liquid_core::Error::with_msg("the engine is gone"));
        };
        let file = match &self.file {
            FileName::Literal(f) => f.clone(),
            FileName::Rendered(t) => t.render(runtime)?,
        };
        if INVALID_SEQUENCES.is_match(&file) || !VALID_FILENAME.is_match(&file) {
            return Err(self.fail(
                runtime,
                format!(
                    "Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  {file}\n\nValid syntax:\n\n  {SYNTAX_EXAMPLE}\n"
                ),
            ));
        }
        let options = &engine.site.options;
        let dirs = if self.relative {
            vec![RenderState::page_dir(runtime)]
        } else {
            options.include_dirs.clone()
        };
        let Some(path) = dirs
            .iter()
            .find_map(|d| engine.site.hooks.include_file(d, &file))
        else {
            // Jekyll's `in_source_dir(".")` for a page at the top: the source and a `/`.
            let named: Vec<PathBuf> = dirs
                .iter()
                .map(|d| match self.relative && *d == options.source_dir {
                    true => d.join(""),
                    false => d.clone(),
                })
                .collect();
            return Err(self.fail(
                runtime,
                format!(
                    "Could not locate the included file '{file}' in any of {}. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.",
                    inspect_dirs(&named)
                ),
            ));
        };
        if RenderState::depth(runtime) > MAX_DEPTH {
            let location = RenderState::location(runtime, Some(self.line));
            return Err(RenderState::fail(
                runtime,
                Error::IncludeLoop {
                    location,
                    page: RenderState::page(runtime),
                    include: file,
                },
            ));
        }
        let name = path
            .strip_prefix(&options.source_dir)
            .unwrap_or(&path)
            .to_string_lossy()
            .into_owned();
        let location = RenderState::location(runtime, Some(self.line));
        let template = engine
            .include(&path, &name, &location)
            .map_err(|e| RenderState::fail(runtime, e.included(&path, &location)))?;
        let params = self.params.as_ref().map(|params| Params {
            entries: params
                .iter()
                .map(|(k, v)| {
                    let value = match v {
                        ParamValue::Quoted(s) => {
                            ValueCow::Owned(liquid_core::Value::scalar(s.clone()))
                        }
                        ParamValue::Variable(name) => lookup(name, runtime),
                    };
                    (k.clone(), value)
                })
                .collect(),
        });
        let vars: Vec<(&str, &dyn ValueView)> = match &params {
            Some(p) => vec![("include", p as &dyn ValueView)],
            None => Vec::new(),
        };
        let frame = Frame::new(runtime, vars);
        RenderState::push_file(runtime, &template);
        let started = std::time::Instant::now();
        let mut counted = crate::profile::Counted::new(writer);
        let result = template.inner.render_to(&mut counted, &frame);
        if let Some(profile) = &options.profile {
            profile.record(&path.to_string_lossy(), counted.bytes(), started.elapsed());
        }
        // A Liquid error in the include is renamed after it on its way out.
        let result = result.map_err(|e| {
            let error = RenderState::take_error(runtime).unwrap_or_else(|| Error::Render {
                location: RenderState::location(runtime, None),
                message: crate::engine::error_message(&e),
            });
            RenderState::pop_file(runtime);
            RenderState::fail(runtime, error.included(&path, &location))
        });
        if result.is_ok() {
            RenderState::pop_file(runtime);
        }
        result
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_scan_like_jekyll() {
        let p = scan_params(r#"a="x \"y\"" b='z' c=page.title d-e=3"#).unwrap_or_default();
        let keys: Vec<&str> = p.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["a", "b", "c", "d-e"]);
        assert!(matches!(&p[0].1, ParamValue::Quoted(s) if s == "x \"y\""));
        assert!(matches!(&p[2].1, ParamValue::Variable(s) if s == "page.title"));
        assert!(scan_params("a=\"x\"junk").is_none());
        assert!(scan_params("oops").is_none());
    }
}
