//! Posts, drafts and collections' documents: Jekyll's `PostReader`, `CollectionReader` and `Document#read`.

use super::*;

impl Reader<'_> {
    /// Jekyll's `Reader#retrieve_posts`: `_posts` (and with `--drafts`, `_drafts`) under `dir`.
    pub(super) fn retrieve_posts(&mut self, dir: &str) -> Result<()> {
        let coll_dir = self.config.collections_dir();
        if !coll_dir.is_empty() && !dir.starts_with(&format!("/{coll_dir}")) {
            return Ok(());
        }
        self.read_post_dir(dir, "_posts", false)?;
        if self.config.truthy("show_drafts") {
            self.read_post_dir(dir, "_drafts", true)?;
        }
        Ok(())
    }

    pub(super) fn read_post_dir(&mut self, dir: &str, magic: &str, draft: bool) -> Result<()> {
        let rel_dir = dir.trim_start_matches('/');
        let base = if rel_dir.is_empty() {
            self.config.source.join(magic)
        } else {
            self.config.source.join(rel_dir).join(magic)
        };
        if !self.config.files.is_dir(&base) || !self.inside_site(&base) {
            return Ok(());
        }
        for entry in self.walk_files(&base, true)? {
            let matches = if draft {
                crate::permalink::match_dateless(&entry).is_some()
            } else {
                crate::permalink::match_dated(&entry).is_some()
            };
            if !matches {
                continue;
            }
            let path = base.join(&entry);
            if let Some(doc) = self.read_document(&path, "posts", draft)? {
                let idx = self.content.documents.len();
                self.content.documents.push(doc);
                if let Some(c) = self.content.collections.get_mut("posts") {
                    c.docs.push(idx);
                }
            }
        }
        Ok(())
    }

    /// Reads one collection document (Jekyll's `Document#read`); `None` when not published.
    pub(super) fn read_document(
        &mut self,
        path: &Path,
        label: &str,
        draft: bool,
    ) -> Result<Option<Document>> {
        // Jekyll's Document#relative_path is relative to the collections folder.
        let coll_path = self.collections_path();
        let relative_path = path
            .strip_prefix(&coll_path)
            .unwrap_or(path)
            .to_string_lossy()
            .replace('\\', "/");
        let text = read_text(&self.config.files, path, &self.config.source)?;
        let name = relative_path
            .rsplit('/')
            .next()
            .unwrap_or(&relative_path)
            .to_string();
        let collection_dir = self.collection_relative_dir(label);
        // categories_from_path
        let special = if draft {
            "_drafts"
        } else {
            collection_dir.as_str()
        };
        let superdirs: Vec<Value> = if relative_path.starts_with(special) {
            Vec::new()
        } else {
            let before = match relative_path.find(special) {
                Some(i) => &relative_path[..i],
                None => relative_path.as_str(),
            };
            before
                .split('/')
                .filter(|c| !c.is_empty() && *c != special && *c != name)
                .map(Value::str)
                .collect()
        };
        let mut data = Hash::new();
        // Document#initialize asks `draft?` first, which stores the answer.
        data.insert("draft".into(), Value::Bool(draft));
        data.insert("categories".into(), Value::array(superdirs));
        // A draft's type is its collection's, `posts` (Document#type): a `type: drafts`
        // scope never applies in Jekyll 4.3 (fixtures/defaults-matrix).
        let defaults = self.defaults.all(&relative_path, label);
        merge_data(&mut data, defaults);
        let warned = self.content.warnings.len();
        let (content, body_line) = match front_matter::split(&text) {
            Some(split) => {
                let fm = self.front_matter_or_warn(split.yaml, &relative_path)?;
                merge_data(&mut data, fm);
                (split.body.to_string(), split.body_line)
            }
            None => (text.clone(), 1),
        };
        // The date: front matter (parsed), else from the file name.
        // Utils.parse_date(date.to_s).localtime: in the site's zone.
        let mut date = data
            .get("date")
            .and_then(|v| crate::date::value_to_time(v, self.zone))
            .map(|t| self.zone.convert(t));
        if let Some(given) = data.get("date")
            && date.is_none()
        {
            return Err(Error::InvalidDate {
                location: SourceLocation::at(relative_path.clone(), 0, 0),
                message: format!(
                    "Invalid date '{}': Document '{relative_path}' does not have a valid date in the YAML front matter.",
                    crate::ruby::value_to_s(given)
                ),
            });
        }
        let basename_without_ext = match name.rfind('.') {
            Some(i) if i > 0 => name[..i].to_string(),
            _ => name.clone(),
        };
        let mut parts = crate::permalink::populate_title(&relative_path, &basename_without_ext);
        // Jekyll's Document#read rescues the YAML error before `read_post_data`: no date,
        // title or slug from the file name (the date is the site's time).
        let read_failed = self.content.warnings.len() > warned;
        if read_failed {
            parts.date = None;
            parts.slug = basename_without_ext.clone();
        }
        if let Some(d) = &parts.date
            && date.is_none_or(|t| t.timestamp() == self.site_time.timestamp())
        {
            let day = crate::permalink::filename_date(d).map_err(|_| Error::InvalidDate {
                location: SourceLocation::at(relative_path.clone(), 0, 0),
                message: format!(
                    "Invalid date '{d}': Document '{relative_path}' does not have a valid date in the filename."
                ),
            })?;
            date = Some(self.zone.localize(day.and_time(chrono::NaiveTime::MIN)));
        }
        let (slug, file_ext, title) = (parts.slug, parts.ext, parts.title);
        if let Some(d) = date {
            data.insert("date".into(), Value::Time(d));
        }
        if !read_failed && !data.get("title").is_some_and(Value::is_truthy) {
            data.insert("title".into(), Value::str(title));
        }
        if !data.get("slug").is_some_and(Value::is_truthy) {
            data.insert("slug".into(), Value::str(&slug));
        }
        if !data.get("ext").is_some_and(Value::is_truthy)
            && let Some(e) = file_ext
        {
            data.insert("ext".into(), Value::str(e));
        }
        populate_categories_and_tags(&mut data);
        if data.get("published") == Some(&Value::Bool(false)) && !self.config.truthy("unpublished")
        {
            return Ok(None);
        }
        // Posts in the future are skipped at read time (PostReader); other documents are
        // listed but not written.
        let effective_date = date.unwrap_or(if draft {
            self.zone
                .at_epoch(self.config.files.modified(path).unwrap_or(0))
        } else {
            self.site_time
        });
        let future = !self.config.truthy("future")
            && effective_date.timestamp() > self.site_time.timestamp();
        if label == "posts" && future {
            self.content.warnings.push(
                Warning::new(
                    WarningKind::Skipped,
                    "Skipping:",
                    format!("{relative_path} has a future date"),
                )
                .at(SourceLocation::at(relative_path.as_str(), 0, 0)),
            );
            return Ok(None);
        }
        let write = !future;
        let mut doc = Document::new(
            Kind::Document {
                collection: label.to_string(),
                draft,
            },
            path.to_path_buf(),
            relative_path,
            data,
            content,
            body_line,
        );
        doc.date = Some(effective_date);
        doc.write = write;
        Ok(Some(doc))
    }

    pub(super) fn read_collections(&mut self) -> Result<()> {
        let labels: Vec<String> = self
            .content
            .collections
            .keys()
            .filter(|l| *l != "posts")
            .cloned()
            .collect();
        for label in labels {
            let rel_dir = self.collection_relative_dir(&label);
            let dir = self.collections_path().join(&rel_dir);
            if !self.config.files.is_dir(&dir) || !self.inside_site(&dir) {
                continue;
            }
            for entry in self.walk_files(&dir, true)? {
                let path = dir.join(&entry);
                if self.has_header(&path) {
                    if let Some(doc) = self.read_document(&path, &label, false)? {
                        let idx = self.content.documents.len();
                        self.content.documents.push(doc);
                        if let Some(c) = self.content.collections.get_mut(&label) {
                            c.docs.push(idx);
                        }
                    }
                } else {
                    let (sub, name) = match entry.rsplit_once('/') {
                        Some((d, n)) => (format!("{rel_dir}/{d}"), n.to_string()),
                        None => (rel_dir.clone(), entry.clone()),
                    };
                    let sf = self.static_file(&sub, &name, Some(&label), path);
                    let idx = self.content.static_files.len();
                    self.content.static_files.push(sf);
                    if let Some(c) = self.content.collections.get_mut(&label) {
                        c.files.push(idx);
                    }
                }
            }
        }
        Ok(())
    }
}

