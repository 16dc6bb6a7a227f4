//! Sass and SCSS pages, as jekyll-sass-converter 2.2 compiles them with libsass
//! 3.6.5 (through sassc), reproduced with the `grass` crate.
//!
//! ```
//! use hyde_sass::{SassOptions, SourceMapMode, Style, Syntax};
//!
//! let site = std::env::temp_dir();
//! let mut options = SassOptions::from_config(None, &site, None);
//! options.source_map = SourceMapMode::Never;
//! let css = hyde_sass::convert("$c: red;\na { b { color: $c } }", Syntax::Scss,
//!     &site.join("style.scss"), &options)?;
//! assert_eq!(options.style, Style::Compact);
//! assert_eq!(css.css, "a b { color: red; }\n");
//! # Ok::<(), hyde_sass::SassError>(())
//! ```
//!
//! A `.scss` or `.sass` page with front matter is converted to `.css`. Each
//! `@import` is looked up beside the importing file first (for the page, the
//! site source, where libsass takes it to be), then in
//! [`SassOptions::load_paths`]. Plain-CSS `@import`s are written where libsass
//! writes them: first, after the comments met before any rule. With a source map
//! (`sass.sourcemap`, default `always`), the CSS ends with
//! `\n\n/*# sourceMappingURL=NAME.css.map */` and the caller writes the
//! returned map as the page `NAME.css.map` beside the CSS.
//!
//! The indented syntax goes through a port of libsass's `sass2scss` first. grass
//! evaluates like dart-sass and writes dart-sass's expanded CSS; this crate parses
//! that output and writes it again as libsass would, in any of libsass's four
//! styles, rewriting the spellings that differ between the two compilers but mean
//! the same CSS, and lays out the source map. A second compilation of the
//! sources with marker comments tells which source declaration wrote each
//! value (libsass copies a static one as written) and gives the map its
//! `mappings`.
//!
//! The caller's part: pick the [`Syntax`] from the page's extension, build
//! [`SassOptions::from_config`] once per site (then
//! [`SassOptions::with_environment`]), call [`convert`] with the page's content
//! after Liquid, and when [`Compiled::source_map`] is `Some`, write it as
//! `NAME.css.map` beside the CSS (jekyll-sass-converter's `SourceMapPage`).

mod compile;
mod css;
mod marker;
mod options;
mod sass2scss;
mod serialize;
mod source_map;
mod value;

use std::path::{Path, PathBuf};

pub use options::{SassFiles, SassFs, SassOptions, SourceMapMode, Style};

/// The input syntax of a page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// SCSS, the CSS superset (`.scss`).
    Scss,
    /// The indented syntax (`.sass`).
    Sass,
}

impl Syntax {
    /// The syntax a page's extension selects (`.scss`, `.sass`, any case).
    pub fn for_ext(ext: &str) -> Option<Syntax> {
        let ext = ext.trim_start_matches('.');
        if ext.eq_ignore_ascii_case("scss") {
            Some(Syntax::Scss)
        } else if ext.eq_ignore_ascii_case("sass") {
            Some(Syntax::Sass)
        } else {
            None
        }
    }
}

/// A compiled page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Compiled {
    /// The CSS, ending with the `sourceMappingURL` comment when there is a map.
    pub css: String,
    /// The `NAME.css.map` page's content, when a source map is written.
    pub source_map: Option<String>,
    /// `@warn` and `@debug` output, for the caller to report.
    pub warnings: Vec<String>,
}

/// Why a page could not be converted.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SassError {
    /// The Sass is invalid: a syntax error, an undefined variable, a missing import…
    #[error("{}:{line}:{column}: {message}", file.display())]
    Compile {
        /// The file the error is in: the page or one of its imports.
        file: PathBuf,
        /// 1-based line, 0 when unknown.
        line: usize,
        /// 1-based column, 0 when unknown.
        column: usize,
        /// The compiler's message.
        message: String,
    },
    /// The page or an import could not be read.
    #[error("{}: {message}", file.display())]
    Io {
        /// The page.
        file: PathBuf,
        /// The reason.
        message: String,
    },
    /// An import is not UTF-8.
    #[error("{}: invalid UTF-8: {message}", file.display())]
    Encoding {
        /// The page.
        file: PathBuf,
        /// The decoder's message.
        message: String,
    },
}

