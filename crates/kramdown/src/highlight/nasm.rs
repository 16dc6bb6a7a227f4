//! Rouge's `nasm` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `nasm` language.
pub(crate) static NASM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"^[ \t\n\r\x0B\x0C]*%"#,
                    TokenThen(CommentPreproc, Push("preproc")),
                ),
                mixin("whitespace"),
                rule(r#"(?i)[a-z$._?][a-zA-Z0-9_$.?#@\~]*:"#, Token(NameLabel)),
                rule(
                    r#"(?i)([a-z$._?][a-zA-Z0-9_$.?#@\~]*)([ \t\n\r\x0B\x0C]+)(equ)"#,
                    GroupsThen(
                        &[NameConstant, KeywordDeclaration, KeywordDeclaration],
                        Push("instruction_args"),
                    ),
                ),
                rule(
                    r#"BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE"#,
                    TokenThen(Keyword, Push("instruction_args")),
                ),
                rule(
                    r#"(?i)(?:res|d)[bwdqt]|times"#,
                    TokenThen(KeywordDeclaration, Push("instruction_args")),
                ),
                rule(
                    r#"(?i)[a-z$._?][a-zA-Z0-9_$.?#@\~]*"#,
                    TokenThen(NameFunction, Push("instruction_args")),
                ),
                rule(r#"[\r\n]+"#, Token(Text)),
            ],
        ),
        (
            "instruction_args",
            vec![
                rule(
                    r#""(\\\\"|[^"\\n])*"|'(\\\\'|[^'\\n])*'|`(\\\\`|[^`\\n])*`"#,
                    Token(Str),
                ),
                rule(
                    r#"(?i)(?:0x[0-9a-f]+|$0[0-9a-f]*|[0-9]+[0-9a-f]*h)"#,
                    Token(NumHex),
                ),
                rule(r#"(?i)[0-7]+q"#, Token(NumOct)),
                rule(r#"(?i)[01]+b"#, Token(NumBin)),
                rule(r#"(?i)[0-9]+\.e?[0-9]+"#, Token(NumFloat)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                mixin("punctuation"),
                rule(
                    r#"(?i)r[0-9][0-5]?[bwd]|[a-d][lh]|[er]?[a-d]x|[er]?[sb]p|[er]?[sd]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-367]|tr[3-7]"#,
                    Token(NameBuiltin),
                ),
                rule(r#"(?i)[a-z$._?][a-zA-Z0-9_$.?#@\~]*"#, Token(NameVariable)),
                rule(r#"[\r\n]+"#, TokenThen(Text, Pop(1))),
                mixin("whitespace"),
            ],
        ),
        (
            "preproc",
            vec![
                rule(r#"[^;\n]+"#, Token(CommentPreproc)),
                rule(r#";.*?\n"#, TokenThen(CommentSingle, Pop(1))),
                rule(r#"\n"#, TokenThen(CommentPreproc, Pop(1))),
            ],
        ),
        (
            "whitespace",
            vec![
                rule(r#"\n"#, Token(Text)),
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#";.*"#, Token(CommentSingle)),
            ],
        ),
        (
            "punctuation",
            vec![
                rule(r#"[,():\[\]]+"#, Token(Punctuation)),
                rule(r#"[\&|^<>+*/%\~-]+"#, Token(Operator)),
                rule(r#"\$+"#, Token(KeywordConstant)),
                rule(r#"(?i)seg|wrt|strict"#, Token(OperatorWord)),
                rule(r#"(?i)byte|[dq]?word"#, Token(KeywordType)),
            ],
        ),
    ])
});
