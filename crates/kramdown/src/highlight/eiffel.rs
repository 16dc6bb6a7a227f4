//! Rouge's `eiffel` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::r;
use super::token::Tok::*;

const KEYWORDS: &str = "across|agent|alias|all|and|attached|as|assign|attribute|check|class|convert|create|debug|deferred|detachable|do|else|elseif|end|ensure|expanded|export|external|feature|from|frozen|if|implies|inherit|inspect|invariant|like|local|loop|not|note|obsolete|old|once|or|Precursor|redefine|rename|require|rescue|retry|select|separate|some|then|undefine|until|variant|Void|when|xor";
const SIMPLE_STRING: &str = r#"(?:[^"%\b\f\v]|%[A-DFHLNQR-V%'"()<>]|%\/(?:0[xX][\da-fA-F](?:_*[\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\d(?:_*\d)*)\/)+?"#;

/// The language.
pub(crate) static EIFFEL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(
                    r#""\["#,
                    TokenThen(StrOther, Push("aligned_verbatim_string")),
                ),
                r(
                    r#""\{"#,
                    TokenThen(StrOther, Push("non_aligned_verbatim_string")),
                ),
                r(
                    r#""(?:[^%\b\f\n\r\v]|%[A-DFHLNQR-V%'"()<>]|%\/(?:0[xX][\da-fA-F](?:_*[\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\d(?:_*\d)*)\/)*?""#,
                    Token(StrDouble),
                ),
                r("--.*", Token(CommentSingle)),
                r(
                    r#"'(?:[^%\b\f\n\r\t\v]|%[A-DFHLNQR-V%'"()<>]|%\/(?:0[xX][\da-fA-F](?:_*[\da-fA-F])*|0[cC][0-7](?:_*[0-7])*|0[bB][01](?:_*[01])*|\d(?:_*\d)*)\/)'"#,
                    Token(StrChar),
                ),
                r(&format!(r"(?:{KEYWORDS})\b"), Token(Keyword)),
                r(r"(?:Current|Result)\b", Token(KeywordVariable)),
                r(r"(?:True|False)\b", Token(KeywordConstant)),
                r(r"\b0[xX][\da-fA-F](?:_*[\da-fA-F])*b", Token(NumHex)),
                r(r"\b0[cC][0-7](?:_*[0-7])*\b", Token(NumOct)),
                r(r"\b0[bB][01](?:_*[01])*\b", Token(NumBin)),
                r(r"\d(?:_*\d)*", Token(NumInteger)),
                r(
                    r"(?:\d(?:_*\d)*)?\.(?:(?:\d(?:_*\d)*)?[eE][+-]?)?\d(?:_*\d)*|\d(?:_*\d)*\.?",
                    Token(NumFloat),
                ),
                r(
                    r":=|<<|>>|\(\||\|\)|->|\.|[{}\[\];(),:?]",
                    Token(PunctuationIndicator),
                ),
                r(
                    r"\\\\|\|\.\.\||\.\.|\/[~\/]?|[><\/]=?|[-+*^=~]",
                    Token(Operator),
                ),
                r(r"[A-Z][\dA-Z_]*", Token(NameClass)),
                r(r"[A-Za-z][\dA-Za-z_]*", Token(Name)),
                r(r"\s+", Token(Text)),
            ],
        ),
        (
            "aligned_verbatim_string",
            vec![
                r("]\"", TokenThen(StrOther, Pop(1))),
                r(SIMPLE_STRING, Token(StrOther)),
            ],
        ),
        (
            "non_aligned_verbatim_string",
            vec![
                r("}\"", TokenThen(StrOther, Pop(1))),
                r(SIMPLE_STRING, Token(StrOther)),
            ],
        ),
    ])
});
