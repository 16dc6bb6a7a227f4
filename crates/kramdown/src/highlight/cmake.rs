//! Rouge's `cmake` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::r;
use super::token::Tok::{self, *};

const SPACE: &str = r"[ \t]";
const BRACKET_OPEN: &str = r"\[=*\[";

const BUILTIN_COMMANDS: &[&str] = &[
    "add_compile_definitions",
    "add_compile_options",
    "add_custom_command",
    "add_custom_target",
    "add_definitions",
    "add_dependencies",
    "add_executable",
    "add_library",
    "add_link_options",
    "add_subdirectory",
    "add_test",
    "aux_source_directory",
    "break",
    "build_command",
    "build_name",
    "cmake_host_system_information",
    "cmake_language",
    "cmake_minimum_required",
    "cmake_parse_arguments",
    "cmake_policy",
    "configure_file",
    "create_test_sourcelist",
    "define_property",
    "else",
    "elseif",
    "enable_language",
    "enable_testing",
    "endforeach",
    "endfunction",
    "endif",
    "endmacro",
    "endwhile",
    "exec_program",
    "execute_process",
    "export",
    "export_library_dependencies",
    "file",
    "find_file",
    "find_library",
    "find_package",
    "find_path",
    "find_program",
    "fltk_wrap_ui",
    "foreach",
    "function",
    "get_cmake_property",
    "get_directory_property",
    "get_filename_component",
    "get_property",
    "get_source_file_property",
    "get_target_property",
    "get_test_property",
    "if",
    "include",
    "include_directories",
    "include_external_msproject",
    "include_guard",
    "include_regular_expression",
    "install",
    "install_files",
    "install_programs",
    "install_targets",
    "link_directories",
    "link_libraries",
    "list",
    "load_cache",
    "load_command",
    "macro",
    "make_directory",
    "mark_as_advanced",
    "math",
    "message",
    "option",
    "output_required_files",
    "project",
    "qt_wrap_cpp",
    "qt_wrap_ui",
    "remove",
    "remove_definitions",
    "return",
    "separate_arguments",
    "set",
    "set_directory_properties",
    "set_property",
    "set_source_files_properties",
    "set_target_properties",
    "set_tests_properties",
    "site_name",
    "source_group",
    "string",
    "subdir_depends",
    "subdirs",
    "target_compile_definitions",
    "target_compile_features",
    "target_compile_options",
    "target_include_directories",
    "target_link_directories",
    "target_link_libraries",
    "target_link_options",
    "target_precompile_headers",
    "target_sources",
    "try_compile",
    "try_run",
    "unset",
    "use_mangled_mesa",
    "utility_source",
    "variable_requires",
    "variable_watch",
    "while",
    "write_file",
];

/// The token type text gets in the state on top (Rouge's `STATES_MAP`).
fn state_token(l: &Lexer<'_>) -> Tok {
    if l.top_is("bracket_string") || l.top_is("quoted_argument") {
        StrDouble
    } else if l.top_is("bracket_comment") {
        CommentMultiline
    } else if l.top_is("variable_reference") {
        NameVariable
    } else {
        Text
    }
}

fn default(l: &mut Lexer<'_>, m: &Match<'_>) {
    let t = state_token(l);
    l.token(t, m.get(0));
}

fn bracket_close(l: &mut Lexer<'_>, m: &Match<'_>) {
    let t = state_token(l);
    l.token(t, m.get(0));
    let len = i64::try_from(m.get(0).len()).unwrap_or(0);
    if l.counts.first() == Some(&len) {
        l.go(Goto("root"));
    }
}

fn bracket_open(l: &mut Lexer<'_>, m: &Match<'_>, comment: bool) {
    let len = i64::try_from(m.get(0).len()).unwrap_or(0);
    if comment {
        l.token(CommentMultiline, m.get(0));
        l.counts = vec![len - 1];
        l.go(Goto("bracket_comment"));
    } else {
        l.token(StrDouble, m.get(0));
        l.counts = vec![len];
        l.go(Goto("bracket_string"));
    }
}

fn command(l: &mut Lexer<'_>, m: &Match<'_>) {
    let t = if BUILTIN_COMMANDS.contains(&m.get(1)) {
        NameBuiltin
    } else {
        NameFunction
    };
    l.groups(&[t, Text, Punctuation], m);
}

/// The language.
pub(crate) static CMAKE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "default",
            vec![r(r"\r\n?|\n", Custom(default)), r(".", Custom(default))],
        ),
        (
            "variable_interpolation",
            vec![r(
                r"\$\{",
                TokenThen(StrInterpol, Push("variable_reference")),
            )],
        ),
        ("bracket_close", vec![r(r"\]=*\]", Custom(bracket_close))]),
        (
            "root",
            vec![
                mixin("variable_interpolation"),
                r(SPACE, Token(Text)),
                r("[()]", Token(Punctuation)),
                r(
                    &format!("#{BRACKET_OPEN}"),
                    Custom(|l, m| bracket_open(l, m, true)),
                ),
                r(BRACKET_OPEN, Custom(|l, m| bracket_open(l, m, false))),
                r(r#"\\""#, Token(Text)),
                r("\"", TokenThen(StrDouble, Push("quoted_argument"))),
                r(
                    &format!(r"([A-Za-z_][A-Za-z0-9_]*)({SPACE}*)(\()"),
                    Custom(command),
                ),
                r("#.*", Token(CommentSingle)),
                mixin("default"),
            ],
        ),
        (
            "bracket_string",
            vec![
                mixin("bracket_close"),
                mixin("variable_interpolation"),
                mixin("default"),
            ],
        ),
        (
            "bracket_comment",
            vec![mixin("bracket_close"), mixin("default")],
        ),
        (
            "variable_reference",
            vec![
                mixin("variable_interpolation"),
                r("}", TokenThen(StrInterpol, Pop(1))),
                mixin("default"),
            ],
        ),
        (
            "quoted_argument",
            vec![
                mixin("variable_interpolation"),
                r("\"", TokenThen(StrDouble, Push("root"))),
                r(r#"\\[()#" \\$@^trn;]"#, Token(StrEscape)),
                mixin("default"),
            ],
        ),
    ])
});
