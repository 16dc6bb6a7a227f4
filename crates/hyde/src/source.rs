//! Where a site's files are read from: the disk, or memory.
//!
//! Every read of the site source (config files, layouts, pages, posts, drafts,
//! collections, data, static files, includes, Sass pages and their imports, the
//! folders `defaults:` glob scopes walk) goes through a [`Source`]. [`DiskSource`]
//! is the file system, with its symlinks; [`MemorySource`] is a map of
//! site-relative paths to bytes under a virtual root. Paths outside the site
//! source (a gem theme, a Gemfile, config files named elsewhere) are always read
//! from the disk.

use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// What a path is, as `lstat` (without following a last symlink) or `stat` says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum PathKind {
    /// A regular file.
    File,
    /// A folder.
    Dir,
    /// A symbolic link (only from [`Source::kind`]).
    Symlink,
    /// A FIFO, socket or device: never read.
    Special,
}

/// A tree of files a site is read from. Paths are absolute, under the site source.
pub trait Source: Send + Sync {
    /// The bytes of the file at `path` (symlinks followed).
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// The names in the folder `dir`, in the order the tree keeps them.
    fn list(&self, dir: &Path) -> io::Result<Vec<String>>;
    /// What `path` is, a last symlink not followed; `None` when it does not exist.
    fn kind(&self, path: &Path) -> Option<PathKind>;
    /// What `path` is, symlinks followed; `None` when it does not exist (or a
    /// symlink is broken).
    fn kind_followed(&self, path: &Path) -> Option<PathKind>;
    /// `path` with every symlink resolved, absolute; an error when it does not exist.
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf>;
    /// The modification time of `path`, in seconds since the epoch.
    fn modified(&self, path: &Path) -> Option<i64>;
    /// Whether paths name real files on the disk (static files are then copied
    /// from their paths rather than read into memory).
    fn is_disk(&self) -> bool {
        false
    }
}

/// The file system, as `std::fs` sees it.
#[derive(Clone, Copy, Debug, Default)]
pub struct DiskSource;

fn kind_of(file_type: std::fs::FileType) -> PathKind {
    if file_type.is_symlink() {
        PathKind::Symlink
    } else if file_type.is_dir() {
        PathKind::Dir
    } else if file_type.is_file() {
        PathKind::File
    } else {
        PathKind::Special
    }
}

impl Source for DiskSource {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let mut names = Vec::new();
        for entry in std::fs::read_dir(dir)? {
            names.push(entry?.file_name().to_string_lossy().into_owned());
        }
        Ok(names)
    }

    fn kind(&self, path: &Path) -> Option<PathKind> {
        std::fs::symlink_metadata(path)
            .ok()
            .map(|m| kind_of(m.file_type()))
    }

    fn kind_followed(&self, path: &Path) -> Option<PathKind> {
        std::fs::metadata(path).ok().map(|m| kind_of(m.file_type()))
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        path.canonicalize()
    }

    fn modified(&self, path: &Path) -> Option<i64> {
        std::fs::metadata(path)
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
            .map(|d| d.as_secs() as i64)
    }

    fn is_disk(&self) -> bool {
        true
    }
}

/// A site held in memory: `/`-separated site-relative paths (`_layouts/default.html`)
/// to bytes, seen under a virtual root folder. Folders are implied by the paths; there
/// are no symlinks or special files.
///
/// ```
/// let mut files = hyde::MemorySource::new("/site");
/// files.insert("index.md", "---\n---\n# Hi\n");
/// assert_eq!(files.len(), 1);
/// ```
#[derive(Clone, Debug, Default)]
pub struct MemorySource {
    root: PathBuf,
    files: BTreeMap<String, (Arc<[u8]>, i64)>,
}

impl MemorySource {
    /// An empty tree under the virtual root `root` (an absolute path; it need not
    /// exist on the disk).
    pub fn new(root: impl Into<PathBuf>) -> MemorySource {
        MemorySource {
            root: crate::config::normalize(&root.into()),
            files: BTreeMap::new(),
        }
    }

    /// A tree under `root` holding `files` (site-relative path, bytes).
    pub fn from_files<P, B>(
        root: impl Into<PathBuf>,
        files: impl IntoIterator<Item = (P, B)>,
    ) -> Self
    where
        P: AsRef<str>,
        B: Into<Vec<u8>>,
    {
        let mut source = MemorySource::new(root);
        for (path, bytes) in files {
            source.insert(path.as_ref(), bytes);
        }
        source
    }

