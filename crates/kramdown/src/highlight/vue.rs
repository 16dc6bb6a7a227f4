//! Rouge's `vue` lexer.

use std::sync::LazyLock;

use super::coffeescript::COFFEESCRIPT;
use super::css::CSS;
use super::engine::{Action::*, Language, Lexer, Next::*, mixin, rule};
use super::html::HTML;
use super::javascript::JAVASCRIPT;
use super::sass::SASS;
use super::scss::SCSS;
use super::token::Tok::*;

/// The `delegate_slot` of the JavaScript lexer `<script>` bodies go to (Rouge's `@javascript`).
const JAVASCRIPT_SLOT: usize = 0;
/// The `delegate_slot` of the JavaScript lexer `{{ … }}` goes to (Rouge's `@js`).
const JS_SLOT: usize = 1;

/// Rouge's `lookup_lang`: the lexer a `lang` attribute names (`memo` keeps it).
fn lookup_lang(lang: &str) -> &'static str {
    match lang.to_lowercase().replace(['"', '\''], "").as_str() {
        "html" => "HTML",
        "css" => "CSS",
        "javascript" => "Javascript",
        "sass" => "Sass",
        "scss" => "Scss",
        "coffee" => "Coffeescript",
        _ => "PlainText",
    }
}

/// Rouge's `delegate @lang`: a lexer class lexes each piece afresh; `@css`
/// (set by HTML's `<style>` rule) is one lexer that keeps its state.
fn delegate_lang(l: &mut Lexer<'_>, text: &str) {
    match l.memo.as_str() {
        "HTML" => l.delegate_fresh(&HTML, text),
        "CSS" => l.delegate_fresh(&CSS, text),
        "Javascript" => l.delegate_fresh(&JAVASCRIPT, text),
        "Sass" => l.delegate_fresh(&SASS, text),
        "Scss" => l.delegate_fresh(&SCSS, text),
        "Coffeescript" => l.delegate_fresh(&COFFEESCRIPT, text),
        "@css" => l.delegate(&CSS, text),
        _ => l.token(Text, text),
    }
}

