//! Rouge's `turtle` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static TURTLE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(r#"@base\b"#, Token(KeywordDeclaration)),
            rule(r#"@prefix\b"#, Token(KeywordDeclaration)),
            rule(r#"true\b"#, Token(KeywordConstant)),
            rule(r#"false\b"#, Token(KeywordConstant)),
            rule(r#"(?s)""".*?""""#, Token(Str)),
            rule(r#""([^"\\]|\\.)*""#, Token(Str)),
            rule(r#"(?s)'''.*?'''"#, Token(Str)),
            rule(r#"'([^'\\]|\\.)*'"#, Token(Str)),
            rule(r#"#.*$"#, Token(CommentSingle)),
            rule(r#"@[^ \t\n\r\x0B\x0C,.;]+"#, Token(NameAttribute)),
            rule(r#"[+-]?[0-9]+\.[0-9]*E[+-]?[0-9]+"#, Token(NumFloat)),
            rule(r#"[+-]?\.[0-9]+E[+-]?[0-9]+"#, Token(NumFloat)),
            rule(r#"[+-]?[0-9]+E[+-]?[0-9]+"#, Token(NumFloat)),
            rule(r#"[+-]?[0-9]*\.[0-9]+?"#, Token(NumFloat)),
            rule(r#"[+-]?[0-9]+"#, Token(NumInteger)),
            rule(r#"\."#, Token(Punctuation)),
            rule(r#","#, Token(Punctuation)),
            rule(r#";"#, Token(Punctuation)),
            rule(r#"\("#, Token(Punctuation)),
            rule(r#"\)"#, Token(Punctuation)),
            rule(r#"\{"#, Token(Punctuation)),
            rule(r#"\}"#, Token(Punctuation)),
            rule(r#"\["#, Token(Punctuation)),
            rule(r#"\]"#, Token(Punctuation)),
            rule(r#"\^\^"#, Token(Punctuation)),
            rule(r#"<[^>]*>"#, Token(NameLabel)),
            rule(r#"(?i)base\b"#, Token(KeywordDeclaration)),
            rule(r#"(?i)prefix\b"#, Token(KeywordDeclaration)),
            rule(r#"GRAPH\b"#, Token(Keyword)),
            rule(r#"a\b"#, Token(Keyword)),
            rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            rule(r#"[^:;<>#@"\(\).\[\]\{\} ]*:"#, Token(NameNamespace)),
            rule(r#"[^:;<>#@"\(\).\[\]\{\} ]+"#, Token(Name)),
        ],
    )])
});
