//! Converters: Markdown to HTML, Sass and SCSS to CSS, and the identity converter
//! for everything else.

use std::path::Path;

use hyde_liquid::Value;

use crate::config::Config;
use crate::error::{Error, Result};
use crate::sass::{SassOptions, Syntax};

/// The converter a file's extension selects.
#[derive(Clone, Debug)]
pub(crate) struct Converters {
    markdown_exts: Vec<String>,
    kramdown: hyde_kramdown::Options,
    /// `markdown: CommonMark` (jekyll-commonmark) with the site's `commonmark:` settings.
    commonmark: Option<hyde_kramdown::CommonMarkOptions>,
    sass: SassOptions,
}

/// A converted body, and the source map a Sass page comes with.
#[derive(Clone, Debug, Default)]
pub(crate) struct Converted {
    pub(crate) text: String,
    pub(crate) source_map: Option<String>,
    pub(crate) warnings: Vec<String>,
}

impl Converters {
    pub(crate) fn new(config: &Config, theme_root: Option<&Path>, environment: &str) -> Converters {
        let mut kramdown = hyde_kramdown::Options::default();
        if let Some(Value::Hash(h)) = config.get("kramdown") {
            for (k, v) in h.iter() {
                let s = match v {
                    Value::Array(a) => a
                        .iter()
                        .map(crate::ruby::value_to_s)
                        .collect::<Vec<_>>()
                        .join(","),
                    other => crate::ruby::value_to_s(other),
                };
                kramdown.set(k, &s);
            }
        }
        let sass = SassOptions::from_config(
            config.get("sass").and_then(Value::as_hash),
            &config.source,
            theme_root,
        )
        .with_environment(environment);
        let commonmark = (config
            .get("markdown")
            .map(crate::ruby::value_to_s)
            .as_deref()
            == Some("CommonMark"))
        .then(|| {
            let mut o = hyde_kramdown::CommonMarkOptions::default();
            let settings = config.get("commonmark").and_then(Value::as_hash);
            let list = |key: &str| match settings.and_then(|h| h.get(key)) {
                Some(Value::Array(a)) => a.iter().map(crate::ruby::value_to_s).collect(),
                _ => Vec::new(),
            };
            list("extensions").iter().for_each(|e| o.extension(e));
            list("options").iter().for_each(|e| o.option(e));
            o
        });
        Converters {
            markdown_exts: config.markdown_exts(),
            kramdown,
            commonmark,
            sass,
        }
    }

    /// Whether `ext` (with its dot) is Markdown.
    pub(crate) fn is_markdown(&self, ext: &str) -> bool {
        let e = ext.trim_start_matches('.').to_ascii_lowercase();
        self.markdown_exts.contains(&e)
    }

    /// The output extension for a source extension.
    pub(crate) fn output_ext(&self, ext: &str) -> String {
        if self.is_markdown(ext) {
            ".html".to_string()
        } else if Syntax::for_ext(ext).is_some() {
            ".css".to_string()
        } else {
            ext.to_string()
        }
    }

    /// Converts a body by its source extension; `path` is the source file.
    pub(crate) fn convert(&self, ext: &str, path: &Path, input: &str) -> Result<Converted> {
        if self.is_markdown(ext) {
            return Ok(Converted {
                text: self.markdown(input),
                ..Default::default()
            });
        }
        if let Some(syntax) = Syntax::for_ext(ext) {
            let compiled = crate::sass::convert(input, syntax, path, &self.sass).map_err(|e| {
                Error::Convert {
                    path: path.to_path_buf(),
                    message: e.to_string(),
                }
            })?;
            return Ok(Converted {
                text: compiled.css,
                source_map: compiled.source_map,
                warnings: compiled.warnings,
            });
        }
        Ok(Converted {
            text: input.to_string(),
            ..Default::default()
        })
    }

    /// `sassify` / `scssify`: Sass or SCSS to CSS with the site's settings, without a
    /// source map (jekyll-sass-converter writes one only for pages).
    pub(crate) fn sass_string(
        &self,
        input: &str,
        indented: bool,
    ) -> std::result::Result<String, String> {
        let mut options = self.sass.clone();
        options.source_map = crate::sass::SourceMapMode::Never;
        let syntax = if indented { Syntax::Sass } else { Syntax::Scss };
        let file = options
            .site_source
            .join(if indented { "stdin.sass" } else { "stdin.scss" });
        crate::sass::convert(input, syntax, &file, &options)
            .map(|c| c.css)
            .map_err(|e| e.to_string())
    }

    /// `smartify`: kramdown's SmartyPants parser with the site's kramdown options.
    pub(crate) fn smartify(&self, input: &str) -> String {
        hyde_kramdown::smartify(input, &self.kramdown)
    }

    /// Markdown to HTML with the site's converter: kramdown with the site's
    /// options, or CommonMark for `markdown: CommonMark`.
    pub(crate) fn markdown(&self, input: &str) -> String {
        match &self.commonmark {
            Some(o) => hyde_kramdown::commonmark_to_html(input, o),
            None => hyde_kramdown::to_html(input, &self.kramdown),
        }
    }
}
