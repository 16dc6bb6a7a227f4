//! Rouge's `livescript` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const DECLARATIONS: &[&str] = &[
    "class",
    "const",
    "extends",
    "function",
    "implements",
    "let",
    "var",
];
const KEYWORDS: &[&str] = &[
    "break",
    "by",
    "case",
    "catch",
    "continue",
    "debugger",
    "default",
    "delete",
    "do",
    "else",
    "export",
    "fallthrough",
    "finally",
    "for",
    "from",
    "if",
    "import",
    "in",
    "instanceof",
    "loop",
    "new",
    "of",
    "otherwise",
    "require",
    "return",
    "super",
    "switch",
    "then",
    "throw",
    "til",
    "to",
    "try",
    "typeof",
    "unless",
    "until",
    "when",
    "while",
    "with",
    "yield",
];
const CONSTANTS: &[&str] = &[
    "Infinity",
    "NaN",
    "false",
    "no",
    "null",
    "off",
    "on",
    "true",
    "undefined",
    "void",
    "yes",
];
const BUILTINS: &[&str] = &[
    "Array",
    "ArrayBuffer",
    "Boolean",
    "DataView",
    "Date",
    "Error",
    "Float32Array",
    "Float64Array",
    "Function",
    "Int16Array",
    "Int32Array",
    "Int8Array",
    "Map",
    "Math",
    "Number",
    "Object",
    "Packages",
    "Promise",
    "Proxy",
    "Reflect",
    "RegExp",
    "Set",
    "String",
    "Symbol",
    "Uint16Array",
    "Uint16ClampedArray",
    "Uint32Array",
    "Uint32ClampedArray",
    "Uint8Array",
    "Uint8ClampedArray",
    "WeakMap",
    "WeakSet",
    "arguments",
    "decodeURI",
    "decodeURIComponent",
    "document",
    "encodeURI",
    "encodeURIComponent",
    "eval",
    "global",
    "isFinite",
    "isNaN",
    "it",
    "navigator",
    "netscape",
    "parseFloat",
    "parseInt",
    "self",
    "sun",
    "that",
    "this",
    "window",
];
const LOOP_CONTROL_KEYWORDS: &[&str] = &["break", "continue"];

