//! jekyll-readme-index 0.3.0: a folder's README (any case, any Markdown extension), read
//! as a static file because it has no front matter, becomes the folder's index page
//! (permalink `folder/`) where the folder has no index page or file. Options under
//! `readme_index:`: `enabled: false`; `remove_originals: true` (the READMEs made pages
//! are no longer copied); `with_frontmatter: true` (READMEs with front matter, already
//! pages, are moved to `folder/` too). A generator of priority `:low`, after
//! jekyll-optional-front-matter's pages are added.

use hyde_liquid::Value;

use hyde::Plugin;
use hyde::Result;
use hyde::Site;

use crate::optional_front_matter::option;

/// The generator of jekyll-readme-index.
pub(crate) struct ReadmeIndex;

impl Plugin for ReadmeIndex {
    fn name(&self) -> &str {
        "jekyll-readme-index"
    }

    fn priority(&self) -> i32 {
        -10
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let setting = |key: &str| option(site, "readme_index", key).cloned();
        if setting("enabled") == Some(Value::Bool(false)) {
            return Ok(());
        }
        let cleanup = setting("remove_originals") == Some(Value::Bool(true));
        let with_frontmatter = setting("with_frontmatter") == Some(Value::Bool(true));
        // Pages added by earlier generators need their URLs for the index checks.
        site.assign_urls()?;
        let readmes: Vec<String> = site
            .static_files
            .iter()
            .filter(|f| is_readme(site, &f.relative_path))
            .map(|f| f.relative_path.clone())
            .collect();
        for relative_path in readmes {
            let Some(i) = site
                .static_files
                .iter()
                .position(|f| f.relative_path == relative_path)
            else {
                continue;
            };
            let file = &site.static_files[i];
            let dir = dirname(&file.url);
            if dir_has_index(site, &dir) {
                continue;
            }
            let (file_dir, name) = (file.dir.clone(), file.name.clone());
            let mut page = site.read_page(&file_dir, &name)?;
            page.data
                .insert("permalink".into(), Value::from(format!("{dir}/")));
            site.pages.push(page);
            site.assign_urls()?;
            // Jekyll still writes a collection's README through the collection's `files`.
            if cleanup && site.static_files[i].collection.is_none() {
                site.remove_static_file(i);
            }
        }
        if with_frontmatter {
            let readmes: Vec<usize> = (0..site.pages.len())
                .filter(|&i| is_readme(site, &format!("/{}", page_path(site, i))))
                .collect();
            for i in readmes {
                let dir = dirname(&site.pages[i].url);
                if dir_has_index(site, &dir) {
                    continue;
                }
                let page = &mut site.pages[i];
                page.data
                    .insert("permalink".into(), Value::from(format!("{dir}/")));
                page.url.clear();
                site.assign_urls()?;
            }
        }
        Ok(())
    }
}

/// A page's `path`: its front matter's, or its relative path.
fn page_path(site: &Site, i: usize) -> String {
    let page = &site.pages[i];
    match page.data.get("path") {
        Some(Value::Nil) | None => page.relative_path.clone(),
        Some(v) => v.to_ruby_string(),
    }
}

/// The gem's `readme_regex`: `/readme` and a Markdown extension end the path, in any case.
fn is_readme(site: &Site, path: &str) -> bool {
    let path = path.to_lowercase();
    site.config
        .str_or("markdown_ext", "")
        .split(',')
        .any(|ext| path.ends_with(&format!("/readme.{}", ext.to_lowercase())))
}

/// The gem's `dir_has_index?`: a page or static file has the URL `dir/` or
/// `dir/index.html` (`.htm`, `.xhtml`, `.xml`), in any case.
fn dir_has_index(site: &Site, dir: &str) -> bool {
    let mut dir = dir.to_lowercase();
    if !dir.ends_with('/') {
        dir.push('/');
    }
    let is_index = |url: &str| {
        url.to_lowercase().strip_prefix(&dir).is_some_and(|rest| {
            matches!(
                rest,
                "" | "index.html" | "index.htm" | "index.xhtml" | "index.xml"
            )
        })
    };
    site.pages.iter().any(|p| is_index(&p.url))
        || site.static_files.iter().any(|f| is_index(&f.url))
}

/// Ruby's `File.dirname` of a `/`-led URL.
fn dirname(path: &str) -> String {
    let trimmed = path.trim_end_matches('/');
    if trimmed.is_empty() {
        return if path.is_empty() {
            ".".into()
        } else {
            "/".into()
        };
    }
    match trimmed.rfind('/') {
        None => ".".into(),
        Some(i) => {
            let dir = trimmed[..i].trim_end_matches('/');
            if dir.is_empty() {
                "/".into()
            } else {
                dir.into()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::dirname;

    #[test]
    fn dirname_is_rubys() {
        assert_eq!(dirname("/README.md"), "/");
        assert_eq!(dirname("/sub/README.md"), "/sub");
        assert_eq!(dirname("/sub/"), "/");
        assert_eq!(dirname("/"), "/");
        assert_eq!(dirname("a"), ".");
    }
}
