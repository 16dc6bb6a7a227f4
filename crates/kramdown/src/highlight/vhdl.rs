//! Rouge's `vhdl` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "access",
    "after",
    "alias",
    "all",
    "architecture",
    "array",
    "assert",
    "assume",
    "assume_guarantee",
    "attribute",
    "begin",
    "block",
    "body",
    "buffer",
    "bus",
    "case",
    "component",
    "configuration",
    "constant",
    "context",
    "cover",
    "default",
    "disconnect",
    "downto",
    "else",
    "elsif",
    "end",
    "entity",
    "exit",
    "fairness",
    "file",
    "for",
    "force",
    "function",
    "generate",
    "generic",
    "group",
    "guarded",
    "if",
    "impure",
    "in",
    "inertial",
    "inout",
    "is",
    "label",
    "library",
    "linkage",
    "literal",
    "loop",
    "map",
    "new",
    "next",
    "null",
    "of",
    "on",
    "open",
    "others",
    "out",
    "package",
    "parameter",
    "port",
    "postponed",
    "procedure",
    "process",
    "property",
    "protected",
    "pure",
    "range",
    "record",
    "register",
    "reject",
    "release",
    "report",
    "return",
    "select",
    "sequence",
    "severity",
    "shared",
    "signal",
    "strong",
    "subtype",
    "then",
    "to",
    "transport",
    "type",
    "unaffected",
    "units",
    "until",
    "use",
    "variable",
    "vmode",
    "vprop",
    "vunit",
    "wait",
    "when",
    "while",
    "with",
];
const KEYWORDS_TYPE: &[&str] = &[
    "bit",
    "bit_vector",
    "boolean",
    "boolean_vector",
    "character",
    "integer",
    "integer_vector",
    "natural",
    "positive",
    "real",
    "real_vector",
    "severity_level",
    "signed",
    "std_logic",
    "std_logic_vector",
    "std_ulogic",
    "std_ulogic_vector",
    "string",
    "time",
    "time_vector",
    "unsigned",
];
const OPERATOR_WORDS: &[&str] = &[
    "abs", "and", "mod", "nand", "nor", "not", "or", "rem", "rol", "ror", "sla", "sll", "sra",
    "srl", "xnor", "xor",
];

/// The language.
pub(crate) static VHDL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"\n"#, Token(Text)),
                rule(r#"--.*$"#, Token(CommentSingle)),
            ],
        ),
        (
            "statements",
            vec![
                rule(r#"(?i)-?[0-9]+"#, Token(NumInteger)),
                rule(r#"(?i)-?[0-9]+[.][0-9]+"#, Token(NumFloat)),
                rule(r#"(?i)[box]?"[^"]*""#, Token(StrSingle)),
                rule(r#"(?i)'[^']?'"#, Token(StrChar)),
                rule(r#"(?i)'(?-si:[a-zA-Z][a-zA-Z0-9_]*)"#, Token(NameAttribute)),
                rule(r#"[(),:;]"#, Token(Punctuation)),
                rule(r#"(?i)(?:true|false|null)\b"#, Token(NameBuiltin)),
                rule(
                    r#"[a-zA-Z][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if KEYWORDS
                            .binary_search(&m.get(0).to_lowercase().as_str())
                            .is_ok()
                        {
                            l.token(Keyword, m.get(0));
                        } else if KEYWORDS_TYPE
                            .binary_search(&m.get(0).to_lowercase().as_str())
                            .is_ok()
                        {
                            l.token(KeywordType, m.get(0));
                        } else if OPERATOR_WORDS
                            .binary_search(&m.get(0).to_lowercase().as_str())
                            .is_ok()
                        {
                            l.token(OperatorWord, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"=>|[*][*]|:=|/=|>=|<=|<>|\?\?|\?=|\?/=|\?>|\?<|\?>=|\?<=|<<|>>|[#&'*+-./:<=>\?@^]"#,
                    Token(Operator),
                ),
            ],
        ),
        ("root", vec![mixin("whitespace"), mixin("statements")]),
    ])
});
