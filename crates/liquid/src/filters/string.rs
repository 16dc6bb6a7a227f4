//! Liquid's string filters with Ruby's semantics.

use std::sync::LazyLock;

use regex::Regex;

use super::{Call, Out};
use crate::value::Value;

fn input(call: &Call<'_>) -> String {
    call.input_string()
}

fn arg(call: &Call<'_>, i: usize) -> String {
    call.arg_string(i)
}

fn out(s: String) -> Result<Out, String> {
    Ok(Value::from(s).into())
}

/// Ruby's `downcase`, character by character.
pub(crate) fn downcase(s: &str) -> String {
    s.chars().flat_map(char::to_lowercase).collect()
}

/// `downcase`.
pub(super) fn downcase_filter(call: &Call<'_>) -> Result<Out, String> {
    out(downcase(&input(call)))
}

/// `upcase`.
pub(super) fn upcase(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).chars().flat_map(char::to_uppercase).collect())
}

/// `capitalize`: first character up, the rest down.
pub(super) fn capitalize(call: &Call<'_>) -> Result<Out, String> {
    let s = input(call);
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return out(String::new());
    };
    let mut r: String = first.to_uppercase().collect();
    r.push_str(&downcase(chars.as_str()));
    out(r)
}

/// `append`.
pub(super) fn append(call: &Call<'_>) -> Result<Out, String> {
    out(input(call) + &arg(call, 0))
}

/// `prepend`.
pub(super) fn prepend(call: &Call<'_>) -> Result<Out, String> {
    out(arg(call, 0) + &input(call))
}

fn replace_last(s: &str, pattern: &str, with: &str) -> String {
    match s.rfind(pattern) {
        Some(i) => format!("{}{with}{}", &s[..i], &s[i + pattern.len()..]),
        None => s.to_owned(),
    }
}

/// `remove`.
pub(super) fn remove(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).replace(&arg(call, 0), ""))
}

/// `remove_first`.
pub(super) fn remove_first(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).replacen(&arg(call, 0), "", 1))
}

/// `remove_last`.
pub(super) fn remove_last(call: &Call<'_>) -> Result<Out, String> {
    out(replace_last(&input(call), &arg(call, 0), ""))
}

/// `replace`.
pub(super) fn replace(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).replace(&arg(call, 0), &arg(call, 1)))
}

/// `replace_first`.
pub(super) fn replace_first(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).replacen(&arg(call, 0), &arg(call, 1), 1))
}

/// `replace_last`.
pub(super) fn replace_last_filter(call: &Call<'_>) -> Result<Out, String> {
    out(replace_last(&input(call), &arg(call, 0), &arg(call, 1)))
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{0b}' | '\u{0c}' | '\r' | '\0')
}

/// Ruby's `String#split(pattern)` (no limit).
pub(crate) fn ruby_split(s: &str, pattern: &str) -> Vec<String> {
    let mut parts: Vec<String> = if pattern == " " {
        s.split(|c: char| is_space(c) && c != '\0')
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect()
    } else if pattern.is_empty() {
        s.chars().map(String::from).collect()
    } else {
        s.split(pattern).map(str::to_owned).collect()
    };
    while parts.last().is_some_and(String::is_empty) {
        parts.pop();
    }
    parts
}

/// `split: pattern`.
pub(super) fn split(call: &Call<'_>) -> Result<Out, String> {
    let parts = ruby_split(&input(call), &arg(call, 0));
    Ok(Value::array(parts.into_iter().map(Value::from).collect()).into())
}

/// `strip`.
pub(super) fn strip(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).trim_matches(is_space).to_owned())
}

/// `lstrip`.
pub(super) fn lstrip(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).trim_start_matches(is_space).to_owned())
}

/// `rstrip`.
pub(super) fn rstrip(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).trim_end_matches(is_space).to_owned())
}

/// `strip_newlines`.
pub(super) fn strip_newlines(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).replace("\r\n", "").replace('\n', ""))
}

/// `newline_to_br`.
pub(super) fn newline_to_br(call: &Call<'_>) -> Result<Out, String> {
    out(input(call).replace("\r\n", "\n").replace('\n', "<br />\n"))
}

static HTML_BLOCKS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?s)<script.*?</script>|<!--.*?-->|<style.*?</style>")
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});
static HTML_TAGS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?s)<.*?>").unwrap_or_else(|_| unreachable!("a valid regex")));

/// `strip_html`.
pub(super) fn strip_html(call: &Call<'_>) -> Result<Out, String> {
    let s = input(call);
    let s = HTML_BLOCKS.replace_all(&s, "");
    out(HTML_TAGS.replace_all(&s, "").into_owned())
}

/// Ruby's `CGI.escapeHTML`.
pub(crate) fn escape_html(s: &str) -> String {
    let mut o = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => o.push_str("&amp;"),
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    o
}

