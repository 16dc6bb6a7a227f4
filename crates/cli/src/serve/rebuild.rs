//! Rebuilds while serving: each rebuild is an incremental build ([`hyde::Incremental`]:
//! the site read again, only the pages and documents the change affects rendered, only
//! the files whose bytes changed written, the destination cleaned as `hyde build`
//! cleans it), so its output is exactly a fresh build's; its report tells which
//! outputs changed. The destination is locked only while files are written.

use std::collections::HashMap;
use std::hash::Hasher;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::Instant;

use crate::log::Logger;

/// What a rebuild changed, by destination-relative path (`/`-separated).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Changes {
    /// Files written with new contents, or new files.
    pub(crate) written: Vec<String>,
    /// Files the build removed.
    pub(crate) removed: Vec<String>,
    /// Written files' sources: destination-relative path → site-relative path.
    pub(crate) sources: HashMap<String, String>,
}

#[cfg(test)]
impl Changes {
    /// Whether nothing changed.
    pub(crate) fn is_empty(&self) -> bool {
        self.written.is_empty() && self.removed.is_empty()
    }
}

/// What the watcher must know about the site last loaded.
#[derive(Debug, Clone)]
pub(crate) struct SiteInfo {
    /// The source folder.
    pub(crate) source: PathBuf,
    /// The destination folder.
    pub(crate) destination: PathBuf,
    /// `exclude`.
    pub(crate) exclude: Vec<String>,
    /// The config files read.
    pub(crate) config_files: Vec<PathBuf>,
}

impl SiteInfo {
    fn of(config: &hyde::Config) -> SiteInfo {
        let exclude = config
            .get("exclude")
            .and_then(|v| v.as_array())
            .map(|a| a.iter().map(|v| v.to_s_method()).collect())
            .unwrap_or_default();
        SiteInfo {
            source: config.source.clone(),
            destination: config.destination.clone(),
            exclude,
            config_files: config.files_read.clone(),
        }
    }
}

/// Builds the site again and again with the same options.
pub(crate) struct Rebuilder {
    options: hyde::BuildOptions,
    info: SiteInfo,
    /// Held for writing while the destination is written; the server reads under it.
    lock: Arc<RwLock<()>>,
    /// Each destination file's length and content hash, after `--skip-initial-build`.
    snapshot: Option<HashMap<String, (u64, u64)>>,
    builds: hyde::Incremental,
    /// Render everything on every rebuild (`--full-rebuilds`, for comparisons).
    full: bool,
    log: Logger,
}

