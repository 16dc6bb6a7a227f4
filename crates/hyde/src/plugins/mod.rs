//! The plugins of Jekyll's ecosystem that hyde provides natively, one file each.
//!
//! Each is a [`crate::Plugin`], enabled when the site names its gem in `plugins:`
//! ([`crate::plugin::builtin`]), and uses only what a third-party plugin could.

mod avatar;
mod datapage;
mod datapage_expr;
mod feed;
mod gist;
mod github_metadata;
#[cfg(feature = "gzip")]
mod gzip;
mod include_cache;
mod liquify;
mod mentions;
mod mentions_html;
mod paginate;
mod redirect_from;
mod seo;
mod sitemap;

/// The plugins' Liquid engine, by its former name.
pub(crate) use crate::SiteLiquid as PluginLiquid;

pub(crate) use avatar::Avatar;
pub(crate) use datapage::DatapageGenerator;
pub(crate) use feed::Feed;
pub(crate) use gist::Gist;
pub(crate) use github_metadata::GithubMetadata;
#[cfg(feature = "gzip")]
pub(crate) use gzip::Gzip;
pub(crate) use include_cache::IncludeCache;
pub(crate) use liquify::Liquify;
pub(crate) use mentions::Mentions;
pub(crate) use paginate::Paginate;
pub(crate) use redirect_from::RedirectFrom;
pub(crate) use seo::SeoTag;
pub(crate) use sitemap::Sitemap;

/// A string as Ruby's `to_json` writes it (`"` and `\` and control characters
/// escaped, everything else as is).
pub(crate) fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}
