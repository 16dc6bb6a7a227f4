//! Rouge's `liquid` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin, rule, rule_followed};
use super::token::Tok::{self, *};

const S: &str = r"[ \t\n\r\x0B\x0C]";
const NS: &str = r"[^ \t\n\r\x0B\x0C]";
const B: &str = r"\b";

/// `'…'` somewhere: single-quoted; `"…"`: double-quoted; else `other`.
fn quoted_class(text: &str, other: Tok) -> Tok {
    let has = |q: char| {
        let mut parts = text.splitn(3, q);
        parts.next();
        parts.next().is_some() && parts.next().is_some()
    };
    if has('\'') {
        StrSingle
    } else if has('"') {
        StrDouble
    } else {
        other
    }
}

fn reset_stack(l: &mut Lexer<'_>) {
    l.go(Pop(usize::MAX));
    l.go(Goto("root"));
}

fn cycle(l: &mut Lexer<'_>, m: &Match<'_>) {
    let class = quoted_class(m.get(3), NameAttribute);
    l.groups(
        &[
            NameTag,
            Whitespace,
            class,
            Whitespace,
            Punctuation,
            Whitespace,
        ],
        m,
    );
    l.go(Push("variable_tag_markup"));
}

fn for_loop(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.groups(
        &[
            NameTag,
            Whitespace,
            NameVariable,
            Whitespace,
            NameTag,
            Whitespace,
        ],
        m,
    );
    l.token(quoted_class(m.get(7), NameVariable), m.get(7));
    l.token(Whitespace, m.get(8));
    l.go(Push("tag_markup"));
}

