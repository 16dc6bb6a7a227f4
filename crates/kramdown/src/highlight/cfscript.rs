//! Rouge's `cfscript` lexer (cfscript, cfc).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str =
    "if else var xml default break switch do try catch throw in continue for return while required";
const DECLARATIONS: &str = "component property function remote public package private";
const TYPES: &str =
    "any array binary boolean component date guid numeric query string struct uuid void xml";
const CONSTANTS: &str = "application|session|client|cookie|super|this|variables|arguments|cgi";
const OPERATORS: &str = r"\+\+|--|&&|\|\||<=|>=|<|>|==|!=|mod|eq|lt|gt|lte|gte|not|is|and|or|xor|eqv|imp|equal|contains|\?";
const DOTTED_ID: &str = "[$a-zA-Z_][a-zA-Z0-9_.]*";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn call(l: &mut Lexer<'_>, m: &Match<'_>) {
    let first = if has(KEYWORDS, m.get(1)) {
        Keyword
    } else {
        NameFunction
    };
    l.groups(&[first, Text, Punctuation], m);
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if has(DECLARATIONS, w) {
        KeywordDeclaration
    } else if has(KEYWORDS, w) {
        Keyword
    } else if has(TYPES, w) {
        KeywordType
    } else {
        l.token(NameOther, w);
        return;
    };
    l.token(tok, w);
    l.go(Push("expr_start"));
}

/// The language.
pub(crate) static CFSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                mixin("comments_and_whitespace"),
                rf(
                    &format!(
                        r"(?:{OPERATORS}|does not contain|greater than(?: or equal to)?|less than(?: or equal to)?)\b"
                    ),
                    "i",
                    TokenThen(Operator, Push("expr_start")),
                ),
                r(
                    r"[-<>+*%&|\^/!=]=?",
                    TokenThen(Operator, Push("expr_start")),
                ),
                r(r"[(\[,]", TokenThen(Punctuation, Push("expr_start"))),
                r(";", TokenThen(Punctuation, Push("statement"))),
                r(r"[)\].]", Token(Punctuation)),
                r(
                    "[?]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("ternary"));
                        l.go(Push("expr_start"));
                    }),
                ),
                r("[{}]", TokenThen(Punctuation, Push("statement"))),
                r(&format!(r"(?:{CONSTANTS})\b"), Token(NameConstant)),
                r(r"(?:true|false|null)\b", Token(KeywordConstant)),
                r(r"import\b", TokenThen(KeywordNamespace, Push("import"))),
                r(
                    &format!(r"({DOTTED_ID})(\s*)(:)(\s*)"),
                    GroupsThen(&[Name, Text, Punctuation, Text], Push("expr_start")),
                ),
                r(r"([A-Za-z_$][\w.]*)(\s*)(\()", Custom(call)),
                r(DOTTED_ID, Custom(word)),
                r(r"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", Token(NumFloat)),
                r("0x[0-9a-fA-F]+", Token(NumHex)),
                r("[0-9]+", Token(NumInteger)),
                r(r#""(\\\\|\\"|[^"])*""#, Token(StrDouble)),
                r(r"'(\\\\|\\'|[^'])*'", Token(StrSingle)),
            ],
        ),
        (
            "comments_and_whitespace",
            vec![
                r(r"\s+", Token(Text)),
                r("//.*?$", Token(CommentSingle)),
                rf(r"/\*.*?\*/", "m", Token(CommentMultiline)),
            ],
        ),
        (
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                r("[{]", TokenThen(Punctuation, Push("object"))),
                r("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "statement",
            vec![r("[{}]", Token(Punctuation)), mixin("expr_start")],
        ),
        (
            "object",
            vec![
                mixin("comments_and_whitespace"),
                r("[}]", TokenThen(Punctuation, Push("expr_start"))),
                r(
                    &format!(r"({DOTTED_ID})(\s*)(:)"),
                    GroupsThen(&[NameOther, Text, Punctuation], Push("expr_start")),
                ),
                r(":", Token(Punctuation)),
                mixin("root"),
            ],
        ),
        (
            "ternary",
            vec![
                r(":", TokenThen(Punctuation, Goto("expr_start"))),
                mixin("root"),
            ],
        ),
        (
            "import",
            vec![
                rf(r"\s+", "m", Token(Text)),
                rf(r"[a-z0-9_.]+\*?", "i", TokenThen(NameNamespace, Pop(1))),
            ],
        ),
    ])
});
