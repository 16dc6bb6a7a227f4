//! Rouge's `scala` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static SCALA: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"(class|trait|object)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("class")),
                ),
                rule(
                    r#"'(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)(?!')"#,
                    Token(StrSymbol),
                ),
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text)),
                rule(r#"//.*"#, Token(CommentSingle)),
                rule(r#"/\*"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(
                    r#"@(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)"#,
                    Token(NameDecorator),
                ),
                rule(
                    r#"(def)([ \t\n\r\x0B\x0C]+)((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+|`[^`]+`)([ \t\n\r\x0B\x0C]*)"#,
                    Groups(&[Keyword, Text, NameFunction, Text]),
                ),
                rule(
                    r#"(val)([ \t\n\r\x0B\x0C]+)((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+|`[^`]+`)([ \t\n\r\x0B\x0C]*)"#,
                    Groups(&[Keyword, Text, NameVariable, Text]),
                ),
                rule(
                    r#"(this)(\n*)(\.)((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?))"#,
                    Groups(&[Keyword, Text, Operator, NameProperty]),
                ),
                rule(
                    r#"((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|_)(\n*)(\.)((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?))"#,
                    Groups(&[NameVariable, Text, Operator, NameProperty]),
                ),
                rule(
                    r#"(?-si:[\p{Lu}$_])(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)\b"#,
                    Token(NameClass),
                ),
                rule(
                    r#"((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?))((?-si:\p{Space})*)(\()"#,
                    Groups(&[NameFunction, Text, Operator]),
                ),
                rule(
                    r#"(\.)((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?))"#,
                    Groups(&[Operator, NameProperty]),
                ),
                rule(
                    r#"(abstract|case|catch|def|do|else|extends|final|finally|for|forSome|if|implicit|lazy|match|new|override|private|protected|requires|return|sealed|super|this|throw|try|val|var|while|with|yield)\b|(<[%:-]|=>|>:|[#=@_\u21D2\u2190])(\b|(?=[ \t\n\r\x0B\x0C])|$)"#,
                    Token(Keyword),
                ),
                rule(
                    r#":(?!(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]]))"#,
                    TokenThen(Keyword, Push("type")),
                ),
                rule(r#"(true|false|null)\b"#, Token(KeywordConstant)),
                rule(
                    r#"(import|package)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("import")),
                ),
                rule(
                    r#"(type)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("type")),
                ),
                rule(r#"(?s)""".*?"""(?!")"#, Token(Str)),
                rule(r#""(\\\\|\\"|[^"])*""#, Token(Str)),
                rule(r#"'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'"#, Token(StrChar)),
                rule(
                    r#"(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?"#,
                    Token(Name),
                ),
                rule(r#"`[^`]+`"#, Token(Name)),
                rule(r#"\["#, TokenThen(Operator, Push("typeparam"))),
                rule(r#"[\(\)\{\};,.#]"#, Token(Operator)),
                rule(
                    r#"(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+"#,
                    Token(Operator),
                ),
                rule(
                    r#"([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?"#,
                    Token(NumFloat),
                ),
                rule(r#"([0-9][0-9]*[fFdD])"#, Token(NumFloat)),
                rule(r#"0x[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"[0-9]+L?"#, Token(NumInteger)),
                rule(r#"\n"#, Token(Text)),
            ],
        ),
        (
            "class",
            vec![
                rule(
                    r#"((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+|`[^`]+`)([ \t\n\r\x0B\x0C]*)(\[)"#,
                    GroupsThen(&[NameClass, Text, Operator], Push("typeparam")),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"\{"#, TokenThen(Operator, Pop(1))),
                rule(r#"\("#, TokenThen(Operator, Pop(1))),
                rule(r#"//.*"#, TokenThen(CommentSingle, Pop(1))),
                rule(
                    r#"(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+|`[^`]+`"#,
                    TokenThen(NameClass, Pop(1)),
                ),
            ],
        ),
        (
            "type",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"<[%:]|>:|[#_\u21D2]|forSome|type"#, Token(Keyword)),
                rule(
                    r#"([,\);}]|=>|=)([ \t\n\r\x0B\x0C]*)"#,
                    GroupsThen(&[Operator, Text], Pop(1)),
                ),
                rule(r#"[\(\{]"#, TokenThen(Operator, Push("type"))),
                rule(
                    r#"((?-si:(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+`[^`]+`)(?:\.(?-si:(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+`[^`]+`))*)([ \t\n\r\x0B\x0C]*)(\[)"#,
                    Custom(|l, m| {
                        l.groups(&[KeywordType, Text, Operator], m);
                        l.go(Pop(1));
                        l.go(Push("typeparam"));
                    }),
                ),
                rule(
                    r#"((?-si:(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+`[^`]+`)(?:\.(?-si:(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+`[^`]+`))*)([ \t\n\r\x0B\x0C]*)$"#,
                    GroupsThen(&[KeywordType, Text], Pop(1)),
                ),
                rule(r#"//.*"#, TokenThen(CommentSingle, Pop(1))),
                rule(
                    r#"\.|(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+|`[^`]+`"#,
                    Token(KeywordType),
                ),
            ],
        ),
        (
            "typeparam",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C,]+"#, Token(Text)),
                rule(r#"<[%:]|=>|>:|[#_\u21D2]|forSome|type"#, Token(Keyword)),
                rule(r#"([\]\)\}])"#, TokenThen(Operator, Pop(1))),
                rule(r#"[\(\[\{]"#, TokenThen(Operator, Push("typeparam"))),
                rule(
                    r#"\.|(?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+|`[^`]+`"#,
                    Token(KeywordType),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"[^/\*]+"#, Token(CommentMultiline)),
                rule(r#"/\*"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"\*/"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[*/]"#, Token(CommentMultiline)),
            ],
        ),
        (
            "import",
            vec![rule(
                r#"((?-si:(?-si:[\p{L}$_])(?:(?-si:[\p{L}$_])|(?-si:[0-9]))*(?:(?<=_)(?-si:[[\u0020-\u007F\p{Sm}\p{So}]--[\p{Space}\p{L}$_0-9(){}\[\]‘’".;,]])+)?)|\.)+"#,
                TokenThen(NameNamespace, Pop(1)),
            )],
        ),
    ])
});
