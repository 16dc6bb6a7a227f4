//! Rouge's `ceylon` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::r;
use super::token::Tok::*;

/// The language.
pub(crate) static CEYLON: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                r(r"[^\S\n]+", Token(Text)),
                r(r"//.*?\n", Token(CommentSingle)),
                r(r"/\*", Token(CommentMultiline)),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                r(
                    r"(shared|abstract|formal|default|actual|variable|deprecated|small|
          late|literal|doc|by|see|throws|optional|license|tagged|final|native|
          annotation|sealed)\b",
                    Token(NameDecorator),
                ),
                r(
                    r"(break|case|catch|continue|else|finally|for|in|
          if|return|switch|this|throw|try|while|is|exists|dynamic|
          nonempty|then|outer|assert|let)\b",
                    Token(Keyword),
                ),
                r(
                    r"(abstracts|extends|satisfies|super|given|of|out|assign)\b",
                    Token(KeywordDeclaration),
                ),
                r(r"(function|value|void|new)\b", Token(KeywordType)),
                r(
                    r"(assembly|module|package)(\s+)",
                    GroupsThen(&[KeywordNamespace, Text], Push("import")),
                ),
                r(r"(true|false|null)\b", Token(KeywordConstant)),
                r(
                    r"(class|interface|object|alias)(\s+)",
                    GroupsThen(&[KeywordDeclaration, Text], Push("class")),
                ),
                r(
                    r"(import)(\s+)",
                    GroupsThen(&[KeywordNamespace, Text], Push("import")),
                ),
                r(r#""(\\\\|\\"|[^"])*""#, Token(Str)),
                r(r"'\\.'|'[^\\]'|'\\\{#[0-9a-fA-F]{4}\}'", Token(StrChar)),
                r(r#""[^`]*``[^`]*``[^`]*""#, Token(StrInterpol)),
                r(r"(\.)([a-z_]\w*)", Groups(&[Operator, NameAttribute])),
                r(r"[a-zA-Z_]\w*:", Token(NameLabel)),
                r(r"(\\I[a-z]|[A-Z])\w*", Token(NameDecorator)),
                r(r"[a-zA-Z_]\w*", Token(Name)),
                r(r"[~^*!%&\[\](){}<>|+=:;,./?`-]", Token(Operator)),
                r(
                    r"\d{1,3}(_\d{3})+\.\d{1,3}(_\d{3})+[kMGTPmunpf]?",
                    Token(NumFloat),
                ),
                r(
                    r"\d{1,3}(_\d{3})+\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?",
                    Token(NumFloat),
                ),
                r(
                    r"[0-9][0-9]*\.\d{1,3}(_\d{3})+[kMGTPmunpf]?",
                    Token(NumFloat),
                ),
                r(
                    r"[0-9][0-9]*\.[0-9]+([eE][+-]?[0-9]+)?[kMGTPmunpf]?",
                    Token(NumFloat),
                ),
                r(r"#([0-9a-fA-F]{4})(_[0-9a-fA-F]{4})+", Token(NumHex)),
                r("#[0-9a-fA-F]+", Token(NumHex)),
                r(r"\$([01]{4})(_[01]{4})+", Token(NumBin)),
                r(r"\$[01]+", Token(NumBin)),
                r(r"\d{1,3}(_\d{3})+[kMGTP]?", Token(NumInteger)),
                r("[0-9]+[kMGTP]?", Token(NumInteger)),
                r(r"\n", Token(Text)),
            ],
        ),
        (
            "class",
            vec![
                mixin("whitespace"),
                r(r"[A-Za-z_]\w*", TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "import",
            vec![
                r(r"[a-z][\w.]*", TokenThen(NameNamespace, Pop(1))),
                r(r#""(\\\\|\\"|[^"])*""#, TokenThen(Str, Pop(1))),
            ],
        ),
    ])
});
