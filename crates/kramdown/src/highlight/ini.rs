//! Rouge's `ini` and `toml` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const S: &str = r"[ \t\n\r\x0B\x0C]";

/// The `ini` language.
pub(crate) static INI: LazyLock<Language> = LazyLock::new(|| {
    let id = r"[A-Za-z0-9_\-.]+";
    Language::new(vec![
        (
            "basic",
            vec![
                rule(r"[;#].*?\n", Token(Comment)),
                rule(&format!("{S}+"), Token(Text)),
                rule(r"\\\n", Token(StrEscape)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                rule(
                    &format!("({id})({S}*)(=)"),
                    GroupsThen(&[NameProperty, Text, Punctuation], Push("value")),
                ),
                rule(r"\[.*?\]", Token(NameNamespace)),
            ],
        ),
        (
            "value",
            vec![
                rule(r"\n", TokenThen(Text, Pop(1))),
                mixin("basic"),
                rule("\"", TokenThen(Str, Push("dq"))),
                rule("'.*?'", Token(Str)),
                mixin("esc_str"),
                rule(r"[^\\\n]+", Token(Str)),
            ],
        ),
        (
            "dq",
            vec![
                rule("\"", TokenThen(Str, Pop(1))),
                mixin("esc_str"),
                rule(r#"[^\\"]+"#, Token(Str)),
            ],
        ),
        ("esc_str", vec![rule(r"(?s)\\.", Token(StrEscape))]),
    ])
});

/// The `toml` language.
pub(crate) static TOML: LazyLock<Language> = LazyLock::new(|| {
    let id = r#"(?:[^ \t\n\r\x0B\x0C]+|"[^"]+"|'[^']+')"#;
    Language::new(vec![
        (
            "basic",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule("#.*?$", Token(Comment)),
                rule("(true|false)", Token(KeywordConstant)),
                rule(
                    &format!(r"({id})({S}*)(=)({S}*)(\{{)"),
                    GroupsThen(
                        &[NameNamespace, Text, Operator, Text, Punctuation],
                        Push("inline"),
                    ),
                ),
                rule(
                    &format!(r"(?<!=){S}*\[[^ \t\n\r\x0B\x0C]+\]"),
                    Token(NameNamespace),
                ),
                rule(
                    "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z",
                    Token(LiteralDate),
                ),
                rule(
                    "[+-]?[0-9]+(?:_[0-9]+)*\\.[0-9]+(?:_[0-9]+)*(?:[eE][+-]?[0-9]+(?:_[0-9]+)*)?",
                    Token(NumFloat),
                ),
                rule(
                    "[+-]?[0-9]+(?:_[0-9]+)*[eE][+-]?[0-9]+(?:_[0-9]+)*",
                    Token(NumFloat),
                ),
                rule("[+-]?(?:nan|inf)", Token(NumFloat)),
                rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Token(NumHex)),
                rule("0o[0-7]+(?:_[0-7]+)*", Token(NumOct)),
                rule("0b[01]+(?:_[01]+)*", Token(NumBin)),
                rule("[+-]?[0-9]+(?:_[0-9]+)*", Token(NumInteger)),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                rule(
                    &format!("({id})({S}*)(=)"),
                    GroupsThen(&[NameProperty, Text, Punctuation], Push("value")),
                ),
            ],
        ),
        (
            "value",
            vec![rule(r"\n", TokenThen(Text, Pop(1))), mixin("content")],
        ),
        (
            "content",
            vec![
                mixin("basic"),
                rule(
                    &format!("({id})({S}*)(=)"),
                    Groups(&[NameProperty, Text, Punctuation]),
                ),
                rule("\"\"\"", TokenThen(Str, Push("mdq"))),
                rule("\"", TokenThen(Str, Push("dq"))),
                rule("'''", TokenThen(Str, Push("msq"))),
                rule("'", TokenThen(Str, Push("sq"))),
                mixin("esc_str"),
                rule(",", Token(Punctuation)),
                rule(r"\[", TokenThen(Punctuation, Push("array"))),
            ],
        ),
        (
            "dq",
            vec![
                rule("\"", TokenThen(Str, Pop(1))),
                rule(r"\n", TokenThen(Error, Pop(1))),
                mixin("esc_str"),
                rule(r#"[^\\"\n]+"#, Token(Str)),
            ],
        ),
        (
            "mdq",
            vec![
                rule("\"\"\"", TokenThen(Str, Pop(1))),
                mixin("esc_str"),
                rule(r#"[^\\"]+"#, Token(Str)),
                rule("\"+", Token(Str)),
            ],
        ),
        (
            "sq",
            vec![
                rule("'", TokenThen(Str, Pop(1))),
                rule(r"\n", TokenThen(Error, Pop(1))),
                rule(r"[^'\n]+", Token(Str)),
            ],
        ),
        (
            "msq",
            vec![
                rule("'''", TokenThen(Str, Pop(1))),
                rule("[^']+", Token(Str)),
                rule("'+", Token(Str)),
            ],
        ),
        (
            "esc_str",
            vec![rule(r#"\\[0t\tn\n "\\r]"#, Token(StrEscape))],
        ),
        (
            "array",
            vec![
                mixin("content"),
                rule(r"\]", TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "inline",
            vec![
                mixin("content"),
                rule(r"\}", TokenThen(Punctuation, Pop(1))),
            ],
        ),
    ])
});
