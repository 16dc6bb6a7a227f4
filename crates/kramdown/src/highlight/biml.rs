//! Rouge's `biml` lexer: XML with `<# … #>` directives in C#.

use std::sync::LazyLock;

use super::csharp::CSHARP;
use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;
use super::xml;

/// The language.
pub(crate) static BIML: LazyLock<Language> = LazyLock::new(|| {
    let mut states = xml::states();
    for (name, rules) in &mut states {
        if *name == "root" {
            rules.splice(
                0..0,
                [
                    rf(r"<#\@\s*", "m", TokenThen(NameTag, Push("directive_tag"))),
                    rf(
                        r"<#[=]?\s*",
                        "m",
                        TokenThen(NameTag, Push("directive_as_csharp")),
                    ),
                ],
            );
        }
    }
    states.push((
        "directive_as_csharp",
        vec![
            rf(r"\s*#>\s*", "m", TokenThen(NameTag, Pop(1))),
            rf(
                r".*?(?=\s*#>\s*)",
                "m",
                Custom(|l, m| l.recurse_with(&CSHARP, m.get(0))),
            ),
        ],
    ));
    states.push((
        "directive_tag",
        vec![
            rf(r"\s+", "m", Token(Text)),
            rf(r"[\w.:-]+\s*=", "m", TokenThen(NameAttribute, Push("attr"))),
            rf(r"\w+\s*", "m", Token(NameAttribute)),
            r(r"/?\s*#>", TokenThen(NameTag, Pop(1))),
        ],
    ));
    Language::new(states)
});
