//! Rouge's `docker` lexer (docker, dockerfile, Dockerfile).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*};
use super::rb_regex::{r, rf};
use super::shell::SHELL;
use super::token::Tok::*;

const KEYWORDS: &str = "FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL";

fn run(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(Keyword, m.get(0));
    l.go(Push("run"));
    l.reset_delegate(&SHELL);
}

/// The language.
pub(crate) static DOCKER: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"\s+", Token(Text)),
                rf(
                    r"^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)",
                    "i",
                    Groups(&[
                        Keyword, Whitespace, Str, Whitespace, Keyword, Whitespace, Str,
                    ]),
                ),
                rf(
                    &format!(r"^(ONBUILD)(\s+)({KEYWORDS})(.*)"),
                    "i",
                    Groups(&[Keyword, Whitespace, Keyword, Str]),
                ),
                rf(
                    &format!(r"^({KEYWORDS})\b(.*)"),
                    "i",
                    Groups(&[Keyword, Str]),
                ),
                r(r"#.*?$", Token(Comment)),
                rf(r"^(ONBUILD\s+)?RUN(\s+)", "i", Custom(run)),
                r(r"\w+", Token(Text)),
                r(r"[^\w]+", Token(Text)),
                r(r".", Token(Text)),
            ],
        ),
        (
            "run",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                rf(r"\\.", "m", Token(StrEscape)),
                r(
                    r"(\\.|[^\n\\])+",
                    Custom(|l, m| l.delegate(&SHELL, m.get(0))),
                ),
            ],
        ),
    ])
});
