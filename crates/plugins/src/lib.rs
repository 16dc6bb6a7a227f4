//! The plugins of Jekyll's ecosystem that hyde provides natively, one file each, each
//! byte-identical to its gem: jekyll-data, jekyll-redirect-from, jekyll-seo-tag,
//! jekyll-feed, jekyll-sitemap, jekyll-paginate, jekyll-include-cache, jekyll-avatar,
//! jekyll-gist, jekyll-mentions, jekyll-github-metadata, jekyll-gzip, jekyll-liquify,
//! jekyll-datapage-generator, jekyll-archives, jekyll-paginate-v2, jekyll-toc,
//! jekyll-last-modified-at, and GitHub Pages' defaults jekyll-optional-front-matter,
//! jekyll-readme-index, jekyll-titles-from-headings, jekyll-default-layout and
//! jekyll-relative-links.
//!
//! Each is a [`hyde::Plugin`] written against `hyde`'s public API only, as a third
//! party's would be. [`builtin`] makes one by its gem name; give it to
//! [`hyde::BuildOptions::plugin_lookup`] so that a site enables them as Jekyll does (by
//! `plugins:`, its Gemfile's `jekyll_plugins` group, its theme's dependencies):
//!
//! ```no_run
//! let mut options = hyde::BuildOptions::new("examples/site");
//! options.plugin_lookup = Some(hyde_plugins::builtin);
//! let report = hyde::Site::build(&options)?;
//! # Ok::<(), hyde::Error>(())
//! ```

use std::sync::Arc;

use hyde::Plugin;

mod archives;
mod avatar;
mod data;
mod datapage;
mod datapage_expr;
mod default_layout;
mod feed;
mod gist;
mod github_metadata;
#[cfg(feature = "gzip")]
mod gzip;
mod include_cache;
mod last_modified_at;
mod liquify;
mod mentions;
mod mentions_html;
mod optional_front_matter;
mod paginate;
mod paginate_v2;
mod readme_index;
mod redirect_from;
mod relative_links;
mod seo;
mod sitemap;
mod titles_from_headings;
mod toc;

pub(crate) use archives::Archives;
pub(crate) use avatar::Avatar;
pub(crate) use data::JekyllData;
pub(crate) use datapage::DatapageGenerator;
pub(crate) use default_layout::DefaultLayout;
pub(crate) use feed::Feed;
pub(crate) use gist::Gist;
pub(crate) use github_metadata::GithubMetadata;
#[cfg(feature = "gzip")]
pub(crate) use gzip::Gzip;
pub(crate) use include_cache::IncludeCache;
pub(crate) use last_modified_at::LastModifiedAt;
pub(crate) use liquify::Liquify;
pub(crate) use mentions::Mentions;
pub(crate) use optional_front_matter::OptionalFrontMatter;
pub(crate) use paginate::Paginate;
pub(crate) use paginate_v2::PaginateV2;
pub(crate) use readme_index::ReadmeIndex;
pub(crate) use redirect_from::RedirectFrom;
pub(crate) use relative_links::RelativeLinks;
pub(crate) use seo::SeoTag;
pub(crate) use sitemap::Sitemap;
pub(crate) use titles_from_headings::TitlesFromHeadings;
pub(crate) use toc::Toc;

/// A string as Ruby's `to_json` writes it (`"` and `\` and control characters
/// escaped, everything else as is).
pub(crate) fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_else(|_| format!("\"{s}\""))
}

/// A fresh instance of the plugin whose gem is `name` (`jekyll-feed`), where hyde has it.
pub fn builtin(name: &str) -> Option<Arc<dyn Plugin>> {
    Some(match name {
        "jekyll-data" => Arc::new(JekyllData),
        "jekyll-redirect-from" => Arc::new(RedirectFrom),
        "jekyll-seo-tag" => Arc::new(SeoTag),
        "jekyll-datapage-generator" => Arc::new(DatapageGenerator),
        "jekyll-liquify" => Arc::new(Liquify),
        "jekyll-include-cache" => Arc::new(IncludeCache),
        "jekyll-avatar" => Arc::new(Avatar),
        "jekyll-gist" => Arc::new(Gist),
        "jekyll-mentions" => Arc::new(Mentions),
        "jekyll-github-metadata" => Arc::new(GithubMetadata),
        "jekyll-feed" => Arc::new(Feed),
        "jekyll-sitemap" => Arc::new(Sitemap),
        "jekyll-paginate" => Arc::new(Paginate::default()),
        "jekyll-archives" => Arc::new(Archives::default()),
        "jekyll-paginate-v2" => Arc::new(PaginateV2::default()),
        "jekyll-toc" => Arc::new(Toc),
        "jekyll-last-modified-at" => Arc::new(LastModifiedAt::default()),
        "jekyll-optional-front-matter" => Arc::new(OptionalFrontMatter),
        "jekyll-readme-index" => Arc::new(ReadmeIndex),
        "jekyll-titles-from-headings" => Arc::new(TitlesFromHeadings),
        "jekyll-default-layout" => Arc::new(DefaultLayout),
        "jekyll-relative-links" => Arc::new(RelativeLinks),
        #[cfg(feature = "gzip")]
        "jekyll-gzip" => Arc::new(Gzip),
        _ => return None,
    })
}
