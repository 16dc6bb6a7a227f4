//! Hash keys that are not strings.
//!
//! Ruby keeps `1:`, `true:`, `~:` or `[a, b]:` keys as an Integer, a boolean,
//! nil or an Array. hyde's hashes have string keys, so such a key becomes its
//! Ruby `to_s`, which is what Jekyll's `jsonify` writes (`{"1":"a","":"b"}`)
//! and what `{% for pair in hash %}{{ pair[0] }}` prints.

use hyde_liquid::Value;

/// Ruby's `key.to_s`: `to_s` of a scalar, `inspect` of an Array or a Hash (which is
/// what their `to_s` is in Ruby), as hyde-liquid prints them.
pub(super) fn key_string(key: &Value) -> String {
    match key {
        Value::Array(_) | Value::Hash(_) => key.inspect(),
        _ => key.to_ruby_string(),
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    // Checked with Ruby 3.1.2: `ruby -e 'p 1.0e20.to_s'`, and the key strings
    // with `{{ page.h | jsonify }}` in a Jekyll 4.3.1 site (jekyll-ref).

    #[test]
    fn floats_print_as_ruby_prints_them() {
        assert_eq!(key_string(&Value::Float(2.5)), "2.5");
        assert_eq!(key_string(&Value::Float(1.0)), "1.0");
        assert_eq!(key_string(&Value::Float(100.0)), "100.0");
        assert_eq!(key_string(&Value::Float(1e15)), "1000000000000000.0");
        assert_eq!(key_string(&Value::Float(1e16)), "1.0e+16");
        assert_eq!(key_string(&Value::Float(1.5e20)), "1.5e+20");
        assert_eq!(key_string(&Value::Float(0.0001)), "0.0001");
        assert_eq!(key_string(&Value::Float(0.00001)), "1.0e-05");
        assert_eq!(key_string(&Value::Float(-0.1)), "-0.1");
        assert_eq!(key_string(&Value::Float(f64::NEG_INFINITY)), "-Infinity");
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
