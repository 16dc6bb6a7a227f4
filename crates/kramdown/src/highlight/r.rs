//! Rouge's `r` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, rule};
use super::token::Tok::*;

const BUILTIN_CONSTANTS: &[&str] = &[
    "LETTERS",
    "letters",
    "month.abb",
    "month.name",
    "pi",
    "T",
    "F",
];
const KEYWORDS: &[&str] = &[
    "if", "else", "for", "while", "repeat", "in", "next", "break", "function",
];
const KEYWORD_CONSTANTS: &[&str] = &[
    "NULL",
    "Inf",
    "TRUE",
    "FALSE",
    "NaN",
    "NA",
    "NA_integer_",
    "NA_real_",
    "NA_complex_",
    "NA_character_",
];

/// The language.
pub(crate) static R: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(r#"#'.*?$"#, Token(CommentDoc)),
            rule(r#"#.*?$"#, Token(CommentSingle)),
            rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            rule(r#"`[^`]+?`"#, Token(Name)),
            rule(r#"(?s)'(\\.|.)*?'"#, Token(StrSingle)),
            rule(r#"(?s)"(\\.|.)*?""#, Token(StrDouble)),
            rule(r#"%[^%]*?%"#, Token(Operator)),
            rule(r#"0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?"#, Token(NumHex)),
            rule(
                r#"[+-]?([0-9]+([.][0-9]+)?|[.][0-9]+)([eE][+-]?[0-9]+)?[Li]?"#,
                Token(Num),
            ),
            rule(
                r#"\b(?<!.)(abs|acos|acosh|all|any|anyNA|Arg|as.call|as.character|as.complex|as.double|as.environment|as.integer|as.logical|as.null.default|as.numeric|as.raw|asin|asinh|atan|atanh|attr|attributes|baseenv|browser|c|call|ceiling|class|Conj|cos|cosh|cospi|cummax|cummin|cumprod|cumsum|digamma|dim|dimnames|emptyenv|exp|expression|floor|forceAndCall|gamma|gc.time|globalenv|Im|interactive|invisible|is.array|is.atomic|is.call|is.character|is.complex|is.double|is.environment|is.expression|is.finite|is.function|is.infinite|is.integer|is.language|is.list|is.logical|is.matrix|is.na|is.name|is.nan|is.null|is.numeric|is.object|is.pairlist|is.raw|is.recursive|is.single|is.symbol|lazyLoadDBfetch|length|lgamma|list|log|max|min|missing|Mod|names|nargs|nzchar|oldClass|on.exit|pos.to.env|proc.time|prod|quote|range|Re|rep|retracemem|return|round|seq_along|seq_len|seq.int|sign|signif|sin|sinh|sinpi|sqrt|standardGeneric|substitute|sum|switch|tan|tanh|tanpi|tracemem|trigamma|trunc|unclass|untracemem|UseMethod|xtfrm)(?=\()"#,
                Token(NameFunction),
            ),
            rule(
                r#"(?:(?:[\p{Alphabetic}]|[.][._\p{Alphabetic}])[._\p{Alphabetic}\p{Nd}]*)|[.]"#,
                Custom(|l, m| {
                    if KEYWORDS.contains(&m.get(0)) {
                        l.token(Keyword, m.get(0));
                    } else if KEYWORD_CONSTANTS.contains(&m.get(0)) {
                        l.token(KeywordConstant, m.get(0));
                    } else if BUILTIN_CONSTANTS.contains(&m.get(0)) {
                        l.token(NameBuiltin, m.get(0));
                    } else {
                        l.token(Name, m.get(0));
                    }
                }),
            ),
            rule(r#"[\[\]{}();,]"#, Token(Punctuation)),
            rule(r#"[-<>?*+^/!=~$@:%&|]"#, Token(Operator)),
        ],
    )])
});
