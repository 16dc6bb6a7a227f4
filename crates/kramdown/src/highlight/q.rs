//! Rouge's `q` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const BUILTINS: &[&str] = &[
    "count",
    "desc",
    "dev",
    "differ",
    "distinct",
    "dsave",
    "enlist",
    "eval",
    "exit",
    "exp",
    "fills",
    "first",
    "fkeys",
    "flip",
    "floor",
    "get",
    "getenv",
    "group",
    "gtime",
    "hclose",
    "hcount",
    "hdel",
    "hopen",
    "hsym",
    "iasc",
    "idesc",
    "inv",
    "key",
    "keys",
    "last",
    "load",
    "log",
    "lsq",
    "ltime",
    "ltrim",
    "max",
    "maxs",
    "md5",
    "med",
    "meta",
    "min",
    "mins",
    "neg",
    "next",
    "parse",
    "plist",
    "prd",
    "prds",
    "prev",
    "rand",
    "rank",
    "ratios",
    "raze",
    "read0",
    "read1",
    "reciprocal",
    "reverse",
    "rload",
    "rotate",
    "rsave",
    "rtrim",
    "save",
    "sdev",
    "set",
    "show",
    "signum",
    "sin",
    "sqrt",
    "ssr",
    "string",
    "sum",
    "sums",
    "svar",
    "system",
    "tables",
    "tan",
    "til",
    "trim",
    "txf",
    "type",
    "ungroup",
    "value",
    "var",
    "view",
    "views",
    "wj",
    "wj1",
    "ww",
];
const KEYWORDS: &[&str] = &[
    "by", "delete", "do", "exec", "from", "if", "select", "update", "while",
];
const WORD_OPERATORS: &[&str] = &[
    "and", "asof", "bin", "binr", "cor", "cov", "cross", "cut", "div", "each", "ej", "except",
    "fby", "ij", "in", "insert", "inter", "like", "lj", "ljf", "mavg", "mcount", "mdev", "mmax",
    "mmin", "mmu", "mod", "msum", "or", "over", "peach", "pj", "prior", "scan", "scov", "setenv",
    "ss", "sublist", "sv", "uj", "union", "upsert", "vs", "wavg", "where", "within", "wsum",
    "xasc", "xbar", "xcol", "xcols", "xdesc", "xexp", "xgroup", "xkey", "xlog", "xprev", "xrank",
];

/// The language.
pub(crate) static Q: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"#!(.*?)$"#, TokenThen(CommentPreproc, Push("top"))),
                rule(r#""#, TokenThen(Text, Push("top"))),
            ],
        ),
        (
            "top",
            vec![
                rule(r#"^[ \t\r]+.*$"#, Token(CommentSpecial)),
                rule(r#"\n+"#, Token(Text)),
                rule(r#""#, TokenThen(Text, Push("base"))),
            ],
        ),
        (
            "base",
            vec![
                rule(r#"(?s)\n+"#, Token(Text)),
                rule(r#"^.\)"#, Token(KeywordDeclaration)),
                rule(
                    r#"(?i-s:\.?[a-z][a-z0-9_.]*)"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        let b = w.as_bytes();
                        let t = if KEYWORDS.binary_search(&w).is_ok() {
                            Keyword
                        } else if WORD_OPERATORS.binary_search(&w).is_ok() {
                            OperatorWord
                        } else if BUILTINS.binary_search(&w).is_ok() {
                            NameBuiltin
                        } else if b.len() >= 3
                            && b[0] == b'.'
                            && b"zQqho".contains(&b[1])
                            && b[2] == b'.'
                        {
                            NameConstant
                        } else {
                            Name
                        };
                        l.token(t, w);
                    }),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+/.*"#, Token(CommentSingle)),
                rule(r#"[ \t\r]+"#, Token(Whitespace)),
                rule(r#"(?s)^/$.*?^\\$"#, Token(CommentMultiline)),
                rule(
                    r#"^/[^\n]*$(\n[^[^ \t\n\r\x0B\x0C]\n]+.*$)*"#,
                    Token(CommentMultiline),
                ),
                rule(r#"^\\$"#, TokenThen(Comment, Push("bottom"))),
                rule(
                    r#"^\\\\[ \t\n\r\x0B\x0C]+"#,
                    TokenThen(Keyword, Push("bottom")),
                ),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(
                    r#"(?:[0-9]+D|[0-9]{4}\.[01][0-9]\.[0123][0-9][DT])(?:[012][0-9]:[0-5][0-9](?::[0-5][0-9](?:\.[0-9]+)?)?|([012][0-9])?)[zpn]?\b"#,
                    Token(LiteralDate),
                ),
                rule(
                    r#"[012][0-9]:[0-5][0-9](?::[0-5][0-9](\.[0-9]+)?)?[uvtpn]?\b"#,
                    Token(LiteralDate),
                ),
                rule(
                    r#"[0-9]{4}\.[01][0-9]\.[0-3][0-9][dpnzm]?\b"#,
                    Token(LiteralDate),
                ),
                rule(r#"0[nNwW][hijefcpmdznuvt]?"#, Token(KeywordConstant)),
                rule(r#"'|/:|\\:|':|\\|/|0:|1:|2:"#, Token(Operator)),
                rule(
                    r#"([0-9]+[.][0-9]*|[.][0-9]+)(e[+-]?[0-9]+)?[ef]?"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9]+e[+-]?[0-9]+[ef]?"#, Token(NumFloat)),
                rule(r#"[0-9]+[ef]"#, Token(NumFloat)),
                rule(r#"(?i)0x[0-9a-f]+"#, Token(NumHex)),
                rule(r#"[01]+b"#, Token(NumBin)),
                rule(r#"[0-9]+[hij]?"#, Token(NumInteger)),
                rule(
                    r#"(?i)(`:[:a-z0-9._/]*|`(?:[a-z0-9.][:a-z0-9._]*)?)"#,
                    Token(StrSymbol),
                ),
                rule(
                    r#"(?:<=|>=|<>|::)|[?:$%&|@._#*^\-+~,!><=]:?"#,
                    Token(Operator),
                ),
                rule(r#"[{}\[\]();]"#, Token(Punctuation)),
                rule(r#"\\.*\n"#, Token(Text)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"\\""#, Token(Str)),
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\([\\nr]|[01][0-7]{2})"#, Token(StrEscape)),
                rule(r#"[^\\"\n]+"#, Token(Str)),
                rule(r#"\\"#, Token(Str)),
            ],
        ),
        ("bottom", vec![rule(r#"(?s).+\z"#, Token(CommentMultiline))]),
    ])
});
