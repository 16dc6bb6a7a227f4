//! Rouge's `vala` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static VALA: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"(?s)/[*].*?[*]/"#, Token(CommentMultiline)),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule(r#"^[ \t\n\r\x0B\x0C]*\[.*?\]"#, Token(NameAttribute)),
                rule(
                    r#"(<\[)[ \t\n\r\x0B\x0C]*((?i-s:@?[_a-z][a-zA-Z0-9_]*):)?"#,
                    Token(Keyword),
                ),
                rule(r#"\]>"#, Token(Keyword)),
                rule(r#"[~!%^&*()+=|\[\]{}:;,.<>/?-]"#, Token(Punctuation)),
                rule(r#"@"(\\.|.)*?""#, Token(Str)),
                rule(r#""(\\.|.)*?["\n]"#, Token(Str)),
                rule(r#"'(\\.|.)'"#, Token(StrChar)),
                rule(r#"(?i)0x[0-9a-f]+[lu]?"#, Token(Num)),
                rule(r#"(?i)[0-9]([.][0-9]*)?(e[+-][0-9]+)?[fldu]?"#, Token(Num)),
                rule(
                    r#"\b(abstract|as|async|base|break|case|catch|const|construct|continue|default|delegate|delete|do|dynamic|else|ensures|enum|errordomain|extern|false|finally|for|foreach|get|global|if|in|inline|interface|internal|is|lock|new|null|out|override|owned|private|protected|public|ref|requires|return|set|signal|sizeof|static|switch|this|throw|throws|true|try|typeof|unowned|var|value|virtual|void|weak|while|yield)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"\b(bool|char|double|float|int|int8|int16|int32|int64|long|short|size_t|ssize_t|string|unichar|uint|uint8|uint16|uint32|uint64|ulong|ushort)\b"#,
                    Token(KeywordType),
                ),
                rule(r#"class|struct"#, TokenThen(Keyword, Push("class"))),
                rule(r#"namespace|using"#, TokenThen(Keyword, Push("namespace"))),
                rule(
                    r#"(?i-s:@?[_a-z][a-zA-Z0-9_]*)(?=[ \t\n\r\x0B\x0C]*[(])"#,
                    Token(NameFunction),
                ),
                rule(r#"(?i)@?[_a-z][a-zA-Z0-9_]*"#, Token(Name)),
                rule(r#"#.*"#, Token(CommentPreproc)),
            ],
        ),
        (
            "class",
            vec![
                mixin("whitespace"),
                rule(r#"(?i)@?[_a-z][a-zA-Z0-9_]*"#, TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "namespace",
            vec![
                mixin("whitespace"),
                rule(r#"(?=[(])"#, TokenThen(Text, Pop(1))),
                rule(
                    r#"((?i-s:@?[_a-z][a-zA-Z0-9_]*)|[.])+"#,
                    TokenThen(NameNamespace, Pop(1)),
                ),
            ],
        ),
    ])
});
