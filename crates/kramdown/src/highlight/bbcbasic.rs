//! Rouge's `bbcbasic` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const PUNCTUATION: &str = "[,;'~]|SPC|TAB";
const FUNCTION: &str = r"ABS ACS ADVAL ASC ASN ATN BEATS BEAT BGET# CHR\$ COS COUNT DEG DIM
    EOF# ERL ERR EVAL EXP EXT# FN GET\$# GET\$ GET HIMEM INKEY\$ INKEY
    INSTR INT LEFT\$ LEN LN LOG LOMEM MID\$ OPENIN OPENOUT OPENUP PAGE
    POINT POS PTR# RAD REPORT\$ RIGHT\$ RND SGN SIN SQR STR\$ STRING\$ SUM
    SUMLEN TAN TEMPO TIME\$ TIME TOP USR VAL VPOS";
const STATEMENT: &str = "BEATS BPUT# CALL CASE CHAIN CLEAR CLG CLOSE# CLS COLOR COLOUR DATA
    ELSE ENDCASE ENDIF ENDPROC ENDWHILE END ENVELOPE FOR GCOL GOSUB GOTO
    IF INSTALL LET LIBRARY MODE NEXT OFF OF ON ORIGIN OSCI OTHERWISE
    OVERLAY PLOT PRINT# PRINT PROC QUIT READ REPEAT REPORT RETURN SOUND
    STEP STEREO STOP SWAP SYS THEN TINT TO VDU VOICES VOICE UNTIL WAIT
    WHEN WHILE WIDTH";
const OPERATOR: &str = "<<|<=|<>|<|>=|>>>|>>|>|[-!$()*+/=?^|]|AND|DIV|EOR|MOD|NOT|OR";

fn alternation(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join("|")
}

/// The language.
pub(crate) static BBCBASIC: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "expression",
            vec![
                r(&alternation(FUNCTION), Token(NameBuiltin)),
                r(OPERATOR, Token(Operator)),
                r("FALSE|TRUE", Token(NameConstant)),
                r("\"[^\"]*\"", Token(Str)),
                rf(r"[a-z_`][\w`]*[$%]?", "i", Token(NameVariable)),
                r("@%", Token(NameVariable)),
                r(r"[\d.]+", Token(Num)),
                r("%[01]+", Token(NumBin)),
                r(r"&[\h]+", Token(NumHex)),
            ],
        ),
        (
            "root",
            vec![
                r(
                    r"(:+)( *)(\*)(.*)",
                    Groups(&[Punctuation, Text, Keyword, Text]),
                ),
                r(r"(\n+ *)(\*)(.*)", Groups(&[Text, Keyword, Text])),
                r(
                    r"(ELSE|OTHERWISE|REPEAT|THEN)( *)(\*)(.*)",
                    Groups(&[Keyword, Text, Keyword, Text]),
                ),
                r(r"[ \n]+", Token(Text)),
                r(":+", Token(Punctuation)),
                r(r"[\[]", TokenThen(Keyword, Push("assembly1"))),
                r("REM *>.*", Token(CommentSpecial)),
                r("REM.*", Token(Comment)),
                r(
                    &format!(
                        r"(?:{}|CIRCLE(?: *FILL)?|DEF *(?:FN|PROC)|DRAW(?: *BY)?|DIM(?!\()|ELLIPSE(?: *FILL)?|ERROR(?: *EXT)?|FILL(?: *BY)?|INPUT(?:#| *LINE)?|LINE(?: *INPUT)?|LOCAL(?: *DATA| *ERROR)?|MOUSE(?: *COLOUR| *OFF| *ON| *RECTANGLE| *STEP| *TO)?|MOVE(?: *BY)?|ON(?! *ERROR)|ON *ERROR *(?:LOCAL|OFF)?|POINT(?: *BY)?(?!\()|RECTANGE(?: *FILL)?|RESTORE(?: *DATA| *ERROR)?|TRACE(?: *CLOSE| *ENDPROC| *OFF| *STEP(?: *FN| *ON| *PROC)?| *TO)?)",
                        alternation(STATEMENT)
                    ),
                    Token(Keyword),
                ),
                mixin("expression"),
                r(PUNCTUATION, Token(Punctuation)),
            ],
        ),
        (
            "assembly1",
            vec![
                r(" +", Token(Text)),
                r("]", TokenThen(Keyword, Pop(1))),
                r(r"[:\n]", Token(Punctuation)),
                rf(r"\.[a-z_`][\w`]*%? *", "i", Token(NameLabel)),
                r(r"(?:REM|;)[^:\n]*", Token(Comment)),
                r(r"[^ :\n]+", TokenThen(Keyword, Push("assembly2"))),
            ],
        ),
        (
            "assembly2",
            vec![
                r(" +", Token(Text)),
                r(r"[:\n]", TokenThen(Punctuation, Pop(1))),
                r(r"(?:REM|;)[^:\n]*", TokenThen(Comment, Pop(1))),
                mixin("expression"),
                r(r"[!#,@\[\]^{}]", Token(Punctuation)),
            ],
        ),
    ])
});
