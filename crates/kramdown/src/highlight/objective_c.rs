//! Rouge's `objective_c`, `objective_cpp` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const OBJECTIVE_C_AT_KEYWORDS: &[&str] = &[
    "autoreleasepool",
    "catch",
    "dynamic",
    "encode",
    "end",
    "finally",
    "implementation",
    "import",
    "interface",
    "optional",
    "private",
    "property",
    "protected",
    "public",
    "selector",
    "synchronized",
    "synthesize",
    "throw",
    "try",
];
const OBJECTIVE_C_BUILTINS: &[&str] = &["NO", "YES", "nil"];
const OBJECTIVE_C_AT_BUILTINS: &[&str] = &["NO", "YES", "false", "true"];
const OBJECTIVE_C_KEYWORDS: &[&str] = &[
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local",
    "auto",
    "break",
    "case",
    "const",
    "continue",
    "default",
    "do",
    "else",
    "enum",
    "extern",
    "for",
    "goto",
    "if",
    "register",
    "restricted",
    "return",
    "sizeof",
    "static",
    "struct",
    "switch",
    "typedef",
    "union",
    "virtual",
    "volatile",
    "while",
];
const OBJECTIVE_C_RESERVED: &[&str] = &[
    "__asm",
    "__based",
    "__cdecl",
    "__declspec",
    "__except",
    "__fastcall",
    "__finally",
    "__inline",
    "__int16",
    "__int32",
    "__int61",
    "__int8",
    "__leave",
    "__naked",
    "__restrict",
    "__stdcall",
    "__thread",
    "__try",
    "__typename",
    "_inline",
    "_naked",
    "_restrict",
    "_thread",
    "_typename",
    "inline",
    "naked",
    "restrict",
    "thread",
    "typename",
];
const OBJECTIVE_C_KEYWORDS_TYPE: &[&str] = &[
    "DIR",
    "FILE",
    "_Bool",
    "_Complex",
    "char",
    "char16_t",
    "char32_t",
    "clock_t",
    "div_t",
    "double",
    "float",
    "fpos_t",
    "int",
    "int16_t",
    "int32_t",
    "int64_t",
    "int8_t",
    "int_fast16_t",
    "int_fast32_t",
    "int_fast64_t",
    "int_fast8_t",
    "int_least16_t",
    "int_least32_t",
    "int_least64_t",
    "int_least8_t",
    "intmax_t",
    "intptr_t",
    "jmp_buf",
    "ldiv_t",
    "long",
    "mbstate_t",
    "off_t",
    "ptrdiff_t",
    "short",
    "sig_atomic_t",
    "signed",
    "size_t",
    "ssize_t",
    "time_t",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "uint8_t",
    "uint_fast16_t",
    "uint_fast32_t",
    "uint_fast64_t",
    "uint_fast8_t",
    "uint_least16_t",
    "uint_least32_t",
    "uint_least64_t",
    "uint_least8_t",
    "uintmax_t",
    "uintptr_t",
    "unsigned",
    "va_list",
    "void",
    "wchar_t",
    "wctrans_t",
    "wctype_t",
    "wint_t",
];
const OBJECTIVE_CPP_AT_KEYWORDS: &[&str] = &[
    "autoreleasepool",
    "catch",
    "dynamic",
    "encode",
    "end",
    "finally",
    "implementation",
    "import",
    "interface",
    "optional",
    "private",
    "property",
    "protected",
    "public",
    "selector",
    "synchronized",
    "synthesize",
    "throw",
    "try",
];
const OBJECTIVE_CPP_BUILTINS: &[&str] = &["NO", "YES", "nil"];
const OBJECTIVE_CPP_AT_BUILTINS: &[&str] = &["NO", "YES", "false", "true"];
const OBJECTIVE_CPP_RESERVED: &[&str] = &[
    "__asm",
    "__based",
    "__cdecl",
    "__declspec",
    "__event",
    "__except",
    "__fastcall",
    "__finally",
    "__inline",
    "__int16",
    "__int32",
    "__int61",
    "__int8",
    "__interface",
    "__leave",
    "__multiple_inheritance",
    "__naked",
    "__restrict",
    "__single_inheritance",
    "__stdcall",
    "__super",
    "__thread",
    "__try",
    "__typename",
    "__uuidof",
    "__virtual_inheritance",
    "_inline",
    "_naked",
    "_restrict",
    "_thread",
    "_typename",
    "inline",
    "naked",
    "restrict",
    "thread",
    "typename",
];
const OBJECTIVE_CPP_KEYWORDS: &[&str] = &[
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local",
    "alignas",
    "alignof",
    "asm",
    "auto",
    "break",
    "case",
    "catch",
    "char8_t",
    "co_await",
    "co_return",
    "co_yield",
    "concept",
    "const",
    "const_cast",
    "consteval",
    "constexpr",
    "constinit",
    "continue",
    "decltype",
    "default",
    "delete",
    "do",
    "dynamic_cast",
    "else",
    "enum",
    "explicit",
    "export",
    "extern",
    "final",
    "for",
    "friend",
    "goto",
    "if",
    "mutable",
    "namespace",
    "new",
    "noexcept",
    "operator",
    "override",
    "private",
    "protected",
    "public",
    "register",
    "reinterpret_cast",
    "requires",
    "restrict",
    "restricted",
    "return",
    "size_of",
    "sizeof",
    "static",
    "static_assert",
    "static_cast",
    "struct",
    "switch",
    "this",
    "thread_local",
    "throw",
    "throws",
    "try",
    "typedef",
    "typeid",
    "typename",
    "union",
    "using",
    "virtual",
    "volatile",
    "while",
];
const OBJECTIVE_CPP_KEYWORDS_TYPE: &[&str] = &[
    "DIR",
    "FILE",
    "_Bool",
    "_Complex",
    "bool",
    "char",
    "char16_t",
    "char32_t",
    "clock_t",
    "div_t",
    "double",
    "float",
    "fpos_t",
    "int",
    "int16_t",
    "int32_t",
    "int64_t",
    "int8_t",
    "int_fast16_t",
    "int_fast32_t",
    "int_fast64_t",
    "int_fast8_t",
    "int_least16_t",
    "int_least32_t",
    "int_least64_t",
    "int_least8_t",
    "intmax_t",
    "intptr_t",
    "jmp_buf",
    "ldiv_t",
    "long",
    "mbstate_t",
    "off_t",
    "ptrdiff_t",
    "short",
    "sig_atomic_t",
    "signed",
    "size_t",
    "ssize_t",
    "time_t",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "uint8_t",
    "uint_fast16_t",
    "uint_fast32_t",
    "uint_fast64_t",
    "uint_fast8_t",
    "uint_least16_t",
    "uint_least32_t",
    "uint_least64_t",
    "uint_least8_t",
    "uintmax_t",
    "uintptr_t",
    "unsigned",
    "va_list",
    "void",
    "wchar_t",
    "wctrans_t",
    "wctype_t",
    "wint_t",
];

