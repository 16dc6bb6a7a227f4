//! Rouge's `ruby` lexer.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use super::engine::{
    Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule, rule_followed, rule_not_followed,
};
use super::token::Tok::{self, *};

const S: &str = r"[ \t\n\r\x0B\x0C]";
const NS: &str = r"[^ \t\n\r\x0B\x0C]";
const W: &str = "[A-Za-z0-9_]";

const KEYWORDS: &str = r"BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|in|next|redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield";
const KEYWORDS_PSEUDO: &str = "loop|include|extend|raise|alias_method|attr|catch|throw|private|module_function|public|protected|true|false|nil|__FILE__|__LINE__";
const BUILTINS_G: &str = r"attr_reader|attr_writer|attr_accessor|__id__|__send__|abort|ancestors|at_exit|autoload|binding|callcc|caller|catch|chomp|chop|class_eval|class_variables|clone|const_defined\?|const_get|const_missing|const_set|constants|display|dup|eval|exec|exit|extend|fail|fork|format|freeze|getc|gets|global_variables|gsub|hash|id|included_modules|inspect|instance_eval|instance_method|instance_methods|instance_variable_get|instance_variable_set|instance_variables|lambda|load|local_variables|loop|method|method_missing|methods|module_eval|name|object_id|open|p|print|printf|private_class_method|private_instance_methods|private_methods|proc|protected_instance_methods|protected_methods|public_class_method|public_instance_methods|public_methods|putc|puts|raise|rand|readline|readlines|require|require_relative|scan|select|self|send|set_trace_func|singleton_methods|sleep|split|sprintf|srand|sub|syscall|system|taint|test|throw|to_a|to_s|trace_var|trap|untaint|untrace_var|warn";
const BUILTINS_Q: &str = "autoload|block_given|const_defined|eql|equal|frozen|include|instance_of|is_a|iterator|kind_of|method_defined|nil|private_method_defined|protected_method_defined|public_method_defined|respond_to|tainted";
const BUILTINS_B: &str = "chomp|chop|exit|gsub|sub";

/// Escapes a character for use in a pattern (also inside a character class).
fn esc(c: char) -> String {
    if r"\.+*?()|[]{}^$#&-~ ".contains(c) {
        format!("\\{c}")
    } else {
        c.to_string()
    }
}

static SIGIL_STATES: LazyLock<Mutex<HashMap<String, Arc<Vec<Rule>>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// The state for the body of `%q{…}` and friends.
fn sigil_state(open: char, close: char, interp: bool, regex: bool) -> Arc<Vec<Rule>> {
    let key = format!("{open}{close}{interp}{regex}");
    let mut cache = SIGIL_STATES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(s) = cache.get(&key) {
        return Arc::clone(s);
    }
    let tok = if regex { StrRegex } else { StrOther };
    let (o, c) = (esc(open), esc(close));
    let uniq = if open == close && open == '#' {
        String::new()
    } else if open == close {
        o.clone()
    } else {
        format!("{o}{c}")
    };
    let mut rules = vec![rule(&format!(r"\\[#{uniq}\\]"), Token(StrEscape))];
    if open != close {
        rules.push(rule(&o, TokenThen(tok, PushSelf)));
    }
    rules.push(rule(&c, TokenThen(tok, Pop(1))));
    if interp {
        rules.push(mixin("string_intp_escaped"));
        rules.push(rule("#", Token(tok)));
    } else {
        rules.push(rule(r"[\\#]", Token(tok)));
    }
    rules.push(rule(&format!(r"[^#{uniq}\\]+"), Token(tok)));
    let state = Arc::new(rules);
    cache.insert(key, Arc::clone(&state));
    state
}

fn sigil_start(l: &mut Lexer<'_>, m: &Match<'_>) {
    let Some(open) = m.get(2).chars().next() else {
        return;
    };
    let close = match open {
        '{' => '}',
        '[' => ']',
        '(' => ')',
        '<' => '>',
        c => c,
    };
    let kind = m.get(1);
    let interp = matches!(kind, "r" | "Q" | "W" | "x" | "I");
    let regex = kind == "r";
    let tok: Tok = if regex { StrRegex } else { StrOther };
    if regex {
        l.go(Push("regex_flags"));
    }
    l.token(tok, m.get(0));
    l.push_made(sigil_state(open, close, interp, regex));
}

