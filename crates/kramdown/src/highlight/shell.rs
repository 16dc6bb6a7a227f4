//! Rouge's `shell` lexer (sh, bash, zsh, ksh).

use std::sync::LazyLock;

use super::engine::{
    Action::*, Language, Lexer, Match, Next::*, mixin, rule, rule_followed, rule_if,
    rule_not_followed,
};
use super::token::Tok::*;

const KEYWORDS: &str =
    "if|fi|else|while|do|done|for|then|return|function|select|continue|until|esac|elif|in";

const BUILTINS: &str = "alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|let|local|logout|mapfile|popd|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait|cat|tac|nl|od|base32|base64|fmt|pr|fold|head|tail|split|csplit|wc|sum|cksum|b2sum|md5sum|sha1sum|sha224sum|sha256sum|sha384sum|sha512sum|sort|shuf|uniq|comm|ptx|tsort|cut|paste|join|tr|expand|unexpand|ls|dir|vdir|dircolors|cp|dd|install|mv|rm|shred|link|ln|mkdir|mkfifo|mknod|readlink|rmdir|unlink|chown|chgrp|chmod|touch|df|du|stat|sync|truncate|echo|printf|yes|expr|tee|basename|dirname|pathchk|mktemp|realpath|pwd|stty|printenv|tty|id|logname|whoami|groups|users|who|date|arch|nproc|uname|hostname|hostid|uptime|chcon|runcon|chroot|env|nice|nohup|stdbuf|timeout|kill|sleep|factor|numfmt|seq|tar|grep|sudo|awk|sed|gzip|gunzip";

/// Ruby's `\s` and `\w` are ASCII; its `\b` knows Unicode letters.
const B: &str = r"\b";
const S: &str = r"[ \t\n\r\x0B\x0C]";
const W: &str = "[A-Za-z0-9_]";

fn heredoc_start(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.groups(
        &[
            Operator,
            Text,
            StrHeredoc,
            StrHeredoc,
            NameConstant,
            StrHeredoc,
        ],
        m,
    );
    l.memo = m.get(5).to_owned();
    l.go(Push("heredoc"));
}

fn heredoc_line(l: &mut Lexer<'_>, m: &Match<'_>) {
    if m.get(1) == l.memo {
        l.token(NameConstant, m.get(0));
        l.go(Pop(2));
    } else {
        l.token(StrHeredoc, m.get(0));
    }
}

/// The language.
pub(crate) static SHELL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rule("#.*$", Token(Comment)),
                rule(&format!(r"{B}({KEYWORDS}){S}*{B}"), Token(Keyword)),
                rule(&format!(r"{B}case{B}"), TokenThen(Keyword, Push("case"))),
                rule_not_followed(
                    &format!(r"{B}({BUILTINS}){S}*{B}"),
                    r"[.\-]",
                    Token(NameBuiltin),
                ),
                rule_followed("[.]", S, Token(NameBuiltin)),
                rule(&format!(r"({B}{W}+)(=)"), Groups(&[NameVariable, Operator])),
                rule(r"[\[\]{}()!=>]", Token(Operator)),
                rule(r"&&|\|\|", Token(Operator)),
                rule("<<<", Token(Operator)),
                rule_if(
                    &format!(r#"(<<-?)({S}*)(['"]?)(\\?)({W}+)(['"]?)"#),
                    |m| m.get(3) == m.get(6),
                    Custom(heredoc_start),
                ),
            ],
        ),
        (
            "heredoc",
            vec![
                rule(r"\n", TokenThen(StrHeredoc, Push("heredoc_nl"))),
                rule(r"[^$\n\\]+", Token(StrHeredoc)),
                mixin("interp"),
                rule("[$]", Token(StrHeredoc)),
            ],
        ),
        (
            "heredoc_nl",
            vec![
                rule(&format!(r"{S}*({W}+){S}*\n"), Custom(heredoc_line)),
                rule("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "double_quotes",
            vec![
                rule(r#"(?:\$#?)?""#, TokenThen(StrDouble, Pop(1))),
                mixin("interp"),
                rule(r#"[^"`\\$]+"#, Token(StrDouble)),
            ],
        ),
        (
            "ansi_string",
            vec![
                rule(r"\\.", Token(StrEscape)),
                rule(r"[^\\']+", Token(StrSingle)),
                mixin("single_quotes"),
            ],
        ),
        (
            "single_quotes",
            vec![
                rule("'", TokenThen(StrSingle, Pop(1))),
                rule("[^']+", Token(StrSingle)),
            ],
        ),
        (
            "data",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule(r"\\.", Token(StrEscape)),
                rule(r#"\$?""#, TokenThen(StrDouble, Push("double_quotes"))),
                rule(r"\$'", TokenThen(StrSingle, Push("ansi_string"))),
                rule("'", TokenThen(StrSingle, Push("single_quotes"))),
                rule(r"\*", Token(Keyword)),
                rule(";", Token(Punctuation)),
                rule(r"--?[A-Za-z0-9_\-]+", Token(NameTag)),
                rule(r#"[^=\*\x20\t\n\r\x0B\x0C{}()$"'`;\\<]+"#, Token(Text)),
                rule_followed("[0-9]+", r"(?: |\n?\z)", Token(Num)),
                rule("<", Token(Text)),
                mixin("interp"),
            ],
        ),
        (
            "curly",
            vec![
                rule("}", TokenThen(Keyword, Pop(1))),
                rule(":-", Token(Keyword)),
                rule("[a-zA-Z0-9_]+", Token(NameVariable)),
                rule(r#"[^}:"`'$]+"#, Token(Punctuation)),
                mixin("root"),
            ],
        ),
        (
            "paren_interp",
            vec![
                rule(r"\)", TokenThen(StrInterpol, Pop(1))),
                rule(r"\(", TokenThen(Operator, Push("paren_inner"))),
                mixin("root"),
            ],
        ),
        (
            "paren_inner",
            vec![
                rule(r"\(", TokenThen(Operator, PushSelf)),
                rule(r"\)", TokenThen(Operator, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "math",
            vec![
                rule(r"\)\)", TokenThen(Keyword, Pop(1))),
                rule(r"[-+*/%^|&!]|\*\*|\|\|", Token(Operator)),
                rule(&format!("[0-9]+(#{W}+)?"), Token(Num)),
                mixin("root"),
            ],
        ),
        (
            "case",
            vec![
                rule(&format!("{B}esac{B}"), TokenThen(Keyword, Pop(1))),
                rule(r"\|", Token(Punctuation)),
                rule(r"\)", TokenThen(Punctuation, Push("case_stanza"))),
                mixin("root"),
            ],
        ),
        (
            "case_stanza",
            vec![rule(";;", TokenThen(Punctuation, Pop(1))), mixin("root")],
        ),
        (
            "backticks",
            vec![rule("`", TokenThen(StrBacktick, Pop(1))), mixin("root")],
        ),
        (
            "interp",
            vec![
                rule(r"\\$", Token(StrEscape)),
                rule(r"\\.", Token(StrEscape)),
                rule(r"\$\(\(", TokenThen(Keyword, Push("math"))),
                rule(r"\$\(", TokenThen(StrInterpol, Push("paren_interp"))),
                rule(r"\$\{#?", TokenThen(Keyword, Push("curly"))),
                rule("`", TokenThen(StrBacktick, Push("backticks"))),
                rule(&format!(r"\$#?({W}+|.)"), Token(NameVariable)),
                rule(r"\$[*@]", Token(NameVariable)),
            ],
        ),
        ("root", vec![mixin("basic"), mixin("data")]),
    ])
});
