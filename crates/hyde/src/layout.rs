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

impl Layout {
    /// A layout a plugin provides (jekyll-redirect-from's `redirect`): `name` as pages
    /// refer to it, the path it is shown by in messages, its front matter and template.
    pub fn new(
        name: impl Into<String>,
        relative_path: impl Into<String>,
        data: Hash,
        content: impl Into<String>,
    ) -> Layout {
        let relative_path = relative_path.into();
        Layout {
            name: name.into(),
            path: PathBuf::from(relative_path.rsplit('/').next().unwrap_or(&relative_path)),
            relative_path,
            data,
            content: content.into(),
            body_line: 1,
        }
    }
}
