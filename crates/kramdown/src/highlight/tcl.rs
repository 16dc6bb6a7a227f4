//! Rouge's `tcl` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Next::*, mixin, rule};
use super::token::Tok::*;

/// A `}` that closes the innermost brace: everything opened since is dropped.
fn close_brace(l: &mut Lexer<'_>, text: &str) {
    while !l.top_is("brace") && l.in_state("brace") {
        l.go(Pop(1));
    }
    l.go(Pop(1));
    l.token(Punctuation, text);
}

const KEYWORDS: &[&str] = &[
    "after",
    "apply",
    "array",
    "break",
    "catch",
    "continue",
    "else",
    "elseif",
    "error",
    "eval",
    "expr",
    "for",
    "foreach",
    "global",
    "if",
    "namespace",
    "proc",
    "rename",
    "return",
    "set",
    "switch",
    "then",
    "trace",
    "unset",
    "update",
    "uplevel",
    "upvar",
    "variable",
    "vwait",
    "while",
];
const BUILTINS: &[&str] = &[
    "append",
    "bgerror",
    "binary",
    "cd",
    "chan",
    "clock",
    "close",
    "concat",
    "dde",
    "dict",
    "encoding",
    "eof",
    "exec",
    "exit",
    "fblocked",
    "fconfigure",
    "fcopy",
    "file",
    "fileevent",
    "flush",
    "format",
    "gets",
    "glob",
    "history",
    "http",
    "incr",
    "info",
    "interp",
    "join",
    "lappend",
    "lassign",
    "lindex",
    "linsert",
    "list",
    "llength",
    "load",
    "loadTk",
    "lrange",
    "lrepeat",
    "lreplace",
    "lreverse",
    "lsearch",
    "lset",
    "lsort",
    "mathfunc",
    "mathop",
    "memory",
    "msgcat",
    "open",
    "package",
    "pid",
    "pkg::create",
    "pkg_mkIndex",
    "platform",
    "platform::shell",
    "puts",
    "pwd",
    "re_syntax",
    "read",
    "refchan",
    "regexp",
    "registry",
    "regsub",
    "scan",
    "seek",
    "socket",
    "source",
    "split",
    "string",
    "subst",
    "tell",
    "time",
    "tm",
    "unknown",
    "unload",
];