/// The text of an error and its causes, one a line.
pub(crate) fn error_text(e: &hyde::Error) -> String {
    let mut text = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        text.push('\n');
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

impl Rebuilder {
    /// A rebuilder for `options`, whose configuration `config` was loaded from.
    pub(crate) fn new(
        options: hyde::BuildOptions,
        config: hyde::Config,
        lock: Arc<RwLock<()>>,
        log: Logger,
    ) -> Rebuilder {
        Rebuilder {
            options,
            info: SiteInfo::of(&config),
            lock,
            snapshot: None,
            builds: hyde::Incremental::new(),
            full: false,
            log,
        }
    }

    /// Renders every page on every rebuild (still writing only what changed).
    pub(crate) fn full_rebuilds(mut self, full: bool) -> Rebuilder {
        self.full = full;
        self
    }

    /// The destination of the last site loaded.
    pub(crate) fn destination(&self) -> &Path {
        &self.info.destination
    }

    /// The logger builds report to.
    pub(crate) fn log(&self) -> Logger {
        self.log.clone()
    }

    /// The site last loaded, for the watcher.
    pub(crate) fn info(&self) -> &SiteInfo {
        &self.info
    }

    /// `--skip-initial-build`: only notes what the destination holds.
    pub(crate) fn skip_initial(&mut self) -> Result<Changes, String> {
        self.snapshot = Some(snapshot(&self.info.destination));
        Ok(Changes::default())
    }

    /// The first build, logged as `jekyll build` logs it.
    pub(crate) fn initial(&mut self) -> Result<Changes, String> {
        let log = self.log.clone();
        for f in &self.info.config_files {
            log.info("Configuration file:", &f.display().to_string());
        }
        if self.info.config_files.is_empty() {
            log.warn("Configuration file:", "none");
        }
        log.info("Source:", &self.info.source.display().to_string());
        log.info("Destination:", &self.info.destination.display().to_string());
        log.info(
            "Incremental build:",
            if self.full {
                "disabled (--full-rebuilds)"
            } else {
                "enabled"
            },
        );
        log.info("Generating...", "");
        let start = Instant::now();
        let r = self.build(&[]);
        match &r {
            Ok(_) => log.info(
                "",
                &format!("done in {:.3} seconds.", start.elapsed().as_secs_f64()),
            ),
            Err(e) => log.error_block("Error:", e),
        }
        r
    }

    /// A rebuild after `paths` changed, logged as jekyll-watch logs it.
    pub(crate) fn rebuild(&mut self, paths: &[PathBuf]) -> Result<Changes, String> {
        let log = self.log.clone();
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        log.info(
            "Regenerating:",
            &format!("{} file(s) changed at {now}", paths.len()),
        );
        for p in paths.iter().take(20) {
            let shown = p.strip_prefix(&self.info.source).unwrap_or(p);
            log.info("", &shown.display().to_string());
        }
        if paths.len() > 20 {
            log.info("", &format!("…and {} more", paths.len() - 20));
        }
        let start = Instant::now();
        let r = self.build(paths);
        match &r {
            Ok(_) => log.info(
                "",
                &format!("...done in {:.6} seconds.", start.elapsed().as_secs_f64()),
            ),
            Err(e) => {
                log.error_block("Error:", e);
                log.warn("Error:", "Run hyde build --trace for more information.");
            }
        }
        r
    }

    /// Builds the site (incrementally after the first build, re-reading only
    /// `changed` where it can); what changed.
    fn build(&mut self, changed: &[PathBuf]) -> Result<Changes, String> {
        if self.full {
            self.builds.reset();
        }
        let lock = self.lock.clone();
        let report = self
            .builds
            .build_changed(&self.options, changed, || {
                lock.write().unwrap_or_else(|e| e.into_inner())
            })
            .map_err(|e| error_text(&e))?;
        if let Some(config) = self.builds.config() {
            self.info = SiteInfo::of(config);
        }
        for w in &report.warnings {
            self.log.warn_line(w);
        }
        let steps: Vec<String> = report
            .steps
            .iter()
            .map(|(name, d)| format!("{name} {:.1} ms", d.as_secs_f64() * 1000.0))
            .collect();
        self.log.info(
            "Incremental:",
            &format!(
                "{} rendered, {} written, {} removed ({})",
                report.rendered.len(),
                report.written.len(),
                report.removed.len(),
                steps.join(", ")
            ),
        );
        let mut changes = Changes {
            written: report.written,
            removed: report.removed,
            sources: report.sources.into_iter().collect(),
        };
        // After `--skip-initial-build`, the first build writes everything: what
        // changed is what differs from the destination it found.
        if let Some(before) = self.snapshot.take() {
            let after = snapshot(&self.info.destination);
            let diff = diff(&before, &after);
            changes.written = diff.written;
            changes.removed = diff.removed;
        }
        Ok(changes)
    }
}

/// Every file under `dest` (symlinks not followed): relative path → (length, hash).
pub(crate) fn snapshot(dest: &Path) -> HashMap<String, (u64, u64)> {
    let mut out = HashMap::new();
    let mut stack = vec![dest.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(ft) = entry.file_type() else { continue };
            if ft.is_dir() {
                stack.push(path);
            } else if ft.is_file()
                && let Some(h) = hash_file(&path)
                && let Ok(rel) = path.strip_prefix(dest)
            {
                let rel: Vec<String> = rel
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy().into_owned())
                    .collect();
                out.insert(rel.join("/"), h);
            }
        }
    }
    out
}

fn hash_file(path: &Path) -> Option<(u64, u64)> {
    let mut f = std::fs::File::open(path).ok()?;
    let mut hasher = std::hash::DefaultHasher::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut len = 0u64;
    loop {
        let n = f.read(&mut buf).ok()?;
        if n == 0 {
            break;
        }
        len += n as u64;
        hasher.write(&buf[..n]);
    }
    Some((len, hasher.finish()))
}

/// What differs from `before` to `after`, each list sorted.
pub(crate) fn diff(
    before: &HashMap<String, (u64, u64)>,
    after: &HashMap<String, (u64, u64)>,
) -> Changes {
    let mut written: Vec<String> = after
        .iter()
        .filter(|(k, v)| before.get(*k) != Some(v))
        .map(|(k, _)| k.clone())
        .collect();
    let mut removed: Vec<String> = before
        .keys()
        .filter(|k| !after.contains_key(*k))
        .cloned()
        .collect();
    written.sort();
    removed.sort();
    Changes {
        written,
        removed,
        sources: HashMap::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_reports_new_changed_and_removed_files() {
        let before: HashMap<String, (u64, u64)> = [
            ("a.html".to_string(), (1, 1)),
            ("b.css".to_string(), (2, 2)),
            ("gone.html".to_string(), (3, 3)),
        ]
        .into();
        let after: HashMap<String, (u64, u64)> = [
            ("a.html".to_string(), (1, 1)),
            ("b.css".to_string(), (2, 9)),
            ("new/index.html".to_string(), (4, 4)),
        ]
        .into();
        let c = diff(&before, &after);
        assert_eq!(c.written, vec!["b.css", "new/index.html"]);
        assert_eq!(c.removed, vec!["gone.html"]);
    }

    #[test]
    fn snapshot_sees_contents_not_times() {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir_all(dir.path().join("x")).expect("mkdir");
        std::fs::write(dir.path().join("x/a.txt"), "one").expect("write");
        let first = snapshot(dir.path());
        std::fs::write(dir.path().join("x/a.txt"), "one").expect("write");
        assert!(diff(&first, &snapshot(dir.path())).is_empty());
        std::fs::write(dir.path().join("x/a.txt"), "two").expect("write");
        assert_eq!(diff(&first, &snapshot(dir.path())).written, vec!["x/a.txt"]);
    }
}
