//! A CSS tree read back from grass's expanded output.
//!
//! grass's expanded output is regular: one statement per line, blocks closed
//! on their own line, comments kept whole. This reader splits it into
//! statements at the top-level `{`, `;` and `}` (outside strings, comments,
//! parentheses and brackets) and keeps every text as grass wrote it.

/// A statement of the stylesheet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Stmt {
    /// `/* … */`, with its delimiters.
    Comment(String),
    /// `selector { … }`.
    Rule {
        /// The selector list, as written (may span lines).
        selector: String,
        /// Declarations, comments, and (in `@keyframes` or `@font-feature-values`) nested rules.
        body: Vec<Stmt>,
    },
    /// `property: value`.
    Decl {
        /// The property name.
        property: String,
        /// The value, trimmed.
        value: String,
    },
    /// `@name prelude;` or `@name prelude { … }`.
    AtRule {
        /// The name without `@`.
        name: String,
        /// The text between the name and the block or `;`, trimmed.
        prelude: String,
        /// The block, if any.
        body: Option<Vec<Stmt>>,
    },
}

/// grass wrote something this reader does not understand.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ParseError {
    /// 1-based line in grass's output.
    pub(crate) line: usize,
    /// 1-based column in grass's output.
    pub(crate) column: usize,
    /// What was wrong.
    pub(crate) message: String,
}

/// Reads a stylesheet.
pub(crate) fn parse(text: &str) -> Result<Vec<Stmt>, ParseError> {
    let mut reader = Reader { text, pos: 0 };
    let stmts = reader.block(false)?;
    Ok(stmts)
}

struct Reader<'a> {
    text: &'a str,
    pos: usize,
}

/// What ended a piece of statement text.
enum End {
    Open,
    Semicolon,
    Close,
    Eof,
}

impl Reader<'_> {
    fn error(&self, message: &str) -> ParseError {
        let before = &self.text[..self.pos];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
        ParseError {
            line,
            column,
            message: message.to_string(),
        }
    }

    fn skip_space(&mut self) {
        let rest = &self.text[self.pos..];
        self.pos += rest.len() - rest.trim_start().len();
    }

    fn block(&mut self, nested: bool) -> Result<Vec<Stmt>, ParseError> {
        let mut stmts = Vec::new();
        loop {
            self.skip_space();
            let rest = &self.text[self.pos..];
            if rest.is_empty() {
                if nested {
                    return Err(self.error("unclosed block"));
                }
                return Ok(stmts);
            }
            if rest.starts_with('}') {
                if !nested {
                    return Err(self.error("unexpected `}`"));
                }
                self.pos += 1;
                return Ok(stmts);
            }
            if rest.starts_with("/*") {
                let end = rest
                    .find("*/")
                    .map(|i| i + 2)
                    .ok_or_else(|| self.error("unclosed comment"))?;
                stmts.push(Stmt::Comment(rest[..end].to_string()));
                self.pos += end;
                continue;
            }
            let text = self.text;
            let (start, stop, end) = self.statement_text()?;
            let head = text[start..stop].trim();
            match end {
                End::Open => {
                    let body = self.block(true)?;
                    if let Some(at) = head.strip_prefix('@') {
                        let (name, prelude) = split_at_name(at);
                        stmts.push(Stmt::AtRule {
                            name,
                            prelude,
                            body: Some(body),
                        });
                    } else {
                        stmts.push(Stmt::Rule {
                            selector: head.to_string(),
                            body,
                        });
                    }
                }
                End::Semicolon | End::Close | End::Eof => {
                    if matches!(end, End::Close) {
                        // Leave the `}` for the caller.
                        self.pos -= 1;
                    }
                    if head.is_empty() {
                        continue;
                    }
                    if let Some(at) = head.strip_prefix('@') {
                        let (name, prelude) = split_at_name(at);
                        stmts.push(Stmt::AtRule {
                            name,
                            prelude,
                            body: None,
                        });
                    } else {
                        let colon = top_level_colon(head)
                            .ok_or_else(|| self.error("a declaration without `:`"))?;
                        stmts.push(Stmt::Decl {
                            property: head[..colon].trim().to_string(),
                            value: head[colon + 1..].trim().to_string(),
                        });
                    }
                    if matches!(end, End::Eof) {
                        return Ok(stmts);
                    }
                }
            }
        }
    }

    /// The span of text up to the next top-level `{`, `;` or `}` (consumed).
    fn statement_text(&mut self) -> Result<(usize, usize, End), ParseError> {
        let start = self.pos;
        let bytes = self.text.as_bytes();
        let mut depth = 0usize;
        let mut i = self.pos;
        while i < bytes.len() {
            match bytes[i] {
                b'"' | b'\'' => i = skip_string(bytes, i),
                b'\\' => i += 2,
                b'/' if bytes.get(i + 1) == Some(&b'*') => {
                    i = self.text[i..].find("*/").map_or(bytes.len(), |e| i + e + 2);
                }
                b'(' | b'[' => {
                    depth += 1;
                    i += 1;
                }
                b')' | b']' => {
                    depth = depth.saturating_sub(1);
                    i += 1;
                }
                b'{' | b';' | b'}' if depth == 0 => {
                    let end = match bytes[i] {
                        b'{' => End::Open,
                        b';' => End::Semicolon,
                        _ => End::Close,
                    };
                    self.pos = i + 1;
                    return Ok((start, i, end));
                }
                _ => i += 1,
            }
        }
        if depth > 0 {
            self.pos = start;
            return Err(self.error("unbalanced parentheses"));
        }
        self.pos = bytes.len();
        Ok((start, bytes.len(), End::Eof))
    }
}

