//! Rouge's `ada` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::{self, *};

const ID: &str = r"\b[[:alpha:]](?:\p{Pc}?[[:alnum:]])*\b";
const NUM: &str = r"(?:\d(_?\d)*)";
const XNUM: &str = r"(?:\h(_?\h)*)";

const KEYWORDS: &str = "abort abstract accept access aliased all array at begin body
    case constant declare delay delta digits do else elsif end
    exception exit for generic goto if in interface is limited
    loop new null of others out overriding pragma private
    protected raise range record renames requeue return reverse
    select separate some synchronized tagged task terminate then
    until use when while with";
const OPERATOR_WORDS: &str = "abs and mod not or rem xor";
const DECLARATIONS: &str = "entry function package procedure subtype type";
const BUILTINS: &str = "boolean character constraint_error duration float integer
    natural positive long_float long_integer long_long_float
    long_long_integer program_error short_float short_integer
    short_short_integer storage_error string tasking_error
    wide_character wide_string wide_wide_character wide_wide_string";

/// Rouge's `idents`: the token for a lower-cased identifier.
fn ident(word: &str) -> Tok {
    let w = word.to_lowercase();
    let has = |list: &str| list.split_whitespace().any(|x| x == w);
    if has(KEYWORDS) {
        Keyword
    } else if has(OPERATOR_WORDS) {
        OperatorWord
    } else if has(DECLARATIONS) {
        KeywordDeclaration
    } else if has(BUILTINS) {
        NameBuiltin
    } else {
        Name
    }
}

fn libunit_name(l: &mut Lexer<'_>, m: &Match<'_>) {
    let t = ident(m.get(0));
    if matches!(t, Name | NameBuiltin) {
        l.token(NameNamespace, m.get(0));
    } else {
        l.token(t, m.get(0));
        if t == KeywordDeclaration {
            l.go(Goto("decl_name"));
        } else {
            l.go(Pop(1));
        }
    }
}

/// The language.
pub(crate) static ADA: LazyLock<Language> = LazyLock::new(|| {
    let exp = format!("(?i:(E[-+]?(?:{NUM}))?)");
    Language::new(vec![
        (
            "whitespace",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r("--.*$", Token(CommentSingle)),
            ],
        ),
        (
            "dquote_string",
            vec![
                r(r#"[^"\n]+"#, Token(StrDouble)),
                r("\"\"", Token(StrEscape)),
                r("\"", TokenThen(StrDouble, Pop(1))),
                r(r"\n", TokenThen(Error, Pop(1))),
            ],
        ),
        (
            "attr",
            vec![
                mixin("whitespace"),
                r(ID, TokenThen(NameAttribute, Pop(1))),
                r("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "decl_name",
            vec![
                mixin("whitespace"),
                rf(r"body\b", "i", Token(KeywordDeclaration)),
                r(
                    &format!(r"({ID})(\.)"),
                    Groups(&[NameNamespace, Punctuation]),
                ),
                r(
                    &format!(r#"{ID}|"(and|or|xor|/?=|<=?|>=?|\+|–|&\|/|mod|rem|\*?\*|abs|not)""#),
                    TokenThen(NameFunction, Pop(1)),
                ),
                r("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "libunit_name",
            vec![
                mixin("whitespace"),
                r(ID, Custom(libunit_name)),
                r("[.,]", Token(Punctuation)),
                r("", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                r("'.'", Token(StrChar)),
                r(r#""[^"\n]*"#, TokenThen(StrDouble, Push("dquote_string"))),
                r(&format!(r"{NUM}\.{NUM}{exp}"), Token(NumFloat)),
                r(&format!(r"{NUM}#{XNUM}\.{XNUM}#{exp}"), Token(NumFloat)),
                r(&format!("2#[01](_?[01])*#{exp}"), Token(NumBin)),
                r(&format!("8#[0-7](_?[0-7])*#{exp}"), Token(NumOct)),
                r(&format!("16#{XNUM}*#{exp}"), Token(NumHex)),
                r(&format!("{NUM}#{XNUM}#{exp}"), Token(NumInteger)),
                r(&format!(r"{NUM}#\w+#"), Token(Error)),
                r(&format!("{NUM}{exp}"), Token(NumInteger)),
                r("'", TokenThen(Punctuation, Push("attr"))),
                r(&format!("<<{ID}>>"), Token(NameLabel)),
                rf(
                    r"^(?:(limited)(\s+))?(?:(private)(\s+))?(with)\b",
                    "i",
                    GroupsThen(
                        &[
                            KeywordNamespace,
                            Text,
                            KeywordNamespace,
                            Text,
                            KeywordNamespace,
                        ],
                        Push("libunit_name"),
                    ),
                ),
                r(
                    r"[+*/&<=>|]|-|=>|\.\.|\*\*|[:></]=|<<|>>|<>",
                    Token(Operator),
                ),
                r("[.,:;()]", Token(Punctuation)),
                r(
                    ID,
                    Custom(|l, m| {
                        let t = ident(m.get(0));
                        l.token(t, m.get(0));
                        if t == KeywordDeclaration {
                            l.go(Push("decl_name"));
                        }
                    }),
                ),
                rule_error_word(),
            ],
        ),
    ])
});

/// Rouge's `\b(\p{Pc}|[[alpha]])\p{Word}*`: word-like text the identifier rule refused.
fn rule_error_word() -> super::engine::Rule {
    super::engine::rule(
        r"\b(\p{Pc}|[[alpha]])[\p{Alphabetic}\p{M}\p{Nd}\p{Pc}]*",
        Token(Error),
    )
}
