//! The `sass:` configuration, read as jekyll-sass-converter 2.2 reads it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hyde_liquid::{Hash, Value};

/// libsass's output styles (`sass.style`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// Rules indented by their nesting in the source; libsass's own default.
    Nested,
    /// One declaration a line, closing braces on their own line.
    Expanded,
    /// One rule a line; jekyll-sass-converter's default with sassc.
    Compact,
    /// Everything on one line, the least whitespace.
    Compressed,
}

impl Style {
    /// `nested`, `expanded`, `compact` or `compressed`, with or without a leading `:`.
    fn parse(name: &str) -> Option<Style> {
        match name.strip_prefix(':').unwrap_or(name) {
            "nested" => Some(Style::Nested),
            "expanded" => Some(Style::Expanded),
            "compact" => Some(Style::Compact),
            "compressed" => Some(Style::Compressed),
            _ => None,
        }
    }
}

/// When a source map is written (`sass.sourcemap`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceMapMode {
    /// Always (the default, and what any unknown value means).
    Always,
    /// Never.
    Never,
    /// Only when `JEKYLL_ENV` is `development`.
    Development,
}

/// The files Sass pages' imports (and the load paths) are looked up in: the site's
/// own reader, for a site that is not on the disk.
pub trait SassFiles: Send + Sync {
    /// Whether `path` is a file (symlinks followed).
    fn is_file(&self, path: &Path) -> bool;
    /// Whether `path` is a folder (symlinks followed).
    fn is_dir(&self, path: &Path) -> bool;
    /// The bytes of the file at `path`.
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>>;
    /// The names in the folder `dir`, in any order.
    fn list(&self, dir: &Path) -> std::io::Result<Vec<String>>;
    /// Whether `path` exists (symlinks followed).
    fn exists(&self, path: &Path) -> bool {
        self.is_file(path) || self.is_dir(path)
    }
}

/// The file system.
#[derive(Clone, Copy, Debug, Default)]
struct Disk;

impl SassFiles for Disk {
    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }
    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }
    fn read(&self, path: &Path) -> std::io::Result<Vec<u8>> {
        std::fs::read(path)
    }
    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }
    fn list(&self, dir: &Path) -> std::io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    }
}

/// Where Sass reads files: the disk (the default), or a caller's [`SassFiles`].
#[derive(Clone, Default)]
pub struct SassFs(Option<Arc<dyn SassFiles>>);

impl SassFs {
    /// Files read through `files`.
    pub fn new(files: Arc<dyn SassFiles>) -> SassFs {
        SassFs(Some(files))
    }

    /// The reader itself.
    pub(crate) fn get(&self) -> &dyn SassFiles {
        match &self.0 {
            Some(f) => &**f,
            None => &Disk,
        }
    }
}

impl std::fmt::Debug for SassFs {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(if self.0.is_some() {
            "SassFs(caller's)"
        } else {
            "SassFs(disk)"
        })
    }
}

impl PartialEq for SassFs {
    fn eq(&self, other: &SassFs) -> bool {
        match (&self.0, &other.0) {
            (None, None) => true,
            (Some(a), Some(b)) => Arc::ptr_eq(a, b),
            _ => false,
        }
    }
}

impl Eq for SassFs {}

/// How Sass pages are compiled.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SassOptions {
    /// The output style.
    pub style: Style,
    /// Where `@import` looks after the importing file's folder, in order:
    /// `sass.load_paths`, then `sass.sass_dir` (default `_sass`), both relative
    /// to the site source and glob-expanded, then the theme's `_sass`; only the
    /// folders that exist.
    pub load_paths: Vec<PathBuf>,
    /// When to write a source map.
    pub source_map: SourceMapMode,
    /// `sass.line_comments`: libsass's `/* line N, file */` comments (grass
    /// cannot write them; kept so the pipeline can warn).
    pub line_comments: bool,
    /// `sass.add_charset`: start non-ASCII compressed output with
    /// `@charset "UTF-8";` where libsass writes a byte-order mark (which
    /// jekyll-sass-converter removes otherwise).
    pub add_charset: bool,
    /// The site source: the folder libsass takes the page to be in.
    pub site_source: PathBuf,
    /// `JEKYLL_ENV`, for [`SourceMapMode::Development`].
    pub environment: String,
    /// Where the page's imports are read (the disk by default).
    pub files: SassFs,
}

