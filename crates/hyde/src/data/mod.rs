//! Data files (`_data`) and their formats.

mod parse;