/// The language.
pub(crate) static VUE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(
                    r#"(<)([ \t\n\r\x0B\x0C]*)(template)"#,
                    Custom(|l, m| {
                        l.groups(&[NameTag, Text, Keyword], m);
                        l.memo = "HTML".to_owned();
                        l.go(Push("template"));
                        l.go(Push("lang_tag"));
                    }),
                ),
                rule(
                    r#"(<)([ \t\n\r\x0B\x0C]*)(style)"#,
                    Custom(|l, m| {
                        l.groups(&[NameTag, Text, Keyword], m);
                        l.memo = "CSS".to_owned();
                        l.go(Push("style"));
                        l.go(Push("lang_tag"));
                    }),
                ),
                rule(
                    r#"(<)([ \t\n\r\x0B\x0C]*)(script)"#,
                    Custom(|l, m| {
                        l.groups(&[NameTag, Text, Keyword], m);
                        l.memo = "Javascript".to_owned();
                        l.go(Push("script"));
                        l.go(Push("lang_tag"));
                    }),
                ),
                rule(r#"(?s)[^<&]+"#, Token(Text)),
                rule(r#"&[^ \t\n\r\x0B\x0C]*?;"#, Token(NameEntity)),
                rule(r#"(?is)<!DOCTYPE .*?>"#, Token(CommentPreproc)),
                rule(r#"(?s)<!\[CDATA\[.*?\]\]>"#, Token(CommentPreproc)),
                rule(r#"<!--"#, TokenThen(Comment, Push("comment"))),
                rule(r#"(?s)<\?.*?\?>"#, Token(CommentPreproc)),
                rule(
                    r#"(?s)<[ \t\n\r\x0B\x0C]*script[ \t\n\r\x0B\x0C]*"#,
                    Custom(|l, m| {
                        l.token(NameTag, m.get(0));
                        l.reset_delegate_slot(&JAVASCRIPT, JAVASCRIPT_SLOT);
                        l.go(Push("script_content"));
                        l.go(Push("tag"));
                    }),
                ),
                rule(
                    r#"(?s)<[ \t\n\r\x0B\x0C]*style[ \t\n\r\x0B\x0C]*"#,
                    Custom(|l, m| {
                        l.token(NameTag, m.get(0));
                        l.reset_delegate(&CSS);
                        l.memo = "@css".to_owned();
                        l.go(Push("style_content"));
                        l.go(Push("tag"));
                    }),
                ),
                rule(r#"</"#, TokenThen(NameTag, Push("tag_end"))),
                rule(r#"<"#, TokenThen(NameTag, Push("tag_start"))),
                rule(
                    r#"<[ \t\n\r\x0B\x0C]*[\p{L}:_-][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*"#,
                    TokenThen(NameTag, Push("tag")),
                ),
                rule(
                    r#"<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*[\p{L}:_-][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*[ \t\n\r\x0B\x0C]*>"#,
                    Token(NameTag),
                ),
            ],
        ),
        (
            "tag",
            vec![
                rule(
                    r#"(?s)[a-zA-Z0-9_:#\[\]()*.-]+[ \t\n\r\x0B\x0C]*=[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(NameAttribute, Push("attr")),
                ),
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(?s)[\p{L}:_\[\]()*.-][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·\[\]()*-]*[ \t\n\r\x0B\x0C]*=[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(NameAttribute, Push("attr")),
                ),
                rule(
                    r#"[\p{L}:_*#-][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·*#-]*"#,
                    Token(NameAttribute),
                ),
                rule(r#"(?s)/?[ \t\n\r\x0B\x0C]*>"#, TokenThen(NameTag, Pop(1))),
            ],
        ),
        (
            "style",
            vec![
                rule(
                    r#"(<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*)(style)([ \t\n\r\x0B\x0C]*>)"#,
                    GroupsThen(&[NameTag, Keyword, NameTag], Pop(1)),
                ),
                mixin("style_content"),
                mixin("embed"),
            ],
        ),
        (
            "script",
            vec![
                rule(
                    r#"(<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*)(script)([ \t\n\r\x0B\x0C]*>)"#,
                    GroupsThen(&[NameTag, Keyword, NameTag], Pop(1)),
                ),
                mixin("script_content"),
                mixin("embed"),
            ],
        ),
        (
            "lang_tag",
            vec![
                rule(
                    r#"(lang[ \t\n\r\x0B\x0C]*=)([ \t\n\r\x0B\x0C]*)("(?:\\.|[^\\])*?"|'(\\.|[^\\])*?'|[^ \t\n\r\x0B\x0C>]+)"#,
                    Custom(|l, m| {
                        l.groups(&[NameAttribute, Text, Str], m);
                        l.memo = lookup_lang(m.get(3)).to_owned();
                    }),
                ),
                mixin("tag"),
            ],
        ),
        (
            "template",
            vec![
                rule(
                    r#"(<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*)(template)([ \t\n\r\x0B\x0C]*>)"#,
                    GroupsThen(&[NameTag, Keyword, NameTag], Pop(1)),
                ),
                rule(
                    r#"\{\{"#,
                    Custom(|l, m| {
                        l.token(StrInterpol, m.get(0));
                        l.go(Push("template_interpol"));
                        l.reset_delegate_slot(&JAVASCRIPT, JS_SLOT);
                    }),
                ),
                mixin("embed"),
            ],
        ),
        (
            "template_interpol",
            vec![
                rule(r#"\}\}"#, TokenThen(StrInterpol, Pop(1))),
                rule(r#"\}"#, Token(Error)),
                mixin("template_interpol_inner"),
            ],
        ),
        (
            "template_interpol_inner",
            vec![
                rule(
                    r#"\{"#,
                    Custom(|l, m| {
                        l.delegate_slot(&JAVASCRIPT, JS_SLOT, m.get(0));
                        l.go(PushSelf);
                    }),
                ),
                rule(
                    r#"\}"#,
                    Custom(|l, m| {
                        l.delegate_slot(&JAVASCRIPT, JS_SLOT, m.get(0));
                        l.go(Pop(1));
                    }),
                ),
                rule(
                    r#"[^{}]+"#,
                    Custom(|l, m| {
                        l.delegate_slot(&JAVASCRIPT, JS_SLOT, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "embed",
            vec![
                rule(
                    r#"[^{<]+"#,
                    Custom(|l, m| {
                        delegate_lang(l, m.get(0));
                    }),
                ),
                rule(
                    r#"[<{][^<{]*"#,
                    Custom(|l, m| {
                        delegate_lang(l, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "tag_end",
            vec![
                mixin("tag_end_end"),
                rule(
                    r#"[\p{L}:_-][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*"#,
                    TokenThen(NameTag, Goto("tag_end_end")),
                ),
            ],
        ),
        (
            "tag_end_end",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#">"#, TokenThen(NameTag, Pop(1))),
            ],
        ),
        (
            "tag_start",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"[\p{L}:_-][\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·-]*"#,
                    TokenThen(NameTag, Goto("tag")),
                ),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Goto("tag"));
                    }),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"[^-]+"#, Token(Comment)),
                rule(r#"-->"#, TokenThen(Comment, Pop(1))),
                rule(r#"-"#, Token(Comment)),
            ],
        ),
        (
            "attr",
            vec![
                rule(r#"""#, TokenThen(Str, Goto("dq"))),
                rule(r#"'"#, TokenThen(Str, Goto("sq"))),
                rule(r#"[^ \t\n\r\x0B\x0C>]+"#, TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "dq",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"[^"]+"#, Token(Str)),
            ],
        ),
        (
            "sq",
            vec![
                rule(r#"'"#, TokenThen(Str, Pop(1))),
                rule(r#"[^']+"#, Token(Str)),
            ],
        ),
        (
            "script_content",
            vec![
                rule(
                    r#"[^<]+"#,
                    Custom(|l, m| {
                        l.delegate_slot(&JAVASCRIPT, JAVASCRIPT_SLOT, m.get(0));
                    }),
                ),
                rule(
                    r#"(?s)<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*script[ \t\n\r\x0B\x0C]*>"#,
                    TokenThen(NameTag, Pop(1)),
                ),
                rule(
                    r#"<"#,
                    Custom(|l, m| {
                        l.delegate_slot(&JAVASCRIPT, JAVASCRIPT_SLOT, m.get(0));
                    }),
                ),
            ],
        ),
        (
            "style_content",
            vec![
                rule(
                    r#"[^<]+"#,
                    Custom(|l, m| {
                        delegate_lang(l, m.get(0));
                    }),
                ),
                rule(
                    r#"(?s)<[ \t\n\r\x0B\x0C]*/[ \t\n\r\x0B\x0C]*style[ \t\n\r\x0B\x0C]*>"#,
                    TokenThen(NameTag, Pop(1)),
                ),
                rule(
                    r#"<"#,
                    Custom(|l, m| {
                        delegate_lang(l, m.get(0));
                    }),
                ),
            ],
        ),
    ])
});
