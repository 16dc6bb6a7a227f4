//! Rouge's `terraform` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[];
const CONSTANTS: &[&str] = &["true", "false", "null"];
const DECLARATIONS: &[&str] = &["var", "local"];
const KEYWORDS: &[&str] = &[
    "terraform",
    "module",
    "provider",
    "variable",
    "resource",
    "data",
    "provisioner",
    "output",
];
const RESERVED: &[&str] = &[];

/// The language.
pub(crate) static TERRAFORM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "hash",
            vec![
                rule(r#"[.,()*]"#, Token(Punctuation)),
                mixin("comments_and_whitespace"),
                rule(r#"="#, Token(Punctuation)),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "array",
            vec![
                rule(r#"[.,()*]"#, Token(Punctuation)),
                mixin("comments_and_whitespace"),
                rule(r#","#, Token(Punctuation)),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "strings",
            vec![
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"\$\{"#, TokenThen(Keyword, Push("interpolation"))),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"[^\\"\$]+"#, Token(StrDouble)),
                mixin("strings"),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "sq",
            vec![
                rule(r#"[^\\'\$]+"#, Token(StrSingle)),
                mixin("strings"),
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
            ],
        ),
        (
            "heredoc",
            vec![
                rule(r#"\n"#, TokenThen(StrHeredoc, Push("heredoc_nl"))),
                rule(r#"[^$\n]+"#, Token(StrHeredoc)),
                rule(r#"[$]"#, Token(StrHeredoc)),
                mixin("strings"),
            ],
        ),
        (
            "interpolation",
            vec![
                rule(r#"\}"#, TokenThen(Keyword, Pop(1))),
                mixin("expression"),
            ],
        ),
        (
            "regexps",
            vec![rule(r#""/"#, TokenThen(StrDelimiter, Goto("regexp_inner")))],
        ),
        (
            "regexp_inner",
            vec![
                rule(r#"[^"/\\]+"#, Token(StrRegex)),
                rule(r#"\\."#, Token(StrRegex)),
                rule(r#"/""#, TokenThen(StrDelimiter, Pop(1))),
                rule(r#"["/]"#, Token(StrRegex)),
            ],
        ),
        (
            "expression",
            vec![
                mixin("regexps"),
                mixin("primitives"),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|==|!="#,
                    Token(Operator),
                ),
                rule(r#"[-<>+*%&|\^/!=?:]=?"#, Token(Operator)),
                rule(r#"[(\[,]"#, Token(Punctuation)),
                rule(r#"[)\].]"#, Token(Punctuation)),
                rule(
                    r#"(?i)[$a-z_\-][a-z0-9_\-]*"#,
                    Custom(|l, m| {
                        if KEYWORDS.contains(&m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if DECLARATIONS.contains(&m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                        } else if RESERVED.contains(&m.get(0)) {
                            l.token(KeywordReserved, m.get(0));
                        } else if CONSTANTS.contains(&m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if BUILTINS.contains(&m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameOther, m.get(0));
                        }
                    }),
                ),
            ],
        ),
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
                        if KEYWORDS.contains(&m.get(0)) {
                            l.token(Keyword, m.get(0));
                            l.go(Push("composite"));
                        } else if DECLARATIONS.contains(&m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                            l.go(Push("composite"));
                        } else if RESERVED.contains(&m.get(0)) {
                            l.token(KeywordReserved, m.get(0));
                        } else if CONSTANTS.contains(&m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if BUILTINS.contains(&m.get(0)) {
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
});