impl SassOptions {
    /// The options a site's `sass:` hash gives, for a site whose source is
    /// `site_source` and whose theme (if any) is at `theme_root`.
    pub fn from_config(
        sass: Option<&Hash>,
        site_source: &Path,
        theme_root: Option<&Path>,
    ) -> SassOptions {
        SassOptions::from_config_in(sass, site_source, theme_root, SassFs::default())
    }

    /// [`SassOptions::from_config`] for a site whose files are read through `files`
    /// (the load paths are looked for there too).
    pub fn from_config_in(
        sass: Option<&Hash>,
        site_source: &Path,
        theme_root: Option<&Path>,
        files: SassFs,
    ) -> SassOptions {
        let site_source = &expand(site_source);
        let theme_root = theme_root.map(expand);
        let get = |key: &str| sass.and_then(|h| h.get(key));
        // jekyll-sass-converter 2.2: `:compact` for sassc, `:expanded` for
        // sass-embedded, whatever the value is when not one of the four styles.
        let embedded =
            get("implementation").map(Value::to_ruby_string).as_deref() == Some("sass-embedded");
        let style = get("style")
            .map(Value::to_ruby_string)
            .and_then(|s| Style::parse(&s))
            .unwrap_or(if embedded {
                Style::Expanded
            } else {
                Style::Compact
            });
        let source_map = match get("sourcemap").map(Value::to_ruby_string).as_deref() {
            Some("never" | ":never") => SourceMapMode::Never,
            Some("development" | ":development") => SourceMapMode::Development,
            _ => SourceMapMode::Always,
        };
        let line_comments = get("line_comments").is_some_and(Value::is_truthy);
        let add_charset = get("add_charset").is_some_and(Value::is_truthy);
        let sass_dir = match get("sass_dir").map(Value::to_ruby_string) {
            Some(dir) if !dir.is_empty() => dir,
            _ => "_sass".to_string(),
        };
        let mut wanted: Vec<String> = match get("load_paths") {
            None | Some(Value::Nil) => Vec::new(),
            Some(Value::Array(items)) => items.iter().map(Value::to_ruby_string).collect(),
            Some(other) => vec![Value::to_ruby_string(other)],
        };
        wanted.push(sanitized_relative(site_source, &sass_dir));
        let mut load_paths: Vec<PathBuf> = Vec::new();
        for pattern in &wanted {
            for path in glob(files.get(), site_source, pattern) {
                if !load_paths.contains(&path) {
                    load_paths.push(path);
                }
            }
        }
        if let Some(theme) = &theme_root {
            let theme_sass = theme.join("_sass");
            if files.get().is_dir(&theme_sass) {
                load_paths.push(theme_sass);
            }
        }
        load_paths.retain(|p| files.get().is_dir(p));
        SassOptions {
            style,
            load_paths,
            source_map,
            line_comments,
            add_charset,
            site_source: site_source.to_path_buf(),
            environment: "development".to_string(),
            files,
        }
    }

    /// The same options for another `JEKYLL_ENV`.
    pub fn with_environment(mut self, environment: &str) -> SassOptions {
        self.environment = environment.to_string();
        self
    }

    /// Whether the page gets a `.css.map` and a `sourceMappingURL` comment.
    pub fn writes_source_map(&self) -> bool {
        match self.source_map {
            SourceMapMode::Always => true,
            SourceMapMode::Never => false,
            SourceMapMode::Development => self.environment == "development",
        }
    }
}

