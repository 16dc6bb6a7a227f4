//! Variable lookups Ruby's strict parser reads but liquid-rust's grammar
//! does not: whitespace inside a path (`foo. bar`, `['a'] ['b']`), a
//! bracket first (`[name]`, `['with space']`) and names ending in `?`
//! (`bar?`). They are written with [`ROOT`], the variable through which
//! hyde's runtime looks up any top-level name.

use std::borrow::Cow;

/// The variable whose keys are the top-level variables:
/// `__hyde_root["bar?"]` is `bar?`.
pub(crate) const ROOT: &str = "__hyde_root";

/// The variable through which a variable index is looked up
/// (`a[__hyde_key.b]` for `a[b]`): the value of `b` when it is a scalar, else
/// a key nothing has, where liquid-rust would fail on a nil, array or hash key.
pub(crate) const KEY: &str = "__hyde_key";

/// The literals liquid-rust's grammar reads even at the start of a longer
/// word.
const KEYWORDS: [&str; 6] = ["nil", "null", "true", "false", "empty", "blank"];

/// Whether liquid-rust's grammar reads `name` as an identifier.
pub(crate) fn is_identifier(name: &str) -> bool {
    name.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_' || c == '-')
        && name.chars().all(word_char)
        && !starts_with_keyword(name)
}

/// Whether liquid-rust's grammar would read the start of the name `word`
/// as a literal (`nil_x`, `nullable`, `true-love`), where Ruby reads one
/// name.
pub(crate) fn starts_with_keyword(word: &str) -> bool {
    KEYWORDS.iter().any(|k| {
        word.strip_prefix(k)
            .is_some_and(|rest| rest.starts_with(word_char))
    })
}

/// Rewrites the variables in `expr` whose names start with a literal
/// keyword into lookups through [`ROOT`]: `nil_x | append: empty_str`
/// becomes `__hyde_root["nil_x"] | append: __hyde_root["empty_str"]`.
/// Keys after a dot, filter names and the names of keyword arguments stay.
pub(crate) fn keyword_names(expr: &str) -> Cow<'_, str> {
    if !KEYWORDS.iter().any(|k| expr.contains(k)) {
        return Cow::Borrowed(expr);
    }
    let mut out = String::with_capacity(expr.len() + 32);
    let mut copied = 0;
    let mut in_filters = false;
    let mut i = 0;
    while let Some(c) = expr[i..].chars().next() {
        match c {
            '"' | '\'' => {
                i = expr[i + 1..].find(c).map_or(expr.len(), |p| i + 1 + p + 1);
                continue;
            }
            '|' => in_filters = true,
            c if c.is_ascii_alphabetic() || c == '_' => {
                let mut end = expr[i..]
                    .find(|d| !word_char(d))
                    .map_or(expr.len(), |p| i + p);
                if expr[end..].starts_with('?') {
                    end += 1;
                }
                let word = &expr[i..end];
                let before = expr[..i].trim_end();
                // A key (`a.nil_x`, but `(1..nil_x)` is a value), a
                // filter's name or a keyword argument's.
                let is_key = before.ends_with('.') && !before.ends_with("..");
                let is_filter = before.ends_with('|');
                let is_argument = in_filters && expr[end..].trim_start().starts_with(':');
                // `true.size`, `nil[0]`: Ruby looks up a variable so named.
                let after = &expr[end..];
                let keyword_lookup = KEYWORDS.contains(&word)
                    && ((after.starts_with('.') && !after.starts_with(".."))
                        || after.starts_with('['));
                let is_value = (starts_with_keyword(word) || keyword_lookup)
                    && !expr[..i].ends_with(word_char)
                    && !is_key
                    && !is_filter
                    && !is_argument;
                if is_value {
                    out.push_str(&expr[copied..i]);
                    out.push_str(&format!("{ROOT}[\"{word}\"]"));
                    copied = end;
                }
                i = end;
                continue;
            }
            _ => {}
        }
        i += c.len_utf8();
    }
    if copied == 0 {
        return Cow::Borrowed(expr);
    }
    out.push_str(&expr[copied..]);
    Cow::Owned(out)
}

