//! Rouge's `pascal` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, mixin, rule};
use super::token::Tok::*;

/// The `pascal` language.
pub(crate) static PASCAL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"(//).*$\n?"#, Token(CommentSingle)),
                rule(r#"(--).*$\n?"#, Token(CommentSingle)),
                rule(r#"(?s)\(\*.*?\*\)"#, Token(CommentMultiline)),
                rule(r#"(?s)\{.*?\}"#, Token(CommentMultiline)),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule(
                    r#"((0(x|X)[0-9a-fA-F]*)|(([0-9]+\.?[0-9]*)|(\.[0-9]+))((e|E)(\+|-)?[0-9]+)?)(L|l|UL|ul|u|U|F|f|ll|LL|ull|ULL)?"#,
                    Token(Num),
                ),
                rule(r#"\$[0-9A-Fa-f]+"#, Token(NumHex)),
                rule(
                    r#"[\~!@#\$%\^\&\*\(\)\+`\-={}\[\]:;<>\?,\./\|\\]"#,
                    Token(Punctuation),
                ),
                rule(r#"'([^']|'')*'"#, Token(Str)),
                rule(r#"(?i)(true|false|nil)\b"#, Token(NameBuiltin)),
                rule(
                    r#"(?i)\b(absolute|abstract|all|and|and_then|array|as|asm|assembler|attribute|begin|bindable|case|class|const|constructor|delay|destructor|div|do|downto|else|end|except|exit|export|exports|external|far|file|finalization|finally|for|forward|function|goto|if|implementation|import|in|inc|index|inherited|initialization|inline|interface|interrupt|is|label|library|message|mod|module|near|nil|not|object|of|on|only|operator|or|or_else|otherwise|out|overload|override|packed|pascal|pow|private|procedure|program|property|protected|public|published|qualified|raise|read|record|register|repeat|resident|resourcestring|restricted|safecall|segment|set|shl|shr|stdcall|stored|string|then|threadvar|to|try|type|unit|until|uses|value|var|view|virtual|while|with|write|writeln|xor)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"(?i)\b(ansichar|ansistring|bool|boolean|byte|bytebool|cardinal|char|comp|currency|double|dword|extended|int64|integer|iunknown|longbool|longint|longword|pansichar|pansistring|pbool|pboolean|pbyte|pbytearray|pcardinal|pchar|pcomp|pcurrency|pdate|pdatetime|pdouble|pdword|pextended|phandle|pint64|pinteger|plongint|plongword|pointer|ppointer|pshortint|pshortstring|psingle|psmallint|pstring|pvariant|pwidechar|pwidestring|pword|pwordarray|pwordbool|real|real48|shortint|shortstring|single|smallint|string|tclass|tdate|tdatetime|textfile|thandle|tobject|ttime|variant|widechar|widestring|word|wordbool)\b"#,
                    Token(KeywordType),
                ),
                rule(r#"(?i)@?[_a-z][a-zA-Z0-9_]*"#, Token(Name)),
            ],
        ),
    ])
});
