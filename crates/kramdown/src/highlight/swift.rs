//! Rouge's `swift` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin, rule};
use super::token::Tok::*;

/// An identifier (Rouge's `id`).
const ID: &str =
    r"(?:_|[\p{Alphabetic}--\p{Mc}]|[^\u0000-\uFFFF])(?:[\p{Alphabetic}\p{Nd}_]|[^\u0000-\uFFFF])*";

const KEYWORDS: &[&str] = &[
    "await",
    "break",
    "case",
    "continue",
    "default",
    "do",
    "else",
    "fallthrough",
    "if",
    "in",
    "for",
    "return",
    "switch",
    "where",
    "while",
    "try",
    "catch",
    "throw",
    "guard",
    "defer",
    "repeat",
    "as",
    "dynamicType",
    "is",
    "new",
    "super",
    "self",
    "Self",
    "Type",
    "__COLUMN__",
    "__FILE__",
    "__FUNCTION__",
    "__LINE__",
    "associativity",
    "async",
    "didSet",
    "get",
    "infix",
    "inout",
    "isolated",
    "mutating",
    "none",
    "nonmutating",
    "operator",
    "override",
    "postfix",
    "precedence",
    "prefix",
    "set",
    "unowned",
    "weak",
    "willSet",
    "throws",
    "rethrows",
    "precedencegroup",
    "#available",
    "#colorLiteral",
    "#column",
    "#else",
    "#elseif",
    "#endif",
    "#error",
    "#file",
    "#fileLiteral",
    "#function",
    "#if",
    "#imageLiteral",
    "#line",
    "#selector",
    "#sourceLocation",
    "#warning",
];
const DECLARATIONS: &[&str] = &[
    "actor",
    "class",
    "deinit",
    "enum",
    "convenience",
    "extension",
    "final",
    "func",
    "import",
    "init",
    "internal",
    "lazy",
    "let",
    "nonisolated",
    "optional",
    "private",
    "protocol",
    "public",
    "required",
    "static",
    "struct",
    "subscript",
    "typealias",
    "var",
    "dynamic",
    "indirect",
    "associatedtype",
    "open",
    "fileprivate",
    "some",
];
const CONSTANTS: &[&str] = &["true", "false", "nil"];

