//! Watching the source: file events (reads left out), debounced and filtered as
//! jekyll-watch and Listen filter them, start a rebuild; its outcome goes to the
//! LiveReload hub.
//!
//! Ignored, as jekyll-watch ignores them: the destination, `.jekyll-metadata`,
//! every existing path that `exclude` names, and what Listen ignores by default
//! (version-control and bundle folders at the top, editors' swap and backup files).
//! Unlike jekyll-watch, a change to a config file triggers a rebuild, which reads the
//! configuration again; `.jekyll-cache` is ignored too.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use notify::event::{AccessKind, EventKind, MetadataKind, ModifyKind};
use notify::{RecursiveMode, Watcher as _};

use super::livereload::Hub;
use super::rebuild::{Rebuilder, SiteInfo};

/// How long the source must be quiet before a rebuild starts.
const DEBOUNCE: Duration = Duration::from_millis(80);
/// The longest a rebuild waits for the source to be quiet.
const MAX_WAIT: Duration = Duration::from_secs(2);

/// Folders Listen ignores at the top of the watched folder.
const IGNORED_TOP_FOLDERS: &[&str] = &[
    ".bundle",
    ".git",
    ".hg",
    ".rbx",
    ".svn",
    "bundle",
    "log",
    "tmp",
    "vendor/ruby",
];

/// The watcher; watching stops when it is dropped.
pub(crate) struct Watcher {
    _watcher: notify::RecommendedWatcher,
}

/// Whether an event of this kind can be a change: reads (the build's own among
/// them) are not.
fn changes(kind: &EventKind) -> bool {
    !matches!(
        kind,
        EventKind::Access(AccessKind::Read | AccessKind::Open(_) | AccessKind::Close(_))
            | EventKind::Access(AccessKind::Any | AccessKind::Other)
            | EventKind::Modify(ModifyKind::Metadata(MetadataKind::AccessTime))
    )
}

/// Whether a change to `path` can change the build, for the site `info` describes.
pub(crate) fn relevant(info: &SiteInfo, path: &Path) -> bool {
    if info.config_files.iter().any(|c| c == path) {
        return true;
    }
    let Ok(rel) = path.strip_prefix(&info.source) else {
        return false;
    };
    if path.starts_with(&info.destination) {
        return false;
    }
    let rel_str = rel.to_string_lossy();
    if rel_str.is_empty() {
        return false;
    }
    if rel.starts_with(".jekyll-cache") || rel.starts_with(".jekyll-metadata") {
        return false;
    }
    if IGNORED_TOP_FOLDERS.iter().any(|f| rel.starts_with(f)) {
        return false;
    }
    if let Some(name) = path.file_name().map(|n| n.to_string_lossy()) {
        let editor_file = name.ends_with('~')
            || name.ends_with(".swp")
            || name.ends_with(".swx")
            || name.ends_with(".swpx")
            || name.starts_with(".#")
            || name == "4913"
            || name == ".DS_Store";
        if editor_file {
            return false;
        }
    }
    // jekyll-watch: each `exclude` entry that exists, as a path prefix.
    for e in &info.exclude {
        let e = e.trim_start_matches('/');
        if e.is_empty() {
            continue;
        }
        let excluded = info.source.join(e.trim_end_matches('/'));
        if excluded.exists() && path.starts_with(&excluded) {
            return false;
        }
    }
    true
}

/// Starts watching the source (and config files outside it); rebuilds run on a
/// thread of their own, one at a time, each once the source has been quiet a moment.
pub(crate) fn start(rebuilder: Rebuilder, hub: Option<Arc<Hub>>) -> Result<Watcher, String> {
    let (tx, rx) = channel::<notify::Result<notify::Event>>();
    let mut watcher =
        notify::recommended_watcher(tx).map_err(|e| format!("cannot watch the source: {e}"))?;
    let info = rebuilder.info().clone();
    watcher
        .watch(&info.source, RecursiveMode::Recursive)
        .map_err(|e| format!("cannot watch {}: {e}", info.source.display()))?;
    for c in &info.config_files {
        if !c.starts_with(&info.source)
            && let Some(dir) = c.parent()
        {
            watcher
                .watch(dir, RecursiveMode::NonRecursive)
                .map_err(|e| format!("cannot watch {}: {e}", dir.display()))?;
        }
    }
    std::thread::Builder::new()
        .name("hyde-watch".into())
        .spawn(move || run(rebuilder, rx, hub))
        .map_err(|e| format!("cannot start the watcher: {e}"))?;
    Ok(Watcher { _watcher: watcher })
}

