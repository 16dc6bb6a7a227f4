//! Rouge's `java` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, rule};
use super::token::Tok::*;

const ID: &str = r"[\p{Alphabetic}_][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*";

fn method(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.recurse(m.get(1));
    l.token(NameFunction, m.get(2));
    l.token(Text, m.get(3));
    l.token(Operator, m.get(4));
}

/// The language.
pub(crate) static JAVA: LazyLock<Language> = LazyLock::new(|| {
    let keywords = "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while";
    let declarations = "abstract|const|enum|extends|final|implements|native|private|protected|public|static|strictfp|super|synchronized|throws|transient|volatile";
    let types = "boolean|byte|char|double|float|int|long|short|var|void";
    let digit = "(?:[0-9]_+[0-9]|[0-9])";
    let bin = "(?:[01]_+[01]|[01])";
    let oct = "(?:[0-7]_+[0-7]|[0-7])";
    let hex = "(?i:[0-9a-f]_+[0-9a-f]|[0-9a-f])";
    Language::new(vec![
        (
            "root",
            vec![
                rule(r"[ \t\r\x0B\x0C]+", Token(Text)),
                rule("//.*?$", Token(CommentSingle)),
                rule(r"(?s)/\*.*?\*/", Token(CommentMultiline)),
                rule(&format!(r"(?:{keywords})\b"), Token(Keyword)),
                rule(
                    r"(?s)([ \t\n\r\x0B\x0C]*(?:[a-zA-Z_][a-zA-Z0-9_.\[\]<>]*[ \t\n\r\x0B\x0C]+)+?)([a-zA-Z_][a-zA-Z0-9_]*)([ \t\n\r\x0B\x0C]*)(\()",
                    Custom(method),
                ),
                rule(&format!("@{ID}"), Token(NameDecorator)),
                rule(&format!(r"(?:{declarations})\b"), Token(KeywordDeclaration)),
                rule(&format!(r"(?:{types})\b"), Token(KeywordType)),
                rule(r"(?:true|false|null)\b", Token(KeywordConstant)),
                rule(
                    r"(?:class|interface)\b",
                    TokenThen(KeywordDeclaration, Push("class")),
                ),
                rule(
                    r"(?:import|package)\b",
                    TokenThen(KeywordNamespace, Push("import")),
                ),
                rule(r#""(\\\\|\\"|[^"])*""#, Token(Str)),
                rule(r"'(?:\\.|[^\\]|\\u[0-9a-f]{4})'", Token(StrChar)),
                rule(&format!(r"(\.)({ID})"), Groups(&[Operator, NameAttribute])),
                rule(&format!("{ID}:"), Token(NameLabel)),
                rule(r"\p{Lu}[\p{Lu}\p{Nd}_]*\b", Token(NameConstant)),
                rule(r"\p{Lu}[\p{Alphabetic}\p{Nd}]*\b", Token(NameClass)),
                rule(&format!(r"\$?{ID}"), Token(Name)),
                rule(r"[~^*!%&\[\](){}<>|+=:;,./?-]", Token(Operator)),
                rule(
                    &format!(r"{digit}+\.{digit}+([eE]{digit}+)?[fd]?"),
                    Token(NumFloat),
                ),
                rule(&format!("(?i:0b){bin}+"), Token(NumBin)),
                rule(&format!("(?i:0x){hex}+"), Token(NumHex)),
                rule(&format!("0{oct}+"), Token(NumOct)),
                rule(&format!("{digit}+L?"), Token(NumInteger)),
                rule(r"\n", Token(Text)),
            ],
        ),
        (
            "class",
            vec![
                rule(r"[ \t\n\r\x0B\x0C]+", Token(Text)),
                rule(ID, TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "import",
            vec![
                rule(r"[ \t\n\r\x0B\x0C]+", Token(Text)),
                rule(r"(?i)[a-z0-9_.]+\*?", TokenThen(NameNamespace, Pop(1))),
            ],
        ),
    ])
});
