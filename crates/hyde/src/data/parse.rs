//! Parsers for JSON, CSV, TSV and TOML data into [`Value`], each as Jekyll
//! 4.3.1 reads the format:
//!
//! * `.json` data files go through the YAML loader (`DataReader` has no JSON
//!   branch), so `1e5` is the string `"1e5"` and `"2020-01-15"` stays a string;
//! * `.csv` and `.tsv` are Ruby's `CSV.read(path, headers: true)` rows turned
//!   into hashes (`CSV::Row#to_hash`), with Ruby's strict quoting rules;
//! * `_config.toml` is read by tomlrb 1.3, which makes every date a `Time`.

use chrono::{FixedOffset, NaiveDate, NaiveTime, TimeZone};
use hyde_liquid::{Hash, Value};

/// A data file that cannot be read, with the 1-based line and column.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{message} (line {line}, column {column})")]
pub(crate) struct DataError {
    /// Line, from 1.
    pub(crate) line: usize,
    /// Column, from 1.
    pub(crate) column: usize,
    /// What went wrong, in Ruby's words where Ruby has them.
    pub(crate) message: String,
}

/// A `.json` data file: Jekyll loads it with its YAML loader, and so does hyde.
pub(crate) fn json(text: &str) -> Result<Value, DataError> {
    crate::yaml::parse(text).map_err(|e| DataError {
        line: e.line,
        column: e.column,
        message: e.message,
    })
}

/// A `.csv` data file: an array with one hash per row, keyed by the header row.
pub(crate) fn csv(text: &str) -> Result<Value, DataError> {
    rows_to_hashes(read_table(text, ',')?)
}

/// A `.tsv` data file: like [`csv`] with tabs between fields (double quotes
/// still quote, as in Ruby's `CSV` with `col_sep: "\t"`).
pub(crate) fn tsv(text: &str) -> Result<Value, DataError> {
    rows_to_hashes(read_table(text, '\t')?)
}

/// A field: `None` for an empty unquoted field (Ruby's `nil`).
type Field = Option<String>;

/// `CSV::Row#to_hash` for every row after the header row: each header takes
/// the first field under it; fields beyond the headers have a nil header
/// (the key `""`); missing fields are nil.
fn rows_to_hashes(rows: Vec<Vec<Field>>) -> Result<Value, DataError> {
    let mut rows = rows.into_iter();
    let Some(headers) = rows.next() else {
        return Ok(Value::array(Vec::new()));
    };
    let mut out = Vec::new();
    for fields in rows {
        let width = headers.len().max(fields.len());
        let pairs: Vec<(&Field, &Field)> = (0..width)
            .map(|i| {
                (
                    headers.get(i).unwrap_or(&None),
                    fields.get(i).unwrap_or(&None),
                )
            })
            .collect();
        // Ruby keys are distinct for nil and "", hyde's are both "".
        let mut seen: Vec<&Field> = Vec::new();
        let mut hash = Hash::new();
        for (header, value) in &pairs {
            if seen.contains(header) {
                continue;
            }
            seen.push(header);
            let value = value.as_deref().map_or(Value::Nil, Value::from);
            hash.insert((*header).clone().unwrap_or_default(), value);
        }
        out.push(Value::hash(hash));
    }
    Ok(Value::array(out))
}

/// Ruby's `CSV` parser (strict, not `liberal_parsing`): the row separator is
/// the first `\r\n`, `\r` or `\n` in the text; `"` quotes; errors carry
/// Ruby's messages, where "line" counts rows.
fn read_table(text: &str, col_sep: char) -> Result<Vec<Vec<Field>>, DataError> {
    let row_sep = detect_row_sep(text);
    let mut reader = TableReader {
        text,
        pos: 0,
        row: 1,
        col_sep,
        row_sep,
    };
    let mut rows = Vec::new();
    while reader.pos < text.len() {
        rows.push(reader.row()?);
        reader.row += 1;
    }
    Ok(rows)
}

