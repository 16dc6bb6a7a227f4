//! Rouge's `fluent` lexer (fluent, ftl).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// The language.
pub(crate) static FLUENT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(
                    r"( *)(\=)( *)",
                    GroupsThen(&[Whitespace, Punctuation, Whitespace], Push("template")),
                ),
                rf(r"(?:\s*\n)+", "m", Token(Whitespace)),
                r(r"\#{1,3}(?: .*)?$", Token(CommentSingle)),
                r("[a-zA-Z][a-zA-Z0-9_-]*", Token(NameConstant)),
                r(r"\-[a-zA-Z][a-zA-Z0-9_-]*", Token(NameEntity)),
                r(r"\s*\.[a-zA-Z][a-zA-Z0-9_-]*", Token(NameAttribute)),
                r(r"\s+(?=[^\s\.])", TokenThen(Whitespace, Push("template"))),
            ],
        ),
        (
            "template",
            vec![
                rf(r"\n", "m", TokenThen(Whitespace, Pop(1))),
                r(r"[^\{\n\}\*]+", Token(Text)),
                r(r"\{", TokenThen(Punctuation, Push("placeable"))),
                r(r"(?=\})", TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "placeable",
            vec![
                rf(r"\s+", "m", Token(Whitespace)),
                r(r"\{", TokenThen(Punctuation, Push("placeable"))),
                r(r"\}", TokenThen(Punctuation, Pop(1))),
                r(r"\$[a-zA-Z][a-zA-Z0-9_-]*", Token(NameVariable)),
                r(r"\-[a-zA-Z][a-zA-Z0-9_-]*", Token(NameEntity)),
                r(r"\.[a-zA-Z][a-zA-Z0-9_-]*", Token(NameAttribute)),
                r("[A-Z]+", Token(NameBuiltin)),
                r("[a-zA-Z][a-zA-Z0-9_-]*", Token(NameConstant)),
                r(r"[\(\),\:]", Token(Punctuation)),
                r("->", Token(Punctuation)),
                r(r"\*", Token(PunctuationIndicator)),
                r(r"\-?\d+\.\d+?", Token(NumFloat)),
                r(r"\-?\d+", Token(NumInteger)),
                r("\"", TokenThen(StrDouble, Push("string"))),
                r(
                    r"(\[)(\-?\d+\.\d+)(\])",
                    GroupsThen(&[Punctuation, NumFloat, Punctuation], Push("template")),
                ),
                r(
                    r"(\[)(\-?\d+)(\])",
                    GroupsThen(&[Punctuation, NumInteger, Punctuation], Push("template")),
                ),
                r(
                    r"(\[)([a-zA-Z][a-zA-Z0-9_-]+)(\])",
                    GroupsThen(&[Punctuation, StrSymbol, Punctuation], Push("template")),
                ),
            ],
        ),
        (
            "string",
            vec![
                r(r"\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{6}", Token(StrEscape)),
                r(r"\\.", Token(StrEscape)),
                r(r#"[^\"\\]"#, Token(StrDouble)),
                r("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
    ])
});
