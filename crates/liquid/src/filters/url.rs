//! `relative_url` and `absolute_url`, with Addressable's normalisation, and
//! `strip_index`.

use std::sync::LazyLock;

use regex::Regex;

use super::{Call, Out};
use crate::engine::Site;
use crate::value::{Value, from_view};

const UNRESERVED: &str = "-._~";
const SUB_DELIMS: &str = "!$&'()*+,;=";

fn is_unreserved(c: char) -> bool {
    c.is_ascii_alphanumeric() || UNRESERVED.contains(c)
}

/// Addressable's `normalize_component`: decode every `%XX`, then encode what
/// `allowed` does not admit (upper-case hex, UTF-8 bytes).
pub(crate) fn normalize_component(s: &str, allowed: &dyn Fn(char) -> bool) -> String {
    let bytes = s.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && bytes[i + 1].is_ascii_hexdigit()
            && bytes[i + 2].is_ascii_hexdigit()
        {
            let hex = &s[i + 1..i + 3];
            decoded.push(u8::from_str_radix(hex, 16).unwrap_or(b'%'));
            i += 3;
        } else {
            decoded.push(bytes[i]);
            i += 1;
        }
    }
    // Addressable normalizes the unencoded component with `unicode_normalize_kc`.
    let text: String =
        unicode_normalization::UnicodeNormalization::nfkc(&*String::from_utf8_lossy(&decoded))
            .collect();
    let mut out = String::with_capacity(s.len());
    for c in text.chars() {
        if allowed(c) {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

fn pchar(c: char) -> bool {
    is_unreserved(c) || SUB_DELIMS.contains(c) || c == ':' || c == '@'
}

fn query_char(c: char) -> bool {
    is_unreserved(c) || "!$'()*+,=:@/?".contains(c)
}

fn fragment_char(c: char) -> bool {
    pchar(c) || c == '/' || c == '?'
}

/// RFC 3986's `remove_dot_segments`, as Addressable's `normalize_path`.
fn remove_dot_segments(path: &str) -> String {
    if !path.contains("/.") && !path.starts_with('.') {
        return path.to_owned();
    }
    let mut out: Vec<&str> = Vec::new();
    let absolute = path.starts_with('/');
    let segments: Vec<&str> = path.split('/').collect();
    let last = segments.len().saturating_sub(1);
    let mut trailing = false;
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => trailing = i == last,
            ".." => {
                if out.len() > usize::from(absolute) {
                    out.pop();
                }
                trailing = i == last;
            }
            s => {
                out.push(s);
                trailing = false;
            }
        }
    }
    let mut joined = out.join("/");
    if trailing {
        joined.push('/');
    }
    joined
}

/// The scheme of `s` if it has a valid one (Addressable's `absolute?`).
fn scheme(s: &str) -> Option<&str> {
    let end = s.find([':', '/', '?', '#'])?;
    if !s[end..].starts_with(':') || end == 0 {
        return None;
    }
    let scheme = &s[..end];
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    valid.then_some(scheme)
}

