//! Rouge's `minizinc` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, rule};
use super::token::Tok::*;

const OPERATORS: &[&str] = &[
    "diff",
    "in",
    "intersect",
    "subset",
    "superset",
    "symdiff",
    "union",
];
const KEYWORDS: &[&str] = &[
    "ann",
    "annotation",
    "any",
    "constraint",
    "else",
    "endif",
    "for",
    "forall",
    "function",
    "if",
    "include",
    "list",
    "maximize",
    "minimize",
    "of",
    "op",
    "output",
    "par",
    "predicate",
    "record",
    "satisfy",
    "solve",
    "test",
    "then",
    "type",
    "var",
    "where",
];
const BUILTINS: &[&str] = &[
    "abort",
    "abs",
    "acosh",
    "array1d",
    "array2d",
    "array3d",
    "array4d",
    "array5d",
    "array6d",
    "array_intersect",
    "array_union",
    "asin",
    "assert",
    "atan",
    "bool2int",
    "card",
    "ceil",
    "concat",
    "cos",
    "cosh",
    "dom",
    "dom_array",
    "dom_size",
    "exp",
    "fix",
    "floor",
    "index_set",
    "index_set_1of2",
    "index_set_1of3",
    "index_set_2of2",
    "index_set_2of3",
    "index_set_3of3",
    "int2float",
    "is_fixed",
    "join",
    "lb",
    "lb_array",
    "length",
    "ln",
    "log",
    "log10",
    "log2",
    "max",
    "min",
    "pow",
    "product",
    "round",
    "set2array",
    "show",
    "show_float",
    "show_int",
    "sin",
    "sinh",
    "sqrt",
    "sum",
    "tan",
    "tanh",
    "trace",
    "ub",
    "ub_array",
];
const KEYWORDS_TYPE: &[&str] = &[
    "array", "bool", "enum", "float", "int", "set", "string", "tuple",
];

/// The `minizinc` language.
pub(crate) static MINIZINC: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            rule(r#"(?s)\\\n"#, Token(Whitespace)),
            rule(r#"%.*"#, Token(CommentSingle)),
            rule(
                r#"(?s)/(\\\n)?[*](.|\n)*?[*](\\\n)?/"#,
                Token(CommentMultiline),
            ),
            rule(r#""(\\\\|\\"|[^"])*""#, Token(Str)),
            rule(r#"not|<->|->|<-|\\/|xor|/\\"#, Token(Operator)),
            rule(r#"<|>|<=|>=|==|=|!="#, Token(Operator)),
            rule(r#"\+|-|\*|/|div|mod"#, Token(Operator)),
            rule(r#"\\|\.\.|\+\+"#, Token(Operator)),
            rule(r#"[|()\[\]{},:;]"#, Token(Punctuation)),
            rule(r#"(true|false)\b"#, Token(KeywordConstant)),
            rule(
                r#"([+-]?)[0-9]+(\.(?!\.)[0-9]*)?([eE][-+]?[0-9]+)?"#,
                Token(Num),
            ),
            rule(
                r#"[$a-zA-Z_][a-zA-Z0-9_]*"#,
                Custom(|l, m| {
                    if has(KEYWORDS, m.get(0)) {
                        l.token(Keyword, m.get(0));
                    } else if has(KEYWORDS_TYPE, m.get(0)) {
                        l.token(KeywordType, m.get(0));
                    } else if has(BUILTINS, m.get(0)) {
                        l.token(NameBuiltin, m.get(0));
                    } else if has(OPERATORS, m.get(0)) {
                        l.token(Operator, m.get(0));
                    } else {
                        l.token(NameOther, m.get(0));
                    }
                }),
            ),
            rule(
                r#"::[ \t\n\r\x0B\x0C]*([^[^a-zA-Z0-9_]0-9][a-zA-Z0-9_]*)([ \t\n\r\x0B\x0C]*\([^\)]*\))?"#,
                Token(NameDecorator),
            ),
            rule(
                r#"\b([^[^a-zA-Z0-9_]0-9][a-zA-Z0-9_]*)\b(\()"#,
                Groups(&[NameFunction, Punctuation]),
            ),
            rule(r#"[^[^a-zA-Z0-9_]0-9][a-zA-Z0-9_]*"#, Token(NameOther)),
        ],
    )])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
