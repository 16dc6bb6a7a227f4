//! A Liquid engine in a site's context, for plugins that render templates of their own.

use std::sync::Arc;

use hyde_liquid::{Engine, Hash, Template, Value};

use crate::date::Zone;
use crate::error::Result;
use crate::render::SiteHooks;
use crate::site::Site;

/// A Liquid engine of the site's own for templates a plugin renders itself (the
/// redirect URLs, the SEO tag's template, a feed): the site's filters and Jekyll's
/// tags, with the site's `url`, `baseurl`, converters and time zone, but without the
/// site's includes or its plugins' tags.
pub struct SiteLiquid {
    engine: Engine,
    /// Filter chains parsed so far, by their text.
    chains: std::sync::Mutex<std::collections::HashMap<String, Arc<Template>>>,
}

impl SiteLiquid {
    /// The engine, seeing the site's `url`, `baseurl`, converters and time zone.
    pub fn new(site: &Site) -> SiteLiquid {
        let converters = site.converters();
        let hooks = Arc::new(SiteHooks::new(site, converters));
        let mut options = hyde_liquid::Options::default();
        options.source_dir = site.config.source.clone();
        options.timezone = match &site.zone {
            Zone::Named(tz) => Some(*tz),
            Zone::Local => None,
        };
        SiteLiquid {
            engine: Engine::new(options, hooks),
            chains: std::sync::Mutex::default(),
        }
    }

    /// Parses a template that belongs to the plugin named `plugin`.
    pub fn parse(&self, text: &str, plugin: &str) -> Result<Template> {
        Ok(self.engine.parse(text, plugin, 1)?)
    }

    /// Renders `template` with `globals`.
    pub fn render(&self, template: &Template, globals: &Hash) -> Result<String> {
        Ok(self.engine.render(template, globals)?)
    }

    /// Applies the filter chain `filters` (`absolute_url`, `markdownify | strip_html`)
    /// to `input`, as `{{ input | filters }}` prints it.
    pub fn filter(&self, input: &Value, filters: &str) -> Result<String> {
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
