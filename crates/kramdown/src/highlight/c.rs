//! Rouge's `c` and `cpp` lexers.

use std::sync::LazyLock;

use super::engine::{
    Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule, rule_not_followed,
};
use super::token::Tok::*;

const ID: &str = "[a-zA-Z_][a-zA-Z0-9_]*";
const S: &str = r"[ \t\n\r\x0B\x0C]";
const B: &str = r"\b";

const KEYWORDS: &[&str] = &[
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
    "volatile",
    "virtual",
    "while",
    "_Alignas",
    "_Alignof",
    "_Atomic",
    "_Generic",
    "_Imaginary",
    "_Noreturn",
    "_Static_assert",
    "_Thread_local",
];
const CPP_KEYWORDS: &[&str] = &[
    "asm",
    "auto",
    "catch",
    "char8_t",
    "concept",
    "consteval",
    "constexpr",
    "constinit",
    "const_cast",
    "co_await",
    "co_return",
    "co_yield",
    "delete",
    "dynamic_cast",
    "explicit",
    "export",
    "friend",
    "mutable",
    "namespace",
    "new",
    "operator",
    "private",
    "protected",
    "public",
    "reinterpret_cast",
    "requires",
    "restrict",
    "size_of",
    "static_cast",
    "this",
    "throw",
    "throws",
    "typeid",
    "typename",
    "using",
    "virtual",
    "final",
    "override",
    "alignas",
    "alignof",
    "decltype",
    "noexcept",
    "static_assert",
    "thread_local",
    "try",
];
const KEYWORDS_TYPE: &[&str] = &[
    "int",
    "long",
    "float",
    "short",
    "double",
    "char",
    "unsigned",
    "signed",
    "void",
    "jmp_buf",
    "FILE",
    "DIR",
    "div_t",
    "ldiv_t",
    "mbstate_t",
    "sig_atomic_t",
    "fpos_t",
    "clock_t",
    "time_t",
    "va_list",
    "size_t",
    "ssize_t",
    "off_t",
    "wchar_t",
    "ptrdiff_t",
    "wctrans_t",
    "wint_t",
    "wctype_t",
    "_Bool",
    "_Complex",
    "int8_t",
    "int16_t",
    "int32_t",
    "int64_t",
    "uint8_t",
    "uint16_t",
    "uint32_t",
    "uint64_t",
    "int_least8_t",
    "int_least16_t",
    "int_least32_t",
    "int_least64_t",
    "uint_least8_t",
    "uint_least16_t",
    "uint_least32_t",
    "uint_least64_t",
    "int_fast8_t",
    "int_fast16_t",
    "int_fast32_t",
    "int_fast64_t",
    "uint_fast8_t",
    "uint_fast16_t",
    "uint_fast32_t",
    "uint_fast64_t",
    "intptr_t",
    "uintptr_t",
    "intmax_t",
    "uintmax_t",
    "char16_t",
    "char32_t",
];
const RESERVED: &[&str] = &[
    "__asm",
    "__int8",
    "__based",
    "__except",
    "__int16",
    "__stdcall",
    "__cdecl",
    "__fastcall",
    "__int32",
    "__declspec",
    "__finally",
    "__int61",
    "__try",
    "__leave",
    "inline",
    "_inline",
    "__inline",
    "naked",
    "_naked",
    "__naked",
    "restrict",
    "_restrict",
    "__restrict",
    "thread",
    "_thread",
    "__thread",
    "typename",
    "_typename",
    "__typename",
];
const CPP_RESERVED: &[&str] = &[
    "__virtual_inheritance",
    "__uuidof",
    "__super",
    "__single_inheritance",
    "__multiple_inheritance",
    "__interface",
    "__event",
];

/// Yields an identifier as C (or C++) classifies it: keyword, type, reserved word or name.
pub(crate) fn classify(l: &mut Lexer<'_>, m: &Match<'_>, cpp: bool) {
    let name = m.get(0);
    let tok = if KEYWORDS.contains(&name) || (cpp && CPP_KEYWORDS.contains(&name)) {
        Keyword
    } else if KEYWORDS_TYPE.contains(&name) || (cpp && name == "bool") {
        KeywordType
    } else if RESERVED.contains(&name) || (cpp && CPP_RESERVED.contains(&name)) {
        KeywordReserved
    } else {
        Name
    };
    l.token(tok, name);
}

