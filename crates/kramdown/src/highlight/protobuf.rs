//! Rouge's `protobuf` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static PROTOBUF: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[,;{}\[\]()]"#, Token(Punctuation)),
                rule(r#"/(\\\n)?/($|(.|\n)*?[^\\]$)"#, Token(CommentSingle)),
                rule(r#"/(\\\n)?\*(.|\n)*?\*(\\\n)?/"#, Token(CommentMultiline)),
                rule(
                    r#"\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required|returns|rpc|to)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|sint64|string|uint32|uint64)\b"#,
                    Token(KeywordType),
                ),
                rule(r#"true|false"#, Token(KeywordConstant)),
                rule(
                    r#"(package)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[KeywordNamespace, Text], Push("package")),
                ),
                rule(
                    r#"(message|extend)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[KeywordDeclaration, Text], Push("message")),
                ),
                rule(
                    r#"(enum|group|service)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[KeywordDeclaration, Text], Push("type")),
                ),
                rule(r#"".*?""#, Token(Str)),
                rule(r#"'.*?'"#, Token(Str)),
                rule(
                    r#"([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+)[eE][+-]?[0-9]+[LlUu]*"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"([0-9]+\.[0-9]*|\.[0-9]+|[0-9]+[fF])[fF]?"#,
                    Token(NumFloat),
                ),
                rule(r#"(\-?(inf|nan))\b"#, Token(NumFloat)),
                rule(r#"0x[0-9a-fA-F]+[LlUu]*"#, Token(NumHex)),
                rule(r#"0[0-7]+[LlUu]*"#, Token(NumOct)),
                rule(r#"[0-9]+[LlUu]*"#, Token(NumInteger)),
                rule(r#"[+-=]"#, Token(Operator)),
                rule(
                    r#"([a-zA-Z_][a-zA-Z0-9_.]*)([ \t]*)(=)"#,
                    Groups(&[NameAttribute, Text, Operator]),
                ),
                rule(r#"[a-zA-Z_][a-zA-Z0-9_.]*"#, Token(Name)),
            ],
        ),
        (
            "package",
            vec![
                rule(
                    r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                    TokenThen(NameNamespace, Pop(1)),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "message",
            vec![
                rule(r#"[a-zA-Z_][a-zA-Z0-9_]*"#, TokenThen(NameClass, Pop(1))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "type",
            vec![
                rule(r#"[a-zA-Z_][a-zA-Z0-9_]*"#, TokenThen(Name, Pop(1))),
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
