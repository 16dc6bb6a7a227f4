//! Rouge's `apiblueprint` lexer (apiblueprint, apib): Markdown with API Blueprint sections.

use std::sync::LazyLock;

use super::engine::{Action::*, Language};
use super::markdown;
use super::rb_regex::r;
use super::token::Tok::*;

/// The language.
pub(crate) static APIBLUEPRINT: LazyLock<Language> = LazyLock::new(|| {
    let mut states = markdown::states();
    for (name, rules) in &mut states {
        if *name == "root" {
            rules.splice(
                0..0,
                [
                    r(
                        r"(\S+)(:\s*)(.*)$",
                        Groups(&[NameVariable, Punctuation, Str]),
                    ),
                    r(
                        r"^(#+)(\s*Group\s+)(.*)$",
                        Groups(&[Punctuation, Keyword, GenericHeading]),
                    ),
                    r(
                        r"^(#+)(.*)(\[.*\])$",
                        Groups(&[Punctuation, GenericHeading, Str]),
                    ),
                    r(
                        r"^([\+\-\*])(\s*Relation:)(\s*.*)$",
                        Groups(&[Punctuation, Keyword, Str]),
                    ),
                    r(
                        r"^(\s+[\+\-\*]\s*)(Attributes|Parameters)(.*)$",
                        Groups(&[Punctuation, Keyword, Str]),
                    ),
                    r(
                        r"^([\+\-\*]\s*)(Request|Response)(\s+\d\d\d)?(.*)$",
                        Groups(&[Punctuation, Keyword, Num, Str]),
                    ),
                ],
            );
        }
    }
    Language::new(states)
});