/// The index just past the string starting at `start` (its quote).
pub(crate) fn skip_string(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let mut i = start + 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b if b == quote => return i + 1,
            _ => i += 1,
        }
    }
    bytes.len()
}

/// `media screen` → (`media`, `screen`).
fn split_at_name(at: &str) -> (String, String) {
    let end = at
        .find(|c: char| c.is_whitespace() || c == '(' || c == '"' || c == '\'')
        .unwrap_or(at.len());
    (at[..end].to_string(), at[end..].trim().to_string())
}

/// The first `:` outside strings, parentheses and (in Sass sources) `#{}`.
pub(crate) fn top_level_colon(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut i = 0;
    let mut depth = 0usize;
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => i = skip_string(bytes, i),
            b'\\' => i += 2,
            b'#' if bytes.get(i + 1) == Some(&b'{') => {
                // To the `}` closing the interpolation.
                let mut open = 0usize;
                i += 1;
                while i < bytes.len() {
                    match bytes[i] {
                        b'"' | b'\'' => {
                            i = skip_string(bytes, i);
                            continue;
                        }
                        b'{' => open += 1,
                        b'}' => {
                            open -= 1;
                            if open == 0 {
                                i += 1;
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
            }
            b'(' | b'[' => {
                depth += 1;
                i += 1;
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            b':' if depth == 0 => return Some(i),
            _ => i += 1,
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_rules_declarations_comments_and_at_rules() {
        let css = "/* a */\n@import url(\"x;y\");\na, b {\n  color: red;\n  content: \"}\";\n}\n@media screen {\n  a {\n    b: c;\n  }\n}\n";
        let sheet = parse(css).unwrap();
        assert_eq!(sheet.len(), 4);
        assert_eq!(sheet[0], Stmt::Comment("/* a */".into()));
        assert_eq!(
            sheet[1],
            Stmt::AtRule {
                name: "import".into(),
                prelude: "url(\"x;y\")".into(),
                body: None
            }
        );
        let Stmt::Rule { selector, body } = &sheet[2] else {
            panic!("not a rule")
        };
        assert_eq!(selector, "a, b");
        assert_eq!(
            body[1],
            Stmt::Decl {
                property: "content".into(),
                value: "\"}\"".into()
            }
        );
        let Stmt::AtRule {
            name,
            prelude,
            body: Some(inner),
        } = &sheet[3]
        else {
            panic!("not @media")
        };
        assert_eq!(
            (name.as_str(), prelude.as_str(), inner.len()),
            ("media", "screen", 1)
        );
    }

    #[test]
    fn a_stray_brace_is_an_error_with_its_position() {
        let error = parse("a {\n  b: c;\n}\n}").unwrap_err();
        assert_eq!((error.line, error.column), (4, 1));
    }
}
