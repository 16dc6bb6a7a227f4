//! Rouge's `mxml`, `actionscript` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const ACTIONSCRIPT_BUILTINS: &[&str] = &[
    "Class",
    "Function",
    "Math",
    "Object",
    "RegExp",
    "decodeURI",
    "decodeURIComponent",
    "encodeURI",
    "encodeURIComponent",
    "eval",
    "isFinite",
    "isNaN",
    "parseFloat",
    "parseInt",
    "this",
    "void",
];
const ACTIONSCRIPT_DECLARATIONS: &[&str] = &["function", "var", "with"];
const ACTIONSCRIPT_KEYWORDS: &[&str] = &[
    "break", "case", "catch", "continue", "default", "delete", "do", "else", "finally", "for",
    "if", "in", "is", "new", "return", "switch", "this", "throw", "try", "typeof", "while", "with",
];
const ACTIONSCRIPT_RESERVED: &[&str] = &[
    "class",
    "const",
    "dynamic",
    "extends",
    "final",
    "flash_proxy",
    "get",
    "implements",
    "import",
    "include",
    "interface",
    "internal",
    "namespace",
    "native",
    "object_proxy",
    "override",
    "package",
    "private",
    "protected",
    "public",
    "set",
    "static",
    "super",
    "trace",
];
const ACTIONSCRIPT_CONSTANTS: &[&str] = &["Infinity", "NaN", "false", "null", "true", "undefined"];

/// The `mxml` language.
pub(crate) static MXML: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[^<\&]+"#, Token(Text)),
                rule(r#"&[^ \t\n\r\x0B\x0C]*?;"#, Token(NameEntity)),
                rule(
                    r#"(?s)<!\[CDATA\["#,
                    TokenThen(CommentPreproc, Push("actionscript_content")),
                ),
                rule(r#"<!--"#, TokenThen(Comment, Push("comment"))),
                rule(r#"<\?.*?\?>"#, Token(CommentPreproc)),
                rule(r#"<![^>]*>"#, Token(CommentPreproc)),
                rule(
                    r#"(?s)<[ \t\n\r\x0B\x0C]*[a-zA-Z0-9_:.-]+"#,
                    TokenThen(NameTag, Push("tag")),
                ),
                rule(
                    r#"(?s)<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*[a-zA-Z0-9_:.-]+[ \t\n\r\x0B\x0C]*>"#,
                    Token(NameTag),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"(?s)[^-]+"#, Token(Comment)),
                rule(r#"-->"#, TokenThen(Comment, Pop(1))),
                rule(r#"-"#, Token(Comment)),
            ],
        ),
        (
            "tag",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(?s)[a-zA-Z0-9_.:-]+[ \t\n\r\x0B\x0C]*="#,
                    TokenThen(NameAttribute, Push("attribute")),
                ),
                rule(r#"/?[ \t\n\r\x0B\x0C]*>"#, TokenThen(NameTag, Push("root"))),
            ],
        ),
        (
            "attribute",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(?s)(")(\{|@\{)"#,
                    GroupsThen(&[Str, Punctuation], Push("actionscript_attribute")),
                ),
                rule(
                    r#"".*?"|'.*?'|[^ \t\n\r\x0B\x0C>]+"#,
                    TokenThen(Str, Push("tag")),
                ),
            ],
        ),
        (
            "actionscript_content",
            vec![
                rule(r#"(?s)\]\]>"#, TokenThen(CommentPreproc, Pop(1))),
                rule(
                    r#"(?s).*?(?=\]\]>)"#,
                    Custom(|l, m| l.delegate(&ACTIONSCRIPT, m.get(0))),
                ),
            ],
        ),
        (
            "actionscript_attribute",
            vec![
                rule(
                    r#"(?s)(\})(")"#,
                    GroupsThen(&[Punctuation, Str], Push("tag")),
                ),
                rule(
                    r#"(?s).*?(?=\}")"#,
                    Custom(|l, m| l.delegate(&ACTIONSCRIPT, m.get(0))),
                ),
            ],
        ),
    ])
});

