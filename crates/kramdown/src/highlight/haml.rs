//! Rouge's `haml` lexer (haml, HAML).

use std::sync::LazyLock;

use super::css::CSS;
use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::erb::ERB;
use super::html::HTML;
use super::javascript::JAVASCRIPT;
use super::markdown::MARKDOWN;
use super::rb_regex::{r, rf};
use super::ruby::RUBY;
use super::sass::SASS;
use super::token::Tok::*;

const IDENTIFIER: &str = r"[\w:-]+";
const RUBY_VAR: &str = r"[a-z]\w*";
/// Haml ignores ` |\n` (a wrapped line): a character, or that.
const DOT: &str = r"(?:[ ]\|\n(?=.*[ ]\|)|.)";

/// The lexer a `:filter` delegates to (Rouge's default filters; others come
/// out as the decorator token).
fn filter(name: &str) -> Option<&'static Language> {
    match name {
        "javascript" => Some(&JAVASCRIPT),
        "css" => Some(&CSS),
        "ruby" => Some(&RUBY),
        "erb" => Some(&ERB),
        "markdown" => Some(&MARKDOWN),
        "sass" => Some(&SASS),
        _ => None,
    }
}

/// The filters by number: the one in force is remembered as `counts[0]`.
const FILTERS: &[&str] = &["", "javascript", "css", "ruby", "erb", "markdown", "sass"];