/// The language.
pub(crate) static LIQUID: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r"[^\{]+", Token(Text)),
                rule(
                    &format!(r"(\{{%-?)({S}*)"),
                    GroupsThen(&[Punctuation, Whitespace], Push("tag_or_block")),
                ),
                rule(
                    &format!(r"(\{{\{{-?)({S}*)"),
                    GroupsThen(&[Punctuation, Whitespace], Push("output")),
                ),
                rule(r"\{", Token(Text)),
            ],
        ),
        (
            "tag_or_block",
            vec![
                rule(
                    &format!("(if|elsif|unless|case){B}"),
                    TokenThen(KeywordReserved, Push("condition")),
                ),
                rule(
                    &format!("(when){B}"),
                    TokenThen(KeywordReserved, Push("when")),
                ),
                rule(
                    &format!(r"(else)({S}*)(-?%\}})"),
                    GroupsThen(&[KeywordReserved, Whitespace, Punctuation], Pop(1)),
                ),
                rule(
                    &format!(
                        r"(capture|(?:in|de)crement)({S}+)([^ \t\n\r\x0B\x0C%]+)({S}*)(-?%\}})"
                    ),
                    GroupsThen(
                        &[NameTag, Whitespace, NameVariable, Whitespace, Punctuation],
                        Pop(1),
                    ),
                ),
                rule(
                    &format!(r"(comment)({S}*)(-?%\}})"),
                    GroupsThen(&[NameTag, Whitespace, Punctuation], Push("comment")),
                ),
                rule(
                    &format!(r"(raw)({S}*)(-?%\}})"),
                    GroupsThen(&[NameTag, Whitespace, Punctuation], Push("raw")),
                ),
                rule(
                    &format!(r"(end(?:if|unless|case))({S}*)(-?%\}})"),
                    GroupsThen(&[KeywordReserved, Whitespace, Punctuation], Pop(1)),
                ),
                rule(
                    &format!(r"(end(?:[^ \t\n\r\x0B\x0C%]+))({S}*)(-?%\}})"),
                    GroupsThen(&[NameTag, Whitespace, Punctuation], Pop(1)),
                ),
                rule(
                    &format!("(assign|echo){B}"),
                    TokenThen(NameTag, Push("assign")),
                ),
                rule(
                    &format!("(include|render){B}"),
                    TokenThen(NameTag, Push("include")),
                ),
                rule(
                    &format!(r"(cycle)({S}+)(?:([^ \t\n\r\x0B\x0C:]*)({S}*)(:))?({S}*)"),
                    Custom(cycle),
                ),
                rule(
                    &format!(
                        r#"(for|tablerow)({S}+)([A-Za-z0-9_-]+)({S}+)(in)({S}+)((?:[^ \t\n\r\x0B\x0C%,|'"]|(?:"[^"]*"|'[^']*'))+)({S}*)"#
                    ),
                    Custom(for_loop),
                ),
                rule(
                    &format!(r"([^ \t\n\r\x0B\x0C%]+)({S}*)"),
                    GroupsThen(&[NameTag, Whitespace], Push("tag_markup")),
                ),
            ],
        ),
        (
            "output",
            vec![
                rule(
                    &format!(r"(\|)({S}*)([a-zA-Z_][^ \t\n\r\x0B\x0C}}|:]*)"),
                    GroupsThen(&[Punctuation, Whitespace, NameFunction], Push("filters")),
                ),
                mixin("end_of_tag"),
                mixin("generic"),
            ],
        ),
        (
            "filters",
            vec![
                rule(
                    &format!(r"(\|)({S}*)([a-zA-Z_][^ \t\n\r\x0B\x0C%}}|:]*)"),
                    Groups(&[Punctuation, Whitespace, NameFunction]),
                ),
                mixin("end_of_tag"),
                mixin("end_of_block"),
                mixin("variable_param_markup"),
            ],
        ),
        (
            "condition",
            vec![
                rule("([=!]=|[<>]=?)", Token(Operator)),
                rule(&format!("(and|or|contains){B}"), Token(OperatorWord)),
                mixin("end_of_block"),
                mixin("generic"),
            ],
        ),
        ("when", vec![mixin("end_of_block"), mixin("generic")]),
        (
            "end_of_tag",
            vec![rule(
                r"-?\}\}",
                Custom(|l, m| {
                    l.token(Punctuation, m.get(0));
                    reset_stack(l);
                }),
            )],
        ),
        (
            "end_of_block",
            vec![rule(
                r"-?%\}",
                Custom(|l, m| {
                    l.token(Punctuation, m.get(0));
                    reset_stack(l);
                }),
            )],
        ),
        (
            "param_markup",
            vec![
                mixin("whitespace"),
                mixin("keyword"),
                mixin("string"),
                mixin("number"),
                rule(
                    &format!("([^ \t\n\r\x0B\x0C=:]+)({S}*)(=|:)"),
                    Groups(&[NameAttribute, Whitespace, Operator]),
                ),
                rule("[,:]", Token(Punctuation)),
            ],
        ),
        (
            "default_param_markup",
            vec![mixin("param_markup"), rule(&format!("{NS}+"), Token(Text))],
        ),
        (
            "variable_param_markup",
            vec![
                mixin("param_markup"),
                mixin("variable"),
                rule(&format!("{NS}+"), Token(Text)),
            ],
        ),
        (
            "tag_markup",
            vec![
                rule(&format!("(reversed){B}"), Token(NameAttribute)),
                mixin("end_of_block"),
                mixin("default_param_markup"),
            ],
        ),
        (
            "variable_tag_markup",
            vec![mixin("end_of_block"), mixin("variable_param_markup")],
        ),
        (
            "keyword",
            vec![rule(
                &format!("(false|true|nil){B}"),
                Token(KeywordConstant),
            )],
        ),
        (
            "variable",
            vec![
                rule(
                    &format!(r"(empty|blank|forloop\.[^ \t\n\r\x0B\x0C%}}|:]+){B}"),
                    Token(NameBuiltin),
                ),
                rule_followed(r"\.", "[A-Za-z0-9_]", Token(Punctuation)),
                rule(r"\[|\]", Token(Punctuation)),
                rule(&format!("(first|last|size){B}"), Token(NameFunction)),
                rule(r"[a-zA-Z_][A-Za-z0-9_-]*\??", Token(NameVariable)),
            ],
        ),
        (
            "string",
            vec![
                rule("'[^']*'", Token(StrSingle)),
                rule("\"[^\"]*\"", Token(StrDouble)),
            ],
        ),
        (
            "number",
            vec![
                rule("-", Token(Operator)),
                rule(r"[0-9]+\.[0-9]+", Token(NumFloat)),
                rule("[0-9]+", Token(NumInteger)),
            ],
        ),
        (
            "generic",
            vec![
                mixin("whitespace"),
                mixin("keyword"),
                mixin("string"),
                mixin("number"),
                mixin("variable"),
            ],
        ),
        ("whitespace", vec![rule(r"[ \t]+", Token(Whitespace))]),
        (
            "comment",
            vec![
                rule(r"[^\{]+", Token(Comment)),
                rule(
                    &format!(r"(\{{%-?)({S}*)(endcomment)({S}*)(-?%\}})"),
                    Custom(|l, m| {
                        l.groups(
                            &[Punctuation, Whitespace, NameTag, Whitespace, Punctuation],
                            m,
                        );
                        reset_stack(l);
                    }),
                ),
                rule(r"\{", Token(Comment)),
            ],
        ),
        (
            "raw",
            vec![
                rule(r"[^\{]+", Token(Text)),
                rule(
                    &format!(r"(\{{%-?)({S}*)(endraw)({S}*)(-?%\}})"),
                    Custom(|l, m| {
                        l.groups(
                            &[Punctuation, Whitespace, NameTag, Whitespace, Punctuation],
                            m,
                        );
                        reset_stack(l);
                    }),
                ),
                rule(r"\{", Token(Text)),
            ],
        ),
        (
            "assign",
            vec![
                rule("=", Token(Operator)),
                rule(
                    &format!(r"(\|)({S}*)([a-zA-Z_][^ \t\n\r\x0B\x0C%|:]*)"),
                    GroupsThen(&[Punctuation, Whitespace, NameFunction], Push("filters")),
                ),
                mixin("end_of_block"),
                mixin("generic"),
            ],
        ),
        (
            "include",
            vec![
                rule(
                    &format!(r"(\{{\{{-?)({S}*)"),
                    GroupsThen(&[Punctuation, Whitespace], Push("output_embed")),
                ),
                rule(&format!("(with|for){B}"), Token(NameTag)),
                rule(
                    &format!(r"[/A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+{B}"),
                    Token(Text),
                ),
                mixin("variable_tag_markup"),
            ],
        ),
        (
            "output_embed",
            vec![
                rule(
                    &format!(r"(\|)({S}*)([a-zA-Z_][^ \t\n\r\x0B\x0C}}|:]*)"),
                    Groups(&[Punctuation, Whitespace, NameFunction]),
                ),
                rule(r"-?\}\}", TokenThen(Punctuation, Pop(1))),
                mixin("variable_param_markup"),
            ],
        ),
    ])
});
