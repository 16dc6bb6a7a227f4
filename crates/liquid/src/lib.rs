//! Jekyll's Liquid dialect on liquid-rust.

mod slugify;
mod value;

pub use slugify::slugify;
pub use value::{Hash, Value};