/// `Addressable::URI.parse(s).normalize.to_s` for the URLs Jekyll builds.
pub(crate) fn normalize(s: &str) -> String {
    let mut rest = s;
    let mut out = String::new();
    let scheme = scheme(s).map(str::to_ascii_lowercase);
    if let Some(sc) = &scheme {
        out.push_str(sc);
        out.push(':');
        rest = &rest[sc.len() + 1..];
    }
    if let Some(after) = rest.strip_prefix("//") {
        let end = after.find(['/', '?', '#']).unwrap_or(after.len());
        let mut authority = after[..end].to_ascii_lowercase();
        let default_port = match scheme.as_deref() {
            Some("http") => Some(":80"),
            Some("https") => Some(":443"),
            _ => None,
        };
        if let Some(p) = default_port
            && authority.ends_with(p)
        {
            authority.truncate(authority.len() - p.len());
        }
        out.push_str("//");
        out.push_str(&authority);
        rest = &after[end..];
    }
    let (before_fragment, fragment) = match rest.split_once('#') {
        Some((a, f)) => (a, Some(f)),
        None => (rest, None),
    };
    let (path, query) = match before_fragment.split_once('?') {
        Some((p, q)) => (p, Some(q)),
        None => (before_fragment, None),
    };
    let path: Vec<String> = path
        .trim()
        .split('/')
        .map(|seg| normalize_component(seg, &pchar))
        .collect();
    let mut path = remove_dot_segments(&path.join("/"));
    if path.is_empty() && matches!(scheme.as_deref(), Some("http" | "https" | "ftp" | "tftp")) {
        path.push('/');
    }
    out.push_str(&path);
    if let Some(q) = query {
        out.push('?');
        let parts: Vec<String> = q
            .split('&')
            .map(|p| normalize_component(p, &query_char))
            .collect();
        out.push_str(&parts.join("&"));
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(&normalize_component(f, &fragment_char));
    }
    out
}

fn ensure_leading_slash(s: &str) -> String {
    if s.is_empty() || s.starts_with('/') {
        s.to_owned()
    } else {
        format!("/{s}")
    }
}

/// Jekyll's `relative_url` of `input` (already a string).
pub(crate) fn relative_url(site: &Site, input: &str) -> String {
    if scheme(input).is_some() {
        return input.to_owned();
    }
    let baseurl = site.hooks.baseurl();
    let baseurl = baseurl.strip_suffix('/').unwrap_or(baseurl);
    normalize(&format!(
        "{}{}",
        ensure_leading_slash(baseurl),
        ensure_leading_slash(input)
    ))
}

/// Jekyll's `absolute_url` of `input`.
pub(crate) fn absolute_url(site: &Site, input: &str) -> String {
    if scheme(input).is_some() {
        return input.to_owned();
    }
    let url = site.hooks.url();
    if url.is_empty() {
        return relative_url(site, input);
    }
    normalize(&format!("{url}{}", relative_url(site, input)))
}

fn input_string(call: &Call<'_>) -> Option<String> {
    match from_view(call.input) {
        Value::Nil => None,
        _ => Some(call.input_string()),
    }
}

/// What `Addressable::URI.parse` refuses before Jekyll's URL filters look at the
/// input: a scheme (the text before the first `:`, with no `/`, `?` or `#` before
/// it) that is not a letter then letters, digits, `+`, `-` or `.` (a time's
/// `2023-11-14 22:13:20 +0000` has the scheme `2023-11-14 22`).
fn invalid_scheme(s: &str) -> Option<&str> {
    let end = s.find([':', '/', '?', '#'])?;
    if !s[end..].starts_with(':') || end == 0 || s[..end].contains('\n') {
        return None;
    }
    scheme(s).is_none().then(|| &s[..end])
}

/// The input as a string, or `Addressable::URI::InvalidURIError` (Jekyll's own
/// error, not a Liquid one).
fn url_input(call: &Call<'_>) -> Result<Option<String>, String> {
    let input = input_string(call);
    if let Some(scheme) = input.as_deref().and_then(invalid_scheme) {
        let message = format!("Invalid scheme format: '{scheme}'");
        let location = crate::state::RenderState::location(call.runtime, None);
        crate::state::RenderState::fail(
            call.runtime,
            crate::error::Error::Jekyll {
                location,
                message: message.clone(),
            },
        );
        return Err(message);
    }
    Ok(input)
}

/// `relative_url`: prefixes `site.baseurl`.
pub(super) fn relative_url_filter(call: &Call<'_>) -> Result<Out, String> {
    Ok(url_input(call)?
        .map_or(Value::Nil, |s| {
            Value::from(relative_url(&call.env.site, &s))
        })
        .into())
}

