//! Files copied to the destination unchanged.

use std::path::PathBuf;

use hyde_liquid::Hash;

/// A static file (Jekyll's `StaticFile`).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct StaticFile {
    /// Absolute source path.
    pub path: PathBuf,
    /// Jekyll's `relative_path`: `/`-led, e.g. `/assets/site.css`.
    pub relative_path: String,
    /// The folder part of `relative_path` (`/assets`, or `` at the top).
    pub dir: String,
    /// The file name.
    pub name: String,
    /// The collection it belongs to, if any.
    pub collection: Option<String>,
    /// Front matter defaults that apply to it (`site.static_files[n].KEY`).
    pub data: Hash,
    /// The URL it is served at.
    pub url: String,
    /// Output path relative to the destination.
    pub destination: String,
    /// Modification time of the source, seconds since the epoch.
    pub mtime: i64,
    /// Whether it is written (`published`, collection `output`).
    pub write: bool,
}

impl StaticFile {
    /// The extension with its dot (`.css`), or empty; as Ruby's `File.extname`, a
    /// leading dot does not start an extension (`.htaccess` has none).
    pub fn extname(&self) -> &str {
        crate::ruby::extname(&self.name)
    }

    /// The file as Liquid sees it (`site.static_files[n]`, Jekyll's `StaticFileDrop`).
    pub fn to_liquid(&self) -> hyde_liquid::Value {
        crate::drops::static_file_hash(self)
    }

    /// The name without extension and trailing dots.
    pub fn basename(&self) -> &str {
        let ext = self.extname();
        self.name[..self.name.len() - ext.len()].trim_end_matches('.')
    }
}
