//! Rouge's `nesasm` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const KEYWORDS_TYPE: &[&str] = &["BYTE", "DB", "DW", "WORD"];
const KEYWORDS_RESERVED: &[&str] = &[
    "BANK",
    "BSS",
    "CODE",
    "DATA",
    "DEFCHR",
    "DS",
    "ELSE",
    "ENDIF",
    "ENDM",
    "ENDP",
    "ENDPROCGROUP",
    "FAIL",
    "FUNC",
    "IF",
    "IFDEF",
    "IFNDEF",
    "INCBIN",
    "INCCHR",
    "INCLUDE",
    "INESCHR",
    "INESMAP",
    "INESMIR",
    "INESPRG",
    "MACRO",
    "ORG",
    "PROC",
    "PROCGROUP",
    "RS",
    "RSSET",
    "ZP",
];
const KEYWORDS: &[&str] = &[
    "ADC", "AND", "ASL", "BCC", "BCS", "BEQ", "BIT", "BMI", "BNE", "BPL", "BRK", "BVC", "BVS",
    "CLC", "CLD", "CLI", "CLV", "CMP", "CPX", "CPY", "DEC", "DEX", "DEY", "EOR", "INC", "INX",
    "INY", "JMP", "JSR", "LDA", "LDX", "LDY", "LSR", "NOP", "ORA", "PHA", "PHP", "PLA", "PLP",
    "ROL", "ROR", "RTI", "RTS", "SBC", "SEC", "SED", "SEI", "STA", "STX", "STY", "TAX", "TAY",
    "TSX", "TXA", "TXS", "TYA",
];

/// The `nesasm` language.
pub(crate) static NESASM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#";.*"#, Token(CommentSingle)),
                rule(r#"[\(\),\.\[\]]"#, Token(Punctuation)),
                rule(r#"\#?%[0-1]+"#, Token(NumBin)),
                rule(r#"\#?\$[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"\#?[0-9]+"#, Token(Num)),
                rule(r#"[\~\&*+=\|?:<>/-]"#, Token(Operator)),
                rule(
                    r#"(?i)\#?[a-zA-Z0-9_]+:?"#,
                    Custom(|l, m| {
                        let name = m.get(0).to_uppercase();
                        if has(KEYWORDS, &name) {
                            l.token(Keyword, m.get(0));
                        } else if has(KEYWORDS_TYPE, &name) {
                            l.token(KeywordType, m.get(0));
                        } else if has(KEYWORDS_RESERVED, &name) {
                            l.token(KeywordReserved, m.get(0));
                        } else {
                            l.token(NameFunction, m.get(0));
                        }
                    }),
                ),
                rule(r#"(?i)\#?(?:LOW|HIGH)\(.*\)"#, Token(KeywordReserved)),
                rule(r#"\#\("#, Token(Punctuation)),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"'[a-zA-Z0-9_]'"#, Token(StrChar)),
                rule(r#"\\\??[0-9@#]"#, Token(NameBuiltin)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\"?"#, Token(StrEscape)),
                rule(r#"(?s)[^"\\]+"#, Token(Str)),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
