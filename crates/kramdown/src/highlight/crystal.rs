//! Rouge's `crystal` lexer (crystal, cr).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex, PoisonError};

use super::engine::{Action::*, Language, Lexer, Match, Next::*, Rule, mixin, rule};
use super::rb_regex::{r, rf};
use super::token::Tok::{self, *};

const KEYWORDS: &str = r"BEGIN|END|alias|begin|break|case|defined\?|do|else|elsif|end|ensure|for|if|ifdef|in|next|redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield|lib|fun|type|of|as";
const KEYWORDS_PSEUDO: &str = "initialize|new|loop|include|extend|raise|attr_reader|attr_writer|attr_accessor|alias_method|attr|catch|throw|private|module_function|public|protected|true|false|nil|__FILE__|__LINE__|getter|getter?|getter!|property|property?|property!|struct|record";
const BUILTINS_G: &str = "abort|ancestors|at_exit|caller|catch|chomp|chop|clone|constants|display|dup|eval|exec|exit|extend|fail|fork|format|freeze|getc|gets|global_variables|gsub|hash|id|included_modules|inspect|instance_eval|instance_method|instance_methods|lambda|loop|method|method_missing|methods|module_eval|name|object_id|open|p|print|printf|proc|putc|puts|raise|rand|readline|readlines|require|scan|select|self|send|sleep|split|sprintf|srand|sub|syscall|system|test|throw|to_a|to_s|trap|warn";
const BUILTINS_Q: &str = "eql|equal|include|is_a|iterator|kind_of|nil";
const BUILTINS_B: &str = "chomp|chop|exit|gsub|sub";

/// A delimiter as a pattern (also inside a class), as `Regexp.escape` leaves it.
fn esc(c: char) -> String {
    if c.is_ascii() && !c.is_ascii_alphanumeric() {
        format!(r"\x{:02X}", c as u32)
    } else {
        c.to_string()
    }
}

type SigilStates = HashMap<(char, bool, bool), Arc<Vec<Rule>>>;

static SIGIL_STATES: LazyLock<Mutex<SigilStates>> = LazyLock::new(|| Mutex::new(HashMap::new()));

