//! Rouge's `clean` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "if otherwise let in with where case of infix infixl infixr class
    instance generic derive special implementation definition system module from import
    qualified as dynamic code inline foreign export ccall stdcall";

/// The language.
pub(crate) static CLEAN: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "common_literals",
            vec![
                r(r"'(?:[^'\\]|\\(?:x[0-9a-fA-F]+|\d+|.))'", Token(StrChar)),
                r(r"[+~-]?\d+\.\d+(?:E[+-]?\d+)?\b", Token(NumFloat)),
                r(r"[+~-]?\d+E[+-]?\d+\b", Token(NumFloat)),
                r(r"[+~-]?\d+", Token(NumInteger)),
                r("\"", TokenThen(StrDouble, Push("string"))),
            ],
        ),
        (
            "basic",
            vec![
                rf(r"\s+", "m", Token(Whitespace)),
                r(r"\/\/\*.*", Token(CommentDoc)),
                r(r"\/\/.*", Token(CommentSingle)),
                r(r"\/\*\*", TokenThen(CommentDoc, Push("comment_doc"))),
                r(r"\/\*", TokenThen(CommentMultiline, Push("comment"))),
                r("[+~-]?0[0-7]+", Token(NumOct)),
                r("[+~-]?0x[0-9a-fA-F]+", Token(NumHex)),
                mixin("common_literals"),
                r(
                    r"(\[)(\s*)(')(?=.*?'\])",
                    GroupsThen(&[Punctuation, Whitespace, StrSingle], Push("charlist")),
                ),
            ],
        ),
        (
            "comment_doc",
            vec![
                r(r"\*\/", TokenThen(CommentDoc, Pop(1))),
                r(r"\/\/.*", Token(CommentDoc)),
                r(r"\/\*", TokenThen(CommentDoc, Push("comment"))),
                r(r"[^*\/]+", Token(CommentDoc)),
                r(r"[*\/]", Token(CommentDoc)),
            ],
        ),
        (
            "comment",
            vec![
                r(r"\*\/", TokenThen(CommentMultiline, Pop(1))),
                r(r"\/\/.*", Token(CommentMultiline)),
                r(r"\/\*", TokenThen(CommentMultiline, Push("comment"))),
                r(r"[^*\/]+", Token(CommentMultiline)),
                r(r"[*\/]", Token(CommentMultiline)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                r(
                    r"code(\s+inline)?\s*{",
                    TokenThen(CommentPreproc, Push("abc")),
                ),
                r(
                    r"_*[a-z][\w_`]*",
                    Custom(|l, m| {
                        let w = m.get(0);
                        let tok = if KEYWORDS.split_whitespace().any(|k| k == w) {
                            Keyword
                        } else {
                            Name
                        };
                        l.token(tok, w);
                    }),
                ),
                r(
                    r"_*[A-Z][\w_`]*",
                    Custom(|l, m| {
                        let w = m.get(0);
                        let tok = if w == "True" || w == "False" {
                            KeywordConstant
                        } else {
                            KeywordType
                        };
                        l.token(tok, w);
                    }),
                ),
                r(r"[^\w_\s`]", Token(Punctuation)),
                r(r"_\b", Token(Punctuation)),
            ],
        ),
        (
            "escapes",
            vec![
                rf(r"\\x[0-9a-fA-F]{1,2}", "i", Token(StrEscape)),
                rf(r"\\d\d{0,3}", "i", Token(StrEscape)),
                r(r"\\0[0-7]{0,3}", Token(StrEscape)),
                r(r"\\[0-7]{1,3}", Token(StrEscape)),
                r(r#"\\[nrfbtv\\"']"#, Token(StrEscape)),
            ],
        ),
        (
            "string",
            vec![
                r("\"", TokenThen(StrDouble, Pop(1))),
                mixin("escapes"),
                r(r#"[^\\"]+"#, Token(StrDouble)),
            ],
        ),
        (
            "charlist",
            vec![
                r(r"(')(\])", GroupsThen(&[StrSingle, Punctuation], Pop(1))),
                mixin("escapes"),
                r(r"[^\\']", Token(StrSingle)),
            ],
        ),
        (
            "abc_basic",
            vec![
                r(r"\s+", Token(Whitespace)),
                r(r"\|.*", Token(CommentSingle)),
                mixin("common_literals"),
            ],
        ),
        (
            "abc",
            vec![
                mixin("abc_basic"),
                r("}", TokenThen(CommentPreproc, Pop(1))),
                r(r"\.\w*", TokenThen(Keyword, Push("abc_rest_of_line"))),
                r(r"[\w_]+", TokenThen(NameBuiltin, Push("abc_rest_of_line"))),
            ],
        ),
        (
            "abc_rest_of_line",
            vec![
                r(r"\n", TokenThen(Whitespace, Pop(1))),
                r("}", TokenThen(CommentPreproc, Pop(2))),
                mixin("abc_basic"),
                r(r"\S+", Token(Name)),
            ],
        ),
    ])
});
