//! What the site gives Jekyll's tags and filters: `hyde_liquid::Hooks` for a site
//! (includes, `post_url`, `link`, Markdown and highlighting, warnings).

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Mutex, RwLock};

use crate::converter::Converters;
use crate::site::Site;
use crate::warning::{Warning, WarningKind};

/// What the site gives Jekyll's tags and filters.
pub(crate) struct SiteHooks {
    baseurl: String,
    url: String,
    converters: Converters,
    posts: HashMap<String, String>,
    posts_by_base: HashMap<String, String>,
    links: HashMap<String, String>,
    /// Where includes are read from.
    files: crate::source::Files,
    /// `include_file`'s answers, by folder and name: an include is looked up (a stat
    /// and two canonicalizations) once per build, not once per call. The hooks live
    /// for one build, so an edited site is looked at afresh by the next.
    include_paths: RwLock<HashMap<(PathBuf, String), Option<PathBuf>>>,
    pub(crate) warnings: Mutex<Vec<Warning>>,
}

impl SiteHooks {
    pub(crate) fn new(site: &Site, converters: Converters) -> SiteHooks {
        let mut posts = HashMap::new();
        let mut posts_by_base = HashMap::new();
        let mut links = HashMap::new();
        for d in &site.documents {
            if d.collection() == Some("posts") {
                // `{% post_url [dir/]DATE-slug %}` matches `_posts/dir/NAME.ext` and
                // `dir/_posts/NAME.ext` (Jekyll's PostComparer).
                let rel = d.relative_path.as_str();
                if let Some((before, after)) = rel.split_once("_posts/") {
                    let after = after.rsplit_once('.').map_or(after, |(n, _)| n);
                    posts.insert(format!("{before}{after}"), d.url.clone());
                    // The deprecated match on date and slug alone.
                    let base = after.rsplit('/').next().unwrap_or(after);
                    posts_by_base
                        .entry(base.to_string())
                        .or_insert_with(|| d.url.clone());
                }
            }
        }
        for p in &site.pages {
            links
                .entry(p.relative_path.clone())
                .or_insert_with(|| p.url.clone());
        }
        // Jekyll's `link` takes the first of `each_site_file` (pages, static files,
        // documents) whose relative path is the argument; a static file's path starts
        // with `/`, and the argument may leave it out. A page named with a leading `/`
        // is not found, as in Jekyll.
        for f in &site.static_files {
            links
                .entry(f.relative_path.clone())
                .or_insert_with(|| f.url.clone());
            links
                .entry(f.relative_path.trim_start_matches('/').to_string())
                .or_insert_with(|| f.url.clone());
        }
        for d in &site.documents {
            links
                .entry(d.relative_path.clone())
                .or_insert_with(|| d.url.clone());
        }
        SiteHooks {
            baseurl: site
                .config
                .get("baseurl")
                .map(crate::ruby::value_to_s)
                .unwrap_or_default(),
            url: site
                .config
                .get("url")
                .map(crate::ruby::value_to_s)
                .unwrap_or_default(),
            converters,
            posts,
            posts_by_base,
            links,
            files: site.config.files.clone(),
            include_paths: RwLock::default(),
            warnings: Mutex::new(Vec::new()),
        }
    }
}

impl SiteHooks {
    /// `dir/file` if it is a file that stays inside `dir` once symlinks are resolved.
    fn find_include(&self, dir: &std::path::Path, file: &str) -> Option<PathBuf> {
        let path = dir.join(file.trim_start_matches('/'));
        if !self.files.is_file(&path) {
            return None;
        }
        let real = self.files.canonicalize(&path).ok()?;
        let base = self.files.canonicalize(dir).ok()?;
        let found = real.starts_with(&base).then_some(path)?;
        crate::incremental::record_include(&found);
        Some(found)
    }
}

impl hyde_liquid::Hooks for SiteHooks {
    fn include_file(&self, dir: &std::path::Path, file: &str) -> Option<std::path::PathBuf> {
        let key = (dir.to_path_buf(), file.to_owned());
        if let Ok(paths) = self.include_paths.read()
            && let Some(found) = paths.get(&key)
        {
            // Every use is recorded: incremental builds know an item by its includes.
            if let Some(path) = found {
                crate::incremental::record_include(path);
            }
            return found.clone();
        }
        let found = self.find_include(dir, file);
        if let Ok(mut paths) = self.include_paths.write() {
            paths.insert(key, found.clone());
        }
        found
    }
    fn read_include(&self, path: &std::path::Path) -> std::io::Result<String> {
        self.files.read_to_string(path)
    }
    fn baseurl(&self) -> &str {
        &self.baseurl
    }
    fn url(&self) -> &str {
        &self.url
    }
    fn markdownify(&self, input: &str) -> String {
        self.converters.markdown(input)
    }
    fn smartify(&self, input: &str) -> String {
        // Jekyll's SmartyPants converter: kramdown with its SmartyPants parser.
        self.converters.smartify(input)
    }
    fn highlight(&self, code: &str, lang: &str, linenos: bool) -> String {
        hyde_kramdown::highlight_tag(code, lang, linenos)
    }
    fn sass(&self, input: &str, indented: bool) -> std::result::Result<String, String> {
        self.converters.sass_string(input, indented)
    }
    fn post_url(&self, name: &str) -> Option<String> {
        let name = name.trim().trim_start_matches('/');
        if let Some(url) = self.posts.get(name) {
            return Some(url.clone());
        }
        // Jekyll's fallback: the date and slug alone, with a deprecation warning.
        let base = name.rsplit('/').next().unwrap_or(name);
        let url = self.posts_by_base.get(base)?;
        self.push(Warning::new(
            WarningKind::Deprecation,
            "Deprecation:",
            format!(
                "A call to '{{% post_url {name} %}}' did not match a post using the new \
                 matching method of checking name (path-date-slug) equality. Please make sure \
                 that you change this tag to match the post's name exactly."
            ),
        ));
        Some(url.clone())
    }
    fn link(&self, path: &str) -> Option<String> {
        self.links.get(path.trim()).cloned()
    }
    fn warn(&self, topic: &str, message: &str) {
        let kind = if topic == "Liquid Warning:" {
            WarningKind::Liquid
        } else {
            WarningKind::PluginMessage
        };
        self.push(Warning::new(kind, topic, message));
    }
}

impl SiteHooks {
    fn push(&self, warning: Warning) {
        if let Ok(mut w) = self.warnings.lock() {
            w.push(warning);
        }
    }
}
