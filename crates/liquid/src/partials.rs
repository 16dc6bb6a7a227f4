//! Where plain Liquid's `include` and `render` tags find their templates.

use std::collections::HashMap;
use std::path::PathBuf;

/// A source of templates by name, for the `include` and `render` tags of
/// plain Liquid ([`crate::Flavor::Liquid`]); Ruby Liquid's `file_system`.
/// Jekyll's `include` reads `_includes` instead.
pub trait Partials: Send + Sync {
    /// The text of the template named `name` (as written in the tag), or
    /// `None` when there is none.
    fn read(&self, name: &str) -> Option<String>;
}

/// Templates held in memory, by name.
impl Partials for HashMap<String, String> {
    fn read(&self, name: &str) -> Option<String> {
        self.get(name).cloned()
    }
}

/// Templates in a directory: `name` is looked up as given, then with
/// `.liquid` appended; names may not leave the directory.
#[derive(Clone, Debug)]
pub struct PartialDir {
    dir: PathBuf,
}

impl PartialDir {
    /// Templates in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        PartialDir { dir: dir.into() }
    }
}

impl Partials for PartialDir {
    fn read(&self, name: &str) -> Option<String> {
        if name.split(['/', '\\']).any(|part| part == "..") {
            return None;
        }
        let plain = self.dir.join(name);
        let liquid = self.dir.join(format!("{name}.liquid"));
        [plain, liquid]
            .iter()
            .find(|p| p.is_file())
            .and_then(|p| std::fs::read_to_string(p).ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_directory_finds_names_as_given_then_with_liquid_appended() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("a.html"), "A").expect("write");
        std::fs::write(dir.path().join("b.liquid"), "B").expect("write");
        let partials = PartialDir::new(dir.path());
        assert_eq!(partials.read("a.html").as_deref(), Some("A"));
        assert_eq!(partials.read("b").as_deref(), Some("B"));
        assert_eq!(partials.read("c"), None);
        assert_eq!(partials.read("../x"), None);
    }
}
