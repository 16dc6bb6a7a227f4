//! The errors of parsing and rendering Liquid.

use std::fmt;
use std::path::PathBuf;

/// Where in which file something went wrong.
///
/// The one location type of hyde's crates: Liquid's errors, the site's errors
/// (`hyde::Error::location`) and warnings all use it.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct SourceLocation {
    /// The file, site-relative where it is inside the site (as given to
    /// [`crate::Engine::parse`]).
    pub file: String,
    /// The 1-based line in the file, when known.
    pub line: Option<usize>,
    /// The 1-based column, when known.
    pub column: Option<usize>,
    /// The line of the file the template starts on: the line after the front
    /// matter of a page, 1 for an include. Jekyll counts Liquid's lines from there.
    pub first_line: usize,
}

impl SourceLocation {
    /// A place in `file`.
    pub fn new(file: impl Into<String>, line: Option<usize>, column: Option<usize>) -> Self {
        SourceLocation {
            file: file.into(),
            line,
            column,
            first_line: 1,
        }
    }

    /// A place in the file at `path`, with 0 for an unknown line or column.
    pub fn at(path: impl AsRef<std::path::Path>, line: usize, column: usize) -> Self {
        SourceLocation {
            file: path.as_ref().to_string_lossy().into_owned(),
            line: (line > 0).then_some(line),
            column: (column > 0).then_some(column),
            first_line: 1,
        }
    }

    /// The same place in a template that starts on line `first_line` of its file.
    pub(crate) fn starting_at(mut self, first_line: usize) -> Self {
        self.first_line = first_line.max(1);
        self
    }

    /// The line as Ruby Liquid numbers it in Jekyll's messages: counted from the
    /// template's first line, not the file's.
    pub fn template_line(&self) -> Option<usize> {
        self.line
            .map(|l| (l + 1).saturating_sub(self.first_line.max(1)).max(1))
    }
}

impl fmt::Display for SourceLocation {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.file)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        Ok(())
    }
}

fn line_note(location: &SourceLocation) -> String {
    location
        .template_line()
        .map(|l| format!(" (line {l})"))
        .unwrap_or_default()
}

fn included_line(origin: &SourceLocation) -> usize {
    origin.template_line().unwrap_or(1)
}

/// An error from parsing or rendering a template, worded like Jekyll's
/// `Liquid Exception: MESSAGE in FILE`.
#[derive(thiserror::Error, Debug)]
#[non_exhaustive]
pub enum Error {
    /// The template does not parse (unknown tag, unclosed block, bad markup).
    #[error("Liquid Exception: Liquid syntax error{}: {message} in {}", line_note(.location), .location.file)]
    Syntax {
        /// Where.
        location: SourceLocation,
        /// What, as liquid-rust or the tag said it.
        message: String,
    },
    /// Rendering failed (a filter or tag raised an error).
    #[error("Liquid Exception: Liquid error{}: {message} in {}", line_note(.location), .location.file)]
    Render {
        /// Where.
        location: SourceLocation,
        /// What went wrong.
        message: String,
    },
    /// A Jekyll filter raised an error of its own rather than a Liquid
    /// error (`Invalid Date: '"x"' is not a valid datetime.`): Jekyll prints
    /// its message without Liquid's prefix and line.
    #[error("Liquid Exception: {message} in {}", .location.file)]
    Jekyll {
        /// Where.
        location: SourceLocation,
        /// Jekyll's message.
        message: String,
    },
    /// An included file does not parse. Jekyll names the include's full path and
    /// line, then the file that included it (`… (/site/_includes/x.html line 1):
    /// Unknown tag 'y' included in index.html`).
    #[error("Liquid Exception: Liquid syntax error ({} line {}): {message} included in {}", .include.display(), included_line(.origin), .location.file)]
    IncludedSyntax {
        /// The page or layout whose rendering included the file, and the line.
        location: SourceLocation,
        /// The include's path as Jekyll names it (for nested includes, the
        /// outermost one: each `include` tag renames the error on its way out).
        include: Box<std::path::Path>,
        /// Where in which include it went wrong (the innermost).
        origin: Box<SourceLocation>,
        /// What does not parse.
        message: String,
    },
    /// Rendering an included file raised a Liquid error (`Liquid error
    /// (/site/_includes/x.html line 3): divided by 0 included in index.html`).
    #[error("Liquid Exception: Liquid error ({} line {}): {message} included in {}", .include.display(), included_line(.origin), .location.file)]
    IncludedRender {
        /// The page or layout whose rendering included the file, and the line.
        location: SourceLocation,
        /// The include's path as Jekyll names it (the outermost include).
        include: Box<std::path::Path>,
        /// Where in which include it went wrong (the innermost).
        origin: Box<SourceLocation>,
        /// What went wrong.
        message: String,
    },
    /// An `include` or `include_relative` names a file that cannot be used:
    /// missing, outside its directory, or an invalid name.
    #[error("Liquid Exception: {message} in {}", .location.file)]
    Include {
        /// The file holding the tag, and its line.
        location: SourceLocation,
        /// Jekyll's message (names the include and the directories searched).
        message: String,
    },
    /// Includes nest too deeply, as an include that includes itself does.
    #[error("Liquid Exception: Nesting too deep: include loop through '{include}' in {} (line {}), included in {page}", .location.file, .location.line.unwrap_or(1))]
    IncludeLoop {
        /// The file holding the tag, and its line.
        location: SourceLocation,
        /// The page whose render included it.
        page: String,
        /// The include that would nest once more.
        include: String,
    },
    /// An include file could not be read.
    #[error("Liquid Exception: could not read {} in {}", .path.display(), .location.file)]
    Io {
        /// The file holding the tag, and its line.
        location: SourceLocation,
        /// The file that could not be read.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
}

impl Error {
    /// Where the error happened.
    pub fn location(&self) -> &SourceLocation {
        match self {
            Error::Syntax { location, .. }
            | Error::Render { location, .. }
            | Error::Jekyll { location, .. }
            | Error::Include { location, .. }
            | Error::IncludedSyntax { location, .. }
            | Error::IncludedRender { location, .. }
            | Error::IncludeLoop { location, .. }
            | Error::Io { location, .. } => location,
        }
    }

