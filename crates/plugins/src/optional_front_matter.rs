//! jekyll-optional-front-matter 0.3.2: Markdown files without front matter (read as static
//! files) become pages too, except READMEs, licences and the like, unless the site's
//! `include:` names them. With `optional_front_matter: {remove_originals: true}` (or
//! `require_front_matter: true`) the files made pages are no longer copied;
//! `optional_front_matter: {enabled: false}` (or `require_front_matter`) turns it off.
//! A generator of priority `:normal`; the pages are appended to `site.pages`, unsorted.

use hyde_liquid::Value;

use hyde::Plugin;
use hyde::Result;
use hyde::Site;
use hyde::StaticFile;

/// The gem's `FILENAME_BLACKLIST`: base names (compared upper-cased) left static.
const FILENAME_BLACKLIST: [&str; 8] = [
    "README",
    "LICENSE",
    "LICENCE",
    "COPYING",
    "CODE_OF_CONDUCT",
    "CONTRIBUTING",
    "ISSUE_TEMPLATE",
    "PULL_REQUEST_TEMPLATE",
];

/// The generator of jekyll-optional-front-matter.
pub(crate) struct OptionalFrontMatter;

impl Plugin for OptionalFrontMatter {
    fn name(&self) -> &str {
        "jekyll-optional-front-matter"
    }

    fn generate(&self, site: &mut Site) -> Result<()> {
        let require = site.config.truthy("require_front_matter");
        let setting = |key: &str| option(site, "optional_front_matter", key).cloned();
        if setting("enabled") == Some(Value::Bool(false)) || require {
            return Ok(());
        }
        let cleanup = setting("remove_originals") == Some(Value::Bool(true)) || require;
        let chosen: Vec<usize> = site
            .static_files
            .iter()
            .enumerate()
            .filter(|(_, f)| is_markdown(site, f.extname()) && !blacklisted(site, f))
            .map(|(i, _)| i)
            .collect();
        for &i in &chosen {
            let (dir, name) = (
                site.static_files[i].dir.clone(),
                site.static_files[i].name.clone(),
            );
            let page = site.read_page(&dir, &name)?;
            site.pages.push(page);
        }
        if cleanup {
            for &i in chosen.iter().rev() {
                // Jekyll still writes a collection's file, through the collection's
                // `files`: it stays (and stays in `site.static_files` here).
                if site.static_files[i].collection.is_none() {
                    site.remove_static_file(i);
                }
            }
        }
        Ok(())
    }
}

/// `site.config[CONFIG_KEY][key]`, where the plugin's setting is a hash.
pub(crate) fn option<'a>(site: &'a Site, config_key: &str, key: &str) -> Option<&'a Value> {
    match site.config.get(config_key)? {
        Value::Hash(h) => h.get(key),
        _ => None,
    }
}

/// `Jekyll::Converters::Markdown#matches(ext)`: `ext`, downcased, is one of
/// `markdown_ext`'s extensions.
pub(crate) fn is_markdown(site: &Site, ext: &str) -> bool {
    let ext = ext.to_lowercase();
    let list = site.config.str_or("markdown_ext", "");
    list.split(',')
        .any(|e| ext.strip_prefix('.') == Some(&e.to_lowercase()))
}

/// The gem's `blacklisted?`: a README, LICENSE… (any case) not named by `include:`.
fn blacklisted(site: &Site, file: &StaticFile) -> bool {
    let relative_path = file.relative_path.trim_start_matches('/');
    let whitelisted = matches!(site.config.get("include"), Some(Value::Array(_)))
        && site.is_included(relative_path);
    !whitelisted && FILENAME_BLACKLIST.contains(&file.basename().to_uppercase().as_str())
}
