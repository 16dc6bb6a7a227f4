//! Psych's `ScalarScanner#tokenize`: what an untagged plain scalar means.
//!
//! The checks run in Psych's order, and each mirrors one of its regular
//! expressions (including the quirks: `1:30` is 5400, `1e3` is a string,
//! `08` is a string, `yEs` is true).

use chrono_tz::Tz;
use hyde_liquid::Value;

use super::number::{ruby_float, ruby_integer, ruby_to_f, ruby_to_i};
use super::time::{TimeScan, is_date, is_time, parse_date, parse_time};

/// Why a scalar cannot be loaded (Ruby raises instead of returning a value).
#[derive(Debug, PartialEq)]
pub(super) struct ScalarError(pub(super) String);

/// `tokenize(text)`: the Ruby value of an untagged plain scalar.
pub(super) fn tokenize(text: &str, zone: Option<&Tz>) -> Result<Value, ScalarError> {
    if text.is_empty() {
        return Ok(Value::Nil);
    }
    if looks_like_word(text) || text.contains('\n') {
        return Ok(word(text));
    }
    if is_time(text) {
        return match parse_time(text, zone) {
            // A `Z` time is a UTC time (it prints "UTC" where others print "+0000").
            TimeScan::Time { time, utc: true } => Ok(Value::TimeUtc(time.to_utc())),
            TimeScan::Time { time, utc: false } => Ok(Value::Time(time)),
            TimeScan::Invalid => Ok(Value::from(text)),
            TimeScan::Broken => Err(ScalarError(
                "undefined method `match' for nil:NilClass".to_owned(),
            )),
        };
    }
    if is_date(text) {
        return Ok(parse_date(text).unwrap_or_else(|| Value::from(text)));
    }
    let lower = text.to_ascii_lowercase();
    match lower.as_str() {
        ".inf" | "+.inf" => return Ok(Value::Float(f64::INFINITY)),
        "-.inf" => return Ok(Value::Float(f64::NEG_INFINITY)),
        ".nan" => return Ok(Value::Float(f64::NAN)),
        _ => {}
    }
    // A symbol (`:title`): upstream Jekyll 4.3 reads YAML with SafeYAML, which keeps it
    // as the string `:title` (Debian's Psych.safe_load rejects it; docs/compat.md).
    if text.starts_with(':') && text.chars().nth(1).is_some() {
        return Ok(Value::from(text));
    }
    if let Some(parts) = sexagesimal(text, false) {
        return Ok(sexagesimal_int(&parts));
    }
    if let Some(parts) = sexagesimal(text, true) {
        let mut sum = 0.0;
        for (i, part) in parts.iter().enumerate() {
            sum += ruby_to_f(part) * 60_f64.powi(place(i));
        }
        return Ok(Value::Float(sum));
    }
    if is_float(text) {
        if matches!(text, "." | "+." | "-.") {
            return Ok(Value::from(text));
        }
        let cleaned = clean_float(text);
        return ruby_float(&cleaned).map(Value::Float).ok_or_else(|| {
            ScalarError(format!(
                "invalid value for Float(): {}",
                ruby_inspect(&cleaned)
            ))
        });
    }
    if is_integer(text) {
        let cleaned: String = text.chars().filter(|c| !matches!(c, ',' | '_')).collect();
        return ruby_integer(&cleaned).ok_or_else(|| {
            ScalarError(format!(
                "invalid value for Integer(): {}",
                ruby_inspect(&cleaned)
            ))
        });
    }
    Ok(Value::from(text))
}

/// `Float(value)` for a `!!float` scalar's tokenized value.
pub(super) fn to_float(value: Value) -> Result<Value, ScalarError> {
    match value {
        Value::Float(f) => Ok(Value::Float(f)),
        #[allow(clippy::cast_precision_loss)]
        Value::Int(i) => Ok(Value::Float(i as f64)),
        Value::Str(s) => ruby_float(&s)
            .map(Value::Float)
            .ok_or_else(|| ScalarError(format!("invalid value for Float(): {}", ruby_inspect(&s)))),
        #[allow(clippy::cast_precision_loss)]
        Value::Time(t) => Ok(Value::Float(
            t.timestamp() as f64 + f64::from(t.timestamp_subsec_nanos()) / 1e9,
        )),
        Value::Nil => Err(ScalarError("can't convert nil into Float".to_owned())),
        Value::Bool(b) => Err(ScalarError(format!("can't convert {b} into Float"))),
        _ => Err(ScalarError("can't convert Date into Float".to_owned())),
    }
}

