//! Rouge's `io` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "args", "call", "clone", "do", "doFile", "doString", "else", "elseif", "for", "if", "list",
    "method", "return", "super", "then",
];
const CONSTANTS: &[&str] = &["false", "nil", "true"];

/// The `io` language.
pub(crate) static IO: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"//.*"#, Token(CommentSingle)),
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(r#"(?s)/(\\\n)?[*].*?[*](\\\n)?/"#, Token(CommentMultiline)),
                rule(
                    r#"/[+]"#,
                    TokenThen(CommentMultiline, Push("nested_comment")),
                ),
                rule(r#""(\\\\|\\"|[^"])*""#, Token(Str)),
                rule(r#":?:="#, Token(Keyword)),
                rule(r#"[()]"#, Token(Punctuation)),
                rule(r#"[-=;,*+><!/|^.%\&\[\]{}]"#, Token(Operator)),
                rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(NameClass)),
                rule(
                    r#"[a-z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if has(CONSTANTS, m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if has(BUILTINS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"(?i)([0-9]+[.]?[0-9]*|[0-9]*[.][0-9]+)(e[+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(r#"@@?"#, Token(Keyword)),
            ],
        ),
        (
            "nested_comment",
            vec![
                rule(r#"(?s)[^/+]+"#, Token(CommentMultiline)),
                rule(
                    r#"/[+]"#,
                    TokenThen(CommentMultiline, Push("nested_comment")),
                ),
                rule(r#"[+]/"#, TokenThen(CommentMultiline, Pop(1))),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
