//! Variable lookups Ruby's strict parser reads but liquid-rust's grammar
//! does not: whitespace inside a path (`foo. bar`, `['a'] ['b']`), a
//! bracket first (`[name]`, `['with space']`) and names ending in `?`
//! (`bar?`). They are written with [`ROOT`], the variable through which
//! hyde's runtime looks up any top-level name.

use std::borrow::Cow;

/// The variable whose keys are the top-level variables:
/// `__hyde_root["bar?"]` is `bar?`.
pub(crate) const ROOT: &str = "__hyde_root";

/// Whether liquid-rust's grammar reads `name` as an identifier.
pub(crate) fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '-')
        && name.chars().all(word_char)
}

/// A name liquid-rust's tags accept for a variable Ruby may call anything
/// (`123`, `x?`): the name itself when it is an identifier, else an
/// encoding of it, which lookups through [`ROOT`] also try.
pub(crate) fn encode_name(name: &str) -> Cow<'_, str> {
    if is_identifier(name) {
        return Cow::Borrowed(name);
    }
    let hex: String = name.bytes().map(|b| format!("{b:02x}")).collect();
    Cow::Owned(format!("__hyde_n_{hex}"))
}

/// Rewrites the markup of a `for` tag: a variable name liquid-rust does
/// not read is encoded ([`encode_name`]), the collection and attributes
/// are [`normalize`]d.
pub(crate) fn normalize_for(markup: &str) -> Cow<'_, str> {
    let trimmed = markup.trim_start();
    let lead = &markup[..markup.len() - trimmed.len()];
    let Some((var, rest)) = trimmed.split_once(char::is_whitespace) else {
        return Cow::Borrowed(markup);
    };
    let rest = rest.trim_start();
    let Some(collection) = rest
        .strip_prefix("in")
        .filter(|r| r.starts_with(char::is_whitespace))
    else {
        return Cow::Borrowed(markup);
    };
    let (var2, collection2) = (encode_name(var), normalize(collection));
    if matches!((&var2, &collection2), (Cow::Borrowed(_), Cow::Borrowed(c)) if *c == collection) {
        return Cow::Borrowed(markup);
    }
    Cow::Owned(format!("{lead}{var2} in{collection2}"))
}

fn word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

/// Rewrites the lookups in `expr` (an output's markup that parses
/// strictly) so that liquid-rust reads them as Ruby does.
pub(crate) fn normalize(expr: &str) -> Cow<'_, str> {
    if !expr.contains(['[', '?', '.']) {
        return Cow::Borrowed(expr);
    }
    let chars: Vec<char> = expr.chars().collect();
    let mut out = String::with_capacity(expr.len() + 16);
    let mut i = 0;
    // Whether a value may start here (start, after `:`, `,` or `|`...).
    let mut value_start = true;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '"' | '\'' => {
                let end = chars[i + 1..]
                    .iter()
                    .position(|&d| d == c)
                    .map_or(chars.len(), |p| i + 1 + p + 1);
                out.extend(&chars[i..end]);
                i = end;
                value_start = false;
            }
            c if c.is_whitespace() => {
                let end = chars[i..]
                    .iter()
                    .position(|d| !d.is_whitespace())
                    .map_or(chars.len(), |p| i + p);
                let prev = out.chars().next_back();
                let next = chars.get(end).copied();
                let joins = prev == Some('.')
                    || (next == Some('.') && chars.get(end + 1) != Some(&'.'))
                    || (next == Some('[')
                        && prev.is_some_and(|p| word_char(p) || matches!(p, ']' | '?')));
                if !joins {
                    out.extend(&chars[i..end]);
                }
                i = end;
            }
            '[' if value_start => {
                out.push_str(ROOT);
                out.push('[');
                i += 1;
                value_start = true;
            }
            c if (c.is_ascii_alphabetic() || c == '_') && value_start_or_dot(&out, value_start) => {
                let end = chars[i..]
                    .iter()
                    .position(|&d| !word_char(d))
                    .map_or(chars.len(), |p| i + p);
                let word: String = chars[i..end].iter().collect();
                if chars.get(end) == Some(&'?') {
                    let key = format!("[\"{word}?\"]");
                    if out.ends_with('.') {
                        out.pop();
                    } else {
                        out.push_str(ROOT);
                    }
                    out.push_str(&key);
                    i = end + 1;
                } else {
                    out.push_str(&word);
                    i = end;
                }
                value_start = false;
            }
            ':' | ',' | '|' | '(' => {
                out.push(c);
                i += 1;
                value_start = true;
            }
            c => {
                out.push(c);
                i += 1;
                value_start = c == '[';
            }
        }
    }
    Cow::Owned(out)
}

/// Whether a word here is a variable name or a lookup after a dot.
fn value_start_or_dot(out: &str, value_start: bool) -> bool {
    value_start || out.ends_with('.')
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn lookups_liquid_rust_cannot_read_are_rewritten() {
        assert_eq!(normalize("foo. \n\tbar"), "foo.bar");
        assert_eq!(normalize("foo \n\t.bar"), "foo.bar");
        assert_eq!(
            normalize("['foo'] \n\t['bar']"),
            "__hyde_root['foo']['bar']"
        );
        assert_eq!(normalize("[something]"), "__hyde_root[something]");
        assert_eq!(normalize("bar? | upcase"), "__hyde_root[\"bar?\"] | upcase");
        assert_eq!(
            normalize("a.b? | f: c?"),
            "a[\"b?\"] | f: __hyde_root[\"c?\"]"
        );
        assert_eq!(normalize("(1..3) | join: ', '"), "(1..3) | join: ', '");
        assert_eq!(normalize("x | f: 'a.b [c]'"), "x | f: 'a.b [c]'");
        assert_eq!(normalize("1.5 | plus: a[0]"), "1.5 | plus: a[0]");
    }

    #[test]
    fn names_liquid_rust_cannot_read_are_encoded() {
        use super::{encode_name, normalize_for};
        assert_eq!(encode_name("x"), "x");
        assert_eq!(encode_name("123"), "__hyde_n_313233");
        assert_eq!(
            normalize_for(" x in foo? limit: 2"),
            " x in __hyde_root[\"foo?\"] limit: 2"
        );
        assert_eq!(normalize_for(" x? in foo"), " __hyde_n_783f in foo");
        assert_eq!(normalize_for(" x in (1..3)"), " x in (1..3)");
    }
}
