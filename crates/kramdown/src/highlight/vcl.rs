//! Rouge's `vcl` lexer.

use std::sync::LazyLock;

use super::c::C;
use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const FUNCTIONS: &[&str] = &[
    "ban",
    "call",
    "hash_data",
    "new",
    "regsub",
    "regsuball",
    "return",
    "rollback",
    "std.cache_req_body",
    "std.collect",
    "std.duration",
    "std.fileread",
    "std.healthy",
    "std.integer",
    "std.ip",
    "std.log",
    "std.port",
    "std.querysort",
    "std.random",
    "std.real",
    "std.real2time",
    "std.rollback",
    "std.set_ip_tos",
    "std.strstr",
    "std.syslog",
    "std.time",
    "std.time2integer",
    "std.time2real",
    "std.timestamp",
    "std.tolower",
    "std.toupper",
    "synth",
    "synthetic",
];
const KEYWORDS: &[&str] = &[
    "BOOL", "FLOAT", "INTEGER", "IP", "RTIME", "STRING", "TIME", "acl", "backend", "declare",
    "director", "elif", "else", "elseif", "elsif", "if", "import", "include", "local", "probe",
    "set", "unset", "vcl",
];
const VARIABLES: &[&str] = &[
    "bereq",
    "bereq.backend",
    "bereq.between_bytes_timeout",
    "bereq.connect_timeout",
    "bereq.first_byte_timeout",
    "bereq.method",
    "bereq.proto",
    "bereq.retries",
    "bereq.uncacheable",
    "bereq.url",
    "bereq.xid",
    "beresp",
    "beresp.age",
    "beresp.backend",
    "beresp.backend.ip",
    "beresp.backend.name",
    "beresp.do_esi",
    "beresp.do_gunzip",
    "beresp.do_gzip",
    "beresp.do_stream",
    "beresp.grace",
    "beresp.keep",
    "beresp.proto",
    "beresp.reason",
    "beresp.status",
    "beresp.storage_hint",
    "beresp.ttl",
    "beresp.uncacheable",
    "beresp.was_304",
    "client.identity",
    "client.ip",
    "local.ip",
    "now",
    "obj.age",
    "obj.grace",
    "obj.hits",
    "obj.keep",
    "obj.proto",
    "obj.reason",
    "obj.status",
    "obj.ttl",
    "obj.uncacheable",
    "remote.ip",
    "req",
    "req.backend_hint",
    "req.can_gzip",
    "req.esi",
    "req.esi_level",
    "req.hash_always_miss",
    "req.hash_ignore_busy",
    "req.method",
    "req.proto",
    "req.restarts",
    "req.ttl",
    "req.url",
    "req.xid",
    "resp",
    "resp.proto",
    "resp.reason",
    "resp.status",
    "server.hostname",
    "server.identity",
    "server.ip",
];

/// The language.
pub(crate) static VCL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)\{".*?"\}"#, Token(StrSingle)),
                rule(r#"(?s)\{([a-zA-Z0-9_]+)".*?"(\1)\}"#, Token(StrSingle)),
                rule(r#"(?s)/\*.*?\*/"#, Token(CommentMultiline)),
                rule(r#"(?://|#).*"#, Token(CommentSingle)),
                rule(r#"true|false"#, Token(KeywordConstant)),
                rule(
                    r#"(?:(?-si:beresp|bereq|resp|req|obj))\.http\.[a-zA-Z0-9_.-]+"#,
                    Token(NameVariable),
                ),
                rule(r#"(?:var)\.[a-zA-Z0-9_.-]+"#, Token(NameVariable)),
                rule(
                    r#"(sub)([ \f\n\r\t\v]+)([a-zA-Z0-9_-]+)"#,
                    Groups(&[Keyword, Text, NameFunction]),
                ),
                rule(r#"C\{"#, TokenThen(CommentPreproc, Push("inline_c"))),
                rule(
                    r#"(?i)\.?[a-z_][a-zA-Z0-9_.-]*"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        let t = if KEYWORDS.binary_search(&w).is_ok() {
                            Keyword
                        } else if FUNCTIONS.binary_search(&w).is_ok() {
                            NameFunction
                        } else if VARIABLES.binary_search(&w).is_ok() {
                            NameVariable
                        } else {
                            Text
                        };
                        l.token(t, w);
                    }),
                ),
                rule(
                    r#"(?i-s:(?:0x(?i-s:[0-9a-f]+)(?:\.(?i-s:[0-9a-f]+))?(?:p[+-]?(?i-s:[0-9a-f]+))?)|(?:(?-si:[0-9]+)(?:\.(?-si:[0-9]+))?(?:e[+-]?(?-si:[0-9]+))?))(?-si:ms|s|m|h|d|w|y)"#,
                    Token(NumOther),
                ),
                rule(
                    r#"(?i)(?:0x(?i-s:[0-9a-f]+)(?:\.(?i-s:[0-9a-f]+))?(?:p[+-]?(?i-s:[0-9a-f]+))?)|(?:(?-si:[0-9]+)(?:\.(?-si:[0-9]+))?(?:e[+-]?(?-si:[0-9]+))?)"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        let int = (!w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()))
                            || w.strip_prefix("0x").is_some_and(|h| {
                                !h.is_empty() && h.bytes().all(|b| b.is_ascii_hexdigit())
                            });
                        l.token(if int { NumInteger } else { NumFloat }, w);
                    }),
                ),
                rule(r#"""#, TokenThen(StrDouble, Push("string"))),
                rule(
                    r#"[&|+-]{2}|[<=>!*/+-]=|<<|>>|!~|[-+*/%><=!&|~]"#,
                    Token(Operator),
                ),
                rule(r#"[{}();.,]"#, Token(Punctuation)),
                rule(r#"\r\n?|\n"#, Token(Text)),
                rule(r#"."#, Token(Text)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"\\[\\"nt]"#, Token(StrEscape)),
                rule(r#"\r\n?|\n"#, Token(StrDouble)),
                rule(r#"."#, Token(StrDouble)),
            ],
        ),
        (
            "inline_c",
            vec![
                rule(r#"\}C"#, TokenThen(CommentPreproc, Pop(1))),
                rule(
                    r#"(?s).*?(?=\}C)"#,
                    Custom(|l, m| {
                        l.delegate_fresh(&C, m.get(0));
                    }),
                ),
            ],
        ),
    ])
});
