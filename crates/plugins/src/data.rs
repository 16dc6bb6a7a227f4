//! jekyll-data: a gem theme's `_data` under the site's, and its `theme` variable.

use hyde::liquid::{Hash, Value};
use hyde::{Document, Plugin, Result, Site};

/// jekyll-data: the theme's `_data` under the site's, and the `theme` variable (the
/// configuration hash named like the theme).
pub(crate) struct JekyllData;

impl Plugin for JekyllData {
    fn name(&self) -> &str {
        "jekyll-data"
    }

    fn post_read(&self, site: &mut Site) -> Result<()> {
        let data_dir = site.config.str_or("data_dir", "_data").to_string();
        let Some(theme) = &site.theme else {
            return Ok(());
        };
        let Some(dir) = theme.path_for(&data_dir) else {
            return Ok(());
        };
        let mut merged = site.read_data_dir(&dir, &theme.root)?;
        hyde::deep_merge(&mut merged, &site.data);
        site.data = merged;
        Ok(())
    }

    fn pre_render(&self, site: &Site, _item: &Document, payload: &mut Hash) -> Result<()> {
        if let Some(name) = site.config.get("theme").map(Value::to_ruby_string) {
            let value = site.config.get(&name).cloned().unwrap_or_default();
            payload.insert("theme".into(), value);
        }
        Ok(())
    }
}
