//! Rouge's `d` lexer (d, dlang).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const KEYWORDS: &str = "abstract|alias|align|asm|assert|auto|body|break|case|cast|catch|class|const|continue|debug|default|delegate|delete|deprecated|do|else|enum|export|extern|finally|final|foreach_reverse|foreach|for|function|goto|if|immutable|import|interface|invariant|inout|in|is|lazy|mixin|module|new|nothrow|out|override|package|pragma|private|protected|public|pure|ref|return|scope|shared|static|struct|super|switch|synchronized|template|this|throw|try|typedef|typeid|typeof|union|unittest|version|volatile|while|with|__gshared|__traits|__vector|__parameters";
const KEYWORDS_TYPE: &str = "bool|byte|cdouble|cent|cfloat|char|creal|dchar|double|float|idouble|ifloat|int|ireal|long|real|short|ubyte|ucent|uint|ulong|ushort|void|wchar";
const KEYWORDS_PSEUDO: &str = "__FILE__|__FILE_FULL_PATH__|__MODULE__|__LINE__|__FUNCTION__|__PRETTY_FUNCTION__|__DATE__|__EOF__|__TIME__|__TIMESTAMP__|__VENDOR__|__VERSION__";

/// The states of a `q"[…]"` string and of what nests in it, for one pair of delimiters.
fn delimited(
    outer: &'static str,
    inner: &'static str,
    open: &str,
    close: &str,
) -> [(&'static str, Vec<super::engine::Rule>); 2] {
    [
        (
            outer,
            vec![
                r(&format!(r"[^{open}{close}]+"), Token(Str)),
                r(open, TokenThen(Str, Push(inner))),
                r(&format!("{close}\""), TokenThen(Str, Pop(1))),
            ],
        ),
        (
            inner,
            vec![
                r(&format!(r"[^{open}{close}]+"), Token(Str)),
                r(open, TokenThen(Str, PushSelf)),
                r(close, TokenThen(Str, Pop(1))),
            ],
        ),
    ]
}

/// The language.
pub(crate) static D: LazyLock<Language> = LazyLock::new(|| {
    let mut states = vec![
        (
            "whitespace",
            vec![rf(r"\n", "m", Token(Text)), rf(r"\s+", "m", Token(Text))],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                r(r"//.*", Token(CommentSingle)),
                r(r"/(\\\n)?[*](.|\n)*?[*](\\\n)?/", Token(CommentMultiline)),
                r(r"/\+", TokenThen(CommentMultiline, Push("nested_comment"))),
                r(&format!(r"({KEYWORDS})\b"), Token(Keyword)),
                r(&format!(r"({KEYWORDS_TYPE})\b"), Token(KeywordType)),
                r(r"(false|true|null)\b", Token(KeywordConstant)),
                r(&format!(r"({KEYWORDS_PSEUDO})\b"), Token(KeywordPseudo)),
                r(r"macro\b", Token(KeywordReserved)),
                r(
                    r"(string|wstring|dstring|size_t|ptrdiff_t)\b",
                    Token(NameBuiltin),
                ),
                r(
                    r"0[xX]([0-9a-fA-F_]*\.[0-9a-fA-F_]+|[0-9a-fA-F_]+)[pP][+\-]?[0-9_]+[fFL]?[i]?",
                    Token(NumFloat),
                ),
                r(
                    r"[0-9_]+(\.[0-9_]+[eE][+\-]?[0-9_]+|\.[0-9_]*|[eE][+\-]?[0-9_]+)[fFL]?[i]?",
                    Token(NumFloat),
                ),
                r(
                    r"\.(0|[1-9][0-9_]*)([eE][+\-]?[0-9_]+)?[fFL]?[i]?",
                    Token(NumFloat),
                ),
                r("0[Bb][01_]+", Token(NumBin)),
                r("0[0-7_]+", Token(NumOct)),
                r("0[xX][0-9a-fA-F_]+", Token(NumHex)),
                r("(0|[1-9][0-9_]*)([LUu]|Lu|LU|uL|UL)?", Token(NumInteger)),
                r(
                    r#"'(\\['"?\\abfnrtv]|\\x[0-9a-fA-F]{2}|\\[0-7]{1,3}|\\u[0-9a-fA-F]{4}|\\U[0-9a-fA-F]{8}|\\&\w+;|.)'"#,
                    Token(StrChar),
                ),
                r(r#"r"[^"]*"[cwd]?"#, Token(Str)),
                r(r"`[^`]*`[cwd]?", Token(Str)),
                r(r#""(\\\\|\\"|[^"])*"[cwd]?"#, Token(Str)),
                r(
                    r#"\\(['\"?\\abfnrtv]|x[0-9a-fA-F]{2}|[0-7]{1,3}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|&\w+;)"#,
                    Token(Str),
                ),
                r(r#"x"[0-9a-fA-F_\s]*"[cwd]?"#, Token(Str)),
                r(r#"q"\["#, TokenThen(Str, Push("delimited_bracket"))),
                r(r#"q"\("#, TokenThen(Str, Push("delimited_parenthesis"))),
                r(r#"q"<"#, TokenThen(Str, Push("delimited_angle"))),
                r(r#"q"\{"#, TokenThen(Str, Push("delimited_curly"))),
                r(r#"q"([a-zA-Z_]\w*)\n.*?\n\1""#, Token(Str)),
                r(r#"q"(.).*?\1""#, Token(Str)),
                r(r"q\{", TokenThen(Str, Push("token_string"))),
                r(r"@([a-zA-Z_]\w*)?", Token(NameDecorator)),
                r(
                    r"(~=|\^=|%=|\*=|==|!>=|!<=|!<>=|!<>|!<|!>|!=|>>>=|>>>|>>=|>>|>=|<>=|<>|<<=|<<|<=|\+\+|\+=|--|-=|\|\||\|=|&&|&=|\.\.\.|\.\.|/=)|[/.&|\-+<>!()\[\]{}?,;:$=*%^~]",
                    Token(Punctuation),
                ),
                r(r"[a-zA-Z_]\w*", Token(Name)),
                r(r"#line\s.*\n", Token(CommentSpecial)),
            ],
        ),
        (
            "nested_comment",
            vec![
                r(r"[^+/]+", Token(CommentMultiline)),
                r(r"/\+", TokenThen(CommentMultiline, PushSelf)),
                r(r"\+/", TokenThen(CommentMultiline, Pop(1))),
                r(r"[+/]", Token(CommentMultiline)),
            ],
        ),
        (
            "token_string",
            vec![
                r(r"\{", TokenThen(Punctuation, Push("token_string_nest"))),
                r(r"\}", TokenThen(Str, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "token_string_nest",
            vec![
                r(r"\{", TokenThen(Punctuation, PushSelf)),
                r(r"\}", TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
    ];
    states.extend(delimited(
        "delimited_bracket",
        "delimited_inside_bracket",
        r"\[",
        r"\]",
    ));
    states.extend(delimited(
        "delimited_parenthesis",
        "delimited_inside_parenthesis",
        r"\(",
        r"\)",
    ));
    states.extend(delimited(
        "delimited_angle",
        "delimited_inside_angle",
        "<",
        ">",
    ));
    states.extend(delimited(
        "delimited_curly",
        "delimited_inside_curly",
        r"\{",
        r"\}",
    ));
    Language::new(states)
});