/// Rewrites the markup of the standard tag `name` (its `body`, the name
/// included, as the front end wrote it from the `raw` markup) so that
/// names starting with a literal keyword are read as Ruby reads them
/// ([`keyword_names`]): the values of `assign`, conditions, `case`, `when`
/// and `cycle`; the variable ([`encode_name`]) and the collection of `for`
/// and `tablerow`, a `for` loop keeping Ruby's name
/// ([`super::FOR_NAME`]); the counter of `increment` and `decrement`.
pub(crate) fn keyword_tag<'a>(name: &str, raw: &str, body: &'a str) -> Cow<'a, str> {
    let Some(at) = body.find(name).map(|at| at + name.len()) else {
        return Cow::Borrowed(body);
    };
    let (head, markup) = body.split_at(at);
    let rewritten = match name {
        "if" | "elsif" | "unless" | "case" | "when" | "cycle" => keyword_names(markup),
        "assign" => match markup.split_once('=') {
            Some((target, value)) => match keyword_names(value) {
                Cow::Owned(value) => Cow::Owned(format!("{target}={value}")),
                Cow::Borrowed(_) => Cow::Borrowed(markup),
            },
            None => Cow::Borrowed(markup),
        },
        "increment" | "decrement" => {
            // Ruby counts in the variable named by the whole markup,
            // stripped (`{% increment %}`, `{% increment a b %}`).
            let var = markup.trim();
            if starts_with_keyword(var) || !is_identifier(var) {
                let lead = markup.len() - markup.trim_start().len();
                Cow::Owned(format!(
                    "{}{}{}",
                    &markup[..lead],
                    encode_name(var),
                    &markup[lead + var.len()..]
                ))
            } else {
                Cow::Borrowed(markup)
            }
        }
        "for" | "tablerow" => keyword_loop(name, raw, markup),
        _ => Cow::Borrowed(markup),
    };
    match rewritten {
        Cow::Owned(m) => Cow::Owned(format!("{head}{m}")),
        Cow::Borrowed(_) => Cow::Borrowed(body),
    }
}

/// The variable and the collection, as written, of a loop's markup.
fn loop_parts(markup: &str) -> Option<(&str, &str)> {
    let (var, rest) = markup.trim_start().split_once(char::is_whitespace)?;
    let rest = rest
        .trim_start()
        .strip_prefix("in")
        .filter(|r| r.starts_with(char::is_whitespace))?
        .trim_start();
    let end = if rest.starts_with('(') {
        rest.find(')').map_or(rest.len(), |p| p + 1)
    } else {
        rest.find(char::is_whitespace).unwrap_or(rest.len())
    };
    Some((var, &rest[..end]))
}

/// [`keyword_tag`] for `for` and `tablerow`.
fn keyword_loop<'a>(name: &str, raw: &str, markup: &'a str) -> Cow<'a, str> {
    let trimmed = markup.trim_start();
    let lead = &markup[..markup.len() - trimmed.len()];
    let Some((var, rest)) = trimmed.split_once(char::is_whitespace) else {
        return Cow::Borrowed(markup);
    };
    let sep = &trimmed[var.len()..trimmed.len() - rest.len()];
    let new_var = if starts_with_keyword(var) {
        encode_name(var)
    } else {
        Cow::Borrowed(var)
    };
    let new_rest = keyword_names(rest);
    let mut out = match (&new_var, &new_rest) {
        (Cow::Borrowed(_), Cow::Borrowed(_)) => Cow::Borrowed(markup),
        _ => Cow::Owned(format!("{lead}{new_var}{sep}{new_rest}")),
    };
    // Ruby names the loop `var-collection` as written (`forloop.name`,
    // `offset: continue`).
    if name == "for"
        && !out.contains(super::FOR_NAME)
        && let Some((var, collection)) = loop_parts(raw)
        && loop_parts(&out) != Some((var, collection))
    {
        let literal = super::lax::string_literal(&format!("{var}-{collection}"));
        if literal != "nil" {
            out.to_mut()
                .push_str(&format!(" {}: {literal}", super::FOR_NAME));
        }
    }
    out
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
    match range_arguments(expr) {
        Cow::Owned(e) => Cow::Owned(normalize_lookups(&e).into_owned()),
        Cow::Borrowed(_) => normalize_lookups(expr),
    }
}

