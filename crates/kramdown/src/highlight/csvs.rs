//! Rouge's `csvs` lexer (CSV Schema).

use std::sync::LazyLock;

use super::engine::{Action::*, Language};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// The language.
pub(crate) static CSVS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rf(r"\s+", "m", Token(Text)),
            r(r"//[\S\t ]*", Token(CommentSingle)),
            rf(r"/\*[^*]*\*/", "m", Token(CommentMultiline)),
            r(
                r"(version)( )(\d+\.\d+)",
                Groups(&[Keyword, Whitespace, NumFloat]),
            ),
            r(
                r"T?\d{2}:\d{2}:\d{2}(\.\d{5})?(Z|(?:[-+]\d{2}:\d{2}))?",
                Token(LiteralDate),
            ),
            r(r"\d{4}-\d{2}-\d{2}", Token(LiteralDate)),
            r(r"\d{2}\/\d{2}\/\d{4}", Token(LiteralDate)),
            rf(
                r"(\d+[.]?\d*|\d*[.]\d+)(e[+-]?[0-9]+)?",
                "i",
                Token(NumFloat),
            ),
            r(r"\d+", Token(NumInteger)),
            r(r"@\w+", Token(KeywordPseudo)),
            r(r"[-.\w]+:", Token(NameVariable)),
            r("^\"[^\"]+\"", Token(NameVariable)),
            r(r#"\$([-.\w]+|("[^"]+"))\/?"#, Token(NameVariable)),
            rf("[A-Z]+", "i", Token(Keyword)),
            r("\"[^\"]*\"", Token(StrDouble)),
            r(r"'[^\r\n\f']'", Token(StrChar)),
            r("[,()*]", Token(Punctuation)),
        ],
    )])
});
