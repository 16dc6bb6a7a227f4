//! Rouge's `nix` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `nix` language.
pub(crate) static NIX: LazyLock<Language> = LazyLock::new(|| {
    //START ["/usr/share/rubygems-integration/all/gems/rouge-3.30.0/lib/rouge/lexers/nix.rb", 207]
    Language::new(vec![
        (
            "whitespaces",
            vec![
                rule(
                    r#"(?s)^[ \t\n\r\x0B\x0C]*\n[ \t\n\r\x0B\x0C]*$"#,
                    Token(Text),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"#.*$"#, Token(Comment)),
                rule(r#"/\*"#, TokenThen(Comment, Push("multiline_comment"))),
            ],
        ),
        (
            "multiline_comment",
            vec![
                rule(r#"\*/"#, TokenThen(Comment, Pop(1))),
                rule(r#"."#, Token(Comment)),
            ],
        ),
        ("number", vec![rule(r#"[0-9]"#, Token(NumInteger))]),
        ("null", vec![rule(r#"(null)"#, Token(KeywordConstant))]),
        (
            "boolean",
            vec![rule(r#"(true|false)"#, Token(KeywordConstant))],
        ),
        (
            "binding",
            vec![rule(r#"[a-zA-Z_][a-zA-Z0-9-]*"#, Token(NameVariable))],
        ),
        (
            "path",
            vec![rule(
                r#"((/[a-zA-Z0-9._-]+)+|~(/[a-zA-Z0-9._-]+)+|[a-zA-Z0-9._-]+(/[a-zA-Z0-9._-]+)+|[a-z+]+://(/?[a-zA-Z0-9._-]+(/[a-zA-Z0-9._-]+)+))"#,
                Token(StrOther),
            )],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Push("double_quoted_string"))),
                rule(r#"''"#, TokenThen(StrDouble, Push("indented_string"))),
            ],
        ),
        (
            "string_content",
            vec![
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"\$\$"#, Token(StrEscape)),
                rule(
                    r#"\$\{"#,
                    TokenThen(StrInterpol, Push("string_interpolated_arg")),
                ),
            ],
        ),
        (
            "indented_string_content",
            vec![
                rule(r#"'''"#, Token(StrEscape)),
                rule(r#"''\$"#, Token(StrEscape)),
                rule(r#"\$\$"#, Token(StrEscape)),
                rule(r#"''\\."#, Token(StrEscape)),
                rule(
                    r#"\$\{"#,
                    TokenThen(StrInterpol, Push("string_interpolated_arg")),
                ),
            ],
        ),
        (
            "string_interpolated_arg",
            vec![
                mixin("expression"),
                rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
            ],
        ),
        (
            "indented_string",
            vec![
                mixin("indented_string_content"),
                rule(r#"''"#, TokenThen(StrDouble, Pop(1))),
                rule(r#"."#, Token(StrDouble)),
            ],
        ),
        (
            "double_quoted_string",
            vec![
                mixin("string_content"),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"."#, Token(StrDouble)),
            ],
        ),
        (
            "operator",
            vec![rule(
                r#"(\.|\?|\+\+|\+|!=|!|//|==|&&|\|\||->|/|\*|-|<|>|<=|=>)"#,
                Token(Operator),
            )],
        ),
        (
            "assignment",
            vec![
                rule(r#"(=)"#, Token(Operator)),
                rule(r#"(@)"#, Token(Operator)),
            ],
        ),
        ("accessor", vec![rule(r#"(\$)"#, Token(Punctuation))]),
        ("delimiter", vec![rule(r#"(;|,|:)"#, Token(Punctuation))]),
        (
            "atom_content",
            vec![
                mixin("expression"),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "atom",
            vec![rule(r#"\("#, TokenThen(Punctuation, Push("atom_content")))],
        ),
        (
            "list",
            vec![rule(r#"\["#, TokenThen(Punctuation, Push("list_content")))],
        ),
        (
            "list_content",
            vec![
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                mixin("expression"),
            ],
        ),
        (
            "set",
            vec![rule(r#"\{"#, TokenThen(Punctuation, Push("set_content")))],
        ),
        (
            "set_content",
            vec![
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                mixin("expression"),
            ],
        ),
        (
            "expression",
            vec![
                mixin("ignore"),
                mixin("comment"),
                mixin("boolean"),
                mixin("null"),
                mixin("number"),
                mixin("path"),
                mixin("string"),
                mixin("keywords"),
                mixin("operator"),
                mixin("accessor"),
                mixin("assignment"),
                mixin("delimiter"),
                mixin("binding"),
                mixin("atom"),
                mixin("set"),
                mixin("list"),
            ],
        ),
        (
            "keywords",
            vec![
                mixin("keywords_namespace"),
                mixin("keywords_declaration"),
                mixin("keywords_conditional"),
                mixin("keywords_reserved"),
                mixin("keywords_builtin"),
            ],
        ),
        (
            "keywords_namespace",
            vec![rule(r#"(?:with|in|inherit)\b"#, Token(KeywordNamespace))],
        ),
        (
            "keywords_declaration",
            vec![rule(r#"(?:let)\b"#, Token(KeywordDeclaration))],
        ),
        (
            "keywords_conditional",
            vec![rule(r#"(?:if|then|else)\b"#, Token(Keyword))],
        ),
        (
            "keywords_reserved",
            vec![rule(r#"(?:rec|assert|map)\b"#, Token(KeywordReserved))],
        ),
        (
            "keywords_builtin",
            vec![rule(
                r#"(?:abort|baseNameOf|builtins|derivation|fetchTarball|import|isNull|removeAttrs|throw|toString)\b"#,
                Token(KeywordReserved),
            )],
        ),
        ("ignore", vec![mixin("whitespaces")]),
        ("root", vec![mixin("ignore"), mixin("expression")]),
    ])
});
