//! Rouge's `armasm` lexer (Arm assembly).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const PREPROC_KEYWORD: &str =
    "define|elif|else|endif|error|if|ifdef|ifndef|include|line|pragma|undef|warning";
const FILE_DIRECTIVE: &str = "BIN|GET|INCBIN|INCLUDE|LNK";
const GENERAL_DIRECTIVE: &str = r"ALIAS ALIGN AOF AOUT AREA ARM ASSERT ATTR CN CODE16 CODE32 COMMON CP
    DATA DCB DCD DCDO DCDU DCFD DCFDU DCFH DCFHU DCFS DCFSU DCI DCI.N DCI.W
    DCQ DCQU DCW DCWU DN ELIF ELSE END ENDFUNC ENDIF ENDP ENTRY EQU EXPORT
    EXPORTAS EXTERN FIELD FILL FN FRAME FUNCTION GBLA GBLL GBLS GLOBAL IF
    IMPORT INFO KEEP LCLA LCLL LCLS LEADR LEAF LTORG MACRO MAP MEND MEXIT
    NOFP OPT ORG PRESERVE8 PROC QN RELOC REQUIRE REQUIRE8 RLIST RN ROUT
    SETA SETL SETS SN SPACE STRONG SUBT THUMB THUMBX TTL WEND WHILE
    \[ \] [|!#*=%&^]";
const SHIFT_OR_CONDITION: &str =
    "ASR LSL LSR ROR RRX AL CC CS EQ GE GT HI HS LE LO LS LT MI NE PL VC VS
    asr lsl lsr ror rrx al cc cs eq ge gt hi hs le lo ls lt mi ne pl vc vs";
const BUILTIN: &str = "ARCHITECTURE AREANAME ARMASM_VERSION CODESIZE COMMANDLINE CONFIG CPU
    ENDIAN FALSE FPIC FPU INPUTFILE INTER LINENUM LINENUMUP LINENUMUPPER
    OBJASM_VERSION OPT PC PCSTOREOFFSET REENTRANT ROPI RWPI TRUE VAR";
const OPERATOR: &str = "AND BASE CC CC_ENCODING CHR DEF EOR FATTR FEXEC FLOAD FSIZE INDEX LAND
    LEFT LEN LEOR LNOT LOR LOWERCASE MOD NOT OR RCONST REVERSE_CC RIGHT ROL
    ROR SHL SHR STR TARGET_ARCH_[0-9A-Z_]+ TARGET_FEATURE_[0-9A-Z_]+
    TARGET_FPU_[A-Z_] TARGET_PROFILE_[ARM] UAL UPPERCASE";

fn alternation(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join("|")
}

/// The language.
pub(crate) static ARMASM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"\n", Token(Text)),
                r(
                    &format!(r"^([ \t]*)(#[ \t]*(?:(?:{PREPROC_KEYWORD})(?:[ \t].*)?)?)(\n)"),
                    Groups(&[Text, CommentPreproc, Text]),
                ),
                r(r"[ \t]+", TokenThen(Text, Push("command"))),
                r(";.*", Token(Comment)),
                rf(r"\$[a-z_]\w*\.?", "i", Token(NameNamespace)),
                r(r"\w+|\|[^|\n]+\|", Token(NameLabel)),
            ],
        ),
        (
            "command",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                r(r"[ \t]+", TokenThen(Text, Goto("args"))),
                r(";.*", TokenThen(Comment, Pop(1))),
                r(
                    &format!(r"(?:{FILE_DIRECTIVE})\b"),
                    TokenThen(Keyword, Goto("filespec")),
                ),
                r(
                    &format!(r"(?:{})(?=[; \t\n])", alternation(GENERAL_DIRECTIVE)),
                    Token(Keyword),
                ),
                r(
                    r"(?:[A-Z][\dA-Z]*|[a-z][\da-z]*)(?:\.[NWnw])?(?:\.[DFIPSUdfipsu]?(?:8|16|32|64)?){,3}\b",
                    Token(NameBuiltin),
                ),
                rf(r"[a-z_]\w*|\|[^|\n]+\|", "i", Token(NameFunction)),
                rf(r"\$[a-z]\w*\.?", "i", Token(NameNamespace)),
            ],
        ),
        (
            "args",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                r(r"[ \t]+", Token(Text)),
                r(";.*", TokenThen(Comment, Pop(1))),
                r(
                    &format!(r"(?:{})\b", alternation(SHIFT_OR_CONDITION)),
                    Token(NameBuiltin),
                ),
                rf(r"[a-z_]\w*|\|[^|\n]+\|", "i", Token(NameVariable)),
                rf(r"%[bf]?[at]?\d+(?:[a-z_]\w*)?", "i", Token(NameLabel)),
                rf(r"(?:&|0x)\h+(?!p)", "i", Token(NumHex)),
                rf(r"(?:&|0x)[.\h]+(?:p[-+]?\d+)?", "i", Token(NumFloat)),
                rf(r"0f_\h{8}|0d_\h{16}", "i", Token(NumFloat)),
                rf(
                    r"(?:2_[01]+|3_[0-2]+|4_[0-3]+|5_[0-4]+|6_[0-5]+|7_[0-6]+|8_[0-7]+|9_[0-8]+|\d+)(?!e)",
                    "i",
                    Token(NumInteger),
                ),
                rf(
                    r"(?:2_[.01]+|3_[.0-2]+|4_[.0-3]+|5_[.0-4]+|6_[.0-5]+|7_[.0-6]+|8_[.0-7]+|9_[.0-8]+|[.\d]+)(?:e[-+]?\d+)?",
                    "i",
                    Token(NumFloat),
                ),
                r(
                    r"[@:](?=[ \t]*(?:8|16|32|64|128|256)[^\d])",
                    Token(Operator),
                ),
                r(
                    &format!(r"[.@]|\{{(?:{})\}}", alternation(BUILTIN)),
                    Token(NameConstant),
                ),
                r(
                    &format!(
                        r"[-!#%&()*+,\/<=>?^{{|}}]|\[|\]|!=|&&|\/=|<<|<=|<>|==|><|>=|>>|\|\||:(?:{}):",
                        alternation(OPERATOR)
                    ),
                    Token(Operator),
                ),
                rf(r"\$[a-z]\w*\.?", "i", Token(NameNamespace)),
                r("'", TokenThen(StrChar, Goto("singlequoted"))),
                r("\"", TokenThen(StrDouble, Goto("doublequoted"))),
            ],
        ),
        (
            "singlequoted",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                r(r"\$\$", Token(StrChar)),
                rf(r"\$[a-z]\w*\.?", "i", Token(NameNamespace)),
                r("'", TokenThen(StrChar, Goto("args"))),
                r(r"[^$'\n]+", Token(StrChar)),
            ],
        ),
        (
            "doublequoted",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                r(r"\$\$", Token(StrDouble)),
                rf(r"\$[a-z]\w*\.?", "i", Token(NameNamespace)),
                r("\"", TokenThen(StrDouble, Goto("args"))),
                r(r#"[^$"\n]+"#, Token(StrDouble)),
            ],
        ),
        (
            "filespec",
            vec![
                r(r"\n", TokenThen(Text, Pop(1))),
                r(r"\$\$", Token(StrOther)),
                rf(r"\$[a-z]\w*\.?", "i", Token(NameNamespace)),
                r(r"[^$\n]+", Token(StrOther)),
            ],
        ),
    ])
});
