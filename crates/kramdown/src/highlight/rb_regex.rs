//! Rules written with Ruby (Onigmo) regular expressions, as Rouge's lexers
//! write them: `\w`, `\d`, `\s` and `\h` are ASCII, `[[:alpha:]]` and `\b`
//! Unicode, `/m` is dot-all, `{` stands for itself where it is no repetition.
//! [`translate`] rewrites such a pattern into the `regex`/`fancy_regex` syntax
//! the engine compiles.

use super::engine::{Action, Rule, rule};

/// A Ruby regular expression with flags (`i`, `m`, `x`) rewritten for the engine.
pub(crate) fn translate(pattern: &str, flags: &str) -> String {
    let extended = flags.contains('x');
    let mut out = String::with_capacity(pattern.len() + 16);
    let rust_flags: String = flags
        .chars()
        .filter_map(|c| match c {
            'i' => Some('i'),
            'm' => Some('s'),
            'x' => Some('x'),
            _ => None,
        })
        .collect();
    if !rust_flags.is_empty() {
        out.push_str("(?");
        out.push_str(&rust_flags);
        out.push(')');
    }
    let chars: Vec<char> = pattern.chars().collect();
    let mut i = 0;
    // Depth of character classes (Onigmo nests them).
    let mut class = 0usize;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' => {
                let Some(&n) = chars.get(i + 1) else {
                    out.push_str(r"\\");
                    break;
                };
                i += 2;
                // `\p{Pc}`, `\x{41}`: the braces belong to the escape.
                if matches!(n, 'p' | 'P' | 'x' | 'u') && chars.get(i) == Some(&'{') {
                    let end = chars[i..]
                        .iter()
                        .position(|&c| c == '}')
                        .map_or(chars.len(), |e| i + e + 1);
                    out.push('\\');
                    out.push(n);
                    out.extend(&chars[i..end]);
                    i = end;
                    continue;
                }
                out.push_str(&escape(n, class > 0));
                continue;
            }
            '[' if class > 0 && chars.get(i + 1) == Some(&':') => {
                // A POSIX bracket: `[:alpha:]`.
                let rest: String = chars[i..].iter().collect();
                if let Some(end) = rest[2..].find(":]") {
                    let name = &rest[2..2 + end];
                    out.push_str(posix(name));
                    i += name.chars().count() + 4;
                    continue;
                }
                out.push_str(r"\[");
            }
            '[' => {
                class += 1;
                out.push('[');
                if chars.get(i + 1) == Some(&'^') {
                    out.push('^');
                    i += 1;
                }
                // A `]` first in a class stands for itself.
                if chars.get(i + 1) == Some(&']') {
                    out.push_str(r"\]");
                    i += 1;
                }
            }
            ']' if class > 0 => {
                class -= 1;
                out.push(']');
            }
            ' ' | '\t' | '\n' | '#' if class > 0 && extended => {
                out.push_str(&format!(r"\x{:02X}", c as u32));
            }
            '#' if extended => {
                // A comment to the end of the line.
                while i < chars.len() && chars[i] != '\n' {
                    i += 1;
                }
                continue;
            }
            '{' if class == 0 => {
                let rest: String = chars[i + 1..].iter().collect();
                match repetition(&rest) {
                    Some((len, rep)) => {
                        out.push_str(&rep);
                        i += len + 1;
                        continue;
                    }
                    None => out.push_str(r"\{"),
                }
            }
            '}' if class == 0 => out.push_str(r"\}"),
            '(' if class == 0 && chars.get(i + 1) == Some(&'?') => {
                // Inline flags: Ruby's `m` is Rust's `s`.
                let mut j = i + 2;
                while j < chars.len() && (chars[j].is_ascii_alphabetic() || chars[j] == '-') {
                    j += 1;
                }
                if j > i + 2 && matches!(chars.get(j), Some(':' | ')')) {
                    out.push_str("(?");
                    for &f in &chars[i + 2..j] {
                        out.push(if f == 'm' { 's' } else { f });
                    }
                    i = j;
                    continue;
                }
                out.push('(');
            }
            _ => out.push(c),
        }
        i += 1;
    }
    out
}

