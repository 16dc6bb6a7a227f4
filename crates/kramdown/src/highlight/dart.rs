//! Rouge's `dart` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "as|assert|await|break|case|catch|continue|default|do|else|finally|for|if|in|is|new|rethrow|return|super|switch|this|throw|try|while|with|yield";
const DECLARATIONS: &str = "abstract|async|dynamic|const|covariant|external|extends|factory|final|get|implements|late|native|on|operator|required|set|static|sync|typedef|var";
const TYPES: &str = "bool|Comparable|double|Dynamic|enum|Function|int|List|Map|Never|Null|num|Object|Pattern|Set|String|Symbol|Type|Uri|void";
const IMPORTS: &str = r"import|deferred|export|library|part\s*of|part|source";
const ID: &str = r"[a-zA-Z_]\w*";

fn method(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.recurse(m.get(1));
    l.token(NameFunction, m.get(2));
    l.token(Text, m.get(3));
    l.token(Punctuation, m.get(4));
}

/// The language.
pub(crate) static DART: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(
                    r"^
          (\s*(?:[a-zA-Z_][a-zA-Z\d_.\[\]]*\s+)+?) # return arguments
          ([a-zA-Z_]\w*)                           # method name
          (\s*)(\()                                # signature start
        ",
                    "mx",
                    Custom(method),
                ),
                r(r"\s+", Token(Text)),
                r(r"//.*?$", Token(CommentSingle)),
                rf(r"/\*.*?\*/", "m", Token(CommentMultiline)),
                r("\"", TokenThen(Str, Push("dqs"))),
                r("'", TokenThen(Str, Push("sqs"))),
                r(r#"r"[^"]*""#, Token(StrOther)),
                r(r"r'[^']*'", Token(StrOther)),
                rf(&format!("#(?:{ID})*"), "i", Token(StrSymbol)),
                r(&format!("@{ID}"), Token(NameDecorator)),
                r(&format!(r"(?:{KEYWORDS})\b"), Token(Keyword)),
                r(&format!(r"(?:{DECLARATIONS})\b"), Token(KeywordDeclaration)),
                r(&format!(r"(?:{TYPES})\b"), Token(KeywordType)),
                r(r"(?:true|false|null)\b", Token(KeywordConstant)),
                r(
                    r"(?:class|interface|mixin)\b",
                    TokenThen(KeywordDeclaration, Push("class")),
                ),
                r(
                    &format!(r"(?:{IMPORTS})\b"),
                    TokenThen(KeywordNamespace, Push("import")),
                ),
                r(&format!(r"(\.)({ID})"), Groups(&[Operator, NameAttribute])),
                r(&format!("{ID}:"), Token(NameLabel)),
                r(&format!(r"\$?{ID}"), Token(Name)),
                r(r"[~^*!%&\|+=:\/?-]", Token(Operator)),
                r(r"[\[\](){}<>\.,;]", Token(Punctuation)),
                r(r"\d*\.\d+([eE]\-?\d+)?", Token(NumFloat)),
                r(r"0x[\da-fA-F]+", Token(NumHex)),
                r(r"\d+L?", Token(NumInteger)),
                r(r"\n", Token(Text)),
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
            "dqs",
            vec![
                r("\"", TokenThen(Str, Pop(1))),
                r(r#"[^\\\$"]+"#, Token(Str)),
                mixin("string"),
            ],
        ),
        (
            "sqs",
            vec![
                r("'", TokenThen(Str, Pop(1))),
                r(r"[^\\\$']+", Token(Str)),
                mixin("string"),
            ],
        ),
        (
            "import",
            vec![
                r(";", TokenThen(Operator, Pop(1))),
                r(r"(?:show|hide)\b", Token(KeywordDeclaration)),
                mixin("root"),
            ],
        ),
        (
            "string",
            vec![
                mixin("interpolation"),
                r(r#"\\[nrt\"\'\\]"#, Token(StrEscape)),
            ],
        ),
        (
            "interpolation",
            vec![
                r(&format!(r"\${ID}"), Token(StrInterpol)),
                r(r"\$\{[^\}]+\}", Token(StrInterpol)),
            ],
        ),
    ])
});
