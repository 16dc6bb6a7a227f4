//! Hash keys that are not strings.
//!
//! Ruby keeps `1:`, `true:`, `~:` or `[a, b]:` keys as an Integer, a boolean,
//! nil or an Array. hyde's hashes have string keys, so such a key becomes its
//! Ruby `to_s`, which is what Jekyll's `jsonify` writes (`{"1":"a","":"b"}`)
//! and what `{% for pair in hash %}{{ pair[0] }}` prints.

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, Timelike};
use hyde_liquid::Value;

use super::scalar::ruby_inspect;

/// Ruby's `key.to_s`.
pub(super) fn key_string(key: &Value) -> String {
    match key {
        Value::Str(s) => s.to_string(),
        Value::Nil => String::new(),
        Value::Bool(b) => b.to_string(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => float_to_s(*f),
        Value::Date(d) => date_to_s(*d),
        Value::Time(t) => time_to_s(*t),
        Value::TimeUtc(_) => key.to_ruby_string(),
        other => inspect(other),
    }
}

/// Ruby's `inspect` (what `Array#to_s` and `Hash#to_s` show).
fn inspect(value: &Value) -> String {
    match value {
        Value::Str(s) => ruby_inspect(s),
        Value::Nil => "nil".to_owned(),
        Value::Date(d) => {
            // Julian day number, as `Date#inspect` shows it.
            let jd = i64::from(d.num_days_from_ce()) + 1_721_425;
            format!("#<Date: {} (({jd}j,0s,0n),+0s,2299161j)>", date_to_s(*d))
        }
        Value::Time(t) => {
            let nanos = t.nanosecond();
            if nanos == 0 {
                time_to_s(*t)
            } else {
                let frac = format!("{nanos:09}");
                let frac = frac.trim_end_matches('0');
                format!(
                    "{}.{frac} {}",
                    t.format("%Y-%m-%d %H:%M:%S"),
                    t.format("%z")
                )
            }
        }
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(inspect).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Hash(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}=>{}", ruby_inspect(k), inspect(v)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
        other => key_string(other),
    }
}

/// `Date#to_s`: `%Y-%m-%d` with at least four year digits.
fn date_to_s(date: NaiveDate) -> String {
    let year = date.year();
    let sign = if year < 0 { "-" } else { "" };
    format!(
        "{sign}{:04}-{:02}-{:02}",
        year.unsigned_abs(),
        date.month(),
        date.day()
    )
}

/// `Time#to_s`: `%Y-%m-%d %H:%M:%S %z`.
fn time_to_s(time: DateTime<FixedOffset>) -> String {
    time.format("%Y-%m-%d %H:%M:%S %z").to_string()
}

/// `Float#to_s`: the shortest digits that read back, in fixed notation for
/// exponents -4..16 and `1.0e+20` style otherwise.
pub(super) fn float_to_s(f: f64) -> String {
    if f.is_nan() {
        return "NaN".to_owned();
    }
    if f.is_infinite() {
        return if f > 0.0 { "Infinity" } else { "-Infinity" }.to_owned();
    }
    if f == 0.0 {
        return if f.is_sign_negative() { "-0.0" } else { "0.0" }.to_owned();
    }
    // `{:e}` gives the shortest round-trip digits: d.ddddde±x.
    let sci = format!("{:e}", f.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((&sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let sign = if f < 0.0 { "-" } else { "" };
    let decpt = exp + 1;
    let n = i32::try_from(digits.len()).unwrap_or(i32::MAX);
    let body = if 0 < decpt && decpt <= 16 {
        if decpt >= n {
            format!(
                "{digits}{}.0",
                "0".repeat(usize::try_from(decpt - n).unwrap_or(0))
            )
        } else {
            let (int, frac) = digits.split_at(usize::try_from(decpt).unwrap_or(0));
            format!("{int}.{frac}")
        }
    } else if -4 < decpt && decpt <= 0 {
        format!(
            "0.{}{digits}",
            "0".repeat(usize::try_from(-decpt).unwrap_or(0))
        )
    } else {
        let (first, rest) = digits.split_at(1);
        let rest = if rest.is_empty() { "0" } else { rest };
        let exp_sign = if exp < 0 { "-" } else { "+" };
        format!("{first}.{rest}e{exp_sign}{:02}", exp.unsigned_abs())
    };
    format!("{sign}{body}")
}

#[cfg(test)]
mod tests {
    use super::*;

    // Checked with Ruby 3.1.2: `ruby -e 'p 1.0e20.to_s'`, and the key strings
    // with `{{ page.h | jsonify }}` in a Jekyll 4.3.1 site (jekyll-ref).

    #[test]
    fn floats_print_as_ruby_prints_them() {
        assert_eq!(float_to_s(2.5), "2.5");
        assert_eq!(float_to_s(1.0), "1.0");
        assert_eq!(float_to_s(100.0), "100.0");
        assert_eq!(float_to_s(1e15), "1000000000000000.0");
        assert_eq!(float_to_s(1e16), "1.0e+16");
        assert_eq!(float_to_s(1.5e20), "1.5e+20");
        assert_eq!(float_to_s(0.0001), "0.0001");
        assert_eq!(float_to_s(0.00001), "1.0e-05");
        assert_eq!(float_to_s(-0.1), "-0.1");
        assert_eq!(float_to_s(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn keys_become_ruby_to_s() {
        assert_eq!(key_string(&Value::Int(1)), "1");
        assert_eq!(key_string(&Value::Nil), "");
        assert_eq!(key_string(&Value::Float(2.5)), "2.5");
        assert_eq!(key_string(&Value::Bool(true)), "true");
        assert_eq!(
            key_string(&Value::array(vec![Value::from("x"), Value::from("y")])),
            "[\"x\", \"y\"]"
        );
        let date = NaiveDate::from_ymd_opt(2020, 1, 1).map_or(Value::Nil, Value::Date);
        assert_eq!(key_string(&date), "2020-01-01");
        assert_eq!(
            key_string(&Value::array(vec![date, Value::Nil])),
            "[#<Date: 2020-01-01 ((2458850j,0s,0n),+0s,2299161j)>, nil]"
        );
    }
}
