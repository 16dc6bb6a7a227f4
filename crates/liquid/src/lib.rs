//! Jekyll's Liquid dialect on liquid-rust.

mod value;

pub use value::{Hash, Value};
