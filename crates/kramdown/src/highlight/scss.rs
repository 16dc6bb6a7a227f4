//! Rouge's `scss` lexer (with what it shares with `sass`).

use std::sync::LazyLock;

use super::css::{ATTRIBUTES, BUILTINS, CONSTANTS};
use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin, rule, rule_followed};
use super::token::Tok::*;

const ID: &str = "[A-Za-z0-9_-]+";
const S: &str = r"[ \t\n\r\x0B\x0C]";
const B: &str = r"\b";

fn reset_stack(l: &mut Lexer<'_>) {
    l.go(Pop(usize::MAX));
    l.go(Goto("root"));
}

fn value_id(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    let tok = if BUILTINS.binary_search(&w).is_ok() {
        NameBuiltin
    } else if CONSTANTS.binary_search(&w).is_ok() {
        NameConstant
    } else {
        Name
    };
    l.token(tok, w);
}

fn attr_id(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0);
    l.token(
        if ATTRIBUTES.binary_search(&w).is_ok() {
            NameLabel
        } else {
            NameAttribute
        },
        w,
    );
}

/// The language.
pub(crate) static SCSS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(&format!("{S}+"), Token(Text)),
                rule("//.*?$", Token(CommentSingle)),
                rule(r"(?s)/[*].*?[*]/", Token(CommentMultiline)),
                rule(&format!("@import{B}"), TokenThen(Keyword, Push("value"))),
                mixin("content_common"),
                rule_followed("", "[^;{}][;}]", TokenThen(Text, Push("attribute"))),
                rule_followed("", r"[^;{}:\[]+:[^a-z]", TokenThen(Text, Push("attribute"))),
                rule("", TokenThen(Text, Push("selector"))),
            ],
        ),
        (
            "end_section",
            vec![
                rule(r"\n", Token(Text)),
                rule(
                    "[;{}]",
                    Custom(|l, m| {
                        l.token(Punctuation, m.get(0));
                        reset_stack(l);
                    }),
                ),
            ],
        ),
        (
            "content_common",
            vec![
                rule(&format!("@for{B}"), TokenThen(Keyword, Push("for"))),
                rule(
                    "@(debug|warn|if|each|while|else|return|media)",
                    TokenThen(Keyword, Push("value")),
                ),
                rule(
                    &format!("(@mixin)({S}+)({ID})"),
                    GroupsThen(&[Keyword, Text, NameFunction], Push("value")),
                ),
                rule(
                    &format!("(@function)({S}+)({ID})"),
                    GroupsThen(&[Keyword, Text, NameFunction], Push("value")),
                ),
                rule(&format!("@extend{B}"), TokenThen(Keyword, Push("selector"))),
                rule(
                    &format!("(@include)({S}+)({ID})"),
                    GroupsThen(&[Keyword, Text, NameDecorator], Push("value")),
                ),
                rule(&format!("@{ID}"), TokenThen(Keyword, Push("selector"))),
                rule("&", TokenThen(Keyword, Push("selector"))),
                rule(
                    &format!("([$]{ID})([ \t]*)(:)"),
                    GroupsThen(&[NameVariable, Text, Punctuation], Push("value")),
                ),
            ],
        ),
        (
            "value",
            vec![
                mixin("end_section"),
                rule("[ \t]+", Token(Text)),
                rule(&format!("[$]{ID}"), Token(NameVariable)),
                rule("url[(]", TokenThen(StrOther, Push("string_url"))),
                rule_followed(ID, &format!("{S}*[(]"), Token(NameFunction)),
                rule(&format!("%{ID}"), Token(NameDecorator)),
                rule(&format!("(true|false){B}"), Token(NameBuiltinPseudo)),
                rule(&format!("(and|or|not){B}"), Token(OperatorWord)),
                rule("(?i)#[a-z0-9]{1,6}", Token(NumHex)),
                rule("-?[0-9]+(%|[a-z]+)?", Token(Num)),
                rule(r"-?[0-9]*\.[0-9]+(%|[a-z]+)?", Token(NumInteger)),
                mixin("has_strings"),
                mixin("has_interp"),
                rule(r"[~^*!&%<>|+=@:,./?-]+", Token(Operator)),
                rule(r"[\[\]()]+", Token(Punctuation)),
                rule("/[*]", TokenThen(CommentMultiline, Push("inline_comment"))),
                rule("//[^\n]*", Token(CommentSingle)),
                rule(ID, Custom(value_id)),
            ],
        ),
        (
            "has_interp",
            vec![rule(
                "[#][{]",
                TokenThen(StrInterpol, Push("interpolation")),
            )],
        ),
        (
            "has_strings",
            vec![
                rule("\"", TokenThen(StrDouble, Push("dq"))),
                rule("'", TokenThen(StrSingle, Push("sq"))),
            ],
        ),
        (
            "interpolation",
            vec![rule("}", TokenThen(StrInterpol, Pop(1))), mixin("value")],
        ),
        (
            "selector",
            vec![
                mixin("end_section"),
                mixin("has_strings"),
                mixin("has_interp"),
                rule("[ \t]+", Token(Text)),
                rule(":", TokenThen(NameDecorator, Push("pseudo_class"))),
                rule("[.]", TokenThen(NameClass, Push("class"))),
                rule("#", TokenThen(NameNamespace, Push("id"))),
                rule("%", TokenThen(NameVariable, Push("placeholder"))),
                rule(ID, Token(NameTag)),
                rule("&", Token(Keyword)),
                rule(r"[~^*!&\[\]()<>|+=@:;,./?-]", Token(Operator)),
            ],
        ),
        (
            "dq",
            vec![
                rule("\"", TokenThen(StrDouble, Pop(1))),
                mixin("has_interp"),
                rule("(\\\\.|#(?![{])|[^\\n\"#])+", Token(StrDouble)),
            ],
        ),
        (
            "sq",
            vec![
                rule("'", TokenThen(StrSingle, Pop(1))),
                mixin("has_interp"),
                rule("(\\\\.|#(?![{])|[^\\n'#])+", Token(StrSingle)),
            ],
        ),
        (
            "string_url",
            vec![
                rule("[)]", TokenThen(StrOther, Pop(1))),
                rule("(\\\\.|#(?![{])|[^\\n)#])+", Token(StrOther)),
                mixin("has_interp"),
            ],
        ),
        (
            "selector_piece",
            vec![mixin("has_interp"), rule("", TokenThen(Text, Pop(1)))],
        ),
        (
            "pseudo_class",
            vec![rule(ID, Token(NameDecorator)), mixin("selector_piece")],
        ),
        (
            "class",
            vec![rule(ID, Token(NameClass)), mixin("selector_piece")],
        ),
        (
            "id",
            vec![rule(ID, Token(NameNamespace)), mixin("selector_piece")],
        ),
        (
            "placeholder",
            vec![rule(ID, Token(NameVariable)), mixin("selector_piece")],
        ),
        (
            "for",
            vec![
                rule("(from|to|through)", Token(OperatorWord)),
                mixin("value"),
            ],
        ),
        (
            "attr_common",
            vec![mixin("has_interp"), rule(ID, Custom(attr_id))],
        ),
        (
            "attribute",
            vec![
                mixin("attr_common"),
                rule(
                    "([ \t]*)(:)",
                    GroupsThen(&[Text, Punctuation], Push("value")),
                ),
            ],
        ),
        (
            "inline_comment",
            vec![
                rule(
                    "(\\\\#|#(?=[^\\n{])|\\*(?=[^\\n/])|[^\\n#*])+",
                    Token(CommentMultiline),
                ),
                mixin("has_interp"),
                rule("[*]/", TokenThen(CommentMultiline, Pop(1))),
            ],
        ),
    ])
});
