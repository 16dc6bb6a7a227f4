//! Rouge's `elixir` lexer (elixir, exs).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use super::engine::{Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule};
use super::rb_regex::{r, rf, translate};
use super::token::Tok::{self, *};

/// The states `~x(…)` sigils push: by opening delimiter, token type
/// (regex or not) and whether `#{…}` interpolates.
/// A made state, by (opening delimiter, regex, interpolating).
type SigilStates = HashMap<(char, bool, bool), Arc<Vec<Rule>>>;

static SIGILS: LazyLock<SigilStates> = LazyLock::new(|| {
    let mut states = HashMap::new();
    for open in ['{', '[', '(', '<', '|', '/', '\'', '"'] {
        let close = match open {
            '{' => '}',
            '[' => ']',
            '(' => ')',
            '<' => '>',
            c => c,
        };
        for regex in [false, true] {
            for interp in [false, true] {
                let tok: Tok = if regex { StrRegex } else { StrOther };
                let esc = |c: char| format!(r"\x{:02X}", c as u32);
                let mut rules = vec![rule(&esc(close), TokenThen(tok, Pop(1)))];
                if interp {
                    rules.push(mixin("interpoling"));
                    rules.push(rule("#", Token(tok)));
                } else {
                    rules.push(rule(r"[\\#]", Token(tok)));
                }
                let uniq = if open == close {
                    esc(open)
                } else {
                    format!("{}{}", esc(open), esc(close))
                };
                rules.push(rule(&format!(r"(?s)[^#{uniq}\\]+"), Token(tok)));
                states.insert((open, regex, interp), Arc::new(rules));
            }
        }
    }
    states
});

fn sigil(l: &mut Lexer<'_>, m: &Match<'_>) {
    let kind = m.get(1);
    let open = m.get(2).chars().next().unwrap_or('"');
    let interp = matches!(kind, "S" | "R" | "C" | "W");
    let regex = matches!(kind, "R" | "r");
    if regex {
        l.go(Push("regex_flags"));
    }
    if matches!(kind, "W" | "w") {
        l.go(Push("list_flags"));
    }
    l.token(if regex { StrRegex } else { StrOther }, m.get(0));
    if let Some(state) = SIGILS.get(&(open, regex, interp)) {
        l.push_made(Arc::clone(state));
    }
}

