//! Converters (Jekyll's `Converter` plugins): a page's or document's content, after
//! Liquid, into its output — Markdown to HTML, Sass and SCSS to CSS, and the identity
//! converter for everything else.
//!
//! Every converter, built-in or a plugin's ([`crate::Plugin::converters`]), goes through
//! the [`Converter`] trait. As in Jekyll's `Renderer`, the converters whose
//! [`Converter::matches`] accepts a file's extension are applied in turn, highest
//! [`Converter::priority`] first (the identity converter, `:lowest`, last), and the output
//! extension is the matching converters' output extensions joined, but for the last.

use std::path::Path;
use std::sync::Arc;

use hyde_liquid::Value;

use crate::config::Config;
#[cfg(feature = "sass")]
use crate::error::Error;
use crate::error::Result;

/// Jekyll's converter priorities (`Jekyll::Plugin::PRIORITIES`).
pub mod priority {
    /// `:highest`.
    pub const HIGHEST: i32 = 100;
    /// `:high`.
    pub const HIGH: i32 = 10;
    /// `:normal`, the default.
    pub const NORMAL: i32 = 0;
    /// `:low`.
    pub const LOW: i32 = -10;
    /// `:lowest`.
    pub const LOWEST: i32 = -100;
}

/// A converter: turns content with a given extension into output.
///
/// ```
/// use hyde::{Converted, Converter};
///
/// /// `.upper` files, upper-cased, written as `.txt`.
/// struct Upper;
///
/// impl Converter for Upper {
///     fn matches(&self, ext: &str) -> bool {
///         ext.eq_ignore_ascii_case(".upper")
///     }
///     fn output_ext(&self, _ext: &str) -> String {
///         ".txt".into()
///     }
///     fn convert(&self, input: &str, _path: &std::path::Path) -> hyde::Result<Converted> {
///         Ok(Converted::new(input.to_uppercase()))
///     }
/// }
/// # assert!(Upper.matches(".UPPER"));
/// ```
pub trait Converter: Send + Sync {
    /// Whether the converter handles files whose extension is `ext` (with its dot: `.md`).
    fn matches(&self, ext: &str) -> bool;

    /// The extension of the output for a source extension `ext` (`.html`).
    fn output_ext(&self, ext: &str) -> String;

    /// Converts `input` (the content after Liquid); `path` is the source file.
    fn convert(&self, input: &str, path: &Path) -> Result<Converted>;

    /// Jekyll's priority ([`priority`]): higher runs first.
    fn priority(&self) -> i32 {
        priority::NORMAL
    }

    /// Jekyll's `highlighter_prefix` and `highlighter_suffix`, the text around
    /// `{% highlight %}` output in a page this converter converts first
    /// (Markdown's is a newline; none by default).
    fn highlighter_affix(&self) -> Option<&str> {
        None
    }
}

/// What a converter made of a body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Converted {
    /// The output.
    pub text: String,
    /// A source map to write beside the output as `DEST.map` (Sass's `.css.map`).
    pub source_map: Option<String>,
    /// Warnings for the build report.
    pub warnings: Vec<crate::Warning>,
}

impl Converted {
    /// An output with no source map and no warnings.
    pub fn new(text: impl Into<String>) -> Converted {
        Converted {
            text: text.into(),
            ..Converted::default()
        }
    }
}

/// Markdown (`markdown_ext`): kramdown with the site's `kramdown:` options, or
/// CommonMark for `markdown: CommonMark` (jekyll-commonmark).
#[derive(Clone, Debug)]
struct Markdown {
    exts: Vec<String>,
    kramdown: hyde_kramdown::Options,
    commonmark: Option<hyde_kramdown::CommonMarkOptions>,
    /// `markdown:` names no processor hyde has: Jekyll stops at the first conversion.
    invalid: Option<String>,
}

impl Markdown {
    fn new(config: &Config) -> Markdown {
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
        let name = config
            .get("markdown")
            .map(crate::ruby::value_to_s)
            .unwrap_or_default();
        let invalid =
            (commonmark.is_none() && !name.eq_ignore_ascii_case("kramdown")).then_some(name);
        Markdown {
            exts: config.markdown_exts(),
            kramdown,
            commonmark,
            invalid,
        }
    }

    fn html(&self, input: &str) -> String {
        match &self.commonmark {
            Some(o) => hyde_kramdown::commonmark_to_html(input, o),
            None => hyde_kramdown::to_html(input, &self.kramdown),
        }
    }
}

impl Converter for Markdown {
    fn matches(&self, ext: &str) -> bool {
        let e = ext.trim_start_matches('.').to_ascii_lowercase();
        self.exts.contains(&e)
    }
    fn output_ext(&self, _ext: &str) -> String {
        ".html".into()
    }
    fn convert(&self, input: &str, _path: &Path) -> Result<Converted> {
        if let Some(name) = &self.invalid {
            return Err(Error::InvalidMarkdownProcessor { name: name.clone() });
        }
        Ok(Converted::new(self.html(input)))
    }
    fn highlighter_affix(&self) -> Option<&str> {
        Some("\n")
    }
}

/// Sass and SCSS (jekyll-sass-converter), compiled by hyde-sass.
#[cfg(feature = "sass")]
#[derive(Clone, Debug)]
struct Sass(hyde_sass::SassOptions);

