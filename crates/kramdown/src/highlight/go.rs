//! Rouge's `go` lexer (go, golang).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static GO: LazyLock<Language> = LazyLock::new(|| {
    let decimals = "[0-9]+";
    let exponent = format!("[eE][+\\-]?{decimals}");
    let float = format!(
        r"(?:{decimals}\.(?:{decimals})?(?:{exponent})?|{decimals}{exponent}|\.{decimals}(?:{exponent})?)"
    );
    let hex = "[0-9A-Fa-f]";
    let escaped = r#"\\[abfnrtv\\'"]"#;
    let little_u = format!(r"\\u{hex}{{4}}");
    let big_u = format!(r"\\U{hex}{{8}}");
    let unicode_value = format!("(?:[^\\n]|{little_u}|{big_u}|{escaped})");
    let byte_value = format!(r"(?:\\[0-7]{{3}}|\\x{hex}{{2}})");
    Language::new(vec![
        (
            "simple_tokens",
            vec![
                rule(r"//.*|(?s:/\*.*?\*/)", Token(Comment)),
                rule(
                    r"\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\b",
                    Token(Keyword),
                ),
                rule(
                    r"\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\b",
                    Token(KeywordType),
                ),
                rule(
                    r"\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real|recover)\b",
                    Token(NameBuiltin),
                ),
                rule(r"\b(?:true|false|iota|nil)\b", Token(NameConstant)),
                rule(&format!("(?:{decimals}|{float})i"), Token(Num)),
                rule(&float, Token(Num)),
                rule(&format!("0[xX]{hex}+|[0-9][0-9]*|0[0-7]*"), Token(Num)),
                rule(
                    &format!("'(?:{unicode_value}|{byte_value})'"),
                    Token(StrChar),
                ),
                rule(
                    r"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|\^=|\^|>>=|>>|>=|>|/|/=|:=|%|%=|\.\.\.|\.|:",
                    Token(Operator),
                ),
                rule(r"\(|\)|\[|\]|\{|\}|,|;", Token(Punctuation)),
                rule(
                    r"[\p{Alphabetic}_](?:[\p{Alphabetic}_]|\p{Nd})*",
                    Token(Name),
                ),
                rule(r"[ \t\n\r\x0B\x0C]+", Token(Text)),
            ],
        ),
        (
            "root",
            vec![
                mixin("simple_tokens"),
                rule("`", TokenThen(Str, Push("raw_string"))),
                rule("\"", TokenThen(Str, Push("interpreted_string"))),
            ],
        ),
        (
            "interpreted_string",
            vec![
                rule(
                    &format!("{escaped}|{little_u}|{big_u}|\\\\x{hex}{{2}}"),
                    Token(StrEscape),
                ),
                rule(r"\\.", Token(Error)),
                rule("\"", TokenThen(Str, Pop(1))),
                rule(r#"[^"\\]+"#, Token(Str)),
            ],
        ),
        (
            "raw_string",
            vec![
                rule("`", TokenThen(Str, Pop(1))),
                rule("(?s)[^`]+", Token(Str)),
            ],
        ),
    ])
});
