//! Rouge's `elm` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "module|exposing|port|import|as|type|alias|if|then|else|case|of|let|in";

/// The language.
pub(crate) static ELM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r("--.*", Token(CommentSingle)),
                r("{-", TokenThen(CommentMultiline, Push("multiline_comment"))),
                r(&format!(r"\b({KEYWORDS})\b"), Token(Keyword)),
                r(r"[a-z]\w*", Token(Name)),
                r("_", Token(Name)),
                r(r"[A-Z]\w*", Token(KeywordType)),
                r(
                    r"(->|::|\/\/|\.\.|&&|\|\||\+\+|\|>|<\||>>|<<|==|\/=|<=|>=)",
                    Token(Operator),
                ),
                r(r"[+-\/*%=<>^\|!]", Token(Operator)),
                r(r"\\", Token(Operator)),
                r(r"[@\#$&~?]", Token(Operator)),
                r("\"\"\"", TokenThen(Str, Push("multiline_string"))),
                r(r"'(\\.|.)'", Token(StrChar)),
                r("\"", TokenThen(Str, Push("double_quote"))),
                rf(r"0x[\da-f]+", "i", Token(NumHex)),
                rf(r"\d+e[+-]?\d+", "i", Token(NumFloat)),
                rf(r"\d+\.\d+(e[+-]?\d+)?", "i", Token(NumFloat)),
                r(r"\d+", Token(NumInteger)),
                r(r"[\[\](),;`{}:]", Token(Punctuation)),
            ],
        ),
        (
            "multiline_comment",
            vec![
                r("-}", TokenThen(CommentMultiline, Pop(1))),
                r("{-", TokenThen(CommentMultiline, Push("multiline_comment"))),
                r("[^-{}]+", Token(CommentMultiline)),
                r("[-{}]", Token(CommentMultiline)),
            ],
        ),
        (
            "double_quote",
            vec![
                r(r#"[^\\"]+"#, Token(StrDouble)),
                r(r#"\\""#, Token(StrEscape)),
                r("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "multiline_string",
            vec![
                r(r#"\\""#, Token(StrEscape)),
                r("\"\"\"", TokenThen(Str, Pop(1))),
                r("[^\"]+", Token(Str)),
                r("\"", Token(Str)),
            ],
        ),
    ])
});
