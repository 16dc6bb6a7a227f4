//! Rouge's `jsonnet` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "assert",
    "else",
    "error",
    "for",
    "if",
    "import",
    "importstr",
    "in",
    "local",
    "self",
    "super",
    "tailstrict",
    "then",
];
const CONSTANTS: &[&str] = &["false", "null", "true"];
const BUILTINS: &[&str] = &[
    "abs",
    "acos",
    "asin",
    "assertEqual",
    "atan",
    "ceil",
    "char",
    "codepoint",
    "cos",
    "escapeStringBash",
    "escapeStringDollars",
    "escapeStringJson",
    "escapeStringPython",
    "exp",
    "exponent",
    "filter",
    "filterMap",
    "flattenArrays",
    "floor",
    "foldl",
    "foldr",
    "force",
    "format",
    "join",
    "length",
    "lines",
    "log",
    "makeArray",
    "manifestIni",
    "manifestPython",
    "manifestPythonVars",
    "mantissa",
    "map",
    "max",
    "min",
    "mod",
    "objectFields",
    "objectHas",
    "pow",
    "range",
    "set",
    "setDiff",
    "setInter",
    "setMember",
    "setUnion",
    "sin",
    "sort",
    "split",
    "sqrt",
    "stringChars",
    "substr",
    "tan",
    "thisFile",
    "toString",
    "type",
    "uniq",
];
const DECLARATIONS: &[&str] = &["function"];

/// The `jsonnet` language.
pub(crate) static JSONNET: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"#.*?$"#, Token(CommentSingle)),
                rule(r#"(?s)/\*.*?\*/"#, Token(CommentMultiline)),
                rule(
                    r#"(?i)-?(?:0|[1-9][0-9]*)\.[0-9]+(?:e[+-][0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"(?i)-?(?:0|[1-9][0-9]*)(?:e[+-][0-9]+)?"#,
                    Token(NumInteger),
                ),
                rule(r#"[{}:\.,;+\[\]=%\(\)]"#, Token(Punctuation)),
                rule(r#"""#, TokenThen(Str, Push("string_double"))),
                rule(r#"'"#, TokenThen(Str, Push("string_single"))),
                rule(r#"\|\|\|"#, TokenThen(Str, Push("string_block"))),
                rule(r#"\$"#, Token(Keyword)),
                rule(
                    r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if has(DECLARATIONS, m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                        } else if has(CONSTANTS, m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if has(BUILTINS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameOther, m.get(0));
                        }
                    }),
                ),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"\\([\\/bfnrt]|(u[0-9a-fA-F]{4}))"#, Token(StrEscape)),
                rule(r#"\\."#, Token(StrEscape)),
            ],
        ),
        (
            "string_double",
            vec![
                mixin("string"),
                rule(r#"\\""#, Token(StrEscape)),
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"[^\\"]+"#, Token(Str)),
            ],
        ),
        (
            "string_single",
            vec![
                mixin("string"),
                rule(r#"'"#, TokenThen(Str, Pop(1))),
                rule(r#"[^\\']+"#, Token(Str)),
            ],
        ),
        (
            "string_block",
            vec![
                mixin("string"),
                rule(r#"[|][|][|]"#, TokenThen(Str, Pop(1))),
                rule(r#"[^|\\]+"#, Token(Str)),
                rule(r#"[|]"#, Token(Str)),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
