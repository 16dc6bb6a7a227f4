//! Rouge's `apex` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "assert break case catch continue default do else finally for if goto
    instanceof new return switch this throw try while insert update delete";
const DECLARATIONS: &str = "abstract const enum extends final implements native private protected
    public static super synchronized throws transient volatile with
    sharing without inherited virtual global testmethod";
const SOQL: &str = "SELECT FROM WHERE UPDATE LIKE TYPEOF END USING SCOPE WITH DATA
    CATEGORY GROUP BY ROLLUP CUBE HAVING ORDER BY ASC DESC NULLS FIRST
    LAST LIMIT OFFSET FOR VIEW REFERENCE UPDATE TRACKING VIEWSTAT OR AND";
const TYPES: &str = "String boolean byte char double float int long short var void";
const ID: &str = "(?i:[a-z_][a-z0-9_]*)";
const DIGIT: &str = "(?:[0-9]_+[0-9]|[0-9])";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let lower = m.get(0).to_lowercase();
    let upper = m.get(0).to_uppercase();
    let tok = if has(KEYWORDS, &lower) || has(SOQL, &upper) {
        Keyword
    } else if has(DECLARATIONS, &lower) {
        KeywordDeclaration
    } else if has(TYPES, &lower) {
        KeywordType
    } else if matches!(lower.as_str(), "true" | "false" | "null") {
        KeywordConstant
    } else if lower == "package" {
        KeywordNamespace
    } else if m.get(1) == "@" {
        NameDecorator
    } else if m.get(3) == ":" {
        l.groups(&[Operator, NameLabel, Punctuation], m);
        return;
    } else if m.get(3) == "(" {
        l.groups(&[Operator, NameFunction, Punctuation], m);
        return;
    } else if m.get(1) == "." {
        l.groups(&[Operator, NameProperty, Punctuation], m);
        return;
    } else {
        Name
    };
    l.token(tok, m.get(0));
}

/// The language.
pub(crate) static APEX: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r("//.*?$", Token(CommentSingle)),
                rf(r"/\*.*?\*/", "m", Token(CommentMultiline)),
                r(
                    r"(?:class|interface)\b",
                    TokenThen(KeywordDeclaration, Push("class")),
                ),
                r(r"import\b", TokenThen(KeywordNamespace, Push("import"))),
                rf(&format!("([@$.]?)({ID})([:(]?)"), "i", Custom(word)),
                r("\"", TokenThen(StrDouble, Push("dq"))),
                r("'", TokenThen(StrSingle, Push("sq"))),
                r(
                    &format!(r"{DIGIT}+\.{DIGIT}+([eE]{DIGIT}+)?[fd]?"),
                    Token(NumFloat),
                ),
                rf("0b(?:[01]_+[01]|[01])+", "i", Token(NumBin)),
                rf(r"0x(?:\h_+\h|\h)+", "i", Token(NumHex)),
                r("0(?:[0-7]_+[0-7]|[0-7])+", Token(NumOct)),
                r(&format!("{DIGIT}+L?"), Token(NumInteger)),
                r(r"[-+\/*~^!%&<>|=.?]", Token(Operator)),
                r(r"[\[\](){},:;]", Token(Punctuation)),
            ],
        ),
        (
            "class",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r(ID, TokenThen(NameClass, Pop(1))),
            ],
        ),
        (
            "import",
            vec![
                rf(r"\s+", "m", Token(Text)),
                rf(r"[a-z0-9_.]+\*?", "i", TokenThen(NameNamespace, Pop(1))),
            ],
        ),
        ("escape", vec![r(r#"\\[btnfr\\"']"#, Token(StrEscape))]),
        (
            "dq",
            vec![
                mixin("escape"),
                r(r#"[^\\"]+"#, Token(StrDouble)),
                r("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "sq",
            vec![
                mixin("escape"),
                r(r"[^\\']+", Token(StrDouble)),
                r("'", TokenThen(StrDouble, Pop(1))),
            ],
        ),
    ])
});
