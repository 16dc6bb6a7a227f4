//! `jsonify` (Ruby's `to_json`) and `inspect`.

use std::fmt::Write;

use super::{Call, Out};
use crate::value::Value;

fn write_json_str(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Ruby's `to_json` of `value`.
pub(crate) fn to_json(out: &mut String, value: &Value) -> Result<(), String> {
    match value {
        Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) if !f.is_finite() => {
            return Err(format!(
                "{} not allowed in JSON",
                crate::value::float_to_s(*f)
            ));
        }
        Value::Float(f) => out.push_str(&crate::value::float_to_s(*f)),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                to_json(out, item)?;
            }
            out.push(']');
        }
        Value::Hash(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_json_str(out, k);
                out.push(':');
                to_json(out, v)?;
            }
            out.push('}');
        }
        other => write_json_str(out, &other.to_ruby_string()),
    }
    Ok(())
}

/// `jsonify`.
pub(super) fn jsonify(call: &Call<'_>) -> Result<Out, String> {
    // Ruby's `Range#to_json` is its `to_s` as a string.
    if let Some(text) = call.input_range() {
        return Ok(Value::from(format!("\"{text}\"")).into());
    }
    let mut out = String::new();
    to_json(&mut out, &call.input_value())?;
    Ok(Value::from(out).into())
}

/// `inspect`: Ruby's `inspect`, XML-escaped.
pub(super) fn inspect(call: &Call<'_>) -> Result<Out, String> {
    let s = call
        .input_range()
        .unwrap_or_else(|| call.input_value().inspect());
    let escaped = s
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;");
    Ok(Value::from(escaped).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_keeps_order_and_ruby_floats() {
        let mut h = crate::Hash::new();
        h.insert("z".into(), Value::Float(1.0));
        h.insert(
            "a".into(),
            Value::array(vec![Value::Nil, Value::str("q\"/é")]),
        );
        let mut out = String::new();
        assert!(to_json(&mut out, &Value::hash(h)).is_ok());
        assert_eq!(out, r#"{"z":1.0,"a":[null,"q\"/é"]}"#);
    }
}
