//! Rouge's `rust` lexer (rust, rs, and the rust-skeptic `rust,no_run`-style names).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin, rule, rule_followed};
use super::token::Tok::*;

const KEYWORDS: &str = "as|async|await|break|const|continue|crate|dyn|else|enum|extern|false|fn|for|if|impl|in|let|log|loop|match|mod|move|mut|pub|ref|return|self|Self|static|struct|super|trait|true|type|unsafe|use|where|while|abstract|become|box|do|final|macro|override|priv|typeof|unsized|virtual|yield|try|union";

const BUILTINS: &[&str] = &[
    "Add",
    "BitAnd",
    "BitOr",
    "BitXor",
    "bool",
    "c_char",
    "c_double",
    "c_float",
    "char",
    "c_int",
    "clock_t",
    "c_long",
    "c_longlong",
    "Cons",
    "Const",
    "Copy",
    "c_schar",
    "c_short",
    "c_uchar",
    "c_uint",
    "c_ulong",
    "c_ulonglong",
    "c_ushort",
    "c_void",
    "dev_t",
    "DIR",
    "dirent",
    "Div",
    "Either",
    "Eq",
    "Err",
    "f32",
    "f64",
    "Failure",
    "FILE",
    "float",
    "fpos_t",
    "i16",
    "i32",
    "i64",
    "i8",
    "isize",
    "Index",
    "ino_t",
    "int",
    "intptr_t",
    "Left",
    "mode_t",
    "Modulo",
    "Mul",
    "Neg",
    "Nil",
    "None",
    "Num",
    "off_t",
    "Ok",
    "Option",
    "Ord",
    "Owned",
    "pid_t",
    "Ptr",
    "ptrdiff_t",
    "Right",
    "Send",
    "Shl",
    "Shr",
    "size_t",
    "Some",
    "ssize_t",
    "str",
    "Sub",
    "Success",
    "time_t",
    "u16",
    "u32",
    "u64",
    "u8",
    "usize",
    "uint",
    "uintptr_t",
    "Box",
    "Vec",
    "String",
    "Gc",
    "Rc",
    "Arc",
    "u128",
    "i128",
    "Result",
    "Sync",
    "Pin",
    "Unpin",
    "Sized",
    "Drop",
    "drop",
    "Fn",
    "FnMut",
    "FnOnce",
    "Clone",
    "PartialEq",
    "PartialOrd",
    "AsMut",
    "AsRef",
    "From",
    "Into",
    "Default",
    "DoubleEndedIterator",
    "ExactSizeIterator",
    "Extend",
    "IntoIterator",
    "Iterator",
];

/// Ruby's `\s`.
const S: &str = r"[ \t\n\r\x0B\x0C]";
const ID: &str = r"[\p{XID_Start}_]\p{XID_Continue}*";
const ESCAPES: &str = r#"\\(?:[nrt'"\\0]|x[0-9a-fA-F]{2}|u\{(?:[0-9a-fA-F]_*){1,6}\})"#;

/// The counter (in `Lexer::counts`) of the delimiter that closes `c`.
fn delim_index(c: &str) -> usize {
    match c {
        "]" | "[" => 0,
        ")" | "(" => 1,
        _ => 2,
    }
}

fn macro_open(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.counts.resize(3, 0);
    l.counts[delim_index(m.get(0))] += 1;
    l.token(Punctuation, m.get(0));
}

fn macro_close(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.counts.resize(3, 0);
    l.counts[delim_index(m.get(0))] -= 1;
    if l.counts.iter().all(|&n| n == 0) {
        l.go(Pop(1));
    }
    l.token(Punctuation, m.get(0));
}

fn name(l: &mut Lexer<'_>, m: &Match<'_>) {
    let name = m.get(0);
    let tok = if BUILTINS.contains(&name) {
        NameBuiltin
    } else {
        Name
    };
    l.token(tok, name);
}

fn nested_block(
    state: &'static str,
    tok: super::token::Tok,
) -> (&'static str, Vec<super::engine::Rule>) {
    (
        state,
        vec![
            rule(r"\*/", TokenThen(tok, Pop(1))),
            rule(r"/\*", TokenThen(tok, Push(state))),
            rule(r"[^*/]+|[*/]", Token(tok)),
        ],
    )
}

