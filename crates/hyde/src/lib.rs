//! hyde: build Jekyll sites, byte for byte as Jekyll 4.3.1 builds them.
//!
//! ```no_run
//! let mut options = hyde::BuildOptions::new("examples/site");
//! options.destination = Some("examples/site/_site".into());
//! let report = hyde::Site::build(&options)?;
//! println!("{} files written", report.rendered + report.copied);
//! # Ok::<(), hyde::Error>(())
//! ```
//!
//! A site can also be read from memory ([`MemorySource`], [`BuildOptions::in_memory`])
//! and rendered to memory ([`Site::render`]), without touching the disk (a gem theme
//! excepted):
//!
//! ```
//! let files = hyde::MemorySource::from_files(
//!     "/site",
//!     [("_includes/hi.html", "Hi"), ("index.html", "---\n---\n{% include hi.html %}")],
//! );
//! let site = hyde::Site::load(&hyde::BuildOptions::in_memory(files))?;
//! let rendered = site.render()?;
//! assert_eq!(rendered.files[0].0, "index.html");
//! assert_eq!(&*rendered.files[0].1.bytes()?, b"Hi");
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

mod collection;
mod config;
mod converter;
mod data;
mod date;
mod defaults;
mod document;
mod drops;
mod entry_filter;
mod error;
mod excerpt;
mod front_matter;
mod gems;
mod incremental;
mod layout;
mod path_manager;
mod permalink;
mod plugin;
mod reader;
mod render;
pub mod ruby;
mod ruby_plugin;
mod site;
mod site_liquid;
mod source;
mod static_file;
mod theme;
mod url;
mod warning;
mod writer;
mod yaml;

/// Jekyll's Liquid dialect, for plugins' tags and filters.
pub use hyde_liquid as liquid;

pub use collection::Collection;
pub use config::{BuildOptions, Config, PluginLookup, deep_merge};
pub use converter::{Converted, Converter, priority};
pub use document::{Document, Kind};
pub use error::{Error, Result, SourceLocation};
pub use incremental::{Incremental, IncrementalReport};
pub use layout::Layout;
pub use permalink::{page_destination, url_from_placeholders};
pub use plugin::Plugin;
pub use site::{BuildReport, OutputFile, Rendered, Site};
pub use site_liquid::SiteLiquid;
pub use source::{DiskSource, MemorySource, PathKind, Source};
pub use static_file::StaticFile;
pub use theme::{Theme, ThemeSearch};
pub use warning::{Warning, WarningKind};

/// The Jekyll release whose behaviour hyde reproduces (`jekyll.version`).
pub const JEKYLL_VERSION: &str = "4.3.1";
