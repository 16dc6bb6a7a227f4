//! jekyll-last-modified-at 1.3.0: `page.last_modified_at`, the time a page or
//! document was last changed, and `{% last_modified_at [format] %}`, that time
//! formatted (`last-modified-at: date-format:`, by default `%d-%b-%y`).
//!
//! The time is the date of the last commit that touched the file (`git log -n 1
//! --format="%ct"`, run as the gem runs it) when the site is inside a Git work tree
//! and the file was committed, else the file's modification time; either in the
//! site's zone. As in the gem, the first format a file is shown in with the tag is
//! the one every later tag for that file shows (its `PATH_CACHE`).

use std::collections::HashMap;
use std::path::{Component, Path, PathBuf};
use std::process::Command;
use std::sync::{Arc, Mutex};

use hyde::liquid::{Context, Tag, Value};
use hyde::{Plugin, Result, Site};

/// The jekyll-last-modified-at plugin.
#[derive(Default)]
pub(crate) struct LastModifiedAt {
    state: Arc<State>,
}

/// What the gem keeps in its `REPO_CACHE` and `PATH_CACHE`.
#[derive(Default)]
struct State {
    /// `Some(top/.git)` when the site is in a Git work tree; computed once.
    git_dir: Mutex<Option<Option<PathBuf>>>,
    /// The tag's formatted dates, by the page path it was given.
    formatted: Mutex<HashMap<String, String>>,
}