/// `escape` (nil stays nil).
pub(super) fn escape(call: &Call<'_>) -> Result<Out, String> {
    if call.input.is_nil() {
        return Ok(Value::Nil.into());
    }
    out(escape_html(&input(call)))
}

/// `escape_once`: escapes what is not already an entity.
pub(super) fn escape_once(call: &Call<'_>) -> Result<Out, String> {
    let s = input(call);
    let mut o = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        match c {
            '&' => {
                let rest = &s[i + 1..];
                let name_len = rest
                    .find(|c: char| !c.is_ascii_alphabetic())
                    .unwrap_or(rest.len());
                let num_len = rest
                    .strip_prefix('#')
                    .map(|r| r.find(|c: char| !c.is_ascii_digit()).unwrap_or(r.len()))
                    .filter(|n| *n > 0)
                    .map(|n| n + 1);
                let entity = (name_len > 0 && rest[name_len..].starts_with(';'))
                    || num_len.is_some_and(|n| rest[n..].starts_with(';'));
                o.push_str(if entity { "&" } else { "&amp;" });
            }
            '<' => o.push_str("&lt;"),
            '>' => o.push_str("&gt;"),
            '"' => o.push_str("&quot;"),
            '\'' => o.push_str("&#39;"),
            c => o.push(c),
        }
    }
    out(o)
}

/// `url_encode`: Ruby's `CGI.escape`; nil stays nil.
pub(super) fn url_encode(call: &Call<'_>) -> Result<Out, String> {
    if call.input.is_nil() {
        return Ok(Value::Nil.into());
    }
    let s = input(call);
    let mut o = String::with_capacity(s.len());
    for b in s.bytes() {
        match b {
            b' ' => o.push('+'),
            b if b.is_ascii_alphanumeric() || b"_.-~".contains(&b) => o.push(char::from(b)),
            b => o.push_str(&format!("%{b:02X}")),
        }
    }
    out(o)
}

/// `url_decode`: Ruby's `CGI.unescape`.
pub(super) fn url_decode(call: &Call<'_>) -> Result<Out, String> {
    if call.input.is_nil() {
        return Ok(Value::Nil.into());
    }
    let s = input(call);
    let bytes = s.as_bytes();
    let mut o = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => o.push(b' '),
            b'%' if i + 2 < bytes.len() && s.is_char_boundary(i + 3) => {
                match u8::from_str_radix(&s[i + 1..i + 3], 16) {
                    Ok(b) => {
                        o.push(b);
                        i += 2;
                    }
                    _ => o.push(b'%'),
                }
            }
            b => o.push(b),
        }
        i += 1;
    }
    String::from_utf8(o).map_or_else(|_| Err("invalid byte sequence in UTF-8".to_owned()), out)
}

/// Liquid's `Utils.to_integer`: integers, and strings that are integers.
fn to_integer(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Str(s) => s.trim().parse().map_err(|_| "invalid integer".to_owned()),
        _ => Err("invalid integer".to_owned()),
    }
}

/// `truncate`, `truncate: length`, `truncate: length, ellipsis`.
pub(super) fn truncate(call: &Call<'_>) -> Result<Out, String> {
    if call.input.is_nil() {
        return Ok(Value::Nil.into());
    }
    let s = input(call);
    let length = if call.has(0) {
        to_integer(&call.value(0))?
    } else {
        50
    };
    let ellipsis = if call.has(1) {
        arg(call, 1)
    } else {
        "...".to_owned()
    };
    let n = i64::try_from(s.chars().count()).unwrap_or(i64::MAX);
    if n <= length {
        return out(s);
    }
    let keep =
        usize::try_from((length - i64::try_from(ellipsis.chars().count()).unwrap_or(0)).max(0))
            .unwrap_or(0);
    out(s.chars().take(keep).collect::<String>() + &ellipsis)
}

/// `truncatewords`, `truncatewords: words`, `truncatewords: words, ellipsis`.
pub(super) fn truncatewords(call: &Call<'_>) -> Result<Out, String> {
    if call.input.is_nil() {
        return Ok(Value::Nil.into());
    }
    let s = input(call);
    let words = if call.has(0) {
        to_integer(&call.value(0))?
    } else {
        15
    };
    let words = usize::try_from(words.max(1)).unwrap_or(usize::MAX);
    let ellipsis = if call.has(1) {
        arg(call, 1)
    } else {
        "...".to_owned()
    };
    let list: Vec<&str> = s
        .split(|c: char| is_space(c) && c != '\0')
        .filter(|w| !w.is_empty())
        .collect();
    if list.len() <= words {
        return out(s);
    }
    out(list[..words].join(" ") + &ellipsis)
}

