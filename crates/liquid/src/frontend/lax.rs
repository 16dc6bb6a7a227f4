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
/// The value and the arguments are read with `Expression.parse`, so
/// `site.data.2019-x` is the key `2019-x` of `site.data`. `None` when there
/// is no value.
pub(super) fn lax_expression(markup: &str) -> Option<String> {
    let value = FRAGMENT.find(markup)?;
    let mut out = operand(value.as_str());
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
                        format!("{}: {}", k.trim(), operand(v.trim()))
                    }
                    _ => operand(a),
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

/// `For::Syntax`: the loop's variable, `in`, the collection, `reversed`.
static FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^([0-9A-Za-z_-]+)\s+in\s+((?:{QUOTED_FRAGMENT})+)\s*(reversed)?"
    ))
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Liquid's `TagAttributes` (Ruby's `\w` is ASCII).
static ATTRIBUTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"([0-9A-Za-z_][0-9A-Za-z_-]*)\s*:\s*({QUOTED_FRAGMENT})"
    ))
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Ruby Liquid's lax reading of a `for` tag (`For#lax_parse`), written back
/// in a form hyde's `for` parses: `For::Syntax` gives the variable, the
/// collection (read with `Expression.parse`) and `reversed`; then every
/// `limit: x` and `offset: x` anywhere in the markup counts, the last one
/// winning, so `items | limit: 3` loops over three items. When the
/// collection had to be rewritten, the loop keeps Ruby's name
/// (`item-site.data.2019-x`) through [`super::FOR_NAME`]. `None` where Ruby
/// raises a syntax error, or where the variable is not a name liquid-rust
/// reads.
pub(super) fn lax_for(markup: &str) -> Option<String> {
    let markup = markup.trim_start();
    let c = FOR.captures(markup)?;
    let (var, source) = (c.get(1)?.as_str(), c.get(2)?.as_str());
    if !identifier(var) {
        return None;
    }
    let collection = operand(source);
    let mut out = format!("{var} in {collection}");
    if c.get(3).is_some() {
        out.push_str(" reversed");
    }
    let (mut limit, mut offset) = (None, None);
    for a in ATTRIBUTE.captures_iter(markup) {
        let value = a.get(2).map_or("", |m| m.as_str());
        match a.get(1).map(|m| m.as_str()) {
            Some("limit") => limit = Some(operand(value)),
            Some("offset") if value == "continue" => offset = Some(value.to_owned()),
            Some("offset") => offset = Some(operand(value)),
            _ => {}
        }
    }
    for (key, value) in [("limit", limit), ("offset", offset)] {
        if let Some(value) = value {
            out.push_str(&format!(" {key}: {value}"));
        }
    }
    if collection != source {
        let name = string_literal(&format!("{var}-{source}"));
        if name != "nil" {
            out.push_str(&format!(" {}: {name}", super::FOR_NAME));
        }
    }
    Some(out)
}

/// Ruby Liquid's `If::Syntax`: a fragment, an optional operator, a fragment.
static CONDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"({QUOTED_FRAGMENT})\s*([=!<>a-z_]+)?\s*({QUOTED_FRAGMENT})?"
    ))
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// `Expression::RANGES_REGEX`.
static RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)$")
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// `VariableLookup::VariableParser` (Ruby's `\w` is ASCII).
static LOOKUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\[[^\]]+\]|[0-9A-Za-z_-]+\??").unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Ruby Liquid's lax reading of an `if`, `elsif` or `unless` condition
/// (`If#lax_parse`), written back in a form liquid-rust parses and hyde's
/// `if` evaluates as Ruby does: the markup is cut at the words `and` and
/// `or` (`ExpressionsAndOperators`); each piece is read with `If::Syntax`
/// (whatever follows a comparison is ignored), each operand with
/// `Expression.parse` (so `(a.b` is the variable `a.b`: parentheses group
/// nothing). `None` where Ruby raises a syntax error.
pub(super) fn lax_condition(markup: &str) -> Option<String> {
    let mut pieces = split_conditions(markup);
    let mut parts = vec![comparison(pieces.pop()?)?];
    while let Some(operator) = pieces.pop() {
        let condition = comparison(pieces.pop().unwrap_or(""))?;
        let operator = operator.trim();
        if !matches!(operator, "and" | "or") {
            return None;
        }
        parts.push(operator.to_owned());
        parts.push(condition);
    }
    parts.reverse();
    Some(parts.join(" "))
}

