//! Jekyll's `PathManager.sanitized_path`: a configured folder (`includes_dir`,
//! `layouts_dir`, `data_dir`, …) joined to the site source so that it can never name a
//! place outside it.

use std::path::{Path, PathBuf};

/// `questionable` inside `base`, as `Jekyll.sanitized_path(base, questionable)` makes
/// it: expanded against `/` (so `..` cannot climb out, `~x` is `/~x`), kept when it
/// already lies in `base`, else joined to `base` (`/etc` → `BASE/etc`).
pub(crate) fn sanitized_path(base: &Path, questionable: &str) -> PathBuf {
    let questionable = match questionable.strip_prefix('~') {
        Some(_) => format!("/{questionable}"),
        None => questionable.to_string(),
    };
    let mut parts: Vec<&str> = Vec::new();
    for segment in questionable.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    let clean = format!("/{}", parts.join("/"));
    let base_text = base.to_string_lossy();
    if clean == base_text {
        return base.to_path_buf();
    }
    if clean.starts_with(&format!("{}/", base_text.trim_end_matches('/'))) {
        return PathBuf::from(clean);
    }
    base.join(clean.trim_start_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(q: &str) -> String {
        sanitized_path(Path::new("/site"), q).display().to_string()
    }

    #[test]
    fn configured_folders_stay_inside_the_source() {
        assert_eq!(s("_includes"), "/site/_includes");
        assert_eq!(s("/etc"), "/site/etc");
        assert_eq!(s("../../etc"), "/site/etc");
        assert_eq!(s("a/../../b"), "/site/b");
        assert_eq!(s("~/x"), "/site/~/x");
        assert_eq!(s("/site/_inc"), "/site/_inc");
        assert_eq!(s("/site"), "/site");
        assert_eq!(s("/sitex/y"), "/site/sitex/y");
    }
}