fn filter_lexer(l: &Lexer<'_>) -> Option<&'static Language> {
    let i = usize::try_from(*l.counts.first()?).ok()?;
    filter(FILTERS.get(i)?)
}

/// Rouge's `reset_stack`: only `root` stays.
fn reset_stack(l: &mut Lexer<'_>) {
    l.go(Pop(usize::MAX));
    l.go(Goto("root"));
}

/// Rouge's `ruby!`: Ruby starts afresh in `state`.
fn ruby_bang(l: &mut Lexer<'_>, state: &'static str) {
    l.reset_delegate(&RUBY);
    l.go(Push(state));
}

/// Rouge's `Indentation#starts_block`: the block state is kept in `strings`
/// (state, indentation), the last indentation in `memo`.
fn starts_block(l: &mut Lexer<'_>, state: &str) {
    l.strings = vec![(state.to_owned(), l.memo.clone())];
}

/// Rouge's `Indentation#indentation`.
fn indentation(l: &mut Lexer<'_>, indent: &str) {
    l.memo = indent.to_owned();
    let block = l.strings.first().and_then(|(state, block_indent)| {
        if indent.starts_with(block_indent.as_str()) && indent != block_indent {
            match state.as_str() {
                "html_comment_block" => Some("html_comment_block"),
                "haml_comment_block" => Some("haml_comment_block"),
                "filter_block" => Some("filter_block"),
                _ => None,
            }
        } else {
            None
        }
    });
    match block {
        Some(state) => l.go(Push(state)),
        None => {
            l.strings.clear();
            l.go(Push("content"));
        }
    }
}

fn start_filter(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(NameDecorator, m.get(0));
    l.go(Pop(1));
    starts_block(l, "filter_block");
    let name = m
        .get(1)
        .trim_matches(|c: char| matches!(c, ' ' | '\t'..='\r' | '\0'));
    let index = FILTERS.iter().position(|f| !f.is_empty() && *f == name);
    l.counts = vec![index.map_or(0, |i| i64::try_from(i).unwrap_or(0))];
    if let Some(lang) = filter(name) {
        l.reset_delegate(lang);
    }
}

/// The language.
pub(crate) static HAML: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"\s*\n", Token(Text)),
                r(
                    r"\s*",
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        indentation(l, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "content",
            vec![
                mixin("css"),
                r(&format!("%{IDENTIFIER}"), TokenThen(NameTag, Goto("tag"))),
                r(&format!(r"!!!{DOT}*\n"), TokenThen(NameNamespace, Pop(1))),
                rf(
                    &format!(
                        r"
          (/) (\[{DOT}*?\]) ({DOT}*\n)
        "
                    ),
                    "x",
                    GroupsThen(&[Comment, CommentSpecial, Comment], Pop(1)),
                ),
                r(
                    &format!(r"/{DOT}*\n"),
                    Custom(|l, m| {
                        l.token(Comment, m.get(0));
                        l.go(Pop(1));
                        starts_block(l, "html_comment_block");
                    }),
                ),
                r(
                    &format!(r"-#{DOT}*\n"),
                    Custom(|l, m| {
                        l.token(Comment, m.get(0));
                        l.go(Pop(1));
                        starts_block(l, "haml_comment_block");
                    }),
                ),
                r(
                    "-",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        reset_stack(l);
                        ruby_bang(l, "ruby_line");
                    }),
                ),
                r(&format!(r":({DOT}*)\n"), Custom(start_filter)),
                mixin("eval_or_plain"),
            ],
        ),
        (
            "css",
            vec![
                r(
                    &format!(r"\.{IDENTIFIER}"),
                    TokenThen(NameClass, Goto("tag")),
                ),
                r(
                    &format!("#{IDENTIFIER}"),
                    TokenThen(NameFunction, Goto("tag")),
                ),
            ],
        ),
        (
            "tag",
            vec![
                mixin("css"),
                r(
                    "[{]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        ruby_bang(l, "ruby_tag");
                    }),
                ),
                r(
                    &format!(r"\[{DOT}*?\]"),
                    Custom(|l, m| l.delegate(&RUBY, m.get(0))),
                ),
                r(r"\(", TokenThen(Punctuation, Push("html_attributes"))),
                r(r"\s*\n", TokenThen(Text, Pop(1))),
                r(r"[<>]{1,2}(?=[ \t=])", Token(Punctuation)),
                mixin("eval_or_plain"),
            ],
        ),
        (
            "plain",
            vec![
                r(
                    r"([^#\n]|#[^{\n]|(\\\\)*\\#\{)+",
                    Custom(|l, m| l.delegate(&HTML, m.get(0))),
                ),
                mixin("interpolation"),
                r(
                    r"\n",
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        reset_stack(l);
                    }),
                ),
            ],
        ),
        (
            "eval_or_plain",
            vec![
                r("[&!]?==", TokenThen(Punctuation, Push("plain"))),
                r(
                    "[&!]?[=!]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        reset_stack(l);
                        ruby_bang(l, "ruby_line");
                    }),
                ),
                r("", Custom(|l, _| l.go(Push("plain")))),
            ],
        ),
        (
            "ruby_line",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                r(r",[ \t]*\n", Custom(|l, m| l.delegate(&RUBY, m.get(0)))),
                r(r"[ ]\|[ \t]*\n", Token(StrEscape)),
                r(
                    r".*?(?=(,$| \|)?[ \t]*$)",
                    Custom(|l, m| l.delegate(&RUBY, m.get(0))),
                ),
            ],
        ),
        ("ruby_tag", vec![mixin("ruby_inner")]),
        (
            "html_attributes",
            vec![
                r(r"\s+", Token(Text)),
                r(
                    &format!(r"{IDENTIFIER}\s*="),
                    TokenThen(NameAttribute, Push("html_attribute_value")),
                ),
                r(IDENTIFIER, Token(NameAttribute)),
                r(r"\)", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "html_attribute_value",
            vec![
                r(r"\s+", Token(Text)),
                r(RUBY_VAR, TokenThen(NameVariable, Pop(1))),
                r(
                    &format!("@{RUBY_VAR}"),
                    TokenThen(NameVariableInstance, Pop(1)),
                ),
                r(
                    &format!(r"\${RUBY_VAR}"),
                    TokenThen(NameVariableGlobal, Pop(1)),
                ),
                r(r"'(\\\\|\\'|[^'\n])*'", TokenThen(Str, Pop(1))),
                r(r#""(\\\\|\\"|[^"\n])*""#, TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "html_comment_block",
            vec![
                r(&format!("{DOT}+"), Token(Comment)),
                mixin("indented_block"),
            ],
        ),
        (
            "haml_comment_block",
            vec![
                r(&format!("{DOT}+"), Token(CommentPreproc)),
                mixin("indented_block"),
            ],
        ),
        (
            "filter_block",
            vec![
                r(
                    r"([^#\n]|#[^{\n]|(\\\\)*\\#\{)+",
                    Custom(|l, m| match filter_lexer(l) {
                        Some(lang) => l.delegate(lang, m.get(0)),
                        None => l.token(NameDecorator, m.get(0)),
                    }),
                ),
                mixin("interpolation"),
                mixin("indented_block"),
            ],
        ),
        (
            "interpolation",
            vec![r("#[{]", TokenThen(StrInterpol, Push("ruby")))],
        ),
        (
            "ruby",
            vec![
                r("[}]", TokenThen(StrInterpol, Pop(1))),
                mixin("ruby_inner"),
            ],
        ),
        (
            "ruby_inner",
            vec![
                r(
                    "[{]",
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                        l.go(Push("ruby_inner"));
                    }),
                ),
                r(
                    "[}]",
                    Custom(|l, m| {
                        l.delegate(&RUBY, m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                r("[^{}]+", Custom(|l, m| l.delegate(&RUBY, m.get(0)))),
            ],
        ),
        (
            "indented_block",
            vec![r(
                r"\n",
                Custom(|l, m| {
                    l.token(Text, m.get(0));
                    reset_stack(l);
                }),
            )],
        ),
    ])
});
