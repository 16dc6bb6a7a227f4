//! Rouge's `postscript` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

/// The language.
pub(crate) static POSTSCRIPT: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"^%!.+?$"#, Token(CommentPreproc)),
                rule(r#"%%.*?$"#, Token(CommentSpecial)),
                rule(r#"(^%.*?$){2,}"#, Token(CommentMultiline)),
                rule(r#"%.*?$"#, Token(CommentSingle)),
                rule(r#"\("#, TokenThen(Str, Push("stringliteral"))),
                rule(
                    r#"/(?-si:(?-si:[^()<>\[\]{}/% \t\n\r\x0B\x0C])+(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C])))"#,
                    Token(NameVariable),
                ),
                rule(r#"[{}<>\[\]]"#, Token(Punctuation)),
                rule(
                    r#"(?:abs|add|aload|arc|arcn|array|atan|begin|bind|ceiling|charpath|clip|closepath|concat|concatmatrix|copy|cos|currentlinewidth|currentmatrix|currentpoint|curveto|cvi|cvs|def|defaultmatrix|dict|dictstackoverflow|div|dtransform|dup|end|exch|exec|exit|exp|fill|findfont|floor|get|getinterval|grestore|gsave|identmatrix|idiv|idtransform|index|invertmatrix|itransform|length|lineto|ln|load|log|loop|matrix|mod|moveto|mul|neg|newpath|pathforall|pathbbox|pop|print|pstack|put|quit|rand|rangecheck|rcurveto|repeat|restore|rlineto|rmoveto|roll|rotate|round|run|save|scale|scalefont|setdash|setfont|setgray|setlinecap|setlinejoin|setlinewidth|setmatrix|setrgbcolor|shfill|show|showpage|sin|sqrt|stack|stringwidth|stroke|strokepath|sub|syntaxerror|transform|translate|truncate|typecheck|undefined|undefinedfilename|undefinedresult)(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(NameBuiltin),
                ),
                rule(
                    r#"(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(KeywordReserved),
                ),
                rule(
                    r#"(false|true)(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(KeywordConstant),
                ),
                rule(
                    r#"<[0-9A-Fa-f]+>(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(NumHex),
                ),
                rule(
                    r#"[0-9]+\#(\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(NumOct),
                ),
                rule(
                    r#"(\-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"(\-|\+)?[0-9]+(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(NumInteger),
                ),
                rule(
                    r#"(?-si:[^()<>\[\]{}/% \t\n\r\x0B\x0C])+(?-si:(?=[()<>\[\]{}/% \t\n\r\x0B\x0C]))"#,
                    Token(NameFunction),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
            ],
        ),
        (
            "stringliteral",
            vec![
                rule(r#"[^()\\]+"#, Token(Str)),
                rule(r#"\\"#, TokenThen(StrEscape, Push("escape"))),
                rule(r#"\("#, TokenThen(Str, Push("stringliteral"))),
                rule(r#"\)"#, TokenThen(Str, Pop(1))),
            ],
        ),
        (
            "escape",
            vec![rule(
                r#"[0-8]{3}|n|r|t|b|f|\\|\(|\)"#,
                TokenThen(StrEscape, Pop(1)),
            )],
        ),
    ])
});
