//! Rouge's `erlang` lexer (erlang, erl).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*};
use super::rb_regex::r;
use super::token::Tok::*;

const KEYWORDS: &str = "after|begin|case|catch|cond|end|fun|if|let|of|query|receive|try|when";
const BUILTINS: &str = "abs|append_element|apply|atom_to_list|binary_to_list|bitstring_to_list|binary_to_term|bit_size|bump_reductions|byte_size|cancel_timer|check_process_code|delete_module|demonitor|disconnect_node|display|element|erase|exit|float|float_to_list|fun_info|fun_to_list|function_exported|garbage_collect|get|get_keys|group_leader|hash|hd|integer_to_list|iolist_to_binary|iolist_size|is_atom|is_binary|is_bitstring|is_boolean|is_builtin|is_float|is_function|is_integer|is_list|is_number|is_pid|is_port|is_process_alive|is_record|is_reference|is_tuple|length|link|list_to_atom|list_to_binary|list_to_bitstring|list_to_existing_atom|list_to_float|list_to_integer|list_to_pid|list_to_tuple|load_module|localtime_to_universaltime|make_tuple|md5|md5_final|md5_update|memory|module_loaded|monitor|monitor_node|node|nodes|open_port|phash|phash2|pid_to_list|port_close|port_command|port_connect|port_control|port_call|port_info|port_to_list|process_display|process_flag|process_info|purge_module|put|read_timer|ref_to_list|register|resume_process|round|send|send_after|send_nosuspend|set_cookie|setelement|size|spawn|spawn_link|spawn_monitor|spawn_opt|split_binary|start_timer|statistics|suspend_process|system_flag|system_info|system_monitor|system_profile|term_to_binary|tl|trace|trace_delivered|trace_info|trace_pattern|trunc|tuple_size|tuple_to_list|universaltime_to_localtime|unlink|unregister|whereis";
const OPERATORS: &str = r"(\+\+?|--?|\*|/|<|>|/=|=:=|=/=|=<|>=|==?|<-|!|\?)";
const WORD_OPERATORS: &str = "and|andalso|band|bnot|bor|bsl|bsr|bxor|div|not|or|orelse|rem|xor";
const ATOM: &str = r"(?:[a-z][a-zA-Z0-9_]*|'[^\n']*[^\\]')";
const VARIABLE: &str = r"(?:[A-Z_][a-zA-Z0-9_]*)";
const ESCAPE: &str = r#"(?:\\(?:[bdefnrstv\'"\\/]|[0-7][0-7]?[0-7]?|\^[a-zA-Z]))"#;
const BASE: &str = r"(?:[2-9]|[12][0-9]|3[0-6])";

/// The language.
pub(crate) static ERLANG: LazyLock<Language> = LazyLock::new(|| {
    let macro_re = format!("(?:{VARIABLE}|{ATOM})");
    Language::new(vec![
        (
            "root",
            vec![
                r(r"\s+", Token(Text)),
                r(r"%.*\n", Token(Comment)),
                r(&format!(r"({KEYWORDS})\b"), Token(Keyword)),
                r(&format!(r"({BUILTINS})\b"), Token(NameBuiltin)),
                r(&format!(r"({WORD_OPERATORS})\b"), Token(OperatorWord)),
                r("^-", TokenThen(Punctuation, Push("directive"))),
                r(OPERATORS, Token(Operator)),
                r("\"", TokenThen(Str, Push("string"))),
                r("<<", Token(NameLabel)),
                r(">>", Token(NameLabel)),
                r(
                    &format!("({ATOM})(:)"),
                    Groups(&[NameNamespace, Punctuation]),
                ),
                r(
                    &format!(r"(?:^|(?<=:))({ATOM})(\s*)(\()"),
                    Groups(&[NameFunction, Text, Punctuation]),
                ),
                r(&format!("[+-]?{BASE}#[0-9a-zA-Z]+"), Token(NumInteger)),
                r(r"[+-]?\d+", Token(NumInteger)),
                r(r"[+-]?\d+.\d+", Token(NumFloat)),
                r(r#"[\]\[:_@\".{}()|;,]"#, Token(Punctuation)),
                r(VARIABLE, Token(NameVariable)),
                r(ATOM, Token(Name)),
                r(&format!(r"\?{macro_re}"), Token(NameConstant)),
                r(&format!(r"\$(?:{ESCAPE}|\\[ %]|[^\\])"), Token(StrChar)),
                r(&format!(r"#{ATOM}(:?\.{ATOM})?"), Token(NameLabel)),
            ],
        ),
        (
            "string",
            vec![
                r(ESCAPE, Token(StrEscape)),
                r("\"", TokenThen(Str, Pop(1))),
                r(r"~[0-9.*]*[~#+bBcdefginpPswWxX]", Token(StrInterpol)),
                r(r#"[^"\\~]+"#, Token(Str)),
                r("~", Token(Str)),
            ],
        ),
        (
            "directive",
            vec![
                r(
                    &format!(r"(define)(\s*)(\()({macro_re})"),
                    GroupsThen(&[NameEntity, Text, Punctuation, NameConstant], Pop(1)),
                ),
                r(
                    &format!(r"(record)(\s*)(\()({macro_re})"),
                    GroupsThen(&[NameEntity, Text, Punctuation, NameLabel], Pop(1)),
                ),
                r(ATOM, TokenThen(NameEntity, Pop(1))),
            ],
        ),
    ])
});