/// Characters of Psych's word class:
/// `[[:alpha:]_\s!@#$%\^&*(){}<>|/\\~;=]`.
fn is_word_char(c: char) -> bool {
    c.is_alphabetic()
        || matches!(c, '_' | ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
        || "!@#$%^&*(){}<>|/\\~;=".contains(c)
}

/// `/^[^\d.:-]?WORD+/` at the start of the text.
fn looks_like_word(text: &str) -> bool {
    let mut chars = text.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if is_word_char(first) {
        return true;
    }
    !(first.is_ascii_digit() || matches!(first, '.' | ':' | '-'))
        && chars.next().is_some_and(is_word_char)
}

/// A word-like text: a string unless it is a short null or boolean word.
/// Ruby's `^` and `$` match at every line, which the checks follow.
fn word(text: &str) -> Value {
    if text.chars().count() > 5 {
        return Value::from(text);
    }
    // `/^[^ytonf~]/i`: a line starting with another character.
    let line_starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
    let other_start = line_starts
        .filter_map(|i| text[i..].chars().next())
        .any(|c| !matches!(c.to_ascii_lowercase(), 'y' | 't' | 'o' | 'n' | 'f' | '~'));
    if other_start {
        return Value::from(text);
    }
    if text == "~" {
        return Value::Nil;
    }
    let any_line = |words: &[&str]| {
        text.split('\n')
            .any(|line| words.iter().any(|w| line.eq_ignore_ascii_case(w)))
    };
    if any_line(&["null"]) {
        Value::Nil
    } else if any_line(&["yes", "true", "on"]) {
        Value::Bool(true)
    } else if any_line(&["no", "false", "off"]) {
        Value::Bool(false)
    } else {
        Value::from(text)
    }
}

/// `^[-+]?[0-9][0-9_]*(:[0-5]?[0-9]){1,2}$`, or with `with_fraction` the
/// same followed by `\.[0-9_]*`; the colon-separated parts.
fn sexagesimal(text: &str, with_fraction: bool) -> Option<Vec<&str>> {
    let body = if with_fraction {
        let dot = text.rfind('.')?;
        if !text[dot + 1..]
            .bytes()
            .all(|b| b.is_ascii_digit() || b == b'_')
        {
            return None;
        }
        &text[..dot]
    } else {
        text
    };
    let parts: Vec<&str> = body.split(':').collect();
    if !(2..=3).contains(&parts.len()) {
        return None;
    }
    let head = parts[0].strip_prefix(['-', '+']).unwrap_or(parts[0]);
    let head_ok = head.bytes().next().is_some_and(|b| b.is_ascii_digit())
        && head.bytes().all(|b| b.is_ascii_digit() || b == b'_');
    let tail_ok = parts[1..].iter().all(|p| match p.as_bytes() {
        [d] => d.is_ascii_digit(),
        [t, d] => (b'0'..=b'5').contains(t) && d.is_ascii_digit(),
        _ => false,
    });
    if !(head_ok && tail_ok) {
        return None;
    }
    if with_fraction {
        // The last part keeps its fraction for `to_f`.
        let mut with_frac: Vec<&str> = text.split(':').collect();
        with_frac.truncate(parts.len());
        return Some(with_frac);
    }
    Some(parts)
}

/// Psych's place values: `60 ** (index - 2).abs` (so `1:30` is 1*3600 + 30*60).
fn place(index: usize) -> i32 {
    let index = i32::try_from(index).unwrap_or(0);
    (index - 2).abs()
}

/// Sums the parts of a sexagesimal integer as Psych does.
fn sexagesimal_int(parts: &[&str]) -> Value {
    let mut sum: i128 = 0;
    for (i, part) in parts.iter().enumerate() {
        let n = match ruby_to_i(part) {
            Value::Int(n) => i128::from(n),
            // Beyond i64 (and so beyond anyone's minutes): keep the text.
            _ => return Value::from(parts.join(":")),
        };
        sum += n * 60_i128.pow(place(i).unsigned_abs());
    }
    i64::try_from(sum).map_or_else(|_| Value::from(sum.to_string()), Value::Int)
}

/// Psych's `FLOAT`: `^[-+]?([0-9][0-9_,]*)?\.[0-9]*([eE][-+][0-9]+)?$`.
fn is_float(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let Some(dot) = body.find('.') else {
        return false;
    };
    let (int_part, rest) = (&body[..dot], &body[dot + 1..]);
    let int_ok = int_part.is_empty()
        || (int_part.as_bytes()[0].is_ascii_digit()
            && int_part
                .bytes()
                .all(|b| b.is_ascii_digit() || b == b'_' || b == b','));
    if !int_ok {
        return false;
    }
    let frac_len = rest.bytes().take_while(u8::is_ascii_digit).count();
    let exp = &rest[frac_len..];
    if exp.is_empty() {
        return true;
    }
    let Some(after_e) = exp.strip_prefix(['e', 'E']) else {
        return false;
    };
    let Some(digits) = after_e.strip_prefix(['-', '+']) else {
        return false;
    };
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `gsub(/[,_]|\.([Ee]|$)/, '\1')`: drops `,` and `_`, and a dot that ends
/// the number or precedes the exponent.
fn clean_float(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            ',' | '_' => {}
            '.' if matches!(chars.peek(), None | Some('e' | 'E')) => {}
            _ => out.push(c),
        }
    }
    out
}