    /// The virtual root the paths are under.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Adds (or replaces) the file at the site-relative `path`, modified at time 0.
    pub fn insert(&mut self, path: &str, bytes: impl Into<Vec<u8>>) -> &mut Self {
        self.insert_modified(path, bytes, 0)
    }

    /// Adds (or replaces) the file at `path`, modified `mtime` seconds after the epoch
    /// (a static file's `modified_time`, a draft's date).
    pub fn insert_modified(
        &mut self,
        path: &str,
        bytes: impl Into<Vec<u8>>,
        mtime: i64,
    ) -> &mut Self {
        let key = path
            .split('/')
            .filter(|p| !p.is_empty() && *p != ".")
            .collect::<Vec<_>>()
            .join("/");
        if !key.is_empty() {
            self.files
                .insert(key, (Arc::from(bytes.into().into_boxed_slice()), mtime));
        }
        self
    }

    /// How many files the tree holds.
    pub fn len(&self) -> usize {
        self.files.len()
    }

    /// Whether the tree holds no file.
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }

    /// The bytes of the file at the site-relative `path`.
    pub fn get(&self, path: &str) -> Option<&Arc<[u8]>> {
        self.files.get(path).map(|(b, _)| b)
    }

    /// The key of `path` under the root (`""` for the root); `None` outside it.
    fn key(&self, path: &Path) -> Option<String> {
        let path = crate::config::normalize(path);
        let rel = path.strip_prefix(&self.root).ok()?;
        Some(rel.to_string_lossy().replace('\\', "/"))
    }

    fn is_dir_key(&self, key: &str) -> bool {
        if key.is_empty() {
            return true;
        }
        let prefix = format!("{key}/");
        self.files
            .range(prefix.clone()..)
            .next()
            .is_some_and(|(k, _)| k.starts_with(&prefix))
    }

    fn not_found(path: &Path) -> io::Error {
        io::Error::new(
            io::ErrorKind::NotFound,
            format!("{} is not in the in-memory site", path.display()),
        )
    }
}

impl Source for MemorySource {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.key(path)
            .and_then(|k| self.files.get(&k))
            .map(|(b, _)| b.to_vec())
            .ok_or_else(|| MemorySource::not_found(path))
    }

    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        let key = self
            .key(dir)
            .filter(|k| self.is_dir_key(k))
            .ok_or_else(|| MemorySource::not_found(dir))?;
        let prefix = if key.is_empty() {
            String::new()
        } else {
            format!("{key}/")
        };
        let mut names: Vec<String> = Vec::new();
        for k in self.files.keys() {
            if let Some(rest) = k.strip_prefix(&prefix) {
                let name = rest.split('/').next().unwrap_or(rest);
                if names.last().is_none_or(|last| last != name) {
                    names.push(name.to_string());
                }
            }
        }
        Ok(names)
    }

    fn kind(&self, path: &Path) -> Option<PathKind> {
        let key = self.key(path)?;
        if self.files.contains_key(&key) {
            Some(PathKind::File)
        } else if self.is_dir_key(&key) {
            Some(PathKind::Dir)
        } else {
            None
        }
    }

    fn kind_followed(&self, path: &Path) -> Option<PathKind> {
        self.kind(path)
    }

    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        match self.kind(path) {
            Some(_) => Ok(crate::config::normalize(path)),
            None => Err(MemorySource::not_found(path)),
        }
    }

    fn modified(&self, path: &Path) -> Option<i64> {
        self.key(path)
            .and_then(|k| self.files.get(&k))
            .map(|(_, t)| *t)
    }
}

/// The site's reader: paths under the site source from its [`Source`], every other
/// path (a gem theme, a Gemfile) from the disk.
#[derive(Clone)]
pub(crate) struct Files {
    root: PathBuf,
    source: Arc<dyn Source>,
}

impl std::fmt::Debug for Files {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Files")
            .field("root", &self.root)
            .field("disk", &self.source.is_disk())
            .finish()
    }
}

impl Default for Files {
    fn default() -> Self {
        Files::disk()
    }
}

impl Files {
    /// Everything from the disk.
    pub(crate) fn disk() -> Files {
        Files {
            root: PathBuf::new(),
            source: Arc::new(DiskSource),
        }
    }

    /// Paths under `root` from `source`, others from the disk.
    pub(crate) fn new(root: PathBuf, source: Arc<dyn Source>) -> Files {
        Files { root, source }
    }

    fn pick(&self, path: &Path) -> &dyn Source {
        if !self.source.is_disk() && path.starts_with(&self.root) {
            &*self.source
        } else {
            &DiskSource
        }
    }

