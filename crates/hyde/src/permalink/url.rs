//! Jekyll's `URL` class: fill a template's placeholders, then sanitize.

use super::PermalinkError;
use super::escape::escape_path;

/// `URL#sanitize_url`: prefix `/`, turn `..` into `/`, drop every `./`, and
/// squeeze runs of `/`.
pub(crate) fn sanitize_url(url: &str) -> String {
    let with_slash = format!("/{url}").replace("..", "/").replace("./", "");
    let mut out = String::with_capacity(with_slash.len());
    for c in with_slash.chars() {
        if !(c == '/' && out.ends_with('/')) {
            out.push(c);
        }
    }
    out
}

/// `URL#generate_url_from_hash`, as pages and static files use it: for each
/// placeholder *in order*, stop if the URL has no `:` left; a `None` value
/// removes every `/:name`, a `Some` value replaces every `:name` (also inside
/// longer names: `:path` matches the start of `:pathology`) with the escaped
/// value. Unknown placeholders stay as they are.
///
/// Returns the unsanitized URL.
pub(crate) fn fill_from_hash(
    template: &str,
    placeholders: &[(&str, Option<&str>)],
) -> Result<String, PermalinkError> {
    let mut result = template.to_owned();
    for &(name, value) in placeholders {
        if !result.contains(':') {
            break;
        }
        result = match value {
            None => result.replace(&format!("/:{name}"), ""),
            Some(value) => result.replace(&format!(":{name}"), &escape_path(value)?),
        };
    }
    Ok(result)
}

/// Jekyll's `URL.new(template: template, placeholders: hash).to_s`, as a plugin's
/// pages make their URLs: each `:name` of `placeholders` (in order; a `None` value
/// removes `/:name`) is replaced by its value, escaped as `URL.escape_path` escapes
/// it, then the URL is sanitized (leading `/`, no `..`, `./` or repeated `/`).
///
/// ```
/// let url = hyde::url_from_placeholders("/tag/:name/", &[("name", Some("café")), ("type", Some("tag"))])?;
/// assert_eq!(url, "/tag/caf%C3%A9/");
/// # Ok::<(), hyde::Error>(())
/// ```
///
/// # Errors
///
/// [`crate::Error::Config`] when a value cannot be escaped for a URL (Jekyll's
/// `Addressable::URI::InvalidURIError`).
pub fn url_from_placeholders(
    template: &str,
    placeholders: &[(&str, Option<&str>)],
) -> crate::Result<String> {
    fill_from_hash(template, placeholders)
        .map(|url| sanitize_url(&url))
        .map_err(|e| crate::Error::Config {
            message: format!("URL template \"{template}\": {e}"),
        })
}

/// `URL#generate_url_from_drop`, as documents use it: every `:name` (a run of
/// `[a-z_]`) is looked up with `lookup`; a name ending in `_` is looked up
/// without that one underscore, which is kept after the value (`:month_:day`).
/// `lookup` returns `None` for a name Jekyll's `UrlDrop` does not answer,
/// which is an error, as in Jekyll.
///
/// Returns the unsanitized URL.
pub(crate) fn fill_from_lookup(
    template: &str,
    lookup: impl Fn(&str) -> Option<String>,
) -> Result<String, PermalinkError> {
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(colon) = rest.find(':') {
        out.push_str(&rest[..colon]);
        let after = &rest[colon + 1..];
        let len = after
            .bytes()
            .take_while(|b| b.is_ascii_lowercase() || *b == b'_')
            .count();
        if len == 0 {
            out.push(':');
            rest = after;
            continue;
        }
        let name = &after[..len];
        let (key, kept) = match name.strip_suffix('_') {
            Some(stripped) => (stripped, "_"),
            None => (name, ""),
        };
        let value = lookup(key).ok_or_else(|| PermalinkError::UnknownPlaceholder {
            template: template.to_owned(),
            name: key.to_owned(),
        })?;
        out.push_str(&escape_path(&value)?);
        out.push_str(kept);
        rest = &after[len..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    //! Expected values: `ruby -rjekyll -e 'p Jekyll::URL.new(...).to_s'` and
    //! `URL.allocate.send(:sanitize_url, s)` with Jekyll 4.3.1.

    use super::*;

    #[test]
    fn sanitize_url_squeezes_slashes_and_drops_dot_segments() {
        let cases = [
            ("", "/"),
            ("/", "/"),
            ("a/b", "/a/b"),
            ("//a///b//", "/a/b/"),
            ("/a/../b", "/a/b"),
            ("/a/./b", "/a/b"),
            ("/a./b", "/ab"),
            ("/.../x", "/x"),
            ("/a..b", "/a/b"),
            ("/.htaccess", "/.htaccess"),
        ];
        for (input, expected) in cases {
            assert_eq!(sanitize_url(input), expected, "sanitize_url({input:?})");
        }
    }

    #[test]
    fn hash_placeholders_replace_in_order_and_stop_when_no_colon_is_left() {
        let ph = [
            ("path", Some("/blog")),
            ("basename", Some("about")),
            ("output_ext", Some(".html")),
        ];
        let url = fill_from_hash("/:path/:basename:output_ext", &ph).ok();
        assert_eq!(url.as_deref(), Some("//blog/about.html"));
        let url = fill_from_hash("/:pathology/:title/", &ph).ok();
        assert_eq!(url.as_deref(), Some("//blogology/:title/"));
        let url = fill_from_hash("/:basename/", &[("basename", Some("a b"))]).ok();
        assert_eq!(url.as_deref(), Some("/a%20b/"));
    }

    #[test]
    fn hash_placeholder_without_value_removes_the_slash_before_it() {
        let url = fill_from_hash("/x/:path/y", &[("path", None)]).ok();
        assert_eq!(url.as_deref(), Some("/x/y"));
    }

    #[test]
    fn a_value_containing_a_later_placeholder_is_replaced_again() {
        let ph = [("path", Some("/:basename")), ("basename", Some("b"))];
        let url = fill_from_hash("/:path/", &ph).ok();
        assert_eq!(url.as_deref(), Some("//b/"));
    }

    #[test]
    fn lookup_placeholders_keep_a_trailing_underscore() {
        let lookup = |k: &str| match k {
            "month" => Some("01".to_owned()),
            "day" => Some("02".to_owned()),
            _ => None,
        };
        assert_eq!(
            fill_from_lookup("/:month_:day/", lookup).ok().as_deref(),
            Some("/01_02/")
        );
        assert_eq!(
            fill_from_lookup("/a:/:month", lookup).ok().as_deref(),
            Some("/a:/01")
        );
        assert_eq!(
            fill_from_lookup("/:Month/", lookup).ok().as_deref(),
            Some("/:Month/")
        );
        assert!(matches!(
            fill_from_lookup("/:month__/", lookup),
            Err(PermalinkError::UnknownPlaceholder { name, .. }) if name == "month_"
        ));
        assert!(matches!(
            fill_from_lookup("/:nope/", lookup),
            Err(PermalinkError::UnknownPlaceholder { name, .. }) if name == "nope"
        ));
    }
}