/// Ruby's `detect_row_separator`.
fn detect_row_sep(text: &str) -> &'static str {
    let lf = text.find('\n');
    let cr = text[..lf.unwrap_or(text.len())].find('\r');
    match (cr, lf) {
        (Some(c), Some(l)) if c + 1 == l => "\r\n",
        (Some(_), _) => "\r",
        _ => "\n",
    }
}

/// A cursor over CSV text.
struct TableReader<'a> {
    text: &'a str,
    pos: usize,
    /// The row being read, from 1 (Ruby's "line" in its messages).
    row: usize,
    col_sep: char,
    row_sep: &'static str,
}

impl TableReader<'_> {
    fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    /// Reads one row and its separator.
    fn row(&mut self) -> Result<Vec<Field>, DataError> {
        let mut fields = Vec::new();
        if self.rest().starts_with(self.row_sep) {
            // A blank line: a row without fields.
            self.pos += self.row_sep.len();
            return Ok(fields);
        }
        loop {
            let field = if self.rest().starts_with('"') {
                self.quoted()?
            } else {
                self.unquoted(fields.is_empty())?
            };
            fields.push(field);
            if self.rest().starts_with(self.col_sep) {
                self.pos += self.col_sep.len_utf8();
            } else if self.rest().starts_with(self.row_sep) {
                self.pos += self.row_sep.len();
                return Ok(fields);
            } else if self.rest().is_empty() {
                return Ok(fields);
            } else {
                return Err(self.error(format!(
                    "Any value after quoted field isn't allowed in line {}.",
                    self.row
                )));
            }
        }
    }

    /// A quoted field; `""` inside is one quote.
    fn quoted(&mut self) -> Result<Field, DataError> {
        let start = self.pos;
        self.pos += 1;
        let mut value = String::new();
        loop {
            let rest = self.rest();
            let Some(quote) = rest.find('"') else {
                self.pos = start;
                return Err(self.error(format!("Unclosed quoted field in line {}.", self.row)));
            };
            value.push_str(&rest[..quote]);
            self.pos += quote + 1;
            if self.rest().starts_with('"') {
                value.push('"');
                self.pos += 1;
            } else {
                return Ok(Some(value));
            }
        }
    }

    /// An unquoted field, up to the next separator; `None` when empty.
    fn unquoted(&mut self, first: bool) -> Result<Field, DataError> {
        let rest = self.rest();
        let end = rest
            .char_indices()
            .find(|&(i, c)| c == self.col_sep || rest[i..].starts_with(self.row_sep))
            .map_or(rest.len(), |(i, _)| i);
        let field = rest[..end].to_owned();
        let after = rest[end..].starts_with('\n');
        if let Some(bad) = field.find(['\r', '\n']) {
            let newline = if field[bad..].starts_with("\r\n") || (field[bad..] == *"\r" && after) {
                "\r\n"
            } else if field.as_bytes()[bad] == b'\r' {
                "\r"
            } else {
                "\n"
            };
            self.pos += bad;
            let message = if first && bad == 0 {
                format!(
                    "New line must be <{:?}> not <{newline:?}> in line {}.",
                    self.row_sep, self.row
                )
            } else {
                format!(
                    "Unquoted fields do not allow new line <{newline:?}> in line {}.",
                    self.row
                )
            };
            return Err(self.error(message));
        }
        if let Some(quote) = field.find('"') {
            self.pos += quote;
            return Err(self.error(format!("Illegal quoting in line {}.", self.row)));
        }
        self.pos += end;
        Ok((!field.is_empty()).then_some(field))
    }

    /// An error at the cursor, located by physical line and column.
    fn error(&self, message: String) -> DataError {
        let (line, column) = line_column(self.text, self.pos);
        DataError {
            line,
            column,
            message,
        }
    }
}

