//! Rouge's `lean` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const TYPES: &[&str] = &["Prop", "Sort", "Type"];
const KEYWORDS: &[&str] = &[
    "#check",
    "#eval",
    "#print",
    "#reduce",
    "abbreviation",
    "add_rewrite",
    "alias",
    "assume",
    "axiom",
    "begin",
    "by",
    "calc",
    "calc_refl",
    "calc_subst",
    "calc_trans",
    "coercion",
    "conjecture",
    "constant",
    "constants",
    "context",
    "corollary",
    "def",
    "definition",
    "end",
    "example",
    "exit",
    "export",
    "expose",
    "exposing",
    "extends",
    "from",
    "fun",
    "have",
    "help",
    "hiding",
    "hott",
    "hypothesis",
    "import",
    "include",
    "including",
    "inductive",
    "infix",
    "infixl",
    "infixr",
    "inline",
    "instance",
    "irreducible",
    "lemma",
    "match",
    "namespace",
    "notation",
    "opaque",
    "opaque_hint",
    "open",
    "options",
    "parameter",
    "parameters",
    "postfix",
    "precedence",
    "prefix",
    "private",
    "protected",
    "reducible",
    "renaming",
    "repeat",
    "section",
    "set_option",
    "show",
    "tactic_hint",
    "theorem",
    "universe",
    "universes",
    "using",
    "variable",
    "variables",
    "with",
];

/// The `lean` language.
pub(crate) static LEAN: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"[ \t\n\r\x0B\x0C]*--+[ \t\n\r\x0B\x0C]+.*?$"#,
                    Token(CommentDoc),
                ),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(
                    r#"#?[a-zA-Z0-9_]+"#,
                    Custom(|l, m| {
                        if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if has(TYPES, m.get(0)) {
                            l.token(KeywordType, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"[λ]"#, Token(Keyword)),
                rule(r#":=?"#, Token(Text)),
                rule(r#"\.[0-9]*"#, Token(Operator)),
                rule(
                    r#"!=|#|&|&&|\*|\+|-|/|@|!|`|-\.|->|\.|\.\.|\.\.\.|::|:>|;|;;|<|<-|=|==|>|_|\||\|\||~|=>|<=|>=|/ /|∀|Π|λ|↔|∧|∨|≠|≤|≥|⊎|¬|⁻¹|⬝|▸|→|∃|ℕ|ℤ|≈|×|⌞|⌟|≡|⟨|⟩"#,
                    Token(Operator),
                ),
                rule(r#"[ \t\n\r\x0B\x0C\(\),\[\]αβ‹›]+"#, Token(Text)),
                rule(r#"."#, Token(Error)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\"#, TokenThen(StrEscape, Push("escape"))),
                rule(r#"[^\\"]+"#, Token(Str)),
            ],
        ),
        (
            "escape",
            vec![
                rule(r#"[nrt"'\\]"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"(?i)x[0-9a-f]+"#, TokenThen(StrEscape, Pop(1))),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
