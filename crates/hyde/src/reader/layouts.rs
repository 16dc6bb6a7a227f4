//! Layouts (the site's and the theme's) and the theme's assets: Jekyll's `LayoutReader` and `ThemeAssetsReader`.

use super::*;

impl Reader<'_> {
    /// Jekyll's `ThemeAssetsReader`: the theme's `assets/` become pages (with front
    /// matter) or static files, unless the site has a file at the same path. Appended
    /// after the site's own, unsorted, as Jekyll does.
    pub(super) fn read_theme_assets(&mut self) -> Result<()> {
        let Some(theme) = self.theme else {
            return Ok(());
        };
        let Some(assets) = theme.path_for("assets") else {
            return Ok(());
        };
        let mut files = Vec::new();
        let mut stack = vec![assets.clone()];
        while let Some(dir) = stack.pop() {
            let mut names = self.list_dir(&dir)?;
            names.reverse();
            for name in names {
                let path = dir.join(&name);
                let Some(kind) = self.config.files.kind(&path) else {
                    continue;
                };
                if kind == PathKind::Symlink {
                    self.content.warnings.push(Warning::new(
                        WarningKind::Skipped,
                        "Theme reader:",
                        format!("Ignored symlinked asset: {}", path.display()),
                    ));
                } else if kind == PathKind::Dir {
                    stack.push(path);
                } else if kind == PathKind::File {
                    files.push(path);
                }
            }
        }
        // Find.find visits in sorted depth-first order.
        files.sort();
        for path in files {
            let Ok(rel) = path.strip_prefix(&theme.root) else {
                continue;
            };
            let rel = rel.to_string_lossy().replace('\\', "/");
            let (dir, name) = match rel.rsplit_once('/') {
                Some((d, n)) => (d.to_string(), n.to_string()),
                None => (String::new(), rel.clone()),
            };
            if self.has_header(&path) {
                if self.content.pages.iter().any(|p| p.relative_path == rel) {
                    continue;
                }
                self.read_page_at(&path, &dir, &name)?;
            } else {
                let static_rel = format!("/{rel}");
                if self
                    .content
                    .static_files
                    .iter()
                    .any(|f| f.relative_path == static_rel)
                {
                    continue;
                }
                let f = self.static_file(&format!("/{dir}"), &name, None, path.clone());
                self.content.static_files.push(f);
            }
        }
        Ok(())
    }

    pub(super) fn read_layouts(&mut self) -> Result<()> {
        let dir = crate::path_manager::sanitized_path(
            &self.config.source,
            self.config.str_or("layouts_dir", "_layouts"),
        );
        if self.config.files.is_dir(&dir) && self.inside_site(&dir) {
            self.read_layouts_in(&dir, true)?;
        }
        if let Some(dir) = self.theme.and_then(|t| t.path_for("_layouts")) {
            self.read_layouts_in(&dir, false)?;
        }
        Ok(())
    }

    /// Reads the layouts in `dir`; the theme's (`site_wins == false`) only add names the
    /// site lacks.
    pub(super) fn read_layouts_in(&mut self, dir: &Path, site_layouts: bool) -> Result<()> {
        let dir = dir.to_path_buf();
        let files = if site_layouts {
            self.walk_files(&dir, true)?
        } else {
            self.walk_theme_files(&dir)?
        };
        for rel in files {
            let path = dir.join(&rel);
            let name = match rel.rfind('.') {
                Some(i) if !rel[i..].contains('/') => rel[..i].to_string(),
                _ => rel.clone(),
            };
            if !site_layouts && self.content.layouts.contains_key(&name) {
                continue;
            }
            let text = read_text(&self.config.files, &path, &self.config.source)?;
            let relative_path = self.relative_to_source(&path);
            let (data, content, body_line) = match front_matter::split(&text) {
                Some(split) => {
                    // Jekyll's Layout reads front matter as a page does: broken YAML warns.
                    let data = self.front_matter_or_warn(split.yaml, &relative_path)?;
                    (data, split.body.to_string(), split.body_line)
                }
                None => (Hash::new(), text.clone(), 1),
            };
            self.content.layouts.insert(
                name.clone(),
                Layout {
                    name,
                    path,
                    relative_path,
                    data,
                    content,
                    body_line,
                },
            );
        }
        Ok(())
    }

    /// Files under a theme folder (relative, sorted); symlinks inside the theme only.
    pub(super) fn walk_theme_files(&self, dir: &Path) -> Result<Vec<String>> {
        let files = &self.config.files;
        self.walk(dir, &|p: &Path| match files.canonicalize(p) {
            Ok(c) if c.starts_with(dir) => files.kind_followed(&c).map(kind_of),
            _ => None,
        })
    }
}