    /// Whether the site's own files are on the disk.
    pub(crate) fn is_disk(&self) -> bool {
        self.source.is_disk()
    }

    pub(crate) fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.pick(path).read(path)
    }

    /// A file's text; text that is not UTF-8 is an `InvalidData` error naming the byte
    /// and line of the first bad sequence.
    pub(crate) fn read_to_string(&self, path: &Path) -> io::Result<String> {
        let bytes = if self.pick(path).is_disk() {
            std::fs::read(path)?
        } else {
            self.read(path)?
        };
        String::from_utf8(bytes).map_err(|e| {
            let offset = e.utf8_error().valid_up_to();
            let line = 1 + e.as_bytes()[..offset]
                .iter()
                .filter(|&&b| b == b'\n')
                .count();
            io::Error::new(
                io::ErrorKind::InvalidData,
                format!("invalid UTF-8 at byte {offset} (line {line})"),
            )
        })
    }

    pub(crate) fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        self.pick(dir).list(dir)
    }

    pub(crate) fn kind(&self, path: &Path) -> Option<PathKind> {
        self.pick(path).kind(path)
    }

    pub(crate) fn kind_followed(&self, path: &Path) -> Option<PathKind> {
        self.pick(path).kind_followed(path)
    }

    pub(crate) fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        self.pick(path).canonicalize(path)
    }

    pub(crate) fn modified(&self, path: &Path) -> Option<i64> {
        self.pick(path).modified(path)
    }

    pub(crate) fn is_file(&self, path: &Path) -> bool {
        self.kind_followed(path) == Some(PathKind::File)
    }

    pub(crate) fn is_dir(&self, path: &Path) -> bool {
        self.kind_followed(path) == Some(PathKind::Dir)
    }

    pub(crate) fn exists(&self, path: &Path) -> bool {
        self.kind_followed(path).is_some()
    }

    /// The first bytes (up to 512) of a file, for the front matter check.
    pub(crate) fn head(&self, path: &Path) -> Option<Vec<u8>> {
        if self.pick(path).is_disk() {
            use std::io::Read;
            let mut buf = [0u8; 512];
            let mut f = std::fs::File::open(path).ok()?;
            let n = f.read(&mut buf).unwrap_or(0);
            Some(buf[..n].to_vec())
        } else {
            let mut bytes = self.read(path).ok()?;
            bytes.truncate(512);
            Some(bytes)
        }
    }
}

impl Source for Files {
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        Files::read(self, path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        Files::list(self, dir)
    }
    fn kind(&self, path: &Path) -> Option<PathKind> {
        Files::kind(self, path)
    }
    fn kind_followed(&self, path: &Path) -> Option<PathKind> {
        Files::kind_followed(self, path)
    }
    fn canonicalize(&self, path: &Path) -> io::Result<PathBuf> {
        Files::canonicalize(self, path)
    }
    fn modified(&self, path: &Path) -> Option<i64> {
        Files::modified(self, path)
    }
    fn is_disk(&self) -> bool {
        Files::is_disk(self)
    }
}

/// Sass imports read through the site's files.
#[cfg(feature = "sass")]
impl hyde_sass::SassFiles for Files {
    fn is_file(&self, path: &Path) -> bool {
        Files::is_file(self, path)
    }
    fn is_dir(&self, path: &Path) -> bool {
        Files::is_dir(self, path)
    }
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        Files::read(self, path)
    }
    fn list(&self, dir: &Path) -> io::Result<Vec<String>> {
        Files::list(self, dir)
    }
    fn exists(&self, path: &Path) -> bool {
        Files::exists(self, path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn memory_source_lists_folders_and_files() {
        let m = MemorySource::from_files(
            "/site",
            [
                ("a.md", "A"),
                ("_posts/2020-01-01-x.md", "X"),
                ("_posts/sub/y.md", "Y"),
            ],
        );
        assert_eq!(m.list(Path::new("/site")).unwrap(), ["_posts", "a.md"]);
        assert_eq!(
            m.list(Path::new("/site/_posts")).unwrap(),
            ["2020-01-01-x.md", "sub"]
        );
        assert_eq!(m.kind(Path::new("/site/_posts/sub")), Some(PathKind::Dir));
        assert_eq!(m.kind(Path::new("/site/a.md")), Some(PathKind::File));
        assert_eq!(m.kind(Path::new("/site/b.md")), None);
        assert_eq!(m.kind(Path::new("/elsewhere/a.md")), None);
        assert_eq!(m.read(Path::new("/site/_posts/../a.md")).unwrap(), b"A");
        assert!(m.list(Path::new("/site/a.md")).is_err());
    }
}
