//! Rouge's `vb` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &["Console", "ConsoleColor"];
const KEYWORDS: &[&str] = &[
    "AddHandler",
    "Alias",
    "ByRef",
    "ByVal",
    "CBool",
    "CByte",
    "CChar",
    "CDate",
    "CDbl",
    "CDec",
    "CInt",
    "CLng",
    "CObj",
    "CSByte",
    "CShort",
    "CSng",
    "CStr",
    "CType",
    "CUInt",
    "CULng",
    "CUShort",
    "Call",
    "Case",
    "Catch",
    "Class",
    "Const",
    "Continue",
    "Declare",
    "Default",
    "Delegate",
    "Dim",
    "DirectCast",
    "Do",
    "Each",
    "Else",
    "ElseIf",
    "End",
    "EndIf",
    "Enum",
    "Erase",
    "Error",
    "Event",
    "Exit",
    "False",
    "Finally",
    "For",
    "Friend",
    "Function",
    "Get",
    "Global",
    "GoSub",
    "GoTo",
    "Handles",
    "If",
    "Implements",
    "Imports",
    "Inherits",
    "Interface",
    "Let",
    "Lib",
    "Loop",
    "Me",
    "Module",
    "MustInherit",
    "MustOverride",
    "MyBase",
    "MyClass",
    "Namespace",
    "Narrowing",
    "New",
    "Next",
    "Not",
    "NotInheritable",
    "NotOverridable",
    "Nothing",
    "Of",
    "On",
    "Operator",
    "Option",
    "Optional",
    "Overloads",
    "Overridable",
    "Overrides",
    "ParamArray",
    "Partial",
    "Private",
    "Property",
    "Protected",
    "Public",
    "RaiseEvent",
    "ReDim",
    "ReadOnly",
    "RemoveHandler",
    "Resume",
    "Return",
    "Select",
    "Set",
    "Shadows",
    "Shared",
    "Single",
    "Static",
    "Step",
    "Stop",
    "Structure",
    "Sub",
    "SyncLock",
    "Then",
    "Throw",
    "To",
    "True",
    "Try",
    "TryCast",
    "Using",
    "Wend",
    "When",
    "While",
    "Widening",
    "With",
    "WithEvents",
    "WriteOnly",
];
const KEYWORDS_TYPE: &[&str] = &[
    "Boolean", "Byte", "Char", "Date", "Decimal", "Double", "Integer", "Long", "Object", "SByte",
    "Short", "Single", "String", "Variant", "UInteger", "ULong", "UShort",
];
const OPERATOR_WORDS: &[&str] = &[
    "AddressOf",
    "And",
    "AndAlso",
    "As",
    "GetType",
    "In",
    "Is",
    "IsNot",
    "Like",
    "Mod",
    "Or",
    "OrElse",
    "TypeOf",
    "Xor",
];

/// The language.
pub(crate) static VB: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"\n"#, TokenThen(Text, Push("bol"))),
                rule(r#"(?i)rem\b.*?$"#, Token(CommentSingle)),
                rule(r#"(?s)%\{.*?%\}"#, Token(CommentMultiline)),
                rule(r#"'.*$"#, Token(CommentSingle)),
            ],
        ),
        (
            "bol",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"<.*?>"#, Token(NameAttribute)),
                rule(r#""#, Custom(|_l, _m| {})),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                rule(
                    r#"[#]If\b.*?\bThen|[#]ElseIf\b.*?\bThen|[#]End[ \t\n\r\x0B\x0C]+If|[#]Const|[#]ExternalSource.*?\n|[#]End[ \t\n\r\x0B\x0C]+ExternalSource|[#]Region.*?\n|[#]End[ \t\n\r\x0B\x0C]+Region|[#]ExternalChecksum"#,
                    Token(CommentPreproc),
                ),
                rule(r#"[.]"#, TokenThen(Punctuation, Push("dotted"))),
                rule(r#"[(){}!#,:]"#, Token(Punctuation)),
                rule(
                    r#"Option[ \t\n\r\x0B\x0C]+(Strict|Explicit|Compare)[ \t\n\r\x0B\x0C]+(On|Off|Binary|Text)"#,
                    Token(KeywordDeclaration),
                ),
                rule(r#"End\b"#, TokenThen(Keyword, Push("end"))),
                rule(r#"(Dim|Const)\b"#, TokenThen(Keyword, Push("dim"))),
                rule(
                    r#"(Function|Sub|Property)\b"#,
                    TokenThen(Keyword, Push("funcname")),
                ),
                rule(
                    r#"(Class|Structure|Enum)\b"#,
                    TokenThen(Keyword, Push("classname")),
                ),
                rule(
                    r#"(Module|Namespace|Imports)\b"#,
                    TokenThen(Keyword, Push("namespace")),
                ),
                rule(
                    r#"[A-Z][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if KEYWORDS.contains(&m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if KEYWORDS_TYPE.contains(&m.get(0)) {
                            l.token(KeywordType, m.get(0));
                        } else if OPERATOR_WORDS.contains(&m.get(0)) {
                            l.token(OperatorWord, m.get(0));
                        } else if BUILTINS.contains(&m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"&=|[*]=|/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[-&*/\\^+=<>.]"#,
                    Token(Operator),
                ),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"(?i-s:[a-z_][a-zA-Z0-9_]*)[%&@!#\$]?"#, Token(Name)),
                rule(r#"#.*?#"#, Token(LiteralDate)),
                rule(
                    r#"(?i)([0-9]+\.[0-9]*|[0-9]*\.[0-9]+)(f[+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9]+([SILDFR]|US|UI|UL)?"#, Token(NumInteger)),
                rule(r#"&H[0-9a-f]+([SILDFR]|US|UI|UL)?"#, Token(NumInteger)),
                rule(r#"&O[0-7]+([SILDFR]|US|UI|UL)?"#, Token(NumInteger)),
                rule(r#"_\n"#, Token(Keyword)),
            ],
        ),
        (
            "dotted",
            vec![
                mixin("whitespace"),
                rule(r#"(?i)[a-z_][a-zA-Z0-9_]*"#, TokenThen(Name, Pop(1))),
            ],
        ),
        (
            "string",
            vec![
                rule(r#""""#, Token(StrEscape)),
                rule(r#""C?"#, TokenThen(Str, Pop(1))),
                rule(r#"[^"]+"#, Token(Str)),
            ],
        ),
        (
            "dim",
            vec![
                mixin("whitespace"),
                rule(
                    r#"(?i)[a-z_][a-zA-Z0-9_]*"#,
                    TokenThen(NameVariable, Pop(1)),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "funcname",
            vec![
                mixin("whitespace"),
                rule(
                    r#"(?i)[a-z_][a-zA-Z0-9_]*"#,
                    TokenThen(NameFunction, Pop(1)),
                ),
            ],
        ),
        (
            "classname",
            vec![
                mixin("whitespace"),
                rule(r#"(?i)[a-z_][a-zA-Z0-9_]*"#, TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "namespace",
            vec![
                mixin("whitespace"),
                rule(
                    r#"(?i-s:[a-z_][a-zA-Z0-9_]*)([.](?i-s:[a-z_][a-zA-Z0-9_]*))*"#,
                    TokenThen(NameNamespace, Pop(1)),
                ),
            ],
        ),
        (
            "end",
            vec![
                mixin("whitespace"),
                rule(
                    r#"(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)\b"#,
                    TokenThen(Keyword, Pop(1)),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
    ])
});
