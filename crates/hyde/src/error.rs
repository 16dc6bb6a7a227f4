//! The one error type of the library.

use std::path::PathBuf;

/// Where in a file something went wrong (1-based line and column).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceLocation {
    /// The file, as given (site-relative when inside the site).
    pub path: PathBuf,
    /// 1-based line, 0 when unknown.
    pub line: usize,
    /// 1-based column, 0 when unknown.
    pub column: usize,
}

impl SourceLocation {
    /// A place in `path`; 0 for an unknown line or column.
    pub fn new(path: impl Into<PathBuf>, line: usize, column: usize) -> Self {
        SourceLocation {
            path: path.into(),
            line,
            column,
        }
    }
}

impl std::fmt::Display for SourceLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.path.display())?;
        if self.line > 0 {
            write!(f, ":{}", self.line)?;
            if self.column > 0 {
                write!(f, ":{}", self.column)?;
            }
        }
        Ok(())
    }
}

/// Everything that can stop a build.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("{action} {path}: {source}")]
    Io {
        /// What was being done ("reading", "writing", …).
        action: &'static str,
        /// The path concerned.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A YAML document (config, front matter, data file) is malformed.
    #[error("{location}: {message}")]
    Yaml {
        /// Where.
        location: SourceLocation,
        /// The parser's message.
        message: String,
    },
    /// A data file (JSON, CSV, TSV, TOML) is malformed.
    #[error("{location}: {message}")]
    Data {
        /// Where.
        location: SourceLocation,
        /// The parser's message.
        message: String,
    },
    /// A configuration file named with `--config` does not exist (Jekyll's `Fatal:`).
    #[error("The configuration file '{}' could not be found.", .path.display())]
    MissingConfigFile {
        /// The file, made absolute.
        path: PathBuf,
    },
    /// `markdown:` names a processor hyde does not have (Jekyll's "Bailing out;
    /// invalid Markdown processor.").
    #[error("Markdown processor: \"{name}\" is not a valid Markdown processor.")]
    InvalidMarkdownProcessor {
        /// The name given.
        name: String,
    },
    /// The configuration is invalid.
    #[error("{message}")]
    Config {
        /// What is wrong, naming the key and file.
        message: String,
    },
    /// A Liquid template failed to parse or render.
    #[error(transparent)]
    Liquid(#[from] hyde_liquid::Error),
    /// A converter failed (Sass that does not compile).
    #[error("Conversion error: {message}")]
    Convert {
        /// The file being converted.
        path: PathBuf,
        /// The converter's message, naming file, line and column.
        message: String,
    },
    /// A file is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {offset} (line {line})")]
    Encoding {
        /// The file.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
        /// 1-based line of it.
        line: usize,
    },
    /// The destination would overwrite or delete the source, or a path escapes the site.
    #[error("{message}")]
    UnsafePath {
        /// What was refused and why.
        message: String,
    },
    /// A post or document whose date (in its front matter or its file name) is not a
    /// date: Jekyll's `Utils.parse_date` message.
    #[error("{location}: {message}")]
    InvalidDate {
        /// The file.
        location: SourceLocation,
        /// `Invalid date '…': Document '…' does not have a valid date in the …`.
        message: String,
    },
    /// A front matter problem that `strict_front_matter` makes fatal.
    #[error("{location}: {message}")]
    FrontMatter {
        /// Where.
        location: SourceLocation,
        /// What.
        message: String,
    },
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A file or folder that could not be read or written: `action` says what was being
    /// done (`reading`, `writing`, …).
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            action,
            path: path.into(),
            source,
        }
    }
}
