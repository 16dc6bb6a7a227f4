//! The errors of parsing and rendering Liquid.

use std::fmt;
use std::path::PathBuf;

/// Where in which file something went wrong.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct SourceLocation {
    /// The file, site-relative as given to [`crate::Engine::parse`].
    pub file: String,
    /// The 1-based line in the file, when known.
    pub line: Option<usize>,
    /// The 1-based column, when known.
    pub column: Option<usize>,
}

impl SourceLocation {
    pub(crate) fn new(file: &str, line: Option<usize>, column: Option<usize>) -> Self {
        SourceLocation {
            file: file.to_owned(),
            line,
            column,
        }
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

fn line_note(line: Option<usize>) -> String {
    line.map(|l| format!(" (line {l})")).unwrap_or_default()
}

/// An error from parsing or rendering a template, worded like Jekyll's
/// `Liquid Exception: MESSAGE in FILE`.
#[derive(thiserror::Error, Debug)]
#[non_exhaustive]
pub enum Error {
    /// The template does not parse (unknown tag, unclosed block, bad markup).
    #[error("Liquid Exception: Liquid syntax error{}: {message} in {}", line_note(.location.line), .location.file)]
    Syntax {
        /// Where.
        location: SourceLocation,
        /// What, as liquid-rust or the tag said it.
        message: String,
    },
    /// Rendering failed (a filter or tag raised an error).
    #[error("Liquid Exception: Liquid error{}: {message} in {}", line_note(.location.line), .location.file)]
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
    #[error("Liquid Exception: Liquid syntax error ({} line {}): {message} included in {}", .include.display(), .include_line.unwrap_or(1), .location.file)]
    IncludedSyntax {
        /// The file holding the `include` tag, and its line.
        location: SourceLocation,
        /// The include's path.
        include: PathBuf,
        /// The line in the include.
        include_line: Option<usize>,
        /// What does not parse.
        message: String,
    },
    /// Rendering an included file failed (an undefined variable or filter in it):
    /// Jekyll names the include's path and line, then the file that included it.
    #[error("Liquid Exception: Liquid error ({} line {}): {message} included in {}", .include.display(), .include_line, .location.file)]
    IncludedRender {
        /// The file holding the `include` tag, and its line.
        location: SourceLocation,
        /// The include's path.
        include: PathBuf,
        /// The line in the include (1 when unknown).
        include_line: usize,
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
            include: PathBuf::from("/site/_includes/invalid.html"),
            include_line: Some(1),
            message: "Unknown tag 'INVALID'".into(),
        };
        assert_eq!(
            e.to_string(),
            "Liquid Exception: Liquid syntax error (/site/_includes/invalid.html line 1): Unknown tag 'INVALID' included in index.html"
        );
    }

    #[test]
    fn messages_read_like_jekyll() {
        let e = Error::Syntax {
            location: SourceLocation::new("index.html", Some(3), Some(4)),
            message: "Unknown tag 'foo'".into(),
        };
        assert_eq!(
            e.to_string(),
            "Liquid Exception: Liquid syntax error (line 3): Unknown tag 'foo' in index.html"
        );
    }
}
