//! Plugins: Jekyll's generators, Liquid tags and filters, and hooks, as Rust traits.
//!
//! A Jekyll site names its plugins in `plugins:` (gem names), which
//! [`crate::BuildOptions::plugin_lookup`] turns into plugins (the `hyde-plugins` crate
//! provides the common ones of Jekyll's ecosystem through this trait, as a third party
//! would); an embedding program adds its own through [`crate::BuildOptions::plugins`].

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