#[cfg(feature = "sass")]
impl Converter for Sass {
    fn matches(&self, ext: &str) -> bool {
        hyde_sass::Syntax::for_ext(ext).is_some()
    }
    fn output_ext(&self, _ext: &str) -> String {
        ".css".into()
    }
    fn convert(&self, input: &str, path: &Path) -> Result<Converted> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().into_owned())
            .unwrap_or_default();
        let syntax = hyde_sass::Syntax::for_ext(&ext).unwrap_or(hyde_sass::Syntax::Scss);
        let compiled =
            hyde_sass::convert(input, syntax, path, &self.0).map_err(|e| Error::Convert {
                path: path.to_path_buf(),
                // An error in a partial names the stylesheet that imports it too.
                message: match &e {
                    hyde_sass::SassError::Compile { file, .. } if file != path => {
                        format!("{e} (imported by {})", path.display())
                    }
                    _ => e.to_string(),
                },
            })?;
        Ok(Converted {
            text: compiled.css,
            source_map: compiled.source_map,
            warnings: compiled
                .warnings
                .into_iter()
                .map(|w| crate::Warning::new(crate::WarningKind::Converter, "Sass:", w))
                .collect(),
        })
    }
}

/// The site's converters, and the Markdown and Sass settings Jekyll's filters use.
#[derive(Clone)]
pub(crate) struct Converters {
    markdown: Markdown,
    #[cfg(feature = "sass")]
    sass: hyde_sass::SassOptions,
    /// Every converter but the identity one, highest priority first (stable).
    all: Vec<Arc<dyn Converter>>,
}

impl Converters {
    /// The built-in converters for a site, then `extra` (plugins'), ordered by priority.
    pub(crate) fn new(
        config: &Config,
        theme_root: Option<&Path>,
        environment: &str,
        extra: Vec<Arc<dyn Converter>>,
    ) -> Converters {
        let markdown = Markdown::new(config);
        #[cfg(feature = "sass")]
        let sass = hyde_sass::SassOptions::from_config_in(
            config.get("sass").and_then(Value::as_hash),
            &config.source,
            theme_root,
            if config.files.is_disk() {
                hyde_sass::SassFs::default()
            } else {
                hyde_sass::SassFs::new(Arc::new(config.files.clone()))
            },
        )
        .with_environment(environment);
        #[cfg(not(feature = "sass"))]
        let _ = (theme_root, environment);
        let mut all: Vec<Arc<dyn Converter>> = vec![Arc::new(markdown.clone())];
        #[cfg(feature = "sass")]
        all.push(Arc::new(Sass(sass.clone())));
        all.extend(extra);
        all.sort_by_key(|c| std::cmp::Reverse(c.priority()));
        Converters {
            markdown,
            #[cfg(feature = "sass")]
            sass,
            all,
        }
    }

    fn matching<'a>(&'a self, ext: &'a str) -> impl Iterator<Item = &'a Arc<dyn Converter>> {
        self.all.iter().filter(move |c| c.matches(ext))
    }

    /// `highlighter_prefix` and `highlighter_suffix` for a page of extension
    /// `ext`: its first (highest priority) converter's.
    pub(crate) fn highlighter_affix<'a>(&'a self, ext: &'a str) -> Option<&'a str> {
        self.matching(ext)
            .next()
            .and_then(|c| c.highlighter_affix())
    }

    /// Whether `ext` (with its dot) is Markdown.
    pub(crate) fn is_markdown(&self, ext: &str) -> bool {
        self.markdown.matches(ext)
    }

    /// The output extension for a source extension (Jekyll's `converter_output_ext`: the
    /// matching converters' extensions joined, the identity converter's left out
    /// unless it is the only one).
    pub(crate) fn output_ext(&self, ext: &str) -> String {
        let exts: Vec<String> = self.matching(ext).map(|c| c.output_ext(ext)).collect();
        if exts.is_empty() {
            ext.to_string()
        } else {
            exts.concat()
        }
    }

    /// Converts a body by its source extension through every matching converter in
    /// turn; `path` is the source file.
    pub(crate) fn convert(&self, ext: &str, path: &Path, input: &str) -> Result<Converted> {
        let mut out = Converted::new(input);
        for c in self.matching(ext) {
            let next = c.convert(&out.text, path)?;
            out.text = next.text;
            if next.source_map.is_some() {
                out.source_map = next.source_map;
            }
            out.warnings.extend(next.warnings);
        }
        Ok(out)
    }

    /// `sassify` / `scssify`: Sass or SCSS to CSS with the site's settings, without a
    /// source map (jekyll-sass-converter writes one only for pages).
    #[cfg(feature = "sass")]
    pub(crate) fn sass_string(
        &self,
        input: &str,
        indented: bool,
    ) -> std::result::Result<String, String> {
        use hyde_sass::Syntax;
        let mut options = self.sass.clone();
        options.source_map = hyde_sass::SourceMapMode::Never;
        let syntax = if indented { Syntax::Sass } else { Syntax::Scss };
        let file = options
            .site_source
            .join(if indented { "stdin.sass" } else { "stdin.scss" });
        hyde_sass::convert(input, syntax, &file, &options)
            .map(|c| c.css)
            .map_err(|e| e.to_string())
    }

    /// Without the `sass` feature, `sassify` / `scssify` fail.
    #[cfg(not(feature = "sass"))]
    pub(crate) fn sass_string(
        &self,
        _input: &str,
        _indented: bool,
    ) -> std::result::Result<String, String> {
        Err("this hyde was built without its `sass` feature".into())
    }

    /// `smartify`: kramdown's SmartyPants parser with the site's kramdown options.
    pub(crate) fn smartify(&self, input: &str) -> String {
        hyde_kramdown::smartify(input, &self.markdown.kramdown)
    }

    /// Markdown to HTML with the site's converter (`markdownify`).
    pub(crate) fn markdown(&self, input: &str) -> String {
        self.markdown.html(input)
    }
}
