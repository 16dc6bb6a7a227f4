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

    /// Liquid tags to register (`{% seo %}`).
    fn tags(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        Vec::new()
    }

    /// Liquid filters to register.
    fn filters(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Filter>> {
        Vec::new()
    }

    /// Adjusts the variables `item` (a page or document, one of `site`'s) renders
    /// with, just before it renders: Jekyll's `:pre_render` hooks of pages and
    /// documents, whose `payload` is the same hash (`site`, `page`, `paginator`, …).
    /// Runs for every enabled plugin, in their order.
    fn pre_render(&self, _site: &Site, _item: &Document, _payload: &mut Hash) -> Result<()> {
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
        "jekyll-feed" => Some(Arc::new(crate::plugins::Feed)),
        "jekyll-sitemap" => Some(Arc::new(crate::plugins::Sitemap)),
        "jekyll-paginate" => Some(Arc::new(crate::plugins::Paginate::default())),
        #[cfg(feature = "gzip")]
        "jekyll-gzip" => Some(Arc::new(crate::plugins::Gzip)),
        _ => None,
    }
}

/// jekyll-data: the theme's `_data` under the site's, and the `theme` variable. The
/// reading is done by the reader (it needs the theme); the plugin only marks it enabled.
struct JekyllData;

impl Plugin for JekyllData {
    fn name(&self) -> &str {
        "jekyll-data"
    }
}
