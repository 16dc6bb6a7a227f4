//! Rouge's `fsharp` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "abstract and as assert base begin class default delegate do
    done downcast downto elif else end exception extern false
    finally for fun function global if in inherit inline interface
    internal lazy let let! match member module mutable namespace
    new not null of open or override private public rec return
    return! select static struct then to true try type upcast
    use use! val void when while with yield yield! sig atomic
    break checked component const constraint constructor
    continue eager event external fixed functor include method
    mixin object parallel process protected pure sealed tailcall
    trait virtual volatile";
const KEYOPTS: &str = r"!= # & && ( ) * \+ , - -. -> . .. : :: := :> ; ;; < <- =
    > >] >} ? ?? [ [< [> [| ] _ ` { {< | |] } ~ |> <| <>";
const WORD_OPERATORS: &str = "and asr land lor lsl lxor mod or";
const PRIMITIVES: &str = "unit int float bool string char list array";
const ID: &str = r"(?i:([a-z][\w']*)|(``[^`\n\r\t]+``))";
const UPPER_ID: &str = r"[A-Z][\w']*";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn ident(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if has(KEYWORDS, w) {
        Keyword
    } else if has(WORD_OPERATORS, w) {
        OperatorWord
    } else if has(PRIMITIVES, w) {
        KeywordType
    } else {
        Name
    };
    l.token(tok, w);
}

/// The language.
pub(crate) static FSHARP: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r(r"false|true|[(][)]|\[\]", Token(NameBuiltinPseudo)),
                r(
                    &format!(r"{UPPER_ID}(?=\s*[.])"),
                    TokenThen(NameNamespace, Push("dotted")),
                ),
                r(UPPER_ID, Token(NameClass)),
                r(r"[(][*](?![)])", TokenThen(Comment, Push("comment"))),
                r(r"//.*?$", Token(CommentSingle)),
                r(ID, Custom(ident)),
                r(
                    r"[\[\];,{}_()!$%&*+./:<=>?@^|~#-]+",
                    Custom(|l, m| {
                        let t = if has(KEYOPTS, m.get(0)) {
                            Punctuation
                        } else {
                            Operator
                        };
                        l.token(t, m.get(0));
                    }),
                ),
                rf(
                    r"-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)",
                    "i",
                    Token(NumFloat),
                ),
                rf(r"0x\h[\h_]*", "i", Token(NumHex)),
                rf(r"0o[0-7][0-7_]*", "i", Token(NumOct)),
                rf(r"0b[01][01_]*", "i", Token(NumBin)),
                r(r"\d[\d_]*", Token(NumInteger)),
                r(
                    r#"'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'"#,
                    Token(StrChar),
                ),
                r(r"'[.]'", Token(StrChar)),
                r("'", Token(Keyword)),
                r("\"", TokenThen(StrDouble, Push("string"))),
                r(&format!("[~?]{ID}"), Token(NameVariable)),
            ],
        ),
        (
            "comment",
            vec![
                r(r"[^(*)]+", Token(Comment)),
                r("[(][*]", TokenThen(Comment, PushSelf)),
                r("[*][)]", TokenThen(Comment, Pop(1))),
                r("[(*)]", Token(Comment)),
            ],
        ),
        (
            "string",
            vec![
                r(r#"[^\\"]+"#, Token(StrDouble)),
                mixin("escape_sequence"),
                r(r"\\\n", Token(StrDouble)),
                r("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "escape_sequence",
            vec![
                r(r#"\\[\\"'ntbr]"#, Token(StrEscape)),
                r(r"\\\d{3}", Token(StrEscape)),
                r(r"\\x\h{2}", Token(StrEscape)),
            ],
        ),
        (
            "dotted",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r("[.]", Token(Punctuation)),
                r(&format!(r"{UPPER_ID}(?=\s*[.])"), Token(NameNamespace)),
                r(UPPER_ID, TokenThen(NameClass, Pop(1))),
                r(ID, TokenThen(Name, Pop(1))),
                r(r"\[", TokenThen(Punctuation, Pop(1))),
            ],
        ),
    ])
});
