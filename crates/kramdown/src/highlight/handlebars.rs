//! Rouge's `handlebars` lexer (handlebars, hbs, mustache): HTML with `{{…}}`.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::html::HTML;
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const ID: &str = r"[\w$-]+";

/// The language.
pub(crate) static HANDLEBARS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"\\{+", Custom(|l, m| l.delegate_parent(&HTML, m.get(0)))),
                r("{{!--", TokenThen(Comment, Push("comment"))),
                r("{{!.*?}}", Token(Comment)),
                r(
                    "{{{?",
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Push("stache"));
                        l.go(Push("open_sym"));
                    }),
                ),
                rf(
                    r"(.+?)(?=\\|{{)",
                    "m",
                    Custom(|l, m| {
                        l.delegate_parent(&HTML, m.get(0));
                        // An unquoted attribute value ends where the mustache starts.
                        if l.delegate_top_is(l.parent(&HTML), "attr") {
                            l.delegate_pop(l.parent(&HTML));
                        }
                    }),
                ),
                rf(".+", "m", Custom(|l, m| l.delegate_parent(&HTML, m.get(0)))),
            ],
        ),
        (
            "comment",
            vec![
                r("{{", TokenThen(Comment, PushSelf)),
                r("}}", TokenThen(Comment, Pop(1))),
                rf("[^{}]+", "m", Token(Comment)),
                r("[{}]", Token(Comment)),
            ],
        ),
        (
            "stache",
            vec![
                r("}}}?", TokenThen(Keyword, Pop(1))),
                r(r"\|", Token(Punctuation)),
                r("~", Token(Keyword)),
                rf(r"\s+", "m", Token(Text)),
                r("[=]", Token(Operator)),
                r(r"[\[\]]", Token(Punctuation)),
                r(r"[\(\)]", Token(Punctuation)),
                r(r"[.](?=[}\s])", Token(NameVariable)),
                r("[.][.]", Token(NameVariable)),
                r("[/.]", Token(Punctuation)),
                r(r#""(\\.|.)*?""#, Token(StrDouble)),
                r(r"'(\\.|.)*?'", Token(StrSingle)),
                r(r"\d+(?=}\s)", Token(Num)),
                r(r"(true|false)(?=[}\s])", Token(KeywordConstant)),
                r(r"else(?=[}\s])", Token(Keyword)),
                r(r"this(?=[}\s])", Token(NameBuiltinPseudo)),
                r(&format!("@{ID}"), Token(NameAttribute)),
                r(ID, Token(NameVariable)),
            ],
        ),
        (
            "open_sym",
            vec![
                r("[#/]", TokenThen(Keyword, Goto("block_name"))),
                r("[>^&~]", Token(Keyword)),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "block_name",
            vec![
                r(r"if(?=[}\s])", Token(Keyword)),
                r(ID, TokenThen(NameNamespace, Pop(1))),
                r("", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
    ])
});