/// `a/./b/../c` → `a/c`, without touching the file system.
pub(crate) fn lexical_clean(path: &Path) -> PathBuf {
    use std::path::Component;
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `File.expand_path`: absolute and clean, as Jekyll keeps `site.source`.
fn expand(path: &Path) -> PathBuf {
    lexical_clean(&std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// `Jekyll.sanitized_path(source, dir).sub(source + "/", "")`: `dir` inside the
/// source, relative to it (an absolute `dir` is taken as under the source).
fn sanitized_relative(source: &Path, dir: &str) -> String {
    let trimmed = dir.trim_start_matches('/');
    let source_str = source.to_string_lossy();
    match trimmed.strip_prefix(source_str.trim_start_matches('/')) {
        Some(rest) if dir.starts_with('/') => rest.trim_start_matches('/').to_string(),
        _ => trimmed.to_string(),
    }
}

/// Ruby's `Dir.glob(pattern)` run in `base`, expanded: the matching paths,
/// sorted, absolute. A pattern without wildcards gives itself when it exists.
fn glob(files: &dyn SassFiles, base: &Path, pattern: &str) -> Vec<PathBuf> {
    let start = if Path::new(pattern).is_absolute() {
        PathBuf::from("/")
    } else {
        base.to_path_buf()
    };
    let mut current = vec![start];
    for part in pattern.split('/').filter(|p| !p.is_empty() && *p != ".") {
        let mut next = Vec::new();
        if !part.contains(['*', '?', '[', '{']) {
            for dir in &current {
                let path = if part == ".." {
                    dir.parent().map_or_else(|| dir.clone(), Path::to_path_buf)
                } else {
                    dir.join(part)
                };
                if files.exists(&path) {
                    next.push(lexical_clean(&path));
                }
            }
        } else if let Ok(matcher) = globset::Glob::new(part).map(|g| g.compile_matcher()) {
            for dir in &current {
                let Ok(entries) = files.list(dir) else {
                    continue;
                };
                let mut names: Vec<String> = entries
                    .into_iter()
                    .filter(|n| !n.starts_with('.') && matcher.is_match(n))
                    .collect();
                names.sort();
                next.extend(names.into_iter().map(|n| dir.join(n)));
            }
        }
        current = next;
    }
    current
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(pairs: &[(&str, Value)]) -> Hash {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_string(), v.clone()))
            .collect()
    }

    #[test]
    fn defaults_are_compact_with_a_source_map_and_the_sass_dir() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("_sass")).unwrap();
        let options = SassOptions::from_config(None, dir.path(), None);
        assert_eq!(options.style, Style::Compact);
        assert_eq!(options.source_map, SourceMapMode::Always);
        assert!(!options.line_comments);
        assert_eq!(options.load_paths, vec![dir.path().join("_sass")]);
    }

    #[test]
    fn style_accepts_a_symbol_and_falls_back_on_unknown_names() {
        let dir = tempfile::tempdir().unwrap();
        let compressed = hash(&[("style", Value::str(":compressed"))]);
        assert_eq!(
            SassOptions::from_config(Some(&compressed), dir.path(), None).style,
            Style::Compressed
        );
        let odd = hash(&[("style", Value::str("pretty"))]);
        assert_eq!(
            SassOptions::from_config(Some(&odd), dir.path(), None).style,
            Style::Compact
        );
        let embedded = hash(&[("implementation", Value::str("sass-embedded"))]);
        assert_eq!(
            SassOptions::from_config(Some(&embedded), dir.path(), None).style,
            Style::Expanded
        );
    }

    #[test]
    fn load_paths_come_first_then_the_sass_dir_then_the_theme() {
        let dir = tempfile::tempdir().unwrap();
        for d in ["css", "vendor/a/sass", "vendor/b/sass", "theme/_sass"] {
            std::fs::create_dir_all(dir.path().join(d)).unwrap();
        }
        let config = hash(&[
            ("sass_dir", Value::str("css")),
            (
                "load_paths",
                Value::array(vec![Value::str("vendor/*/sass"), Value::str("missing")]),
            ),
        ]);
        let options =
            SassOptions::from_config(Some(&config), dir.path(), Some(&dir.path().join("theme")));
        assert_eq!(
            options.load_paths,
            vec![
                dir.path().join("vendor/a/sass"),
                dir.path().join("vendor/b/sass"),
                dir.path().join("css"),
                dir.path().join("theme/_sass"),
            ]
        );
    }

    #[test]
    fn lexical_clean_drops_dots() {
        assert_eq!(
            lexical_clean(Path::new("/a/./b/../c")),
            PathBuf::from("/a/c")
        );
    }

    #[test]
    fn development_maps_depend_on_the_environment() {
        let dir = tempfile::tempdir().unwrap();
        let config = hash(&[("sourcemap", Value::str("development"))]);
        let options = SassOptions::from_config(Some(&config), dir.path(), None);
        assert!(options.writes_source_map());
        assert!(!options.with_environment("production").writes_source_map());
        let never = hash(&[("sourcemap", Value::str("never"))]);
        assert!(!SassOptions::from_config(Some(&never), dir.path(), None).writes_source_map());
    }
}
