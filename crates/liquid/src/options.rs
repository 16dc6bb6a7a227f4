//! How the engine behaves, and what it needs from the site.

use std::path::{Path, PathBuf};

/// Liquid's `error_mode`: what to do with output markup Ruby's strict
/// parser rejects (`{{ x | }}`, `{{ x | f "y" }}`).
///
/// Jekyll's configuration default is `warn` (`liquid.error_mode`); the
/// pipeline passes what the site configured.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorMode {
    /// Read it the lax way, silently.
    #[default]
    Lax,
    /// Read it the lax way and report Jekyll's `Liquid Warning: …` through
    /// [`Hooks::warn`].
    Warn,
    /// Do not read it: a syntax error.
    Strict,
}

/// Which dialect the engine speaks.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
#[non_exhaustive]
pub enum Flavor {
    /// Jekyll 4.3: Liquid plus Jekyll's tags and filters (the default).
    #[default]
    Jekyll,
    /// Plain Liquid, without Jekyll's tags and filters (conformance tests).
    Liquid,
}

/// Engine settings, from the site's `liquid:` configuration and its paths.
#[derive(Clone, Debug, Default)]
#[non_exhaustive]
pub struct Options {
    /// `liquid.error_mode`.
    pub error_mode: ErrorMode,
    /// `liquid.strict_filters`: unknown filters are errors.
    pub strict_filters: bool,
    /// `liquid.strict_variables`: undefined variables are errors.
    pub strict_variables: bool,
    /// Directories searched in order by `{% include %}`: the site's
    /// `_includes`, then the theme's.
    pub include_dirs: Vec<PathBuf>,
    /// The site source; `include_relative` may not leave it.
    pub source_dir: PathBuf,
    /// The site's `timezone`, used where Jekyll converts times to local time
    /// (`date_to_xmlschema` and friends, parsing dates without an offset).
    /// `None`: the process's local time zone, as Ruby does.
    pub timezone: Option<chrono_tz::Tz>,
    /// Jekyll's dialect or plain Liquid.
    pub flavor: Flavor,
    /// `--profile`: where to count renders, bytes and time per template.
    pub profile: Option<std::sync::Arc<crate::Profile>>,
}

/// What Jekyll's tags and filters need from the site.
///
/// Every method has the answer of an engine with no site behind it (empty URLs,
/// text passed through unconverted, no posts or files, warnings dropped), so an
/// implementation writes only what its site provides.
pub trait Hooks: Send + Sync {
    /// `site.baseurl` from the configuration; `""` when unset.
    fn baseurl(&self) -> &str {
        ""
    }
    /// `site.url`; `""` when unset.
    fn url(&self) -> &str {
        ""
    }
    /// Converts Markdown to HTML with the site's converter (`markdownify`).
    fn markdownify(&self, input: &str) -> String {
        input.to_owned()
    }
    /// Typographic quotes and dashes (`smartify`).
    fn smartify(&self, input: &str) -> String {
        input.to_owned()
    }
    /// The highlighted HTML of `code` for `{% highlight %}`, without the
    /// wrapper the tag adds.
    fn highlight(&self, code: &str, lang: &str, linenos: bool) -> String {
        let _ = (lang, linenos);
        code.to_owned()
    }
    /// Converts Sass (`indented`) or SCSS to CSS with the site's Sass settings, for
    /// `sassify` and `scssify`; an error message when it does not compile. Without a
    /// site there is no Sass converter, as in Jekyll without jekyll-sass-converter.
    fn sass(&self, input: &str, indented: bool) -> Result<String, String> {
        let _ = (input, indented);
        Err("no Sass converter is available".to_owned())
    }
    /// The URL (without baseurl) of the post named `name` (`2010-07-21-name`
    /// or `dir/2010-07-21-name`), or `None` when there is no such post.
    fn post_url(&self, name: &str) -> Option<String> {
        let _ = name;
        None
    }
    /// The URL (without baseurl) of the site file at `path`, or `None`.
    fn link(&self, path: &str) -> Option<String> {
        let _ = path;
        None
    }
    /// Reports a warning: Jekyll's log topic (`"Liquid Warning:"`, a plugin's
    /// `"Gist:"`) and its message.
    fn warn(&self, topic: &str, message: &str) {
        let _ = (topic, message);
    }
    /// `dir/file` when it is a file that really lies inside `dir` (symlinks
    /// resolved), for the `include` tags; `None` otherwise. The disk by default; a
    /// site read from memory answers from its files.
    fn include_file(&self, dir: &Path, file: &str) -> Option<PathBuf> {
        let path = dir.join(file.trim_start_matches('/'));
        if !path.is_file() {
            return None;
        }
        let real = path.canonicalize().ok()?;
        let base = dir.canonicalize().ok()?;
        real.starts_with(&base).then_some(path)
    }
    /// The text of the include at `path` (found by [`Hooks::include_file`]). The
    /// disk by default.
    fn read_include(&self, path: &Path) -> std::io::Result<String> {
        std::fs::read_to_string(path)
    }
}

/// Hooks that do nothing: no site behind the engine (tests, plain Liquid).
#[derive(Clone, Copy, Debug, Default)]
pub struct NoSite;

impl Hooks for NoSite {}