/// One comparison, read with `If::Syntax`.
fn comparison(piece: &str) -> Option<String> {
    let c = CONDITION.captures(piece)?;
    let mut out = operand(c.get(1).map_or("", |m| m.as_str()));
    if let Some(op) = c.get(2) {
        out.push(' ');
        out.push_str(op.as_str());
        out.push(' ');
        out.push_str(
            &c.get(3)
                .map_or_else(|| "nil".to_owned(), |m| operand(m.as_str())),
        );
    }
    Some(out)
}

/// Ruby's `\w`.
fn word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// The end of the operator `and` / `or` standing at `at` as the first
/// alternative of `ExpressionsAndOperators` reads it
/// (`\b(?:\s?and\s?|\s?or\s?)\b`).
fn operator_at(s: &str, at: usize) -> Option<usize> {
    let before = s[..at].chars().next_back().is_some_and(word_char);
    let rest = &s[at..];
    if before == rest.chars().next().is_some_and(word_char) {
        return None;
    }
    let space = |t: &str| {
        t.chars()
            .next()
            .filter(|c| c.is_whitespace())
            .map_or(0, char::len_utf8)
    };
    for lead in [space(rest), 0] {
        let r = &rest[lead..];
        for word in ["and", "or"] {
            let Some(after) = r.strip_prefix(word) else {
                continue;
            };
            for trail in [space(after), 0] {
                let end = &after[trail..];
                // `\b` after the word (a word character) or after a space.
                let boundary = if trail == 0 {
                    !end.chars().next().is_some_and(word_char)
                } else {
                    end.chars().next().is_some_and(word_char)
                };
                if boundary {
                    return Some(at + lead + word.len() + trail);
                }
            }
        }
        if lead == 0 {
            break;
        }
    }
    None
}

/// Where a `QuotedFragment` (or, failing that, `\S+`) starting at `at` ends.
fn fragment_end(s: &str, at: usize) -> usize {
    let rest = &s[at..];
    let closed = |q: char| rest[1..].find(q).map(|i| i + 2);
    if let Some(q @ ('"' | '\'')) = rest.chars().next()
        && let Some(end) = closed(q)
    {
        return at + end;
    }
    let mut i = 0;
    while let Some(c) = rest[i..].chars().next() {
        match c {
            '"' | '\'' => match rest[i + 1..].find(c) {
                Some(j) => i += j + 2,
                None => break,
            },
            c if c.is_whitespace() || c == ',' || c == '|' => break,
            c => i += c.len_utf8(),
        }
    }
    if i == 0 {
        // `\S+`.
        i = rest.find(char::is_whitespace).unwrap_or(rest.len());
    }
    at + i
}

/// `markup.scan(ExpressionsAndOperators)`: pieces of conditions and the
/// operators between them.
fn split_conditions(markup: &str) -> Vec<&str> {
    let skip_ws = |at: usize| {
        markup[at..]
            .find(|c: char| !c.is_whitespace())
            .map_or(markup.len(), |i| at + i)
    };
    let mut out = Vec::new();
    let mut at = 0;
    while at < markup.len() {
        if let Some(end) = operator_at(markup, at) {
            out.push(&markup[at..end]);
            at = end;
            continue;
        }
        let mut end = at;
        loop {
            let next = skip_ws(end);
            if next >= markup.len() {
                end = next;
                break;
            }
            let stops = {
                let before = markup[..next].chars().next_back().is_some_and(word_char);
                let rest = &markup[next..];
                !before
                    && ["and", "or"].iter().any(|w| {
                        rest.strip_prefix(w)
                            .is_some_and(|a| !a.chars().next().is_some_and(word_char))
                    })
            };
            if stops && next > at {
                end = next;
                break;
            }
            if stops {
                break;
            }
            end = fragment_end(markup, next);
        }
        if end == at || markup[at..end].trim().is_empty() {
            // No match here: `scan` moves on by one character.
            at += markup[at..].chars().next().map_or(1, char::len_utf8);
            continue;
        }
        out.push(&markup[at..end]);
        at = end;
    }
    out
}

