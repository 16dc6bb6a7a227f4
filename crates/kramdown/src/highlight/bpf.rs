//! Rouge's `bpf` lexer (BPF bytecode).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const TYPE_KEYWORDS: &str = "u8|u16|u32|u64|ll";
const MISC_KEYWORDS: &str = "be16|be32|be64|exit|lock|map";

/// The language.
pub(crate) static BPF: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(
                    r"(\d+)(:)(\s+)(\(\h{2}\))",
                    "i",
                    Groups(&[GenericLineno, Punctuation, Whitespace, Generic]),
                ),
                rf(
                    r"(\d+)(:)(\s+)((?:\h{2} ){8})",
                    "i",
                    Groups(&[GenericLineno, Punctuation, Whitespace, Generic]),
                ),
                rf(
                    r"(\d+)(:)(\s+)",
                    "i",
                    Groups(&[GenericLineno, Punctuation, Whitespace]),
                ),
                rf(
                    r"(call)(\s+)(\d+)",
                    "i",
                    Groups(&[Keyword, Whitespace, NumInteger]),
                ),
                rf(
                    r"(call)(\s+)(\w+)(#)(\d+)",
                    "i",
                    Groups(&[Keyword, Whitespace, NameBuiltin, Punctuation, NumInteger]),
                ),
                rf(
                    r"(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)",
                    "i",
                    Groups(&[Keyword, Whitespace, NumInteger, Whitespace, NameLabel]),
                ),
                rf(
                    r"(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)(0x\h+|[-]?\d+)(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)",
                    "i",
                    Groups(&[
                        Keyword, Whitespace, Name, Whitespace, Operator, Whitespace, Num,
                        Whitespace, Keyword, Whitespace, NumInteger, Whitespace, NameLabel,
                    ]),
                ),
                rf(
                    r"(if)(\s+)([rw]\d+)(\s*)([s!=<>]+)(\s*)([rw]\d+)(\s*)(goto)(\s*)(\+\d+)?(\s*)(<?\w+>?)",
                    "i",
                    Groups(&[
                        Keyword, Whitespace, Name, Whitespace, Operator, Whitespace, Name,
                        Whitespace, Keyword, Whitespace, NumInteger, Whitespace, NameLabel,
                    ]),
                ),
                rf(
                    &format!(r"(\*)(\s*)(\()({TYPE_KEYWORDS})(\s*)(\*)(\))"),
                    "i",
                    GroupsThen(
                        &[
                            Operator,
                            Whitespace,
                            Punctuation,
                            KeywordType,
                            Whitespace,
                            Operator,
                            Punctuation,
                        ],
                        Push("address"),
                    ),
                ),
                rf(r"[+-\/\*&|><^s]{0,3}=", "i", Token(Operator)),
                rf(r"([+-]?)([rw]\d+)", "i", Groups(&[Punctuation, Name])),
                r(r"\/\/", TokenThen(CommentSingle, Push("linecomment"))),
                r(
                    r"\/\*",
                    TokenThen(CommentMultiline, Push("multilinescomment")),
                ),
                rf(MISC_KEYWORDS, "i", Token(Keyword)),
                rf(
                    r"(0x\h+|[-]?\d+)(\s*)(ll)?",
                    "i",
                    Groups(&[Num, Whitespace, KeywordType]),
                ),
                rf(
                    r"(\w+)(\s*)(ll)",
                    "i",
                    Groups(&[Name, Whitespace, KeywordType]),
                ),
                rf(
                    r"(\w+)(\s*)(:)",
                    "i",
                    Groups(&[NameLabel, Whitespace, Punctuation]),
                ),
                rf(".", "m", Token(Text)),
            ],
        ),
        (
            "address",
            vec![
                rf(
                    r"(\()([rw]\d+)(\s*)([+-])(\s*)(\d+)(\))",
                    "i",
                    GroupsThen(
                        &[
                            Punctuation,
                            Name,
                            Whitespace,
                            Operator,
                            Whitespace,
                            NumInteger,
                            Punctuation,
                        ],
                        Pop(1),
                    ),
                ),
                rf(
                    r"(\w+)(\[)(\d+)(\])",
                    "i",
                    GroupsThen(&[Name, Punctuation, NumInteger, Punctuation], Pop(1)),
                ),
                rf(
                    r"(\w+)(\[)([rw]\d+)(\])",
                    "i",
                    GroupsThen(&[Name, Punctuation, Name, Punctuation], Pop(1)),
                ),
            ],
        ),
        (
            "linecomment",
            vec![
                r(r"\n", TokenThen(CommentSingle, Pop(1))),
                r(".+", Token(CommentSingle)),
            ],
        ),
        (
            "multilinescomment",
            vec![
                r(r"\*\/", TokenThen(CommentMultiline, Pop(1))),
                r(r"([^\*\/]+)", Token(CommentMultiline)),
                r(r"([\*\/])", Token(CommentMultiline)),
            ],
        ),
    ])
});