/// `{n}`, `{n,}`, `{n,m}` or `{,m}` at the start of `rest` (after the `{`):
/// its length and its Rust spelling.
fn repetition(rest: &str) -> Option<(usize, String)> {
    let end = rest.find('}')?;
    let body = &rest[..end];
    let (lo, hi) = match body.split_once(',') {
        Some((lo, hi)) => (lo, Some(hi)),
        None => (body, None),
    };
    let digits = |s: &str| s.chars().all(|c| c.is_ascii_digit());
    if !digits(lo) || !hi.is_none_or(digits) || (lo.is_empty() && hi.is_none_or(str::is_empty)) {
        return None;
    }
    let lo = if lo.is_empty() { "0" } else { lo };
    let rep = match hi {
        Some(hi) => format!("{{{lo},{hi}}}"),
        None => format!("{{{lo}}}"),
    };
    Some((end + 1, rep))
}

/// An escape `\n` (`n` the character after the backslash), in or out of a class.
fn escape(n: char, in_class: bool) -> String {
    let class = |body: &str| {
        if in_class {
            body.to_owned()
        } else {
            format!("[{body}]")
        }
    };
    match n {
        'w' => class("[:word:]"),
        'W' => class("[:^word:]"),
        'd' => class("0-9"),
        'D' => class("[:^digit:]"),
        's' => class("[:space:]"),
        'S' => class("[:^space:]"),
        'h' => class("[:xdigit:]"),
        'H' => class("[:^xdigit:]"),
        'Z' if !in_class => r"(?=\n?\z)".to_owned(),
        'e' => r"\x1B".to_owned(),
        // In a class, Onigmo reads `\b` as a backspace.
        'b' if in_class => r"\x08".to_owned(),
        // Punctuation stands for itself, spelled so neither engine reads it
        // as syntax (`\<` is a word boundary in `regex`).
        c if c.is_ascii() && !c.is_ascii_alphanumeric() => format!(r"\x{:02X}", c as u32),
        _ => format!(r"\{n}"),
    }
}

/// A POSIX bracket (`alpha` of `[:alpha:]`) as Onigmo reads it in UTF-8 text.
fn posix(name: &str) -> &'static str {
    match name {
        "alpha" => r"\p{Alphabetic}",
        "alnum" => r"\p{Alphabetic}\p{Nd}",
        "upper" => r"\p{Uppercase}",
        "lower" => r"\p{Lowercase}",
        "word" => r"\p{Alphabetic}\p{M}\p{Nd}\p{Pc}",
        "digit" => r"\p{Nd}",
        "space" => r"\s",
        "^alpha" => r"\P{Alphabetic}",
        "^space" => r"\S",
        "xdigit" => "[:xdigit:]",
        "punct" => "[:punct:]",
        "cntrl" => "[:cntrl:]",
        "blank" => "[:blank:]",
        "print" => "[:print:]",
        "graph" => "[:graph:]",
        _ => "[:ascii:]",
    }
}

/// A rule with a Ruby pattern (no flags).
pub(crate) fn r(pattern: &str, action: Action) -> Rule {
    rule(&translate(pattern, ""), action)
}

/// A rule with a Ruby pattern and its flags (`"i"`, `"mx"`, …).
pub(crate) fn rf(pattern: &str, flags: &str, action: Action) -> Rule {
    rule(&translate(pattern, flags), action)
}

#[cfg(test)]
mod tests {
    use super::translate;

    #[test]
    fn rewrites_ruby_patterns() {
        assert_eq!(translate(r"\w+\s", ""), r"[[:word:]]+[[:space:]]");
        assert_eq!(translate(r"[\w.]{2,}", "i"), r"(?i)[[:word:].]{2,}");
        assert_eq!(translate(r"{|}", ""), r"\{|\}");
        assert_eq!(translate(r"a{,3}", ""), r"a{0,3}");
        assert_eq!(translate(r"[[:alpha:]_]", ""), r"[\p{Alphabetic}_]");
        assert_eq!(translate("a [ #]b # c\n", "x"), "(?x)a [\\x20\\x23]b \n");
        assert_eq!(translate(r"(?m:.)\/", ""), r"(?s:.)\x2F");
        assert_eq!(translate(r"[^]]", ""), r"[^\]]");
        assert_eq!(translate(r"\p{Pc}[\p{L}]", ""), r"\p{Pc}[\p{L}]");
    }
}
