//! hyde: build Jekyll sites.

mod data;
mod entry_filter;
mod permalink;
mod yaml;
