//! Rouge's `sass` lexer.

use std::sync::LazyLock;

use super::css::{ATTRIBUTES, BUILTINS, CONSTANTS};
use super::engine::{Action::*, Language, Lexer, Next::*, mixin, rule};
use super::token::Tok::*;

// Rouge's `Indentation` mixin (Sass, Slim): `memo` holds the last line's
// indentation, `strings` the pending block (its state, its indentation).

/// Rouge's `starts_block`: the next more indented lines are in `state`.
pub(crate) fn starts_block(l: &mut Lexer<'_>, state: &str) {
    let indent = l.memo.clone();
    l.strings = vec![(state.to_owned(), indent)];
}

/// Rouge's `indentation`: a line indented more than the pending block's start
/// continues it (in its state, one of `blocks`); any other line is `content`.
pub(crate) fn indentation(l: &mut Lexer<'_>, indent: &str, blocks: &[&'static str]) {
    l.memo = indent.to_owned();
    let block = match l.strings.first() {
        Some((state, block)) if indent.starts_with(block.as_str()) && indent != block => {
            blocks.iter().find(|b| **b == state.as_str()).copied()
        }
        _ => None,
    };
    match block {
        Some(state) => l.go(Push(state)),
        None => {
            l.strings.clear();
            l.go(Push("content"));
        }
    }
}

