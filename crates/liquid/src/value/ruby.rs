//! How Ruby prints values: `to_s` (what `{{ }}` outputs) and `inspect`.

use std::fmt::{self, Write};

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use super::Value;

/// Ruby's `Float#to_s`: shortest round-trip digits, `3.0`, `1.0e+20`, `1.0e-05`.
pub(crate) fn float_to_s(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_owned();
    }
    // `{:e}` gives the shortest digits that round-trip: "1.2345e-5".
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let decpt = exp + 1;
    let mut out = String::new();
    if f < 0.0 {
        out.push('-');
    }
    let n = digits.len() as i32;
    if decpt > 0 && decpt <= 16 {
        if n <= decpt {
            out.push_str(&digits);
            out.extend(std::iter::repeat_n('0', (decpt - n) as usize));
            out.push_str(".0");
        } else {
            out.push_str(&digits[..decpt as usize]);
            out.push('.');
            out.push_str(&digits[decpt as usize..]);
        }
    } else if decpt <= 0 && decpt > -4 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-decpt) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        out.push('.');
        if n > 1 {
            out.push_str(&digits[1..]);
        } else {
            out.push('0');
        }
        let _ = write!(out, "e{:+03}", decpt - 1);
    }
    out
}

/// Ruby's `Date#to_s`.
pub(crate) fn date_to_s(d: &NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

/// Ruby's `Time#to_s`: `2020-01-15 10:00:00 +0100`.
pub(crate) fn time_to_s(t: &DateTime<FixedOffset>) -> String {
    t.format("%Y-%m-%d %H:%M:%S %z").to_string()
}

/// Ruby's `Time#to_s` of a UTC time: `2020-01-15 10:00:00 UTC`.
pub(crate) fn utc_time_to_s(t: &DateTime<Utc>) -> String {
    t.format("%Y-%m-%d %H:%M:%S UTC").to_string()
}

/// Ruby's `Time#inspect`: `to_s` with the fraction of the second, if any.
fn write_time_inspect(out: &mut dyn Write, t: &DateTime<FixedOffset>, utc: bool) -> fmt::Result {
    use chrono::Timelike;
    write!(out, "{}", t.format("%Y-%m-%d %H:%M:%S"))?;
    let nanos = t.nanosecond();
    if nanos != 0 {
        let fraction = format!("{nanos:09}");
        write!(out, ".{}", fraction.trim_end_matches('0'))?;
    }
    if utc {
        out.write_str(" UTC")
    } else {
        write!(out, " {}", t.format("%z"))
    }
}

/// Writes Ruby's `to_s` of `value`; arrays are joined as `Array#join` does.
pub(crate) fn write_to_s(out: &mut dyn Write, value: &Value) -> fmt::Result {
    write_to_s_at(out, value, true)
}

/// `to_s` of a value at the top (what a lookup or filter returned, so in its
/// `to_liquid` form) or inside an array or hash (`top` false: raw Jekyll objects
/// print as themselves).
fn write_to_s_at(out: &mut dyn Write, value: &Value, top: bool) -> fmt::Result {
    match value {
        Value::Nil => Ok(()),
        Value::Bool(b) => write!(out, "{b}"),
        Value::Int(i) => write!(out, "{i}"),
        Value::Float(f) => out.write_str(&float_to_s(*f)),
        Value::Str(s) => out.write_str(s),
        Value::Date(d) => out.write_str(&date_to_s(d)),
        Value::Time(t) => out.write_str(&time_to_s(t)),
        Value::TimeUtc(t) => out.write_str(&utc_time_to_s(t)),
        Value::Array(items) => {
            for item in items.iter() {
                write_to_s_at(out, item, false)?;
            }
            Ok(())
        }
        Value::Hash(_) => write_inspect_at(out, value, top),
        Value::Object(o) => match o.own_to_s(top) {
            Some(s) => out.write_str(&s),
            None => write_inspect_at(out, value, top),
        },
    }
}

/// Writes Ruby's `inspect` of `value`: `{"a"=>1, "b"=>[nil, "x"]}`.
pub(crate) fn write_inspect(out: &mut dyn Write, value: &Value) -> fmt::Result {
    write_inspect_at(out, value, true)
}

fn write_hash_inspect<'a>(
    out: &mut dyn Write,
    entries: impl Iterator<Item = (&'a str, &'a Value)>,
) -> fmt::Result {
    out.write_char('{')?;
    for (i, (k, v)) in entries.enumerate() {
        if i > 0 {
            out.write_str(", ")?;
        }
        write_str_inspect(out, k)?;
        out.write_str("=>")?;
        write_inspect_at(out, v, false)?;
    }
    out.write_char('}')
}

