//! Rouge's `yang` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const BODY_STMTS_KEYWORDS: &[&str] = &[
    "action",
    "argument",
    "augment",
    "deviation",
    "extension",
    "feature",
    "grouping",
    "identity",
    "if-feature",
    "input",
    "notification",
    "output",
    "rpc",
    "typedef",
];
const CONSTANTS_KEYWORDS: &[&str] = &[
    "add",
    "current",
    "delete",
    "deprecated",
    "false",
    "invert-match",
    "max",
    "min",
    "not-supported",
    "obsolete",
    "replace",
    "true",
    "unbounded",
    "user",
];
const DATA_DEF_STMTS_KEYWORDS: &[&str] = &[
    "anydata",
    "anyxml",
    "case",
    "choice",
    "config",
    "container",
    "deviate",
    "leaf",
    "leaf-list",
    "list",
    "must",
    "presence",
    "refine",
    "uses",
    "when",
];
const LINKAGE_STMTS_KEYWORDS: &[&str] = &["import", "include", "revision-date"];
const LIST_STMTS_KEYWORDS: &[&str] = &["key", "mandatory", "unique"];
const META_STMTS_KEYWORDS: &[&str] = &[
    "contact",
    "description",
    "organization",
    "reference",
    "revision",
];
const MODULE_HEADER_STMTS_KEYWORDS: &[&str] =
    &["belongs-to", "namespace", "prefix", "yang-version"];
const TOP_STMTS_KEYWORDS: &[&str] = &["module", "submodule"];
const TYPE_STMTS_KEYWORDS: &[&str] = &[
    "base",
    "bit",
    "default",
    "enum",
    "error-app-tag",
    "error-message",
    "fraction-digits",
    "length",
    "max-elements",
    "min-elements",
    "modifier",
    "ordered-by",
    "path",
    "pattern",
    "position",
    "range",
    "require-instance",
    "status",
    "type",
    "units",
    "value",
    "yin-element",
];
const TYPES: &[&str] = &[
    "binary",
    "bits",
    "boolean",
    "decimal64",
    "empty",
    "enumeration",
    "identityref",
    "instance-identifier",
    "int16",
    "int32",
    "int64",
    "int8",
    "leafref",
    "string",
    "uint16",
    "uint32",
    "uint64",
    "uint8",
    "union",
];

/// The language.
pub(crate) static YANG: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comment",
            vec![
                rule(r#"[^*/]"#, Token(Comment)),
                rule(r#"/\*"#, TokenThen(Comment, Push("comment"))),
                rule(r#"\*/"#, TokenThen(Comment, Pop(1))),
                rule(r#"[*/]"#, Token(Comment)),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"[\{\};]+"#, Token(Punctuation)),
                rule(
                    r#"(?<![\-a-zA-Z0-9_])(and|or|not|\+|\.)(?![\-a-zA-Z0-9_])"#,
                    Token(Operator),
                ),
                rule(r#""(?:\\"|[^"])*?""#, Token(StrDouble)),
                rule(r#"'(?:\\'|[^'])*?'"#, Token(StrSingle)),
                rule(r#"/\*"#, TokenThen(Comment, Push("comment"))),
                rule(r#"//.*?$"#, Token(Comment)),
                rule(
                    r#"(?:^|(?<=[ \t\n\r\x0B\x0C{};]))([a-zA-Z0-9_.-]+)(:)([a-zA-Z0-9_.-]+)(?=[ \t\n\r\x0B\x0C{};])"#,
                    Groups(&[NameNamespace, Punctuation, Name]),
                ),
                rule(
                    r#"([0-9]{4}\-[0-9]{2}\-[0-9]{2})(?=[ \t\n\r\x0B\x0C\{\};])"#,
                    Token(NameLabel),
                ),
                rule(
                    r#"([0-9]+\.[0-9]+)(?=[ \t\n\r\x0B\x0C\{\};])"#,
                    Token(NumFloat),
                ),
                rule(r#"([0-9]+)(?=[ \t\n\r\x0B\x0C\{\};])"#, Token(NumInteger)),
                rule(
                    r#"[a-zA-Z0-9__-]+(?=[^a-zA-Z0-9_\-:])\b"#,
                    Custom(|l, m| {
                        if TOP_STMTS_KEYWORDS
                            .binary_search(&m.get(0).to_lowercase().as_str())
                            .is_ok()
                            || MODULE_HEADER_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                            || META_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                            || LINKAGE_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                            || BODY_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                            || DATA_DEF_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                            || TYPE_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                            || LIST_STMTS_KEYWORDS
                                .binary_search(&m.get(0).to_lowercase().as_str())
                                .is_ok()
                        {
                            l.token(KeywordDeclaration, m.get(0));
                        } else if TYPES
                            .binary_search(&m.get(0).to_lowercase().as_str())
                            .is_ok()
                        {
                            l.token(KeywordType, m.get(0));
                        } else if CONSTANTS_KEYWORDS
                            .binary_search(&m.get(0).to_lowercase().as_str())
                            .is_ok()
                        {
                            l.token(NameConstant, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"[^;{} \t\n\r\x0B\x0C'"]+"#, Token(Name)),
            ],
        ),
    ])
});
