//! Rouge's `twig` lexer: Jinja's rules with Twig's words (Rouge's `Twig <
//! Jinja`, which overrides `keywords`, `tests`, `pseudo_keywords` and
//! `word_operators`).

use std::sync::LazyLock;

use super::engine::Language;

pub(crate) const KEYWORDS: &[&str] = &[
    "as",
    "do",
    "extends",
    "flush",
    "from",
    "import",
    "include",
    "use",
    "else",
    "starts",
    "ends",
    "with",
    "without",
    "autoescape",
    "endautoescape",
    "block",
    "endblock",
    "embed",
    "endembed",
    "filter",
    "endfilter",
    "for",
    "endfor",
    "if",
    "endif",
    "macro",
    "endmacro",
    "sandbox",
    "endsandbox",
    "set",
    "endset",
    "spaceless",
    "endspaceless",
];
pub(crate) const PSEUDO_KEYWORDS: &[&str] = &["true", "false", "none"];
pub(crate) const TESTS: &[&str] = &[
    "constant",
    "defined",
    "divisibleby",
    "empty",
    "even",
    "iterable",
    "null",
    "odd",
    "sameas",
];
pub(crate) const WORD_OPERATORS: &[&str] =
    &["b-and", "b-or", "b-xor", "is", "in", "and", "or", "not"];

/// The language.
pub(crate) static TWIG: LazyLock<Language> =
    LazyLock::new(|| super::jinja::language().subclass("twig", Vec::new()));
