//! Rouge's `ghc-core` lexer (GHC's Core intermediate representation).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// The language.
pub(crate) static GHC_CORE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r("^=====.*=====$", Token(GenericHeading)),
                r(
                    r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$",
                    Token(CommentSingle),
                ),
                r(r"^Result size of .+\n.+{[^}]*}", Token(CommentMultiline)),
                r("--.*$", Token(CommentSingle)),
                r(r"\[", TokenThen(CommentSpecial, Push("annotation"))),
                mixin("recursive_binding"),
                mixin("ghc_rule"),
                mixin("function"),
                rf(r"\s", "m", Token(Text)),
                r(".", Token(Text)),
            ],
        ),
        (
            "expression",
            vec![
                r(r"[\n]+", Token(Text)),
                r(r"(?=^\S)", Custom(|l, _| l.go(Pop(1)))),
                r(r"\s+", TokenThen(Text, Push("expression_line"))),
            ],
        ),
        (
            "expression_line",
            vec![
                r(" ", Token(Text)),
                mixin("common"),
                r(r"\n", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "annotation",
            vec![
                r(r"\]", TokenThen(CommentSpecial, Pop(1))),
                r(r"\[", TokenThen(CommentSpecial, Push("annotation"))),
                r(r"[^\[\]]+", Token(CommentSpecial)),
            ],
        ),
        (
            "common",
            vec![
                r(r"\[[^=]*\]", Token(KeywordType)),
                r(r"\[", TokenThen(CommentSpecial, Push("annotation"))),
                mixin("literal"),
                mixin("constants"),
                mixin("punctuation"),
                mixin("operator"),
                mixin("name"),
            ],
        ),
        (
            "literal",
            vec![
                r(r"\d+\.\d+\#{0,2}", Token(NumFloat)),
                r(r"\d+\#{0,2}", Token(NumInteger)),
                r("\".*\"#", Token(Str)),
                r("'.'#", Token(StrChar)),
            ],
        ),
        ("constants", vec![r("__DEFAULT", Token(NameConstant))]),
        (
            "name",
            vec![
                // Rouge yields the whole match, then its first group again.
                r(
                    r"^([A-Z]\w*)(\.)",
                    Custom(|l, m| {
                        l.token(NameNamespace, m.get(0));
                        l.token(Punctuation, m.get(1));
                    }),
                ),
                r(r"[A-Z][^\s.,(){}]*", Token(KeywordType)),
                r(
                    r"(^[a-z].*?\d+\.\d+\.\d+)(:)(?=\S)",
                    Groups(&[NameNamespace, Punctuation]),
                ),
                r(r"\S*\(,\)\S*", Token(NameVariable)),
                r(r"\S[^\s.,(){}]*", Token(NameVariable)),
            ],
        ),
        ("punctuation", vec![r("[.,(){};]", Token(Punctuation))]),
        (
            "operator",
            vec![
                r("=>", Token(Operator)),
                r("->", Token(Operator)),
                r("::", Token(Operator)),
                r("=", Token(Operator)),
                r("forall", Token(Keyword)),
                r("case", Token(Keyword)),
                r("of", Token(Keyword)),
                r("letrec", Token(Keyword)),
                r("let", Token(Keyword)),
                r("join", Token(Keyword)),
                r("@", Token(Operator)),
                r(r"\\", Token(Operator)),
            ],
        ),
        (
            "recursive_binding",
            vec![
                r(r"(Rec)(\s*)({)", Groups(&[Keyword, Text, Punctuation])),
                r(
                    r"^(end)(\s*)(Rec)(\s*)(})",
                    Groups(&[Keyword, Text, Keyword, Text, Punctuation]),
                ),
            ],
        ),
        (
            "ghc_rule",
            vec![rf(
                "^(\".*?\")",
                "m",
                TokenThen(NameLabel, Push("expression")),
            )],
        ),
        (
            "function",
            vec![rf(
                r"^(\S+)(?=.*?(=|::))",
                "m",
                TokenThen(NameFunction, Push("expression")),
            )],
        ),
    ])
});
