//! Rouge's `sparql` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "ABS",
    "AVG",
    "BNODE",
    "BOUND",
    "CEIL",
    "COALESCE",
    "CONCAT",
    "CONTAINS",
    "COUNT",
    "DATATYPE",
    "DAY",
    "ENCODE_FOR_URI",
    "FLOOR",
    "GROUP_CONCAT",
    "HOURS",
    "IF",
    "IRI",
    "isBLANK",
    "isIRI",
    "isLITERAL",
    "isNUMERIC",
    "isURI",
    "LANG",
    "LANGMATCHES",
    "LCASE",
    "MAX",
    "MD5",
    "MIN",
    "MINUTES",
    "MONTH",
    "NOW",
    "RAND",
    "REGEX",
    "REPLACE",
    "ROUND",
    "SAMETERM",
    "SAMPLE",
    "SECONDS",
    "SEPARATOR",
    "SHA1",
    "SHA256",
    "SHA384",
    "SHA512",
    "STR",
    "STRAFTER",
    "STRBEFORE",
    "STRDT",
    "STRENDS",
    "STRLANG",
    "STRLEN",
    "STRSTARTS",
    "STRUUID",
    "SUBSTR",
    "SUM",
    "TIMEZONE",
    "TZ",
    "UCASE",
    "URI",
    "UUID",
    "YEAR",
];
const KEYWORDS: &[&str] = &[
    "ADD",
    "ALL",
    "AS",
    "ASC",
    "ASK",
    "BASE",
    "BIND",
    "BINDINGS",
    "BY",
    "CLEAR",
    "CONSTRUCT",
    "COPY",
    "CREATE",
    "DATA",
    "DEFAULT",
    "DELETE",
    "DESC",
    "DESCRIBE",
    "DISTINCT",
    "DROP",
    "EXISTS",
    "FILTER",
    "FROM",
    "GRAPH",
    "GROUP",
    "HAVING",
    "IN",
    "INSERT",
    "LIMIT",
    "LOAD",
    "MINUS",
    "MOVE",
    "NAMED",
    "NOT",
    "OFFSET",
    "OPTIONAL",
    "ORDER",
    "PREFIX",
    "SELECT",
    "REDUCED",
    "SERVICE",
    "SILENT",
    "TO",
    "UNDEF",
    "UNION",
    "USING",
    "VALUES",
    "WHERE",
    "WITH",
];

/// The language.
pub(crate) static SPARQL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(
                    r#"""""#,
                    TokenThen(StrDouble, Push("string_double_literal")),
                ),
                rule(r#"""#, TokenThen(StrDouble, Push("string_double"))),
                rule(
                    r#"'''"#,
                    TokenThen(StrSingle, Push("string_single_literal")),
                ),
                rule(r#"'"#, TokenThen(StrSingle, Push("string_single"))),
                rule(r#"[$?][\w]+"#, Token(NameVariable)),
                rule(
                    r#"([\w-]*)(:)([\w-]+)?"#,
                    Custom(|l, m| {
                        l.token(NameNamespace, m.get(1));
                        l.token(Operator, m.get(2));
                        l.token(StrSymbol, m.get(3));
                    }),
                ),
                rule(r#"<[^>]*>"#, Token(NameNamespace)),
                rule(r#"(?i)true|false"#, Token(KeywordConstant)),
                rule(r#"a\b"#, Token(Keyword)),
                rule(
                    r#"(?i)[A-Z][\w]+\b"#,
                    Custom(|l, m| {
                        if BUILTINS.contains(&m.get(0).to_uppercase().as_str()) {
                            l.token(NameBuiltin, m.get(0));
                        } else if KEYWORDS.contains(&m.get(0).to_uppercase().as_str()) {
                            l.token(Keyword, m.get(0));
                        } else {
                            l.token(Error, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"(?i)[+\-]?(?:[0-9]+\.[0-9]*|\.[0-9]+)(?:[e][+\-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(r#"[+\-]?[0-9]+"#, Token(NumInteger)),
                rule(r#"[\]\[(){}.,;=]"#, Token(Punctuation)),
                rule(r#"[/?*+=!<>]|&&|\|\||\^\^"#, Token(Operator)),
            ],
        ),
        (
            "string_double_common",
            vec![
                mixin("string_escapes"),
                rule(r#"\\"#, Token(StrDouble)),
                rule(r#"[^"\\]+"#, Token(StrDouble)),
            ],
        ),
        (
            "string_double",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Goto("string_end"))),
                mixin("string_double_common"),
            ],
        ),
        (
            "string_double_literal",
            vec![
                rule(r#"""""#, TokenThen(StrDouble, Goto("string_end"))),
                rule(r#"""#, Token(StrDouble)),
                mixin("string_double_common"),
            ],
        ),
        (
            "string_single_common",
            vec![
                mixin("string_escapes"),
                rule(r#"\\"#, Token(StrSingle)),
                rule(r#"[^'\\]+"#, Token(StrSingle)),
            ],
        ),
        (
            "string_single",
            vec![
                rule(r#"'"#, TokenThen(StrSingle, Goto("string_end"))),
                mixin("string_single_common"),
            ],
        ),
        (
            "string_single_literal",
            vec![
                rule(r#"'''"#, TokenThen(StrSingle, Goto("string_end"))),
                rule(r#"'"#, Token(StrSingle)),
                mixin("string_single_common"),
            ],
        ),
        (
            "string_escapes",
            vec![
                rule(r#"\\[tbnrf"'\\]"#, Token(StrEscape)),
                rule(r#"\\u[0-9a-fA-F]{4}"#, Token(StrEscape)),
                rule(r#"\\U[0-9a-fA-F]{8}"#, Token(StrEscape)),
            ],
        ),
        (
            "string_end",
            vec![
                rule(
                    r#"(@)([a-zA-Z]+(?:-[a-zA-Z0-9]+)*)"#,
                    Groups(&[Operator, NameProperty]),
                ),
                rule(r#"\^\^"#, Token(Operator)),
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
