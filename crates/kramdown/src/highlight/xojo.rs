//! Rouge's `xojo` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static XOJO: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![(
        "root",
        vec![
            rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            rule(r#"(?i)rem\b.*?$"#, Token(CommentSingle)),
            rule(r#"[//'].*$"#, Token(CommentSingle)),
            rule(r#"(?is)\#tag Note.*?\#tag EndNote"#, Token(CommentPreproc)),
            rule(r#"[ \t\n\r\x0B\x0C]*[#].*$"#, Token(CommentPreproc)),
            rule(r#"".*?""#, Token(StrDouble)),
            rule(r#"[(){}!#,:]"#, Token(Punctuation)),
            rule(
                r#"(?i)\b(?:addhandler|aggregates|array|asc|assigns|attributes|begin|break|byref|byval|call|case|catch|class|const|continue|char|ctype|declare|delegate|dim|do|downto|each|else|elseif|end|enum|event|exception|exit|extends|false|finally|for|function|global|goto|if|implements|inherits|interface|lib|loop|mod|module|new|next|nil|object|of|optional|paramarray|private|property|protected|public|raise|raiseevent|rect|redim|removehandler|return|select|shared|soft|static|step|sub|super|then|to|true|try|until|using|uend|uhile)\b"#,
                Token(Keyword),
            ),
            rule(
                r#"(?i)\b(?:boolean|cfstringref|cgfloat|cstring|curency|date|double|int8|int16|int32|int64|integer|ostype|pstring|ptr|short|single|single|string|structure|variant|uinteger|uint8|uint16|uint32|uint64|ushort|windowptr|wstring)\b"#,
                Token(KeywordDeclaration),
            ),
            rule(
                r#"(?i)\b(?:addressof|weakaddressof|and|as|in|is|isa|mod|not|or|xor)\b"#,
                Token(Operator),
            ),
            rule(
                r#"(?i)[+-]?([0-9]+\.[0-9]*|[0-9]*\.[0-9]+)"#,
                Token(NumFloat),
            ),
            rule(r#"[+-]?[0-9]+"#, Token(NumInteger)),
            rule(r#"(?i)&[CH][0-9a-f]+"#, Token(NumHex)),
            rule(r#"(?i)&O[0-7]+"#, Token(NumOct)),
            rule(r#"(?i)\b[a-zA-Z0-9_\.]+\b"#, Token(Text)),
            rule(r#"<=|>=|<>|[=><\+\-\*/\\]"#, Token(Operator)),
        ],
    )])
});
