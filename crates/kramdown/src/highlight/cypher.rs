//! Rouge's `cypher` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

const FUNCTIONS: &str = "ABS ACOS ALLSHORTESTPATHS ASIN ATAN ATAN2 AVG CEIL COALESCE COLLECT
    COS COT COUNT DATE DEGREES E ENDNODE EXP EXTRACT FILTER FLOOR
    HAVERSIN HEAD ID KEYS LABELS LAST LEFT LENGTH LOG LOG10 LOWER LTRIM
    MAX MIN NODE NODES PERCENTILECONT PERCENTILEDISC PI RADIANS RAND
    RANGE REDUCE REL RELATIONSHIP RELATIONSHIPS REPLACE REVERSE RIGHT
    ROUND RTRIM SHORTESTPATH SIGN SIN SIZE SPLIT SQRT STARTNODE STDEV
    STDEVP STR SUBSTRING SUM TAIL TAN TIMESTAMP TOFLOAT TOINT TOINTEGER
    TOSTRING TRIM TYPE UPPER";
const PREDICATES: &str = "ALL AND ANY CONTAINS EXISTS HAS IN NONE NOT OR SINGLE XOR";
const KEYWORDS: &str = "AS ASC ASCENDING ASSERT BY CASE COMMIT CONSTRAINT CREATE CSV CYPHER
    DELETE DESC DESCENDING DETACH DISTINCT DROP ELSE END ENDS EXPLAIN
    FALSE FIELDTERMINATOR FOREACH FROM HEADERS IN INDEX IS JOIN LIMIT
    LOAD MATCH MERGE NULL ON OPTIONAL ORDER PERIODIC PROFILE REMOVE
    RETURN SCAN SET SKIP START STARTS THEN TRUE UNION UNIQUE UNWIND USING
    WHEN WHERE WITH CALL YIELD";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn call(l: &mut Lexer<'_>, m: &Match<'_>) {
    let name = m.get(1).to_uppercase();
    let first = if has(FUNCTIONS, &name) {
        NameFunction
    } else if has(KEYWORDS, &name) {
        Keyword
    } else {
        Name
    };
    l.groups(&[first, Whitespace, StrSymbol], m);
}

fn word(l: &mut Lexer<'_>, m: &Match<'_>) {
    let w = m.get(0).to_uppercase();
    let tok = if has(PREDICATES, &w) {
        OperatorWord
    } else if has(KEYWORDS, &w) {
        Keyword
    } else {
        Name
    };
    l.token(tok, m.get(0));
}

/// The language.
pub(crate) static CYPHER: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"[\s]+", Token(Text)),
                r("//.*?$", Token(CommentSingle)),
                r(
                    r"/\*",
                    TokenThen(CommentMultiline, Push("multiline_comments")),
                ),
                r(r"[*+\-<>=&|~%^]", Token(Operator)),
                r(r"[{}),;\[\]]", Token(StrSymbol)),
                r(
                    r"(\w+)(:)(\s*)(-?[._\d]+)",
                    Groups(&[NameLabel, StrDelimiter, Whitespace, Num]),
                ),
                r(r"(\w+)(\s*)(\()", Custom(call)),
                r(r":\w+", Token(NameClass)),
                r(r"(-?\d+)(\.\.)(-?\d+)", Groups(&[Num, Operator, Num])),
                rf(r"(\d+\.\d*|\d*\.\d+)(e[+-]?\d+)?", "i", Token(NumFloat)),
                rf(r"\d+e[+-]?\d+", "i", Token(NumFloat)),
                r("0[0-7]+", Token(NumOct)),
                rf("0x[a-f0-9]+", "i", Token(NumHex)),
                r(r"\d+", Token(NumInteger)),
                r(r"[.\w]+:", Token(NameProperty)),
                r(r"\(", Token(StrSymbol)),
                r(r"[.\w$]+", Custom(word)),
                r(r#""(\\\\|\\"|[^"])*""#, Token(StrDouble)),
                r(r"'(\\\\|\\'|[^'])*'", Token(StrSingle)),
                r(r"`(\\\\|\\`|[^`])*`", Token(StrBacktick)),
            ],
        ),
        (
            "multiline_comments",
            vec![
                r(
                    "/[*]",
                    TokenThen(CommentMultiline, Push("multiline_comments")),
                ),
                r("[*]/", TokenThen(CommentMultiline, Pop(1))),
                r("[^/*]+", Token(CommentMultiline)),
                r("[/*]", Token(CommentMultiline)),
            ],
        ),
    ])
});
