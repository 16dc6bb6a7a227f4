//! Rouge's `python` lexer (python, py).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, Rule, rule, rule_followed};
use super::token::Tok::*;

const S: &str = r"[ \t\n\r\x0B\x0C]";
const IDENT: &str = r"[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*";
const DOTTED: &str = r"[\p{Alphabetic}_.][\p{Alphabetic}\p{Nd}_.]*";

/// Python's keywords, as Rouge lists them.
pub(crate) const KEYWORDS: &[&str] = &[
    "assert", "break", "continue", "del", "elif", "else", "except", "exec", "finally", "for",
    "global", "if", "lambda", "pass", "print", "raise", "return", "try", "while", "yield", "as",
    "with", "from", "import", "async", "await", "nonlocal",
];
/// Python's builtins, as Rouge lists them.
pub(crate) const BUILTINS: &[&str] = &[
    "__import__",
    "abs",
    "all",
    "any",
    "apply",
    "ascii",
    "basestring",
    "bin",
    "bool",
    "buffer",
    "bytearray",
    "bytes",
    "callable",
    "chr",
    "classmethod",
    "cmp",
    "coerce",
    "compile",
    "complex",
    "delattr",
    "dict",
    "dir",
    "divmod",
    "enumerate",
    "eval",
    "execfile",
    "exit",
    "file",
    "filter",
    "float",
    "format",
    "frozenset",
    "getattr",
    "globals",
    "hasattr",
    "hash",
    "hex",
    "id",
    "input",
    "int",
    "intern",
    "isinstance",
    "issubclass",
    "iter",
    "len",
    "list",
    "locals",
    "long",
    "map",
    "max",
    "memoryview",
    "min",
    "next",
    "object",
    "oct",
    "open",
    "ord",
    "pow",
    "property",
    "range",
    "raw_input",
    "reduce",
    "reload",
    "repr",
    "reversed",
    "round",
    "set",
    "setattr",
    "slice",
    "sorted",
    "staticmethod",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "unichr",
    "unicode",
    "vars",
    "xrange",
    "zip",
];
/// Python's pseudo-builtins, as Rouge lists them.
pub(crate) const BUILTINS_PSEUDO: &[&str] = &[
    "self",
    "None",
    "Ellipsis",
    "NotImplemented",
    "False",
    "True",
];
/// Python's exceptions, as Rouge lists them.
pub(crate) const EXCEPTIONS: &[&str] = &[
    "ArithmeticError",
    "AssertionError",
    "AttributeError",
    "BaseException",
    "BlockingIOError",
    "BrokenPipeError",
    "BufferError",
    "BytesWarning",
    "ChildProcessError",
    "ConnectionAbortedError",
    "ConnectionError",
    "ConnectionRefusedError",
    "ConnectionResetError",
    "DeprecationWarning",
    "EOFError",
    "EnvironmentError",
    "Exception",
    "FileExistsError",
    "FileNotFoundError",
    "FloatingPointError",
    "FutureWarning",
    "GeneratorExit",
    "IOError",
    "ImportError",
    "ImportWarning",
    "IndentationError",
    "IndexError",
    "InterruptedError",
    "IsADirectoryError",
    "KeyError",
    "KeyboardInterrupt",
    "LookupError",
    "MemoryError",
    "ModuleNotFoundError",
    "NameError",
    "NotADirectoryError",
    "NotImplemented",
    "NotImplementedError",
    "OSError",
    "OverflowError",
    "OverflowWarning",
    "PendingDeprecationWarning",
    "ProcessLookupError",
    "RecursionError",
    "ReferenceError",
    "ResourceWarning",
    "RuntimeError",
    "RuntimeWarning",
    "StandardError",
    "StopAsyncIteration",
    "StopIteration",
    "SyntaxError",
    "SyntaxWarning",
    "SystemError",
    "SystemExit",
    "TabError",
    "TimeoutError",
    "TypeError",
    "UnboundLocalError",
    "UnicodeDecodeError",
    "UnicodeEncodeError",
    "UnicodeError",
    "UnicodeTranslateError",
    "UnicodeWarning",
    "UserWarning",
    "ValueError",
    "VMSError",
    "Warning",
    "WindowsError",
    "ZeroDivisionError",
];

/// Yields an identifier as keyword, builtin, pseudo-builtin or name.
pub(crate) fn identifier(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if KEYWORDS.contains(&w) {
        Keyword
    } else if EXCEPTIONS.contains(&w) || BUILTINS.contains(&w) {
        NameBuiltin
    } else if BUILTINS_PSEUDO.contains(&w) {
        NameBuiltinPseudo
    } else {
        Name
    };
    l.token(tok, w);
}

fn string_start(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.groups(&[StrAffix, Str], m);
    l.strings
        .push((m.get(1).to_lowercase(), m.get(2).to_owned()));
    l.go(Push("generic_string"));
}

fn string_quote(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(Str, m.get(0));
    if l.strings.last().is_some_and(|(_, d)| d == m.get(0)) {
        l.strings.pop();
        l.go(Pop(1));
    }
}

