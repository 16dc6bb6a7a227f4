//! Whether an output expression or a condition passes Ruby Liquid's strict
//! parser (`Variable#strict_parse`, `If#strict_parse`). Jekyll's default
//! `error_mode: warn` parses strictly first and falls back to the lax reading
//! only when that fails.

#[derive(Debug, Clone, PartialEq)]
enum Token {
    Id,
    Str,
    Number,
    Pipe,
    Dot,
    DotDot,
    Colon,
    Comma,
    OpenSquare,
    CloseSquare,
    OpenRound,
    CloseRound,
    Dash,
    Question,
    Comparison,
}

impl Token {
    /// The name Ruby Liquid's messages use.
    fn name(&self) -> &'static str {
        match self {
            Token::Id => "id",
            Token::Str => "string",
            Token::Number => "number",
            Token::Pipe => "pipe",
            Token::Dot => "dot",
            Token::DotDot => "dotdot",
            Token::Colon => "colon",
            Token::Comma => "comma",
            Token::OpenSquare => "open_square",
            Token::CloseSquare => "close_square",
            Token::OpenRound => "open_round",
            Token::CloseRound => "close_round",
            Token::Dash => "dash",
            Token::Question => "question",
            Token::Comparison => "comparison",
        }
    }
}

/// Liquid's `Lexer`: the tokens with their text, or the character it does
/// not know.
fn lex(s: &str) -> Result<Vec<(Token, &str)>, char> {
    let unexpected = |i: usize| s[i..].chars().next().unwrap_or(' ');
    let b = s.as_bytes();
    let mut i = 0;
    let mut out: Vec<(Token, &str)> = Vec::new();
    while i < b.len() {
        let c = b[i];
        let start = i;
        match c {
            b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c' => i += 1,
            b'"' | b'\'' => {
                let Some(end) = s[i + 1..].find(char::from(c)) else {
                    return Err(unexpected(i));
                };
                i += end + 2;
                out.push((Token::Str, &s[start..i]));
            }
            b'=' | b'!' | b'<' | b'>' => {
                let two = b
                    .get(i + 1)
                    .is_some_and(|n| *n == b'=' || (c == b'<' && *n == b'>'));
                if !two && matches!(c, b'=' | b'!') {
                    return Err(unexpected(i));
                }
                i += if two { 2 } else { 1 };
                out.push((Token::Comparison, &s[start..i]));
            }
            b'|' => (i += 1, out.push((Token::Pipe, &s[start..i]))).1,
            b':' => (i += 1, out.push((Token::Colon, &s[start..i]))).1,
            b',' => (i += 1, out.push((Token::Comma, &s[start..i]))).1,
            b'[' => (i += 1, out.push((Token::OpenSquare, &s[start..i]))).1,
            b']' => (i += 1, out.push((Token::CloseSquare, &s[start..i]))).1,
            b'(' => (i += 1, out.push((Token::OpenRound, &s[start..i]))).1,
            b')' => (i += 1, out.push((Token::CloseRound, &s[start..i]))).1,
            b'?' => (i += 1, out.push((Token::Question, &s[start..i]))).1,
            b'.' if b.get(i + 1) == Some(&b'.') => {
                (i += 2, out.push((Token::DotDot, &s[start..i]))).1
            }
            b'.' => (i += 1, out.push((Token::Dot, &s[start..i]))).1,
            b'-' | b'0'..=b'9' => {
                i += 1;
                while i < b.len() && b[i].is_ascii_digit() {
                    i += 1;
                }
                if i + 1 < b.len() && b[i] == b'.' && b[i + 1].is_ascii_digit() {
                    i += 1;
                    while i < b.len() && b[i].is_ascii_digit() {
                        i += 1;
                    }
                }
                // A `-` before no digit is a token of its own.
                let token = if i == start + 1 && c == b'-' {
                    Token::Dash
                } else {
                    Token::Number
                };
                out.push((token, &s[start..i]));
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                i += 1;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'-')
                {
                    i += 1;
                }
                if b.get(i) == Some(&b'?') {
                    i += 1;
                }
                // `contains` before whitespace is an operator, as Ruby's
                // `COMPARISON_OPERATOR` (tried first) reads it.
                let word = &s[start..i];
                let token =
                    if word == "contains" && b.get(i).is_some_and(|n| n.is_ascii_whitespace()) {
                        Token::Comparison
                    } else {
                        Token::Id
                    };
                out.push((token, word));
            }
            _ => return Err(unexpected(i)),
        }
    }
    Ok(out)
}

