//! Permalinks and URLs, as Jekyll's URL and UrlDrop make them.