/// The language.
pub(crate) static TCL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "word",
            vec![
                rule(r#"\{\*\}"#, Token(Keyword)),
                mixin("brace_abort"),
                mixin("interp"),
                rule(r#"\{"#, TokenThen(Punctuation, Push("brace"))),
                rule(r#"\("#, TokenThen(Punctuation, Push("paren"))),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(
                    r#"(?-si:[^\)\]\};\n\r\t\v])+?(?=(?-si:[\(\[\{"\\]))"#,
                    Token(Text),
                ),
            ],
        ),
        (
            "brace_abort",
            vec![rule(
                r#"\}"#,
                Custom(|l, m| {
                    if l.in_state("brace") {
                        close_brace(l, m.get(0));
                    } else {
                        l.token(Error, m.get(0));
                    }
                }),
            )],
        ),
        (
            "params",
            vec![
                rule(r#";"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                rule(r#"else|elseif|then"#, Token(Keyword)),
                mixin("word"),
                mixin("whitespace"),
                rule(r#"(?-si:[^\)\]\};\n\r\t\v])+"#, Token(Text)),
            ],
        ),
        (
            "command_in_brace",
            vec![
                mixin("word"),
                rule(r#"#(?-si:[^\)\]\};\n])+"#, Token(CommentSingle)),
                rule(
                    r#"(?=(?-si:[\)\]\};\n\r\t\v]))"#,
                    Custom(|l, _m| {
                        l.go(Push("params_in_brace"));
                    }),
                ),
                rule(
                    r#"(?-si:[^\)\]\};\n\r\t\v])+"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if BUILTINS.binary_search(&m.get(0)).is_ok() {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Text, m.get(0));
                        }
                    }),
                ),
                mixin("whitespace"),
            ],
        ),
        (
            "params_in_brace",
            vec![
                rule(r#"\}"#, TokenThen(Punctuation, Pop(2))),
                rule(r#"[\)\]\}]"#, Token(Text)),
                mixin("params"),
            ],
        ),
        (
            "brace",
            vec![
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                mixin("command_in_brace"),
            ],
        ),
        (
            "command_in_paren",
            vec![
                mixin("word"),
                rule(r#"#(?-si:[^\)\]\};\n])+"#, Token(CommentSingle)),
                rule(
                    r#"(?=(?-si:[\)\]\};\n\r\t\v]))"#,
                    Custom(|l, _m| {
                        l.go(Push("params_in_paren"));
                    }),
                ),
                rule(
                    r#"(?-si:[^\)\]\};\n\r\t\v])+"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if BUILTINS.binary_search(&m.get(0)).is_ok() {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Text, m.get(0));
                        }
                    }),
                ),
                mixin("whitespace"),
            ],
        ),
        (
            "params_in_paren",
            vec![
                rule(r#"\)"#, TokenThen(Punctuation, Pop(2))),
                rule(r#"[\)\]\}]"#, Token(Error)),
                mixin("params"),
            ],
        ),
        (
            "paren",
            vec![
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
                mixin("command_in_paren"),
            ],
        ),
        (
            "command_in_bracket",
            vec![
                mixin("word"),
                rule(r#"#(?-si:[^\)\]\};\n])+"#, Token(CommentSingle)),
                rule(
                    r#"(?=(?-si:[\)\]\};\n\r\t\v]))"#,
                    Custom(|l, _m| {
                        l.go(Push("params_in_bracket"));
                    }),
                ),
                rule(
                    r#"(?-si:[^\)\]\};\n\r\t\v])+"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if BUILTINS.binary_search(&m.get(0)).is_ok() {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Text, m.get(0));
                        }
                    }),
                ),
                mixin("whitespace"),
            ],
        ),
        (
            "params_in_bracket",
            vec![
                rule(r#"\]"#, TokenThen(Punctuation, Pop(2))),
                rule(r#"[\)\]\}]"#, Token(Error)),
                mixin("params"),
            ],
        ),
        (
            "bracket",
            vec![
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                mixin("command_in_bracket"),
            ],
        ),
        (
            "command",
            vec![
                mixin("word"),
                rule(r#"#(?-si:[^\)\]\};\n])+"#, Token(CommentSingle)),
                rule(
                    r#"(?=(?-si:[\)\]\};\n\r\t\v]))"#,
                    Custom(|l, _m| {
                        l.go(Push("params"));
                    }),
                ),
                rule(
                    r#"(?-si:[^\)\]\};\n\r\t\v])+"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if BUILTINS.binary_search(&m.get(0)).is_ok() {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Text, m.get(0));
                        }
                    }),
                ),
                mixin("whitespace"),
            ],
        ),
        ("root", vec![mixin("command")]),
        (
            "whitespace",
            vec![rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text))],
        ),
        (
            "interp",
            vec![
                rule(r#"\["#, TokenThen(Punctuation, Push("bracket"))),
                rule(r#"\$[a-z0-9.:-]+"#, Token(NameVariable)),
                rule(r#"(?s)\$\{.*?\}"#, Token(NameVariable)),
                rule(r#"\$"#, Token(Text)),
                rule(r#"\\[0-7]{3}"#, Token(StrEscape)),
                rule(r#"(?i)\\x[0-9a-f]{2}"#, Token(StrEscape)),
                rule(r#"(?i)\\u[0-9a-f]{4}"#, Token(StrEscape)),
                rule(r#"(?s)\\."#, Token(StrEscape)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                mixin("interp"),
                rule(r#"(?s)[^\\\[\$"{}]+"#, Token(StrDouble)),
                rule(
                    r#"\{"#,
                    Custom(|l, m| {
                        if l.counts.is_empty() {
                            l.counts.push(0);
                        }
                        if let Some(c) = l.counts.first_mut() {
                            *c += 1;
                        }
                        l.token(StrDouble, m.get(0));
                    }),
                ),
                rule(
                    r#"\}"#,
                    Custom(|l, m| {
                        if l.in_state("brace") && l.counts.first().copied().unwrap_or(0) == 0 {
                            close_brace(l, m.get(0));
                        } else {
                            if l.counts.is_empty() {
                                l.counts.push(0);
                            }
                            if let Some(c) = l.counts.first_mut() {
                                *c -= 1;
                            }
                            l.token(StrDouble, m.get(0));
                        }
                    }),
                ),
            ],
        ),
    ])
});
