//! Plugins: Jekyll's generators, Liquid tags and filters, and hooks, as Rust traits.
//!
//! A Jekyll site names its plugins in `plugins:` (gem names). hyde provides the common
//! ones natively ([`builtin`]); an embedding program adds its own through
//! [`crate::BuildOptions::plugins`]. Built-in plugins use exactly this trait, as a third
//! party would.

use std::sync::Arc;

use hyde_liquid::Hash;

use crate::document::Document;
use crate::error::Result;
use crate::site::{BuildReport, Site};

/// A plugin. Every method has a default that does nothing.
pub trait Plugin: Send + Sync {
    /// The gem name the site's `plugins:` uses (`jekyll-redirect-from`).
    fn name(&self) -> &str;

    /// Runs after reading and before rendering, like a Jekyll `Generator`: may add,
    /// change or remove pages, documents and static files. Higher `priority` runs first.
    fn generate(&self, _site: &mut Site) -> Result<()> {
        Ok(())
    }

    /// The generator's priority (Jekyll's `:highest` 100 … `:lowest` -100; normal 0).
    fn priority(&self) -> i32 {
        0
    }

    /// Converters to add (Jekyll's `Converter` subclasses), applied to files whose
    /// extension they match, by priority, as the built-in Markdown and Sass ones are.
    fn converters(&self, _site: &Site) -> Vec<Arc<dyn crate::Converter>> {
        Vec::new()
    }

    /// Liquid tags to register (`{% seo %}`).
    fn tags(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        Vec::new()
    }

    /// Liquid filters to register.
    fn filters(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Filter>> {
        Vec::new()
    }

    /// Runs once the configuration is read, before anything else (Jekyll's `:site,
    /// :after_init` hook): may change the configuration.
    fn after_init(&self, _config: &mut crate::Config) -> Result<()> {
        Ok(())
    }

    /// Runs once the site is read, before the generators (Jekyll's `:site, :post_read`
    /// hook): may change what was read (data, pages, documents, static files).
    fn post_read(&self, _site: &mut Site) -> Result<()> {
        Ok(())
    }

    /// Runs before each page or document is rendered (Jekyll's `:pages`/`:documents,
    /// :pre_render` hooks) with the Liquid payload it will see (`site`, `page`,
    /// `paginator`, …), which it may change.
    fn pre_render(&self, _site: &Site, _item: &Document, _payload: &mut Hash) -> Result<()> {
        Ok(())
    }

    /// Runs after each page's or document's content is converted, before its layouts
    /// (Jekyll's `:post_convert` hooks): may change the converted content.
    fn post_convert(&self, _site: &Site, _item: &Document, _content: &mut String) -> Result<()> {
        Ok(())
    }

    /// Runs after each page or document is rendered into its layouts (Jekyll's
    /// `:post_render` hooks): may change the output that is written.
    fn post_render(&self, _site: &Site, _item: &Document, _output: &mut String) -> Result<()> {
        Ok(())
    }

    /// Runs after every file is written (Jekyll's `:site, :post_write` hook).
    fn post_write(&self, _site: &Site, _report: &mut BuildReport) -> Result<()> {
        Ok(())
    }
}

/// The plugins hyde provides natively, by gem name.
pub fn builtin(name: &str) -> Option<Arc<dyn Plugin>> {
    match name {
        "jekyll-data" => Some(Arc::new(JekyllData)),
        "jekyll-redirect-from" => Some(Arc::new(crate::plugins::RedirectFrom)),
        "jekyll-seo-tag" => Some(Arc::new(crate::plugins::SeoTag)),
        "jekyll-datapage-generator" => Some(Arc::new(crate::plugins::DatapageGenerator)),
        "jekyll-liquify" => Some(Arc::new(crate::plugins::Liquify)),
        "jekyll-include-cache" => Some(Arc::new(crate::plugins::IncludeCache)),
        "jekyll-avatar" => Some(Arc::new(crate::plugins::Avatar)),
        "jekyll-gist" => Some(Arc::new(crate::plugins::Gist)),
        "jekyll-mentions" => Some(Arc::new(crate::plugins::Mentions)),
        "jekyll-github-metadata" => Some(Arc::new(crate::plugins::GithubMetadata)),
        "jekyll-feed" => Some(Arc::new(crate::plugins::Feed)),
        "jekyll-sitemap" => Some(Arc::new(crate::plugins::Sitemap)),
        "jekyll-paginate" => Some(Arc::new(crate::plugins::Paginate::default())),
        #[cfg(feature = "gzip")]
        "jekyll-gzip" => Some(Arc::new(crate::plugins::Gzip)),
        _ => None,
    }
}

/// jekyll-data: the theme's `_data` under the site's, and the `theme` variable (the
/// configuration hash named like the theme).
struct JekyllData;

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
        crate::config::deep_merge(&mut merged, &site.data);
        site.data = merged;
        Ok(())
    }

    fn pre_render(&self, site: &Site, _item: &Document, payload: &mut Hash) -> Result<()> {
        if let Some(name) = site
            .config
            .get("theme")
            .map(hyde_liquid::Value::to_ruby_string)
        {
            let value = site.config.get(&name).cloned().unwrap_or_default();
            payload.insert("theme".into(), value);
        }
        Ok(())
    }
}
