//! Rouge's `xpath` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static XPATH: LazyLock<Language> = LazyLock::new(language);

/// XPath's states, which XQuery extends.
pub(crate) fn language() -> Language {
    Language::new(vec![
        (
            "commentsAndWhitespace",
            vec![
                rule(r#"\(:"#, TokenThen(Comment, Push("comment"))),
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            ],
        ),
        (
            "root",
            vec![
                mixin("commentsAndWhitespace"),
                rule(
                    r#"(\.(?-si:[0-9]+))|(?-si:[0-9]+)(\.[0-9]*)?[eE][+-]?(?-si:[0-9]+)"#,
                    Token(NumFloat),
                ),
                rule(r#"\.(?-si:[0-9]+)|(?-si:[0-9]+)\.[0-9]*"#, Token(NumFloat)),
                rule(r#"[0-9]+"#, Token(Num)),
                rule(r#"("(("")|[^"])*")|('(('')|[^'])*')"#, Token(Str)),
                rule(r#"\$"#, TokenThen(NameVariable, Push("varname"))),
                rule(
                    r#",|=>|=|:=|:|>=|>>|>|<=|<<|<|\-|\*|!=|\+|//|/|\|\||\|"#,
                    Token(Operator),
                ),
                rule(
                    r#"(?-si:and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to)\b"#,
                    Token(OperatorWord),
                ),
                rule(
                    r#"(?-si:let|for|some|every|if|then|else|return|in|satisfies)\b"#,
                    Token(Keyword),
                ),
                rule(r#"[?,{}()\[\]]"#, Token(Punctuation)),
                rule(
                    r#"(function)([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    Groups(&[Keyword, Whitespace, Punctuation]),
                ),
                rule(r#"(map|array|empty-sequence)"#, Token(Keyword)),
                rule(
                    r#"((?-si:element|attribute|schema\-element|schema\-attribute|comment|text|node|document\-node|namespace\-node))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    GroupsThen(&[Keyword, Whitespace, Punctuation], Push("kindtest")),
                ),
                rule(
                    r#"((?-si:processing\-instruction))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    GroupsThen(&[Keyword, Whitespace, Punctuation], Push("kindtestforpi")),
                ),
                rule(
                    r#"((?-si:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?)))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    Groups(&[NameFunction, Whitespace, Punctuation]),
                ),
                rule(
                    r#"((?-si:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?)))([ \t\n\r\x0B\x0C]*)(#)([ \t\n\r\x0B\x0C]*)([0-9]+)"#,
                    Groups(&[
                        NameFunction,
                        Whitespace,
                        NameFunction,
                        Whitespace,
                        NameFunction,
                    ]),
                ),
                rule(
                    r#"(cast|castable)([ \t\n\r\x0B\x0C]+)(as)"#,
                    GroupsThen(&[Keyword, Whitespace, Keyword], Push("singletype")),
                ),
                rule(
                    r#"(treat)([ \t\n\r\x0B\x0C]+)(as)"#,
                    GroupsThen(&[Keyword, Whitespace, Keyword], Push("itemtype")),
                ),
                rule(
                    r#"(instance)([ \t\n\r\x0B\x0C]+)(of)"#,
                    GroupsThen(&[Keyword, Whitespace, Keyword], Push("itemtype")),
                ),
                rule(r#"(as)\b"#, TokenThen(Keyword, Push("itemtype"))),
                rule(
                    r#"((?i-s:[a-z_][a-z_\-.0-9]*))([ \t\n\r\x0B\x0C]*)(:)([ \t\n\r\x0B\x0C]*)(\*)"#,
                    Groups(&[NameTag, Whitespace, Punctuation, Whitespace, Operator]),
                ),
                rule(
                    r#"(\*)([ \t\n\r\x0B\x0C]*)(:)([ \t\n\r\x0B\x0C]*)((?i-s:[a-z_][a-z_\-.0-9]*))"#,
                    Groups(&[Operator, Whitespace, Punctuation, Whitespace, NameTag]),
                ),
                rule(
                    r#"((?-si:child|descendant|attribute|self|descendant\-or\-self|following\-sibling|following|namespace|parent|ancestor|preceding\-sibling|preceding|ancestor\-or\-self))([ \t\n\r\x0B\x0C]*)(::)"#,
                    Groups(&[Keyword, Whitespace, Operator]),
                ),
                rule(r#"\.\.|\.|\*"#, Token(Operator)),
                rule(r#"@"#, TokenThen(NameAttribute, Push("attrname"))),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    Token(NameTag),
                ),
            ],
        ),
        (
            "singletype",
            vec![
                mixin("commentsAndWhitespace"),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    TokenThen(KeywordType, Pop(1)),
                ),
            ],
        ),
        (
            "itemtype",
            vec![
                mixin("commentsAndWhitespace"),
                rule(
                    r#"((?-si:element|attribute|schema\-element|schema\-attribute|comment|text|node|document\-node|namespace\-node))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    Custom(|l, m| {
                        l.groups(&[KeywordType, Whitespace, Punctuation], m);
                        l.go(Goto("occurrenceindicator"));
                        l.go(Push("kindtest"));
                    }),
                ),
                rule(
                    r#"((?-si:processing\-instruction))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    Custom(|l, m| {
                        l.groups(&[KeywordType, Whitespace, Punctuation], m);
                        l.go(Goto("occurrenceindicator"));
                        l.go(Push("kindtestforpi"));
                    }),
                ),
                rule(
                    r#"(item)([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))([ \t\n\r\x0B\x0C]*)(\))"#,
                    GroupsThen(
                        &[
                            KeywordType,
                            Whitespace,
                            Punctuation,
                            Whitespace,
                            Punctuation,
                        ],
                        Goto("occurrenceindicator"),
                    ),
                ),
                rule(
                    r#"((?-si:function|array|map|empty\-sequence))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    Groups(&[KeywordType, Whitespace, Punctuation]),
                ),
                rule(
                    r#"(cast|castable)([ \t\n\r\x0B\x0C]+)(as)"#,
                    GroupsThen(&[Keyword, Whitespace, Keyword], Goto("singletype")),
                ),
                rule(
                    r#"(treat)([ \t\n\r\x0B\x0C]+)(as)"#,
                    GroupsThen(&[Keyword, Whitespace, Keyword], Goto("itemtype")),
                ),
                rule(
                    r#"(instance)([ \t\n\r\x0B\x0C]+)(of)"#,
                    GroupsThen(&[Keyword, Whitespace, Keyword], Goto("itemtype")),
                ),
                rule(r#"(as)\b"#, Token(Keyword)),
                rule(
                    r#",|=>|=|:=|:|>=|>>|>|<=|<<|<|\-|\*|!=|\+|//|/|\|\||\|"#,
                    TokenThen(Operator, Pop(1)),
                ),
                rule(
                    r#"(?-si:and|or|eq|ge|gt|le|lt|ne|is|div|mod|idiv|intersect|except|union|to)\b"#,
                    TokenThen(OperatorWord, Pop(1)),
                ),
                rule(
                    r#"(?-si:let|for|some|every|if|then|else|return|in|satisfies)\b"#,
                    TokenThen(Keyword, Pop(1)),
                ),
                rule(r#"[\[),]"#, TokenThen(Punctuation, Pop(1))),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    TokenThen(KeywordType, Goto("occurrenceindicator")),
                ),
            ],
        ),
        (
            "kindtest",
            vec![
                mixin("commentsAndWhitespace"),
                rule(r#"[?*]"#, Token(Operator)),
                rule(r#","#, Token(Punctuation)),
                rule(
                    r#"(element|schema-element)([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    GroupsThen(&[KeywordType, Whitespace, Punctuation], Push("kindtest")),
                ),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    Token(NameTag),
                ),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "kindtestforpi",
            vec![
                mixin("commentsAndWhitespace"),
                rule(r#"(?i)[a-z_][a-z_\-.0-9]*"#, Token(Name)),
                rule(r#"("(("")|[^"])*")|('(('')|[^'])*')"#, Token(Str)),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "occurrenceindicator",
            vec![
                mixin("commentsAndWhitespace"),
                rule(r#"[?*+]"#, TokenThen(Operator, Pop(1))),
                rule(
                    r#"(?![?*+])"#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "varname",
            vec![
                mixin("commentsAndWhitespace"),
                rule(
                    r#"((?-si:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?)))([ \t\n\r\x0B\x0C]*)((?-si:\((?!:)))"#,
                    GroupsThen(&[NameVariable, Whitespace, Punctuation], Pop(1)),
                ),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    TokenThen(NameVariable, Pop(1)),
                ),
            ],
        ),
        (
            "attrname",
            vec![
                mixin("commentsAndWhitespace"),
                rule(
                    r#"(?:(?-si:Q\{[^{}]*\}(?i-s:[a-z_][a-z_\-.0-9]*))|(?-si:(?:(?i-s:[a-z_][a-z_\-.0-9]*))(?::(?i-s:[a-z_][a-z_\-.0-9]*))?))"#,
                    TokenThen(NameAttribute, Pop(1)),
                ),
                rule(r#"\*"#, TokenThen(Operator, Pop(1))),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#":\)"#, TokenThen(Comment, Pop(1))),
                rule(r#"\(:"#, TokenThen(Comment, Push("comment"))),
                rule(r#"(?s)[^:(]+"#, Token(Comment)),
                rule(r#"[:(]"#, Token(Comment)),
            ],
        ),
    ])
}
