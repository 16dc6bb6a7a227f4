//! Parsers for JSON, CSV, TSV and TOML data into Value.