/// The variable through which a range written as a filter argument is made
/// (`f: (1..n)` is `f: __hyde_rng[1][__hyde_key.n]`): liquid-rust's grammar
/// reads ranges only where a tag takes one.
pub(crate) const RANGE_ARG: &str = "__hyde_rng";

/// Rewrites the ranges that follow a `:` or `,` (filter arguments) through
/// [`RANGE_ARG`]; quoted text is left alone.
fn range_arguments(expr: &str) -> Cow<'_, str> {
    static RANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(
            r#""[^"]*"|'[^']*'|([:,]\s*)\(\s*([\w.\-]+?|"[^"]*"|'[^']*')\s*\.\.\s*([\w.\-]+?|"[^"]*"|'[^']*')\s*\)"#,
        )
        .unwrap_or_else(|_| unreachable!("a valid regex"))
    });
    if !expr.contains("..") {
        return Cow::Borrowed(expr);
    }
    // A variable bound becomes a `KEY` index in `normalize_lookups`.
    RANGE.replace_all(expr, |c: &regex::Captures<'_>| match c.get(1) {
        Some(lead) => format!("{}{RANGE_ARG}[{}][{}]", lead.as_str(), &c[2], &c[3]),
        None => c[0].to_owned(),
    })
}

fn normalize_lookups(expr: &str) -> Cow<'_, str> {
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
                if out.trim_end().ends_with('[') {
                    // A variable index: through [`KEY`], so that a nil, array
                    // or hash key finds nothing, as in Ruby.
                    out.push_str(KEY);
                    out.push('.');
                }
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
        // A variable index goes through `__hyde_key` (nil, arrays and
        // hashes find nothing); a range argument through `__hyde_rng`.
        assert_eq!(
            normalize("[something]"),
            "__hyde_root[__hyde_key.something]"
        );
        assert_eq!(normalize("h[k]"), "h[__hyde_key.k]");
        assert_eq!(normalize("h['k'][0]"), "h['k'][0]");
        assert_eq!(
            normalize("x | append: (1..n)"),
            "x | append: __hyde_rng[1][__hyde_key.n]"
        );
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

    #[test]
    fn names_starting_with_a_keyword_are_looked_up_through_the_root() {
        use super::keyword_names;
        assert_eq!(keyword_names("nil_x"), "__hyde_root[\"nil_x\"]");
        assert_eq!(
            keyword_names("'a' | append: empty_str | truncate: 2"),
            "'a' | append: __hyde_root[\"empty_str\"] | truncate: 2"
        );
        assert_eq!(
            keyword_names("nullable.size > 2 and a.true_x == blank"),
            "__hyde_root[\"nullable\"].size > 2 and a.true_x == blank"
        );
        assert_eq!(
            keyword_names("(1..false_start)"),
            "(1..__hyde_root[\"false_start\"])"
        );
        assert_eq!(
            keyword_names("a[true_love] | f: blank_ok: nil"),
            "a[__hyde_root[\"true_love\"]] | f: blank_ok: nil"
        );
        assert_eq!(keyword_names("'nil_x' | upcase"), "'nil_x' | upcase");
        assert_eq!(keyword_names("nil | default: true"), "nil | default: true");
    }

    #[test]
    fn tags_name_their_variables_as_ruby_does() {
        use super::keyword_tag;
        assert_eq!(
            keyword_tag("assign", "", " assign __hyde_n_78 = nil_x | append: empty "),
            " assign __hyde_n_78 = __hyde_root[\"nil_x\"] | append: empty "
        );
        assert_eq!(
            keyword_tag("for", " nil_x in blank_lines", " for nil_x in blank_lines"),
            " for __hyde_n_6e696c5f78 in __hyde_root[\"blank_lines\"] __hyde_name: \"nil_x-blank_lines\""
        );
        assert_eq!(
            keyword_tag("tablerow", "", "tablerow x in\nnullable cols: 2"),
            "tablerow x in\n__hyde_root[\"nullable\"] cols: 2"
        );
        assert_eq!(
            keyword_tag("increment", "", "increment null_n "),
            "increment __hyde_n_6e756c6c5f6e "
        );
        assert_eq!(keyword_tag("seo", "", "seo true_x"), "seo true_x");
    }
}
