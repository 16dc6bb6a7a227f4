//! Rouge's `smalltalk` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static SMALLTALK: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"(<)([a-zA-Z0-9_]+:)(.*?)(>)"#,
                    Groups(&[Punctuation, Keyword, Text, Punctuation]),
                ),
                mixin("whitespaces"),
                mixin("method_definition"),
                rule(
                    r#"([|])([a-zA-Z0-9_ \t\n\r\x0B\x0C]*)([|])"#,
                    Groups(&[Punctuation, NameVariable, Punctuation]),
                ),
                mixin("objects"),
                rule(r#"\^|:=|_"#, Token(Operator)),
                rule(r#"[)}\]]"#, TokenThen(Punctuation, Push("after_object"))),
                rule(r#"[({\[!]"#, Token(Punctuation)),
            ],
        ),
        (
            "method_definition",
            vec![
                rule(
                    r#"(?i)([a-z][a-zA-Z0-9_]*:)([ \t\n\r\x0B\x0C]*)([a-zA-Z0-9_]+)"#,
                    Groups(&[NameFunction, Text, NameVariable]),
                ),
                rule(
                    r#"(?i)^([ \t\n\r\x0B\x0C]*)(\b[a-z][a-zA-Z0-9_]*\b)([ \t\n\r\x0B\x0C]*)$"#,
                    Groups(&[Text, NameFunction, Text]),
                ),
                rule(
                    r#"^([ \t\n\r\x0B\x0C]*)((?-si:[-+*/\\~<>=|&!?,@%])+)([ \t\n\r\x0B\x0C]*)([a-zA-Z0-9_]+)([ \t\n\r\x0B\x0C]*)$"#,
                    Groups(&[Text, NameFunction, Text, NameVariable, Text]),
                ),
            ],
        ),
        (
            "block_variables",
            vec![
                mixin("whitespaces"),
                rule(
                    r#"(:)([ \t\n\r\x0B\x0C]*)([a-zA-Z0-9_]+)"#,
                    Groups(&[Operator, Text, NameVariable]),
                ),
                rule(r#"[|]"#, TokenThen(Punctuation, Pop(1))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "literals",
            vec![
                rule(r#"(?s)'(''|.)*?'"#, TokenThen(Str, Push("after_object"))),
                rule(r#"[$]."#, TokenThen(StrChar, Push("after_object"))),
                rule(r#"#[(]"#, TokenThen(StrSymbol, Push("parenth"))),
                rule(
                    r#"([0-9]+r)?-?[0-9]+(\.[0-9]+)?(e-?[0-9]+)?"#,
                    TokenThen(Num, Push("after_object")),
                ),
                rule(
                    r#"#("[^"]*"|(?-si:[-+*/\\~<>=|&!?,@%])+|[a-zA-Z0-9_:]+)"#,
                    TokenThen(StrSymbol, Push("after_object")),
                ),
            ],
        ),
        (
            "parenth",
            vec![
                rule(r#"[)]"#, TokenThen(StrSymbol, Goto("after_object"))),
                mixin("inner_parenth"),
            ],
        ),
        (
            "inner_parenth",
            vec![
                rule(r#"#[(]"#, TokenThen(StrSymbol, Push("inner_parenth"))),
                rule(r#"[)]"#, TokenThen(StrSymbol, Pop(1))),
                mixin("whitespaces"),
                mixin("literals"),
                rule(
                    r#"((?-si:[-+*/\\~<>=|&!?,@%])|[a-zA-Z0-9_:])+"#,
                    Token(StrSymbol),
                ),
            ],
        ),
        (
            "whitespaces",
            vec![
                rule(r#"! !$"#, Token(Keyword)),
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"(?s)".*?""#, Token(Comment)),
            ],
        ),
        (
            "objects",
            vec![
                rule(r#"\["#, TokenThen(Punctuation, Push("block_variables"))),
                rule(
                    r#"(self|super|true|false|nil|thisContext)\b"#,
                    TokenThen(NameBuiltinPseudo, Push("after_object")),
                ),
                rule(
                    r#"[A-Z][a-zA-Z0-9_]*(?!:)\b"#,
                    TokenThen(NameClass, Push("after_object")),
                ),
                rule(
                    r#"[a-z][a-zA-Z0-9_]*(?!:)\b"#,
                    TokenThen(NameVariable, Push("after_object")),
                ),
                mixin("literals"),
            ],
        ),
        (
            "after_object",
            vec![
                mixin("whitespaces"),
                rule(
                    r#"(ifTrue|ifFalse|whileTrue|whileFalse|timesRepeat):"#,
                    TokenThen(NameBuiltin, Pop(1)),
                ),
                rule(r#"new(?!:)\b"#, Token(NameBuiltin)),
                rule(r#":=|_"#, TokenThen(Operator, Pop(1))),
                rule(
                    r#"(?i)[a-z]+[a-zA-Z0-9_]*:"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
                rule(r#"(?i)[a-z]+[a-zA-Z0-9_]*"#, Token(NameFunction)),
                rule(
                    r#"(?-si:[-+*/\\~<>=|&!?,@%])+"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
                rule(r#"[.]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#";"#, Token(Punctuation)),
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