/// The language.
pub(crate) static RUST: LazyLock<Language> = LazyLock::new(|| {
    let dot = "[.][0-9][0-9_]*";
    let exp = "[eE][-+]?[0-9_]+";
    let flt = "(?:f32|f64)";
    Language::with_start(
        vec![
            (
                "bol",
                vec![
                    mixin("whitespace"),
                    rule(r"#[ \t\n\r\x0B\x0C][^\n]*", Token(CommentSpecial)),
                    rule("", TokenThen(Text, Pop(1))),
                ],
            ),
            (
                "attribute",
                vec![
                    mixin("whitespace"),
                    mixin("has_literals"),
                    rule("[(,)=:]", Token(NameDecorator)),
                    rule(r"\]", TokenThen(NameDecorator, Pop(1))),
                    rule(ID, Token(NameDecorator)),
                ],
            ),
            (
                "whitespace",
                vec![rule(&format!("{S}+"), Token(Text)), mixin("comments")],
            ),
            (
                "comments",
                vec![
                    rule(r"////+[^\n]*", Token(CommentSingle)),
                    rule(r"//[/!][^\n]*", Token(CommentDoc)),
                    rule(r"//[^\n]*", Token(CommentSingle)),
                    rule(r"/\*\*\*?/", Token(CommentMultiline)),
                    rule(
                        r"/\*\*\*+",
                        TokenThen(CommentMultiline, Push("nested_plain_block")),
                    ),
                    rule(r"/[*][*!]", TokenThen(CommentDoc, Push("nested_doc_block"))),
                    rule(
                        r"/[*]",
                        TokenThen(CommentMultiline, Push("nested_plain_block")),
                    ),
                ],
            ),
            nested_block("nested_plain_block", CommentMultiline),
            nested_block("nested_doc_block", CommentDoc),
            (
                "root",
                vec![
                    rule(r"\n", TokenThen(Text, Push("bol"))),
                    mixin("whitespace"),
                    rule(r"#!?\[", TokenThen(NameDecorator, Push("attribute"))),
                    rule(&format!(r"\b(?:{KEYWORDS})\b"), Token(Keyword)),
                    mixin("has_literals"),
                    rule("[=-]>", Token(Keyword)),
                    rule("<->", Token(Keyword)),
                    rule(r"[()\[\]{}|,:;]", Token(Punctuation)),
                    rule(r"[*/!@~&+%^<>=?-]|\.{2,3}", Token(Operator)),
                    rule_followed(
                        &format!("(?:[.]{S}*)?{ID}"),
                        &format!("{S}*[(]"),
                        Token(NameFunction),
                    ),
                    rule(&format!(r"[.]{S}*await\b"), Token(Keyword)),
                    rule(&format!("[.]{S}*{ID}"), Token(NameProperty)),
                    rule(&format!("[.]{S}*[0-9]+"), Token(NameAttribute)),
                    rule(
                        &format!("({ID})(::)"),
                        Groups(&[NameNamespace, Punctuation]),
                    ),
                    rule(
                        r"\bmacro_rules!",
                        TokenThen(NameDecorator, Push("macro_rules")),
                    ),
                    rule(&format!("{ID}!"), TokenThen(NameDecorator, Push("macro"))),
                    rule(r"'static\b", Token(Keyword)),
                    rule(&format!("'{ID}"), Token(NameVariable)),
                    rule(ID, Custom(name)),
                ],
            ),
            (
                "macro",
                vec![
                    mixin("has_literals"),
                    rule(r"[\[{(]", Custom(macro_open)),
                    rule(r"[\]})]", Custom(macro_close)),
                    rule(&format!("{ID}!"), Token(NameDecorator)),
                    mixin("root"),
                    rule(".", Token(Text)),
                ],
            ),
            (
                "macro_rules",
                vec![
                    rule(&format!("[$]{ID}(?::{ID})?"), Token(NameVariable)),
                    rule("[$]", Token(NameVariable)),
                    mixin("macro"),
                ],
            ),
            (
                "has_literals",
                vec![
                    rule(r"\b(?:true|false)\b", Token(KeywordConstant)),
                    rule(&format!(r"b?'(?:{ESCAPES}|[^\\])'"), Token(StrChar)),
                    rule(r#"b?""#, TokenThen(Str, Push("string"))),
                    rule(r#"(?s)b?r(#*)".*?"\1"#, Token(Str)),
                    rule(
                        &format!(
                            r"[0-9][0-9_]*(?:{dot}(?:{exp})?{flt}?|(?:{dot})?{exp}{flt}?|(?:{dot})?(?:{exp})?{flt}|[.](?![._\p{{XID_Start}}]))"
                        ),
                        Token(NumFloat),
                    ),
                    rule(
                        "(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u(?:8|16|32|64|128|size)?|i(?:8|16|32|64|128|size))?",
                        Token(NumInteger),
                    ),
                ],
            ),
            (
                "string",
                vec![
                    rule("\"", TokenThen(Str, Pop(1))),
                    rule(ESCAPES, Token(StrEscape)),
                    rule(r#"[^"\\]+"#, Token(Str)),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});
