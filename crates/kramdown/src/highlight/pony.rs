//! Rouge's `pony` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "actor",
    "addressof",
    "and",
    "as",
    "be",
    "break",
    "class",
    "compiler_intrinsic",
    "consume",
    "continue",
    "do",
    "else",
    "elseif",
    "embed",
    "end",
    "error",
    "for",
    "fun",
    "if",
    "ifdef",
    "in",
    "interface",
    "is",
    "isnt",
    "lambda",
    "let",
    "match",
    "new",
    "not",
    "object",
    "primitive",
    "recover",
    "repeat",
    "return",
    "struct",
    "then",
    "this",
    "trait",
    "try",
    "type",
    "until",
    "use",
    "var",
    "where",
    "while",
    "with",
];
const CAPABILITIES: &[&str] = &["box", "iso", "ref", "tag", "trn", "val"];
const TYPES: &[&str] = &[
    "Align",
    "EventID",
    "F32",
    "F64",
    "Float",
    "FloatFormat",
    "I128",
    "I16",
    "I32",
    "I64",
    "I8",
    "IntFormat",
    "Number",
    "NumberPrefix",
    "Signed",
    "Type",
    "U128",
    "U32",
    "U64",
    "U8",
    "Unsigned",
];

/// The language.
pub(crate) static PONY: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text))],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule(r#"""""#, TokenThen(StrDoc, Push("docstring"))),
                rule(r#"//.*"#, Token(CommentSingle)),
                rule(r#"/(\\\n)?[*](.|\n)*?[*](\\\n)?/"#, Token(CommentMultiline)),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"[~!%^&*+=\|?:<>/-]"#, Token(Operator)),
                rule(r#"(true|false|NULL)\b"#, Token(NameConstant)),
                rule(r#"(?:[A-Z_][a-zA-Z0-9_]*)"#, Token(NameClass)),
                rule(r#"[()\[\],.';]"#, Token(Punctuation)),
                rule(
                    r#"0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?"#,
                    Token(NumFloat),
                ),
                rule(r#"0[xX][0-9a-fA-F_]+"#, Token(NumHex)),
                rule(r#"(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?"#, Token(NumInteger)),
                rule(
                    r#"(?i)[a-z_][a-z0-9_]*"#,
                    Custom(|l, m| {
                        if CAPABILITIES.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordDeclaration, m.get(0));
                        } else if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordReserved, m.get(0));
                        } else if TYPES.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordType, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(
                    r#"\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"#,
                    Token(StrEscape),
                ),
                rule(r#"[^\\"\n]+"#, Token(Str)),
                rule(r#"\\\n"#, Token(Str)),
                rule(r#"\\"#, Token(Str)),
            ],
        ),
        (
            "docstring",
            vec![
                rule(r#"""""#, TokenThen(StrDoc, Pop(1))),
                rule(r#"\n"#, Token(StrDoc)),
                rule(r#"."#, Token(StrDoc)),
            ],
        ),
    ])
});
