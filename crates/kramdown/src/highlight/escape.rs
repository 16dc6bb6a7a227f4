//! Rouge's `escape` lexer (escape, esc): plain text with `<!…!>` sections,
//! which Rouge's formatters, escaping not enabled (as in Jekyll), show as
//! errors. The delimiters themselves are dropped.  Its options: `start` and
//! `end`, the delimiters, and `lang`, the language of the text outside them
//! (plain text by default), lexed on from one piece to the next.

use super::Session;
use super::lexer_options::{LexOptions, NONE};
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
pub(crate) fn lex(code: &str, options: &LexOptions) -> Vec<(Tok, String)> {
    let start = options.string("start").unwrap_or("<!");
    let end = options.string("end").unwrap_or("!>");
    let passed = options.without(&["start", "end", "lang"]);
    let mut lang = match options.string("lang") {
        Some(name) => Session::find(name, &passed),
        None => Session::find("plaintext", &NONE),
    };
    let mut text = |out: &mut Vec<(Tok, String)>, piece: &str| match lang.as_mut() {
        Some(lang) => {
            for (t, v) in lang.lex(piece) {
                push(out, t, &v);
            }
        }
        None => push(out, Text, piece),
    };
    let mut out = Vec::new();
    let mut rest = code;
    loop {
        let Some(i) = rest.find(start).filter(|_| !start.is_empty()) else {
            text(&mut out, rest);
            return out;
        };
        text(&mut out, &rest[..i]);
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
    use super::super::lexer_options::NONE;
    use super::super::token::Tok::*;
    use super::lex;

    #[test]
    fn escaped_sections_lose_their_delimiters() {
        let t = |tok, s: &str| (tok, s.to_owned());
        assert_eq!(
            lex("a<!b!>c<!d", &NONE),
            vec![t(Text, "a"), t(Error, "b"), t(Text, "c"), t(Error, "d")]
        );
        assert_eq!(lex("<!!><!x!>", &NONE), vec![t(Error, "x")]);
    }
}
