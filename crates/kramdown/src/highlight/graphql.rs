//! Rouge's `graphql` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::{self, *};

const NAME: &str = "[_A-Za-z][_0-9A-Za-z]*";

fn description(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(StrDouble, m.get(1));
    l.token(Whitespace, m.get(2));
    for (t, v) in super::markdown::lex(m.get(3)) {
        l.token(t, &v);
    }
    l.token(Whitespace, m.get(4));
    l.token(StrDouble, m.get(5));
}

/// Yields the match as `t`, then leaves the value unless in a list.
fn pop_unless_list(l: &mut Lexer<'_>, m: &Match<'_>, t: Tok) {
    l.token(t, m.get(0));
    if !l.top_is("list") {
        l.go(Pop(1));
    }
}

/// Yields a closing bracket: leaves its state, and the value it was in.
fn close_in_value(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(Punctuation, m.get(0));
    l.go(Pop(1));
    if l.top_is("value") {
        l.go(Pop(1));
    }
}

/// The language.
pub(crate) static GRAPHQL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(
                    r"\b(?:query|mutation|subscription)\b",
                    TokenThen(Keyword, Push("query_definition")),
                ),
                r(
                    r"\{",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("query_definition"));
                        l.go(Push("selection_set"));
                    }),
                ),
                r(
                    r"\bfragment\b",
                    TokenThen(Keyword, Push("fragment_definition")),
                ),
                r(r"\bscalar\b", TokenThen(Keyword, Push("value"))),
                r(
                    r"\b(?:type|interface|enum)\b",
                    TokenThen(Keyword, Push("type_definition")),
                ),
                r(
                    r"\b(?:input|schema)\b",
                    TokenThen(Keyword, Push("type_definition")),
                ),
                r(r"\bunion\b", TokenThen(Keyword, Push("union_definition"))),
                r(r"\bextend\b", Token(Keyword)),
                mixin("basic"),
                rf(r#"(""")(\n)(.*?)(\n)(""")"#, "m", Custom(description)),
            ],
        ),
        (
            "basic",
            vec![
                rf(r"\s+", "m", Token(Whitespace)),
                r("#.*$", Token(Comment)),
                r("[!,]", Token(Punctuation)),
            ],
        ),
        (
            "has_directives",
            vec![
                r(
                    &format!(r"(@{NAME})(\s*)(\()"),
                    GroupsThen(&[Keyword, Whitespace, Punctuation], Push("arguments")),
                ),
                r(&format!(r"@{NAME}\b"), Token(Keyword)),
            ],
        ),
        (
            "fragment_definition",
            vec![r(r"\bon\b", Token(Keyword)), mixin("query_definition")],
        ),
        (
            "query_definition",
            vec![
                mixin("has_directives"),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(r"\(", TokenThen(Punctuation, Push("variable_definitions"))),
                r(r"\{", TokenThen(Punctuation, Push("selection_set"))),
                mixin("basic"),
            ],
        ),
        (
            "type_definition",
            vec![
                r(r"\bimplements\b", Token(Keyword)),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(r"\(", TokenThen(Punctuation, Push("variable_definitions"))),
                r(r"\{", TokenThen(Punctuation, Push("type_definition_set"))),
                mixin("basic"),
            ],
        ),
        (
            "union_definition",
            vec![
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(
                    r"\=",
                    TokenThen(Punctuation, Push("union_definition_variant")),
                ),
                mixin("basic"),
            ],
        ),
        (
            "union_definition_variant",
            vec![
                r(
                    &format!(r"\b{NAME}\b"),
                    TokenThen(Name, Goto("union_definition_pipe")),
                ),
                mixin("basic"),
            ],
        ),
        (
            "union_definition_pipe",
            vec![
                r(
                    r"\|",
                    TokenThen(Punctuation, Goto("union_definition_variant")),
                ),
                r(r"(?!\||\s+|#[^\n]*)", Custom(|l, _| l.go(Pop(2)))),
                mixin("basic"),
            ],
        ),
        (
            "type_definition_set",
            vec![
                r(r"\}", TokenThen(Punctuation, Pop(2))),
                r(
                    &format!(r"\b({NAME})(\s*)(\()"),
                    GroupsThen(
                        &[Name, Whitespace, Punctuation],
                        Push("variable_definitions"),
                    ),
                ),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(":", TokenThen(Punctuation, Push("type_names"))),
                mixin("basic"),
            ],
        ),
        (
            "arguments",
            vec![
                r(r"\)", TokenThen(Punctuation, Pop(1))),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(":", TokenThen(Punctuation, Push("value"))),
                mixin("basic"),
            ],
        ),
        (
            "variable_definitions",
            vec![
                r(r"\)", TokenThen(Punctuation, Pop(1))),
                r(&format!(r"\${NAME}\b"), Token(NameVariable)),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(":", TokenThen(Punctuation, Push("type_names"))),
                r(r"\=", TokenThen(Punctuation, Push("value"))),
                mixin("basic"),
            ],
        ),
        (
            "type_names",
            vec![
                r(
                    r"\b(?:Int|Float|String|Boolean|ID)\b",
                    TokenThen(NameBuiltin, Pop(1)),
                ),
                r(&format!(r"\b{NAME}\b"), TokenThen(Name, Pop(1))),
                r(r"\[", TokenThen(Punctuation, Push("type_name_list"))),
                mixin("basic"),
            ],
        ),
        (
            "type_name_list",
            vec![
                r(r"\b(?:Int|Float|String|Boolean|ID)\b", Token(NameBuiltin)),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(r"\]", TokenThen(Punctuation, Pop(2))),
                mixin("basic"),
            ],
        ),
        (
            "selection_set",
            vec![
                mixin("has_directives"),
                r(
                    r"\}",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                        if l.top_is("query_definition") || l.top_is("fragment_definition") {
                            l.go(Pop(1));
                        }
                    }),
                ),
                r(
                    &format!(r"\b({NAME})(\s*)(\()"),
                    GroupsThen(&[Name, Whitespace, Punctuation], Push("arguments")),
                ),
                r(
                    &format!(r"\b({NAME})(\s*)(:)"),
                    Groups(&[Name, Whitespace, Punctuation]),
                ),
                r(&format!(r"\b{NAME}\b"), Token(Name)),
                r(
                    r"(\.\.\.)(\s+)(on)\b",
                    Groups(&[Punctuation, Whitespace, Keyword]),
                ),
                r(r"\.\.\.", Token(Punctuation)),
                r(r"\{", TokenThen(Punctuation, Push("selection_set"))),
                mixin("basic"),
            ],
        ),
        (
            "list",
            vec![r(r"\]", Custom(close_in_value)), mixin("value")],
        ),
        (
            "object",
            vec![
                r(r"\}", Custom(close_in_value)),
                r(
                    &format!(r"\b({NAME})(\s*)(:)"),
                    GroupsThen(&[Name, Whitespace, Punctuation], Push("value")),
                ),
                mixin("basic"),
            ],
        ),
        (
            "value",
            vec![
                rf(r#"""".*?""""#, "m", Token(StrDouble)),
                r(
                    &format!(r"\${NAME}\b"),
                    Custom(|l, m| pop_unless_list(l, m, NameVariable)),
                ),
                r(
                    r"\b(?:true|false|null)\b",
                    Custom(|l, m| pop_unless_list(l, m, KeywordConstant)),
                ),
                r(
                    r"[+-]?[0-9]+\.[0-9]+(?:[eE][+-]?[0-9]+)?",
                    Custom(|l, m| pop_unless_list(l, m, NumFloat)),
                ),
                r(
                    r"[+-]?[1-9][0-9]*(?:[eE][+-]?[0-9]+)?",
                    Custom(|l, m| pop_unless_list(l, m, NumInteger)),
                ),
                r(
                    r#""(\\[\\"]|[^"])*""#,
                    Custom(|l, m| pop_unless_list(l, m, StrDouble)),
                ),
                r(
                    &format!(r"\b{NAME}\b"),
                    Custom(|l, m| pop_unless_list(l, m, Name)),
                ),
                r(r"\{", TokenThen(Punctuation, Push("object"))),
                r(r"\[", TokenThen(Punctuation, Push("list"))),
                mixin("basic"),
            ],
        ),
    ])
});
