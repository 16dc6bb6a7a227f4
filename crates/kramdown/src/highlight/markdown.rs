//! Rouge's `markdown` lexer (markdown, md, mkd).  Fenced code inside is lexed
//! in its language where that lexer is implemented here.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule, rule_followed};
use super::html::HTML;
use super::lexer_options::LexOptions;
use super::token::Tok::{self, *};
use super::yaml::YAML;

const EDOT: &str = r"(?:\\.|[^\\\n])";
const S: &str = r"[ \t\n\r\x0B\x0C]";

/// Tokens for fenced code: its language's, else plain text (`guess` finds
/// plain text for most code) or, for a name Rouge does not know, backticks.
fn code_tokens(name: &str, code: &str) -> Vec<(Tok, String)> {
    if name.is_empty() {
        return vec![(Text, code.to_owned())];
    }
    let (lang, options) = LexOptions::split(name);
    match super::lex(code, lang, &options) {
        Some(tokens) => tokens,
        None if super::is_known(name) => vec![(Text, code.to_owned())],
        None => vec![(StrBacktick, code.to_owned())],
    }
}

fn fence(l: &mut Lexer<'_>, m: &Match<'_>) {
    let name = m.get(3).trim().to_owned();
    l.token(Text, m.get(1));
    l.token(Punctuation, m.get(2));
    l.token(NameLabel, m.get(3));
    for (t, v) in code_tokens(&name, m.get(5)) {
        l.token(t, &v);
    }
    l.token(Text, m.get(6));
    if m.get(7).is_empty() {
        // An unclosed fence: the rest is code, line by line.
        l.memo = name;
        l.go(Push("unclosed_fence"));
    } else {
        l.token(Punctuation, m.get(7));
    }
}

/// The language.
pub(crate) static MARKDOWN: LazyLock<Language> = LazyLock::new(|| Language::new(states()));

/// The states of the `markdown` lexer (the lexers built on it add theirs).
pub(crate) fn states() -> Vec<(&'static str, Vec<Rule>)> {
    vec![
        (
            "root",
            vec![
                rule(
                    &format!(r"(?s)\A(---{S}*\n.*?\n?)^(---{S}*$\n?)"),
                    Custom(|l, m| {
                        for (t, v) in YAML.lex(m.get(0)) {
                            l.token(t, &v);
                        }
                    }),
                ),
                rule(r"\\.", Token(StrEscape)),
                rule(r"^[^\t\n\r\x0B\x0C]+\n(?:---*)\n", Token(GenericHeading)),
                rule(r"^[^\t\n\r\x0B\x0C]+\n(?:===*)\n", Token(GenericSubheading)),
                rule("^#(?=[^#]).*?$", Token(GenericHeading)),
                rule(r"^##*.*?$", Token(GenericSubheading)),
                rule(
                    r"(?s)^([ \t]*)(`{3,}|~{3,})([^\n]*\n)((.*?)(\n\1)(\2))?",
                    Custom(fence),
                ),
                rule(r"\n\n((    |\t).*?\n|\n)+", Token(StrBacktick)),
                rule(&format!(r"(`+)(?:{EDOT}|\n)+?\1"), Token(StrBacktick)),
                rule(&format!(r"^({S}*[*]){{3,}}{S}*$"), Token(Punctuation)),
                rule(&format!(r"^({S}*[-]){{3,}}{S}*$"), Token(Punctuation)),
                rule_followed(&format!(r"^{S}*[*+-]"), S, Token(Punctuation)),
                rule(&format!(r"^{S}*[0-9]+\."), Token(Punctuation)),
                rule(&format!(r"^{S}*>.*?$"), Token(GenericTraceback)),
                rule(
                    &format!(r"^({S}*)(\[)({EDOT}+?)(\])({S}*)(:)"),
                    Custom(|l, m| {
                        l.groups(
                            &[Text, Punctuation, StrSymbol, Punctuation, Text, Punctuation],
                            m,
                        );
                        l.go(Push("title"));
                        l.go(Push("url"));
                    }),
                ),
                rule(
                    &format!(r"(!?\[)({EDOT}*?|[^\]]*?)(\])(?=[\[(])"),
                    GroupsThen(&[Punctuation, NameVariable, Punctuation], Push("link")),
                ),
                rule(&format!("[*][*]{EDOT}*?[*][*]"), Token(GenericStrong)),
                rule(&format!("__{EDOT}*?__"), Token(GenericStrong)),
                rule(&format!("[*]{EDOT}*?[*]"), Token(GenericEmph)),
                rule(&format!("_{EDOT}*?_"), Token(GenericEmph)),
                rule("<.*?@.+[.].+>", Token(NameVariable)),
                rule(
                    &format!("<(https?|mailto|ftp)://{EDOT}*?>"),
                    Token(NameVariable),
                ),
                rule(r"[^\\`\[*\n&<]+", Token(Text)),
                rule(
                    r"&[^ \t\n\r\x0B\x0C]*;",
                    Custom(|l, m| l.delegate(&HTML, m.get(0))),
                ),
                rule(
                    &format!("<{EDOT}*?>"),
                    Custom(|l, m| l.delegate(&HTML, m.get(0))),
                ),
                rule("[&<]", Token(Text)),
                rule(r"\[", Token(Text)),
                rule(r"\n", Token(Text)),
            ],
        ),
        (
            "unclosed_fence",
            vec![
                rule(
                    r"^([ \t]*)(`{3,}|~{3,})",
                    Custom(|l, m| {
                        l.go(Pop(1));
                        l.token(Text, m.get(1));
                        l.token(Punctuation, m.get(2));
                    }),
                ),
                rule(
                    r"^.*\n",
                    Custom(|l, m| {
                        let name = l.memo.clone();
                        for (t, v) in code_tokens(&name, m.get(0)) {
                            l.token(t, &v);
                        }
                    }),
                ),
            ],
        ),
        (
            "link",
            vec![
                rule(
                    &format!(r"(\[)({EDOT}*?)(\])"),
                    GroupsThen(&[Punctuation, StrSymbol, Punctuation], Pop(1)),
                ),
                rule(
                    "[(]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("inline_title"));
                        l.go(Push("inline_url"));
                    }),
                ),
                rule("[ \t]+", Token(Text)),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "url",
            vec![
                rule("[ \t]+", Token(Text)),
                rule(
                    &format!("(<)({EDOT}*?)(>)"),
                    GroupsThen(&[NameTag, StrOther, NameTag], Pop(1)),
                ),
                rule(r"[^ \t\n\r\x0B\x0C]+", TokenThen(StrOther, Pop(1))),
            ],
        ),
        (
            "title",
            vec![
                rule(&format!("\"{EDOT}*?\""), Token(NameNamespace)),
                rule(&format!("'{EDOT}*?'"), Token(NameNamespace)),
                rule(&format!("[(]{EDOT}*?[)]"), Token(NameNamespace)),
                rule_followed(&format!("{S}*"), "[\"'()]", Token(Text)),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "inline_title",
            vec![rule("[)]", TokenThen(Punctuation, Pop(1))), mixin("title")],
        ),
        (
            "inline_url",
            vec![
                rule(r"[^< \t\n\r\x0B\x0C)]+", TokenThen(StrOther, Pop(1))),
                rule(&format!("{S}+"), Token(Text)),
                mixin("url"),
            ],
        ),
    ]
}

/// Lexes Markdown (the HTML lexer keeps its state across the HTML bits).
pub(crate) fn lex(code: &str) -> Vec<(Tok, String)> {
    MARKDOWN.lex(code)
}