fn heredoc_start(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(Operator, m.get(1));
    l.token(
        NameConstant,
        &format!("{}{}{}", m.get(2), m.get(3), m.get(4)),
    );
    let tolerant = matches!(m.get(1), "<<-" | "<<~");
    l.heredocs.push((tolerant, m.get(3).to_owned()));
    if !l.top_is("heredoc_queue") {
        l.go(Push("heredoc_queue"));
    }
}

fn heredoc_start_empty(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(Operator, m.get(1));
    l.token(NameConstant, &format!("{}{}", m.get(2), m.get(3)));
    let tolerant = matches!(m.get(1), "<<-" | "<<~");
    l.heredocs.push((tolerant, String::new()));
    if !l.top_is("heredoc_queue") {
        l.go(Push("heredoc_queue"));
    }
}

fn test_heredoc(l: &mut Lexer<'_>, m: &Match<'_>) {
    let text = m.get(0);
    let (tolerant, name) = l.heredocs.first().cloned().unwrap_or_default();
    let check = if tolerant {
        text.trim_matches(is_ruby_space)
    } else {
        text.trim_end_matches(is_ruby_space)
    };
    if check == name {
        l.heredocs.remove(0);
        if l.heredocs.is_empty() {
            l.go(Pop(1));
        }
        l.token(NameConstant, text);
    } else {
        l.token(StrHeredoc, text);
    }
    l.go(Pop(1));
}

fn is_ruby_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r' | '\0')
}

fn simple(fin: &'static str, tok: Tok) -> Vec<Rule> {
    vec![
        mixin("string_intp_escaped"),
        rule(&format!(r"[^\\{fin}#]+"), Token(tok)),
        rule(r"[\\#]", Token(tok)),
        rule(fin, TokenThen(tok, Pop(1))),
    ]
}

/// The language.
pub(crate) static RUBY: LazyLock<Language> =
    LazyLock::new(|| Language::with_start(states(), vec!["root", "expr_start"]));

