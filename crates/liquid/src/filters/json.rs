//! `jsonify` (Ruby's `to_json`) and `inspect`.

use std::fmt::Write;

use super::{Call, Out};
use crate::value::{ObjectKind, Value};

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

/// Ruby's `to_json` of `value` (`pretty`: `JSON.pretty_generate`), with
/// Jekyll's `as_liquid` applied: documents become their drops, pages their hashes.
/// `as_liquid` does not look inside a drop, so a raw document or page among a
/// drop's values is written as Ruby writes any object: its `to_s` as a string.
pub(crate) fn write_json(out: &mut String, value: &Value, pretty: bool) -> Result<(), String> {
    Json { out, pretty }.value(value, 0, false)
}

/// Ruby's JSON generator; `depth` is its state's depth where a value is written.
struct Json<'o> {
    out: &'o mut String,
    pretty: bool,
}

impl Json<'_> {
    fn newline(&mut self, depth: usize) {
        if self.pretty {
            self.out.push('\n');
            for _ in 0..depth {
                self.out.push_str("  ");
            }
        }
    }

    fn value(&mut self, value: &Value, depth: usize, in_drop: bool) -> Result<(), String> {
        match value {
            Value::Nil => self.out.push_str("null"),
            Value::Bool(b) => self.out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => self.out.push_str(&i.to_string()),
            Value::Float(f) if !f.is_finite() => {
                return Err(format!(
                    "{} not allowed in JSON",
                    crate::value::float_to_s(*f)
                ));
            }
            Value::Float(f) => self.out.push_str(&crate::value::float_to_s(*f)),
            Value::Array(items) => {
                // `[`, a newline even when empty, the items, a newline, `]`.
                self.out.push('[');
                if self.pretty {
                    self.out.push('\n');
                }
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.out.push(',');
                        if self.pretty {
                            self.out.push('\n');
                        }
                    }
                    if self.pretty {
                        for _ in 0..=depth {
                            self.out.push_str("  ");
                        }
                    }
                    self.value(item, depth + 1, in_drop)?;
                }
                self.newline(depth);
                self.out.push(']');
            }
            Value::Hash(map) => {
                self.object(map.iter().map(|(k, v)| (k.as_str(), v)), depth, in_drop)?;
            }
            Value::Object(o)
                if in_drop
                    && !o.is_liquid()
                    && matches!(o.kind(), ObjectKind::Document | ObjectKind::Page(_)) =>
            {
                write_json_str(self.out, &o.own_to_s(false).unwrap_or_default());
            }
            Value::Object(o) if o.is_document() => {
                // `DocumentDrop#hash_for_json`: from depth 2 on, `next` and
                // `previous` are cut down to their fields that do not recurse.
                if depth >= 2 {
                    let collapsed = |v: &Value| -> Value {
                        match v.as_object() {
                            Some(n) => Value::hash(
                                n.entries()
                                    .filter(|(k, _)| !crate::value::COLLAPSED_KEYS.contains(k))
                                    .map(|(k, v)| (k.to_owned(), v.clone()))
                                    .collect(),
                            ),
                            None => v.clone(),
                        }
                    };
                    let entries: Vec<(&str, Value)> = o
                        .entries()
                        .map(|(k, v)| match k {
                            "next" | "previous" => (k, collapsed(v)),
                            _ => (k, v.clone()),
                        })
                        .collect();
                    self.object(entries.iter().map(|(k, v)| (*k, v)), depth, true)?;
                } else {
                    self.object(o.entries(), depth, true)?;
                }
            }
            // A page's `to_liquid` is a plain hash; the rest are drops.
            Value::Object(o) => self.object(o.entries(), depth, in_drop || !o.is_hash_at_top())?,
            other => write_json_str(self.out, &other.to_ruby_string()),
        }
        Ok(())
    }

    fn object<'a>(
        &mut self,
        entries: impl Iterator<Item = (&'a str, &'a Value)>,
        depth: usize,
        in_drop: bool,
    ) -> Result<(), String> {
        self.out.push('{');
        for (i, (k, v)) in entries.enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            self.newline(depth + 1);
            write_json_str(self.out, k);
            self.out.push(':');
            if self.pretty {
                self.out.push(' ');
            }
            self.value(v, depth + 1, in_drop)?;
        }
        self.newline(depth);
        self.out.push('}');
        Ok(())
    }
}

/// `jsonify`.
pub(super) fn jsonify(call: &Call<'_>) -> Result<Out, String> {
    // Ruby's `Range#to_json` is its `to_s` as a string.
    if let Some(text) = call.input_range() {
        return Ok(Value::from(format!("\"{text}\"")).into());
    }
    let mut out = String::new();
    write_json(&mut out, &call.input_value(), false)?;
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
        assert!(write_json(&mut out, &Value::hash(h), false).is_ok());
        assert_eq!(out, r#"{"z":1.0,"a":[null,"q\"/é"]}"#);
    }
}