/// The 1-based line and column (in characters) of byte `offset`.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let before = &text[..offset.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// `_config.toml` as tomlrb 1.3 reads it: tables keep their order, and a
/// date or date-time becomes a `Time` (offset `+00:00` when none is given,
/// midnight for a bare date).
pub(crate) fn toml(text: &str) -> Result<Value, DataError> {
    let table: toml::Table = text.parse().map_err(|e: toml::de::Error| {
        let (line, column) = e
            .span()
            .map_or((1, 1), |span| line_column(text, span.start));
        DataError {
            line,
            column,
            message: e.message().to_owned(),
        }
    })?;
    let mut hash = Hash::new();
    for (key, value) in table {
        hash.insert(
            key,
            toml_value(value).map_err(|message| DataError {
                line: 1,
                column: 1,
                message,
            })?,
        );
    }
    Ok(Value::hash(hash))
}

/// One TOML value as tomlrb gives it.
fn toml_value(value: toml::Value) -> Result<Value, String> {
    Ok(match value {
        toml::Value::String(s) => Value::from(s),
        toml::Value::Integer(i) => Value::Int(i),
        toml::Value::Float(f) => Value::Float(f),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(dt) => toml_datetime(&dt)?,
        toml::Value::Array(items) => Value::array(
            items
                .into_iter()
                .map(toml_value)
                .collect::<Result<_, _>>()?,
        ),
        toml::Value::Table(table) => {
            let mut hash = Hash::new();
            for (key, value) in table {
                hash.insert(key, toml_value(value)?);
            }
            Value::hash(hash)
        }
    })
}

