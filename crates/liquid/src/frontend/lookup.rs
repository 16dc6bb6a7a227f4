//! Variable lookups Ruby's strict parser reads but liquid-rust's grammar
//! does not: whitespace inside a path (`foo. bar`, `['a'] ['b']`), a
//! bracket first (`[name]`, `['with space']`) and names ending in `?`
//! (`bar?`). They are written with [`ROOT`], the variable through which
//! hyde's runtime looks up any top-level name.

use std::borrow::Cow;

/// The variable whose keys are the top-level variables:
/// `__hyde_root["bar?"]` is `bar?`.
pub(crate) const ROOT: &str = "__hyde_root";

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
}
