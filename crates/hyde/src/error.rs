//! The one error type of the library.

use std::path::PathBuf;

pub use hyde_liquid::SourceLocation;

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
    /// Where the error is: the file, and the line and column where they are known.
    /// `None` for errors about no one file (a configuration key, an unsafe destination).
    pub fn location(&self) -> Option<SourceLocation> {
        match self {
            Error::Io { path, .. } | Error::Convert { path, .. } => {
                Some(SourceLocation::at(path, 0, 0))
            }
            Error::Yaml { location, .. }
            | Error::Data { location, .. }
            | Error::InvalidDate { location, .. }
            | Error::FrontMatter { location, .. } => Some(location.clone()),
            Error::MissingConfigFile { path } => Some(SourceLocation::at(path, 0, 0)),
            Error::Liquid(e) => Some(e.location().clone()),
            Error::Encoding { path, line, .. } => Some(SourceLocation::at(path, *line, 0)),
            Error::Config { .. }
            | Error::InvalidMarkdownProcessor { .. }
            | Error::UnsafePath { .. } => None,
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_about_a_file_give_its_location() {
        let yaml = Error::Yaml {
            location: SourceLocation::at("_config.yml", 3, 7),
            message: "did not find expected key".into(),
        };
        let at = yaml.location().unwrap_or_default();
        assert_eq!(
            (at.file.as_str(), at.line, at.column),
            ("_config.yml", Some(3), Some(7))
        );
        let encoding = Error::Encoding {
            path: "a.md".into(),
            offset: 9,
            line: 2,
        };
        assert_eq!(encoding.location().and_then(|l| l.line), Some(2));
        let config = Error::Config {
            message: "exclude must be a list".into(),
        };
        assert_eq!(config.location(), None);
    }
}
