//! Permalinks and URLs, as Jekyll's URL and UrlDrop make them.
//!
//! Everything here is pure: plain inputs in, strings out, no file system.
//! Each function names the Jekyll 4.3.1 method it reproduces.
//!
//! # Documents (posts and collection items)
//!
//! 1. When reading a document, [`populate_title`] gives what Jekyll derives
//!    from the file name: the date (read it with [`filename_date`], midnight
//!    in the site zone; Jekyll uses it unless the front matter `date` differs
//!    from the site time), and the `slug`, `ext` and `title` to store in the
//!    data when the front matter did not set them. For `_posts`, keep only
//!    entries for which [`match_dated`] is `Some`; for `_drafts`, those for
//!    which [`match_dateless`] is `Some`.
//! 2. The collection's URL template is `collections.<label>.permalink` when
//!    the config sets it (taken literally, even `pretty`); otherwise
//!    [`PermalinkStyle::posts_template`] for `posts`, and
//!    [`PermalinkStyle::collection_template`] for other collections, with the
//!    style from [`PermalinkStyle::from_config`] of the site's `permalink:`
//!    (default `"date"`).
//! 3. The output extension is [`output_ext`] of the front matter permalink
//!    and the converter's extension (pages too).
//! 4. [`document_url`] with that template, the front matter `permalink` (a
//!    string, if any) and a [`DocumentUrlInput`] gives `page.url`. Errors are
//!    the ones Jekyll stops on: an unknown `:placeholder`, or a value
//!    Addressable refuses.
//! 5. [`document_destination`] gives the output path relative to the
//!    destination folder.
//!
//! # Pages
//!
//! [`page_url`] with a [`PageUrlInput`] (Jekyll's `@dir`, the file name, the
//! output extension and the front matter permalink) and the style; then
//! [`page_destination`]; [`page_dir`] is Liquid's `page.dir`.
//!
//! # Static files
//!
//! [`static_file_url`] then [`static_file_destination`].
//!
//! # Building blocks
//!
//! [`escape_path`] / [`unescape_path`] (Jekyll's `URL.escape_path` and
//! `URL.unescape_path`, reproducing Addressable's quirks), [`sanitize_url`],
//! and the two ways Jekyll fills a template: [`fill_from_hash`] (pages,
//! static files, plugins that pass a hash) and [`fill_from_lookup`]
//! (documents, through their `UrlDrop`). [`titleize_slug`] is
//! `Utils.titleize_slug`.

mod document;
mod escape;
mod page;
mod post_filename;
mod ruby_path;
mod style;
mod url;

#[allow(
    unused_imports,
    reason = "the API the reading and rendering pipeline uses"
)]
pub(crate) use self::{
    document::{DocumentUrlInput, document_destination, document_url, output_ext},
    escape::{escape_path, unescape_path},
    page::{
        PageUrlInput, StaticFileCollection, page_dir, page_url, static_file_destination,
        static_file_url,
    },
    post_filename::{
        DatedFilename, FilenameParts, filename_date, match_dated, match_dateless, populate_title,
        titleize_slug,
    },
    style::PermalinkStyle,
    url::{fill_from_hash, fill_from_lookup, sanitize_url},
};
pub use self::{page::page_destination, url::url_from_placeholders};

/// Why a URL could not be made. Jekyll stops the build in each case.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub(crate) enum PermalinkError {
    /// The template names a placeholder documents do not have.
    #[error(
        "the URL template '{template}' has no ':{name}' placeholder; check your permalink template"
    )]
    UnknownPlaceholder {
        /// The template or permalink.
        template: String,
        /// The placeholder, without its colon.
        name: String,
    },
    /// A placeholder value is not a URI reference Addressable accepts
    /// (`Addressable::URI::InvalidURIError` in Jekyll).
    #[error("cannot escape '{value}' for a URL: {reason}")]
    InvalidUri {
        /// The placeholder value.
        value: String,
        /// What Addressable objects to.
        reason: String,
    },
    /// A date in a post's file name is out of range.
    #[error("invalid date '{date}' in a file name: {reason}")]
    InvalidDate {
        /// The date as written.
        date: String,
        /// Ruby's complaint.
        reason: String,
    },
}
