//! Rouge's `prometheus` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const FUNCTIONS: &[&str] = &[
    "abs",
    "absent",
    "avg_over_time",
    "ceil",
    "changes",
    "clamp_max",
    "clamp_min",
    "count_over_time",
    "count_scalar",
    "day_of_month",
    "day_of_week",
    "days_in_month",
    "delta",
    "deriv",
    "drop_common_labels",
    "exp",
    "floor",
    "histogram_quantile",
    "holt_winters",
    "hour",
    "idelta",
    "increase",
    "irate",
    "label_replace",
    "ln",
    "log10",
    "log2",
    "max_over_time",
    "min_over_time",
    "month",
    "predict_linear",
    "quantile_over_time",
    "rate",
    "resets",
    "round",
    "scalar",
    "sort",
    "sort_desc",
    "sqrt",
    "stddev_over_time",
    "stdvar_over_time",
    "sum_over_time",
    "time",
    "vector",
    "year",
];

/// The language.
pub(crate) static PROMETHEUS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                mixin("strings"),
                mixin("whitespace"),
                rule(r#"-?[0-9]+\.[0-9]+"#, Token(NumFloat)),
                rule(r#"-?[0-9]+[smhdwy]?"#, Token(NumInteger)),
                mixin("operators"),
                rule(
                    r#"(ignoring|on)(\()"#,
                    GroupsThen(&[KeywordPseudo, Punctuation], Push("label_list")),
                ),
                rule(
                    r#"(group_left|group_right)(\()"#,
                    Groups(&[KeywordType, Punctuation]),
                ),
                rule(r#"(bool|offset)\b"#, Token(Keyword)),
                rule(r#"(without|by)\b"#, TokenThen(Keyword, Push("label_list"))),
                rule(
                    r#"[a-zA-Z0-9_:]+"#,
                    Custom(|l, m| {
                        if FUNCTIONS.binary_search(&m.get(0)).is_ok() {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                mixin("metrics"),
            ],
        ),
        (
            "metrics",
            vec![
                rule(r#"[a-zA-Z0-9_-]+"#, Token(Name)),
                rule(r#"[\(\)\]:.,]"#, Token(Punctuation)),
                rule(r#"\{"#, TokenThen(Punctuation, Push("filters"))),
                rule(r#"\["#, Token(Punctuation)),
            ],
        ),
        (
            "strings",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Push("double_string_escaped"))),
                rule(r#"'"#, TokenThen(StrSingle, Push("single_string_escaped"))),
                rule(r#"`.*`"#, Token(StrBacktick)),
            ],
        ),
        (
            "double_string_escaped",
            vec![
                rule(r#"\\[\\abfnrtv"]"#, Token(StrEscape)),
                rule(r#"(?s)[^\\"]+"#, Token(StrDouble)),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "single_string_escaped",
            vec![
                rule(r#"\\[\\abfnrtv']"#, Token(StrEscape)),
                rule(r#"(?s)[^\\']+"#, Token(StrSingle)),
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
            ],
        ),
        (
            "filters",
            vec![
                mixin("inline_whitespace"),
                rule(r#","#, Token(Punctuation)),
                mixin("labels"),
                mixin("filter_matching_operators"),
                mixin("strings"),
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "label_list",
            vec![
                rule(r#"\("#, Token(Punctuation)),
                rule(r#"[a-zA-Z0-9_:-]+"#, Token(NameAttribute)),
                rule(r#","#, Token(Punctuation)),
                mixin("whitespace"),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "labels",
            vec![rule(r#"[a-zA-Z0-9_:-]+"#, Token(NameAttribute))],
        ),
        (
            "operators",
            vec![
                rule(r#"[+\-\*/%\^]"#, Token(Operator)),
                rule(r#"=|==|!=|<|>|<=|>="#, Token(Operator)),
                rule(r#"and|or|unless"#, Token(Operator)),
                rule(
                    r#"(sum|min|max|avg|stddev|stdvar|count|count_values|bottomk|topk)\b"#,
                    Token(NameFunction),
                ),
            ],
        ),
        (
            "filter_matching_operators",
            vec![rule(r#"!(=|~)|=~?"#, Token(Operator))],
        ),
        ("inline_whitespace", vec![rule(r#"[ \t\r]+"#, Token(Text))]),
        (
            "whitespace",
            vec![
                mixin("inline_whitespace"),
                rule(r#"(?s)\n[ \t\n\r\x0B\x0C]*"#, Token(Text)),
                rule(r#"#.*?$"#, Token(Comment)),
            ],
        ),
    ])
});