fn function(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.recurse(m.get(1));
    l.token(NameFunction, m.get(2));
    l.recurse(m.get(3));
    l.recurse(m.get(4));
    l.token(Punctuation, m.get(5));
    if m.get(5) == "{" {
        l.go(Push("function"));
    }
}

/// The states of the `c` (or, with `cpp`, the `cpp`) lexer.
pub(crate) fn states(cpp: bool) -> Vec<(&'static str, Vec<Rule>)> {
    let ws = format!(r"(?s:(?:{S}|//.*?\n|/[*].*?[*]/)+)");
    let mut root = Vec::new();
    if cpp {
        root.push(rule(
            &format!("(?:__offload|__blockingoffload|__outer){B}"),
            Token(KeywordPseudo),
        ));
    }
    root.extend([
        mixin("expr_whitespace"),
        rule(
            &format!(r"(?s)([A-Za-z0-9_*\t\n\r\x0B\x0C ]+?[ \t\n\r\x0B\x0C*])({ID})({S}*\([^;]*?\))({ws}?)(\{{|;)"),
            Custom(function),
        ),
        rule(r"\{", TokenThen(Punctuation, Push("function"))),
        mixin("statements"),
    ]);
    let mut statements = Vec::new();
    if cpp {
        let dq = "(?:[0-9]('?[0-9])*)";
        statements.extend([
            rule(
                &format!("(class|struct){B}"),
                TokenThen(Keyword, Push("classname")),
            ),
            rule(
                &format!("template{B}"),
                TokenThen(Keyword, Push("template")),
            ),
            rule(
                &format!(
                    r"{dq}(\.{dq})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il)){B}"
                ),
                Token(NumOther),
            ),
            rule(
                &format!(r"(?i)({dq}[.]{dq}?|[.]{dq})(e[+-]?{dq}[lu]*)?"),
                Token(NumFloat),
            ),
            rule(&format!(r"(?i){dq}e[+-]?{dq}[lu]*"), Token(NumFloat)),
            rule(r"(?i)0x[0-9a-f]('?[0-9a-f])*[lu]*", Token(NumHex)),
            rule("0b[01]+('[01]+)*", Token(NumBin)),
            rule(r"(?i)0[0-7]('?[0-7])*[lu]*", Token(NumOct)),
            rule(&format!(r"(?i){dq}[lu]*"), Token(NumInteger)),
            rule(&format!("{B}nullptr{B}"), Token(NameBuiltin)),
            rule(
                r#"(?s)(?:u8|u|U|L)?R"([a-zA-Z0-9_{}\[\]#<>%:;.?*+\-/^&|~!=,"']{0,16})\(.*?\)\1""#,
                Token(Str),
            ),
            rule("(::|<=>)", Token(Operator)),
            rule("[{}]", Token(Punctuation)),
        ]);
    }
    statements.extend([
        mixin("whitespace"),
        rule("(u8|u|U|L)?\"", TokenThen(Str, Push("string"))),
        rule(
            r"(?i)(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'",
            Token(StrChar),
        ),
        rule(
            r"(?i)([0-9]+[.][0-9]*|[.]?[0-9]+)e[+-]?[0-9]+[lu]*",
            Token(NumFloat),
        ),
        rule(r"(?i)[0-9]+e[+-]?[0-9]+[lu]*", Token(NumFloat)),
        rule("(?i)0x[0-9a-f]+[lu]*", Token(NumHex)),
        rule("(?i)0[0-7]+[lu]*", Token(NumOct)),
        rule("(?i)[0-9]+[lu]*", Token(NumInteger)),
        rule(r"\*/", Token(Error)),
        rule(r"[~!%^&*+=|?:<>/-]", Token(Operator)),
        rule(r"[()\[\],.;]", Token(Punctuation)),
        rule(&format!("{B}case{B}"), TokenThen(Keyword, Push("case"))),
        rule(&format!("(?:true|false|NULL){B}"), Token(NameBuiltin)),
        rule(
            ID,
            if cpp {
                Custom(|l, m| classify(l, m, true))
            } else {
                Custom(|l, m| classify(l, m, false))
            },
        ),
    ]);
    let mut out = vec![
        (
            "expr_bol",
            vec![
                mixin("inline_whitespace"),
                rule(r"#if[ \t\n\r\x0B\x0C]0", TokenThen(Comment, Push("if_0"))),
                rule("#", TokenThen(CommentPreproc, Push("macro"))),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "bol",
            vec![
                rule_not_followed(&format!("{ID}:"), ":", Token(NameLabel)),
                mixin("expr_bol"),
            ],
        ),
        (
            "inline_whitespace",
            vec![
                rule(r"[ \t\r]+", Token(Text)),
                rule(r"\\\n", Token(Text)),
                rule(r"(?s)/(\\\n)?[*].*?[*](\\\n)?/", Token(CommentMultiline)),
            ],
        ),
        (
            "whitespace",
            vec![
                rule(r"\n+", TokenThen(Text, Push("bol"))),
                rule(r"//(\\.|.)*?$", TokenThen(CommentSingle, Push("bol"))),
                mixin("inline_whitespace"),
            ],
        ),
        (
            "expr_whitespace",
            vec![
                rule(r"\n+", TokenThen(Text, Push("expr_bol"))),
                mixin("whitespace"),
            ],
        ),
        ("statements", statements),
        ("root", root),
        (
            "function",
            vec![
                mixin("whitespace"),
                mixin("statements"),
                rule(";", Token(Punctuation)),
                rule(r"\{", TokenThen(Punctuation, Push("function"))),
                rule(r"\}", TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "string",
            vec![
                rule("\"", TokenThen(Str, Pop(1))),
                rule(
                    r#"\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})"#,
                    Token(StrEscape),
                ),
                rule(r#"[^\\"\n]+"#, Token(Str)),
                rule(r"\\\n", Token(Str)),
                rule(r"\\", Token(Str)),
            ],
        ),
        (
            "macro",
            vec![
                mixin("include"),
                rule(r"[^/\n\\]+", Token(CommentPreproc)),
                rule(r"(?s)\\.", Token(CommentPreproc)),
                mixin("inline_whitespace"),
                rule("/", Token(CommentPreproc)),
                rule(r"\n", TokenThen(CommentPreproc, Pop(1))),
            ],
        ),
        (
            "include",
            vec![
                rule(
                    &format!("(include)({S}*)(<[^>]+>)([^\n]*)"),
                    Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                ),
                rule(
                    &format!("(include)({S}*)(\"[^\"]+\")([^\n]*)"),
                    Groups(&[CommentPreproc, Text, CommentPreprocFile, CommentSingle]),
                ),
            ],
        ),
        (
            "if_0",
            vec![
                rule(&format!("^{S}*#if"), TokenThen(Comment, Push("if_0"))),
                rule(
                    &format!("^{S}*#{S}*el(?:se|if)"),
                    TokenThen(Comment, Pop(1)),
                ),
                rule(
                    &format!(r"(?s)^{S}*#{S}*endif{B}.*?(?<!\\)\n"),
                    TokenThen(Comment, Pop(1)),
                ),
                rule(r".*?\n", Token(Comment)),
            ],
        ),
    ];
    if cpp {
        out.push((
            "classname",
            vec![
                rule(ID, TokenThen(NameClass, Pop(1))),
                mixin("whitespace"),
                rule("[.]{3}", Token(Operator)),
                rule(",", TokenThen(Punctuation, Pop(1))),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ));
        out.push((
            "template",
            vec![
                rule("[>;]", TokenThen(Punctuation, Pop(1))),
                rule(
                    &format!("typename{B}"),
                    TokenThen(Keyword, Push("classname")),
                ),
                mixin("statements"),
            ],
        ));
        out.push((
            "case",
            vec![
                rule_not_followed(":", ":", TokenThen(Punctuation, Pop(1))),
                mixin("statements"),
            ],
        ));
    } else {
        out.push((
            "case",
            vec![
                rule(":", TokenThen(Punctuation, Pop(1))),
                mixin("statements"),
            ],
        ));
    }
    out
}

/// The `c` language.
pub(crate) static C: LazyLock<Language> =
    LazyLock::new(|| Language::with_start(states(false), vec!["root", "bol"]));

/// The `cpp` language.
pub(crate) static CPP: LazyLock<Language> =
    LazyLock::new(|| Language::with_start(states(true), vec!["root", "bol"]));
