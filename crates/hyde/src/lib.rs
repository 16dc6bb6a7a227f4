//! hyde: build Jekyll sites.