/// Psych's `INTEGER`: binary, octal, decimal (with `,` or `_` between
/// digits) or hexadecimal, with an optional sign.
fn is_integer(text: &str) -> bool {
    let body = text.strip_prefix(['-', '+']).unwrap_or(text);
    let all = |s: &str, ok: fn(u8) -> bool| {
        !s.is_empty() && s.bytes().all(|b| ok(b) || b == b'_' || b == b',')
    };
    if let Some(bits) = body.strip_prefix("0b") {
        return all(bits, |b| matches!(b, b'0' | b'1'));
    }
    if let Some(hex) = body.strip_prefix("0x") {
        return all(hex, |b| b.is_ascii_hexdigit());
    }
    if body == "0" {
        return true;
    }
    if let Some(octal) = body.strip_prefix('0') {
        return all(octal, |b| (b'0'..=b'7').contains(&b));
    }
    // [1-9](?:[0-9]|,[0-9]|_[0-9])*
    let bytes = body.as_bytes();
    if !bytes.first().is_some_and(|b| (b'1'..=b'9').contains(b)) {
        return false;
    }
    let mut i = 1;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            i += 1;
        } else if matches!(bytes[i], b',' | b'_')
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 2;
        } else {
            return false;
        }
    }
    true
}

/// Ruby's `String#inspect` (for error messages and non-string hash keys).
pub(super) fn ruby_inspect(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            '\x0c' => out.push_str("\\f"),
            '\x0b' => out.push_str("\\v"),
            '\x08' => out.push_str("\\b"),
            '\x07' => out.push_str("\\a"),
            '\x1b' => out.push_str("\\e"),
            '#' if matches!(chars.peek(), Some('{' | '$' | '@')) => out.push_str("\\#"),
            '\x7f' => out.push_str("\\x7F"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Every expectation here was checked with Ruby 3.1.2 / Psych 4.0.3, as
    // Jekyll 4.3.1 loads YAML:
    // `ruby -ryaml -e 'p Psych.safe_load("a: TEXT", permitted_classes: [Date, Time], aliases: true)'`.

    fn t(text: &str) -> Value {
        match tokenize(text, None) {
            Ok(v) => v,
            Err(e) => Value::from(format!("ERROR {}", e.0)),
        }
    }

    #[test]
    fn booleans_in_any_case() {
        for yes in [
            "yes", "Yes", "YES", "yEs", "true", "True", "TRUE", "on", "On", "ON",
        ] {
            assert_eq!(t(yes), Value::Bool(true), "{yes}");
        }
        for no in ["no", "No", "NO", "false", "FALSE", "off", "Off", "oFF"] {
            assert_eq!(t(no), Value::Bool(false), "{no}");
        }
        for word in ["y", "n", "Y", "N", "yess", "truely", "onn"] {
            assert_eq!(t(word), Value::from(word), "{word}");
        }
    }

    #[test]
    fn null_words() {
        for null in ["", "~", "null", "Null", "NULL", "nUlL"] {
            assert_eq!(t(null), Value::Nil, "{null:?}");
        }
        assert_eq!(t("nil"), Value::from("nil"));
        assert_eq!(t("None"), Value::from("None"));
    }

    #[test]
    fn integers_follow_psych_int_pattern() {
        assert_eq!(t("42"), Value::Int(42));
        assert_eq!(t("-17"), Value::Int(-17));
        assert_eq!(t("+12"), Value::Int(12));
        assert_eq!(t("010"), Value::Int(8));
        assert_eq!(t("0x1F"), Value::Int(31));
        assert_eq!(t("-0x1F"), Value::Int(-31));
        assert_eq!(t("0b101"), Value::Int(5));
        assert_eq!(t("1_000"), Value::Int(1000));
        assert_eq!(t("1,000"), Value::Int(1000));
        assert_eq!(t("1,2,3"), Value::Int(123));
        assert_eq!(t("0,7"), Value::Int(7));
        assert_eq!(t("08"), Value::from("08"));
        assert_eq!(t("0o17"), Value::from("0o17"));
        assert_eq!(t("1_000_"), Value::from("1_000_"));
        assert_eq!(
            t("12345678901234567890"),
            Value::from("12345678901234567890")
        );
        assert_eq!(
            t("0b_"),
            Value::from("ERROR invalid value for Integer(): \"0b\"")
        );
    }

    #[test]
    fn floats_need_a_dot_and_a_signed_exponent() {
        assert_eq!(t("1.5"), Value::Float(1.5));
        assert_eq!(t(".5"), Value::Float(0.5));
        assert_eq!(t("+.5"), Value::Float(0.5));
        assert_eq!(t("1."), Value::Float(1.0));
        assert_eq!(t("00.5"), Value::Float(0.5));
        assert_eq!(t("1_000.5"), Value::Float(1000.5));
        assert_eq!(t("1.0e+5"), Value::Float(100_000.0));
        assert_eq!(t("1e3"), Value::from("1e3"));
        assert_eq!(t("1.0e5"), Value::from("1.0e5"));
        assert_eq!(t("."), Value::from("."));
        assert_eq!(
            t(".e+5"),
            Value::from("ERROR invalid value for Float(): \"e+5\"")
        );
    }

    #[test]
    fn special_floats() {
        assert_eq!(t(".inf"), Value::Float(f64::INFINITY));
        assert_eq!(t("+.Inf"), Value::Float(f64::INFINITY));
        assert_eq!(t("-.INF"), Value::Float(f64::NEG_INFINITY));
        assert!(matches!(t(".NaN"), Value::Float(f) if f.is_nan()));
    }

    #[test]
    fn sexagesimal_numbers_use_psych_place_values() {
        assert_eq!(t("1:30"), Value::Int(5400));
        assert_eq!(t("12:30:00"), Value::Int(45000));
        assert_eq!(t("-1:30"), Value::Int(-1800));
        assert_eq!(t("1_0:30"), Value::Int(37800));
        assert_eq!(t("1__0:30"), Value::Int(5400));
        assert_eq!(t("1:30.5"), Value::Float(5430.0));
        assert_eq!(t("1:30:5_0"), Value::from("1:30:5_0"));
        assert_eq!(t("1:60"), Value::from("1:60"));
    }

    #[test]
    fn symbols_are_strings_as_safe_yaml_reads_them() {
        assert_eq!(t(":sym"), Value::from(":sym"));
        assert_eq!(t(":\"quoted\""), Value::from(":\"quoted\""));
        assert_eq!(t(":"), Value::from(":"));
    }

    #[test]
    fn dates_and_times() {
        assert!(matches!(t("2020-01-15"), Value::Date(_)));
        assert_eq!(t("2020-02-30"), Value::from("2020-02-30"));
        assert!(matches!(t("2020-01-15 10:00:00 +0100"), Value::Time(_)));
        assert_eq!(
            t("2020-01-15T10:00:00Z").to_ruby_string(),
            "2020-01-15 10:00:00 UTC"
        );
        assert_eq!(t("2020-01-15 10:60:00"), Value::from("2020-01-15 10:60:00"));
        assert_eq!(
            t("2020-01-15\t10:00:00"),
            Value::from("ERROR undefined method `match' for nil:NilClass")
        );
    }

    #[test]
    fn words_stay_strings() {
        for s in [
            "hello",
            "_1",
            "+yes",
            "a1",
            "-",
            "~x",
            "1a",
            "3 items",
            "yes\nno",
            "2020-01-15x",
        ] {
            assert_eq!(t(s), Value::from(s), "{s}");
        }
        assert_eq!(t("x\nnull"), Value::from("x\nnull"));
    }

    #[test]
    fn float_tag_converts_the_tokenized_value() {
        assert_eq!(to_float(t("1")), Ok(Value::Float(1.0)));
        assert_eq!(to_float(t("1e3")), Ok(Value::Float(1000.0)));
        assert_eq!(to_float(t("08")), Ok(Value::Float(8.0)));
        assert_eq!(
            to_float(t("abc")),
            Err(ScalarError("invalid value for Float(): \"abc\"".to_owned()))
        );
        assert_eq!(
            to_float(t("")),
            Err(ScalarError("can't convert nil into Float".to_owned()))
        );
    }

    #[test]
    fn inspect_escapes_like_ruby() {
        assert_eq!(ruby_inspect("a\"b\\c\n#{x}"), "\"a\\\"b\\\\c\\n\\#{x}\"");
        assert_eq!(ruby_inspect("\u{1}é"), "\"\\u0001é\"");
    }
}