struct Parser<'a> {
    tokens: Vec<Token>,
    words: Vec<&'a str>,
    at: usize,
    error: Option<String>,
}

impl<'a> Parser<'a> {
    fn new(tokens: Vec<(Token, &'a str)>) -> Self {
        let (tokens, words) = tokens.into_iter().unzip();
        Parser {
            tokens,
            words,
            at: 0,
            error: None,
        }
    }

    /// Whether the next token is the identifier `word`.
    fn id(&self, word: &str) -> bool {
        self.look(&Token::Id, 0) && self.words.get(self.at) == Some(&word)
    }

    fn look(&self, t: &Token, ahead: usize) -> bool {
        self.tokens.get(self.at + ahead) == Some(t)
    }

    fn found(&self) -> &'static str {
        self.tokens
            .get(self.at)
            .map_or("end_of_string", Token::name)
    }

    fn fail<T>(&mut self, message: String) -> Option<T> {
        self.error.get_or_insert(message);
        None
    }

    fn consume(&mut self, t: &Token) -> Option<()> {
        if self.look(t, 0) {
            self.at += 1;
            return Some(());
        }
        let message = format!("Expected {} but found {}", t.name(), self.found());
        self.fail(message)
    }

    fn consume_if(&mut self, t: &Token) -> bool {
        let hit = self.look(t, 0);
        if hit {
            self.at += 1;
        }
        hit
    }

    /// The next token as Ruby's `Array#to_s` prints it, for messages.
    fn found_inspect(&self) -> String {
        match (self.tokens.get(self.at), self.words.get(self.at)) {
            (Some(t), Some(w)) => format!("[:{}, {:?}]", t.name(), w),
            _ => "[:end_of_string]".to_owned(),
        }
    }

    fn expression(&mut self) -> Option<()> {
        let Some(token) = self.tokens.get(self.at) else {
            let message = format!("{} is not a valid expression", self.found_inspect());
            return self.fail(message);
        };
        match token {
            Token::Id => {
                self.at += 1;
                self.lookups()
            }
            Token::OpenSquare => {
                self.at += 1;
                self.expression()?;
                self.consume(&Token::CloseSquare)?;
                self.lookups()
            }
            Token::Str | Token::Number => {
                self.at += 1;
                Some(())
            }
            Token::OpenRound => {
                self.at += 1;
                self.expression()?;
                self.consume(&Token::DotDot)?;
                self.expression()?;
                self.consume(&Token::CloseRound)
            }
            _ => {
                let message = format!("{} is not a valid expression", self.found_inspect());
                self.fail(message)
            }
        }
    }

    fn lookups(&mut self) -> Option<()> {
        loop {
            if self.consume_if(&Token::OpenSquare) {
                self.expression()?;
                self.consume(&Token::CloseSquare)?;
            } else if self.consume_if(&Token::Dot) {
                self.consume(&Token::Id)?;
            } else {
                return Some(());
            }
        }
    }

    fn argument(&mut self) -> Option<()> {
        if self.look(&Token::Id, 0) && self.look(&Token::Colon, 1) {
            self.at += 2;
        }
        self.expression()
    }
}

/// Why `markup` (what is between `{{` and `}}`) does not parse strictly,
/// worded as Ruby Liquid words it; `None` when it does.
pub(crate) fn strict_error(markup: &str) -> Option<String> {
    let tokens = match lex(markup) {
        Ok(t) => t,
        Err(c) => return Some(format!("Unexpected character {c}")),
    };
    let mut p = Parser::new(tokens);
    if p.tokens.is_empty() {
        return None;
    }
    let ok = (|| {
        p.expression()?;
        while p.consume_if(&Token::Pipe) {
            p.consume(&Token::Id)?;
            if p.consume_if(&Token::Colon) {
                p.argument()?;
                while p.consume_if(&Token::Comma) {
                    p.argument()?;
                }
            }
        }
        if p.at == p.tokens.len() {
            return Some(());
        }
        let message = format!("Expected end_of_string but found {}", p.found());
        p.fail(message)
    })();
    match ok {
        Some(()) => None,
        None => Some(p.error.unwrap_or_else(|| "Invalid syntax".to_owned())),
    }
}