/// The `livescript` language.
pub(crate) static LIVESCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        // The states Rouge's lexer pushes without a name.
        (
            "anon_triple_double",
            vec![
                rule(r#"""""#, TokenThen(Str, Pop(1))),
                rule(r#"""#, Token(Str)),
                mixin("double_strings"),
            ],
        ),
        (
            "anon_triple_single",
            vec![
                rule(r#"'''"#, TokenThen(Str, Pop(1))),
                rule(r#"'"#, Token(Str)),
                mixin("single_strings"),
            ],
        ),
        (
            "anon_double",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                mixin("double_strings"),
            ],
        ),
        (
            "anon_single",
            vec![
                rule(r#"'"#, TokenThen(Str, Pop(1))),
                mixin("single_strings"),
            ],
        ),
        (
            "anon_destructuring",
            vec![
                rule(r#"[,;]"#, Token(Punctuation)),
                rule(
                    r#"(?i)[$a-z_]((-(?=[a-z]))?[a-z0-9_])*"#,
                    Token(NameAttribute),
                ),
                rule(
                    r#"(?-si:[0-9][0-9_]*)(e[+-]?(?-si:[0-9][0-9_]*))?[$a-zA-Z0-9_]*"#,
                    Token(NumInteger),
                ),
                mixin("whitespace"),
                rule(r#"[}]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "root",
            vec![
                rule(
                    r#"^(?=[ \t\n\r\x0B\x0C]|/)"#,
                    Custom(|l, _m| {
                        l.go(Push("slash_starts_regex"));
                    }),
                ),
                mixin("comments"),
                mixin("whitespace"),
                rule(
                    r#"(?s)(<\[)(.*?)(\]>)"#,
                    Groups(&[Punctuation, Str, Punctuation]),
                ),
                rule(
                    r#"![ \t\n\r\x0B\x0C]*function\b"#,
                    Token(KeywordDeclaration),
                ),
                rule(r#"!?[-\~]>|<[-\~]!?"#, Token(KeywordDeclaration)),
                rule(r#"(=>)"#, Token(Keyword)),
                rule(
                    r#"(::)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))"#,
                    GroupsThen(&[Punctuation, NameAttribute], Push("id")),
                ),
                rule(
                    r#"(::)((?-si:(?-si:[0-9][0-9_]*)(e[+-]?(?-si:[0-9][0-9_]*))?[$a-zA-Z0-9_]*))"#,
                    GroupsThen(&[Punctuation, NumInteger], Push("id")),
                ),
                rule(
                    r#"(@)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))"#,
                    GroupsThen(&[NameVariableInstance, NameAttribute], Push("id")),
                ),
                rule(
                    r#"([.])((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))"#,
                    GroupsThen(&[Punctuation, NameAttribute], Push("id")),
                ),
                rule(
                    r#"([.])([0-9]+)"#,
                    GroupsThen(&[Punctuation, NumInteger], Push("id")),
                ),
                rule(
                    r#"(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)(?=[ \t\n\r\x0B\x0C]*:[^:=])"#,
                    Token(NameAttribute),
                ),
                rule(
                    r#"[+][+]|--|&&|\b(and|x?or|is(nt)?|not)\b(?!-[a-zA-Z]|_)|[|][|]|[.]([|\&^]|<<|>>>?)[.]|\\(?=\n)|[.:]=|<<<<?|<[|]|[|]>|(<<|>>|==?|!=?|[-<>+*%^/\~?])=?"#,
                    TokenThen(Operator, Push("slash_starts_regex")),
                ),
                rule(
                    r#"(&)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))?"#,
                    Groups(&[NameBuiltin, NameAttribute]),
                ),
                rule(
                    r#"[|]|\bcase(?=[ \t\n\r\x0B\x0C])"#,
                    TokenThen(Keyword, Push("switch_underscore")),
                ),
                rule(r#"@"#, Token(NameVariableInstance)),
                rule(r#"[.]{3}"#, Token(Punctuation)),
                rule(r#":"#, Token(Punctuation)),
                rule(
                    r#"(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        if has(LOOP_CONTROL_KEYWORDS, w) {
                            l.token(Keyword, w);
                            l.go(Push("loop_control"));
                            return;
                        }
                        let t = if has(KEYWORDS, w) {
                            Keyword
                        } else if has(CONSTANTS, w) {
                            NameConstant
                        } else if has(BUILTINS, w) {
                            NameBuiltin
                        } else if has(DECLARATIONS, w) {
                            KeywordDeclaration
                        } else if w.starts_with(|c: char| c.is_ascii_uppercase()) && class_like(w) {
                            NameClass
                        } else {
                            NameVariable
                        };
                        l.token(t, w);
                        l.go(Push("id"));
                    }),
                ),
                rule(
                    r#"\](?=[!?.]|(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))"#,
                    TokenThen(Punctuation, Push("id")),
                ),
                rule(
                    r#"[{(\[;,]"#,
                    TokenThen(Punctuation, Push("slash_starts_regex")),
                ),
                rule(r#"[})\].]"#, Token(Punctuation)),
                rule(
                    r#"(?-si:[0-9][0-9_]*)[.](?-si:(?-si:[0-9][0-9_]*)(e[+-]?(?-si:[0-9][0-9_]*))?[$a-zA-Z0-9_]*)"#,
                    Token(NumFloat),
                ),
                rule(r#"0x[0-9A-Fa-f]+"#, Token(NumHex)),
                rule(
                    r#"(?-si:(?-si:[0-9][0-9_]*)(e[+-]?(?-si:[0-9][0-9_]*))?[$a-zA-Z0-9_]*)"#,
                    Token(NumInteger),
                ),
                rule(r#"""""#, TokenThen(Str, Push("anon_triple_double"))),
                rule(r#"'''"#, TokenThen(Str, Push("anon_triple_single"))),
                rule(r#"""#, TokenThen(Str, Push("anon_double"))),
                rule(r#"'"#, TokenThen(Str, Push("anon_single"))),
                rule(
                    r#"\\[^ \t\n\r\x0B\x0C][^ \t\n\r\x0B\x0C,;\])}]*"#,
                    Token(Str),
                ),
            ],
        ),
        (
            "code_escape",
            vec![rule(
                r#"\\(c[A-Z]|x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|u\{[0-9a-fA-F]{4}\})"#,
                Token(StrEscape),
            )],
        ),
        (
            "interpolated_expression",
            vec![rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))), mixin("root")],
        ),
        (
            "interpolation",
            vec![
                rule(
                    r#"[#][{]"#,
                    TokenThen(StrInterpol, Push("interpolated_expression")),
                ),
                rule(
                    r#"(#)((?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*))"#,
                    Custom(|l, m| {
                        l.token(StrInterpol, m.get(1));
                        let t = if has(BUILTINS, m.get(2)) {
                            NameBuiltin
                        } else {
                            NameVariable
                        };
                        l.token(t, m.get(2));
                    }),
                ),
            ],
        ),
        (
            "whitespace",
            vec![rule(
                r#"(?s)([ \t\n\r\x0B\x0C]+?)(?:^([^[^ \t\n\r\x0B\x0C]\n]*)(:(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)))?"#,
                Groups(&[Text, Text, NameLabel]),
            )],
        ),
        (
            "whitespace_single_line",
            vec![rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text))],
        ),
        (
            "slash_starts_regex",
            vec![
                mixin("comments"),
                mixin("whitespace"),
                mixin("multiline_regex_begin"),
                rule(
                    r#"/(\\.|[^\[/\\\n]|\[(\\.|[^\]\\\n])*\])+/([gimy]+\b|\B)"#,
                    TokenThen(StrRegex, Pop(1)),
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
            "multiline_regex_begin",
            vec![rule(r#"//"#, TokenThen(StrRegex, Goto("multiline_regex")))],
        ),
        (
            "multiline_regex_end",
            vec![rule(r#"//([gimy]+\b|\B)"#, TokenThen(StrRegex, Pop(1)))],
        ),
        (
            "multiline_regex",
            vec![
                mixin("multiline_regex_end"),
                mixin("regex_comment"),
                mixin("interpolation"),
                mixin("code_escape"),
                rule(r#"\\[^0-9]"#, Token(StrEscape)),
                rule(r#"\\[0-9]+"#, Token(NameVariable)),
                rule(r#"(?s)."#, Token(StrRegex)),
            ],
        ),
        (
            "regex_comment",
            vec![
                rule(r#"^#([ \t\n\r\x0B\x0C]+.*)?$"#, Token(CommentSingle)),
                rule(
                    r#"([ \t\n\r\x0B\x0C]+)(#)([ \t\n\r\x0B\x0C]+.*)?$"#,
                    Groups(&[Text, CommentSingle, CommentSingle]),
                ),
            ],
        ),
        (
            "comments",
            vec![
                rule(r#"(?s)/\*.*?\*/"#, Token(CommentMultiline)),
                rule(r#"#.*$"#, Token(CommentSingle)),
            ],
        ),
        (
            "switch_underscore",
            vec![
                mixin("whitespace_single_line"),
                rule(
                    r#"_(?=[ \t\n\r\x0B\x0C]*=>|[ \t\n\r\x0B\x0C]+then\b)"#,
                    Token(Keyword),
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
            "loop_control",
            vec![
                mixin("whitespace_single_line"),
                rule(
                    r#"(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)(?=[);\n])"#,
                    Token(NameLabel),
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
            "id",
            vec![
                rule(r#"[!?]|[.](?!=)"#, Token(Punctuation)),
                rule(r#"[{]"#, TokenThen(Punctuation, Push("anon_destructuring"))),
                rule(
                    r#"(?i-s:[$a-z_]((-(?=[a-z]))?[a-z0-9_])*)"#,
                    Token(NameAttribute),
                ),
                rule(
                    r#"(?-si:(?-si:[0-9][0-9_]*)(e[+-]?(?-si:[0-9][0-9_]*))?[$a-zA-Z0-9_]*)"#,
                    Token(NumInteger),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Goto("slash_starts_regex"));
                    }),
                ),
            ],
        ),
        (
            "strings",
            vec![
                rule(r#"(?s)[^#\\'"]+"#, Token(Str)),
                mixin("code_escape"),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"#"#, Token(Str)),
            ],
        ),
        (
            "double_strings",
            vec![
                rule(r#"'"#, Token(Str)),
                mixin("interpolation"),
                mixin("strings"),
            ],
        ),
        (
            "single_strings",
            vec![rule(r#"""#, Token(Str)), mixin("strings")],
        ),
    ])
});

/// `/[^-][a-z]/` somewhere in the name: a capitalised name that is not all capitals.
fn class_like(w: &str) -> bool {
    let cs: Vec<char> = w.chars().collect();
    cs.windows(2)
        .any(|p| p[0] != '-' && p[1].is_ascii_lowercase())
}
fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