/// The language.
pub(crate) static SASS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"[ \t]*\n"#, Token(Text)),
                rule(
                    r#"[ \t]*"#,
                    Custom(|l, m| {
                        l.token(Text, m.get(0));
                        indentation(l, m.get(0), &["single_comment", "multi_comment"]);
                    }),
                ),
            ],
        ),
        (
            "content",
            vec![
                rule(
                    r#"//.*?$"#,
                    Custom(|l, m| {
                        l.token(CommentSingle, m.get(0));
                        l.go(Pop(1));
                        starts_block(l, "single_comment");
                    }),
                ),
                rule(
                    r#"/[*].*?\n"#,
                    Custom(|l, m| {
                        l.token(CommentMultiline, m.get(0));
                        l.go(Pop(1));
                        starts_block(l, "multi_comment");
                    }),
                ),
                rule(r#"@import\b"#, TokenThen(Keyword, Push("import"))),
                mixin("content_common"),
                rule(
                    r#"=(?-si:[a-zA-Z0-9_-]+)"#,
                    TokenThen(NameFunction, Push("value")),
                ),
                rule(
                    r#"[+](?-si:[a-zA-Z0-9_-]+)"#,
                    TokenThen(NameDecorator, Push("value")),
                ),
                rule(r#":"#, TokenThen(NameAttribute, Push("old_style_attr"))),
                rule(
                    r#"(?=[^\[\n]+?:([^a-z]|$))"#,
                    Custom(|l, _m| {
                        l.go(Push("attribute"));
                    }),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Push("selector"));
                    }),
                ),
            ],
        ),
        (
            "single_comment",
            vec![rule(r#".*?$"#, TokenThen(CommentSingle, Pop(1)))],
        ),
        (
            "multi_comment",
            vec![rule(r#".*?\n"#, TokenThen(CommentMultiline, Pop(1)))],
        ),
        (
            "import",
            vec![
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#"[^ \t\n\r\x0B\x0C]+"#, Token(Str)),
                rule(r#"\n"#, TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "old_style_attr",
            vec![
                mixin("attr_common"),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                        l.go(Push("value"));
                    }),
                ),
            ],
        ),
        (
            "end_section",
            vec![rule(
                r#"\n"#,
                Custom(|l, m| {
                    l.token(Text, m.get(0));
                    l.go(Pop(usize::MAX));
                    l.go(Goto("root"));
                }),
            )],
        ),
        (
            "content_common",
            vec![
                rule(r#"@for\b"#, TokenThen(Keyword, Push("for"))),
                rule(
                    r#"@(debug|warn|if|each|while|else|return|media)"#,
                    TokenThen(Keyword, Push("value")),
                ),
                rule(
                    r#"(@mixin)([ \t\n\r\x0B\x0C]+)((?-si:[a-zA-Z0-9_-]+))"#,
                    GroupsThen(&[Keyword, Text, NameFunction], Push("value")),
                ),
                rule(
                    r#"(@function)([ \t\n\r\x0B\x0C]+)((?-si:[a-zA-Z0-9_-]+))"#,
                    GroupsThen(&[Keyword, Text, NameFunction], Push("value")),
                ),
                rule(r#"@extend\b"#, TokenThen(Keyword, Push("selector"))),
                rule(
                    r#"(@include)([ \t\n\r\x0B\x0C]+)((?-si:[a-zA-Z0-9_-]+))"#,
                    GroupsThen(&[Keyword, Text, NameDecorator], Push("value")),
                ),
                rule(
                    r#"@(?-si:[a-zA-Z0-9_-]+)"#,
                    TokenThen(Keyword, Push("selector")),
                ),
                rule(r#"&"#, TokenThen(Keyword, Push("selector"))),
                rule(
                    r#"([$](?-si:[a-zA-Z0-9_-]+))([ \t]*)(:)"#,
                    GroupsThen(&[NameVariable, Text, Punctuation], Push("value")),
                ),
            ],
        ),
        (
            "value",
            vec![
                mixin("end_section"),
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#"[$](?-si:[a-zA-Z0-9_-]+)"#, Token(NameVariable)),
                rule(r#"url[(]"#, TokenThen(StrOther, Push("string_url"))),
                rule(
                    r#"(?-si:[a-zA-Z0-9_-]+)(?=[ \t\n\r\x0B\x0C]*[(])"#,
                    Token(NameFunction),
                ),
                rule(r#"%(?-si:[a-zA-Z0-9_-]+)"#, Token(NameDecorator)),
                rule(r#"(true|false)\b"#, Token(NameBuiltinPseudo)),
                rule(r#"(and|or|not)\b"#, Token(OperatorWord)),
                rule(r#"(?i)#[a-z0-9]{1,6}"#, Token(NumHex)),
                rule(r#"-?[0-9]+(%|[a-z]+)?"#, Token(Num)),
                rule(r#"-?[0-9]*\.[0-9]+(%|[a-z]+)?"#, Token(NumInteger)),
                mixin("has_strings"),
                mixin("has_interp"),
                rule(r#"[~^*!&%<>\|+=@:,./?-]+"#, Token(Operator)),
                rule(r#"[\[\]()]+"#, Token(Punctuation)),
                rule(
                    r#"/[*]"#,
                    TokenThen(CommentMultiline, Push("inline_comment")),
                ),
                rule(r#"//[^\n]*"#, Token(CommentSingle)),
                rule(
                    r#"[a-zA-Z0-9_-]+"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        l.token(
                            if BUILTINS.binary_search(&w).is_ok() {
                                NameBuiltin
                            } else if CONSTANTS.binary_search(&w).is_ok() {
                                NameConstant
                            } else {
                                Name
                            },
                            w,
                        );
                    }),
                ),
            ],
        ),
        (
            "has_interp",
            vec![rule(
                r#"[#][{]"#,
                TokenThen(StrInterpol, Push("interpolation")),
            )],
        ),
        (
            "has_strings",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Push("dq"))),
                rule(r#"'"#, TokenThen(StrSingle, Push("sq"))),
            ],
        ),
        (
            "interpolation",
            vec![
                rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
                mixin("value"),
            ],
        ),
        (
            "selector",
            vec![
                mixin("end_section"),
                mixin("has_strings"),
                mixin("has_interp"),
                rule(r#"[ \t]+"#, Token(Text)),
                rule(r#":"#, TokenThen(NameDecorator, Push("pseudo_class"))),
                rule(r#"[.]"#, TokenThen(NameClass, Push("class"))),
                rule(r#"#"#, TokenThen(NameNamespace, Push("id"))),
                rule(r#"%"#, TokenThen(NameVariable, Push("placeholder"))),
                rule(r#"[a-zA-Z0-9_-]+"#, Token(NameTag)),
                rule(r#"&"#, Token(Keyword)),
                rule(r#"[~^*!&\[\]()<>\|+=@:;,./?-]"#, Token(Operator)),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                mixin("has_interp"),
                rule(r##"(\\.|#(?![{])|[^\n"#])+"##, Token(StrDouble)),
            ],
        ),
        (
            "sq",
            vec![
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
                mixin("has_interp"),
                rule(r#"(\\.|#(?![{])|[^\n'#])+"#, Token(StrSingle)),
            ],
        ),
        (
            "string_url",
            vec![
                rule(r#"[)]"#, TokenThen(StrOther, Pop(1))),
                rule(r#"(\\.|#(?![{])|[^\n)#])+"#, Token(StrOther)),
                mixin("has_interp"),
            ],
        ),
        (
            "selector_piece",
            vec![
                mixin("has_interp"),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "pseudo_class",
            vec![
                rule(r#"[a-zA-Z0-9_-]+"#, Token(NameDecorator)),
                mixin("selector_piece"),
            ],
        ),
        (
            "class",
            vec![
                rule(r#"[a-zA-Z0-9_-]+"#, Token(NameClass)),
                mixin("selector_piece"),
            ],
        ),
        (
            "id",
            vec![
                rule(r#"[a-zA-Z0-9_-]+"#, Token(NameNamespace)),
                mixin("selector_piece"),
            ],
        ),
        (
            "placeholder",
            vec![
                rule(r#"[a-zA-Z0-9_-]+"#, Token(NameVariable)),
                mixin("selector_piece"),
            ],
        ),
        (
            "for",
            vec![
                rule(r#"(from|to|through)"#, Token(OperatorWord)),
                mixin("value"),
            ],
        ),
        (
            "attr_common",
            vec![
                mixin("has_interp"),
                rule(
                    r#"[a-zA-Z0-9_-]+"#,
                    Custom(|l, m| {
                        let w = m.get(0);
                        l.token(
                            if ATTRIBUTES.binary_search(&w).is_ok() {
                                NameLabel
                            } else {
                                NameAttribute
                            },
                            w,
                        );
                    }),
                ),
            ],
        ),
        (
            "attribute",
            vec![
                mixin("attr_common"),
                rule(
                    r#"([ \t]*)(:)"#,
                    GroupsThen(&[Text, Punctuation], Push("value")),
                ),
            ],
        ),
        (
            "inline_comment",
            vec![
                rule(
                    r#"(\\#|#(?=[^\n{])|\*(?=[^\n/])|[^\n#*])+"#,
                    Token(CommentMultiline),
                ),
                mixin("has_interp"),
                rule(r#"[*]/"#, TokenThen(CommentMultiline, Pop(1))),
            ],
        ),
    ])
});
