//! Rouge's `jinja` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::html::HTML;
use super::token::Tok::*;
use super::twig;

const TESTS: &[&str] = &[
    "callable",
    "defined",
    "divisibleby",
    "equalto",
    "escaped",
    "even",
    "iterable",
    "lower",
    "mapping",
    "none",
    "number",
    "odd",
    "sameas",
    "sequence",
    "string",
    "undefined",
    "upper",
];
const KEYWORDS: &[&str] = &[
    "as",
    "autoescape",
    "block",
    "call",
    "context",
    "do",
    "else",
    "endautoescape",
    "endblock",
    "endcall",
    "endfilter",
    "endfor",
    "endif",
    "endmacro",
    "endset",
    "endtrans",
    "endwith",
    "extends",
    "filter",
    "for",
    "from",
    "if",
    "ignore",
    "import",
    "include",
    "macro",
    "missing",
    "recursive",
    "reversed",
    "scoped",
    "set",
    "trans",
    "with",
    "without",
];
const PSEUDO_KEYWORDS: &[&str] = &["False", "None", "True", "false", "none", "true"];
const WORD_OPERATORS: &[&str] = &["and", "in", "is", "not", "or"];

/// The `jinja` language.
pub(crate) static JINJA: LazyLock<Language> = LazyLock::new(language);

/// Jinja's states, which Twig shares.
pub(crate) fn language() -> Language {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"\{#"#, TokenThen(Comment, Push("comment"))),
                rule(r#"##.*"#, Token(Comment)),
                rule(
                    r#"(\{%-?)([ \t\n\r\x0B\x0C]*)(raw|verbatim)([ \t\n\r\x0B\x0C]*)(-?%\})"#,
                    Custom(|l, m| {
                        l.groups(&[CommentPreproc, Text, Keyword, Text, CommentPreproc], m);
                        match m.get(3) {
                            "raw" => l.go(Push("raw")),
                            "verbatim" => l.go(Push("verbatim")),
                            _ => {}
                        }
                    }),
                ),
                rule(r#"\{%"#, TokenThen(CommentPreproc, Push("statement"))),
                rule(r#"\{\{"#, TokenThen(CommentPreproc, Push("expression"))),
                rule(
                    r#"(?s)(.+?)(?=\\|\{\{|\{%|\{#|##)"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
                rule(
                    r#"(?s).+"#,
                    Custom(|l, m| l.delegate_parent(&HTML, m.get(0))),
                ),
            ],
        ),
        (
            "filter",
            vec![rule(
                r#"(\|[ \t\n\r\x0B\x0C]*)([a-zA-Z0-9_]+)"#,
                Groups(&[Operator, NameFunction]),
            )],
        ),
        (
            "function",
            vec![rule(
                r#"([a-zA-Z0-9_]+)(\()"#,
                Groups(&[NameFunction, Punctuation]),
            )],
        ),
        ("text", vec![rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text))]),
        (
            "literal",
            vec![
                rule(r#""(\\.|.)*?""#, Token(StrDouble)),
                rule(r#"'(\\.|.)*?'"#, Token(StrSingle)),
                rule(r#"[0-9]+(?=\}[ \t\n\r\x0B\x0C])"#, Token(Num)),
                rule(r#"(\+|\-|\*|//?|\*\*?|=)"#, Token(Operator)),
                rule(r#"(<=?|>=?|===?|!=)"#, Token(Operator)),
                rule(r#","#, Token(Punctuation)),
                rule(r#"\["#, Token(Punctuation)),
                rule(r#"\]"#, Token(Punctuation)),
                rule(r#"\("#, Token(Punctuation)),
                rule(r#"\)"#, Token(Punctuation)),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"(?s)[^#]+"#, Token(Comment)),
                rule(r#"#\}"#, TokenThen(Comment, Pop(1))),
                rule(r#"#"#, Token(Comment)),
            ],
        ),
        (
            "expression",
            vec![
                rule(r#"(?s)[a-zA-Z0-9_]+\.?"#, Token(NameVariable)),
                mixin("filter"),
                mixin("function"),
                mixin("literal"),
                mixin("text"),
                rule(r#"%\}|\}\}"#, TokenThen(CommentPreproc, Pop(1))),
            ],
        ),
        (
            "statement",
            vec![
                rule(
                    r#"([a-zA-Z0-9_]+\.?)"#,
                    Custom(|l, m| {
                        let (keywords, pseudo_keywords, word_operators, tests) =
                            if l.variant() == "twig" {
                                (
                                    twig::KEYWORDS,
                                    twig::PSEUDO_KEYWORDS,
                                    twig::WORD_OPERATORS,
                                    twig::TESTS,
                                )
                            } else {
                                (KEYWORDS, PSEUDO_KEYWORDS, WORD_OPERATORS, TESTS)
                            };
                        if keywords.contains(&m.get(0)) {
                            l.groups(&[Keyword], m);
                        } else if pseudo_keywords.contains(&m.get(0)) {
                            l.groups(&[KeywordPseudo], m);
                        } else if word_operators.contains(&m.get(0)) {
                            l.groups(&[OperatorWord], m);
                        } else if tests.contains(&m.get(0)) {
                            l.groups(&[NameBuiltin], m);
                        } else {
                            l.groups(&[NameVariable], m);
                        }
                    }),
                ),
                mixin("filter"),
                mixin("function"),
                mixin("literal"),
                mixin("text"),
                rule(r#"%\}"#, TokenThen(CommentPreproc, Pop(1))),
            ],
        ),
        (
            "raw",
            vec![
                rule(
                    r#"(\{%-?)([ \t\n\r\x0B\x0C]*)(endraw)([ \t\n\r\x0B\x0C]*)(-?%\})"#,
                    GroupsThen(
                        &[CommentPreproc, Text, Keyword, Text, CommentPreproc],
                        Pop(1),
                    ),
                ),
                rule(r#"[^{]+"#, Token(Text)),
                rule(r#"\{"#, Token(Text)),
            ],
        ),
        (
            "verbatim",
            vec![
                rule(
                    r#"(\{%-?)([ \t\n\r\x0B\x0C]*)(endverbatim)([ \t\n\r\x0B\x0C]*)(-?%\})"#,
                    GroupsThen(
                        &[CommentPreproc, Text, Keyword, Text, CommentPreproc],
                        Pop(1),
                    ),
                ),
                rule(r#"[^{]+"#, Token(Text)),
                rule(r#"\{"#, Token(Text)),
            ],
        ),
    ])
}
