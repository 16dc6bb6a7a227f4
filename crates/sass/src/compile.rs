//! Running grass: the file system it sees, the warnings it logs, its errors.
//!
//! libsass resolves an `@import` against the importing file's folder first and
//! then against the load paths. jekyll-sass-converter names the page
//! `<site source>/<page name>` (without the page's own folder), so the page's own
//! imports are looked up under the site source. grass compiles a string as the
//! file `stdin`, whose folder is the empty path; [`SiteFs`] roots every relative
//! path at the site source, which gives the same lookups.
//!
//! libsass compiles the indented syntax as the SCSS its `sass2scss` makes of it
//! (which accepts what libsass accepts: unquoted `@import`s, `:property value`).
//! So does hyde: a `.sass` page is converted before grass sees it, and an
//! imported `X.sass` is handed to grass as `X.sass.scss` (grass picks the
//! parser by the name it canonicalizes to), read as the converted text.

use std::cell::RefCell;
use std::collections::HashSet;
use std::io;
use std::path::{Path, PathBuf};

use grass::codemap;

use super::options::lexical_clean;
use super::{SassError, SassOptions, Syntax};

/// What grass produced: expanded CSS and the files it read, in order.
#[derive(Debug)]
pub(super) struct GrassOutput {
    /// grass's expanded output.
    pub(super) css: String,
    /// Every file read, in the order of first read, absolute, with its text.
    pub(super) loaded: Vec<(PathBuf, String)>,
    /// `@warn` and `@debug` messages, as libsass words them.
    pub(super) warnings: Vec<String>,
}

/// The file system grass sees: the real one, relative paths rooted at the site
/// source, and every read recorded for the source map.
///
/// grass, like libsass, looks an `@import` up beside the importing file first
/// (each name it may have: `_` partial or not, each extension) and then in the
/// load paths, but an import written with its extension (`@import
/// "a/_b.scss"`) only beside the importing file, where libsass (and dart-sass)
/// then try the load paths. grass first asks for `DIR/a/_b..importscss` in
/// that case (and only then): so once it has, a missing `DIR/URL` or
/// `DIR/_URL`, where `DIR` is the folder of the site source or of a file
/// already read, with neither beside it, is also looked for as `LOAD_PATH/URL`
/// and `LOAD_PATH/_URL`, load path by load path, and the file found stands in
/// for it from then on.
#[derive(Debug)]
struct SiteFs {
    root: PathBuf,
    load_paths: Vec<PathBuf>,
    loaded: RefCell<Vec<(PathBuf, String)>>,
    /// Whether to hand grass the sources with marker comments ([`super::marker`]).
    marked: bool,
    /// The paths grass looks an import written with its extension up as.
    explicit: RefCell<HashSet<PathBuf>>,
    /// Where files are read.
    files: super::SassFs,
}

impl SiteFs {
    fn resolve(&self, path: &Path) -> PathBuf {
        let path = if path.is_absolute() {
            path.to_path_buf()
        } else {
            self.root.join(path)
        };
        if let Some(target) = explicit_target(&path) {
            self.explicit.borrow_mut().insert(lexical_clean(&target));
            return path;
        }
        if self.files.get().exists(&path) || !has_sass_extension(&path) {
            return path;
        }
        let clean = lexical_clean(&path);
        let (Some(dir), Some(name)) = (clean.parent(), clean.file_name()) else {
            return path;
        };
        let partial = |name: &std::ffi::OsStr| {
            let mut partial = std::ffi::OsString::from("_");
            partial.push(name);
            partial
        };
        if !self.explicit.borrow().contains(&clean)
            || self.files.get().exists(&dir.join(partial(name)))
        {
            return path;
        }
        let mut dirs: Vec<PathBuf> = vec![self.root.clone()];
        dirs.extend(
            self.loaded
                .borrow()
                .iter()
                .filter_map(|(p, _)| p.parent().map(Path::to_path_buf)),
        );
        dirs.sort_by_key(|d| std::cmp::Reverse(d.as_os_str().len()));
        for dir in &dirs {
            let Ok(url) = clean.strip_prefix(dir) else {
                continue;
            };
            let found = self.load_paths.iter().find_map(|l| {
                let plain = l.join(url);
                let partial = plain.with_file_name(partial(name));
                [plain, partial]
                    .into_iter()
                    .find(|p| self.files.get().is_file(p))
            });
            if let Some(found) = found {
                return found;
            }
        }
        path
    }
}

/// `DIR/NAME.EXT` for the `DIR/NAME..importEXT` grass asks for first when
/// it looks up an import written with its extension `EXT`.
fn explicit_target(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let (stem, ext) = name.split_once("..import")?;
    matches!(ext, "scss" | "sass" | "css").then(|| path.with_file_name(format!("{stem}.{ext}")))
}

