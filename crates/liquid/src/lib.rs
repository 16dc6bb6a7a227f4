//! Jekyll's Liquid dialect on liquid-rust.
//!
//! [`Engine`] parses templates written for Jekyll 4.3 (Ruby Liquid 5.4 with
//! Jekyll's tags and filters) and renders them with the site's data,
//! producing the same bytes Jekyll does.
//!
//! ```
//! use std::sync::Arc;
//! use hyde_liquid::{Engine, Hash, NoSite, Options, Value};
//!
//! let engine = Engine::new(Options::default(), Arc::new(NoSite));
//! let template = engine.parse("{{ page.title | upcase }} {{ 1.5 | times: 2 }}", "index.html", 1)?;
//! let mut page = Hash::new();
//! page.insert("title".into(), Value::str("hello"));
//! let mut globals = Hash::new();
//! globals.insert("page".into(), Value::hash(page));
//! assert_eq!(engine.render(&template, &globals)?, "HELLO 3.0");
//! # Ok::<(), hyde_liquid::Error>(())
//! ```
//!
//! # How it works
//!
//! * A front end rewrites each template before liquid-rust's parser sees it,
//!   keeping every line where it was: the markup of Jekyll's tags
//!   (`{% include dir/x.html k="v" %}`) is packed into a string, every
//!   `{{ }}` gets a last filter that prints as Ruby's `to_s`, unknown filters
//!   are renamed so lax mode can pass their input through, blocks that print
//!   only whitespace are made silent (as Ruby Liquid's blank blocks), tabs are
//!   trimmed by `{%-`, and a line marker precedes each output and tag so that
//!   render errors name their line. Markup Ruby's strict parser rejects
//!   (`{% if a and (b or c) %}`, `{% for x in xs | limit: 2 %}`, `{{ x | }}`)
//!   is rewritten as Ruby's lax parser reads it (with Jekyll's warning in
//!   `warn` mode, a syntax error in `strict` mode), and lookups liquid-rust's
//!   grammar cannot write (`foo. bar`, `['a b']`, `bar?`) go through a root
//!   variable.
//! * Rendering runs on hyde's own [`liquid_core::Runtime`]: undefined
//!   variables are nil, lookups borrow the site's [`Value`]s, and arrays or
//!   hashes handed to liquid-rust (by `assign` or filters) travel as handles
//!   to the shared value, never as copies.
//! * Tags and filters whose liquid-rust versions differ from Ruby's (`if`,
//!   `for`, `case`, `cycle`, `tablerow`, the math, string and array filters)
//!   are hyde's own, registered on liquid-core's [`liquid_core::Language`].
//! * Any liquid-rust user can take Jekyll's dialect into their own
//!   `liquid::ParserBuilder`: [`Engine::add_filters_to`] adds Ruby Liquid's and
//!   Jekyll's filters, [`Engine::add_tags_to`] Jekyll's tags (`include`,
//!   `include_relative`, `link`, `post_url`, `highlight`).
//! * Sites add tags and filters through [`Engine::builder`] ([`Tag`],
//!   [`Filter`]); [`Flavor::Liquid`] gives plain Liquid without Jekyll's,
//!   with Liquid's own `include` and `render` reading templates from
//!   [`EngineBuilder::partials`] ([`Partials`], [`PartialDir`]).
//! * Ruby's `Time`s print as Ruby prints them: [`Value::Time`] with its
//!   offset (`%Z` is the site zone's abbreviation when the offset is the
//!   zone's), [`Value::TimeUtc`] for UTC times (YAML's `…Z`) with `UTC`.

mod engine;
mod error;
mod filters;
mod frontend;
mod options;
mod partials;
mod profile;
mod runtime;
mod slugify;
mod state;
mod strftime;
mod syntax_message;
mod tags;
mod time_parse;
mod value;

pub use engine::{Engine, EngineBuilder, Template};
pub use error::{Error, SourceLocation};
pub use filters::{Filter, FilterContext};
pub use options::{ErrorMode, Flavor, Hooks, NoSite, Options};
pub use partials::{PartialDir, Partials};
pub use profile::{FileStats, Profile};
pub use slugify::slugify;
pub use tags::{Context, Tag};
pub use time_parse::parse_time;
pub use value::{
    COLLECTION_DROP, ContentReads, Hash, JEKYLL_DROP, Object, ObjectKind, Value,
    watch_content_reads, watch_own_content,
};
