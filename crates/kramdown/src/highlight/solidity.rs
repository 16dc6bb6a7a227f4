//! Rouge's `solidity` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "now",
    "false",
    "true",
    "balance",
    "selector",
    "super",
    "this",
    "blockhash",
    "gasleft",
    "assert",
    "require",
    "revert",
    "selfdestruct",
    "suicide",
    "call",
    "callcode",
    "delegatecall",
    "send",
    "transfer",
    "addmod",
    "ecrecover",
    "keccak256",
    "mulmod",
    "sha256",
    "sha3",
    "ripemd160",
    "abi.decode",
    "abi.encode",
    "abi.encodePacked",
    "abi.encodeWithSelector",
    "abi.encodeWithSignature",
    "block.coinbase",
    "block.difficulty",
    "block.gaslimit",
    "block.hash",
    "block.number",
    "block.timestamp",
    "msg.data",
    "msg.gas",
    "msg.sender",
    "msg.sig",
    "msg.value",
    "tx.gasprice",
    "tx.origin",
];
const CONSTANTS: &[&str] = &[
    "wei", "finney", "szabo", "ether", "seconds", "minutes", "hours", "days", "weeks", "years",
];
const KEYWORDS: &[&str] = &[
    "abstract",
    "anonymous",
    "as",
    "assembly",
    "break",
    "catch",
    "calldata",
    "constant",
    "constructor",
    "continue",
    "contract",
    "do",
    "delete",
    "else",
    "emit",
    "enum",
    "event",
    "external",
    "fallback",
    "for",
    "function",
    "hex",
    "if",
    "indexed",
    "interface",
    "internal",
    "import",
    "is",
    "library",
    "mapping",
    "memory",
    "modifier",
    "new",
    "override",
    "payable",
    "public",
    "pure",
    "pragma",
    "private",
    "receive",
    "return",
    "returns",
    "storage",
    "struct",
    "throw",
    "try",
    "type",
    "using",
    "var",
    "view",
    "virtual",
    "while",
];
const KEYWORDS_TYPE: &[&str] = &["address", "bool", "byte", "bytes", "int", "string", "uint"];
const RESERVED: &[&str] = &[
    "alias",
    "after",
    "apply",
    "auto",
    "case",
    "copyof",
    "default",
    "define",
    "final",
    "fixed",
    "immutable",
    "implements",
    "in",
    "inline",
    "let",
    "macro",
    "match",
    "mutable",
    "null",
    "of",
    "partial",
    "promise",
    "reference",
    "relocatable",
    "sealed",
    "sizeof",
    "static",
    "supports",
    "switch",
    "typedef",
    "typeof",
    "ufixed",
    "unchecked",
];

/// The language.
pub(crate) static SOLIDITY: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "expr_bol",
                vec![
                    mixin("inline_whitespace"),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            ("bol", vec![mixin("expr_bol")]),
            (
                "inline_whitespace",
                vec![
                    rule(r#"[ \t\r]+"#, Token(Text)),
                    rule(r#"\\\n"#, Token(Text)),
                    rule(r#"/\*"#, TokenThen(CommentMultiline, Push("comment_multi"))),
                ],
            ),
            (
                "whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("bol"))),
                    rule(r#"//(\\.|.)*?\n"#, TokenThen(CommentSingle, Push("bol"))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "expr_whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("expr_bol"))),
                    mixin("whitespace"),
                ],
            ),
            (
                "statements",
                vec![
                    mixin("whitespace"),
                    rule(r#"(hex)?""#, TokenThen(Str, Push("string_double"))),
                    rule(r#"(hex)?'"#, TokenThen(Str, Push("string_single"))),
                    rule(
                        r#"(?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'"#,
                        Token(StrChar),
                    ),
                    rule(r#"(?i)[0-9][0-9]*\.[0-9]+([eE][0-9]+)?"#, Token(NumFloat)),
                    rule(r#"(?i)0x[0-9a-f]+"#, Token(NumHex)),
                    rule(r#"(?i)[0-9]+([eE][0-9]+)?"#, Token(NumInteger)),
                    rule(r#"\*/"#, Token(Error)),
                    rule(r#"[~!%^&*+=\|?:<>/-]"#, Token(Operator)),
                    rule(r#"[()\[\],.]"#, Token(Punctuation)),
                    rule(r#"u?fixed[0-9]+x[0-9]+"#, Token(KeywordReserved)),
                    rule(r#"bytes[0-9]+"#, Token(KeywordType)),
                    rule(r#"u?int[0-9]+"#, Token(KeywordType)),
                    rule(
                        r#"[a-zA-Z$_][a-zA-Z0-9_$_]*"#,
                        Custom(|l, m| {
                            if KEYWORDS.contains(&m.get(0)) {
                                l.token(Keyword, m.get(0));
                            } else if BUILTINS.contains(&m.get(0)) {
                                l.token(NameBuiltin, m.get(0));
                            } else if CONSTANTS.contains(&m.get(0)) {
                                l.token(KeywordConstant, m.get(0));
                            } else if KEYWORDS_TYPE.contains(&m.get(0)) {
                                l.token(KeywordType, m.get(0));
                            } else if RESERVED.contains(&m.get(0)) {
                                l.token(KeywordReserved, m.get(0));
                            } else {
                                l.token(Name, m.get(0));
                            }
                        }),
                    ),
                ],
            ),
            (
                "root",
                vec![
                    mixin("expr_whitespace"),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Push("statement"));
                        }),
                    ),
                ],
            ),
            (
                "statement",
                vec![
                    rule(r#";"#, TokenThen(Punctuation, Pop(1))),
                    mixin("expr_whitespace"),
                    mixin("statements"),
                    rule(r#"[{}]"#, Token(Punctuation)),
                ],
            ),
            (
                "string_common",
                vec![
                    rule(r#"\\(u[a-fA-F0-9]{4}|x..|[^x])"#, Token(StrEscape)),
                    rule(r#"[^\\"'\n]+"#, Token(Str)),
                    rule(r#"\\\n"#, Token(Str)),
                    rule(r#"\\"#, Token(Str)),
                ],
            ),
            (
                "string_double",
                vec![
                    mixin("string_common"),
                    rule(r#"""#, TokenThen(Str, Pop(1))),
                    rule(r#"'"#, Token(Str)),
                ],
            ),
            (
                "string_single",
                vec![
                    mixin("string_common"),
                    rule(r#"'"#, TokenThen(Str, Pop(1))),
                    rule(r#"""#, Token(Str)),
                ],
            ),
            (
                "comment_multi",
                vec![
                    rule(r#"\*/"#, TokenThen(CommentMultiline, Pop(1))),
                    rule(r#"[^*/]+"#, Token(CommentMultiline)),
                    rule(r#"[*/]"#, Token(CommentMultiline)),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});
