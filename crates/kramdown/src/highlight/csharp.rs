//! Rouge's `csharp` lexer (csharp, c#, cs).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "abstract|as|base|break|case|catch|checked|const|continue|default|delegate|do|else|enum|event|explicit|extern|false|finally|fixed|for|foreach|goto|if|implicit|in|interface|internal|is|lock|new|null|operator|out|override|params|private|protected|public|readonly|ref|return|sealed|sizeof|stackalloc|static|switch|this|throw|true|try|typeof|unchecked|unsafe|virtual|void|volatile|while|add|alias|async|await|get|global|partial|remove|set|value|where|yield|nameof|ascending|by|descending|equals|from|group|in|into|join|let|on|orderby|select";
const KEYWORDS_TYPE: &str = "bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var";
const CPP_KEYWORDS: &str =
    "if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma";
const ID: &str = r"(?i:@?[_a-z]\w*)";

/// The language.
pub(crate) static CSHARP: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r(r"//.*?$", Token(CommentSingle)),
                rf(r"/[*].*?[*]/", "m", Token(CommentMultiline)),
            ],
        ),
        (
            "nest",
            vec![
                r("{", TokenThen(Punctuation, Push("nest"))),
                r("}", TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "splice_string",
            vec![
                r(r"\\.", Token(Str)),
                r("{", TokenThen(Punctuation, Push("nest"))),
                r("\"|\\n", TokenThen(Str, Pop(1))),
                r(".", Token(Str)),
            ],
        ),
        (
            "splice_literal",
            vec![
                r("\"\"", Token(Str)),
                r("{", TokenThen(Punctuation, Push("nest"))),
                r("\"", TokenThen(Str, Pop(1))),
                r(".", Token(Str)),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                r(r#"[$]\s*""#, TokenThen(Str, Push("splice_string"))),
                r(r#"[$]@\s*""#, TokenThen(Str, Push("splice_literal"))),
                r(&format!(r"(<\[)\s*({ID}:)?"), Token(Keyword)),
                r(r"\]>", Token(Keyword)),
                r(r"[~!%^&*()+=|\[\]{}:;,.<>\/?-]", Token(Punctuation)),
                rf(r#"@"(""|[^"])*""#, "m", Token(Str)),
                r(r#""(\\.|.)*?["\n]"#, Token(Str)),
                r(r"'(\\.|.)'", Token(StrChar)),
                rf(r"0x[0-9a-f]+[lu]?", "i", Token(Num)),
                rf(
                    r"
          [0-9]
          ([.][0-9]*)? # decimal
          (e[+-][0-9]+)? # exponent
          [fldu]? # type
        ",
                    "ix",
                    Token(Num),
                ),
                r(
                    r"\b(?:class|struct|interface)\b",
                    TokenThen(Keyword, Push("class")),
                ),
                r(
                    r"\b(?:namespace|using)\b",
                    TokenThen(Keyword, Push("namespace")),
                ),
                r(
                    &format!(r"^#[ \t]*({CPP_KEYWORDS})\b.*?\n"),
                    Token(CommentPreproc),
                ),
                r(&format!(r"\b({KEYWORDS})\b"), Token(Keyword)),
                r(&format!(r"\b({KEYWORDS_TYPE})\b"), Token(KeywordType)),
                r(&format!(r"{ID}(?=\s*[(])"), Token(NameFunction)),
                r(ID, Token(Name)),
            ],
        ),
        (
            "class",
            vec![mixin("whitespace"), r(ID, TokenThen(NameClass, Pop(1)))],
        ),
        (
            "namespace",
            vec![
                mixin("whitespace"),
                r(r"(?=[(])", TokenThen(Text, Pop(1))),
                r(&format!(r"({ID}|[.])+"), TokenThen(NameNamespace, Pop(1))),
            ],
        ),
    ])
});
