//! Rouge's `idris` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `idris` language.
pub(crate) static IDRIS: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "basic",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"\{-#"#,
                    TokenThen(CommentPreproc, Push("comment_preproc")),
                ),
                rule(r#"\{-"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"^\|\|\|.*$"#, Token(CommentDoc)),
                rule(
                    r#"--(?![!#\$%\&*+./<=>?@\^\|_\~]).*?$"#,
                    Token(CommentSingle),
                ),
            ],
        ),
        (
            "comment",
            vec![
                rule(r#"-\}"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"\{-"#, TokenThen(CommentMultiline, Push("comment"))),
                rule(r#"[^-{}]+"#, Token(CommentMultiline)),
                rule(r#"[-{}]"#, Token(CommentMultiline)),
            ],
        ),
        (
            "comment_preproc",
            vec![
                rule(r#"-\}"#, TokenThen(CommentPreproc, Pop(1))),
                rule(r#"\{-"#, TokenThen(CommentPreproc, Push("comment"))),
                rule(r#"[^-{}]+"#, Token(CommentPreproc)),
                rule(r#"[-{}]"#, Token(CommentPreproc)),
            ],
        ),
        (
            "directive",
            vec![
                rule(
                    r#"%(default)[ \t\n\r\x0B\x0C]+(total|partial)"#,
                    Token(Keyword),
                ),
                rule(
                    r#"%(access)[ \t\n\r\x0B\x0C]+(public|abstract|private|export)"#,
                    Token(Keyword),
                ),
                rule(r#"%(language)[ \t\n\r\x0B\x0C]+(.*)"#, Token(Keyword)),
                rule(
                    r#"%(provide)[ \t\n\r\x0B\x0C]+.*[ \t\n\r\x0B\x0C]+(with)[ \t\n\r\x0B\x0C]+"#,
                    Token(Keyword),
                ),
            ],
        ),
        (
            "prelude",
            vec![
                rule(
                    r#"\b(Type|Exists|World|IO|IntTy|FTy|File|Mode|Dec|Bool|Ordering|Either|IsJust|List|Maybe|Nat|Stream|StrM|Not|Lazy|Inf)[ \t\n\r\x0B\x0C]"#,
                    Token(KeywordType),
                ),
                rule(
                    r#"\b(Eq|Ord|Num|MinBound|MaxBound|Integral|Applicative|Alternative|Cast|Foldable|Functor|Monad|Traversable|Uninhabited|Semigroup|Monoid)[ \t\n\r\x0B\x0C]"#,
                    Token(NameClass),
                ),
                rule(
                    r#"\b(?:abs|acos|all|and|any|asin|atan|atan2|break|ceiling|compare|concat|concatMap|const|cos|cosh|curry|cycle|div|drop|dropWhile|elem|encodeFloat|enumFrom|enumFromThen|enumFromThenTo|enumFromTo|exp|fail|filter|flip|floor|foldl|foldl1|foldr|foldr1|fromInteger|fst|gcd|getChar|getLine|head|id|init|iterate|last|lcm|length|lines|log|lookup|map|max|maxBound|maximum|maybe|min|minBound|minimum|mod|negate|not|null|or|pi|pred|print|product|putChar|putStr|putStrLn|readFile|recip|repeat|replicate|return|reverse|scanl|scanl1|sequence|sequence_|show|sin|sinh|snd|span|splitAt|sqrt|succ|sum|tail|take|takeWhile|tan|tanh|uncurry|unlines|unwords|unzip|unzip3|words|writeFile|zip|zip3|zipWith|zipWith3)[ ]+(?![=:-])"#,
                    Token(NameBuiltin),
                ),
            ],
        ),
        (
            "root",
            vec![
                mixin("basic"),
                mixin("directive"),
                rule(r#"\bimport\b"#, TokenThen(KeywordReserved, Push("import"))),
                rule(r#"\bmodule\b"#, TokenThen(KeywordReserved, Push("module"))),
                rule(
                    r#"\b(?:_|data|class|instance|namespace|infix[lr]?|let|where|of|with|type|do|if|then|else|case|in)\b"#,
                    Token(KeywordReserved),
                ),
                rule(
                    r#"\b(Just|Nothing|Left|Right|True|False|LT|LTE|EQ|GT|GTE)\b"#,
                    Token(KeywordConstant),
                ),
                rule(r#"^[a-zA-Z0-9_']+[ \t\n\r\x0B\x0C]*:"#, Token(NameFunction)),
                mixin("prelude"),
                rule(r#"[_a-z][a-zA-Z0-9_']*"#, Token(Name)),
                rule(r#"[A-Z][a-zA-Z0-9_']*"#, Token(KeywordType)),
                rule(r#"\\(?![:!#\$%\&*+.\\/<=>?@^\|\~-]+)"#, Token(NameFunction)),
                rule(
                    r#"(<-|::|->|=>|=)(?![:!#\$%\&*+.\\/<=>?@^\|\~-]+)"#,
                    Token(Operator),
                ),
                rule(r#":[:!#\$%\&*+.\\/<=>?@^\|\~-]*"#, Token(Operator)),
                rule(r#"[:!#\$%\&*+.\\/<=>?@^\|\~-]+"#, Token(Operator)),
                rule(r#"(?i)[0-9]+(\.[0-9]+)?(e[+-]?[0-9]+)?"#, Token(NumFloat)),
                rule(r#"(?i)0o[0-7]+"#, Token(NumOct)),
                rule(r#"(?i)0x[0-9a-f]+"#, Token(NumHex)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(r#"'"#, TokenThen(StrChar, Push("character"))),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(r#"\[[ \t\n\r\x0B\x0C]*\]"#, Token(KeywordType)),
                rule(r#"\([ \t\n\r\x0B\x0C]*\)"#, Token(NameBuiltin)),
                rule(
                    r#"(\[)([_a-z][a-zA-Z0-9_']*)(\|)"#,
                    Custom(|l, m| {
                        l.token(Operator, m.get(1));
                        l.token(Name, m.get(2));
                        l.token(Operator, m.get(3));
                        l.go(Push("quasiquotation"));
                    }),
                ),
                rule(r#"[\[\](),;`{}]"#, Token(Punctuation)),
            ],
        ),
        (
            "import",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"""#, TokenThen(Str, Push("string"))),
                rule(
                    r#"([A-Z][a-zA-Z0-9_.]*)([ \t\n\r\x0B\x0C]+)(as)([ \t\n\r\x0B\x0C]+)([A-Z][a-zA-Z0-9_.]*)"#,
                    GroupsThen(&[NameNamespace, Text, Keyword, Text, Name], Pop(1)),
                ),
                rule(
                    r#"([A-Z][a-zA-Z0-9_.]*)([ \t\n\r\x0B\x0C]+)(\()"#,
                    GroupsThen(&[NameNamespace, Text, Punctuation], Goto("funclist")),
                ),
                rule(r#"[a-zA-Z0-9_.]+"#, TokenThen(NameNamespace, Pop(1))),
            ],
        ),
        (
            "module",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"([A-Z][a-zA-Z0-9_.]*)"#, TokenThen(NameNamespace, Pop(1))),
            ],
        ),
        (
            "funclist",
            vec![
                mixin("basic"),
                rule(r#"[A-Z][a-zA-Z0-9_]*"#, Token(KeywordType)),
                rule(
                    r#"(_[a-zA-Z0-9_']+|[a-z][a-zA-Z0-9_']*)"#,
                    Token(NameFunction),
                ),
                rule(r#","#, Token(Punctuation)),
                rule(r#"[:!#\$%\&*+.\\/<=>?@^\|\~-]+"#, Token(Operator)),
                rule(r#"\("#, TokenThen(Punctuation, Push("funclist"))),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "character",
            vec![
                rule(
                    r#"\\"#,
                    Custom(|l, m| {
                        l.token(StrEscape, m.get(0));
                        l.go(Goto("character_end"));
                        l.go(Push("escape"));
                    }),
                ),
                rule(r#"."#, TokenThen(StrChar, Goto("character_end"))),
            ],
        ),
        (
            "character_end",
            vec![
                rule(r#"'"#, TokenThen(StrChar, Pop(1))),
                rule(r#"."#, TokenThen(Error, Pop(1))),
            ],
        ),
        (
            "quasiquotation",
            vec![
                rule(r#"\|\]"#, TokenThen(Operator, Pop(1))),
                rule(r#"(?s)[^\|]+"#, Token(Text)),
                rule(r#"\|"#, Token(Text)),
            ],
        ),
        (
            "string",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"\\"#, TokenThen(StrEscape, Push("escape"))),
                rule(r#"[^\\"]+"#, Token(Str)),
            ],
        ),
        (
            "escape",
            vec![
                rule(r#"[abfnrtv"'\&\\]"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"\^[\]\[A-Z@\^_]"#, TokenThen(StrEscape, Pop(1))),
                rule(
                    r#"NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL"#,
                    TokenThen(StrEscape, Pop(1)),
                ),
                rule(r#"(?i)o[0-7]+"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"(?i)x[0-9a-fA-F]+"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"[0-9]+"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+\\"#, TokenThen(StrEscape, Pop(1))),
            ],
        ),
    ])
});
