//! Ruby's `File.extname` / `File.basename` / `File.expand_path` rules, as
//! the URL code depends on them (Ruby 3.1 on a Unix system).

/// `File.basename(path)`: the last component, trailing slashes ignored.
pub(crate) fn basename(path: &str) -> &str {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return if path.is_empty() { "" } else { "/" };
    }
    trimmed.rsplit('/').next().unwrap_or(trimmed)
}

/// `File.extname(path)`: the last `.` and what follows it in the base name,
/// ignoring the base name's leading dots (`.bashrc` has none, `foo.` has `.`).
pub(crate) fn extname(path: &str) -> &str {
    let base = basename(path);
    let without_leading_dots = base.trim_start_matches('.');
    match without_leading_dots.rfind('.') {
        Some(dot) => &without_leading_dots[dot..],
        None => "",
    }
}

/// `File.basename(path, ".*")`: the base name without its extension.
pub(crate) fn basename_without_ext(path: &str) -> &str {
    let base = basename(path);
    let ext = extname(base);
    &base[..base.len() - ext.len()]
}

/// `gsub(/\.*\z/, "")`: drops trailing dots.
pub(crate) fn strip_trailing_dots(text: &str) -> &str {
    text.trim_end_matches('.')
}

/// `File.expand_path(path, "/")` for an absolute path, returned without its
/// leading `/`: `.` and empty segments vanish, `..` removes the segment
/// before it (never going above the root).
pub(crate) fn expand_below_root(path: &str) -> String {
    let mut segments: Vec<&str> = Vec::new();
    for segment in path.split('/') {
        match segment {
            "" | "." => {}
            ".." => {
                segments.pop();
            }
            other => segments.push(other),
        }
    }
    segments.join("/")
}

#[cfg(test)]
mod tests {
    //! Expected values: `ruby -e 'p [File.extname(s), File.basename(s, ".*")]'`
    //! with Ruby 3.1.2.

    use super::*;

    #[test]
    fn extname_and_basename_match_ruby() {
        let cases = [
            ("foo.md", ".md", "foo"),
            ("foo", "", "foo"),
            (".bashrc", "", ".bashrc"),
            ("foo.", ".", "foo"),
            ("a.b.c", ".c", "a.b"),
            ("foo..md", ".md", "foo."),
            ("..md", "", "..md"),
            ("dir.x/foo", "", "foo"),
            ("_posts/x.y/foo.tar.gz", ".gz", "foo.tar"),
            (".a.md", ".md", ".a"),
            ("foo...", ".", "foo.."),
            ("a/.b", "", ".b"),
            ("a. b", ". b", "a"),
            ("foo.md/", ".md", "foo"),
            ("..", "", ".."),
        ];
        for (path, ext, stem) in cases {
            assert_eq!(extname(path), ext, "extname({path:?})");
            assert_eq!(basename_without_ext(path), stem, "basename({path:?}, '.*')");
        }
    }

    #[test]
    fn expand_below_root_resolves_dot_segments() {
        assert_eq!(expand_below_root("/"), "");
        assert_eq!(expand_below_root("/a/b/"), "a/b");
        assert_eq!(expand_below_root("/a//./b/../c"), "a/c");
        assert_eq!(expand_below_root("/../../x"), "x");
    }
}
