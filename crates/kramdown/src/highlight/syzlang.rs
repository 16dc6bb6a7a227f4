//! Rouge's `syzlang` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "align",
    "breaks_returns",
    "dec",
    "define",
    "disabled",
    "hex",
    "ignore_return",
    "in",
    "incdir",
    "include",
    "inet",
    "inout",
    "oct",
    "opt",
    "out",
    "packed",
    "parent",
    "prog_timeout",
    "pseudo",
    "resource",
    "size",
    "syscall",
    "timeout",
    "type",
    "varlen",
];
const KEYWORDS_TYPE: &[&str] = &[
    "array",
    "bitsize",
    "bool16",
    "bool32",
    "bool64",
    "bool8",
    "boolptr",
    "buffer",
    "bytesize",
    "bytesize2",
    "bytesize4",
    "bytesize8",
    "const",
    "csum",
    "filename",
    "fileoff",
    "flags",
    "fmt",
    "int16",
    "int16be",
    "int32",
    "int32be",
    "int64",
    "int64be",
    "int8",
    "int8be",
    "intptr",
    "len",
    "offsetof",
    "optional",
    "proc",
    "ptr",
    "ptr64",
    "string",
    "stringnoz",
    "text",
    "vma",
    "vma64",
    "void",
];

/// The language.
pub(crate) static SYZLANG: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "inline_break",
            vec![
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "space_break",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "mixin_name",
            vec![rule(r#"[a-zA-Z_][a-zA-Z0-9_]*"#, Token(Name))],
        ),
        (
            "mixin_number",
            vec![
                rule(r#"(?i)-?0x[0-9a-f]+"#, Token(NumHex)),
                rule(r#"-?[0-9]+"#, Token(NumInteger)),
                rule(r#"'[^']?'"#, Token(StrChar)),
            ],
        ),
        (
            "mixin_string",
            vec![
                rule(r#""[^"]*""#, Token(StrDouble)),
                rule(r#"`[^`]*`"#, Token(StrBacktick)),
            ],
        ),
        (
            "mixin_term",
            vec![
                mixin("mixin_number"),
                mixin("mixin_string"),
                rule(
                    r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        if KEYWORDS.binary_search(&m.get(0)).is_ok() {
                            l.token(Keyword, m.get(0));
                        } else if KEYWORDS_TYPE.binary_search(&m.get(0)).is_ok() {
                            l.token(KeywordType, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#":"#, Token(Punctuation)),
                rule(r#"\$"#, Token(Name)),
            ],
        ),
        (
            "term_list",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                mixin("mixin_term"),
                rule(r#"\["#, TokenThen(Punctuation, Push("term_list"))),
                rule(r#","#, Token(Punctuation)),
                rule(r#"[\]\)]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "arg_type",
            vec![
                mixin("mixin_term"),
                rule(r#"\["#, TokenThen(Punctuation, Push("term_list"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "include",
            vec![
                rule(r#"(<)([^>]+)(>)"#, Groups(&[Punctuation, Str, Punctuation])),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "define_name",
            vec![mixin("mixin_name"), rule(r#""#, TokenThen(Text, Pop(1)))],
        ),
        (
            "define_exp",
            vec![
                mixin("mixin_name"),
                mixin("mixin_number"),
                mixin("mixin_string"),
                rule(r#"[~!%\^&\*\-\+/\|<>\?:]"#, Token(Operator)),
                rule(r#"[\(\){}\[\];,]"#, Token(Punctuation)),
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "resource_name",
            vec![mixin("mixin_name"), rule(r#""#, TokenThen(Text, Pop(1)))],
        ),
        (
            "resource_type",
            vec![
                rule(r#"\["#, TokenThen(Punctuation, Push("arg_type"))),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "resource_values",
            vec![
                rule(
                    r#":"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Push("resource_values_list"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "resource_values_list",
            vec![
                rule(r#"[ \t]+"#, Token(Text)),
                mixin("mixin_name"),
                mixin("mixin_number"),
                mixin("mixin_string"),
                rule(r#","#, TokenThen(Punctuation, Push("space_break"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "flags_list",
            vec![
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#"\."#, Token(Punctuation)),
                mixin("mixin_name"),
                mixin("mixin_number"),
                mixin("mixin_string"),
                rule(r#","#, TokenThen(Punctuation, Push("space_break"))),
                rule(r#""#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "syscall_args",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(r#"\."#, Token(Punctuation)),
                rule(
                    r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        l.token(Name, m.get(0));
                        l.go(Push("arg_type"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(r#","#, Token(Punctuation)),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "syscall_retval",
            vec![mixin("mixin_name"), rule(r#""#, TokenThen(Text, Pop(1)))],
        ),
        (
            "syscall_mods",
            vec![
                rule(r#"\("#, TokenThen(Punctuation, Push("term_list"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "struct_fields",
            vec![
                rule(
                    r#"[a-zA-Z_][a-zA-Z0-9_]*"#,
                    Custom(|l, m| {
                        l.token(Name, m.get(0));
                        l.go(Push("space_break"));
                        l.go(Push("struct_field_mods"));
                        l.go(Push("inline_break"));
                        l.go(Push("arg_type"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(r#"[}\]]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "struct_field_mods",
            vec![
                rule(r#"\("#, TokenThen(Punctuation, Push("term_list"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "struct_mods",
            vec![
                rule(r#"\["#, TokenThen(Punctuation, Push("term_list"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "type_name",
            vec![mixin("mixin_name"), rule(r#""#, TokenThen(Text, Pop(1)))],
        ),
        (
            "type_args",
            vec![
                rule(r#"\["#, TokenThen(Punctuation, Push("type_args_list"))),
                rule(r#""#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "type_args_list",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                mixin("mixin_name"),
                rule(r#","#, Token(Punctuation)),
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "type_body",
            vec![
                rule(
                    r#"[{\[]"#,
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        l.go(Pop(1));
                        l.go(Push("space_break"));
                        l.go(Push("struct_mods"));
                        l.go(Push("inline_break"));
                        l.go(Push("struct_fields"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                        l.go(Push("arg_type"));
                    }),
                ),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(
                    r#"(include|incdir)"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Push("include"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#"define"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Push("define_exp"));
                        l.go(Push("space_break"));
                        l.go(Push("define_name"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#"resource"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Push("resource_values"));
                        l.go(Push("inline_break"));
                        l.go(Push("resource_type"));
                        l.go(Push("inline_break"));
                        l.go(Push("resource_name"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#"((?-si:[a-zA-Z_][a-zA-Z0-9_]*)|_)((?-si:[ \t\n\r\x0B\x0C]+))(=)"#,
                    Custom(|l, m| {
                        if m.get(1) == "_" {
                            l.groups(&[Keyword, Text, Punctuation], m);
                        } else {
                            l.groups(&[Name, Text, Punctuation], m);
                        }
                        l.go(Push("flags_list"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#"((?-si:[a-zA-Z_][a-zA-Z0-9_]*))(\$)?((?-si:[a-zA-Z0-9_]+))?((?-si:[ \t\n\r\x0B\x0C]+))?(\()"#,
                    Custom(|l, m| {
                        l.groups(
                            &[
                                NameFunction,
                                Punctuation,
                                NameFunctionMagic,
                                Text,
                                Punctuation,
                            ],
                            m,
                        );
                        l.go(Push("syscall_mods"));
                        l.go(Push("inline_break"));
                        l.go(Push("syscall_retval"));
                        l.go(Push("inline_break"));
                        l.go(Push("syscall_args"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#"((?-si:[a-zA-Z_][a-zA-Z0-9_]*)|(?-si:[a-zA-Z_][a-zA-Z0-9_]*)\$(?-si:[a-zA-Z0-9_]+))((?-si:[ \t\n\r\x0B\x0C]+))?([{\[])"#,
                    Custom(|l, m| {
                        l.groups(&[Name, Text, Punctuation], m);
                        l.go(Push("inline_break"));
                        l.go(Push("struct_mods"));
                        l.go(Push("inline_break"));
                        l.go(Push("struct_fields"));
                        l.go(Push("space_break"));
                    }),
                ),
                rule(
                    r#"type"#,
                    Custom(|l, m| {
                        l.token(Keyword, m.get(0));
                        l.go(Push("type_body"));
                        l.go(Push("space_break"));
                        l.go(Push("type_args"));
                        l.go(Push("type_name"));
                        l.go(Push("space_break"));
                    }),
                ),
            ],
        ),
    ])
});