/// The language.
pub(crate) static ELIXIR: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r(r"#.*$", Token(CommentSingle)),
                rf(
                    r"\b(case|cond|end|bc|lc|if|unless|try|loop|receive|fn|defmodule|
             defp?|defprotocol|defimpl|defrecord|defmacrop?|defdelegate|
             defexception|defguardp?|defstruct|exit|raise|throw|after|rescue|catch|else)\b(?![?!])|
             (?<!\.)\b(do|\-\>)\b",
                    "x",
                    Token(Keyword),
                ),
                r(
                    r"\b(import|require|use|recur|quote|unquote|super|refer)\b(?![?!])",
                    Token(KeywordNamespace),
                ),
                r(r"(?<!\.)\b(and|not|or|when|xor|in)\b", Token(OperatorWord)),
                rf(
                    r"%=|\*=|\*\*=|\+=|\-=|\^=|\|\|=|
             <=>|<(?!<|=)|>(?!<|=|>)|<=|>=|===|==|=~|!=|!~|(?=[\s])\?|
             (?<=[\s])!+|&(&&?|(?!\d))|\|\||\^|\*|\+|\-|/|
             \||\+\+|\-\-|\*\*|\/\/|\<\-|\<\>|<<|>>|=|\.|~~~",
                    "x",
                    Token(Operator),
                ),
                r(
                    r"(?<!:)(:)([a-zA-Z_]\w*([?!]|=(?![>=]))?|\<\>|===?|>=?|<=?|
             <=>|&&?|%\(\)|%\[\]|%\{\}|\+\+?|\-\-?|\|\|?|\!|//|[%&`/\|]|
             \*\*?|=?~|<\-)|([a-zA-Z_]\w*([?!])?)(:)(?!:)",
                    Token(StrSymbol),
                ),
                r(r#":""#, TokenThen(StrSymbol, Push("interpoling_symbol"))),
                r(
                    r"\b(nil|true|false)\b(?![?!])|\b[A-Z]\w*\b",
                    Token(NameConstant),
                ),
                r(
                    r"\b(__(FILE|LINE|MODULE|MAIN|FUNCTION)__)\b(?![?!])",
                    Token(NameBuiltinPseudo),
                ),
                r(r"[a-zA-Z_!]\w*[!\?]?", Token(Name)),
                r(r"::|[%(){};,/\|:\\\[\]]", Token(Punctuation)),
                r(r"@[a-zA-Z_]\w*|&\d", Token(NameVariable)),
                r(
                    r"\b\d(_?\d)*(\.(?![^\d\s])(_?\d)+)([eE][-+]?\d(_?\d)*)?\b",
                    Token(NumFloat),
                ),
                r(r"\b0x[0-9A-Fa-f](_?[0-9A-Fa-f])*\b", Token(NumHex)),
                r(r"\b0o[0-7](_?[0-7])*\b", Token(NumOct)),
                r(r"\b0b[01](_?[01])*\b", Token(NumBin)),
                r(r"\b\d(_?\d)*\b", Token(NumInteger)),
                mixin("strings"),
                mixin("sigil_strings"),
            ],
        ),
        (
            "strings",
            vec![
                r(r#"(%[A-Ba-z])?"""(?:.|\n)*?""""#, Token(StrDoc)),
                r(r"'''(?:.|\n)*?'''", Token(StrDoc)),
                r("\"", TokenThen(StrDouble, Push("dqs"))),
                r("'", TokenThen(StrSingle, Push("sqs"))),
                r(
                    r"(?<!\w)\?(\\(x\d{1,2}|\h{1,2}(?!\h)\b|0[0-7]{0,2}(?![0-7])\b[^x0MC])|(\\[MC]-)+\w|[^\s\\])",
                    Token(StrOther),
                ),
            ],
        ),
        (
            "dqs",
            vec![
                mixin("escapes"),
                mixin("interpoling"),
                r(r#"[^#"\\]+"#, Token(StrDouble)),
                r("\"", TokenThen(StrDouble, Pop(1))),
                r(r"[#\\]", Token(StrDouble)),
            ],
        ),
        (
            "sqs",
            vec![
                mixin("escapes"),
                mixin("interpoling"),
                r(r"[^#'\\]+", Token(StrSingle)),
                r("'", TokenThen(StrSingle, Pop(1))),
                r(r"[#\\]", Token(StrSingle)),
            ],
        ),
        (
            "interpoling",
            vec![r(
                r"#\{",
                TokenThen(StrInterpol, Push("interpoling_string")),
            )],
        ),
        (
            "interpoling_string",
            vec![r(r"\}", TokenThen(StrInterpol, Pop(1))), mixin("root")],
        ),
        (
            "escapes",
            vec![
                r(r"\\x\h{2}", Token(StrEscape)),
                r(r"\\u\{?\d+\}?", Token(StrEscape)),
                r(r#"\\[\\abdefnrstv0"']"#, Token(StrEscape)),
            ],
        ),
        (
            "interpoling_symbol",
            vec![
                r("\"", TokenThen(StrSymbol, Pop(1))),
                mixin("interpoling"),
                r(r#"[^#"]+"#, Token(StrSymbol)),
            ],
        ),
        (
            "sigil_strings",
            vec![rule(
                &translate(r#"~([A-Za-z])?(\{|\[|\(|<|\||/|'|")"#, ""),
                Custom(sigil),
            )],
        ),
        (
            "regex_flags",
            vec![r(r"[fgimrsux]*", TokenThen(StrRegex, Pop(1)))],
        ),
        (
            "list_flags",
            vec![r(r"[csa]?", TokenThen(StrOther, Pop(1)))],
        ),
    ])
});