fn in_f_string(l: &Lexer<'_>) -> bool {
    l.strings.last().is_some_and(|(t, _)| t.contains('f'))
}

fn in_raw_string(l: &Lexer<'_>) -> bool {
    l.strings.last().is_some_and(|(t, _)| t.contains('r'))
}

/// The language.
pub(crate) static PYTHON: LazyLock<Language> = LazyLock::new(|| Language::new(states(identifier)));

/// The states of the `python` lexer, `ident` yielding identifiers (`cython`
/// knows more keywords).
pub(crate) fn states(ident: fn(&mut Lexer<'_>, &Match<'_>)) -> Vec<(&'static str, Vec<Rule>)> {
    let digits = "[0-9](_?[0-9])*";
    let decimal = format!(r"(({digits})?\.{digits}|{digits}\.)");
    let exponent = format!("(?i:e[+-]?{digits})");
    vec![
        (
            "root",
            vec![
                rule(r"\n+", Token(Text)),
                rule(
                    &format!(r#"(?si)^(:)({S}*)([ru]{{0,2}}""".*?""")"#),
                    Groups(&[Punctuation, Text, StrDoc]),
                ),
                rule(r"[ \t\r\x0B\x0C]+", Token(Text)),
                rule(r"#(.*)?\n?", Token(CommentSingle)),
                rule(r"[\[\]{}:(),;.]", Token(Punctuation)),
                rule(r"\\\n", Token(Text)),
                rule(r"\\", Token(Text)),
                rule(r"(in|is|and|or|not)\b", Token(OperatorWord)),
                rule(r"(<<|>>|//|\*\*)=?", Token(Operator)),
                rule(r"[-~+/*%=<>&^|@]=?|!=", Token(Operator)),
                rule(
                    &format!(r"(from)((?:\\{S}|{S})+)({DOTTED})((?:\\{S}|{S})+)(import)"),
                    Groups(&[
                        KeywordNamespace,
                        Text,
                        NameNamespace,
                        Text,
                        KeywordNamespace,
                    ]),
                ),
                rule(
                    &format!("(import)({S}+)({DOTTED})"),
                    Groups(&[KeywordNamespace, Text, NameNamespace]),
                ),
                rule(
                    &format!(r"(def)((?:{S}|\\{S})+)"),
                    GroupsThen(&[Keyword, Text], Push("funcname")),
                ),
                rule(
                    &format!(r"(class)((?:{S}|\\{S})+)"),
                    GroupsThen(&[Keyword, Text], Push("classname")),
                ),
                rule("`.*?`", Token(StrBacktick)),
                rule(r#"(?i)([rfbu]{0,2})('''|"""|['"])"#, Custom(string_start)),
                rule(&format!("(?i)@{DOTTED}"), Token(NameDecorator)),
                rule(IDENT, Custom(ident)),
                rule(IDENT, Token(Name)),
                rule(&format!("(?i){decimal}({exponent})?j?"), Token(NumFloat)),
                rule(&format!("(?i){digits}{exponent}j?"), Token(NumFloat)),
                rule(&format!("(?i){digits}j"), Token(NumFloat)),
                rule("(?i)0b(_?[0-1])+", Token(NumBin)),
                rule("(?i)0o(_?[0-7])+", Token(NumOct)),
                rule("(?i)0x(_?[a-f0-9])+", Token(NumHex)),
                rule("[0-9]+L", Token(NumIntegerLong)),
                rule("([1-9](_?[0-9])*|0(_?0)*)", Token(NumInteger)),
            ],
        ),
        (
            "funcname",
            vec![rule(IDENT, TokenThen(NameFunction, Pop(1)))],
        ),
        ("classname", vec![rule(IDENT, TokenThen(NameClass, Pop(1)))]),
        (
            "generic_string",
            vec![
                rule(r#"[^'"\\{]+"#, Token(Str)),
                rule(r"\{\{", Token(Str)),
                rule(r#"'''|"""|['"]"#, Custom(string_quote)),
                rule_followed("", r"\\", TokenThen(Str, Push("generic_escape"))),
                rule(
                    r"\{",
                    Custom(|l, m| {
                        if in_f_string(l) {
                            l.token(StrInterpol, m.get(0));
                            l.go(Push("generic_interpol"));
                        } else {
                            l.token(Str, m.get(0));
                        }
                    }),
                ),
            ],
        ),
        (
            "generic_escape",
            vec![
                rule(
                    r#"\\([\\abfnrtv"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"#,
                    Custom(|l, m| {
                        let tok = if in_raw_string(l) { Str } else { StrEscape };
                        l.token(tok, m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                rule(r"\\.", TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "generic_interpol",
            vec![
                rule("[^{}!:]+", Custom(|l, m| l.recurse(m.get(0)))),
                rule("![asr]", Token(StrInterpol)),
                rule(":", Token(StrInterpol)),
                rule(r"\{", TokenThen(StrInterpol, Push("generic_interpol"))),
                rule(r"\}", TokenThen(StrInterpol, Pop(1))),
            ],
        ),
    ]
}