/// tomlrb's `Time.new(y, m, d, h || 0, min || 0, sec, offset || "+00:00")`.
fn toml_datetime(dt: &toml::value::Datetime) -> Result<Value, String> {
    let Some(date) = dt.date else {
        return Err(format!("tomlrb cannot read the local time {dt}"));
    };
    let date = NaiveDate::from_ymd_opt(
        i32::from(date.year),
        u32::from(date.month),
        u32::from(date.day),
    )
    .ok_or_else(|| format!("no such date: {dt}"))?;
    let time = match dt.time {
        Some(t) => NaiveTime::from_hms_nano_opt(
            u32::from(t.hour),
            u32::from(t.minute),
            u32::from(t.second),
            t.nanosecond,
        ),
        None => NaiveTime::from_hms_opt(0, 0, 0),
    }
    .ok_or_else(|| format!("no such time: {dt}"))?;
    let seconds = match dt.offset {
        None | Some(toml::value::Offset::Z) => 0,
        Some(toml::value::Offset::Custom { minutes }) => i32::from(minutes) * 60,
    };
    let offset = FixedOffset::east_opt(seconds).ok_or_else(|| format!("no such offset: {dt}"))?;
    offset
        .from_local_datetime(&date.and_time(time))
        .single()
        .map(Value::Time)
        .ok_or_else(|| format!("no such time: {dt}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values checked with Ruby 3.1.2 (csv 3.2.2, tomlrb 1.3.0):
    // `ruby -rcsv -e 'p CSV.read("f.csv", headers: true, converters: [], encoding: "utf-8").map(&:to_hash)'`,
    // `ruby -rtomlrb -e 'p Tomlrb.load_file("f.toml")'`, and for JSON the
    // YAML loader (`Psych.safe_load`) that Jekyll's DataReader uses.

    fn s(text: &str) -> Value {
        Value::from(text)
    }

    fn row(pairs: &[(&str, Value)]) -> Value {
        Value::hash(
            pairs
                .iter()
                .map(|(k, v)| ((*k).to_owned(), v.clone()))
                .collect(),
        )
    }

    #[test]
    fn csv_rows_become_hashes_keyed_by_header() {
        let text = "name,age,name\nalice,30,x\n\"bob \"\"b\"\"\",,\n\ncarol\n,\"\",1,extra\n";
        let expected = Value::array(vec![
            row(&[("name", s("alice")), ("age", s("30"))]),
            row(&[("name", s("bob \"b\"")), ("age", Value::Nil)]),
            row(&[("name", Value::Nil), ("age", Value::Nil)]),
            row(&[("name", s("carol")), ("age", Value::Nil)]),
            row(&[("name", Value::Nil), ("age", s("")), ("", s("extra"))]),
        ]);
        assert_eq!(csv(text), Ok(expected));
    }

    #[test]
    fn csv_line_endings_and_edges() {
        assert_eq!(
            csv("a,b\n1,2"),
            Ok(Value::array(vec![row(&[("a", s("1")), ("b", s("2"))])]))
        );
        assert_eq!(
            csv("a,b\r1,2\r"),
            Ok(Value::array(vec![row(&[("a", s("1")), ("b", s("2"))])]))
        );
        assert_eq!(
            csv("a,b\r\n1,2\r\n"),
            Ok(Value::array(vec![row(&[("a", s("1")), ("b", s("2"))])]))
        );
        assert_eq!(
            csv("a, b \n 1 , 2\n"),
            Ok(Value::array(vec![row(&[
                ("a", s(" 1 ")),
                (" b ", s(" 2"))
            ])]))
        );
        assert_eq!(
            csv("a,\"b\nc\"\n1,2\n"),
            Ok(Value::array(vec![row(&[("a", s("1")), ("b\nc", s("2"))])]))
        );
        assert_eq!(
            csv(",b\n1,2\n"),
            Ok(Value::array(vec![row(&[("", s("1")), ("b", s("2"))])]))
        );
        assert_eq!(
            csv("a,b\n1,\n"),
            Ok(Value::array(vec![row(&[("a", s("1")), ("b", Value::Nil)])]))
        );
        assert_eq!(
            csv("a,b\n \n"),
            Ok(Value::array(vec![row(&[("a", s(" ")), ("b", Value::Nil)])]))
        );
        assert_eq!(
            csv("a;b\n1;2\n"),
            Ok(Value::array(vec![row(&[("a;b", s("1;2"))])]))
        );
        assert_eq!(
            csv("\u{feff}h1,h2\r\n1,2\r\n"),
            Ok(Value::array(vec![row(&[
                ("\u{feff}h1", s("1")),
                ("h2", s("2"))
            ])]))
        );
        assert_eq!(csv(""), Ok(Value::array(vec![])));
        assert_eq!(csv("a,b\n"), Ok(Value::array(vec![])));
    }

    #[test]
    fn csv_errors_use_ruby_messages() {
        let message = |text: &str| csv(text).err().map(|e| e.message).unwrap_or_default();
        assert_eq!(
            message("a,b\n\"1\"x,2\n"),
            "Any value after quoted field isn't allowed in line 2."
        );
        assert_eq!(message("a,b\n1,x\"y\n"), "Illegal quoting in line 2.");
        assert_eq!(message("a,b\n1, \"b\"\n"), "Illegal quoting in line 2.");
        assert_eq!(
            message("a,b\n\"unclosed,2\n"),
            "Unclosed quoted field in line 2."
        );
        assert_eq!(
            message("a,b\n\"x\ny\",1\n2,\"z\n"),
            "Unclosed quoted field in line 3."
        );
        assert_eq!(
            message("a,b\n1,x\ry\n"),
            "Unquoted fields do not allow new line <\"\\r\"> in line 2."
        );
        assert_eq!(
            message("a,b\n1,2\r\n"),
            "Unquoted fields do not allow new line <\"\\r\\n\"> in line 2."
        );
        assert_eq!(
            message("a,b\r\n1,2\n3,4\r\n"),
            "Unquoted fields do not allow new line <\"\\n\"> in line 2."
        );
        assert_eq!(
            message("a,b\n1,2\n\r\n"),
            "New line must be <\"\\n\"> not <\"\\r\\n\"> in line 3."
        );
        assert_eq!(
            csv("a,b\n1,x\"y\n").err().map(|e| (e.line, e.column)),
            Some((2, 4))
        );
    }

    #[test]
    fn tsv_splits_on_tabs_and_still_quotes() {
        let expected = Value::array(vec![
            row(&[("a", s("1")), ("b", s("x\ty"))]),
            row(&[("a", s("3")), ("b", s("4 5"))]),
        ]);
        assert_eq!(tsv("a\tb\n1\t\"x\ty\"\n3\t4 5\n"), Ok(expected));
    }

    #[test]
    fn json_is_read_as_yaml() {
        let text = "{\n\t\"a\": 1,\n\t\"b\": [1e5, 1.5E+3, -0, true, null, \"x\\/y\\u00e9\"],\n\t\"c\": {\"d\": \"2020-01-15\", \"e\": 010}\n}\n";
        let expected = row(&[
            ("a", Value::Int(1)),
            (
                "b",
                Value::array(vec![
                    s("1e5"),
                    Value::Float(1500.0),
                    Value::Int(0),
                    Value::Bool(true),
                    Value::Nil,
                    s("x/yé"),
                ]),
            ),
            ("c", row(&[("d", s("2020-01-15")), ("e", Value::Int(8))])),
        ]);
        assert_eq!(json(text), Ok(expected));
        assert!(json("{\"a\": \"x\" \"b\": 1}\n").is_err());
    }

    #[test]
    fn toml_keeps_order_and_makes_dates_times() {
        let text = "title = \"x\"\nzeta = 1\nalpha = 1.5\n[b]\nd = 1979-05-27\nt = 1979-05-27T07:32:00-08:00\nl = 1979-05-27T07:32:00\n[a]\nx = [1, 2]\n";
        let Ok(Value::Hash(h)) = toml(text) else {
            panic!("not a hash")
        };
        assert_eq!(
            h.keys().collect::<Vec<_>>(),
            ["title", "zeta", "alpha", "b", "a"]
        );
        let time = |v: Option<&Value>| match v {
            Some(Value::Time(t)) => t.to_rfc3339(),
            other => format!("{other:?}"),
        };
        let b = &h["b"];
        assert_eq!(time(b.get("d")), "1979-05-27T00:00:00+00:00");
        assert_eq!(time(b.get("t")), "1979-05-27T07:32:00-08:00");
        assert_eq!(time(b.get("l")), "1979-05-27T07:32:00+00:00");
        assert_eq!(
            h["a"].get("x"),
            Some(&Value::array(vec![Value::Int(1), Value::Int(2)]))
        );
    }

    #[test]
    fn toml_tables_of_a_config() {
        // tomlrb: {"defaults"=>[{"values"=>{"layout"=>"post"}, "scope"=>{"path"=>""}},
        //   {"scope"=>{"path"=>"pages", "type"=>"pages"}, "values"=>{"layout"=>"page"}}]}
        let text = "[[defaults]]\nvalues = { layout = \"post\" }\n[defaults.scope]\npath = \"\"\n\n[[defaults]]\nscope = { path = \"pages\", type = \"pages\" }\nvalues = { layout = \"page\" }\n";
        let expected = row(&[(
            "defaults",
            Value::array(vec![
                row(&[
                    ("values", row(&[("layout", s("post"))])),
                    ("scope", row(&[("path", s(""))])),
                ]),
                row(&[
                    ("scope", row(&[("path", s("pages")), ("type", s("pages"))])),
                    ("values", row(&[("layout", s("page"))])),
                ]),
            ]),
        )]);
        assert_eq!(toml(text), Ok(expected));
    }

    #[test]
    fn garbage_never_panics() {
        let pieces = [
            "a",
            ",",
            "\t",
            "\"",
            "\"\"",
            "\n",
            "\r",
            "\r\n",
            " ",
            "=",
            "[",
            "]",
            "[[",
            "{",
            "}",
            "#",
            "'",
            "1979-05-27",
            "T07:32:00",
            "é",
            "\u{feff}",
            "\\",
        ];
        let mut state: u64 = 0x2545_f491_4f6c_dd1d;
        for _ in 0..5000 {
            let mut text = String::new();
            for _ in 0..(state % 30) {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                text.push_str(pieces[usize::try_from(state % pieces.len() as u64).unwrap_or(0)]);
            }
            let _ = (csv(&text), tsv(&text), toml(&text), json(&text));
        }
    }

    #[test]
    fn toml_errors_have_a_line() {
        let err = toml("a = 1\nb = \n").err();
        assert_eq!(err.map(|e| e.line), Some(2));
    }
}
