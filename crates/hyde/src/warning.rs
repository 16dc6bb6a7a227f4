//! Warnings: what Jekyll reports and goes on from, as values.

use std::fmt;

use crate::error::SourceLocation;

/// What a [`Warning`] is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum WarningKind {
    /// A plugin the site names that hyde does not provide, or a `_plugins/*.rb` file
    /// whose tags, filters, hooks or generators will be missing.
    Plugin,
    /// A page or document whose front matter cannot be read (YAML errors, an invalid
    /// `date`); `strict_front_matter` makes these errors.
    FrontMatter,
    /// A layout that a page or document asks for and that does not exist.
    Layout,
    /// Two outputs on one destination.
    Conflict,
    /// Liquid that Ruby's lax parser reads with a warning (`error_mode: warn`).
    Liquid,
    /// An excerpt whose Liquid blocks were closed for it.
    Excerpt,
    /// A deprecated form that still works (a `post_url` matched by date and slug).
    Deprecation,
    /// A converter's own warning (Sass's `@warn`, `@debug`).
    Converter,
    /// Configuration Jekyll passes over: an invalid `defaults:` set, a `sort_by` key a
    /// document lacks.
    Config,
    /// A file that is not read: a special file (FIFO, socket, device), a symlinked
    /// theme asset.
    Skipped,
    /// A plugin's own warning (jekyll-paginate's, jekyll-gist's, …).
    PluginMessage,
}

/// A warning, as Jekyll logs it: a topic (`Build Warning:`, `Deprecation:`, `Liquid
/// Warning:`, … or none), a message whose further lines Jekyll's log indents under the
/// first, and where it comes from when there is one place.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct Warning {
    /// What it is about.
    pub kind: WarningKind,
    /// Jekyll's log topic, with its colon (`"Build Warning:"`); may be empty.
    pub topic: String,
    /// Jekyll's words; lines after the first continue it.
    pub message: String,
    /// The file (and line, column) it is about, when there is one.
    pub location: Option<SourceLocation>,
}

impl Warning {
    /// A warning of `kind` logged under `topic` (`"Build Warning:"`).
    pub fn new(kind: WarningKind, topic: impl Into<String>, message: impl Into<String>) -> Self {
        Warning {
            kind,
            topic: topic.into(),
            message: message.into(),
            location: None,
        }
    }

    /// The same warning, about `location`.
    #[must_use]
    pub fn at(mut self, location: SourceLocation) -> Self {
        self.location = Some(location);
        self
    }
}

/// The topic and message as Jekyll's log writes them on one line (without its
/// right-aligned column).
impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.topic.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "{} {}", self.topic, self.message)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_warning_prints_as_its_topic_and_message() {
        let w = Warning::new(
            WarningKind::Layout,
            "Build Warning:",
            "Layout 'x' requested in a.md does not exist.",
        )
        .at(SourceLocation::at("a.md", 0, 0));
        assert_eq!(
            w.to_string(),
            "Build Warning: Layout 'x' requested in a.md does not exist."
        );
        assert_eq!(w.location.map(|l| l.file), Some("a.md".into()));
        let bare = Warning::new(WarningKind::Skipped, "", "x is skipped");
        assert_eq!(bare.to_string(), "x is skipped");
    }
}
