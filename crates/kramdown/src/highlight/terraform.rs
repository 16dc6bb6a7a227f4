//! Rouge's `terraform` lexer: HCL's rules with Terraform's words, strings with
//! interpolation and regexps (Rouge's `Terraform < Hcl`, which overrides the
//! word lists, prepends rules to `hash` and `array` and replaces the string states).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

pub(crate) const BUILTINS: &[&str] = &[];
pub(crate) const CONSTANTS: &[&str] = &["true", "false", "null"];
pub(crate) const DECLARATIONS: &[&str] = &["var", "local"];
pub(crate) const KEYWORDS: &[&str] = &[
    "terraform",
    "module",
    "provider",
    "variable",
    "resource",
    "data",
    "provisioner",
    "output",
];
pub(crate) const RESERVED: &[&str] = &[];

/// The language.
pub(crate) static TERRAFORM: LazyLock<Language> = LazyLock::new(|| {
    super::hcl::language()
        .subclass(
            "terraform",
            vec![
                ("hash", vec![rule(r#"[.,()*]"#, Token(Punctuation))]),
                ("array", vec![rule(r#"[.,()*]"#, Token(Punctuation))]),
            ],
        )
        .replacing(vec![
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
        ])
});