/// Why the markup of an `if`, `elsif` or `unless` tag does not parse
/// strictly (`If#strict_parse`: comparisons joined by `and` / `or`), worded
/// as Ruby Liquid words it; `None` when it does.
pub(crate) fn strict_condition_error(markup: &str) -> Option<String> {
    let tokens = match lex(markup) {
        Ok(t) => t,
        Err(c) => return Some(format!("Unexpected character {c}")),
    };
    let mut p = Parser::new(tokens);
    let ok = (|| {
        loop {
            p.expression()?;
            if p.consume_if(&Token::Comparison) {
                p.expression()?;
            }
            if p.id("and") || p.id("or") {
                p.at += 1;
            } else {
                break;
            }
        }
        if p.at == p.tokens.len() {
            return Some(());
        }
        let message = format!("Expected end_of_string but found {}", p.found());
        p.fail(message)
    })();
    match ok {
        Some(()) => None,
        None => Some(p.error.unwrap_or_else(|| "Invalid syntax".to_owned())),
    }
}

/// Why the markup of a `for` tag does not parse strictly (`For#strict_parse`:
/// a name, `in`, an expression, `reversed`, then `limit:` and `offset:`),
/// worded as Ruby Liquid words it; `None` when it does.
pub(crate) fn strict_for_error(markup: &str) -> Option<String> {
    let tokens = match lex(markup) {
        Ok(t) => t,
        Err(c) => return Some(format!("Unexpected character {c}")),
    };
    let mut p = Parser::new(tokens);
    let ok = (|| {
        p.consume(&Token::Id)?;
        if !p.id("in") {
            return p.fail("For loops require an 'in' clause".to_owned());
        }
        p.at += 1;
        p.expression()?;
        if p.id("reversed") {
            p.at += 1;
        }
        while p.look(&Token::Id, 0) && p.look(&Token::Colon, 1) {
            if !(p.id("limit") || p.id("offset")) {
                return p.fail(
                    "Invalid attribute in for loop. Valid attributes are limit and offset"
                        .to_owned(),
                );
            }
            p.at += 2;
            p.expression()?;
        }
        if p.at == p.tokens.len() {
            return Some(());
        }
        let message = format!("Expected end_of_string but found {}", p.found());
        p.fail(message)
    })();
    match ok {
        Some(()) => None,
        None => Some(p.error.unwrap_or_else(|| "Invalid syntax".to_owned())),
    }
}

/// Whether `markup` parses strictly.
#[cfg(test)]
pub(crate) fn strict_ok(markup: &str) -> bool {
    strict_error(markup).is_none()
}

#[cfg(test)]
mod tests {
    use super::{strict_error, strict_ok};

    #[test]
    fn tells_strict_from_lax_markup() {
        for ok in [
            "x",
            "page.title | upcase",
            "bar[ 'baz'  ]",
            "(1..5) | join: '#'",
            "x | f: a, k: 'v'",
            "-1.5",
            "",
        ] {
            assert!(strict_ok(ok), "{ok}");
        }
        for lax in [
            "x |",
            "x || upcase",
            "x | f 'y'",
            "x * 3",
            "'x' upcase",
            "a = b",
        ] {
            assert!(!strict_ok(lax), "{lax}");
        }
        // Messages as Jekyll 4.3.1 printed them in its warnings.
        assert_eq!(
            strict_error("1e2").as_deref(),
            Some("Expected end_of_string but found id")
        );
        assert_eq!(
            strict_error("\"a\" | f: 'x").as_deref(),
            Some("Unexpected character '")
        );
        // A `-` is a token of its own; a segment starting with a digit is a
        // number (Ruby Liquid 5.4's messages).
        assert_eq!(
            strict_error("a - b").as_deref(),
            Some("Expected end_of_string but found dash")
        );
        assert_eq!(
            strict_error("site.data.old.2019-conference-submissions").as_deref(),
            Some("Expected id but found number")
        );
        assert!(strict_ok("site.data.my-file.key"));
    }
}