/// The `objective_c` language.
pub(crate) static OBJECTIVE_C: LazyLock<Language> = LazyLock::new(|| {
    //START ["/usr/share/rubygems-integration/all/gems/rouge-3.30.0/lib/rouge/lexers/c.rb", 63]
    //RB push :bol
    Language::with_start(
        vec![
            (
                "statements",
                vec![
                    rule(r#"@""#, TokenThen(Str, Push("string"))),
                    rule(
                        r#"@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')"#,
                        Token(StrChar),
                    ),
                    rule(
                        r#"(?i)@([0-9]+[.][0-9]*|[.][0-9]+|[0-9]+)e[+-]?[0-9]+l?"#,
                        Token(NumFloat),
                    ),
                    rule(
                        r#"(?i)@([0-9]+[.][0-9]*|[.][0-9]+|[0-9]+f)f?"#,
                        Token(NumFloat),
                    ),
                    rule(r#"@0x[0-9a-fA-F]+[lL]?"#, Token(NumHex)),
                    rule(r#"(?i)@0[0-7]+l?"#, Token(NumOct)),
                    rule(r#"@[0-9]+l?"#, Token(NumInteger)),
                    rule(r#"\bin\b"#, Token(Keyword)),
                    rule(
                        r#"@(?:interface|implementation)\b"#,
                        TokenThen(Keyword, Push("objc_classname")),
                    ),
                    rule(
                        r#"@(?:class|protocol)\b"#,
                        TokenThen(Keyword, Push("forward_classname")),
                    ),
                    rule(
                        r#"@([\p{Alphabetic}\p{Nd}]+)"#,
                        Custom(|l, m| {
                            if has(OBJECTIVE_C_AT_KEYWORDS, m.get(1)) {
                                l.token(Keyword, m.get(0));
                            } else if has(OBJECTIVE_C_AT_BUILTINS, m.get(1)) {
                                l.token(NameBuiltin, m.get(0));
                            } else {
                                l.token(Error, m.get(0));
                            }
                        }),
                    ),
                    rule(r#"[?]"#, TokenThen(Punctuation, Push("ternary"))),
                    rule(r#"\["#, TokenThen(Punctuation, Push("message"))),
                    rule(r#"@\["#, TokenThen(Punctuation, Push("array_literal"))),
                    rule(r#"@\{"#, TokenThen(Punctuation, Push("dictionary_literal"))),
                    mixin("whitespace"),
                    rule(r#"(u8|u|U|L)?""#, TokenThen(Str, Push("string"))),
                    rule(
                        r#"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'"#,
                        Token(StrChar),
                    ),
                    rule(
                        r#"(?i)([0-9]+[.][0-9]*|[.]?[0-9]+)e[+-]?[0-9]+[lu]*"#,
                        Token(NumFloat),
                    ),
                    rule(r#"(?i)[0-9]+e[+-]?[0-9]+[lu]*"#, Token(NumFloat)),
                    rule(r#"(?i)0x[0-9a-f]+[lu]*"#, Token(NumHex)),
                    rule(r#"(?i)0[0-7]+[lu]*"#, Token(NumOct)),
                    rule(r#"(?i)[0-9]+[lu]*"#, Token(NumInteger)),
                    rule(r#"\*/"#, Token(Error)),
                    rule(r#"[\~!%^\&*+=\|?:<>/-]"#, Token(Operator)),
                    rule(r#"[()\[\],.;]"#, Token(Punctuation)),
                    rule(r#"\bcase\b"#, TokenThen(Keyword, Push("case"))),
                    rule(r#"(?:true|false|NULL)\b"#, Token(NameBuiltin)),
                    rule(
                        r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                        Custom(|l, m| {
                            if has(OBJECTIVE_C_KEYWORDS, m.get(0)) {
                                l.token(Keyword, m.get(0));
                            } else if has(OBJECTIVE_C_KEYWORDS_TYPE, m.get(0)) {
                                l.token(KeywordType, m.get(0));
                            } else if has(OBJECTIVE_C_RESERVED, m.get(0)) {
                                l.token(KeywordReserved, m.get(0));
                            } else if has(OBJECTIVE_C_BUILTINS, m.get(0)) {
                                l.token(NameBuiltin, m.get(0));
                            } else {
                                l.token(Name, m.get(0));
                            }
                        }),
                    ),
                ],
            ),
            (
                "ternary",
                vec![
                    rule(r#":"#, TokenThen(Punctuation, Pop(1))),
                    mixin("statements"),
                ],
            ),
            (
                "message_shared",
                vec![
                    rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#"\{"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#";"#, Token(Error)),
                    mixin("statements"),
                ],
            ),
            (
                "message",
                vec![
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        GroupsThen(
                            &[NameFunction, Text, Punctuation],
                            Goto("message_with_args"),
                        ),
                    ),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(\])"#,
                        GroupsThen(&[NameFunction, Text, Punctuation], Pop(1)),
                    ),
                    mixin("message_shared"),
                ],
            ),
            (
                "message_with_args",
                vec![
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        GroupsThen(&[NameFunction, Text, Punctuation], Pop(1)),
                    ),
                    mixin("message_shared"),
                ],
            ),
            (
                "array_literal",
                vec![
                    rule(r#"]"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#","#, Token(Punctuation)),
                    mixin("statements"),
                ],
            ),
            (
                "dictionary_literal",
                vec![
                    rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#","#, Token(Punctuation)),
                    mixin("statements"),
                ],
            ),
            (
                "objc_classname",
                vec![
                    mixin("whitespace"),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)([ \t\n\r\x0B\x0C]*)((?i-s:[a-z$_][a-z0-9$_]*))"#,
                        GroupsThen(&[NameClass, Text, Punctuation, Text, NameClass], Pop(1)),
                    ),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)([(])([ \t\n\r\x0B\x0C]*)((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)([)])"#,
                        GroupsThen(
                            &[
                                NameClass,
                                Text,
                                Punctuation,
                                Text,
                                NameLabel,
                                Text,
                                Punctuation,
                            ],
                            Pop(1),
                        ),
                    ),
                    rule(r#"(?i)[a-z$_][a-z0-9$_]*"#, TokenThen(NameClass, Pop(1))),
                ],
            ),
            (
                "forward_classname",
                vec![
                    mixin("whitespace"),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(,)([ \t\n\r\x0B\x0C]*)"#,
                        GroupsThen(&[NameClass, Text, Punctuation, Text], PushSelf),
                    ),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(;?)"#,
                        GroupsThen(&[NameClass, Text, Punctuation], Pop(1)),
                    ),
                ],
            ),
            (
                "root",
                vec![
                    rule(
                        r#"(?i)([-+])([ \t\n\r\x0B\x0C]*)([(].*?[)])?([ \t\n\r\x0B\x0C]*)(?=(?i-s:[a-z$_][a-z0-9$_]*):?)"#,
                        Custom(|l, m| {
                            l.token(Keyword, m.get(1));
                            l.token(Text, m.get(2));
                            l.recurse(m.get(3));
                            l.token(Text, m.get(4));
                            l.go(Push("method_definition"));
                        }),
                    ),
                    mixin("expr_whitespace"),
                    rule(
                        r#"(?s)([a-zA-Z0-9_* \t\n\r\x0B\x0C]+?[ \t\n\r\x0B\x0C*])((?-si:[a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*\([^;]*?\))((?-si:(?:[ \t\n\r\x0B\x0C]|//.*?\n|/[*].*?[*]/)+)?)(\{|;)"#,
                        Custom(|l, m| {
                            l.recurse(m.get(1));
                            l.token(NameFunction, m.get(2));
                            l.recurse(m.get(3));
                            l.recurse(m.get(4));
                            l.token(Punctuation, m.get(5));
                            if m.get(5) == "{" {
                                l.go(Push("function"));
                            }
                        }),
                    ),
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    mixin("statements"),
                ],
            ),
            (
                "method_definition",
                vec![
                    rule(r#","#, Token(Punctuation)),
                    rule(r#"[.][.][.]"#, Token(Punctuation)),
                    rule(
                        r#"([(].*?[)])((?i-s:[a-z$_][a-z0-9$_]*))"#,
                        Custom(|l, m| {
                            l.recurse(m.get(1));
                            l.token(NameVariable, m.get(2));
                        }),
                    ),
                    rule(
                        r#"(?s)((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        Groups(&[NameFunction, Text, Punctuation]),
                    ),
                    rule(r#";"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#"\{"#, TokenThen(Punctuation, Goto("function"))),
                    mixin("inline_whitespace"),
                    rule(r#"//.*?\n"#, Token(CommentSingle)),
                    rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "expr_bol",
                vec![
                    mixin("inline_whitespace"),
                    rule(r#"#if[ \t\n\r\x0B\x0C]0"#, TokenThen(Comment, Push("if_0"))),
                    rule(r#"#"#, TokenThen(CommentPreproc, Push("macro"))),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "bol",
                vec![
                    rule(r#"(?-si:[a-zA-Z_][a-zA-Z0-9_]*):(?!:)"#, Token(NameLabel)),
                    mixin("expr_bol"),
                ],
            ),
            (
                "inline_whitespace",
                vec![
                    rule(r#"[ \t\r]+"#, Token(Text)),
                    rule(r#"\\\n"#, Token(Text)),
                    rule(r#"(?s)/(\\\n)?[*].*?[*](\\\n)?/"#, Token(CommentMultiline)),
                ],
            ),
            (
                "whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("bol"))),
                    rule(r#"//(\\.|.)*?$"#, TokenThen(CommentSingle, Push("bol"))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "expr_whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("expr_bol"))),
                    mixin("whitespace"),
                ],
            ),
            (
                "case",
                vec![
                    rule(r#":"#, TokenThen(Punctuation, Pop(1))),
                    mixin("statements"),
                ],
            ),
            (
                "function",
                vec![
                    mixin("whitespace"),
                    mixin("statements"),
                    rule(r#";"#, Token(Punctuation)),
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                ],
            ),
            (
                "string",
                vec![
                    rule(r#"""#, TokenThen(Str, Pop(1))),
                    rule(
                        r#"\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"#,
                        Token(StrEscape),
                    ),
                    rule(r#"[^\\"\n]+"#, Token(Str)),
                    rule(r#"\\\n"#, Token(Str)),
                    rule(r#"\\"#, Token(Str)),
                ],
            ),
            (
                "macro",
                vec![
                    mixin("include"),
                    rule(r#"[^/\n\\]+"#, Token(CommentPreproc)),
                    rule(r#"(?s)\\."#, Token(CommentPreproc)),
                    mixin("inline_whitespace"),
                    rule(r#"/"#, Token(CommentPreproc)),
                    rule(r#"\n"#, TokenThen(CommentPreproc, Pop(1))),
                ],
            ),
            (
                "include",
                vec![
                    rule(
                        r#"(include)([ \t\n\r\x0B\x0C]*)(<[^>]+>)([^\n]*)"#,
                        Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                    ),
                    rule(
                        r#"(include)([ \t\n\r\x0B\x0C]*)("[^"]+")([^\n]*)"#,
                        Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                    ),
                ],
            ),
            (
                "if_0",
                vec![
                    rule(
                        r#"^[ \t\n\r\x0B\x0C]*#if"#,
                        TokenThen(Comment, Push("if_0")),
                    ),
                    rule(
                        r#"^[ \t\n\r\x0B\x0C]*#[ \t\n\r\x0B\x0C]*el(?:se|if)"#,
                        TokenThen(Comment, Pop(1)),
                    ),
                    rule(
                        r#"(?s)^[ \t\n\r\x0B\x0C]*#[ \t\n\r\x0B\x0C]*endif\b.*?(?<!\\)\n"#,
                        TokenThen(Comment, Pop(1)),
                    ),
                    rule(r#".*?\n"#, Token(Comment)),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});

/// The `objective_cpp` language.
pub(crate) static OBJECTIVE_CPP: LazyLock<Language> = LazyLock::new(|| {
    //START ["/usr/share/rubygems-integration/all/gems/rouge-3.30.0/lib/rouge/lexers/c.rb", 63]
    //RB push :bol
    Language::with_start(
        vec![
            (
                "statements",
                vec![
                    rule(r#"(\.)(class)"#, Groups(&[Operator, NameBuiltinPseudo])),
                    rule(
                        r#"(@selector)(\()(class)(\))"#,
                        Groups(&[Keyword, Punctuation, NameBuiltinPseudo, Punctuation]),
                    ),
                    rule(r#"@""#, TokenThen(Str, Push("string"))),
                    rule(
                        r#"@'(\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,2}|\\.|[^\\'\n]')"#,
                        Token(StrChar),
                    ),
                    rule(
                        r#"(?i)@([0-9]+[.][0-9]*|[.][0-9]+|[0-9]+)e[+-]?[0-9]+l?"#,
                        Token(NumFloat),
                    ),
                    rule(
                        r#"(?i)@([0-9]+[.][0-9]*|[.][0-9]+|[0-9]+f)f?"#,
                        Token(NumFloat),
                    ),
                    rule(r#"@0x[0-9a-fA-F]+[lL]?"#, Token(NumHex)),
                    rule(r#"(?i)@0[0-7]+l?"#, Token(NumOct)),
                    rule(r#"@[0-9]+l?"#, Token(NumInteger)),
                    rule(r#"\bin\b"#, Token(Keyword)),
                    rule(
                        r#"@(?:interface|implementation)\b"#,
                        TokenThen(Keyword, Push("objc_classname")),
                    ),
                    rule(
                        r#"@(?:class|protocol)\b"#,
                        TokenThen(Keyword, Push("forward_classname")),
                    ),
                    rule(
                        r#"@([\p{Alphabetic}\p{Nd}]+)"#,
                        Custom(|l, m| {
                            if has(OBJECTIVE_CPP_AT_KEYWORDS, m.get(1)) {
                                l.token(Keyword, m.get(0));
                            } else if has(OBJECTIVE_CPP_AT_BUILTINS, m.get(1)) {
                                l.token(NameBuiltin, m.get(0));
                            } else {
                                l.token(Error, m.get(0));
                            }
                        }),
                    ),
                    rule(r#"[?]"#, TokenThen(Punctuation, Push("ternary"))),
                    rule(r#"\["#, TokenThen(Punctuation, Push("message"))),
                    rule(r#"@\["#, TokenThen(Punctuation, Push("array_literal"))),
                    rule(r#"@\{"#, TokenThen(Punctuation, Push("dictionary_literal"))),
                    rule(r#"(class|struct)\b"#, TokenThen(Keyword, Push("classname"))),
                    rule(r#"template\b"#, TokenThen(Keyword, Push("template"))),
                    rule(
                        r#"(?-si:[0-9]('?[0-9])*)(\.(?-si:[0-9]('?[0-9])*))?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\b"#,
                        Token(NumOther),
                    ),
                    rule(
                        r#"(?i)((?-si:[0-9]('?[0-9])*)[.](?-si:[0-9]('?[0-9])*)?|[.](?-si:[0-9]('?[0-9])*))(e[+-]?(?-si:[0-9]('?[0-9])*)[lu]*)?"#,
                        Token(NumFloat),
                    ),
                    rule(
                        r#"(?i)(?-si:[0-9]('?[0-9])*)e[+-]?(?-si:[0-9]('?[0-9])*)[lu]*"#,
                        Token(NumFloat),
                    ),
                    rule(r#"(?i)0x[0-9a-fA-F]('?[0-9a-fA-F])*[lu]*"#, Token(NumHex)),
                    rule(r#"0b[01]+('[01]+)*"#, Token(NumBin)),
                    rule(r#"(?i)0[0-7]('?[0-7])*[lu]*"#, Token(NumOct)),
                    rule(r#"(?i)(?-si:[0-9]('?[0-9])*)[lu]*"#, Token(NumInteger)),
                    rule(r#"\bnullptr\b"#, Token(NameBuiltin)),
                    rule(
                        r#"(?s)(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*\+\-/\^\&|\~!=,"']{0,16})\(.*?\)\1""#,
                        Token(Str),
                    ),
                    rule(r#"(::|<=>)"#, Token(Operator)),
                    rule(r#"[{}]"#, Token(Punctuation)),
                    mixin("whitespace"),
                    rule(r#"(u8|u|U|L)?""#, TokenThen(Str, Push("string"))),
                    rule(
                        r#"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'"#,
                        Token(StrChar),
                    ),
                    rule(
                        r#"(?i)([0-9]+[.][0-9]*|[.]?[0-9]+)e[+-]?[0-9]+[lu]*"#,
                        Token(NumFloat),
                    ),
                    rule(r#"(?i)[0-9]+e[+-]?[0-9]+[lu]*"#, Token(NumFloat)),
                    rule(r#"(?i)0x[0-9a-f]+[lu]*"#, Token(NumHex)),
                    rule(r#"(?i)0[0-7]+[lu]*"#, Token(NumOct)),
                    rule(r#"(?i)[0-9]+[lu]*"#, Token(NumInteger)),
                    rule(r#"\*/"#, Token(Error)),
                    rule(r#"[\~!%^\&*+=\|?:<>/-]"#, Token(Operator)),
                    rule(r#"[()\[\],.;]"#, Token(Punctuation)),
                    rule(r#"\bcase\b"#, TokenThen(Keyword, Push("case"))),
                    rule(r#"(?:true|false|NULL)\b"#, Token(NameBuiltin)),
                    rule(
                        r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                        Custom(|l, m| {
                            if has(OBJECTIVE_CPP_KEYWORDS, m.get(0)) {
                                l.token(Keyword, m.get(0));
                            } else if has(OBJECTIVE_CPP_KEYWORDS_TYPE, m.get(0)) {
                                l.token(KeywordType, m.get(0));
                            } else if has(OBJECTIVE_CPP_RESERVED, m.get(0)) {
                                l.token(KeywordReserved, m.get(0));
                            } else if has(OBJECTIVE_CPP_BUILTINS, m.get(0)) {
                                l.token(NameBuiltin, m.get(0));
                            } else {
                                l.token(Name, m.get(0));
                            }
                        }),
                    ),
                ],
            ),
            (
                "ternary",
                vec![
                    rule(r#":"#, TokenThen(Punctuation, Pop(1))),
                    mixin("statements"),
                ],
            ),
            (
                "message_shared",
                vec![
                    rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#"\{"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#";"#, Token(Error)),
                    mixin("statements"),
                ],
            ),
            (
                "message",
                vec![
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        GroupsThen(
                            &[NameFunction, Text, Punctuation],
                            Goto("message_with_args"),
                        ),
                    ),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(\])"#,
                        GroupsThen(&[NameFunction, Text, Punctuation], Pop(1)),
                    ),
                    mixin("message_shared"),
                ],
            ),
            (
                "message_with_args",
                vec![
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        GroupsThen(&[NameFunction, Text, Punctuation], Pop(1)),
                    ),
                    mixin("message_shared"),
                ],
            ),
            (
                "array_literal",
                vec![
                    rule(r#"]"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#","#, Token(Punctuation)),
                    mixin("statements"),
                ],
            ),
            (
                "dictionary_literal",
                vec![
                    rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#","#, Token(Punctuation)),
                    mixin("statements"),
                ],
            ),
            (
                "objc_classname",
                vec![
                    mixin("whitespace"),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)([ \t\n\r\x0B\x0C]*)((?i-s:[a-z$_][a-z0-9$_]*))"#,
                        GroupsThen(&[NameClass, Text, Punctuation, Text, NameClass], Pop(1)),
                    ),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)([(])([ \t\n\r\x0B\x0C]*)((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)([)])"#,
                        GroupsThen(
                            &[
                                NameClass,
                                Text,
                                Punctuation,
                                Text,
                                NameLabel,
                                Text,
                                Punctuation,
                            ],
                            Pop(1),
                        ),
                    ),
                    rule(r#"(?i)[a-z$_][a-z0-9$_]*"#, TokenThen(NameClass, Pop(1))),
                ],
            ),
            (
                "forward_classname",
                vec![
                    mixin("whitespace"),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(,)([ \t\n\r\x0B\x0C]*)"#,
                        GroupsThen(&[NameClass, Text, Punctuation, Text], PushSelf),
                    ),
                    rule(
                        r#"((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(;?)"#,
                        GroupsThen(&[NameClass, Text, Punctuation], Pop(1)),
                    ),
                ],
            ),
            (
                "root",
                vec![
                    rule(
                        r#"(?i)([-+])([ \t\n\r\x0B\x0C]*)([(].*?[)])?([ \t\n\r\x0B\x0C]*)(?=(?i-s:[a-z$_][a-z0-9$_]*):?)"#,
                        Custom(|l, m| {
                            l.token(Keyword, m.get(1));
                            l.token(Text, m.get(2));
                            l.recurse(m.get(3));
                            l.token(Text, m.get(4));
                            l.go(Push("method_definition"));
                        }),
                    ),
                    rule(
                        r#"(?:__offload|__blockingoffload|__outer)\b"#,
                        Token(KeywordPseudo),
                    ),
                    mixin("expr_whitespace"),
                    rule(
                        r#"(?s)([a-zA-Z0-9_* \t\n\r\x0B\x0C]+?[ \t\n\r\x0B\x0C*])((?-si:[a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*\([^;]*?\))((?-si:(?:[ \t\n\r\x0B\x0C]|//.*?\n|/[*].*?[*]/)+)?)(\{|;)"#,
                        Custom(|l, m| {
                            l.recurse(m.get(1));
                            l.token(NameFunction, m.get(2));
                            l.recurse(m.get(3));
                            l.recurse(m.get(4));
                            l.token(Punctuation, m.get(5));
                            if m.get(5) == "{" {
                                l.go(Push("function"));
                            }
                        }),
                    ),
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    mixin("statements"),
                ],
            ),
            (
                "method_definition",
                vec![
                    rule(r#","#, Token(Punctuation)),
                    rule(r#"[.][.][.]"#, Token(Punctuation)),
                    rule(
                        r#"([(].*?[)])((?i-s:[a-z$_][a-z0-9$_]*))"#,
                        Custom(|l, m| {
                            l.recurse(m.get(1));
                            l.token(NameVariable, m.get(2));
                        }),
                    ),
                    rule(
                        r#"(?s)((?i-s:[a-z$_][a-z0-9$_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                        Groups(&[NameFunction, Text, Punctuation]),
                    ),
                    rule(r#";"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#"\{"#, TokenThen(Punctuation, Goto("function"))),
                    mixin("inline_whitespace"),
                    rule(r#"//.*?\n"#, Token(CommentSingle)),
                    rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "classname",
                vec![
                    rule(r#"[a-zA-Z_][a-zA-Z0-9_]*"#, TokenThen(NameClass, Pop(1))),
                    mixin("whitespace"),
                    rule(r#"[.]{3}"#, Token(Operator)),
                    rule(r#","#, TokenThen(Punctuation, Pop(1))),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "template",
                vec![
                    rule(r#"[>;]"#, TokenThen(Punctuation, Pop(1))),
                    rule(r#"typename\b"#, TokenThen(Keyword, Push("classname"))),
                    mixin("statements"),
                ],
            ),
            (
                "case",
                vec![
                    rule(r#":(?!:)"#, TokenThen(Punctuation, Pop(1))),
                    mixin("statements"),
                ],
            ),
            (
                "expr_bol",
                vec![
                    mixin("inline_whitespace"),
                    rule(r#"#if[ \t\n\r\x0B\x0C]0"#, TokenThen(Comment, Push("if_0"))),
                    rule(r#"#"#, TokenThen(CommentPreproc, Push("macro"))),
                    rule(
                        r#""#,
                        Custom(|l, _m| {
                            l.go(Pop(1));
                        }),
                    ),
                ],
            ),
            (
                "bol",
                vec![
                    rule(r#"(?-si:[a-zA-Z_][a-zA-Z0-9_]*):(?!:)"#, Token(NameLabel)),
                    mixin("expr_bol"),
                ],
            ),
            (
                "inline_whitespace",
                vec![
                    rule(r#"[ \t\r]+"#, Token(Text)),
                    rule(r#"\\\n"#, Token(Text)),
                    rule(r#"(?s)/(\\\n)?[*].*?[*](\\\n)?/"#, Token(CommentMultiline)),
                ],
            ),
            (
                "whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("bol"))),
                    rule(r#"//(\\.|.)*?$"#, TokenThen(CommentSingle, Push("bol"))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "expr_whitespace",
                vec![
                    rule(r#"(?s)\n+"#, TokenThen(Text, Push("expr_bol"))),
                    mixin("whitespace"),
                ],
            ),
            (
                "function",
                vec![
                    mixin("whitespace"),
                    mixin("statements"),
                    rule(r#";"#, Token(Punctuation)),
                    rule(r#"\{"#, TokenThen(Punctuation, Push("function"))),
                    rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                ],
            ),
            (
                "string",
                vec![
                    rule(r#"""#, TokenThen(Str, Pop(1))),
                    rule(
                        r#"\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"#,
                        Token(StrEscape),
                    ),
                    rule(r#"[^\\"\n]+"#, Token(Str)),
                    rule(r#"\\\n"#, Token(Str)),
                    rule(r#"\\"#, Token(Str)),
                ],
            ),
            (
                "macro",
                vec![
                    mixin("include"),
                    rule(r#"[^/\n\\]+"#, Token(CommentPreproc)),
                    rule(r#"(?s)\\."#, Token(CommentPreproc)),
                    mixin("inline_whitespace"),
                    rule(r#"/"#, Token(CommentPreproc)),
                    rule(r#"\n"#, TokenThen(CommentPreproc, Pop(1))),
                ],
            ),
            (
                "include",
                vec![
                    rule(
                        r#"(include)([ \t\n\r\x0B\x0C]*)(<[^>]+>)([^\n]*)"#,
                        Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                    ),
                    rule(
                        r#"(include)([ \t\n\r\x0B\x0C]*)("[^"]+")([^\n]*)"#,
                        Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                    ),
                ],
            ),
            (
                "if_0",
                vec![
                    rule(
                        r#"^[ \t\n\r\x0B\x0C]*#if"#,
                        TokenThen(Comment, Push("if_0")),
                    ),
                    rule(
                        r#"^[ \t\n\r\x0B\x0C]*#[ \t\n\r\x0B\x0C]*el(?:se|if)"#,
                        TokenThen(Comment, Pop(1)),
                    ),
                    rule(
                        r#"(?s)^[ \t\n\r\x0B\x0C]*#[ \t\n\r\x0B\x0C]*endif\b.*?(?<!\\)\n"#,
                        TokenThen(Comment, Pop(1)),
                    ),
                    rule(r#".*?\n"#, Token(Comment)),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
