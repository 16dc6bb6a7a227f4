//! Rouge's `escape` lexer (escape, esc): plain text with `<!…!>` sections,
//! which Rouge's formatters, escaping not enabled (as in Jekyll), show as
//! errors. The delimiters themselves are dropped.

use super::token::Tok::{self, *};

fn push(out: &mut Vec<(Tok, String)>, tok: Tok, value: &str) {
    if value.is_empty() {
        return;
    }
    match out.last_mut() {
        Some((last, v)) if *last == tok => v.push_str(value),
        _ => out.push((tok, value.to_owned())),
    }
}

/// The tokens of `code`.
pub(crate) fn lex(code: &str) -> Vec<(Tok, String)> {
    let (start, end) = ("<!", "!>");
    let mut out = Vec::new();
    let mut rest = code;
    loop {
        let Some(i) = rest.find(start) else {
            push(&mut out, Text, rest);
            return out;
        };
        push(&mut out, Text, &rest[..i]);
        rest = &rest[i + start.len()..];
        let Some(i) = rest.find(end) else {
            push(&mut out, Error, rest);
            return out;
        };
        push(&mut out, Error, &rest[..i]);
        rest = &rest[i + end.len()..];
    }
}

#[cfg(test)]
mod tests {
    use super::super::token::Tok::*;
    use super::lex;

    #[test]
    fn escaped_sections_lose_their_delimiters() {
        let t = |tok, s: &str| (tok, s.to_owned());
        assert_eq!(
            lex("a<!b!>c<!d"),
            vec![t(Text, "a"), t(Error, "b"), t(Text, "c"), t(Error, "d")]
        );
        assert_eq!(lex("<!!><!x!>"), vec![t(Error, "x")]);
    }
}
