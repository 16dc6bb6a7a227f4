//! Rouge's `meson` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const BUILTIN_VARIABLES: &[&str] = &["build_machine", "host_machine", "meson", "target_machine"];
const KEYWORDS: &[&str] = &[
    "break",
    "continue",
    "elif",
    "else",
    "endforeach",
    "endif",
    "false",
    "foreach",
    "if",
    "true",
];
const BUILTIN_FUNCTIONS: &[&str] = &[
    "add_global_arguments",
    "add_global_link_arguments",
    "add_languages",
    "add_project_arguments",
    "add_project_link_arguments",
    "add_test_setup",
    "alias_target",
    "assert",
    "benchmark",
    "both_libraries",
    "build_target",
    "configuration_data",
    "configure_file",
    "custom_target",
    "declare_dependency",
    "dependency",
    "disabler",
    "environment",
    "error",
    "executable",
    "files",
    "find_library",
    "find_program",
    "generator",
    "get_option",
    "get_variable",
    "gettext",
    "import",
    "include_directories",
    "install_data",
    "install_headers",
    "install_man",
    "install_subdir",
    "is_disabler",
    "is_variable",
    "jar",
    "join_paths",
    "library",
    "message",
    "option",
    "project",
    "run_command",
    "run_target",
    "set_variable",
    "shared_library",
    "shared_module",
    "static_library",
    "subdir",
    "subdir_done",
    "subproject",
    "summary",
    "test",
    "vcs_tag",
    "warning",
];

/// The `meson` language.
pub(crate) static MESON: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)\n+"#, Token(Text)),
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]+"#, Token(Text)),
                rule(r#"#(.*)?\n?"#, Token(CommentSingle)),
                rule(r#"[\[\]{}:(),;.]"#, Token(Punctuation)),
                rule(r#"\\\n"#, Token(Text)),
                rule(r#"\\"#, Token(Text)),
                rule(r#"(in|and|or|not)\b"#, Token(OperatorWord)),
                rule(r#"[-+/*%=<>]=?|!="#, Token(Operator)),
                rule(
                    r#"(?i)([f]?)('''|['])"#,
                    Custom(|l, m| {
                        l.groups(&[StrAffix, Str], m);
                        l.strings
                            .push((m.get(1).to_lowercase(), m.get(2).to_owned()));
                        l.go(Push("generic_string"));
                    }),
                ),
                rule(
                    r#"(?<!\.)(?-si:[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*)\b[ \t\n\r\x0B\x0C]*(?=\()"#,
                    Custom(|l, m| {
                        if has(BUILTIN_FUNCTIONS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(
                    r#"(?<!\.)(?-si:[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*)(?![ \t\n\r\x0B\x0C]*?:)"#,
                    Custom(|l, m| {
                        if has(BUILTIN_VARIABLES, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"[\p{Alphabetic}_][\p{Alphabetic}\p{Nd}_]*"#, Token(Name)),
                rule(r#"(?i)0b(_?[0-1])+"#, Token(NumBin)),
                rule(r#"(?i)0o(_?[0-7])+"#, Token(NumOct)),
                rule(r#"(?i)0x(_?[a-f0-9])+"#, Token(NumHex)),
                rule(r#"([1-9](_?[0-9])*|0(_?0)*)"#, Token(NumInteger)),
            ],
        ),
        (
            "generic_string",
            vec![
                rule(r#"[^'\\@]+"#, Token(Str)),
                rule(
                    r#"'''|[']"#,
                    Custom(|l, m| {
                        l.token(Str, m.get(0));
                        if l.strings.last().is_some_and(|(_, d)| d == m.get(0)) {
                            l.strings.pop();
                            l.go(Pop(1));
                        }
                    }),
                ),
                rule(r#"(?=\\)"#, TokenThen(Str, Push("generic_escape"))),
                rule(
                    r#"@"#,
                    Custom(|l, m| {
                        if l.strings.last().is_some_and(|(t, _)| t.contains('f')) {
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
                    r#"\\([\\abfnrtv']|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"#,
                    Custom(|l, m| {
                        l.token(StrEscape, m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                rule(r#"\\."#, TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "generic_interpol",
            vec![
                rule(
                    r#"[^@]+"#,
                    Custom(|l, m| {
                        l.recurse(m.get(0));
                    }),
                ),
                rule(r#"@"#, TokenThen(StrInterpol, Pop(1))),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