/// libsass's function names are case-sensitive: `Max(a, calc(b))` is no call
/// of `max`, but a plain CSS function whose arguments are evaluated (sites
/// write it so to keep CSS's own `max()`). grass reads any case of `min(` and
/// `max(` as a calculation, so such a name is handed to it as `#{Max}(`, which
/// it compiles as libsass compiles `Max(`. Strings and comments are left as
/// they are.
fn plain_min_max(text: &str) -> std::borrow::Cow<'_, str> {
    let bytes = text.as_bytes();
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                let quote = bytes[i];
                i += 1;
                while i < bytes.len() && bytes[i] != quote && bytes[i] != b'\n' {
                    i += if bytes[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = text[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |p| i + 2 + p + 2);
            }
            b'/' if bytes.get(i + 1) == Some(&b'/') => {
                i = text[i..].find('\n').map_or(bytes.len(), |p| i + p);
            }
            b'm' | b'M' => {
                let name = text.get(i..i + 3).unwrap_or("");
                let before = i.checked_sub(1).map(|j| bytes[j]);
                let starts_word = !before.is_some_and(|b| {
                    b.is_ascii_alphanumeric()
                        || matches!(
                            b,
                            b'-' | b'_' | b'$' | b'@' | b'.' | b'%' | b'#' | b'\\' | b'}'
                        )
                });
                let defines = text[..i]
                    .trim_end()
                    .rsplit(char::is_whitespace)
                    .next()
                    .is_some_and(|w| matches!(w, "@function" | "@mixin" | "@include"));
                if starts_word
                    && !defines
                    && bytes.get(i + 3) == Some(&b'(')
                    && (name.eq_ignore_ascii_case("min") || name.eq_ignore_ascii_case("max"))
                    && name != "min"
                    && name != "max"
                {
                    let o = out.get_or_insert_with(|| String::with_capacity(text.len() + 8));
                    o.push_str(&text[copied..i]);
                    o.push_str("#{");
                    o.push_str(name);
                    o.push('}');
                    copied = i + 3;
                    i += 3;
                } else {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    match out {
        Some(mut o) => {
            o.push_str(&text[copied..]);
            std::borrow::Cow::Owned(o)
        }
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// `X.sass` for the name `X.sass.scss` that `SiteFs` canonicalizes an
/// indented-syntax file, when no real `X.sass.scss` exists.
fn real_sass_path(fs: &SiteFs, path: &Path) -> Option<PathBuf> {
    let text = path.to_str()?;
    let real = text
        .strip_suffix(".scss")
        .filter(|r| r.ends_with(".sass"))?;
    (!fs.files.get().exists(path)).then(|| PathBuf::from(real))
}

fn has_sass_extension(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e == "scss" || e == "sass" || e == "css")
}

impl grass::Fs for SiteFs {
    fn is_dir(&self, path: &Path) -> bool {
        self.files.get().is_dir(&self.resolve(path))
    }

    fn is_file(&self, path: &Path) -> bool {
        self.files.get().is_file(&self.resolve(path))
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        let (path, indented) = match real_sass_path(self, path) {
            Some(real) => (lexical_clean(&self.resolve(&real)), true),
            None => (lexical_clean(&self.resolve(path)), false),
        };
        let bytes = self.files.get().read(&path)?;
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let css = path.extension().is_some_and(|e| e == "css");
        let mut loaded = self.loaded.borrow_mut();
        // The file's index in the map's `sources` (0 is the page).
        let source = match loaded.iter().position(|(p, _)| *p == path) {
            Some(i) => i + 1,
            None => {
                loaded.push((path, text.clone()));
                loaded.len()
            }
        };
        let compiled = match (indented, self.marked) {
            (true, false) => {
                super::marker::insert_imports(&super::sass2scss::convert(&text), false).into_bytes()
            }
            (true, true) => {
                super::marker::insert(&super::sass2scss::convert(&text), source, false).into_bytes()
            }
            (false, true) if std::str::from_utf8(&bytes).is_ok() => {
                super::marker::insert(&text, source, css).into_bytes()
            }
            (false, false) if std::str::from_utf8(&bytes).is_ok() => {
                super::marker::insert_imports(&text, css).into_bytes()
            }
            (false, _) => bytes,
        };
        Ok(match String::from_utf8(compiled) {
            Ok(text) => plain_min_max(&text).into_owned().into_bytes(),
            Err(e) => e.into_bytes(),
        })
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        // Not `std::fs::canonicalize`: libsass keeps symbolic links in the
        // names it reports, and a lexical clean-up is all it does.
        let path = lexical_clean(&self.resolve(path));
        if path.extension().is_some_and(|e| e == "sass") {
            let mut scss = path.into_os_string();
            scss.push(".scss");
            return Ok(PathBuf::from(scss));
        }
        Ok(path)
    }
}

/// Collects `@warn` and `@debug` instead of printing them.
#[derive(Debug, Default)]
struct Collect {
    messages: RefCell<Vec<String>>,
}

impl grass::Logger for Collect {
    fn debug(&self, location: codemap::SpanLoc, message: &str) {
        self.messages.borrow_mut().push(format!(
            "{}:{} DEBUG: {message}",
            location.file.name(),
            location.begin.line + 1
        ));
    }

    fn warn(&self, location: codemap::SpanLoc, message: &str) {
        self.messages.borrow_mut().push(format!(
            "WARNING: {message}\n         on line {} of {}",
            location.begin.line + 1,
            location.file.name()
        ));
    }
}

/// Compiles `input` (the page's text) with grass, to expanded CSS.
pub(super) fn run(
    input: &str,
    syntax: Syntax,
    file: &Path,
    options: &SassOptions,
) -> Result<GrassOutput, SassError> {
    compile(input, syntax, file, options, false)
}

/// Compiles `input` as [`run`] does, with marker comments in every source
/// ([`super::marker`]); `None` if grass rejects the marked sources.
pub(super) fn run_marked(
    input: &str,
    syntax: Syntax,
    file: &Path,
    options: &SassOptions,
) -> Option<GrassOutput> {
    compile(input, syntax, file, options, true).ok()
}

fn compile(
    input: &str,
    syntax: Syntax,
    file: &Path,
    options: &SassOptions,
    marked: bool,
) -> Result<GrassOutput, SassError> {
    let fs = SiteFs {
        root: options.site_source.clone(),
        load_paths: options.load_paths.clone(),
        loaded: RefCell::new(Vec::new()),
        marked,
        explicit: RefCell::new(HashSet::new()),
        files: options.files.clone(),
    };
    let logger = Collect::default();
    let grass_options = grass::Options::default()
        .fs(&fs)
        .logger(&logger)
        .style(grass::OutputStyle::Expanded)
        .load_paths(&options.load_paths)
        .allows_charset(false)
        .unicode_error_messages(false)
        .input_syntax(grass::InputSyntax::Scss);
    let input = match syntax {
        Syntax::Scss => input.to_string(),
        Syntax::Sass => super::sass2scss::convert(input),
    };
    let input = plain_min_max(&input).into_owned();
    let input = if marked {
        super::marker::insert(&input, 0, false)
    } else {
        super::marker::insert_imports(&input, false)
    };
    let css = grass::from_string(input, &grass_options).map_err(|e| to_error(*e, file, &fs))?;
    Ok(GrassOutput {
        css,
        loaded: fs.loaded.into_inner(),
        warnings: logger.messages.into_inner(),
    })
}

/// grass's spelling of each `(property, value)`: every pair compiled as the
/// only declaration of its own rule, all in one stylesheet (one at a time if
/// that fails, `None` for a pair grass rejects).
pub(super) fn normalize(declarations: &[(String, String)]) -> Vec<Option<String>> {
    let options = grass::Options::default()
        .fs(&grass::NullFs)
        .logger(&grass::NullLogger)
        .allows_charset(false);
    let rule =
        |i: usize, (property, value): &(String, String)| format!(".h{i}{{{property}:{value}}}\n");
    let batch: String = declarations
        .iter()
        .enumerate()
        .map(|(i, d)| rule(i, d))
        .collect();
    let mut found: Vec<Option<String>> = vec![None; declarations.len()];
    let read = |css: &str, found: &mut Vec<Option<String>>| {
        let Ok(sheet) = super::css::parse(css) else {
            return;
        };
        for stmt in sheet {
            if let super::css::Stmt::Rule { selector, body } = stmt {
                let index = selector
                    .strip_prefix(".h")
                    .and_then(|n| n.parse::<usize>().ok());
                if let (Some(i), [super::css::Stmt::Decl { value, .. }]) = (index, body.as_slice())
                    && let Some(slot) = found.get_mut(i)
                {
                    *slot = Some(value.clone());
                }
            }
        }
    };
    match grass::from_string(batch, &options) {
        Ok(css) => read(&css, &mut found),
        Err(_) => {
            for (i, declaration) in declarations.iter().enumerate() {
                if let Ok(css) = grass::from_string(rule(i, declaration), &options) {
                    read(&css, &mut found);
                }
            }
        }
    }
    found
}

/// grass's error as ours: the file is the page unless the error is in a partial.
fn to_error(error: grass::Error, page: &Path, fs: &SiteFs) -> SassError {
    match error.kind() {
        grass::ErrorKind::ParseError { message, loc, .. } => {
            let name = loc.file.name();
            let file = if name == "stdin" {
                page.to_path_buf()
            } else {
                let name = Path::new(name);
                fs.resolve(&real_sass_path(fs, name).unwrap_or_else(|| name.to_path_buf()))
            };
            SassError::Compile {
                file,
                line: loc.begin.line + 1,
                column: loc.begin.column + 1,
                message,
            }
        }
        grass::ErrorKind::IoError(source) => SassError::Io {
            file: page.to_path_buf(),
            message: source.to_string(),
        },
        grass::ErrorKind::FromUtf8Error(message) => SassError::Encoding {
            file: page.to_path_buf(),
            message,
        },
        _ => SassError::Compile {
            file: page.to_path_buf(),
            line: 0,
            column: 0,
            message: "unknown grass error".to_string(),
        },
    }
}