/// The state for the body of `%q{…}` and friends.
fn sigil_state(open: char, close: char, interp: bool, regex: bool) -> Arc<Vec<Rule>> {
    let mut cache = SIGIL_STATES.lock().unwrap_or_else(PoisonError::into_inner);
    if let Some(s) = cache.get(&(open, interp, regex)) {
        return Arc::clone(s);
    }
    let tok: Tok = if regex { StrRegex } else { StrOther };
    let (o, c) = (esc(open), esc(close));
    let mut rules = vec![rule(&format!(r"\\[#{o}{c}\\]"), Token(StrEscape))];
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
    rules.push(rule(&format!(r"(?s)[^#{o}{c}\\]+"), Token(tok)));
    let state = Arc::new(rules);
    cache.insert((open, interp, regex), Arc::clone(&state));
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
    let space = |c: char| matches!(c, ' ' | '\t' | '\n' | '\x0B' | '\x0C' | '\r' | '\0');
    let check = if tolerant {
        text.trim_matches(space)
    } else {
        text.trim_end_matches(space)
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

fn simple(fin: &'static str, tok: Tok) -> Vec<Rule> {
    vec![
        mixin("string_intp_escaped"),
        rf(&format!(r"[^\\{fin}#]+"), "m", Token(tok)),
        r(r"[\\#]", Token(tok)),
        r(fin, TokenThen(tok, Pop(1))),
    ]
}

fn pop(l: &mut Lexer<'_>, _: &Match<'_>) {
    l.go(Pop(1));
}

/// The language.
pub(crate) static CRYSTAL: LazyLock<Language> = LazyLock::new(|| {
    Language::with_start(
        vec![
            (
                "symbols",
                vec![
                    rf(
                        r"
          :  # initial :
          @{0,2} # optional ivar, for :@foo and :@@foo
          [a-z_]\w*[!?]? # the symbol
        ",
                        "xi",
                        Token(StrSymbol),
                    ),
                    r(
                        r":(?:===|=?~|\[\][=?]?|\*\*=?|\/\/=?|[=^*/+-]=?|&[&*+-]?=?|\|\|?=?|![=~]?|%=?|<=>|<<?=?|>>?=?|\.\.\.?)",
                        Token(StrSymbol),
                    ),
                    r(r":'(\\\\|\\'|[^'])*'", Token(StrSymbol)),
                    r(":\"", TokenThen(StrSymbol, Push("simple_sym"))),
                ],
            ),
            (
                "sigil_strings",
                vec![r(r"%([rqswQWxiI])?([^\w\s}])", Custom(sigil_start))],
            ),
            (
                "strings",
                vec![
                    mixin("symbols"),
                    r(
                        r"\b[a-z_]\w*?[?!]?:\s+",
                        TokenThen(StrSymbol, Push("expr_start")),
                    ),
                    r("\"", TokenThen(StrDouble, Push("simple_string"))),
                    r(r"(?<!\.)`", TokenThen(StrBacktick, Push("simple_backtick"))),
                    r(
                        r"(')(\\u[a-fA-F0-9]{4}|\\u\{[a-fA-F0-9]{1,6}\}|\\[abefnrtv])?(\\\\|\\'|[^'])*(')",
                        Groups(&[StrSingle, StrEscape, StrSingle, StrSingle]),
                    ),
                ],
            ),
            (
                "regex_flags",
                vec![r("[mixounse]*", TokenThen(StrRegex, Pop(1)))],
            ),
            ("simple_string", simple("\"", StrDouble)),
            ("simple_sym", simple("\"", StrSymbol)),
            ("simple_backtick", simple("`", StrBacktick)),
            (
                "whitespace",
                vec![
                    mixin("inline_whitespace"),
                    rf(r"\n\s*", "m", TokenThen(Text, Push("expr_start"))),
                    r("#.*$", Token(CommentSingle)),
                    rf(r"=begin\b.*?\n=end\b", "m", Token(CommentMultiline)),
                ],
            ),
            ("inline_whitespace", vec![r(r"[ \t\r]+", Token(Text))]),
            (
                "root",
                vec![
                    mixin("whitespace"),
                    r("__END__", TokenThen(CommentPreproc, Push("end_part"))),
                    r("0o[0-7]+(?:_[0-7]+)*", Token(NumOct)),
                    r("0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*", Token(NumHex)),
                    r("0b[01]+(?:_[01]+)*", Token(NumBin)),
                    rf(r"\d+\.\d+(e[\+\-]?\d+)?(_f32)?", "i", Token(NumFloat)),
                    rf(r"\d+(e[\+\-]?\d+)", "i", Token(NumFloat)),
                    rf(r"\d+_f32", "i", Token(NumFloat)),
                    r(r"[\d]+(?:_\d+)*(_[iu]\d+)?", Token(NumInteger)),
                    r(r"@\[([^\]]+)\]", Token(NameDecorator)),
                    rf(r"@@[a-z_]\w*", "i", Token(NameVariableClass)),
                    rf(r"@[a-z_]\w*", "i", Token(NameVariableInstance)),
                    r(r"\$\w+", Token(NameVariableGlobal)),
                    r(r#"\$[!@&`'+~=/\\,;.<>_*\$?:"]"#, Token(NameVariableGlobal)),
                    r(r"\$-[0adFiIlpvw]", Token(NameVariableGlobal)),
                    r("::", Token(Operator)),
                    mixin("strings"),
                    r(
                        &format!(r"(?:{KEYWORDS})\b"),
                        TokenThen(Keyword, Push("expr_start")),
                    ),
                    r(
                        &format!(r"(?:{KEYWORDS_PSEUDO})\b"),
                        TokenThen(KeywordPseudo, Push("expr_start")),
                    ),
                    rf(
                        r"
          (module)
          (\s+)
          ([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)
        ",
                        "x",
                        Groups(&[Keyword, Text, NameNamespace]),
                    ),
                    r(
                        r"(def|macro\b)(\s*)",
                        GroupsThen(&[Keyword, Text], Push("funcname")),
                    ),
                    r(
                        r"(class\b)(\s*)",
                        GroupsThen(&[Keyword, Text], Push("classname")),
                    ),
                    r(
                        &format!("(?:{BUILTINS_Q})[?]"),
                        TokenThen(NameBuiltin, Push("expr_start")),
                    ),
                    r(
                        &format!("(?:{BUILTINS_B})!"),
                        TokenThen(NameBuiltin, Push("expr_start")),
                    ),
                    r(
                        &format!(r"(?<!\.)(?:{BUILTINS_G})\b"),
                        TokenThen(NameBuiltin, Push("method_call")),
                    ),
                    mixin("has_heredocs"),
                    r(r"\.{2,3}", TokenThen(Operator, Push("expr_start"))),
                    r(
                        "[A-Z][a-zA-Z0-9_]*",
                        TokenThen(NameConstant, Push("method_call")),
                    ),
                    r(
                        r"(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-\/\[<>=])",
                        GroupsThen(&[Punctuation, Text, NameFunction], Push("method_call")),
                    ),
                    r(r"[a-zA-Z_]\w*[?!]", TokenThen(Name, Push("expr_start"))),
                    r(r"[a-zA-Z_]\w*", TokenThen(Name, Push("method_call"))),
                    r(
                        r"\*\*|\/\/|>=|<=|<=>|<<?|>>?|=~|={3}|!~|&&?|\|\||\.",
                        TokenThen(Operator, Push("expr_start")),
                    ),
                    r("{%|%}", Token(Punctuation)),
                    r(
                        r"[-+\/*%=<>&!^|~]=?",
                        TokenThen(Operator, Push("expr_start")),
                    ),
                    r(
                        "[?]",
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("ternary"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    r(r"[\[({,:\\;/]", TokenThen(Punctuation, Push("expr_start"))),
                    r(r"[\])}]", Token(Punctuation)),
                ],
            ),
            (
                "has_heredocs",
                vec![
                    r(
                        r#"(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)"#,
                        Custom(heredoc_start),
                    ),
                    r(r#"(<<[-~]?)(["'])(\2)"#, Custom(heredoc_start_empty)),
                ],
            ),
            (
                "heredoc_queue",
                vec![
                    r(r"(?=\n)", Custom(|l, _| l.go(Goto("resolve_heredocs")))),
                    mixin("root"),
                ],
            ),
            (
                "resolve_heredocs",
                vec![
                    mixin("string_intp_escaped"),
                    r(r"\n", TokenThen(StrHeredoc, Push("test_heredoc"))),
                    r(r"[#\\\n]", Token(StrHeredoc)),
                    r(r"[^#\\\n]+", Token(StrHeredoc)),
                ],
            ),
            (
                "test_heredoc",
                vec![r(r"[^#\\\n]*$", Custom(test_heredoc)), r("", Custom(pop))],
            ),
            (
                "funcname",
                vec![
                    r(r"\s+", Token(Text)),
                    r(r"\(", TokenThen(Punctuation, Push("defexpr"))),
                    rf(
                        r"
          (?:([a-zA-Z_]\w*)(\.))?
          (
            [a-zA-Z_]\w*[!?]? |
            \*\*? | [-+]@? | [/%&\|^`~] | \[\]=? |
            <<? | >>? | <=>? | >= | ===?
          )
        ",
                        "x",
                        GroupsThen(&[NameClass, Operator, NameFunction], Pop(1)),
                    ),
                    r("", Custom(pop)),
                ],
            ),
            (
                "classname",
                vec![
                    r(r"\s+", Token(Text)),
                    r(
                        r"\(",
                        Custom(|l, m| {
                            l.token(Punctuation, m.get(0));
                            l.go(Push("defexpr"));
                            l.go(Push("expr_start"));
                        }),
                    ),
                    r("<<", TokenThen(Operator, Goto("expr_start"))),
                    r(r"[A-Z_]\w*", TokenThen(NameClass, Pop(1))),
                    r("", Custom(pop)),
                ],
            ),
            (
                "ternary",
                vec![
                    r(":(?!:)", TokenThen(Punctuation, Goto("expr_start"))),
                    mixin("root"),
                ],
            ),
            (
                "defexpr",
                vec![
                    r(
                        r"(\))(\.|::)?",
                        GroupsThen(&[Punctuation, Operator], Pop(1)),
                    ),
                    r(
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
                vec![r("}", TokenThen(StrInterpol, Pop(1))), mixin("root")],
            ),
            (
                "string_intp",
                vec![
                    r("[#][{]", TokenThen(StrInterpol, Push("in_interp"))),
                    rf(r"#(@@?|\$)[a-z_]\w*", "i", Token(StrInterpol)),
                ],
            ),
            (
                "string_intp_escaped",
                vec![
                    mixin("string_intp"),
                    r(
                        r#"\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})"#,
                        Token(StrEscape),
                    ),
                    r(r"\\u([a-fA-F0-9]{4}|\{[^}]+\})", Token(StrEscape)),
                    r(r"\\.", Token(StrEscape)),
                ],
            ),
            (
                "method_call",
                vec![
                    r("/", TokenThen(Operator, Goto("expr_start"))),
                    r(r"(?=\n)", Custom(pop)),
                    r("", Custom(|l, _| l.go(Goto("method_call_spaced")))),
                ],
            ),
            (
                "method_call_spaced",
                vec![
                    mixin("whitespace"),
                    r("[%/]=", TokenThen(Operator, Goto("expr_start"))),
                    r(r"(/)(?=\S|\s*/)", TokenThen(StrRegex, Goto("slash_regex"))),
                    mixin("sigil_strings"),
                    r(r"(?=\s*/)", Custom(pop)),
                    r(r"\s+", TokenThen(Text, Goto("expr_start"))),
                    r("", Custom(pop)),
                ],
            ),
            (
                "expr_start",
                vec![
                    mixin("inline_whitespace"),
                    r("/", TokenThen(StrRegex, Goto("slash_regex"))),
                    rf(
                        r#"
          [?](\\[MC]-)*     # modifiers
          (\\([\\abefnrstv\#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)
          (?!\w)
        "#,
                        "x",
                        TokenThen(StrChar, Pop(1)),
                    ),
                    r(
                        r"(\s*)(%[rqswQWxiI]? \S* )",
                        GroupsThen(&[Text, StrOther], Pop(1)),
                    ),
                    mixin("sigil_strings"),
                    r("", Custom(pop)),
                ],
            ),
            (
                "slash_regex",
                vec![
                    mixin("string_intp"),
                    r(r"\\\\", Token(StrRegex)),
                    r(r"\\/", Token(StrRegex)),
                    r(r"[\\#]", Token(StrRegex)),
                    rf(r"[^\\/#]+", "m", Token(StrRegex)),
                    r("/", TokenThen(StrRegex, Goto("regex_flags"))),
                ],
            ),
            (
                "end_part",
                vec![rf(".+", "m", TokenThen(CommentPreproc, Pop(1)))],
            ),
        ],
        vec!["root", "expr_start"],
    )
});
