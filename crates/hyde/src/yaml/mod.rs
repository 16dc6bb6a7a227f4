//! YAML as Jekyll reads it: Ruby's Psych 4 (YAML 1.1, libyaml) through
//! `Psych.safe_load(text, permitted_classes: [Date, Time], aliases: true)`.
//!
//! saphyr-parser (YAML 1.2) supplies the events; [`events`] brings its
//! reading of the text in line with libyaml's where real files tell them
//! apart (tabs after `key:`, continuation lines at column 0, anchor names,
//! what follows the root node); [`compose`] builds the value as Psych's
//! `ToRuby` does (merge keys, duplicate and non-string keys, tags, aliases);
//! and [`scalar`] gives each plain scalar the Ruby meaning Psych's
//! `ScalarScanner` gives it: `yes`/`off` (any case) are booleans, `~` and
//! `null` nil, `010` is 8, `1,000` is 1000, `1e3` stays a string (a Psych
//! float needs a dot), `1:30` is 5400 (Psych's sexagesimal arithmetic),
//! `2020-01-15` a date and `2020-01-15 10:00:00 +0100` a time. Quoted and
//! block scalars are strings. `:sym` fails as it fails in Jekyll (symbols
//! are not permitted).
//!
//! ```ignore
//! let value = yaml::parse("title: Hello\ncount: 010\n")?;
//! assert_eq!(value.get("count"), Some(&Value::Int(8)));
//! ```

mod compose;
mod events;
mod indent;
mod key;
mod number;
mod scalar;
mod time;

#[cfg(test)]
mod tests;

use chrono_tz::Tz;
use hyde_liquid::Value;

/// A YAML document that cannot be loaded, with the 1-based line and column
/// it went wrong at.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} at line {line} column {column}")]
pub(crate) struct YamlError {
    /// Line, from 1.
    pub(crate) line: usize,
    /// Column, from 1.
    pub(crate) column: usize,
    /// What went wrong, in libyaml's or Ruby's words.
    pub(crate) message: String,
    /// Which of Ruby's errors this is.
    pub(crate) kind: YamlErrorKind,
}

/// Which Ruby error a [`YamlError`] stands for; Jekyll logs them differently
/// ("YAML Exception reading …" for syntax errors, "Error reading file …" or
/// "could not read file …" for the others).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum YamlErrorKind {
    /// `Psych::SyntaxError`: the text is not YAML.
    Syntax,
    /// Another error while building the value (a disallowed class such as
    /// `Symbol`, `Integer("0x")`, an unknown alias, too deep nesting).
    Load,
}

/// The first document of `text` as Jekyll loads it; `Nil` for an empty
/// stream. Times without an offset are read as UTC (Ruby's local time under
/// `TZ=UTC`).
pub(crate) fn parse(text: &str) -> Result<Value, YamlError> {
    parse_in_zone(text, None)
}

/// Like [`parse`], with times that have no offset shown in `zone`, Ruby's
/// local time zone (Jekyll's `timezone` setting); `None` is UTC.
pub(crate) fn parse_in_zone(text: &str, zone: Option<&Tz>) -> Result<Value, YamlError> {
    compose::Composer::new(text, zone)?.first_document()
}
