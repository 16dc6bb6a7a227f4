//! Rouge's `hcl` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[];
const DECLARATIONS: &[&str] = &[];
const RESERVED: &[&str] = &[];
const BUILTINS: &[&str] = &[];
const CONSTANTS: &[&str] = &["false", "null", "true"];

/// The `hcl` language.
pub(crate) static HCL: LazyLock<Language> = LazyLock::new(language);

/// The words of the language being lexed (Rouge's `self.class.keywords`, …):
/// keywords, declarations, reserved words, constants, builtins.
fn words(l: &Lexer<'_>) -> [&'static [&'static str]; 5] {
    if l.variant() == "terraform" {
        use super::terraform as t;
        [
            t::KEYWORDS,
            t::DECLARATIONS,
            t::RESERVED,
            t::CONSTANTS,
            t::BUILTINS,
        ]
    } else {
        [KEYWORDS, DECLARATIONS, RESERVED, CONSTANTS, BUILTINS]
    }
}

/// HCL's states, which Terraform extends.
pub(crate) fn language() -> Language {
    Language::new(vec![
        (
            "multiline_comment",
            vec![
                rule(r#"[*]/"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[^*/]+"#, Token(CommentMultiline)),
                rule(r#"[*/]"#, Token(CommentMultiline)),
            ],
        ),
        (
            "comments_and_whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"#.*?$"#, Token(CommentSingle)),
                rule(
                    r#"/[*]"#,
                    TokenThen(CommentMultiline, Push("multiline_comment")),
                ),
            ],
        ),
        (
            "primitives",
            vec![
                rule(
                    r#"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?([kKmMgG]b?)?"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9]+([kKmMgG]b?)?"#, Token(NumInteger)),
                rule(r#"""#, TokenThen(StrDouble, Push("dq"))),
                rule(r#"'"#, TokenThen(StrSingle, Push("sq"))),
                rule(
                    r#"(<<-?)([ \t\n\r\x0B\x0C]*)('?)(\\?)([a-zA-Z0-9_]+)(\3)"#,
                    Custom(|l, m| {
                        l.groups(
                            &[
                                Operator,
                                Text,
                                StrHeredoc,
                                StrHeredoc,
                                NameConstant,
                                StrHeredoc,
                            ],
                            m,
                        );
                        l.memo = m.get(5).to_owned();
                        l.go(Push("heredoc"));
                    }),
                ),
            ],
        ),
        (
            "root",
            vec![
                mixin("comments_and_whitespace"),
                mixin("primitives"),
                rule(r#"\{"#, TokenThen(Punctuation, Push("hash"))),
                rule(r#"\["#, TokenThen(Punctuation, Push("array"))),
                rule(
                    r#"(?i)[$a-z_][a-z0-9_]*"#,
                    Custom(|l, m| {
                        let [keywords, declarations, reserved, constants, builtins] = words(l);
                        if keywords.contains(&m.get(0)) {
                            l.token(Keyword, m.get(0));
                            l.go(Push("composite"));
                        } else if declarations.contains(&m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                            l.go(Push("composite"));
                        } else if reserved.contains(&m.get(0)) {
                            l.token(KeywordReserved, m.get(0));
                        } else if constants.contains(&m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if builtins.contains(&m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameOther, m.get(0));
                            l.go(Push("composite"));
                        }
                    }),
                ),
            ],
        ),
        (
            "composite",
            vec![
                mixin("comments_and_whitespace"),
                rule(
                    r#"[{]"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("hash"));
                    }),
                ),
                rule(
                    r#"[\[]"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("array"));
                    }),
                ),
                mixin("root"),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "hash",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"="#, Token(Punctuation)),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "array",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#","#, Token(Punctuation)),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"[^\\"]+"#, Token(StrDouble)),
                rule(r#"\\""#, Token(StrEscape)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "sq",
            vec![
                rule(r#"[^\\']+"#, Token(StrSingle)),
                rule(r#"\\'"#, Token(StrEscape)),
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
            ],
        ),
        (
            "heredoc",
            vec![
                rule(r#"\n"#, TokenThen(StrHeredoc, Push("heredoc_nl"))),
                rule(r#"[^$\n]+"#, Token(StrHeredoc)),
                rule(r#"[$]"#, Token(StrHeredoc)),
            ],
        ),
        (
            "heredoc_nl",
            vec![
                rule(
                    r#"[ \t\n\r\x0B\x0C]*([a-zA-Z0-9_]+)[ \t\n\r\x0B\x0C]*\n"#,
                    Custom(|l, m| {
                        if m.get(1) == l.memo {
                            l.token(NameConstant, m.get(0));
                            l.go(Pop(2));
                        } else {
                            l.token(StrHeredoc, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
    ])
}
