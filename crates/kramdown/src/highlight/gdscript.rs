//! Rouge's `gdscript` lexer (gdscript, gd).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin};
use super::rb_regex::r;
use super::token::Tok::*;

const KEYWORDS: &str = "and in not or as breakpoint class class_name extends is func setget
    signal tool const enum export onready static var break continue
    if elif else for pass return match while remote master puppet
    remotesync mastersync puppetsync";
const KEYWORDS_RESERVED: &str = "do switch case";
const BUILTINS: &str = "Color8 ColorN abs acos asin assert atan atan2 bytes2var ceil char
    clamp convert cos cosh db2linear decimals dectime deg2rad dict2inst
    ease exp floor fmod fposmod funcref hash inst2dict instance_from_id
    is_inf is_nan lerp linear2db load log max min nearest_po2 pow
    preload print print_stack printerr printraw prints printt rad2deg
    rand_range rand_seed randf randi randomize range round seed sign
    sin sinh sqrt stepify str str2var tan tan tanh type_exist typeof
    var2bytes var2str weakref yield";
const BUILTINS_TYPE: &str = "bool int float String Vector2 Rect2 Transform2D Vector3 AABB
    Plane Quat Basis Transform Color RID Object NodePath Dictionary
    Array PoolByteArray PoolIntArray PoolRealArray PoolStringArray
    PoolVector2Array PoolVector3Array PoolColorArray null";
const FORMAT: &str = r"%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsux%]";

fn alternation(words: &str) -> String {
    words.split_whitespace().collect::<Vec<_>>().join("|")
}

/// The language.
pub(crate) static GDSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"\n", Token(Text)),
                r(r"[^\S\n]+", Token(Text)),
                r("#.*", Token(CommentSingle)),
                r(r"[\[\]{}:(),;]", Token(Punctuation)),
                r(r"\\\n", Token(Text)),
                r(r"(in|and|or|not)\b", Token(OperatorWord)),
                r(
                    r"!=|==|<<|>>|&&|\+=|-=|\*=|\/=|%=|&=|\|=|\|\||[-~+\/*%=<>&^.!|$]",
                    Token(Operator),
                ),
                r(
                    r"(func)((?:\s|\\)+)",
                    GroupsThen(&[Keyword, Text], Push("funcname")),
                ),
                r(
                    r"(class)((?:\s|\\)+)",
                    GroupsThen(&[Keyword, Text], Push("classname")),
                ),
                mixin("keywords"),
                mixin("builtins"),
                r("\"\"\"", TokenThen(StrDouble, Push("escape_tdqs"))),
                r("'''", TokenThen(StrDouble, Push("escape_tsqs"))),
                r("\"", TokenThen(StrDouble, Push("escape_dqs"))),
                r("'", TokenThen(StrDouble, Push("escape_sqs"))),
                mixin("name"),
                mixin("numbers"),
            ],
        ),
        (
            "keywords",
            vec![
                r(&format!(r"\b({})\b", alternation(KEYWORDS)), Token(Keyword)),
                r(
                    &format!(r"\b({})\b", alternation(KEYWORDS_RESERVED)),
                    Token(KeywordReserved),
                ),
            ],
        ),
        (
            "builtins",
            vec![
                r(
                    &format!(r"\b({})\b", alternation(BUILTINS)),
                    Token(NameBuiltin),
                ),
                r(
                    r"\b((self|false|true)|(PI|TAU|NAN|INF))\b",
                    Token(NameBuiltinPseudo),
                ),
                r(
                    &format!(r"\b({})\b", alternation(BUILTINS_TYPE)),
                    Token(KeywordType),
                ),
            ],
        ),
        (
            "numbers",
            vec![
                r(r"(\d+\.\d*|\d*\.\d+)([eE][+-]?[0-9]+)?j?", Token(NumFloat)),
                r(r"\d+[eE][+-]?[0-9]+j?", Token(NumFloat)),
                r("0[xX][a-fA-F0-9]+", Token(NumHex)),
                r(r"\d+j?", Token(NumInteger)),
            ],
        ),
        ("name", vec![r(r"[a-zA-Z_]\w*", Token(Name))]),
        (
            "funcname",
            vec![r(r"[a-zA-Z_]\w*", TokenThen(NameFunction, Pop(1)))],
        ),
        (
            "classname",
            vec![r(r"[a-zA-Z_]\w*", TokenThen(NameClass, Pop(1)))],
        ),
        (
            "string_escape",
            vec![r(
                r#"\\([\\abfnrtv"\']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})"#,
                Token(StrEscape),
            )],
        ),
        (
            "strings_single",
            vec![
                r(FORMAT, Token(StrInterpol)),
                r(r"[^\\'%\n]+", Token(StrSingle)),
                r(r#"["\\]"#, Token(StrSingle)),
                r("%", Token(StrSingle)),
            ],
        ),
        (
            "strings_double",
            vec![
                r(FORMAT, Token(StrInterpol)),
                r(r#"[^\\"%\n]+"#, Token(StrDouble)),
                r(r"['\\]", Token(StrDouble)),
                r("%", Token(StrDouble)),
            ],
        ),
        (
            "dqs",
            vec![
                r("\"", TokenThen(StrDouble, Pop(1))),
                r(r#"\\\\|\\"|\\\n"#, Token(StrEscape)),
                mixin("strings_double"),
            ],
        ),
        ("escape_dqs", vec![mixin("string_escape"), mixin("dqs")]),
        (
            "sqs",
            vec![
                r("'", TokenThen(StrSingle, Pop(1))),
                r(r"\\\\|\\'|\\\n", Token(StrEscape)),
                mixin("strings_single"),
            ],
        ),
        ("escape_sqs", vec![mixin("string_escape"), mixin("sqs")]),
        (
            "tdqs",
            vec![
                r("\"\"\"", TokenThen(StrDouble, Pop(1))),
                mixin("strings_double"),
                r(r"\n", Token(StrDouble)),
            ],
        ),
        ("escape_tdqs", vec![mixin("string_escape"), mixin("tdqs")]),
        (
            "tsqs",
            vec![
                r("'''", TokenThen(StrSingle, Pop(1))),
                mixin("strings_single"),
                r(r"\n", Token(StrSingle)),
            ],
        ),
        ("escape_tsqs", vec![mixin("string_escape"), mixin("tsqs")]),
    ])
});
