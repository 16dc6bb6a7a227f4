//! Rouge's `dafny` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "abstract allocated assert assume break by calc case class codatatype
    const constructor datatype decreases downto else ensures exists expect export extends
    false for forall fresh function ghost greatest if import include invariant iterator
    label least lemma match method modifies modify module nameonly new newtype null old
    opened predicate print provides reads refines requires return returns reveal reveals
    static then this to trait true twostate type unchanged var while witness yield yields";
const TYPES: &str = "bool char int real string nat array array? object object? ORDINAL
    seq set iset map imap multiset";

const IDCHAR: &str = "[0-9a-zA-Z_'?]";
const DIGITS: &str = r"\d+(?:_\d+)*";
const HEX_DIGITS: &str = "(?:[0-9a-fA-F])+(?:_(?:[0-9a-fA-F])+)*";
const CCHAR: &str = r#"(?:[^\\'\n\r]|\\["'ntr\\0])"#;
const SCHAR: &str = r#"(?:[^\\"\n\r]|\\["'ntr\\0])"#;
const UCHAR: &str = r"(?:\\u(?:[0-9a-fA-F]){4})";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn ident(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if has(TYPES, w) {
        KeywordType
    } else if matches!(w, "true" | "false" | "null") {
        KeywordConstant
    } else if matches!(w, "as" | "is" | "in") {
        OperatorWord
    } else if has(KEYWORDS, w) {
        KeywordReserved
    } else {
        Name
    };
    l.token(tok, w);
}

/// The language.
pub(crate) static DAFNY: LazyLock<Language> = LazyLock::new(|| {
    let not_id = format!("(?!{IDCHAR})");
    Language::new(vec![
        (
            "root",
            vec![
                r(r"/\*", TokenThen(CommentMultiline, Push("comment"))),
                r("//.*?$", Token(CommentSingle)),
                r(r"\*/", Token(Error)),
                r(&format!("'{CCHAR}'"), Token(StrChar)),
                r(&format!("'{UCHAR}'"), Token(StrChar)),
                r(r"'[^'\n\r]*'", Token(Error)),
                r(r"'[^'\n\r]*$", Token(Error)),
                r(&format!("\"(?:{SCHAR}|{UCHAR})*\""), Token(StrDouble)),
                r("\".*\"", Token(Error)),
                r("\".*$", Token(Error)),
                r(r#"@"([^"]|"")*""#, Token(StrOther)),
                rf("@\".*", "m", Token(Error)),
                r(&format!(r"{DIGITS}\.{DIGITS}{not_id}"), Token(NumFloat)),
                r(&format!("0b[01]+(?:_[01]+)*{not_id}"), Token(NumBin)),
                r(&format!("0b{IDCHAR}*"), Token(Error)),
                r(&format!("0x{HEX_DIGITS}{not_id}"), Token(NumHex)),
                r(&format!("0x{IDCHAR}*"), Token(Error)),
                r(&format!("{DIGITS}{not_id}"), Token(NumInteger)),
                r(&format!("_{not_id}"), Token(Name)),
                r(&format!("_[0-9_]+[_]?{not_id}"), Token(Error)),
                r(&format!("[0-9_]+_{not_id}"), Token(Error)),
                r(&format!("[0-9]{IDCHAR}+"), Token(Error)),
                r(
                    &format!(r"array(?:1[0-9]+|[2-9][0-9]*)\??{not_id}"),
                    Token(KeywordType),
                ),
                r(&format!("bv(?:0|[1-9][0-9]*){not_id}"), Token(KeywordType)),
                r(&format!("[0-9a-zA-Z?]{IDCHAR}*"), Custom(ident)),
                r(r"\.\.", Token(Operator)),
                r(r"[*!%&<>\|^+=:.\/-]", Token(Operator)),
                r(r"[\[\](){},;`]", Token(Punctuation)),
                r(r"[^\S\n]+", Token(Text)),
                r(r"\n", Token(Text)),
                r(".", Token(Error)),
            ],
        ),
        (
            "comment",
            vec![
                r(r"\*/", TokenThen(CommentMultiline, Pop(1))),
                r(r"/\*", TokenThen(CommentMultiline, Push("comment"))),
                r("[^*/]+", Token(CommentMultiline)),
                r(".", Token(CommentMultiline)),
            ],
        ),
    ])
});