/// Jekyll's `Document#merge_data!`: categories merged as a union, then a deep merge.
pub(super) fn merge_data(data: &mut Hash, mut other: Hash) {
    if let Some(cats) = other.get("categories").cloned()
        && !cats.is_nil()
    {
        let mut list: Vec<Value> = match cats {
            Value::Str(s) => s.split_whitespace().map(Value::str).collect(),
            Value::Array(a) => a.to_vec(),
            other => vec![other],
        };
        if let Some(Value::Array(existing)) = data.get("categories") {
            let mut union: Vec<Value> = existing.to_vec();
            for c in list.drain(..) {
                if !union.contains(&c) {
                    union.push(c);
                }
            }
            list = union;
        }
        other.insert("categories".into(), Value::array(list));
    }
    crate::config::deep_merge(data, &other);
}

/// Jekyll's `Utils.pluralized_array_from_hash`: the singular key's value as it is
/// (a string stays whole), else the plural key's (a string split on whitespace).
pub(super) fn pluralized(data: &Hash, singular: &str, plural: &str) -> Vec<Value> {
    let value = match data.get(singular) {
        Some(v) if v.is_truthy() => Some(v.clone()),
        // `value ||= plural`: nil and false fall through.
        _ => match data.get(plural) {
            Some(Value::Str(s)) => {
                Some(Value::array(s.split_whitespace().map(Value::str).collect()))
            }
            Some(Value::Array(a)) => Some(Value::array(
                a.iter().filter(|v| !v.is_nil()).cloned().collect(),
            )),
            _ => None,
        },
    };
    // `array << value; array.flatten!; array.compact!`
    fn flatten(v: Value, out: &mut Vec<Value>) {
        match v {
            Value::Array(a) => a.iter().cloned().for_each(|x| flatten(x, out)),
            Value::Nil => {}
            other => out.push(other),
        }
    }
    let mut out = Vec::new();
    if let Some(v) = value {
        flatten(v, &mut out);
    }
    out
}