/// The markup of `case`, `when` and `cycle`, which Ruby Liquid always reads
/// the lax way (each `QuotedFragment` through `Expression.parse`, no
/// warning): a lookup liquid-rust cannot read (`site.data.2019-x`) is
/// written as one it can (`site.data["2019-x"]`). `None` when nothing
/// changes.
pub(super) fn lax_fragments(markup: &str) -> Option<String> {
    let mut out = String::with_capacity(markup.len() + 8);
    let mut at = 0;
    for m in FRAGMENT.find_iter(markup) {
        let fragment = m.as_str();
        // Names (`group:`), ranges and literals stay as written.
        if fragment.contains([':', '(', ')'])
            || fragment.starts_with(['"', '\''])
            || strict::strict_error(fragment).is_none()
        {
            continue;
        }
        out.push_str(&markup[at..m.start()]);
        out.push_str(&operand(fragment));
        at = m.end();
    }
    if at == 0 {
        return None;
    }
    out.push_str(&markup[at..]);
    Some(out)
}

/// `Expression.parse(markup)`, written as liquid-rust reads it.
fn operand(markup: &str) -> String {
    let m = markup.trim();
    for q in ['"', '\''] {
        if m.starts_with(q) && m.ends_with(q) {
            let inner = m.get(1..m.len().saturating_sub(1)).unwrap_or("");
            if m.len() > 1 && !inner.contains(q) {
                return m.to_owned();
            }
            return string_literal(inner);
        }
    }
    match m {
        "nil" | "null" | "" => return "nil".to_owned(),
        "true" | "false" | "blank" | "empty" => return m.to_owned(),
        _ => {}
    }
    let digits = m.strip_prefix('-').unwrap_or(m);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        return m.to_owned();
    }
    if let Some(c) = RANGE.captures(m) {
        return format!("({}..{})", operand(&c[1]), operand(&c[2]));
    }
    if digits.len() > 1
        && digits.starts_with(|c: char| c.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.')
    {
        // Ruby's `to_f`: the leading `digits[.digits]`.
        let mut parts = digits.split('.');
        let whole = parts.next().unwrap_or("0");
        let fraction = parts.next().filter(|f| !f.is_empty()).unwrap_or("0");
        let sign = if m.starts_with('-') { "-" } else { "" };
        return format!("{sign}{whole}.{fraction}");
    }
    variable(m)
}

/// A string literal liquid-rust reads (it has no escapes).
pub(super) fn string_literal(s: &str) -> String {
    if !s.contains('"') {
        format!("\"{s}\"")
    } else if !s.contains('\'') {
        format!("'{s}'")
    } else {
        "nil".to_owned()
    }
}

/// Whether liquid-rust reads `s` as an identifier.
fn identifier(s: &str) -> bool {
    s.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '-')
        && s.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
}

