//! kramdown-compatible Markdown.