fn id(p: &str) -> String {
    p.replace("{ID}", ID)
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn access(l: &mut Lexer<'_>, m: &Match<'_>) {
    if m.get(3) == "set" {
        l.token(KeywordDeclaration, m.get(0));
    } else {
        l.groups(
            &[
                KeywordDeclaration,
                KeywordDeclaration,
                Error,
                KeywordDeclaration,
            ],
            m,
        );
    }
}

fn unowned(l: &mut Lexer<'_>, m: &Match<'_>) {
    if m.get(2) == "safe" || m.get(2) == "unsafe" {
        l.token(KeywordDeclaration, m.get(0));
    } else {
        l.groups(&[KeywordDeclaration, Error, KeywordDeclaration], m);
    }
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let t = if KEYWORDS.contains(&w) {
        Keyword
    } else if DECLARATIONS.contains(&w) {
        KeywordDeclaration
    } else if CONSTANTS.contains(&w) {
        KeywordConstant
    } else if starts_upper(w) {
        KeywordType
    } else {
        Name
    };
    l.token(t, w);
}

/// The language.
pub(crate) static SWIFT: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "bol",
                vec![
                    rule("#.*", Token(CommentPreproc)),
                    mixin("inline_whitespace"),
                    rule("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "inline_whitespace",
                vec![
                    rule(r"[ \t\n\r\x0B\x0C]+", Token(Text)),
                    mixin("has_comments"),
                ],
            ),
            (
                "whitespace",
                vec![
                    rule(r"\n+", TokenThen(Text, Push("bol"))),
                    rule("//.*?$", TokenThen(CommentSingle, Push("bol"))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "has_comments",
                vec![rule(
                    "/[*]",
                    TokenThen(CommentMultiline, Push("nested_comment")),
                )],
            ),
            (
                "nested_comment",
                vec![
                    mixin("has_comments"),
                    rule("[*]/", TokenThen(CommentMultiline, Pop(1))),
                    rule("[^*/]+", Token(CommentMultiline)),
                    rule(".", Token(CommentMultiline)),
                ],
            ),
            (
                "root",
                vec![
                    mixin("whitespace"),
                    rule(r"\$(([1-9][0-9]*)?[0-9])", Token(NameVariable)),
                    rule(r"[()\[\]{}:;,?\\]", Token(Punctuation)),
                    rule(r"[-/=+*%<>!&|^.~]+", Token(Operator)),
                    rule(r#"@?""#, TokenThen(Str, Push("dq"))),
                    rule(r"'(\\.|.)'", Token(StrChar)),
                    rule(
                        r"(?i)([0-9]+(?:_[0-9]+)*\*|(?:[0-9]+(?:_[0-9]+)*)*\.[0-9]+(?:_[0-9])*)(e[+-]?[0-9]+(?:_[0-9])*)?",
                        Token(NumFloat),
                    ),
                    rule(r"(?i)[0-9]+e[+-]?[0-9]+", Token(NumFloat)),
                    rule("0o?[0-7]+(?:_[0-7]+)*", Token(NumOct)),
                    rule(
                        r"0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?[0-9]+)?",
                        Token(NumHex),
                    ),
                    rule("0b[01]+(?:_[01]+)*", Token(NumBin)),
                    rule("[0-9]+(?:_[0-9]+)*", Token(NumInteger)),
                    rule(&id("@{ID}"), Token(KeywordDeclaration)),
                    rule(
                        r"(private|internal)(\([ ]*)([a-zA-Z0-9_]+)([ ]*\))",
                        Custom(access),
                    ),
                    rule(r"(unowned\([ ]*)([a-zA-Z0-9_]+)([ ]*\))", Custom(unowned)),
                    rule(r"#available\([^)]+\)", Token(KeywordDeclaration)),
                    rule(
                        r"(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))",
                        Groups(&[KeywordDeclaration, NameFunction, KeywordDeclaration]),
                    ),
                    rule(
                        "#(line|file|column|function|dsohandle)",
                        Token(KeywordDeclaration),
                    ),
                    rule(
                        &id(r"(let|var)\b([ \t\n\r\x0B\x0C]*)({ID})"),
                        Groups(&[Keyword, Text, NameVariable]),
                    ),
                    rule(
                        r"(let|var)\b([ \t\n\r\x0B\x0C]*)([(])",
                        GroupsThen(&[Keyword, Text, Punctuation], Push("tuple")),
                    ),
                    rule(
                        &id(
                            r"(?!\b(if|while|for|private|internal|unowned|switch|case)\b)\b{ID}(?=(\?|!)?[ \t\n\r\x0B\x0C]*[(])",
                        ),
                        Custom(|l, m| {
                            let t = if starts_upper(m.get(0)) {
                                KeywordType
                            } else {
                                NameFunction
                            };
                            l.token(t, m.get(0));
                        }),
                    ),
                    rule(r"as[?!]?(?=[ \t\n\r\x0B\x0C])", Token(Keyword)),
                    rule(r"try[!]?(?=[ \t\n\r\x0B\x0C])", Token(Keyword)),
                    rule(
                        &id(r"(#?(?!default)(?!\p{Uppercase}){ID})([ \t\n\r\x0B\x0C]*)(:)"),
                        Groups(&[NameVariable, Text, Punctuation]),
                    ),
                    rule(ID, Custom(word)),
                    rule(
                        &id("(`)({ID})(`)"),
                        Groups(&[Punctuation, NameVariable, Punctuation]),
                    ),
                ],
            ),
            (
                "tuple",
                vec![
                    rule(&id("({ID})"), Token(NameVariable)),
                    rule(
                        &id("(`)({ID})(`)"),
                        Groups(&[Punctuation, NameVariable, Punctuation]),
                    ),
                    rule(",", Token(Punctuation)),
                    rule("[(]", TokenThen(Punctuation, PushSelf)),
                    rule("[)]", TokenThen(Punctuation, Pop(1))),
                    mixin("inline_whitespace"),
                ],
            ),
            (
                "dq",
                vec![
                    rule(r#"\\[\\0tnr'"]"#, Token(StrEscape)),
                    rule(r"\\[(]", TokenThen(StrEscape, Push("interp"))),
                    rule(r"\\u\{[0-9a-fA-F]{1,8}\}", Token(StrEscape)),
                    rule(r#"[^\\"]+"#, Token(Str)),
                    rule(r#"""""#, TokenThen(Str, Pop(1))),
                    rule(r#"""#, TokenThen(Str, Pop(1))),
                ],
            ),
            (
                "interp",
                vec![
                    rule("[(]", TokenThen(Punctuation, Push("interp_inner"))),
                    rule("[)]", TokenThen(StrEscape, Pop(1))),
                    mixin("root"),
                ],
            ),
            (
                "interp_inner",
                vec![
                    rule("[(]", TokenThen(Punctuation, PushSelf)),
                    rule("[)]", TokenThen(Punctuation, Pop(1))),
                    mixin("root"),
                ],
            ),
        ],
        vec!["root", "bol"],
    )
});
