//! Rouge's `magik` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The `magik` language.
pub(crate) static MAGIK: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"##(.*)?"#, Token(CommentDoc)),
                rule(r#"#(.*)?"#, Token(CommentSingle)),
                rule(
                    r#"(_method)([ \t\n\r\x0B\x0C]+)"#,
                    GroupsThen(&[Keyword, Whitespace], Push("method_name")),
                ),
                rule(
                    r#"(?:_package|_pragma|_block|_endblock|_handling|_default|_protect|_protection|_endprotect|_try|_with|_when|_endtry|_catch|_endcatch|_throw|_lock|_endlock|_if|_then|_elif|_else|_endif|_for|_over|_while|_loop|_finally|_endloop|_loopbody|_continue|_leave|_return|_class|_local|_constant|_recursive|_global|_dynamic|_import|_private|_iter|_abstract|_method|_endmethod|_proc|_endproc|_gather|_scatter|_allresults|_optional|_thisthread|_self|_clone|_super|_primitive|_unset|_true|_false|_maybe|_is|_isnt|_not|_and|_or|_xor|_cf|_andif|_orif|_div|_mod)\b"#,
                    Token(Keyword),
                ),
                rule(r#""[^"\n]*?""#, Token(Str)),
                rule(r#"'[^'\n]*?'"#, Token(Str)),
                rule(
                    r#"(?i):(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+)"#,
                    Token(StrSymbol),
                ),
                rule(
                    r#"@[ \t\n\r\x0B\x0C]*(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+):(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+)"#,
                    Token(NameLabel),
                ),
                rule(
                    r#"@[ \t\n\r\x0B\x0C]*(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+)"#,
                    Token(NameLabel),
                ),
                rule(r#"(?i)%u[0-9a-z]{4}|%[^ \t\n\r\x0B\x0C]+"#, Token(StrChar)),
                rule(
                    r#"(?-si:[0-9]+)((?i-s:r[0-9a-z])|(?i-s:(e|&)[+-]?(?-si:[0-9]+))|(?-si:\.(?-si:[0-9]+)))*"#,
                    Token(Num),
                ),
                rule(
                    r#"(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+):(?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+)"#,
                    Token(Name),
                ),
                rule(
                    r#"(?i)(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+"#,
                    Token(Name),
                ),
                rule(r#"[\[\]{}()\.,;]"#, Token(Punctuation)),
                rule(r#"\$"#, Token(Punctuation)),
                rule(r#"(<<|^<<)"#, Token(Operator)),
                rule(r#"(>>)"#, Token(Operator)),
                rule(r#"[-\~+/*%=\&^<>]|!="#, Token(Operator)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
            ],
        ),
        (
            "method_name",
            vec![rule(
                r#"((?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+))(\.)((?i-s:(?:(?i-s:(?>(?:[a-z0-9_!?]|\\.)+))|(?-si:\|[^\|\n]*\|))+))"#,
                GroupsThen(&[NameClass, Punctuation, NameFunction], Pop(1)),
            )],
        ),
    ])
});
