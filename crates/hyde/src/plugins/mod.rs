//! The plugins of Jekyll's ecosystem that hyde provides natively, one file each.
//!
//! Each is a [`crate::Plugin`], enabled when the site names its gem in `plugins:`
//! ([`crate::plugin::builtin`]), and uses only what a third-party plugin could.

mod datapage;
mod datapage_expr;
mod feed;
#[cfg(feature = "gzip")]
mod gzip;
mod liquify;
mod paginate;
mod redirect_from;
mod seo;
mod sitemap;

use std::sync::Arc;

use hyde_liquid::{Engine, Hash, Template, Value};

use crate::converter::Converters;
use crate::date::Zone;
use crate::error::Result;
use crate::render::SiteHooks;
use crate::site::Site;

pub(crate) use datapage::DatapageGenerator;
pub(crate) use feed::Feed;
#[cfg(feature = "gzip")]
pub(crate) use gzip::Gzip;
pub(crate) use liquify::Liquify;
pub(crate) use paginate::Paginate;
pub(crate) use redirect_from::RedirectFrom;
pub(crate) use seo::SeoTag;
pub(crate) use sitemap::Sitemap;

/// A Liquid engine of the site's own for templates a plugin renders itself (the
/// redirect URLs, the SEO tag's template): the site's filters, without its tags.
pub(crate) struct PluginLiquid {
    engine: Engine,
    /// Filter chains parsed so far, by their text.
    chains: std::sync::Mutex<std::collections::HashMap<String, Arc<Template>>>,
}

impl PluginLiquid {
    /// The engine, seeing the site's `url`, `baseurl`, converters and time zone.
    pub(crate) fn new(site: &Site) -> PluginLiquid {
        let theme = site.theme.as_ref().map(|t| t.root.as_path());
        let converters = Converters::new(&site.config, theme, &site.environment);
        let hooks = Arc::new(SiteHooks::new(site, converters));
        let mut options = hyde_liquid::Options::default();
        options.source_dir = site.config.source.clone();
        options.timezone = match &site.zone {
            Zone::Named(tz) => Some(*tz),
            Zone::Local => None,
        };
        PluginLiquid {
            engine: Engine::new(options, hooks),
            chains: std::sync::Mutex::default(),
        }
    }

    /// Parses a template that belongs to the plugin named `plugin`.
    pub(crate) fn parse(&self, text: &str, plugin: &str) -> Result<Template> {
        Ok(self.engine.parse(text, plugin, 1)?)
    }

    /// Renders `template` with `globals`.
    pub(crate) fn render(&self, template: &Template, globals: &Hash) -> Result<String> {
        Ok(self.engine.render(template, globals)?)
    }

    /// Applies the filter chain `filters` (`absolute_url`, `markdownify | strip_html`)
    /// to `input`, as `{{ input | filters }}` prints it.
    pub(crate) fn filter(&self, input: &Value, filters: &str) -> Result<String> {
        let cached = self
            .chains
            .lock()
            .ok()
            .and_then(|c| c.get(filters).cloned());
        let template = match cached {
            Some(t) => t,
            None => {
                let t = Arc::new(self.parse(&format!("{{{{ input | {filters} }}}}"), "plugin")?);
                if let Ok(mut c) = self.chains.lock() {
                    c.insert(filters.to_owned(), t.clone());
                }
                t
            }
        };
        let mut globals = Hash::new();
        globals.insert("input".into(), input.clone());
        self.render(&template, &globals)
    }
}

/// A string as Ruby's `to_json` writes it (`"` and `\` and control characters
/// escaped, everything else as is).
pub(crate) fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}
