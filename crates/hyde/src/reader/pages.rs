//! Pages: Jekyll's `PageReader` and `Page.new`, and the files `include:` brings back.

use super::*;

impl Reader<'_> {
    pub(super) fn read_page(&mut self, dir: &str, name: &str) -> Result<()> {
        let rel_dir = dir.trim_start_matches('/');
        let path = if rel_dir.is_empty() {
            self.config.source.join(name)
        } else {
            self.config.source.join(rel_dir).join(name)
        };
        self.read_page_at(&path, dir, name)
    }

    /// Reads a page from `path`; `dir` is Jekyll's `@dir` for it.
    pub(super) fn read_page_at(&mut self, path: &Path, dir: &str, name: &str) -> Result<()> {
        let page = self.page_at(path, dir, name)?;
        if page.data.get("published") == Some(&Value::Bool(false))
            && !self.config.truthy("unpublished")
        {
            return Ok(());
        }
        self.content.pages.push(page);
        Ok(())
    }

    /// Jekyll's `Page.new(site, site.source, dir, name)` for a plugin: the file
    /// `dir/name` of the source read as a page, with front matter or without, published
    /// or not; with the warnings reading it gave.
    pub(crate) fn page(mut self, dir: &str, name: &str) -> Result<(Document, Vec<Warning>)> {
        let rel_dir = dir.trim_start_matches('/');
        let path = if rel_dir.is_empty() {
            self.config.source.join(name)
        } else {
            self.config.source.join(rel_dir).join(name)
        };
        let page = self.page_at(&path, dir, name)?;
        Ok((page, self.content.warnings))
    }

    pub(super) fn page_at(&mut self, path: &Path, dir: &str, name: &str) -> Result<Document> {
        let path = path.to_path_buf();
        let relative_path = join(dir, name).trim_start_matches('/').to_string();
        let text = read_text(&self.config.files, &path, &self.config.source)?;
        let (mut data, content, body_line) = match front_matter::split(&text) {
            Some(split) => (
                self.front_matter_or_warn(split.yaml, &relative_path)?,
                split.body.to_string(),
                split.body_line,
            ),
            None => (Hash::new(), text.clone(), 1),
        };
        // Pages see defaults only for keys their front matter lacks (a default_proc).
        let defaults = self.defaults.all(&relative_path, "pages");
        for (k, v) in &defaults {
            data.entry(k.clone()).or_insert_with(|| v.clone());
        }
        let mut page = Document::new(Kind::Page, path, relative_path, data, content, body_line);
        page.defaults = defaults;
        Ok(page)
    }

    /// Jekyll's `Reader#read_included_excludes`: files named in `include:` are read even
    /// inside excluded folders, unless already read.
    pub(super) fn read_included_excludes(&mut self) -> Result<()> {
        for rel in self.filter.included_files() {
            let path = self.config.source.join(&rel);
            let (dir, name) = match rel.rsplit_once('/') {
                Some((d, n)) => (format!("/{d}"), n.to_string()),
                None => (String::new(), rel.clone()),
            };
            if self.has_header(&path) {
                if self.content.pages.iter().any(|p| p.relative_path == rel) {
                    continue;
                }
                self.read_page(&dir, &name)?;
            } else {
                if self
                    .content
                    .static_files
                    .iter()
                    .any(|f| f.relative_path.trim_start_matches('/') == rel)
                {
                    continue;
                }
                let f = self.static_file(&dir, &name, None, path);
                self.content.static_files.push(f);
            }
        }
        Ok(())
    }
}