/// Converts a Sass or SCSS page (its text after Liquid) to CSS, as
/// jekyll-sass-converter does; `file` is the page's path.
pub fn convert(
    input: &str,
    syntax: Syntax,
    file: &Path,
    options: &SassOptions,
) -> Result<Compiled, SassError> {
    // The sources again with marker comments, for the map's `mappings` and
    // the spelling of each declaration, in parallel (on a thread with the
    // stack grass may need).
    let (output, marked) = std::thread::scope(|scope| {
        let marked = std::thread::Builder::new()
            .stack_size(MARKED_STACK)
            .spawn_scoped(scope, || compile::run_marked(input, syntax, file, options))
            .ok();
        let output = compile::run(input, syntax, file, options);
        (output, marked.and_then(|m| m.join().ok().flatten()))
    });
    let output = output?;
    let sheet = css::parse(&output.css).map_err(|e| SassError::Compile {
        file: file.to_path_buf(),
        line: e.line,
        column: e.column,
        message: format!("cannot re-read grass's output: {}", e.message),
    })?;
    let scan =
        value::scan(
            std::iter::once((input, syntax == Syntax::Sass)).chain(output.loaded.iter().map(
                |(path, text)| (text.as_str(), path.extension().is_some_and(|e| e == "sass")),
            )),
        );
    let normalized = compile::normalize(&scan.to_normalize());
    let hints = scan.into_hints(normalized);
    // libsass compiles (and embeds in the map) the indented syntax as
    // converted SCSS; the marker positions are in those texts too.
    let scss = |text: &str, indented: bool| {
        if indented {
            sass2scss::convert(text)
        } else {
            text.to_string()
        }
    };
    let page_text = scss(input, syntax == Syntax::Sass);
    let loaded: Vec<(PathBuf, String)> = output
        .loaded
        .iter()
        .map(|(path, text)| {
            (
                path.clone(),
                scss(text, path.extension().is_some_and(|e| e == "sass")),
            )
        })
        .collect();
    let texts: Vec<String> = std::iter::once(page_text.clone())
        .chain(loaded.iter().map(|(_, text)| text.clone()))
        .collect();
    let plain = serialize::write(&sheet, options.style, &hints);
    let (mut css, mut marks) = marked
        .and_then(|marked| positioned(&marked, &output, options.style, &hints, &plain, &texts))
        .unwrap_or((plain, Vec::new()));
    if !css.is_ascii() {
        // libsass starts non-ASCII output with `@charset` (a byte-order mark in
        // compressed output, which jekyll-sass-converter replaces).
        let charset = match options.style {
            Style::Compressed if options.add_charset => "@charset \"UTF-8\";",
            Style::Compressed => "",
            _ => "@charset \"UTF-8\";\n",
        };
        css.insert_str(0, charset);
        for (offset, _) in &mut marks {
            *offset += charset.len();
        }
    }
    let page_name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = page_stem(&page_name);
    let source_map = if options.writes_source_map() {
        css.push_str(&source_map::mapping_url_comment(stem));
        Some(source_map::write(
            stem,
            &page_name,
            &page_text,
            &loaded,
            &options.site_source,
            &source_map::mappings(&css, &marks),
        ))
    } else {
        None
    };
    Ok(Compiled {
        css,
        source_map,
        warnings: output.warnings,
    })
}

/// The stack of the thread compiling the marked sources (reserved, not used
/// unless grass recurses that deep).
const MARKED_STACK: usize = 64 << 20;

/// The CSS of the marked compilation, each declaration spelled as the source
/// declaration its marker names says, with the marks, if that compilation,
/// markers left out and spelled without them, is byte for byte `plain` (and
/// read the same files in the same order); `texts` are the marked sources.
fn positioned(
    marked: &compile::GrassOutput,
    output: &compile::GrassOutput,
    style: Style,
    hints: &value::Hints,
    plain: &str,
    texts: &[String],
) -> Option<(String, Vec<(usize, marker::SourcePos)>)> {
    let same_files = marked.loaded.len() == output.loaded.len()
        && marked
            .loaded
            .iter()
            .zip(&output.loaded)
            .all(|((a, _), (b, _))| a == b);
    if !same_files {
        return None;
    }
    let sheet = css::parse(&marked.css).ok()?;
    let (marked_plain, _) = serialize::write_mapped(&sheet, style, hints, None);
    if marked_plain != plain {
        return None;
    }
    Some(serialize::write_mapped(&sheet, style, hints, Some(texts)))
}

/// Jekyll's `basename`: the page name without its last extension.
fn page_stem(name: &str) -> &str {
    match name.rfind('.') {
        Some(i) if i > 0 => &name[..i],
        _ => name,
    }
}

#[cfg(test)]
mod tests;
