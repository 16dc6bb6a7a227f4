//! Writing the destination: cleaning it (keeping `keep_files`), then writing every file.

use std::collections::HashSet;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Refuses destinations that would destroy the source.
pub(crate) fn check_destination(source: &Path, dest: &Path) -> Result<()> {
    let src = source
        .canonicalize()
        .unwrap_or_else(|_| source.to_path_buf());
    let dst = canonical_prefix(dest);
    if dst == src || src.starts_with(&dst) {
        return Err(Error::UnsafePath {
            message: format!(
                "Destination directory cannot be or contain the Source directory: {} (source {})",
                dest.display(),
                source.display()
            ),
        });
    }
    Ok(())
}

/// Canonicalizes the longest existing prefix of `p` (the rest may not exist yet).
fn canonical_prefix(p: &Path) -> PathBuf {
    let mut existing = p.to_path_buf();
    let mut rest = Vec::new();
    while !existing.exists() {
        match (
            existing.file_name().map(|s| s.to_os_string()),
            existing.parent(),
        ) {
            (Some(name), Some(parent)) => {
                rest.push(name);
                existing = parent.to_path_buf();
            }
            _ => break,
        }
    }
    let mut out = existing.canonicalize().unwrap_or(existing);
    for r in rest.iter().rev() {
        out.push(r);
    }
    out
}

/// Joins a destination-relative path, refusing anything that would leave `dest`.
pub(crate) fn safe_join(dest: &Path, rel: &str) -> Result<PathBuf> {
    let mut out = dest.to_path_buf();
    for part in rel.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                return Err(Error::UnsafePath {
                    message: format!("refusing to write outside the destination: {rel}"),
                });
            }
            p => out.push(p),
        }
    }
    Ok(out)
}

/// Jekyll's `Cleaner`: removes files in `dest` that the build does not write, except
/// those under `keep_files`. Never follows symlinks; never leaves `dest`.
pub(crate) fn clean(dest: &Path, written: &HashSet<PathBuf>, keep_files: &[String]) -> Result<()> {
    if !dest.is_dir() {
        return Ok(());
    }
    let keep: Vec<PathBuf> = keep_files
        .iter()
        .map(|k| dest.join(k.trim_start_matches('/').trim_end_matches('/')))
        .collect();
    // Folders that lead to a written file stay.
    let mut needed_dirs: HashSet<PathBuf> = HashSet::new();
    for w in written {
        let mut p = w.parent();
        while let Some(d) = p {
            if !needed_dirs.insert(d.to_path_buf()) || d == dest {
                break;
            }
            p = d.parent();
        }
    }
    clean_dir(dest, written, &needed_dirs, &keep)
}

fn clean_dir(
    dir: &Path,
    written: &HashSet<PathBuf>,
    needed: &HashSet<PathBuf>,
    keep: &[PathBuf],
) -> Result<()> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::io("reading", dir, e))?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::io("reading", dir, e))?;
        let path = entry.path();
        if keep.iter().any(|k| path.starts_with(k)) {
            continue;
        }
        let ft = entry
            .file_type()
            .map_err(|e| Error::io("reading", &path, e))?;
        if ft.is_dir() {
            clean_dir(&path, written, needed, keep)?;
            if !needed.contains(&path)
                && std::fs::read_dir(&path)
                    .map(|mut d| d.next().is_none())
                    .unwrap_or(false)
            {
                std::fs::remove_dir(&path).map_err(|e| Error::io("removing", &path, e))?;
            }
        } else if !written.contains(&path) {
            std::fs::remove_file(&path).map_err(|e| Error::io("removing", &path, e))?;
        }
    }
    Ok(())
}

/// Writes `bytes` at `path`, creating folders; an existing symlink is replaced, not followed.
pub(crate) fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    // Written beside, then renamed over: a reader never sees half a file, and a
    // symlink at `path` is replaced, never written through.
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.hyde-tmp"));
    // Most folders exist already (the file's siblings made them): the folders are made
    // only when the write finds one missing, not with two syscalls before every file.
    let written = match std::fs::write(&temporary, bytes) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => match path.parent() {
            Some(parent) => {
                std::fs::create_dir_all(parent).map_err(|e| Error::io("creating", parent, e))?;
                std::fs::write(&temporary, bytes)
            }
            None => Err(e),
        },
        other => other,
    };
    written.map_err(|e| Error::io("writing", &temporary, e))?;
    std::fs::rename(&temporary, path).map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        Error::io("writing", path, e)
    })
}

/// Refuses a destination path whose folders pass through a symbolic link (one kept by
/// `keep_files`, say) that leads outside the destination: nothing is written there.
/// `checked` remembers the folders already found safe.
pub(crate) fn check_no_escape(
    dest: &Path,
    path: &Path,
    checked: &mut HashSet<PathBuf>,
) -> Result<()> {
    let Ok(rel) = path.strip_prefix(dest) else {
        return Ok(());
    };
    let mut current = dest.to_path_buf();
    let parts: Vec<_> = rel.components().collect();
    for part in parts.iter().take(parts.len().saturating_sub(1)) {
        current.push(part);
        if checked.contains(&current) {
            continue;
        }
        match std::fs::symlink_metadata(&current) {
            Err(_) => return Ok(()),
            Ok(m) if m.file_type().is_symlink() => {
                let inside = current.canonicalize().is_ok_and(|t| {
                    // Only needed once a symlink is met: not a syscall per file.
                    let dest = dest.canonicalize().unwrap_or_else(|_| dest.to_path_buf());
                    t.starts_with(dest)
                });
                if !inside {
                    return Err(Error::UnsafePath {
                        message: format!(
                            "refusing to write {}: {} is a symbolic link that leads outside the destination",
                            path.display(),
                            current.display()
                        ),
                    });
                }
            }
            Ok(_) => {}
        }
        checked.insert(current.clone());
    }
    Ok(())
}

/// Copies a static file (contents only, as Jekyll does with `FileUtils.cp`).
pub(crate) fn copy_file(from: &Path, to: &Path) -> Result<()> {
    let bytes = std::fs::read(from).map_err(|e| Error::io("reading", from, e))?;
    write_file(to, &bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destination_may_not_contain_the_source() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("site");
        std::fs::create_dir_all(&src).unwrap();
        assert!(check_destination(&src, &src).is_err());
        assert!(check_destination(&src, dir.path()).is_err());
        assert!(check_destination(&src, &src.join("_site")).is_ok());
    }

    #[test]
    fn paths_cannot_climb_out_of_the_destination() {
        assert!(safe_join(Path::new("/d"), "../etc/passwd").is_err());
        assert_eq!(
            safe_join(Path::new("/d"), "/a/b.html").unwrap(),
            PathBuf::from("/d/a/b.html")
        );
    }

    #[test]
    fn cleaning_keeps_written_and_kept_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join(".git")).unwrap();
        std::fs::write(d.join(".git/HEAD"), "x").unwrap();
        std::fs::create_dir_all(d.join("old")).unwrap();
        std::fs::write(d.join("old/stale.html"), "x").unwrap();
        std::fs::write(d.join("index.html"), "x").unwrap();
        let written: HashSet<PathBuf> = [d.join("index.html")].into_iter().collect();
        clean(d, &written, &[".git".into()]).unwrap();
        assert!(d.join(".git/HEAD").exists());
        assert!(d.join("index.html").exists());
        assert!(!d.join("old").exists());
    }
}
