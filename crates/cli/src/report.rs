//! How a failed build is reported: Jekyll's own line first, word for word (its
//! topic, its wording, its Liquid line numbers counted from the template's first
//! line, its names for includes and layouts), then where exactly, as
//! `file:line:column`, and the offending line of that file.

use std::path::{Path, PathBuf};

use crate::log::Logger;

/// A place in a file, as hyde knows it precisely (lines counted in the file).
struct Place {
    path: PathBuf,
    line: usize,
    column: Option<usize>,
}

/// Jekyll's logger collapses every run of white space in a message to one space.
pub(crate) fn one_line(message: &str) -> String {
    message.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `path` made absolute against `source`, as Jekyll names files it could not read.
fn absolute(source: &Path, path: &Path) -> PathBuf {
    std::path::absolute(source.join(path)).unwrap_or_else(|_| source.join(path))
}

/// Jekyll's line for `e`: its topic (empty when Jekyll logs the message as a topic
/// of its own) and its message.
fn jekyll_line(e: &hyde::Error, source: &Path) -> (&'static str, String) {
    match e {
        hyde::Error::Liquid(e) => {
            let text = e.to_string();
            let message = text
                .strip_prefix("Liquid Exception: ")
                .unwrap_or(&text)
                .to_owned();
            ("Liquid Exception:", one_line(&message))
        }
        hyde::Error::MissingConfigFile { .. } => ("Fatal:", e.to_string()),
        hyde::Error::Config { message }
            if message.starts_with("'plugins' should be set as an array of gem-names") =>
        {
            ("", message.clone())
        }
        hyde::Error::InvalidDate { location, message } => (
            "Error:",
            format!(
                "could not read file {}: {message}",
                absolute(source, Path::new(&location.file)).display()
            ),
        ),
        hyde::Error::Data { message, .. } => ("Error:", message.clone()),
        // Psych's message, which Jekyll lets Ruby print.
        hyde::Error::Yaml { location, message } => (
            "Error:",
            format!(
                "(<unknown>): {message} at line {} column {}",
                location.line.unwrap_or(0),
                location.column.unwrap_or(0)
            ),
        ),
        hyde::Error::FrontMatter { message, .. } if message.starts_with("YAML Exception") => {
            ("", message.trim_end().to_owned())
        }
        hyde::Error::InvalidMarkdownProcessor { name } => (
            "Markdown processor:",
            format!(
                "\"{name}\" is not a valid Markdown processor.\nAvailable processors are: kramdown, CommonMark"
            ),
        ),
        other => ("Error:", other.to_string()),
    }
}

/// Where `e` happened, when hyde knows the line.
fn place(e: &hyde::Error) -> Option<Place> {
    match e {
        hyde::Error::Liquid(e) => {
            let origin = e.origin();
            Some(Place {
                path: PathBuf::from(&origin.file),
                line: origin.line?,
                column: origin.column,
            })
        }
        other => {
            let location = other.location()?;
            Some(Place {
                path: PathBuf::from(&location.file),
                line: location.line?,
                column: location.column,
            })
        }
    }
}

/// The text of line `line` (1-based) of `path`, read relative to `source`.
fn source_line(source: &Path, path: &Path, line: usize) -> Option<String> {
    let full = if path.is_absolute() {
        path.to_path_buf()
    } else {
        source.join(path)
    };
    let bytes = std::fs::read(full).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    text.lines()
        .nth(line.checked_sub(1)?)
        .map(|l| l.trim_end().to_owned())
}

/// Prints `e` for a site whose source is `source`: Jekyll's line, then the
/// location and the line it points at, then the causes.
pub(crate) fn error(log: &Logger, e: &hyde::Error, source: &Path) {
    let (topic, message) = jekyll_line(e, source);
    if topic.is_empty() {
        log.error_topic(&message);
    } else {
        log.error_block(topic, &message);
    }
    if let Some(mut place) = place(e) {
        let text = source_line(source, &place.path, place.line);
        // A column past the line's end (one liquid-rust counted in its rewritten
        // text) says nothing: left out.
        if let (Some(c), Some(t)) = (place.column, &text)
            && c > t.chars().count() + 1
        {
            place.column = None;
        }
        // `file:line:column` for editors, and the words (`line 4`) for readers:
        // lines counted in the file, front matter included.
        let (column, words) = match place.column {
            Some(c) => (format!(":{c}"), format!(", column {c}")),
            None => (String::new(), String::new()),
        };
        log.error(
            "",
            &format!(
                "at {}:{}{column} (line {}{words} of the file)",
                place.path.display(),
                place.line,
                place.line
            ),
        );
        if let Some(text) = text {
            log.error("", &format!("{:>4} | {text}", place.line));
        }
    }
    let mut cause = std::error::Error::source(e);
    while let Some(c) = cause {
        log.error("", &c.to_string());
        cause = c.source();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn white_space_runs_become_one_space_as_jekylls_logger_prints_them() {
        assert_eq!(
            one_line("Could not find document 'x' in tag 'link'.\n\nMake sure"),
            "Could not find document 'x' in tag 'link'. Make sure"
        );
    }
}