/// `absolute_url`: prefixes `site.url` and `site.baseurl`.
pub(super) fn absolute_url_filter(call: &Call<'_>) -> Result<Out, String> {
    Ok(url_input(call)?
        .map_or(Value::Nil, |s| {
            Value::from(absolute_url(&call.env.site, &s))
        })
        .into())
}

/// `strip_index`: a trailing `/index.html` (or `.htm`) becomes `/`; nil for
/// nil or "". Ruby's `$` also matches before a newline, and only the first
/// match is replaced (`String#sub`).
pub(super) fn strip_index(call: &Call<'_>) -> Result<Out, String> {
    call.range_lacks("sub")?;
    let input = input_string(call).filter(|s| !s.is_empty());
    Ok(input
        .map_or(Value::Nil, |s| Value::from(strip_index_of(&s)))
        .into())
}

fn strip_index_of(url: &str) -> String {
    static INDEX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?m)/index\.html?$").unwrap_or_else(|_| unreachable!("a valid regex"))
    });
    INDEX.replace(url, "/").into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    // Jekyll 4.3.1 wrote `SAT%20Taish%C5%8Dz%C5%8D` for the decomposed (NFD) name
    // `SAT Taisho\u{304}zo\u{304}` (iiif.io's index.md, in ../shared's expected output).
    #[test]
    fn components_are_nfkc_normalized_like_addressable() {
        assert_eq!(
            normalize("/assets/uploads/SAT Taisho\u{304}zo\u{304} Image DB.png"),
            "/assets/uploads/SAT%20Taish%C5%8Dz%C5%8D%20Image%20DB.png"
        );
    }

    #[test]
    fn normalizes_like_addressable() {
        assert_eq!(normalize("/blog/a b/é"), "/blog/a%20b/%C3%A9");
        assert_eq!(normalize("/a/%7euser/%2f"), "/a/~user/%2F");
        assert_eq!(normalize("HTTP://Example.COM:80"), "http://example.com/");
        assert_eq!(normalize("/a/./b/../c"), "/a/c");
        assert_eq!(normalize("/x?a=1&b=c d#frag"), "/x?a=1&b=c%20d#frag");
    }

    // Expected: `ruby -raddressable/uri -e 'puts Addressable::URI.parse(S).normalize'`.
    #[test]
    fn normalizes_like_addressable_more() {
        assert_eq!(
            normalize("https://example.com//blog/x"),
            "https://example.com//blog/x"
        );
        assert_eq!(
            normalize("/blog/a b/%7e/./x/../y?q=a b&c=%41#f r"),
            "/blog/a%20b/~/y?q=a%20b&c=A#f%20r"
        );
        assert_eq!(normalize("/ü/x"), "/%C3%BC/x");
        assert_eq!(normalize("//foo/bar"), "//foo/bar");
        assert_eq!(normalize("/a+b/(c)"), "/a+b/(c)");
    }

    // Expected: `ruby -e 'puts S.sub(%r!/index\.html?$!, "/")'` (Jekyll's strip_index).
    #[test]
    fn strip_index_removes_a_trailing_index_file() {
        assert_eq!(strip_index_of("/docs/index.html"), "/docs/");
        assert_eq!(strip_index_of("/docs/index.htm"), "/docs/");
        assert_eq!(strip_index_of("/docs/about.html"), "/docs/about.html");
        assert_eq!(strip_index_of("/index.html/x"), "/index.html/x");
        assert_eq!(
            strip_index_of("/a/index.html\n/b/index.html"),
            "/a/\n/b/index.html"
        );
        assert_eq!(strip_index_of("/a/index.htmlx"), "/a/index.htmlx");
    }

    #[test]
    fn absolute_inputs_pass() {
        assert_eq!(scheme("mailto:me@x.org"), Some("mailto"));
        assert_eq!(scheme("/a:b"), None);
        assert_eq!(scheme("2020-01-01 10:00"), None);
    }
}
