//! Rouge's `tulip` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static TULIP: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*?$"#, Token(Comment)),
            ],
        ),
        (
            "root",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"@(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(Keyword)),
                rule(
                    r#"(\\(?i-s:[a-z][a-zA-Z0-9_-]*))([{])"#,
                    GroupsThen(&[NameFunction, Str], Push("nested_string")),
                ),
                rule(
                    r#"([+](?i-s:[a-z][a-zA-Z0-9_-]*))([{])"#,
                    GroupsThen(&[NameDecorator, Str], Push("nested_string")),
                ),
                rule(r#"\\(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(NameFunction)),
                rule(r#"[+](?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(NameDecorator)),
                rule(r#""[{]"#, TokenThen(Str, Push("dqi"))),
                rule(r#"""#, TokenThen(Str, Push("dq"))),
                rule(r#"'\{"#, TokenThen(Str, Push("nested_string"))),
                rule(r#"'(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(Str)),
                rule(r#"[.](?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(NameTag)),
                rule(r#"[$](?i-s:[a-z][a-zA-Z0-9_-]*)?"#, Token(NameVariable)),
                rule(r#"-(?i-s:[a-z][a-zA-Z0-9_-]*):?"#, Token(NameLabel)),
                rule(r#"%(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(NameFunction)),
                rule(r#"`(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(OperatorWord)),
                rule(r#"[?~%._>,!\[\]:{}()=;/-]"#, Token(Punctuation)),
                rule(r#"[0-9]+([.][0-9]+)?"#, Token(Num)),
                rule(r#"(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(Name)),
                rule(r#"<"#, TokenThen(CommentPreproc, Push("angle_brackets"))),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"[^\\"]+"#, Token(Str)),
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\."#, Token(StrEscape)),
            ],
        ),
        (
            "dqi",
            vec![
                rule(r#"[$][(]"#, TokenThen(StrInterpol, Push("interp_root"))),
                rule(r#"[{]"#, TokenThen(Str, Push("dqi"))),
                rule(r#"[}]"#, TokenThen(Str, Pop(1))),
                rule(r#"[^{}$]+"#, Token(Str)),
                rule(r#"."#, Token(Str)),
            ],
        ),
        (
            "interp_root",
            vec![
                rule(r#"[)]"#, TokenThen(StrInterpol, Pop(1))),
                mixin("interp"),
            ],
        ),
        (
            "interp",
            vec![
                rule(r#"[(]"#, TokenThen(Punctuation, Push("interp"))),
                rule(r#"[)]"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "nested_string",
            vec![
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"\{"#, TokenThen(Str, Push("nested_string"))),
                rule(r#"\}"#, TokenThen(Str, Pop(1))),
                rule(r#"[^{}\\]+"#, Token(Str)),
            ],
        ),
        (
            "angle_brackets",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#">"#, TokenThen(CommentPreproc, Pop(1))),
                rule(r#"[*:]"#, Token(Punctuation)),
                rule(r#"(?-si:[A-Z][a-zA-Z0-9_-]*)"#, Token(KeywordType)),
                rule(r#"(?i-s:[a-z][a-zA-Z0-9_-]*)"#, Token(NameVariable)),
            ],
        ),
    ])
});
