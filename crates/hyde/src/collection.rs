//! Collections: `posts` and the ones `collections:` declares.

use hyde_liquid::{Hash, Value};

/// A collection and its documents (indexes into the site's document list).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Collection {
    /// The label (`posts`, `recipes`).
    pub label: String,
    /// Its configuration (`output`, `permalink`, `sort_by`, `order`, and any other key).
    pub metadata: Hash,
    /// `_label`, or under `collections_dir`.
    pub relative_directory: String,
    /// Indexes of its documents in `Site::documents`, in collection order.
    pub docs: Vec<usize>,
    /// Indexes of its static files in `Site::static_files`.
    pub files: Vec<usize>,
}

impl Collection {
    /// Whether its documents are written (`output: true`).
    pub fn write(&self) -> bool {
        self.metadata.get("output").is_some_and(Value::is_truthy)
    }
}
