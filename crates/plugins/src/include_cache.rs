//! jekyll-include-cache: `{% include_cached file.html k=v %}` renders as
//! `{% include file.html k=v %}` does.
//!
//! The gem keeps each (file, parameters) output for the rest of the build; an
//! include whose output depends only on its file and parameters (what the tag
//! is meant for) renders to the same bytes either way, so hyde renders each time.

use std::sync::Arc;

use hyde_liquid::Context;

use hyde::Plugin;
use hyde::Site;

/// The jekyll-include-cache plugin.
pub(crate) struct IncludeCache;

impl Plugin for IncludeCache {
    fn name(&self) -> &str {
        "jekyll-include-cache"
    }

    fn tags(&self, _site: &Site) -> Vec<Arc<dyn hyde_liquid::Tag>> {
        vec![Arc::new(IncludeCached)]
    }
}

/// The `include_cached` tag: Jekyll's `include` under another name.
struct IncludeCached;

impl hyde_liquid::Tag for IncludeCached {
    fn name(&self) -> &str {
        "include_cached"
    }

    /// Not called: the engine renders the tag as `include` ([`Self::alias_of`]).
    fn render(&self, _markup: &str, _context: &Context<'_>) -> Result<String, String> {
        Err("include_cached is rendered as include".to_owned())
    }

    fn alias_of(&self) -> Option<&str> {
        Some("include")
    }
}
