//! Rouge's `yaml` lexer, which tracks indentation to tell keys, block
//! scalars and plain scalars apart.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule};
use super::token::Tok::*;

const PLAIN_START: &str = r#"[^ \t\n\r\x0C\x0B?:,\[\]{}#&*!|>'"%@`]"#;

fn indent(l: &Lexer<'_>) -> usize {
    l.indents.last().copied().unwrap_or(0)
}

fn reset_indent(l: &mut Lexer<'_>) {
    l.indents = vec![0];
    l.next_indent = 0;
    l.block_indent = None;
}

/// Splits leading spaces into what is still indentation and what is an error.
fn save_indent<'m>(l: &mut Lexer<'_>, m: &'m str) -> (&'m str, &'m str) {
    l.next_indent = m.len();
    if l.next_indent < indent(l) {
        while l.next_indent < indent(l) && l.indents.len() > 1 {
            l.indents.pop();
        }
        let i = indent(l).min(m.len());
        (&m[..i], &m[i..])
    } else {
        (m, "")
    }
}

/// Rouge's `set_indent`: the indentation reached becomes a level; an
/// explicit indicator (`implicit` false) adds its own width.
pub(crate) fn set_indent(l: &mut Lexer<'_>, m: &str, implicit: bool) {
    if indent(l) < l.next_indent {
        let n = l.next_indent;
        l.indents.push(n);
    }
    if !implicit {
        l.next_indent += m.len();
    }
}

/// Ruby's `String#to_i`: leading sign and digits, else 0.
fn ruby_to_i(s: &str) -> i64 {
    let t = s.trim_start();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => (-1, rest),
        None => (1, t.strip_prefix('+').unwrap_or(t)),
    };
    let n: String = digits.chars().take_while(char::is_ascii_digit).collect();
    sign * n.parse::<i64>().unwrap_or(0)
}

fn directive(l: &mut Lexer<'_>, m: &Match<'_>, next: &'static str) {
    l.token(NameTag, m.get(0));
    reset_indent(l);
    l.go(Push(next));
}

/// The language.
pub(crate) static YAML: LazyLock<Language> = LazyLock::new(|| Language::new(states()));