/// `slice: offset`, `slice: offset, length`, on strings and arrays (a range
/// slices as its text, `1..4`).
pub(super) fn slice(call: &Call<'_>) -> Result<Out, String> {
    let offset = to_integer(&call.value(0))?;
    let length = match call.value(1) {
        Value::Nil => 1,
        v => to_integer(&v)?,
    };
    let window = |len: usize| -> Option<(usize, usize)> {
        let len_i = i64::try_from(len).ok()?;
        let start = if offset < 0 { len_i + offset } else { offset };
        if start < 0 || start > len_i || length < 0 {
            return None;
        }
        let end = (start + length).min(len_i);
        Some((usize::try_from(start).ok()?, usize::try_from(end).ok()?))
    };
    match &call.input_value() {
        Value::Array(a) if call.input_range().is_none() => {
            let items = window(a.len())
                .map(|(s, e)| a[s..e].to_vec())
                .unwrap_or_default();
            Ok(Value::array(items).into())
        }
        _ => {
            let s = input(call);
            let chars: Vec<char> = s.chars().collect();
            out(window(chars.len())
                .map(|(a, b)| chars[a..b].iter().collect())
                .unwrap_or_default())
        }
    }
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_encode(data: &[u8], url_safe: bool) -> String {
    let mut o = String::with_capacity(data.len().div_ceil(3) * 4);
    for chunk in data.chunks(3) {
        let n = (u32::from(chunk[0]) << 16)
            | (u32::from(chunk.get(1).copied().unwrap_or(0)) << 8)
            | u32::from(chunk.get(2).copied().unwrap_or(0));
        for k in 0..4 {
            if k <= chunk.len() {
                let c = B64[((n >> (18 - 6 * k)) & 63) as usize];
                o.push(match (url_safe, c) {
                    (true, b'+') => '-',
                    (true, b'/') => '_',
                    (_, c) => char::from(c),
                });
            } else {
                o.push('=');
            }
        }
    }
    o
}

fn b64_decode(text: &str, url_safe: bool) -> Option<Vec<u8>> {
    let mut s: String = text.to_owned();
    if url_safe {
        s = s.replace('-', "+").replace('_', "/");
        if !s.len().is_multiple_of(4) && !s.ends_with('=') {
            s.push_str(&"=".repeat(4 - s.len() % 4));
        }
    }
    if !s.len().is_multiple_of(4) {
        return None;
    }
    let mut o = Vec::new();
    let bytes = s.as_bytes();
    for (ci, chunk) in bytes.chunks(4).enumerate() {
        let last = ci + 1 == bytes.len() / 4;
        let mut n = 0u32;
        let mut pad = 0;
        for (k, &c) in chunk.iter().enumerate() {
            let v = if c == b'=' && last && k >= 2 {
                pad += 1;
                0
            } else if pad > 0 {
                return None;
            } else {
                u32::try_from(B64.iter().position(|&b| b == c)?).ok()?
            };
            n = (n << 6) | v;
        }
        let b = n.to_be_bytes();
        o.extend_from_slice(&b[1..4 - pad]);
    }
    Some(o)
}

/// `base64_encode`.
pub(super) fn base64_encode(call: &Call<'_>) -> Result<Out, String> {
    out(b64_encode(input(call).as_bytes(), false))
}

/// `base64_url_safe_encode`.
pub(super) fn base64_url_safe_encode(call: &Call<'_>) -> Result<Out, String> {
    out(b64_encode(input(call).as_bytes(), true))
}

fn decoded(bytes: Option<Vec<u8>>, name: &str) -> Result<Out, String> {
    let bytes = bytes.ok_or_else(|| format!("invalid base64 provided to {name}"))?;
    out(String::from_utf8_lossy(&bytes).into_owned())
}

/// `base64_decode`.
pub(super) fn base64_decode(call: &Call<'_>) -> Result<Out, String> {
    decoded(b64_decode(&input(call), false), "base64_decode")
}

/// `base64_url_safe_decode`.
pub(super) fn base64_url_safe_decode(call: &Call<'_>) -> Result<Out, String> {
    decoded(b64_decode(&input(call), true), "base64_url_safe_decode")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_like_ruby() {
        assert_eq!(ruby_split("a,b,,", ","), ["a", "b"]);
        assert_eq!(ruby_split(",a", ","), ["", "a"]);
        assert_eq!(ruby_split("  a  b ", " "), ["a", "b"]);
        assert_eq!(ruby_split("abc", ""), ["a", "b", "c"]);
    }

    #[test]
    fn base64_round_trips() {
        assert_eq!(b64_encode(b"_#/.", false), "XyMvLg==");
        assert_eq!(b64_decode("XyMvLg==", false).as_deref(), Some(&b"_#/."[..]));
        assert!(b64_decode("5", false).is_none());
    }
}