/// `VariableLookup.new(markup)`: the words and brackets in it, the first
/// being the name. A name liquid-rust cannot write (`5`, a computed name) is
/// a variable that cannot exist: nil.
fn variable(markup: &str) -> String {
    let mut lookups = LOOKUP.find_iter(markup).map(|m| m.as_str());
    let Some(name) = lookups.next() else {
        return "nil".to_owned();
    };
    let name = match name.strip_prefix('[').and_then(|n| n.strip_suffix(']')) {
        Some(inner) => {
            let parsed = operand(inner);
            match parsed.strip_prefix('"').and_then(|p| p.strip_suffix('"')) {
                Some(n) => n.to_owned(),
                None => return "nil".to_owned(),
            }
        }
        None => name.to_owned(),
    };
    // liquid-rust would read `-1x` as the number -1 and fail on the rest.
    let number = name
        .strip_prefix('-')
        .is_some_and(|n| n.starts_with(|c: char| c.is_ascii_digit()));
    if !identifier(&name) || number {
        return "nil".to_owned();
    }
    let mut out = name;
    for lookup in lookups {
        match lookup.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            Some(inner) => {
                // No key is nil (and liquid-rust cannot index with it).
                let key = operand(inner);
                if key == "nil" {
                    return key;
                }
                out.push('[');
                if key.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
                    && !matches!(key.as_str(), "true" | "false" | "blank" | "empty")
                {
                    // A variable key: nil, an array or a hash finds nothing.
                    out.push_str(super::lookup::KEY);
                    out.push('.');
                }
                out.push_str(&key);
                out.push(']');
            }
            None if identifier(lookup) => {
                out.push('.');
                out.push_str(lookup);
            }
            None => {
                out.push('[');
                out.push_str(&string_literal(lookup));
                out.push(']');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn conditions_split_at_and_and_or() {
        assert_eq!(
            split_conditions(r#"a > b and (c == "A" or c == "B")"#),
            ["a > b ", "and", r#" (c == "A" "#, "or ", r#"c == "B")"#]
        );
        assert_eq!(
            split_conditions("a == 'x and y' andy"),
            ["a == 'x and y' andy"]
        );
        assert_eq!(split_conditions("a and(b)"), ["a ", "and", "(b)"]);
    }

    #[test]
    fn conditions_read_as_ruby_lax_mode_reads_them() {
        assert_eq!(
            lax_condition(r#"a > b and (c == "A" or c == "B")"#).as_deref(),
            Some(r#"a > b and c == "A" or c == "B""#)
        );
        // `5)` is the variable `5`.
        assert_eq!(lax_condition("(a == 5)").as_deref(), Some("a == nil"));
        assert_eq!(lax_condition("a == 5 x").as_deref(), Some("a == 5"));
        assert_eq!(lax_condition("a >= 5.0.1").as_deref(), Some("a >= 5.0"));
        assert_eq!(
            lax_condition("a[0] == \"x\" && b? == c").as_deref(),
            Some("a[0] == \"x\"")
        );
        assert_eq!(lax_condition("x and"), None);
    }

    #[test]
    fn for_tags_read_as_ruby_lax_mode_reads_them() {
        assert_eq!(
            lax_for(" news in items | limit: include.limit ").as_deref(),
            Some("news in items limit: include.limit")
        );
        assert_eq!(
            lax_for("x in (1..3) reversed junk offset: continue").as_deref(),
            Some("x in (1..3) reversed offset: continue")
        );
        assert_eq!(lax_for("x items"), None);
        // The collection read with `Expression.parse`, the name as Ruby's.
        assert_eq!(
            lax_for("p in site.data.2019-x").as_deref(),
            Some("p in site.data[\"2019-x\"] __hyde_name: \"p-site.data.2019-x\"")
        );
    }

    #[test]
    fn hyphenated_segments_are_keys() {
        assert_eq!(
            lax_expression(
                "site.data.old.2019-conference-submissions | where: \"id\",include.paper"
            )
            .as_deref(),
            Some("site.data.old[\"2019-conference-submissions\"] | where: \"id\", include.paper")
        );
        assert_eq!(
            lax_expression("x.-1 | f: a.1-2").as_deref(),
            Some("x.-1 | f: a[\"1-2\"]")
        );
        // `[1-2]` is the variable `1-2`, which cannot exist: no key.
        assert_eq!(lax_expression("x[1-2]").as_deref(), Some("nil"));
        // The variable `-1x`, which liquid-rust cannot name.
        assert_eq!(lax_expression("-1x | size").as_deref(), Some("nil | size"));
    }
}