/// The states of the `yaml` lexer (the lexers built on it add theirs).
pub(crate) fn states() -> Vec<(&'static str, Vec<Rule>)> {
    vec![
        ("basic", vec![rule("#.*$", Token(CommentSingle))]),
        (
            "root",
            vec![
                mixin("basic"),
                rule(r"\n+", Token(Text)),
                rule("[ ]+(?=#|$)", Token(Text)),
                rule(
                    r"^%YAML\b",
                    Custom(|l, m| directive(l, m, "yaml_directive")),
                ),
                rule(r"^%TAG\b", Custom(|l, m| directive(l, m, "tag_directive"))),
                rule(
                    r"^(?:---|\.\.\.)(?= |$)",
                    Custom(|l, m| {
                        l.token(NameNamespace, m.get(0));
                        reset_indent(l);
                        l.go(Push("block_line"));
                    }),
                ),
                rule(
                    r"[ ]*(?![ \t\n\r\x0B\x0C]|$)",
                    Custom(|l, m| {
                        let (text, err) = save_indent(l, m.get(0));
                        l.token(Text, text);
                        l.token(Error, err);
                        l.go(Push("block_line"));
                        l.go(Push("indentation"));
                    }),
                ),
            ],
        ),
        (
            "indentation",
            vec![
                rule(r"[ \t\n\r\x0B\x0C]*?\n", TokenThen(Text, Pop(2))),
                rule(
                    "[ ]+(?=[-:?](?:[ ]|$))",
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        l.next_indent += m.get(0).len();
                    }),
                ),
                rule(
                    "[?:-](?=[ ]|$)",
                    Custom(|l, m| {
                        set_indent(l, m.get(0), false);
                        l.token(PunctuationIndicator, m.get(0));
                    }),
                ),
                rule(
                    "[ ]*",
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        l.next_indent += m.get(0).len();
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "block_line",
            vec![
                rule("[ ]*(?=#|$)", TokenThen(Text, Pop(1))),
                rule("[ ]+", Token(Text)),
                mixin("descriptors"),
                mixin("block_nodes"),
                mixin("flow_nodes"),
                rule(
                    &format!(r"(?={PLAIN_START}|[?:-][^ \t\n\r\x0C\x0B])"),
                    TokenThen(NameVariable, Push("plain_scalar_in_block_context")),
                ),
            ],
        ),
        (
            "descriptors",
            vec![
                rule(
                    r"!<[0-9A-Za-z;/?:@&=+$,_.!~*'()\[\]%-]+>",
                    Token(KeywordType),
                ),
                rule(
                    r"(?:![A-Za-z0-9_-]+)?!(?:[A-Za-z0-9_;/?:@&=+$,.!~*'()\[\]%-]*)",
                    Token(KeywordType),
                ),
                rule(r"&[\p{L}\p{Nl}\p{Nd}_-]+", Token(NameLabel)),
                rule(r"\*[\p{L}\p{Nl}\p{Nd}_-]+", Token(NameVariable)),
            ],
        ),
        (
            "block_nodes",
            vec![
                rule(
                    r#"([^#,:?\[\]{}"'\n]+)(:)(?=[ \t\n\r\x0B\x0C]|$)"#,
                    Custom(|l, m| {
                        l.groups(&[NameAttribute, PunctuationIndicator], m);
                        set_indent(l, m.get(0), true);
                    }),
                ),
                rule(
                    r"[|>][+-]?",
                    Custom(|l, m| {
                        l.token(PunctuationIndicator, m.get(0));
                        l.go(Push("block_scalar_content"));
                        l.go(Push("block_scalar_header"));
                    }),
                ),
            ],
        ),
        (
            "flow_nodes",
            vec![
                rule(
                    r"\[",
                    TokenThen(PunctuationIndicator, Push("flow_sequence")),
                ),
                rule(r"\{", TokenThen(PunctuationIndicator, Push("flow_mapping"))),
                rule("'", TokenThen(StrSingle, Push("single_quoted_scalar"))),
                rule("\"", TokenThen(StrDouble, Push("double_quoted_scalar"))),
            ],
        ),
        (
            "flow_collection",
            vec![
                rule(r"[ \t\n\r\x0B\x0C]+", Token(Text)),
                mixin("basic"),
                rule("[?:,]", Token(PunctuationIndicator)),
                mixin("descriptors"),
                mixin("flow_nodes"),
                rule(
                    &format!("(?={PLAIN_START})"),
                    TokenThen(Text, Push("plain_scalar_in_flow_context")),
                ),
            ],
        ),
        (
            "flow_sequence",
            vec![
                rule(r"\]", TokenThen(PunctuationIndicator, Pop(1))),
                mixin("flow_collection"),
            ],
        ),
        (
            "flow_mapping",
            vec![
                rule(r"\}", TokenThen(PunctuationIndicator, Pop(1))),
                mixin("flow_collection"),
            ],
        ),
        (
            "block_scalar_content",
            vec![
                rule(r"\n+", Token(Text)),
                rule(
                    "^[ ]+$",
                    Custom(|l, m| {
                        let text = m.get(0);
                        let mark = l.block_indent.unwrap_or(text.len());
                        l.token(Text, &text[..mark.min(text.len())]);
                        l.token(NameConstant, text.get(mark..).unwrap_or(""));
                    }),
                ),
                rule(
                    "^[ ]*",
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        let size = m.get(0).len();
                        let dedent_level = l.block_indent.unwrap_or_else(|| indent(l));
                        if l.block_indent.is_none() {
                            l.block_indent = Some(size);
                        }
                        if size < dedent_level {
                            save_indent(l, m.get(0));
                            l.go(Pop(1));
                            l.go(Push("indentation"));
                        }
                    }),
                ),
                rule(r"[^\n\r\x0C\x0B]+", Token(Str)),
            ],
        ),
        (
            "block_scalar_header",
            vec![rule(
                "(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)",
                Custom(|l, m| {
                    l.block_indent = None;
                    l.go(Goto("ignored_line"));
                    if m.get(0).is_empty() {
                        return;
                    }
                    let base = indent(l) as i64;
                    l.block_indent = usize::try_from(base + ruby_to_i(m.get(1))).ok();
                    l.token(PunctuationIndicator, m.get(0));
                }),
            )],
        ),
        (
            "ignored_line",
            vec![
                mixin("basic"),
                rule("[ ]+", Token(Text)),
                rule(r"\n", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "quoted_scalar_whitespaces",
            vec![
                rule("^[ ]+", Token(Text)),
                rule("[ ]+$", Token(Text)),
                rule(r"\n+", Token(Text)),
                rule("[ ]+", Token(NameVariable)),
            ],
        ),
        (
            "single_quoted_scalar",
            vec![
                mixin("quoted_scalar_whitespaces"),
                rule(r"\\'", Token(StrEscape)),
                rule("'", TokenThen(Str, Pop(1))),
                rule(r"[^ \t\n\r\x0B\x0C']+", Token(Str)),
            ],
        ),
        (
            "double_quoted_scalar",
            vec![
                rule("\"", TokenThen(Str, Pop(1))),
                mixin("quoted_scalar_whitespaces"),
                rule(r#"\\[0abt\tn\nvfre "\\N_LP]"#, Token(StrEscape)),
                rule(
                    r"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})",
                    Token(StrEscape),
                ),
                rule(r#"[^ \t\n\r\x0C\x0B"\\]+"#, Token(Str)),
            ],
        ),
        (
            "plain_scalar_in_block_context_new_line",
            vec![
                rule(r"^[ ]+\n", Token(Text)),
                rule(r"\n+", Token(Text)),
                rule(r"^(?=---|\.\.\.)", Custom(|l, _| l.go(Pop(3)))),
                rule(
                    "^[ ]*",
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        l.go(Pop(1));
                        if m.get(0).len() <= indent(l) {
                            l.go(Pop(1));
                            save_indent(l, m.get(0));
                            l.go(Push("indentation"));
                        }
                    }),
                ),
            ],
        ),
        (
            "plain_scalar_in_block_context",
            vec![
                rule("[ ]*(?=:[ \n]|:$)", TokenThen(Text, Pop(1))),
                rule(r"[ ]*:[^ \t\n\r\x0B\x0C]+", Token(Str)),
                rule("[ ]+(?=#)", TokenThen(Text, Pop(1))),
                rule("[ ]+$", Token(Text)),
                rule(
                    r"\n+",
                    TokenThen(Text, Push("plain_scalar_in_block_context_new_line")),
                ),
                rule("[ ]+", Token(Str)),
                rule("true|false|null", Token(NameConstant)),
                rule(
                    r"[0-9]+(?:\.[0-9]+)?(?=(\r?\n)| +#)",
                    TokenThen(Num, Pop(1)),
                ),
                rule(r"[^ \t\n\r\x0B\x0C:]+", Token(Str)),
            ],
        ),
        (
            "plain_scalar_in_flow_context",
            vec![
                rule(r"[ ]*(?=[,:?\[\]{}])", TokenThen(Text, Pop(1))),
                rule("[ ]+(?=#)", TokenThen(Text, Pop(1))),
                rule("^[ ]+", Token(Text)),
                rule("[ ]+$", Token(Text)),
                rule(r"\n+", Token(Text)),
                rule("[ ]+", Token(NameVariable)),
                rule(r"[^ \t\n\r\x0B\x0C,:?\[\]{}]+", Token(NameVariable)),
            ],
        ),
        (
            "yaml_directive",
            vec![rule(
                r"([ ]+)([0-9]+\.[0-9]+)",
                GroupsThen(&[Text, Num], Goto("ignored_line")),
            )],
        ),
        (
            "tag_directive",
            vec![rule(
                r"([ ]+)(!|![A-Za-z0-9_-]*!)([ ]+)(!|!?[A-Za-z0-9_;/?:@&=+$,.!~*'()\[\]%-]+)",
                GroupsThen(
                    &[Text, KeywordType, Text, KeywordType],
                    Goto("ignored_line"),
                ),
            )],
        ),
    ]
}