/// `Executor.sh`: the command's output and error output, joined by a space and
/// stripped; `None` when it cannot run.
fn sh(args: &[&str], cwd: Option<&Path>) -> Option<String> {
    let (program, rest) = args.split_first()?;
    let mut command = Command::new(program);
    command.args(rest);
    if let Some(dir) = cwd {
        command.current_dir(dir);
    }
    let out = command.output().ok()?;
    let text = format!(
        "{} {}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    Some(text.trim().to_owned())
}

/// `Pathname#relative_path_from`, lexically.
fn relative_from(path: &Path, base: &Path) -> PathBuf {
    let p: Vec<Component<'_>> = path.components().collect();
    let b: Vec<Component<'_>> = base.components().collect();
    let common = p.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let mut out = PathBuf::new();
    for _ in common..b.len() {
        out.push("..");
    }
    for c in &p[common..] {
        out.push(c.as_os_str());
    }
    out
}

impl State {
    /// `Git#top_level_directory` (`…/.git`) when `Git#git_repo?`.
    fn git_dir(&self, source: &Path) -> Option<PathBuf> {
        let Ok(mut cached) = self.git_dir.lock() else {
            return None;
        };
        cached
            .get_or_insert_with(|| {
                let inside = sh(&["git", "rev-parse", "--is-inside-work-tree"], Some(source))?;
                if inside != "true" {
                    return None;
                }
                let top = sh(&["git", "rev-parse", "--show-toplevel"], Some(source))?;
                Some(Path::new(&top).join(".git"))
            })
            .clone()
    }

    /// `Determinator#last_modified_at_unix` of the file at `path`.
    fn unix(&self, site: &SiteInfo, path: &Path) -> Option<i64> {
        if let Some(git_dir) = self.git_dir(&site.source) {
            let top = git_dir.parent().unwrap_or(Path::new("/"));
            let relative = relative_from(path, top);
            let git_dir = git_dir.to_string_lossy();
            let relative = relative.to_string_lossy();
            let args = [
                "git",
                "--git-dir",
                &git_dir,
                "log",
                "-n",
                "1",
                "--format=\"%ct\"",
                "--",
                &relative,
            ];
            let out = sh(&args, None).unwrap_or_default();
            let digits: String = out
                .chars()
                .skip_while(|c| !c.is_ascii_digit())
                .take_while(char::is_ascii_digit)
                .collect();
            if let Ok(n) = digits.parse() {
                return Some(n);
            }
        }
        site.modified(path)
    }
}

/// What the plugin needs of the site: its source and its items' modification times
/// (read through the site's `Source` while the site is at hand).
struct SiteInfo {
    source: PathBuf,
    times: HashMap<PathBuf, i64>,
}

impl SiteInfo {
    fn new(site: &Site) -> SiteInfo {
        let times = site
            .pages
            .iter()
            .chain(&site.documents)
            .filter_map(|item| {
                let t = site.config.source_files().modified(&item.path)?;
                Some((item.path.clone(), t))
            })
            .collect();
        SiteInfo {
            source: site.config.source.clone(),
            times,
        }
    }

    /// `File.mtime(path).to_i`.
    fn modified(&self, path: &Path) -> Option<i64> {
        self.times.get(path).copied()
    }
}

/// `Jekyll.sanitized_path(source, path)`: a path inside the source.
fn sanitized(source: &Path, path: &str) -> PathBuf {
    let p = Path::new(path);
    if p.starts_with(source) {
        return p.to_path_buf();
    }
    let mut out = source.to_path_buf();
    for c in p.components() {
        match c {
            Component::Normal(s) => out.push(s),
            Component::ParentDir if out != source => {
                out.pop();
            }
            _ => {}
        }
    }
    out
}

/// The configured `last-modified-at: date-format`.
fn config_format(site: &Site) -> Option<String> {
    site.config
        .get("last-modified-at")
        .and_then(|c| c.get("date-format"))
        .filter(|v| !v.is_nil())
        .map(Value::to_ruby_string)
}

impl Plugin for LastModifiedAt {
    fn name(&self) -> &str {
        "jekyll-last-modified-at"
    }

    fn post_read(&self, site: &mut Site) -> Result<()> {
        if let Ok(mut f) = self.state.formatted.lock() {
            f.clear();
        }
        let info = SiteInfo::new(site);
        let mut times = Vec::new();
        for item in site.pages.iter().chain(&site.documents) {
            times.push(self.state.unix(&info, &item.path));
        }
        let pages = site.pages.len();
        for (i, t) in times.into_iter().enumerate() {
            let Some(t) = t else { continue };
            let value = Value::Time(site.time_at(t));
            if i < pages {
                site.pages[i].data.insert("last_modified_at".into(), value);
            } else {
                // A document's hook runs before its front matter is read, which wins.
                site.documents[i - pages]
                    .data
                    .entry("last_modified_at".into())
                    .or_insert(value);
            }
        }
        Ok(())
    }

    fn tags(&self, site: &Site) -> Vec<Arc<dyn Tag>> {
        vec![Arc::new(LastModifiedAtTag {
            state: self.state.clone(),
            info: SiteInfo::new(site),
            format: config_format(site),
        })]
    }
}

/// `{% last_modified_at [format] %}`.
struct LastModifiedAtTag {
    state: Arc<State>,
    info: SiteInfo,
    format: Option<String>,
}

impl Tag for LastModifiedAtTag {
    fn name(&self) -> &str {
        "last_modified_at"
    }

    fn render(&self, markup: &str, context: &Context<'_>) -> std::result::Result<String, String> {
        let markup = markup.trim();
        let format = if markup.is_empty() {
            self.format.clone()
        } else {
            Some(markup.to_owned())
        };
        let format = format.unwrap_or_else(|| "%d-%b-%y".into());
        let page_path = context.get("page.path").to_ruby_string();
        if let Some(s) = self
            .state
            .formatted
            .lock()
            .ok()
            .and_then(|f| f.get(&page_path).cloned())
        {
            return Ok(s);
        }
        let path = sanitized(&self.info.source, &page_path);
        let unix = self.state.unix(&self.info, &path).ok_or_else(|| {
            format!(
                "No such file or directory - {} does not exist!",
                path.display()
            )
        })?;
        let formatted = context
            .strftime(&Value::Int(unix), &format)
            .unwrap_or_default();
        if let Ok(mut f) = self.state.formatted.lock() {
            f.insert(page_path, formatted.clone());
        }
        Ok(formatted)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_climb_out_of_the_base() {
        assert_eq!(
            relative_from(Path::new("/a/b/c.md"), Path::new("/a")),
            PathBuf::from("b/c.md")
        );
        assert_eq!(
            relative_from(Path::new("/a/b/c.md"), Path::new("/a/x")),
            PathBuf::from("../b/c.md")
        );
    }

    #[test]
    fn sanitized_paths_stay_in_the_source() {
        let source = Path::new("/site");
        assert_eq!(
            sanitized(source, "about.md"),
            PathBuf::from("/site/about.md")
        );
        assert_eq!(
            sanitized(source, "/site/_posts/a.md"),
            PathBuf::from("/site/_posts/a.md")
        );
        assert_eq!(sanitized(source, "../x.md"), PathBuf::from("/site/x.md"));
    }
}