fn write_inspect_at(out: &mut dyn Write, value: &Value, top: bool) -> fmt::Result {
    match value {
        Value::Nil => out.write_str("nil"),
        Value::Str(s) => write_str_inspect(out, s),
        Value::Date(d) => {
            use chrono::Datelike;
            // Ruby shows the Julian day number and the Gregorian reform day.
            let jd = i64::from(d.num_days_from_ce()) + 1_721_425;
            write!(
                out,
                "#<Date: {} (({jd}j,0s,0n),+0s,2299161j)>",
                date_to_s(d)
            )
        }
        Value::Time(t) => write_time_inspect(out, t, false),
        Value::TimeUtc(t) => write_time_inspect(out, &t.fixed_offset(), true),
        Value::Array(items) => {
            out.write_char('[')?;
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.write_str(", ")?;
                }
                write_inspect_at(out, item, false)?;
            }
            out.write_char(']')
        }
        Value::Hash(map) => write_hash_inspect(out, map.iter().map(|(k, v)| (k.as_str(), v))),
        Value::Object(o) => match o.own_inspect(top) {
            Some(s) => out.write_str(&s),
            // A Jekyll drop inspects as `JSON.pretty_generate(to_h)`.
            None if !o.is_hash_at_top() => {
                let mut json = String::new();
                crate::filters::write_json(&mut json, value, true).map_err(|_| fmt::Error)?;
                out.write_str(&json)
            }
            None => write_hash_inspect(out, o.entries()),
        },
        other => write_to_s(out, other),
    }
}

/// Ruby's `String#inspect` for UTF-8 strings.
pub(crate) fn write_str_inspect(out: &mut dyn Write, s: &str) -> fmt::Result {
    out.write_char('"')?;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' => out.write_str("\\\"")?,
            '\\' => out.write_str("\\\\")?,
            '\n' => out.write_str("\\n")?,
            '\t' => out.write_str("\\t")?,
            '\r' => out.write_str("\\r")?,
            '\u{0c}' => out.write_str("\\f")?,
            '\u{0b}' => out.write_str("\\v")?,
            '\u{07}' => out.write_str("\\a")?,
            '\u{08}' => out.write_str("\\b")?,
            '\u{1b}' => out.write_str("\\e")?,
            '#' if matches!(chars.peek(), Some('{' | '$' | '@')) => out.write_str("\\#")?,
            // What Onigmo does not count as printable in a UTF-8 string: controls
            // (C0, DEL, C1 but NEL) and the line and paragraph separators.
            c if (c.is_control() && c != '\u{85}') || matches!(c, '\u{2028}' | '\u{2029}') => {
                write!(out, "\\u{:04X}", c as u32)?;
            }
            c => out.write_char(c)?,
        }
    }
    out.write_char('"')
}

/// Ruby's `value.to_s` as a method call (what a string filter makes of its input):
/// an `Array` is its `inspect` (`["a", "b"]`), where `{{ array }}` joins its items.
pub(crate) fn to_s_method(value: &Value) -> String {
    match value {
        Value::Array(_) => inspect(value),
        other => to_s(other),
    }
}

/// Ruby's `to_s` of `value` as a string.
pub(crate) fn to_s(value: &Value) -> String {
    let mut s = String::new();
    let _ = write_to_s(&mut s, value);
    s
}

/// Ruby's `inspect` of `value` as a string.
pub(crate) fn inspect(value: &Value) -> String {
    let mut s = String::new();
    let _ = write_inspect(&mut s, value);
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_ruby_prints_them() {
        assert_eq!(float_to_s(3.0), "3.0");
        assert_eq!(float_to_s(0.1), "0.1");
        assert_eq!(float_to_s(-2.5), "-2.5");
        assert_eq!(float_to_s(1e20), "1.0e+20");
        assert_eq!(float_to_s(1e16), "1.0e+16");
        assert_eq!(float_to_s(1e15), "1000000000000000.0");
        assert_eq!(float_to_s(0.0001), "0.0001");
        assert_eq!(float_to_s(0.00001), "1.0e-05");
        assert_eq!(float_to_s(1.5e-7), "1.5e-07");
        assert_eq!(float_to_s(123.456), "123.456");
    }

    #[test]
    fn hashes_print_as_ruby_inspect() {
        let mut h = crate::Hash::new();
        h.insert("a".into(), Value::Int(1));
        h.insert(
            "b".into(),
            Value::array(vec![Value::Nil, Value::str("x\"y")]),
        );
        assert_eq!(to_s(&Value::hash(h)), r#"{"a"=>1, "b"=>[nil, "x\"y"]}"#);
    }

    // Expected: `ruby -rdate -e 'p Date.new(2020,1,15)'`.
    #[test]
    fn dates_inspect_as_ruby() {
        let d = NaiveDate::from_ymd_opt(2020, 1, 15)
            .map(Value::Date)
            .unwrap_or_default();
        assert_eq!(
            inspect(&d),
            "#<Date: 2020-01-15 ((2458864j,0s,0n),+0s,2299161j)>"
        );
    }

    #[test]
    fn arrays_join_flat() {
        let v = Value::array(vec![
            Value::Int(1),
            Value::array(vec![Value::Float(2.0)]),
            Value::Nil,
        ]);
        assert_eq!(to_s(&v), "12.0");
    }
}
