//! Rouge's `augeas` lexer (augeas, aug).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const RESERVED: &str = "_ let del store value counter seq key label autoload incl excl
    transform test get put in after set clear insa insb print_string
    print_regexp print_endline print_tree lens_ctype lens_atype
    lens_ktype lens_vtype lens_format_atype regexp_match";

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let name = m.get(0);
    if name == "module" {
        l.token(KeywordReserved, name);
        l.go(Push("module"));
    } else if RESERVED.split_whitespace().any(|w| w == name) {
        l.token(KeywordReserved, name);
    } else if name.starts_with(|c: char| c.is_ascii_uppercase()) {
        l.token(KeywordNamespace, name);
    } else {
        l.token(Name, name);
    }
}

/// The language.
pub(crate) static AUGEAS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r(r"\(\*", TokenThen(CommentMultiline, Push("comment"))),
            ],
        ),
        (
            "comment",
            vec![
                r(r"\*\)", TokenThen(CommentMultiline, Pop(1))),
                r(r"\(\*", TokenThen(CommentMultiline, Push("comment"))),
                r("[^*)]+", Token(CommentMultiline)),
                r("[*)]", Token(CommentMultiline)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                r(r"(:)(\w\w*)", Groups(&[Punctuation, KeywordType])),
                r(r"\w[\w']*", Custom(word)),
                r("\"", TokenThen(Str, Push("string"))),
                r(r"\/", TokenThen(Str, Push("regexp"))),
                r(r"[-*+.=?\|]+", Token(Operator)),
                r(r"[\[\](){}:;]", Token(Punctuation)),
            ],
        ),
        (
            "module",
            vec![
                r(r"\s+", Token(Text)),
                r("[A-Z][a-zA-Z0-9_.]*", TokenThen(NameNamespace, Pop(1))),
            ],
        ),
        (
            "regexp",
            vec![
                r(r"\/", TokenThen(StrRegex, Pop(1))),
                r(r"[^\\\/]+", Token(StrRegex)),
                r(r"\\[\\\/]", Token(StrRegex)),
                r(r"\\", Token(StrRegex)),
            ],
        ),
        (
            "string",
            vec![
                r("\"", TokenThen(Str, Pop(1))),
                r(r"\\", TokenThen(StrEscape, Push("escape"))),
                r(r#"[^\\"]+"#, Token(Str)),
            ],
        ),
        (
            "escape",
            vec![
                r(r#"[abfnrtv"'&\\]"#, TokenThen(StrEscape, Pop(1))),
                r(r"\^[\]\[A-Z@\^_]", TokenThen(StrEscape, Pop(1))),
                rf("o[0-7]+", "i", TokenThen(StrEscape, Pop(1))),
                rf(r"x[\da-f]+", "i", TokenThen(StrEscape, Pop(1))),
                r(r"\d+", TokenThen(StrEscape, Pop(1))),
                r(r"\s+", TokenThen(StrEscape, Pop(1))),
                r(".", TokenThen(Str, Pop(1))),
            ],
        ),
    ])
});
