//! Rouge's `moonscript` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::lexer_options::LexOptions;
use super::lua::{BUILTIN_MODULES, BUILTINS_ALL};
use super::token::Tok::*;

/// The `moonscript` language.
pub(crate) static MOONSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"#!(.*?)$"#, Token(CommentPreproc)),
                rule(r#""#, TokenThen(Text, Push("main"))),
            ],
        ),
        (
            "base",
            vec![
                rule(
                    r#"(?i)([0-9]*\.[0-9]+|[0-9]+\.[0-9]*)(e[+-]?[0-9]+)?'"#,
                    Token(NumFloat),
                ),
                rule(r#"(?i)[0-9]+e[+-]?[0-9]+"#, Token(NumFloat)),
                rule(r#"(?i)0x[0-9a-f]*"#, Token(NumHex)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(
                    r#"@(?:[a-zA-Z0-9_][a-zA-Z0-9_]*)*"#,
                    Token(NameVariableInstance),
                ),
                rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(NameClass)),
                rule(r#""?[^"]+":"#, Token(StrSymbol)),
                rule(r#"(?:[a-zA-Z0-9_][a-zA-Z0-9_]*):"#, Token(StrSymbol)),
                rule(r#":(?:[a-zA-Z0-9_][a-zA-Z0-9_]*)"#, Token(StrSymbol)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(
                    r#"(==|~=|!=|<=|>=|\.\.\.|\.\.|->|=>|[=+\-*/%^<>#!\\])"#,
                    Token(Operator),
                ),
                rule(r#"[\[\]\{\}\(\)\.,:;]"#, Token(Punctuation)),
                rule(r#"(and|or|not)\b"#, Token(OperatorWord)),
                rule(
                    r#"(break|class|continue|do|else|elseif|end|extends|for|if|import|in|repeat|return|switch|super|then|unless|until|using|when|with|while)\b"#,
                    Token(Keyword),
                ),
                rule(r#"(local|export)\b"#, Token(KeywordDeclaration)),
                rule(r#"(true|false|nil)\b"#, Token(KeywordConstant)),
                rule(
                    r#"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?"#,
                    Custom(|l, m| {
                        let name = m.get(0);
                        if is_builtin(l.options(), name) {
                            l.token(NameBuiltin, name);
                        } else if let Some((a, b)) = name.split_once('.') {
                            l.token(Name, a);
                            l.token(Punctuation, ".");
                            l.token(Name, b);
                        } else {
                            l.token(Name, name);
                        }
                    }),
                ),
            ],
        ),
        (
            "main",
            vec![
                rule(r#"--.*$"#, Token(CommentSingle)),
                rule(r#"(?s)\[(=*)\[.*?\]\1\]"#, Token(StrHeredoc)),
                mixin("base"),
                rule(r#"'"#, TokenThen(StrSingle, Push("sqs"))),
                rule(r#"""#, TokenThen(StrDouble, Push("dqs"))),
            ],
        ),
        (
            "sqs",
            vec![
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
                rule(r#"[^']+"#, Token(StrSingle)),
            ],
        ),
        (
            "interpolation",
            vec![rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))), mixin("base")],
        ),
        (
            "dqs",
            vec![
                rule(r#"#\{"#, TokenThen(StrInterpol, Push("interpolation"))),
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"#[^{]"#, Token(StrDouble)),
                rule(r##"[^"#]+"##, Token(StrDouble)),
            ],
        ),
    ])
});

/// Rouge's `builtins` for MoonScript: Lua's, none with `function_highlighting`
/// off, none of the `disabled_modules`.
fn is_builtin(options: &LexOptions, name: &str) -> bool {
    if options.bool("function_highlighting") == Some(false) {
        return false;
    }
    let disabled = options.list("disabled_modules");
    if disabled.is_empty() {
        return BUILTINS_ALL.binary_search(&name).is_ok();
    }
    BUILTIN_MODULES
        .iter()
        .any(|(module, fns)| !disabled.contains(module) && fns.binary_search(&name).is_ok())
}
