//! Rouge's `qml` lexer: JavaScript's rules with QML's type blocks before them
//! in `root` (Rouge's `Qml < Javascript`).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `qml` language.
pub(crate) static QML: LazyLock<Language> = LazyLock::new(|| {
    super::javascript::language()
        .subclass("qml", vec![(
            "root",
            vec![
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(\{)"#,
                    GroupsThen(&[KeywordType, Text, Punctuation], Push("type_block")),
                ),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]+)(on)([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(\{)"#,
                    GroupsThen(
                        &[
                            KeywordType,
                            Text,
                            Keyword,
                            Text,
                            NameLabel,
                            Text,
                            Punctuation,
                        ],
                        Push("type_block"),
                    ),
                ),
                rule(r#"[{]"#, TokenThen(Punctuation, PushSelf)),
            ],
        )])
        .replacing(vec![
        (
            "type_block",
            vec![
                rule(
                    r#"(id)([ \t\n\r\x0B\x0C]*)(:)([ \t\n\r\x0B\x0C]*)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))"#,
                    Groups(&[NameLabel, Text, Punctuation, Text, KeywordDeclaration]),
                ),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    GroupsThen(&[NameLabel, Text, Punctuation], Push("expr_start")),
                ),
                rule(
                    r#"(signal)([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))"#,
                    GroupsThen(&[KeywordDeclaration, Text, NameLabel], Push("signal")),
                ),
                rule(
                    r#"(property)([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(:?)"#,
                    GroupsThen(
                        &[
                            KeywordDeclaration,
                            Text,
                            KeywordType,
                            Text,
                            NameLabel,
                            Text,
                            Punctuation,
                        ],
                        Push("expr_start"),
                    ),
                ),
                rule(r#"[}]"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "signal",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"\("#, TokenThen(Punctuation, Goto("signal_args"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "signal_args",
            vec![
                mixin("comments_and_whitespace"),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]+)((?-si:[$a-zA-Z_][a-zA-Z0-9_.]*))([ \t\n\r\x0B\x0C]*)(,?)"#,
                    Groups(&[KeywordType, Text, Name, Text, Punctuation]),
                ),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        ])
});
