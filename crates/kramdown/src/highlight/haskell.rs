//! Rouge's `haskell`, `literate_haskell` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const RESERVED: &[&str] = &[
    "_", "case", "class", "data", "default", "deriving", "do", "else", "if", "in", "infix",
    "infixl", "infixr", "instance", "let", "newtype", "of", "then", "type", "where",
];

/// The `haskell` language.
pub(crate) static HASKELL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"\{-#"#,
                    TokenThen(CommentPreproc, Push("comment_preproc")),
                ),
                rule(r#"\{-"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"^--[ \t\n\r\x0B\x0C]+\|.*?$"#, Token(CommentDoc)),
                rule(
                    r#"--(?![!#\$%\&*+./<=>?@\^\|_\~]).*?$"#,
                    Token(CommentSingle),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"-\}"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"\{-"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"[^-{}]+"#, Token(CommentMultiline)),
                rule(r#"[-{}]"#, Token(CommentMultiline)),
            ],
        ),
        (
            "comment_preproc",
            vec![
                rule(r#"-\}"#, TokenThen(CommentPreproc, Pop(1))),
                rule(r#"\{-"#, TokenThen(CommentPreproc, Push("comment"))),
                rule(r#"[^-{}]+"#, Token(CommentPreproc)),
                rule(r#"[-{}]"#, Token(CommentPreproc)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                rule(
                    r#"'(?=(?:.|\\[^ \t\n\r\x0B\x0C]+)')"#,
                    TokenThen(StrChar, Push("character")),
                ),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"(?i)[0-9]+e[+-]?[0-9]+"#, Token(NumFloat)),
                rule(r#"(?i)[0-9]+\.[0-9]+(e[+-]?[0-9]+)?"#, Token(NumFloat)),
                rule(r#"(?i)0o[0-7]+"#, Token(NumOct)),
                rule(r#"(?i)0x[0-9a-f]+"#, Token(NumHex)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(
                    r#"[a-zA-Z0-9_']+"#,
                    Custom(|l, m| {
                        let word = m.get(0);
                        let t = match word {
                            "import" => {
                                l.go(Push("import"));
                                KeywordReserved
                            }
                            "module" => {
                                l.go(Push("module"));
                                KeywordReserved
                            }
                            _ if RESERVED.contains(&word) => KeywordReserved,
                            _ if word
                                .strip_prefix('\'')
                                .unwrap_or(word)
                                .starts_with(|c: char| c.is_ascii_uppercase()) =>
                            {
                                KeywordType
                            }
                            _ => Name,
                        };
                        l.token(t, word);
                    }),
                ),
                rule(r#"\\(?![:!#\$%\&*+.\\/<=>?@^\|\~-]+)"#, Token(NameFunction)),
                rule(
                    r#"(<-|::|->|=>|=)(?![:!#\$%\&*+.\\/<=>?@^\|\~-]+)"#,
                    Token(Operator),
                ),
                rule(r#":[:!#\$%\&*+.\\/<=>?@^\|\~-]*"#, Token(Operator)),
                rule(r#"[:!#\$%\&*+.\\/<=>?@^\|\~-]+"#, Token(Operator)),
                rule(r#"\[[ \t\n\r\x0B\x0C]*\]"#, Token(KeywordType)),
                rule(r#"\([ \t\n\r\x0B\x0C]*\)"#, Token(NameBuiltin)),
                rule(
                    r#"(\[)([_a-z][a-zA-Z0-9_']*)(\|)"#,
                    Custom(|l, m| {
                        l.token(Operator, m.get(1));
                        l.token(Name, m.get(2));
                        l.token(Operator, m.get(3));
                        l.go(Push("quasiquotation"));
                    }),
                ),
                rule(r#"[\[\](),;`{}]"#, Token(Punctuation)),
            ],
        ),
        (
            "import",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"\bqualified\b"#, Token(Keyword)),
                rule(
                    r#"([A-Z][a-zA-Z0-9_.]*)([ \t\n\r\x0B\x0C]+)(as)([ \t\n\r\x0B\x0C]+)([A-Z][a-zA-Z0-9_.]*)"#,
                    GroupsThen(&[NameNamespace, Text, Keyword, Text, Name], Pop(1)),
                ),
                rule(
                    r#"([A-Z][a-zA-Z0-9_.]*)([ \t\n\r\x0B\x0C]+)(hiding)([ \t\n\r\x0B\x0C]+)(\()"#,
                    GroupsThen(
                        &[NameNamespace, Text, Keyword, Text, Punctuation],
                        Goto("funclist"),
                    ),
                ),
                rule(
                    r#"([A-Z][a-zA-Z0-9_.]*)([ \t\n\r\x0B\x0C]+)(\()"#,
                    GroupsThen(&[NameNamespace, Text, Punctuation], Goto("funclist")),
                ),
                rule(r#"[a-zA-Z0-9_.]+"#, TokenThen(NameNamespace, Pop(1))),
            ],
        ),
        (
            "module",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"([A-Z][a-zA-Z0-9_.]*)([ \t\n\r\x0B\x0C]+)(\()"#,
                    GroupsThen(&[NameNamespace, Text, Punctuation], Push("funclist")),
                ),
                rule(r#"\bwhere\b"#, TokenThen(KeywordReserved, Pop(1))),
                rule(r#"[A-Z][a-zA-Z0-9_.]*"#, TokenThen(NameNamespace, Pop(1))),
            ],
        ),
        (
            "funclist",
            vec![
                mixin("basic"),
                rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(KeywordType)),
                rule(
                    r#"(_[a-zA-Z0-9_']+|[a-z][a-zA-Z0-9_']*)"#,
                    Token(NameFunction),
                ),
                rule(r#","#, Token(Punctuation)),
                rule(r#"[:!#\$%\&*+.\\/<=>?@^\|\~-]+"#, Token(Operator)),
                rule(r#"\("#, TokenThen(Punctuation, Push("funclist"))),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "character",
            vec![
                rule(
                    r#"\\"#,
                    Custom(|l, m| {
                        l.token(StrEscape, m.get(0));
                        l.go(Goto("character_end"));
                        l.go(Push("escape"));
                    }),
                ),
                rule(r#"."#, TokenThen(StrChar, Goto("character_end"))),
            ],
        ),
        (
            "character_end",
            vec![
                rule(r#"'"#, TokenThen(StrChar, Pop(1))),
                rule(r#"."#, TokenThen(Error, Pop(1))),
            ],
        ),
        (
            "quasiquotation",
            vec![
                rule(r#"\|\]"#, TokenThen(Operator, Pop(1))),
                rule(r#"(?s)[^\|]+"#, Token(Text)),
                rule(r#"\|"#, Token(Text)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\"#, TokenThen(StrEscape, Push("escape"))),
                rule(r#"[^\\"]+"#, Token(Str)),
            ],
        ),
        (
            "escape",
            vec![
                rule(r#"[abfnrtv"'\&\\]"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"\^[\]\[A-Z@\^_]"#, TokenThen(StrEscape, Pop(1))),
                rule(
                    r#"NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL"#,
                    TokenThen(StrEscape, Pop(1)),
                ),
                rule(r#"(?i)o[0-7]+"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"(?i)x[0-9a-f]+"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"[0-9]+"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+\\"#, TokenThen(StrEscape, Pop(1))),
            ],
        ),
    ])
});

/// The `literate_haskell` language.
pub(crate) static LITERATE_HASKELL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"[ \t\n\r\x0B\x0C]*?\n(?=>)"#,
                    TokenThen(Text, Push("code")),
                ),
                rule(r#".*?\n"#, Token(Text)),
                rule(r#".+\z"#, Token(Text)),
            ],
        ),
        (
            "code",
            vec![
                rule(
                    r#"(>)( .*?(\n|\z))"#,
                    Custom(|l, m| {
                        l.token(NameLabel, m.get(1));
                        l.delegate(&HASKELL, m.get(2));
                    }),
                ),
                rule(
                    r#"[ \t\n\r\x0B\x0C]*\n(?=[ \t\n\r\x0B\x0C]*[^>])"#,
                    TokenThen(Text, Pop(1)),
                ),
            ],
        ),
    ])
});