pub(super) fn populate_categories_and_tags(data: &mut Hash) {
    let mut cats: Vec<Value> = match data.get("categories") {
        Some(Value::Array(a)) => a.to_vec(),
        Some(Value::Nil) | None => Vec::new(),
        Some(other) => vec![other.clone()],
    };
    cats.extend(pluralized(data, "category", "categories"));
    let mut out: Vec<Value> = Vec::new();
    for c in cats {
        let flat = match c {
            Value::Array(a) => a.iter().map(crate::ruby::value_to_s).collect::<Vec<_>>(),
            other => vec![crate::ruby::value_to_s(&other)],
        };
        for s in flat {
            let v = Value::str(s);
            if !out.contains(&v) {
                out.push(v);
            }
        }
    }
    merge_data(
        data,
        Hash::from_iter([("categories".to_string(), Value::array(out))]),
    );
    let tags = pluralized(data, "tag", "tags");
    let tags: Vec<Value> = tags
        .into_iter()
        .flat_map(|t| match t {
            Value::Array(a) => a.to_vec(),
            other => vec![other],
        })
        .collect();
    data.insert("tags".into(), Value::array(tags));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn category_strings_split_on_whitespace_and_merge_as_a_union() {
        let mut data = Hash::new();
        data.insert("categories".into(), Value::array(vec![Value::str("a")]));
        let mut fm = Hash::new();
        fm.insert("categories".into(), Value::str("b a"));
        merge_data(&mut data, fm);
        assert_eq!(
            data["categories"],
            Value::array(vec![Value::str("a"), Value::str("b")])
        );
    }
}
