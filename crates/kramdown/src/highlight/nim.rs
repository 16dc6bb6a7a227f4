//! Rouge's `nim` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `nim` language.
pub(crate) static NIM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "chars",
            vec![
                rule(
                    r#"\\([\\abcefnrtvl"']|x[a-fA-F0-9]{2}|[0-9]{1,3})"#,
                    Token(StrEscape),
                ),
                rule(r#"'"#, TokenThen(StrChar, Pop(1))),
                rule(r#"."#, Token(StrChar)),
            ],
        ),
        (
            "strings",
            vec![
                rule(r#"(?<!\$)\$([0-9]+|#|[a-zA-Z0-9_]+)+"#, Token(StrInterpol)),
                rule(r#"[^\\'"\$\n]+"#, Token(Str)),
                rule(r#"['"\\]"#, Token(Str)),
                rule(r#"\$"#, Token(Str)),
            ],
        ),
        (
            "dqs",
            vec![
                rule(
                    r#"\\([\\abcefnrtvl"']|\n|x[a-fA-F0-9]{2}|[0-9]{1,3})"#,
                    Token(StrEscape),
                ),
                rule(r#"""#, TokenThen(Str, Pop(1))),
                mixin("strings"),
            ],
        ),
        (
            "rdqs",
            vec![
                rule(r#""(?!")"#, TokenThen(Str, Pop(1))),
                rule(r#"""#, TokenThen(StrEscape, Pop(1))),
                mixin("strings"),
            ],
        ),
        (
            "tdqs",
            vec![
                rule(r#""""(?!")"#, TokenThen(Str, Pop(1))),
                mixin("strings"),
                mixin("nl"),
            ],
        ),
        (
            "funcname",
            vec![
                rule(
                    r#"((?![0-9_])[a-zA-Z0-9_])(((?!_)[a-zA-Z0-9_])|(_(?!_)[a-zA-Z0-9_]))*"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
                rule(r#"`.+`"#, TokenThen(NameFunction, Pop(1))),
            ],
        ),
        ("nl", vec![rule(r#"\n"#, Token(Str))]),
        (
            "floatnumber",
            vec![
                rule(r#"\.(?!\.)[0-9_]*"#, Token(NumFloat)),
                rule(r#"[eE][+-]?[0-9][0-9_]*"#, Token(NumFloat)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "floatsuffix",
            vec![
                rule(r#"'?[fF](32|64)"#, Token(NumFloat)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "intsuffix",
            vec![
                rule(r#"'?[iI](32|64)"#, Token(NumIntegerLong)),
                rule(r#"'?[iI](8|16)"#, Token(NumInteger)),
                rule(r#"'?[uU]"#, Token(NumInteger)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"##.*$"#, Token(StrDoc)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(
                    r#"\*|=|>|<|\+|-|/|@|\$|~|&|%|!|\?|\||\\|\[|\]"#,
                    Token(Operator),
                ),
                rule(
                    r#"\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|`|;"#,
                    Token(Punctuation),
                ),
                rule(r#"(?:[a-zA-Z0-9_]+)""#, TokenThen(Str, Push("rdqs"))),
                rule(r#"""""#, TokenThen(Str, Push("tdqs"))),
                rule(r#"""#, TokenThen(Str, Push("dqs"))),
                rule(r#"'"#, TokenThen(StrChar, Push("chars"))),
                rule(
                    r#"(a_?n_?d_?|o_?r_?|n_?o_?t_?|x_?o_?r_?|s_?h_?l_?|s_?h_?r_?|d_?i_?v_?|m_?o_?d_?|i_?n_?|n_?o_?t_?i_?n_?|i_?s_?|i_?s_?n_?o_?t_?)\b"#,
                    Token(OperatorWord),
                ),
                rule(
                    r#"(p_?r_?o_?c_?[ \t\n\r\x0B\x0C])(?![\(\[\]])"#,
                    TokenThen(Keyword, Push("funcname")),
                ),
                rule(
                    r#"(a_?d_?d_?r_?|a_?s_?|a_?s_?m_?|a_?t_?o_?m_?i_?c_?|b_?i_?n_?d_?|b_?l_?o_?c_?k_?|b_?r_?e_?a_?k_?|c_?a_?s_?e_?|c_?a_?s_?t_?|c_?o_?n_?s_?t_?|c_?o_?n_?t_?i_?n_?u_?e_?|c_?o_?n_?v_?e_?r_?t_?e_?r_?|d_?e_?f_?e_?r_?|d_?i_?s_?c_?a_?r_?d_?|d_?i_?s_?t_?i_?n_?c_?t_?|d_?o_?|e_?l_?i_?f_?|e_?l_?s_?e_?|e_?n_?d_?|e_?n_?u_?m_?|e_?x_?c_?e_?p_?t_?|e_?x_?p_?o_?r_?t_?|f_?u_?n_?c_?|f_?i_?n_?a_?l_?l_?y_?|f_?o_?r_?|f_?r_?o_?m_?|g_?e_?n_?e_?r_?i_?c_?|i_?f_?|i_?m_?p_?o_?r_?t_?|i_?n_?c_?l_?u_?d_?e_?|i_?n_?t_?e_?r_?f_?a_?c_?e_?|i_?t_?e_?r_?a_?t_?o_?r_?|l_?e_?t_?|m_?a_?c_?r_?o_?|m_?e_?t_?h_?o_?d_?|m_?i_?x_?i_?n_?|n_?i_?l_?|o_?b_?j_?e_?c_?t_?|o_?f_?|o_?u_?t_?|p_?r_?o_?c_?|p_?t_?r_?|r_?a_?i_?s_?e_?|r_?e_?f_?|r_?e_?t_?u_?r_?n_?|s_?t_?a_?t_?i_?c_?|t_?e_?m_?p_?l_?a_?t_?e_?|t_?r_?y_?|t_?u_?p_?l_?e_?|t_?y_?p_?e_?|u_?s_?i_?n_?g_?|v_?a_?r_?|w_?h_?e_?n_?|w_?h_?i_?l_?e_?|w_?i_?t_?h_?|w_?i_?t_?h_?o_?u_?t_?|y_?i_?e_?l_?d_?)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"(f_?r_?o_?m_?|i_?m_?p_?o_?r_?t_?|i_?n_?c_?l_?u_?d_?e_?)\b"#,
                    Token(KeywordNamespace),
                ),
                rule(r#"(v_?a_?r)\b"#, Token(KeywordDeclaration)),
                rule(
                    r#"(i_?n_?t_?|i_?n_?t_?8_?|i_?n_?t_?1_?6_?|i_?n_?t_?3_?2_?|i_?n_?t_?6_?4_?|f_?l_?o_?a_?t_?|f_?l_?o_?a_?t_?3_?2_?|f_?l_?o_?a_?t_?6_?4_?|b_?o_?o_?l_?|c_?h_?a_?r_?|r_?a_?n_?g_?e_?|a_?r_?r_?a_?y_?|s_?e_?q_?|s_?e_?t_?|s_?t_?r_?i_?n_?g_?)\b"#,
                    Token(KeywordType),
                ),
                rule(
                    r#"(n_?i_?l_?|t_?r_?u_?e_?|f_?a_?l_?s_?e_?)\b"#,
                    Token(KeywordPseudo),
                ),
                rule(
                    r#"\b((?![_0-9])[a-zA-Z0-9_])(((?!_)[a-zA-Z0-9_])|(_(?!_)[a-zA-Z0-9_]))*"#,
                    Token(Name),
                ),
                rule(
                    r#"[0-9][0-9_]*(?=([eE.]|'?[fF](32|64)))"#,
                    Custom(|l, m| {
                        l.go(Push("floatsuffix"));
                        l.go(Push("floatnumber"));
                        l.token(NumFloat, m.get(0));
                    }),
                ),
                rule(
                    r#"0[xX][a-fA-F0-9][a-fA-F0-9_]*"#,
                    TokenThen(NumHex, Push("intsuffix")),
                ),
                rule(r#"0[bB][01][01_]*"#, TokenThen(Num, Push("intsuffix"))),
                rule(r#"0o[0-7][0-7_]*"#, TokenThen(NumOct, Push("intsuffix"))),
                rule(r#"[0-9][0-9_]*"#, TokenThen(NumInteger, Push("intsuffix"))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#".+$"#, Token(Error)),
            ],
        ),
    ])
});
