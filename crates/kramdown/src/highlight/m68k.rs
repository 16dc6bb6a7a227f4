//! Rouge's `m68k` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "TODO", "abcd", "add", "adda", "addi", "addq", "addx", "and", "andi", "asl", "asr", "bcc",
    "bchg", "bclr", "bcs", "beq", "bfchg", "bfclr", "bfests", "bfextu", "bfffo", "bfins", "bfset",
    "bftst", "bge", "bgt", "bhi", "bhs", "bkpt", "ble", "blo", "bls", "blt", "bmi", "bne", "bpl",
    "bra", "bse", "bsr", "btst", "bvc", "bvs", "callm", "cas", "cas2", "chk", "chk2", "clr", "cmp",
    "cmp2", "cmpa", "cmpi", "cmpm", "dbcc", "dbcs", "dbeq", "dbf", "dbge", "dbgt", "dbhi", "dbhs",
    "dble", "dblo", "dbls", "dblt", "dbmi", "dbne", "dbpl", "dbra", "dbt", "dbvc", "dbvs", "divs",
    "divsl", "divu", "divul", "eor", "eori", "exg", "ext", "extb", "illegal", "jmp", "jsr", "lea",
    "link", "lsl", "lsr", "move", "move16", "movea", "movem", "movep", "moveq", "muls", "mulu",
    "nbcd", "neg", "negx", "nop", "not", "or", "ori", "pack", "pea", "rol", "ror", "roxl", "roxr",
    "rtd", "rtm", "rtr", "rts", "sbcd", "scc", "scs", "seq", "sf", "sge", "sgt", "shi", "shs",
    "sle", "slo", "sls", "slt", "smi", "sne", "spl", "st", "sub", "suba", "subi", "subq", "subx",
    "svc", "svs", "swap", "tas", "trap", "trapcc", "trapv", "tst", "unlk", "unpk",
];
const RESERVED: &[&str] = &[
    "__G2", "__LK", "cargs", "cnop", "else", "elseif", "end", "endc", "endf", "endfunc", "endm",
    "endmain", "endproc", "endr", "equ", "equenv", "equr", "even", "fail", "fequ.d", "fequ.l",
    "fequ.p", "fequ.s", "fequ.w", "fequ.x", "fopt", "format", "fpu", "func", "ifc", "ifd", "ifeq",
    "ifge", "ifgt", "ifle", "iflt", "ifnc", "ifnd", "ifne", "iif", "incbin", "incdir", "include",
    "list", "listchar", "llen", "machine", "macro", "main", "mexit", "mmu", "narg", "nolist",
    "offset", "opt", "opword", "output", "page", "plen", "proc", "radix", "reg", "rept", "rsreset",
    "rsset", "section", "set", "spc", "subttl", "ttl",
];
const BUILTINS: &[&str] = &[
    "a0", "a1", "a2", "a3", "a4", "a5", "a6", "a7", "a7'", "ccr", "d0", "d1", "d2", "d3", "d4",
    "d5", "d6", "d7", "pc", "ssp", "usp",
];
const KEYWORDS_TYPE: &[&str] = &["dc", "dcb", "ds"];

/// The `m68k` language.
pub(crate) static M68K: LazyLock<Language> = LazyLock::new(|| {
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
            (
                "inline_whitespace",
                vec![rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text))],
            ),
            (
                "whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("expr_bol"))),
                    rule(
                        r#"^\*(\\.|.)*?$"#,
                        TokenThen(CommentSingle, Push("expr_bol")),
                    ),
                    rule(r#";(\\.|.)*?$"#, TokenThen(CommentSingle, Push("expr_bol"))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "root",
                vec![rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Push("statements"));
                    }),
                )],
            ),
            (
                "statements",
                vec![
                    mixin("whitespace"),
                    rule(r#"""#, TokenThen(Str, Push("string"))),
                    rule(r#"#"#, Token(NameDecorator)),
                    rule(r#"^\.?[a-zA-Z0-9_]+:?"#, Token(NameLabel)),
                    rule(r#"(?i)\.[bswl][ \t\n\r\x0B\x0C]"#, Token(NameDecorator)),
                    rule(
                        r#"(?i)'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'"#,
                        Token(StrChar),
                    ),
                    rule(r#"(?i)\$[0-9a-f]+"#, Token(NumHex)),
                    rule(r#"(?i)@[0-8]+"#, Token(NumOct)),
                    rule(r#"(?i)%[01]+"#, Token(NumBin)),
                    rule(r#"(?i)[0-9]+"#, Token(NumInteger)),
                    rule(r#"[*\~\&+=\|?:<>/-]"#, Token(Operator)),
                    rule(r#"\\."#, Token(CommentPreproc)),
                    rule(r#"[(),.]"#, Token(Punctuation)),
                    rule(r#"\[[a-zA-Z0-9]*\]"#, Token(Punctuation)),
                    rule(
                        r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                        Custom(|l, m| {
                            let name = m.get(0);
                            let lower = name.to_lowercase();
                            let t = if has(KEYWORDS, &lower) {
                                Keyword
                            } else if has(KEYWORDS_TYPE, &lower) {
                                KeywordType
                            } else if has(RESERVED, &lower) {
                                KeywordReserved
                            } else if has(BUILTINS, &lower) {
                                NameBuiltin
                            } else if name.bytes().any(|b| b.is_ascii_alphanumeric()) {
                                NameVariable
                            } else {
                                Name
                            };
                            l.token(t, name);
                        }),
                    ),
                ],
            ),
            (
                "string",
                vec![
                    rule(r#"""#, TokenThen(Str, Pop(1))),
                    rule(
                        r#"\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"#,
                        Token(StrEscape),
                    ),
                    rule(r#"[^\\"\n]+"#, Token(Str)),
                    rule(r#"\\\n"#, Token(Str)),
                    rule(r#"\\"#, Token(Str)),
                ],
            ),
        ],
        vec!["root", "expr_bol"],
    )
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
