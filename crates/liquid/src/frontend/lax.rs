//! Ruby Liquid's lax reading of an output expression, for markup its strict
//! parser rejects.

use std::sync::LazyLock;

use regex::Regex;

use super::strict;

/// Ruby Liquid's `QuotedFragment`.
const QUOTED_FRAGMENT: &str = r#""[^"]*"|'[^']*'|(?:[^\s,|'"]|"[^"]*"|'[^']*')+"#;

static FRAGMENT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(QUOTED_FRAGMENT).unwrap_or_else(|_| unreachable!("a valid regex")));

static FILTER_SEGMENT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"(?:\s+|{QUOTED_FRAGMENT}|,)+"))
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

static FILTER_ARG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"[:,]\s*((?:[A-Za-z0-9_]+\s*:\s*)?(?:{QUOTED_FRAGMENT}))"
    ))
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

static WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[A-Za-z0-9_]+").unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Ruby Liquid's lax reading of an output expression (`Variable#lax_parse`),
/// written back in the strict form liquid-rust parses: the first fragment is
/// the value; after the first `|`, each filter is its first word with the
/// fragments that follow a `:` or `,` as arguments; the rest is ignored
/// (`{{ x | }}`, `{{ x || upcase }}`, `{{ x | f "y" }}` work as in Jekyll).
/// `None` when there is no value.
pub(super) fn lax_expression(markup: &str) -> Option<String> {
    // A fragment liquid-rust cannot read (`1e2`) is a lookup of a variable
    // that cannot exist: nil.
    let usable = |f: &str| {
        if strict::strict_error(f).is_none() {
            f.to_owned()
        } else {
            "nil".to_owned()
        }
    };
    let value = FRAGMENT.find(markup)?;
    let mut out = usable(value.as_str());
    let rest = &markup[value.end()..];
    if let Some(pipe) = rest.find('|') {
        for segment in FILTER_SEGMENT.find_iter(&rest[pipe + 1..]) {
            let segment = segment.as_str();
            let Some(name) = WORD.find(segment) else {
                continue;
            };
            out.push_str(" | ");
            out.push_str(name.as_str());
            let args: Vec<String> = FILTER_ARG
                .captures_iter(&segment[name.end()..])
                .filter_map(|c| c.get(1).map(|m| m.as_str()))
                .map(|a| match a.split_once(':') {
                    Some((k, v))
                        if !v.trim().is_empty()
                            && WORD.is_match(k.trim())
                            && !a.starts_with(['"', '\'']) =>
                    {
                        format!("{}: {}", k.trim(), usable(v.trim()))
                    }
                    _ => usable(a),
                })
                .collect();
            if !args.is_empty() {
                out.push_str(": ");
                out.push_str(&args.join(", "));
            }
        }
    }
    Some(out)
}