/// Rouge's `actionscript` language, which `mxml` scripts are in.
pub(crate) static ACTIONSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "comments_and_whitespace",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"//.*?$"#, Token(CommentSingle)),
                rule(r#"(?s)/\*.*?\*/"#, Token(CommentMultiline)),
            ],
        ),
        (
            "expr_start",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"/"#, TokenThen(StrRegex, Goto("regex"))),
                rule(r#"[{]"#, TokenThen(Punctuation, Push("object"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "regex",
            vec![
                rule(r#"/"#, TokenThen(StrRegex, Goto("regex_end"))),
                rule(r#"[^/]\n"#, TokenThen(Error, Pop(1))),
                rule(r#"\n"#, TokenThen(Error, Pop(1))),
                rule(r#"\[\^"#, TokenThen(StrEscape, Push("regex_group"))),
                rule(r#"\["#, TokenThen(StrEscape, Push("regex_group"))),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"[(][?][:=<!]"#, Token(StrEscape)),
                rule(r#"[{][0-9,]+[}]"#, Token(StrEscape)),
                rule(r#"[()?]"#, Token(StrEscape)),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
        (
            "regex_end",
            vec![
                rule(r#"[gim]+"#, TokenThen(StrRegex, Pop(1))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "regex_group",
            vec![
                rule(r#"/"#, Token(StrEscape)),
                rule(r#"[^/]\n"#, TokenThen(Error, Pop(2))),
                rule(r#"\]"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
        (
            "bad_regex",
            vec![rule(r#"[^\n]+"#, TokenThen(Error, Pop(1)))],
        ),
        (
            "root",
            vec![
                rule(
                    r#"(?s)\A[ \t\n\r\x0B\x0C]*#!.*?\n"#,
                    TokenThen(CommentPreproc, Push("statement")),
                ),
                rule(r#"\n"#, TokenThen(Text, Push("statement"))),
                rule(
                    r#"(?<=\n)(?=[ \t\n\r\x0B\x0C]|/|<!--)"#,
                    TokenThen(Text, Push("expr_start")),
                ),
                mixin("comments_and_whitespace"),
                rule(
                    r#"\+\+|--|~|&&|\|\||\\(?=\n)|<<|>>>?|===|!=="#,
                    TokenThen(Operator, Push("expr_start")),
                ),
                rule(
                    r#"[:-<>+*%\&|\^/!=]=?"#,
                    TokenThen(Operator, Push("expr_start")),
                ),
                rule(r#"[(\[,]"#, TokenThen(Punctuation, Push("expr_start"))),
                rule(r#";"#, TokenThen(Punctuation, Push("statement"))),
                rule(r#"[)\].]"#, Token(Punctuation)),
                rule(
                    r#"[?]"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("ternary"));
                        l.go(Push("expr_start"));
                    }),
                ),
                rule(r#"[{}]"#, TokenThen(Punctuation, Push("statement"))),
                rule(
                    r#"[$a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if has(ACTIONSCRIPT_KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                            l.go(Push("expr_start"));
                        } else if has(ACTIONSCRIPT_DECLARATIONS, m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                            l.go(Push("expr_start"));
                        } else if has(ACTIONSCRIPT_RESERVED, m.get(0)) {
                            l.token(KeywordReserved, m.get(0));
                        } else if has(ACTIONSCRIPT_CONSTANTS, m.get(0)) {
                            l.token(KeywordConstant, m.get(0));
                        } else if has(ACTIONSCRIPT_BUILTINS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(NameOther, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"\-?[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?"#,
                    Token(NumFloat),
                ),
                rule(r#"0x[0-9a-fA-F]+"#, Token(NumHex)),
                rule(r#"\-?[0-9]+"#, Token(NumInteger)),
                rule(r#""(\\\\|\\"|[^"])*""#, Token(StrDouble)),
                rule(r#"'(\\\\|\\'|[^'])*'"#, Token(StrSingle)),
            ],
        ),
        (
            "statement",
            vec![
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    Groups(&[NameLabel, Text, Punctuation]),
                ),
                rule(r#"[{}]"#, Token(Punctuation)),
                mixin("expr_start"),
            ],
        ),
        (
            "object",
            vec![
                mixin("comments_and_whitespace"),
                rule(r#"[}]"#, TokenThen(Punctuation, Goto("statement"))),
                rule(
                    r#"((?-si:[$a-zA-Z_][a-zA-Z0-9_]*))([ \t\n\r\x0B\x0C]*)(:)"#,
                    GroupsThen(&[NameAttribute, Text, Punctuation], Push("expr_start")),
                ),
                rule(r#":"#, Token(Punctuation)),
                mixin("root"),
            ],
        ),
        (
            "ternary",
            vec![
                rule(r#":"#, TokenThen(Punctuation, Goto("expr_start"))),
                mixin("root"),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
