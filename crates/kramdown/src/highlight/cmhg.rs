//! Rouge's `cmhg` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const PREPROC_KEYWORD: &str =
    "define|elif|else|endif|error|if|ifdef|ifndef|include|line|pragma|undef|warning";

/// The language.
pub(crate) static CMHG: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            r(r";[^\n]*", Token(Comment)),
            r(
                &format!(r"^([ \t]*)(#[ \t]*(?:(?:{PREPROC_KEYWORD})(?:[ \t].*)?)?)(?=\n)"),
                Groups(&[Text, CommentPreproc]),
            ),
            r("[-a-z]+:", Token(KeywordDeclaration)),
            rf(r"[a-z_]\w+", "i", Token(NameEntity)),
            r("\"[^\"]*\"", Token(Str)),
            r(r"(?:&|0x)\h+", Token(NumHex)),
            r(r"\d+", Token(Num)),
            r(r"[,\/()]", Token(Punctuation)),
            r(r"[ \t]+", Token(Text)),
            r(r"\n+", Token(Text)),
        ],
    )])
});