/// The states of Rouge's Ruby lexer (which others extend: `irb_output`).
pub(crate) fn states() -> Vec<(&'static str, Vec<Rule>)> {
    let decimal = "[0-9]+(?:_[0-9]+)*";
    let exp = "(?i:e[+-]?[0-9]+)";
    let escape = r#"\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})"#;
    {
        vec![
            (
                "symbols",
                vec![
                    rule(&format!("(?i):@{{0,2}}[a-z_]{W}*[!?]?"), Token(StrSymbol)),
                    rule(
                        r"(?::(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?))",
                        Token(StrSymbol),
                    ),
                    rule(r":'(\\\\|\\'|[^'])*'", Token(StrSymbol)),
                    rule(":\"", TokenThen(StrSymbol, Push("simple_sym"))),
                ],
            ),
            (
                "sigil_strings",
                vec![rule(
                    r"%([rqswQWxiI])?([^A-Za-z0-9_ \t\n\r\x0B\x0C])",
                    Custom(sigil_start),
                )],
            ),
            (
                "strings",
                vec![
                    mixin("symbols"),
                    rule(
                        &format!(r"\b[a-z_]{W}*?[?!]?:{S}+"),
                        TokenThen(StrSymbol, Push("expr_start")),
                    ),
                    rule(r"'(\\\\|\\'|[^'])*'", Token(StrSingle)),
                    rule("\"", TokenThen(StrDouble, Push("simple_string"))),
                    rule(r"(?<!\.)`", TokenThen(StrBacktick, Push("simple_backtick"))),
                ],
            ),
            (
                "regex_flags",
                vec![rule("[mixounse]*", TokenThen(StrRegex, Pop(1)))],
            ),
            ("simple_string", simple("\"", StrDouble)),
            ("simple_sym", simple("\"", StrSymbol)),
            ("simple_backtick", simple("`", StrBacktick)),
            (
                "whitespace",
                vec![
                    mixin("inline_whitespace"),
                    rule(&format!(r"\n{S}*"), TokenThen(Text, Push("expr_start"))),
                    rule("#.*$", Token(CommentSingle)),
                    rule(r"(?s)=begin\b.*?\n=end\b", Token(CommentMultiline)),
                ],
            ),
            ("inline_whitespace", vec![rule(r"[ \t\r]+", Token(Text))]),
            (
                "root",
                vec![
                    mixin("whitespace"),
                    rule("__END__", TokenThen(CommentPreproc, Push("end_part"))),
                    rule("0_?[0-7]+(?:_[0-7]+)*", Token(NumOct)),
                    rule("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Token(NumHex)),
                    rule("0b[01]+(?:_[01]+)*", Token(NumBin)),
                    rule(
                        &format!(r"{decimal}(?:\.{decimal}{exp}?|{exp})"),
                        Token(NumFloat),
                    ),
                    rule(decimal, Token(NumInteger)),
                    rule(&format!("(?i)@@[a-z_]{W}*"), Token(NameVariableClass)),
                    rule(&format!("(?i)@[a-z_]{W}*"), Token(NameVariableInstance)),
                    rule(&format!(r"\${W}+"), Token(NameVariableGlobal)),
                    rule(r#"\$[!@&`'+~=/\\,;.<>_*$?:"]"#, Token(NameVariableGlobal)),
                    rule(r"\$-[0adFiIlpvw]", Token(NameVariableGlobal)),
                    rule("::", Token(Operator)),
                    mixin("strings"),
                    rule_not_followed(
                        &format!("(?:{KEYWORDS})"),
                        W,
                        TokenThen(Keyword, Push("expr_start")),
                    ),
                    rule(
                        &format!(r"(?:{KEYWORDS_PSEUDO})\b"),
                        TokenThen(KeywordPseudo, Push("expr_start")),
                    ),
                    rule(
                        &format!(
                            r"(module)({S}+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)"
                        ),
                        Groups(&[Keyword, Text, NameNamespace]),
                    ),
                    rule(
                        &format!(r"(def\b)({S}*)"),
                        GroupsThen(&[Keyword, Text], Push("funcname")),
                    ),
                    rule(
                        &format!(r"(class\b)({S}*)"),
                        GroupsThen(&[Keyword, Text], Push("classname")),
                    ),
                    rule(
                        &format!("(?:{BUILTINS_Q})[?]"),
                        TokenThen(NameBuiltin, Push("expr_start")),
                    ),
                    rule(
                        &format!("(?:{BUILTINS_B})!"),
                        TokenThen(NameBuiltin, Push("expr_start")),
                    ),
                    rule(
                        &format!(r"(?<!\.)(?:{BUILTINS_G})\b"),
                        TokenThen(NameBuiltin, Push("method_call")),
                    ),
                    mixin("has_heredocs"),
                    rule(r"\.{2,3}", TokenThen(Operator, Push("expr_start"))),
                    rule(
                        "[A-Z][a-zA-Z0-9_]*",
                        TokenThen(NameConstant, Push("method_call")),
                    ),
                    rule(
                        &format!(r"(\.|::)({S}*)([a-z_]{W}*[!?]?|[*%&^`~+,\-./\[<>=])"),
                        GroupsThen(&[Punctuation, Text, NameFunction], Push("method_call")),
                    ),
                    rule(
                        &format!("[a-zA-Z_]{W}*[?!]"),
                        TokenThen(Name, Push("expr_start")),
                    ),
                    rule(
                        &format!("[a-zA-Z_]{W}*"),
                        TokenThen(Name, Push("method_call")),
                    ),
                    rule(
                        r"\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.",
                        TokenThen(Operator, Push("expr_start")),
                    ),
                    rule(
                        r"[-+/*%=<>&!^|~]=?",
                        TokenThen(Operator, Push("expr_start")),
                    ),
                    rule(
                        "[?]",
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("ternary"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule(r"[\[({,:\\;/]", TokenThen(Punctuation, Push("expr_start"))),
                    rule(r"[\])}]", Token(Punctuation)),
                ],
            ),
            (
                "has_heredocs",
                vec![
                    rule(
                        &format!(r#"(?<![A-Za-z0-9_])(<<[-~]?)(["`']?)([a-zA-Z_]{W}*)(\2)"#),
                        Custom(heredoc_start),
                    ),
                    rule(r#"(<<[-~]?)(["'])(\2)"#, Custom(heredoc_start_empty)),
                ],
            ),
            (
                "heredoc_queue",
                vec![
                    rule_followed("", r"\n", Custom(|l, _| l.go(Goto("resolve_heredocs")))),
                    mixin("root"),
                ],
            ),
            (
                "resolve_heredocs",
                vec![
                    mixin("string_intp_escaped"),
                    rule(r"\n", TokenThen(StrHeredoc, Push("test_heredoc"))),
                    rule(r"[#\\\n]", Token(StrHeredoc)),
                    rule(r"[^#\\\n]+", Token(StrHeredoc)),
                ],
            ),
            (
                "test_heredoc",
                vec![
                    rule(r"[^#\\\n]*$", Custom(test_heredoc)),
                    rule("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "funcname",
                vec![
                    rule(&format!("{S}+"), Token(Text)),
                    rule(r"\(", TokenThen(Punctuation, Push("defexpr"))),
                    rule(
                        &format!(
                            r"(?:([a-zA-Z_]{W}*)(\.))?([a-zA-Z_]{W}*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)"
                        ),
                        GroupsThen(&[NameClass, Operator, NameFunction], Pop(1)),
                    ),
                    rule("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "classname",
                vec![
                    rule(&format!("{S}+"), Token(Text)),
                    rule(&format!("{W}+(::{W}+)+"), Token(NameClass)),
                    rule(
                        r"\(",
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("defexpr"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    rule("<<", TokenThen(Operator, Goto("expr_start"))),
                    rule(&format!("[A-Z_]{W}*"), TokenThen(NameClass, Pop(1))),
                    rule("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "ternary",
                vec![
                    rule(
                        &format!("(:)({S}+)"),
                        GroupsThen(&[Punctuation, Text], Goto("expr_start")),
                    ),
                    rule(
                        r":(?![^#\n]*?[:\\])",
                        TokenThen(Punctuation, Goto("expr_start")),
                    ),
                    mixin("root"),
                ],
            ),
            (
                "defexpr",
                vec![
                    rule(
                        r"(\))(\.|::)?",
                        GroupsThen(&[Punctuation, Operator], Pop(1)),
                    ),
                    rule(
                        r"\(",
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("defexpr"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    mixin("root"),
                ],
            ),
            (
                "in_interp",
                vec![rule("}", TokenThen(StrInterpol, Pop(1))), mixin("root")],
            ),
            (
                "string_intp",
                vec![
                    rule("[#][{]", TokenThen(StrInterpol, Push("in_interp"))),
                    rule(&format!("(?i)#(@@?|\\$)[a-z_]{W}*"), Token(StrInterpol)),
                ],
            ),
            (
                "string_intp_escaped",
                vec![
                    mixin("string_intp"),
                    rule(escape, Token(StrEscape)),
                    rule(r"\\.", Token(StrEscape)),
                ],
            ),
            (
                "method_call",
                vec![
                    rule("/|%", TokenThen(Operator, Goto("expr_start"))),
                    rule_followed("", r"\n", Custom(|l, _| l.go(Pop(1)))),
                    rule("", Custom(|l, _| l.go(Goto("method_call_spaced")))),
                ],
            ),
            (
                "method_call_spaced",
                vec![
                    mixin("whitespace"),
                    rule("[%/]=", TokenThen(Operator, Goto("expr_start"))),
                    rule(
                        &format!("(/)(?={NS}|{S}*/)"),
                        TokenThen(StrRegex, Goto("slash_regex")),
                    ),
                    mixin("sigil_strings"),
                    rule_followed("", &format!("{S}*/"), Custom(|l, _| l.go(Pop(1)))),
                    rule(&format!("{S}+"), TokenThen(Text, Goto("expr_start"))),
                    rule("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "expr_start",
                vec![
                    mixin("inline_whitespace"),
                    rule("/", TokenThen(StrRegex, Goto("slash_regex"))),
                    rule(
                        &format!(r#"[?](\\[MC]-)*({escape}|{NS})(?![A-Za-z0-9_])"#),
                        TokenThen(StrChar, Pop(1)),
                    ),
                    rule(
                        &format!("({S}*)(%[rqswQWxiI]? {NS}* )"),
                        GroupsThen(&[Text, StrOther], Pop(1)),
                    ),
                    mixin("sigil_strings"),
                    rule("", Custom(|l, _| l.go(Pop(1)))),
                ],
            ),
            (
                "slash_regex",
                vec![
                    mixin("string_intp"),
                    rule(r"\\\\", Token(StrRegex)),
                    rule(r"\\/", Token(StrRegex)),
                    rule(r"[\\#]", Token(StrRegex)),
                    rule(r"[^\\/#]+", Token(StrRegex)),
                    rule("/", TokenThen(StrRegex, Goto("regex_flags"))),
                ],
            ),
            (
                "end_part",
                vec![rule("(?s).+", TokenThen(CommentPreproc, Pop(1)))],
            ),
        ]
    }
}
