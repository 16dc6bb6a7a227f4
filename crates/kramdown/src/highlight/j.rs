//! Rouge's `j` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Next::*, mixin, rule};
use super::token::Tok::*;

const CONTROL_WORDS: &[&str] = &[
    "assert", "break", "case", "catch", "catchd", "catcht", "continue", "do", "else", "elseif",
    "end", "fcase", "for", "if", "return", "select", "throw", "try", "while", "whilst",
];
const CONTROL_WORDS_ID: &[&str] = &["for", "goto", "label"];

/// The `j` language.
pub(crate) static J: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "expr",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"([!-\&(-/:-@\[-^`{-\~]|[A-Za-z]\b)([.:]*)"#,
                    Custom(|l, m| l.token(primitive(m.get(1), m.get(2)), m.get(0))),
                ),
                rule(
                    r#"(?:[0-9]|_[0-9]?):([.:]*)"#,
                    Custom(|l, m| {
                        l.token(
                            if m.get(1).is_empty() {
                                NameFunction
                            } else {
                                Error
                            },
                            m.get(0),
                        )
                    }),
                ),
                rule(
                    r#"[0-9_][a-zA-Z0-9_.]*([.:]*)"#,
                    Custom(|l, m| l.token(if m.get(1).is_empty() { Num } else { Error }, m.get(0))),
                ),
                rule(r#"'"#, TokenThen(StrSingle, Push("str"))),
                rule(r#"NB\.(?![.:]).*"#, Token(CommentSingle)),
                rule(
                    r#"([A-Za-z][a-zA-Z0-9_]*)([.:]*)"#,
                    Custom(|l, m| {
                        if m.get(2) == "." {
                            let (word, sep, id) = match m.get(1).split_once('_') {
                                Some((w, i)) => (w, "_", i),
                                None => (m.get(1), "", ""),
                            };
                            let list = if sep.is_empty() {
                                Some(CONTROL_WORDS)
                            } else if !id.is_empty() {
                                Some(CONTROL_WORDS_ID)
                            } else {
                                None
                            };
                            if list.is_some_and(|list| has(list, word)) {
                                l.token(Keyword, word);
                                l.token(Keyword, sep);
                                l.token(if word == "for" { Name } else { NameLabel }, id);
                                l.token(Keyword, m.get(2));
                            } else {
                                l.token(Error, m.get(0));
                            }
                        } else {
                            l.token(if m.get(2).is_empty() { Name } else { Error }, m.get(0));
                        }
                    }),
                ),
            ],
        ),
        (
            "str",
            vec![
                rule(r#"''"#, Token(StrEscape)),
                rule(r#"[^'\n]+"#, Token(StrSingle)),
                rule(r#"'|$"#, TokenThen(StrSingle, Pop(1))),
            ],
        ),
        (
            "root",
            vec![
                rule(
                    r#"\n"#,
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        if note_next(l) {
                            l.go(Push("note"));
                            set_memory(l, NOTE_NEXT, 0);
                        }
                    }),
                ),
                rule(
                    r#"([0-4]|13|adverb|conjunction|dyad|monad|noun|verb)([ \t]+)(def(?:ine)?\b|:)(?![.:])([ \t]*)"#,
                    Custom(|l, m| {
                        l.groups(&[KeywordPseudo, Text, KeywordPseudo, Text], m);
                        let noun = m.get(1) == "0" || m.get(1) == "noun";
                        set_memory(l, DEF_BODY, if noun { NOUN } else { CODE });
                        if m.get(3) == "define" {
                            if l.depth() > 1 {
                                l.go(Pop(1));
                            }
                            l.go(Push(if noun { "noun" } else { "code" }));
                            l.go(Push("def_next"));
                        } else {
                            l.go(Push("expl_def"));
                        }
                    }),
                ),
                rule(
                    r#"^([ \t]*)(Note\b(?![.:]))([ \t\r]*)(?!=[.:]|$)"#,
                    Custom(|l, m| {
                        l.groups(&[Text, Name, Text], m);
                        set_memory(l, NOTE_NEXT, 1);
                    }),
                ),
                rule(r#"[mnuvxy]\b(?![.:])"#, Token(Name)),
                mixin("expr"),
            ],
        ),
        (
            "def_next",
            vec![rule(r#"\n"#, TokenThen(Text, Pop(1))), mixin("root")],
        ),
        (
            "expl_def",
            vec![
                rule(
                    r#"0\b(?![.:])"#,
                    Custom(|l, m| {
                        l.token(KeywordPseudo, m.get(0));
                        if l.depth() > 2 {
                            l.go(Pop(1));
                        }
                        match memory(l, DEF_BODY) {
                            NOUN => l.go(Goto("noun")),
                            CODE => l.go(Goto("code")),
                            // Rouge fails here (`goto nil`): leave the state as it is.
                            _ => {}
                        }
                        l.go(Push("def_next"));
                    }),
                ),
                rule(
                    r#"'"#,
                    Custom(|l, m| {
                        if memory(l, DEF_BODY) == NOUN {
                            l.token(StrSingle, m.get(0));
                            l.go(Goto("str"));
                        } else {
                            l.token(Punctuation, m.get(0));
                            l.go(Goto("q_expr"));
                        }
                    }),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "q_expr",
            vec![
                rule(r#"''"#, TokenThen(StrSingle, Push("q_str"))),
                rule(r#"'|$"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"NB\.(?![.:])([^'\n]|'')*"#, Token(CommentSingle)),
                mixin("expr"),
            ],
        ),
        (
            "q_str",
            vec![
                rule(r#"''''"#, Token(StrEscape)),
                rule(r#"[^'\n]+"#, Token(StrSingle)),
                rule(r#"''"#, TokenThen(StrSingle, Pop(1))),
                rule(r#"'|$"#, TokenThen(Punctuation, Pop(2))),
            ],
        ),
        (
            "note",
            vec![
                mixin("delimiter"),
                rule(r#".+\n?"#, Token(CommentMultiline)),
            ],
        ),
        (
            "noun",
            vec![mixin("delimiter"), rule(r#".+\n?"#, Token(StrHeredoc))],
        ),
        (
            "code",
            vec![
                mixin("delimiter"),
                rule(
                    r#"^([ \t]*)(:)([ \t\r]*)$"#,
                    Groups(&[Text, Punctuation, Text]),
                ),
                mixin("expr"),
            ],
        ),
        (
            "delimiter",
            vec![rule(
                r#"^([ \t]*)(\))([ \t\r]*$\n?)"#,
                GroupsThen(&[Text, Punctuation, Text], Pop(1)),
            )],
        ),
    ])
});

/// `Lexer::counts` slots: whether a `Note` line's text comes next, and what
/// the last definition's body is (0 none yet, `NOUN` or `CODE`).
const NOTE_NEXT: usize = 0;
const DEF_BODY: usize = 1;
const NOUN: i64 = 1;
const CODE: i64 = 2;

fn memory(l: &Lexer<'_>, slot: usize) -> i64 {
    l.counts.get(slot).copied().unwrap_or(0)
}

fn set_memory(l: &mut Lexer<'_>, slot: usize, value: i64) {
    if l.counts.len() <= slot {
        l.counts.resize(slot + 1, 0);
    }
    l.counts[slot] = value;
}

fn note_next(l: &Lexer<'_>) -> bool {
    memory(l, NOTE_NEXT) != 0
}

/// What a J primitive is, by its first character and its inflection (`.`, `:`…).
fn primitive(c: &str, inflection: &str) -> super::token::Tok {
    #[derive(Clone, Copy)]
    enum K {
        Noun,
        Verb,
        Modifier,
        Nm,
        Param,
        Other,
        No,
    }
    use K::*;
    let Some(i) = ["", ".", ":", "..", ".:", ":.", "::"]
        .iter()
        .position(|x| *x == inflection)
    else {
        return Error;
    };
    let ch = c.chars().next().unwrap_or(' ');
    let row: &[K] = match ch {
        '(' | ')' => &[Other],
        '=' => &[Verb, Other, Other],
        '<' | '>' | '+' | '-' | '*' | '%' | '$' | '|' | ',' | '#' => &[Verb, Verb, Verb],
        '^' => &[Verb, Verb, Modifier],
        '~' | '"' => &[Modifier, Verb, Verb],
        '.' | ':' | '@' => &[Modifier, Modifier, Modifier],
        ';' => &[Verb, Modifier, Verb],
        '!' => &[Verb, Modifier, Modifier],
        '/' | '\\' => &[Modifier, Modifier, Verb],
        '[' => &[Verb, No, Verb],
        ']' => &[Verb],
        '{' => &[Verb, Verb, Verb, No, No, No, Verb],
        '}' => &[Modifier, Verb, Verb, No, No, No, Modifier],
        '`' => &[Modifier, No, Modifier],
        '&' => &[Modifier, Modifier, Modifier, No, Modifier],
        '?' => &[Verb, Verb],
        'a' => &[Nm, Noun, Noun],
        'A' | 'C' | 'e' | 'E' | 'I' | 'j' | 'o' | 'r' => &[Nm, Verb],
        'b' | 'd' | 'f' | 'H' | 'M' | 'T' => &[Nm, Modifier],
        'D' | 't' => &[Nm, Modifier, Modifier],
        'F' => &[
            Nm, Modifier, Modifier, Modifier, Modifier, Modifier, Modifier,
        ],
        'i' => &[Nm, Verb, Verb],
        'L' => &[Nm, Verb, Modifier],
        'm' | 'n' | 'y' => &[Param],
        'p' => &[Nm, Verb, Verb, Verb],
        'q' | 's' | 'Z' => &[Nm, No, Verb],
        'S' => &[Nm, No, Modifier],
        'u' => &[Param, Verb, Verb],
        'v' => &[Param, Verb],
        'x' => &[Param, No, Verb],
        _ => &[Nm],
    };
    match row.get(i).copied().unwrap_or(No) {
        Noun => KeywordConstant,
        Verb => NameFunction,
        Modifier => Operator,
        Nm => Name,
        Param => NameBuiltinPseudo,
        Other => Punctuation,
        No => Error,
    }
}
fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
