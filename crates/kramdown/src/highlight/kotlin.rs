//! Rouge's `kotlin` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The `kotlin` language.
pub(crate) static KOTLIN: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"\b(companion)([ \t\n\r\x0B\x0C]+)(object)\b"#,
                    Groups(&[Keyword, Text, Keyword]),
                ),
                rule(
                    r#"\b(class|data[ \t\n\r\x0B\x0C]+class|interface|object)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[KeywordDeclaration, Text], Push("class")),
                ),
                rule(
                    r#"\b(fun)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("function")),
                ),
                rule(
                    r#"\b(package|import)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Text], Push("package")),
                ),
                rule(
                    r#"\b(val|var)([ \t\n\r\x0B\x0C]+)(\()"#,
                    GroupsThen(
                        &[KeywordDeclaration, Text, Punctuation],
                        Push("destructure"),
                    ),
                ),
                rule(
                    r#"\b(val|var)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[KeywordDeclaration, Text], Push("property")),
                ),
                rule(
                    r#"(return|continue|break|this|super)(@(?-si:`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?))?\b"#,
                    Groups(&[Keyword, NameDecorator]),
                ),
                rule(r#"\bfun\b"#, Token(Keyword)),
                rule(
                    r#"\b(?:abstract|annotation|as|break|by|catch|class|companion|const|constructor|continue|crossinline|do|dynamic|else|enum|external|false|final|finally|for|fun|get|if|import|in|infix|inline|inner|interface|internal|is|lateinit|noinline|null|object|open|operator|out|override|package|private|protected|public|reified|return|sealed|set|super|suspend|tailrec|this|throw|true|try|typealias|typeof|val|var|vararg|when|where|while|yield)\b"#,
                    Token(Keyword),
                ),
                rule(r#"^[ \t\n\r\x0B\x0C]*\[.*?\]"#, Token(NameAttribute)),
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text)),
                rule(r#"\\\n"#, Token(Text)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"/[*].*[*]/"#, Token(CommentMultiline)),
                rule(r#"/[*].*"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"\n"#, Token(Text)),
                rule(r#"(::)(class)"#, Groups(&[Operator, Keyword])),
                rule(r#"::|!!|\?[:.]"#, Token(Operator)),
                rule(r#"(\.\.)"#, Token(Operator)),
                rule(
                    r#"((?-si:(((?-si:([0-9][0-9_]*[0-9])|[0-9]))?\.(?-si:([0-9][0-9_]*[0-9])|[0-9])((?-si:[eE][+-]?((?-si:([0-9][0-9_]*[0-9])|[0-9]))))?)|((?-si:([0-9][0-9_]*[0-9])|[0-9])(?-si:[eE][+-]?((?-si:([0-9][0-9_]*[0-9])|[0-9])))))[fF]?)|((?-si:([0-9][0-9_]*[0-9])|[0-9])[fF])"#,
                    Token(NumFloat),
                ),
                rule(r#"0[bB]([01][01_]*[01]|[01])[uU]?L?"#, Token(NumBin)),
                rule(
                    r#"0[xX]([0-9a-fA-F][0-9a-fA-F_]*[0-9a-fA-F]|[0-9a-fA-F])[uU]?L?"#,
                    Token(NumHex),
                ),
                rule(r#"(([1-9][0-9_]*[0-9])|[0-9])[uU]?L?"#, Token(NumInteger)),
                rule(r#"[\~!%^\&*()+=|\[\]:;,.<>/?-]"#, Token(Punctuation)),
                rule(r#"[{}]"#, Token(Punctuation)),
                rule(r#"(?s)@"(""|[^"])*""#, Token(Str)),
                rule(r#"(?s)""".*?""""#, Token(Str)),
                rule(r#"(?s)"(\\\\|\\"|[^"\n])*["\n]"#, Token(Str)),
                rule(r#"'\\.'|'[^\\]'"#, Token(StrChar)),
                rule(
                    r#"(@(?-si:`?[\p{Lu}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?))"#,
                    Token(NameDecorator),
                ),
                rule(
                    r#"((?-si:`?[\p{Lu}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?))(<)"#,
                    GroupsThen(&[NameClass, Punctuation], Push("generic_parameters")),
                ),
                rule(
                    r#"`?[\p{Lu}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                    Token(NameClass),
                ),
                rule(
                    r#"((?-si:`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?))(?=[ \t\n\r\x0B\x0C]*[({])"#,
                    Token(NameFunction),
                ),
                rule(
                    r#"((?-si:`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?))@"#,
                    Token(NameDecorator),
                ),
                rule(
                    r#"`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                    Token(Name),
                ),
            ],
        ),
        (
            "package",
            vec![rule(
                r#"[^ \t\n\r\x0B\x0C]+"#,
                TokenThen(NameNamespace, Pop(1)),
            )],
        ),
        (
            "class",
            vec![rule(
                r#"`?[\p{Lu}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                TokenThen(NameClass, Pop(1)),
            )],
        ),
        (
            "function",
            vec![
                rule(r#"(<)"#, TokenThen(Punctuation, Push("generic_parameters"))),
                rule(r#"([ \t\n\r\x0B\x0C]+)"#, Token(Text)),
                rule(
                    r#"((?-si:`?[\p{Lu}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?))(\.)"#,
                    Groups(&[NameClass, Punctuation]),
                ),
                rule(
                    r#"`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
            ],
        ),
        (
            "generic_parameters",
            vec![
                rule(
                    r#"`?[\p{Lu}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                    Token(NameClass),
                ),
                rule(r#"(<)"#, TokenThen(Punctuation, Push("generic_parameters"))),
                rule(r#"(reified|out|in)"#, Token(Keyword)),
                rule(r#"([,:.?])"#, Token(Punctuation)),
                rule(r#"([ \t\n\r\x0B\x0C]+)"#, Token(Text)),
                rule(r#"(>)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "property",
            vec![
                rule(r#"(<)"#, TokenThen(Punctuation, Push("generic_parameters"))),
                rule(r#"([ \t\n\r\x0B\x0C]+)"#, Token(Text)),
                rule(
                    r#"`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                    TokenThen(NameProperty, Pop(1)),
                ),
            ],
        ),
        (
            "destructure",
            vec![
                rule(r#"(,)"#, Token(Punctuation)),
                rule(r#"(\))"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"([ \t\n\r\x0B\x0C]+)"#, Token(Text)),
                rule(
                    r#"`?[_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}](?-si:[-_\p{Lu}\p{Ll}\p{Lt}\p{Lm}\p{Nl}\p{Nd}\p{Pc}\p{Cf}\p{Mn}\p{Mc}]*)`?"#,
                    Token(NameProperty),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"/[*]"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"[*]/"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"[^/*]+"#, Token(CommentMultiline)),
                rule(r#"[/*]"#, Token(CommentMultiline)),
            ],
        ),
    ])
});
