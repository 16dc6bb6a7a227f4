//! `xml_escape`, `cgi_escape`, `uri_escape`.

use super::{Call, Out};
use crate::value::Value;

/// `xml_escape`: Ruby's `encode(xml: :attr)` without the quotes.
pub(super) fn xml_escape(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    Ok(Value::from(out).into())
}

fn percent(out: &mut String, c: char) {
    let mut buf = [0u8; 4];
    for b in c.encode_utf8(&mut buf).bytes() {
        out.push_str(&format!("%{b:02X}"));
    }
}

/// `cgi_escape`: Ruby's `CGI.escape` (space becomes `+`).
pub(super) fn cgi_escape(call: &Call<'_>) -> Result<Out, String> {
    if call.input_range().is_some() {
        return Err("no implicit conversion of Range into String".to_owned());
    }
    // `CGI.escape` takes only a String.
    let input = call.input_value();
    if !matches!(input, Value::Str(_)) {
        return Err(format!(
            "no implicit conversion of {} into String",
            super::array::ruby_class(&input)
        ));
    }
    let s = input.to_ruby_string();
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            ' ' => out.push('+'),
            c if c.is_ascii_alphanumeric() || "_.-~".contains(c) => out.push(c),
            c => percent(&mut out, c),
        }
    }
    Ok(Value::from(out).into())
}

/// `uri_escape`: Addressable's `normalize_component` (reserved and
/// unreserved characters stay, escapes are normalised).
pub(super) fn uri_escape(call: &Call<'_>) -> Result<Out, String> {
    if call.input_range().is_some() {
        return Err("Can't convert Range into String.".to_owned());
    }
    // Addressable's `normalize_component`: nil stays nil, a non-String fails.
    let input = call.input_value();
    match input {
        Value::Nil => return Ok(Value::Nil.into()),
        Value::Str(_) => {}
        other => {
            return Err(format!(
                "Can't convert {} into String.",
                super::array::ruby_class(&other)
            ));
        }
    }
    let s = input.to_ruby_string();
    let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=".contains(c);
    Ok(Value::from(super::url::normalize_component(&s, &allowed)).into())
}

#[cfg(test)]
mod tests {
    use super::super::url::normalize_component;

    // Expected: `ruby -raddressable/uri -e 'puts Addressable::URI.normalize_component(S)'`.
    #[test]
    fn uri_escape_normalises_like_addressable() {
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~:/?#[]@!$&'()*+,;=".contains(c);
        assert_eq!(
            normalize_component("a b%20%zz/é?[]", &allowed),
            "a%20b%20%25zz/%C3%A9?[]"
        );
    }
}
