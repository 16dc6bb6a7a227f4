//! Rouge's `make` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::shell::SHELL;
use super::token::Tok::*;

/// The `make` language.
pub(crate) static MAKE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*?\n"#, Token(Comment)),
                rule(
                    r#"([-s]?include)((?:[\t ]+[^\t\n #]+)+)"#,
                    Groups(&[Keyword, StrOther]),
                ),
                rule(
                    r#"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)"#,
                    Groups(&[Keyword, Text, NameVariable]),
                ),
                rule(r#"(?:else|endif)[\t ]*(?=[#\n])"#, Token(Keyword)),
                rule(
                    r#"(export)([\t ]+)(?=[a-zA-Z0-9_\${}()\t -]+\n)"#,
                    GroupsThen(&[Keyword, Text], Push("export")),
                ),
                rule(r#"export[\t ]+"#, Token(Keyword)),
                rule(
                    r#"(?s)([a-zA-Z0-9_${}().-]+)([\t ]*)([!?:+]?=)"#,
                    Custom(|l, m| {
                        l.token(NameVariable, m.get(1));
                        l.token(Text, m.get(2));
                        l.token(Operator, m.get(3));
                        l.go(Push("shell_line"));
                    }),
                ),
                rule(r#""(\\\\|\\.|[^"\\])*""#, Token(StrDouble)),
                rule(r#"'(\\\\|\\.|[^'\\])*'"#, Token(StrSingle)),
                rule(
                    r#"([^\n:]+)(:+)([ \t]*)"#,
                    GroupsThen(&[NameLabel, Operator, Text], Push("block_header")),
                ),
            ],
        ),
        (
            "export",
            vec![
                rule(r#"[a-zA-Z0-9_\${}()-]"#, Token(NameVariable)),
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
                rule(r#"[\t ]+"#, Token(Text)),
            ],
        ),
        (
            "block_header",
            vec![
                rule(r#"[^,\\\n#]+"#, Token(NameFunction)),
                rule(r#","#, Token(Punctuation)),
                rule(r#"#.*?"#, Token(Comment)),
                rule(r#"\\\n"#, Token(Text)),
                rule(r#"\\."#, Token(Text)),
                rule(r#"\n"#, TokenThen(Text, Goto("block_body"))),
            ],
        ),
        (
            "block_body",
            vec![
                rule(
                    r#"(ifn?def|ifn?eq)([\t ]+)([^#\n]+)(#.*)?(\n)"#,
                    Groups(&[Keyword, Text, NameVariable, Comment, Text]),
                ),
                rule(
                    r#"(else|endif)([\t ]*)(#.*)?(\n)"#,
                    Groups(&[Keyword, Text, Comment, Text]),
                ),
                rule(
                    r#"(\t[\t ]*)([@-]?)"#,
                    GroupsThen(&[Text, Punctuation], Push("shell_line")),
                ),
                rule(
                    r#""#,
                    Custom(|l, _| {
                        l.reset_delegate(&SHELL);
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "shell",
            vec![
                rule(
                    r#"(?i)\$[({][\t ]*[a-zA-Z0-9_][a-zA-Z0-9_:=%.]*[\t ]*[)}]"#,
                    Token(NameVariable),
                ),
                rule(
                    r#"(?s)(\$[({])([\t ]*)(abspath|addprefix|addsuffix|and|basename|call|dir|error|eval|file|filter|filter-out|findstring|firstword|flavor|foreach|if|join|lastword|notdir|or|origin|patsubst|realpath|shell|sort|strip|subst|suffix|value|warning|wildcard|word|wordlist|words)([\t ]+)"#,
                    GroupsThen(&[NameFunction, Text, NameBuiltin, Text], Push("shell_expr")),
                ),
                rule(r#"(?s)\\."#, Custom(|l, m| l.delegate(&SHELL, m.get(0)))),
                rule(
                    r#"(?s).+?(?=(?-si:\$\(|\$\{|\(|\)|\}|\\|$))"#,
                    Custom(|l, m| l.delegate(&SHELL, m.get(0))),
                ),
                rule(
                    r#"\$\(|\$\{|\(|\)|\}|\\|$"#,
                    Custom(|l, m| l.delegate(&SHELL, m.get(0))),
                ),
            ],
        ),
        (
            "shell_expr",
            vec![
                rule(
                    r#"[({]"#,
                    Custom(|l, m| {
                        l.delegate(&SHELL, m.get(0));
                        l.go(PushSelf);
                    }),
                ),
                rule(r#"[)}]"#, TokenThen(NameFunction, Pop(1))),
                mixin("shell"),
            ],
        ),
        (
            "shell_line",
            vec![rule(r#"\n"#, TokenThen(Text, Pop(1))), mixin("shell")],
        ),
    ])
});
