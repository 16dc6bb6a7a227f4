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

mod engine;
mod error;
mod filters;
mod frontend;
mod options;
mod runtime;
mod slugify;
mod state;
mod strftime;
mod tags;
mod time_parse;
mod value;

pub use engine::{Engine, EngineBuilder, Template};
pub use error::{Error, SourceLocation};
pub use filters::Filter;
pub use options::{ErrorMode, Flavor, Hooks, NoSite, Options};
pub use slugify::slugify;
pub use tags::{Context, Tag};
pub use value::{Hash, Value};