/// Waits for changes and rebuilds, until the watcher is dropped.
fn run(
    mut rebuilder: Rebuilder,
    rx: Receiver<notify::Result<notify::Event>>,
    hub: Option<Arc<Hub>>,
) {
    let log = rebuilder.log();
    log.info(
        "Auto-regeneration:",
        &format!("enabled for '{}'", rebuilder.info().source.display()),
    );
    while let Ok(first) = rx.recv() {
        let mut paths: Vec<PathBuf> = Vec::new();
        let mut add = |event: notify::Result<notify::Event>, info: &SiteInfo| match event {
            Ok(e) if changes(&e.kind) => {
                for p in e.paths {
                    if relevant(info, &p) && !paths.contains(&p) {
                        paths.push(p);
                    }
                }
            }
            Ok(_) => {}
            Err(e) => log.warn("Watcher:", &e.to_string()),
        };
        add(first, rebuilder.info());
        // Debounce: collect until the source is quiet (or it has been long enough).
        let started = Instant::now();
        while started.elapsed() < MAX_WAIT {
            match rx.recv_timeout(DEBOUNCE) {
                Ok(more) => add(more, rebuilder.info()),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return,
            }
        }
        if paths.is_empty() {
            continue;
        }
        paths.sort();
        match rebuilder.rebuild(&paths) {
            Ok(changes) => {
                if let Some(hub) = &hub {
                    hub.built(&changes);
                }
            }
            Err(e) => {
                if let Some(hub) = &hub {
                    hub.error(&e);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_not_changes() {
        use notify::event::{AccessMode, CreateKind, DataChange, RemoveKind};
        assert!(!changes(&EventKind::Access(AccessKind::Open(
            AccessMode::Read
        ))));
        assert!(!changes(&EventKind::Access(AccessKind::Close(
            AccessMode::Read
        ))));
        assert!(!changes(&EventKind::Modify(ModifyKind::Metadata(
            MetadataKind::AccessTime
        ))));
        assert!(changes(&EventKind::Modify(ModifyKind::Data(
            DataChange::Any
        ))));
        assert!(changes(&EventKind::Create(CreateKind::File)));
        assert!(changes(&EventKind::Remove(RemoveKind::Any)));
        assert!(changes(&EventKind::Any));
    }

    fn info(root: &Path) -> SiteInfo {
        SiteInfo {
            source: root.to_path_buf(),
            destination: root.join("_site"),
            exclude: vec!["vendor/".into(), "notes.md".into(), "missing".into()],
            config_files: vec![root.join("_config.yml"), PathBuf::from("/elsewhere/x.yml")],
        }
    }

    #[test]
    fn ignores_what_jekyll_watch_ignores() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        std::fs::create_dir_all(root.join("vendor/bundle")).expect("mkdir");
        std::fs::write(root.join("notes.md"), "x").expect("write");
        let i = info(root);
        assert!(relevant(&i, &root.join("index.md")));
        assert!(relevant(&i, &root.join("_includes/nav.html")));
        assert!(relevant(&i, &root.join("_config.yml")));
        assert!(relevant(&i, Path::new("/elsewhere/x.yml")));
        assert!(relevant(&i, &root.join("missing/page.md")));
        assert!(!relevant(&i, Path::new("/elsewhere/y.yml")));
        assert!(!relevant(&i, &root.join("_site/index.html")));
        assert!(!relevant(&i, &root.join(".jekyll-cache/x")));
        assert!(!relevant(&i, &root.join(".git/HEAD")));
        assert!(!relevant(&i, &root.join("vendor/bundle/x.rb")));
        assert!(!relevant(&i, &root.join("notes.md")));
        assert!(!relevant(&i, &root.join(".index.md.swp")));
        assert!(!relevant(&i, &root.join("index.md~")));
    }
}
