//! Layouts: templates that wrap rendered content, chained through their own front matter.

use std::path::PathBuf;

use hyde_liquid::Hash;

/// A layout from `_layouts` (site or theme).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Layout {
    /// The name pages refer to (`default` for `_layouts/default.html`; sub-folders kept).
    pub name: String,
    /// Absolute path.
    pub path: PathBuf,
    /// Path relative to the site source, for messages.
    pub relative_path: String,
    /// Its own front matter (`layout.*`, and `layout:` for chaining).
    pub data: Hash,
    /// The template text.
    pub content: String,
    /// 1-based line where `content` starts.
    pub body_line: usize,
}