    /// Where exactly: inside the include for an error in an included file,
    /// otherwise [`Error::location`].
    pub fn origin(&self) -> &SourceLocation {
        match self {
            Error::IncludedSyntax { origin, .. } | Error::IncludedRender { origin, .. } => {
                origin.as_ref()
            }
            other => other.location(),
        }
    }

    /// The error as an `include` tag passes it on: a Liquid error in the included
    /// file `include` is renamed after it, as Jekyll's `Inclusion#render` sets
    /// `template_name` (the outermost include wins; the line stays the innermost).
    pub(crate) fn included(self, include: &std::path::Path, location: &SourceLocation) -> Error {
        match self {
            Error::Syntax {
                location: origin,
                message,
            } => Error::IncludedSyntax {
                location: location.clone(),
                include: include.into(),
                origin: Box::new(origin),
                message,
            },
            Error::Render {
                location: origin,
                message,
            } => Error::IncludedRender {
                location: location.clone(),
                include: include.into(),
                origin: Box::new(origin),
                message,
            },
            Error::IncludedSyntax {
                origin, message, ..
            } => Error::IncludedSyntax {
                location: location.clone(),
                include: include.into(),
                origin,
                message,
            },
            Error::IncludedRender {
                origin, message, ..
            } => Error::IncludedRender {
                location: location.clone(),
                include: include.into(),
                origin,
                message,
            },
            other => other,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Jekyll 4.3.1 (the conformance scenario "When receiving a liquid syntax error in
    // included file") prints `Liquid syntax error (/…/invalid.html line 1): Unknown
    // tag 'INVALID' included in index.html`.
    #[test]
    fn syntax_errors_in_includes_name_both_files() {
        let e = Error::IncludedSyntax {
            location: SourceLocation::new("index.html", Some(4), None),
            include: std::path::Path::new("/site/_includes/invalid.html").into(),
            origin: Box::new(SourceLocation::new("_includes/invalid.html", Some(1), None)),
            message: "Unknown tag 'INVALID'".into(),
        };
        assert_eq!(
            e.to_string(),
            "Liquid Exception: Liquid syntax error (/site/_includes/invalid.html line 1): Unknown tag 'INVALID' included in index.html"
        );
    }

    #[test]
    fn messages_read_like_jekyll() {
        // Line 6 of the file, the third after the front matter.
        let e = Error::Syntax {
            location: SourceLocation::new("index.html", Some(6), Some(4)).starting_at(4),
            message: "Unknown tag 'foo'".into(),
        };
        assert_eq!(
            e.to_string(),
            "Liquid Exception: Liquid syntax error (line 3): Unknown tag 'foo' in index.html"
        );
    }
}
