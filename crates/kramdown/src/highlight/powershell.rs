//! Rouge's `powershell` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

const ATTRIBUTES: &[&str] = &[
    "ConfirmImpact",
    "DefaultParameterSetName",
    "HelpURI",
    "PositionalBinding",
    "SupportsPaging",
    "SupportsShouldProcess",
];

/// The language.
pub(crate) static POWERSHELL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "variable",
            vec![
                rule(
                    r#"\$\$|\$\?|\$\^|\$_|\$args|\$ConsoleFileName|\$Error|\$Event|\$EventArgs|\$EventSubscriber|\$ExecutionContext|\$false|\$foreach|\$HOME|\$Host|\$input|\$IsCoreCLR|\$IsLinux|\$IsMacOS|\$IsWindows|\$LastExitCode|\$Matches|\$MyInvocation|\$NestedPromptLevel|\$null|\$PID|\$PROFILE|\$PSBoundParameters|\$PSCmdlet|\$PSCommandPath|\$PSCulture|\$PSDebugContext|\$PSHOME|\$PSItem|\$PSScriptRoot|\$PSSenderInfo|\$PSUICulture|\$PSVersionTable|\$PWD|\$REPORTERRORSHOWEXCEPTIONCLASS|\$REPORTERRORSHOWINNEREXCEPTION|\$REPORTERRORSHOWSOURCE|\$REPORTERRORSHOWSTACKTRACE|\$SENDER|\$ShellId|\$StackTrace|\$switch|\$this|\$true"#,
                    Token(NameBuiltinPseudo),
                ),
                rule(
                    r#"(\$)(?:([a-zA-Z0-9_]+)(:))?([a-zA-Z0-9_]+|\{(?:[^`]|`.)+?\})"#,
                    Groups(&[NameVariable, NameNamespace, Punctuation, NameVariable]),
                ),
                rule(r#"\$[a-zA-Z0-9_]+"#, Token(NameVariable)),
                rule(r#"\$\{(?:[^`]|`.)+?\}"#, Token(NameVariable)),
            ],
        ),
        (
            "multiline",
            vec![
                rule(
                    r#"(?i)\.(?:synopsis|description|parameter|example|inputs|outputs|notes|link|component|role|functionality|forwardhelptargetname|forwardhelpcategory|remotehelprunspace|externalhelp)"#,
                    Token(CommentSpecial),
                ),
                rule(r#"#>"#, TokenThen(CommentMultiline, Pop(1))),
                rule(r#"(?s)[^#.]+?"#, Token(CommentMultiline)),
                rule(r#"[#.]+"#, Token(CommentMultiline)),
            ],
        ),
        (
            "interpol",
            vec![rule(r#"\)"#, TokenThen(StrInterpol, Pop(1))), mixin("root")],
        ),
        (
            "dq",
            vec![
                rule(r#"(?:\$#?)?""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"\$\("#, TokenThen(StrInterpol, Push("interpol"))),
                rule(r#"`$"#, Token(StrEscape)),
                rule(r#"`."#, Token(StrEscape)),
                rule(r#"[^"`$]+"#, Token(StrDouble)),
                mixin("variable"),
            ],
        ),
        (
            "sq",
            vec![
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
                rule(r#"[^']+"#, Token(StrSingle)),
            ],
        ),
        (
            "heredoc",
            vec![
                rule(r#"(?:\$#?)?"@"#, TokenThen(StrHeredoc, Pop(1))),
                rule(r#"\$\("#, TokenThen(StrInterpol, Push("interpol"))),
                rule(r#"`$"#, Token(StrEscape)),
                rule(r#"`."#, Token(StrEscape)),
                rule(r#"(?s)[^"`$]+?"#, Token(StrHeredoc)),
                rule(r#""+"#, Token(StrHeredoc)),
                mixin("variable"),
            ],
        ),
        (
            "class",
            vec![
                rule(r#"\{"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"[a-zA-Z0-9_]+"#, Token(NameClass)),
                rule(r#"[:,]"#, Token(Punctuation)),
            ],
        ),
        (
            "expr",
            vec![
                mixin("comments"),
                rule(r#"""#, TokenThen(StrDouble, Push("dq"))),
                rule(r#"'"#, TokenThen(StrSingle, Push("sq"))),
                rule(r#"@""#, TokenThen(StrHeredoc, Push("heredoc"))),
                rule(r#"(?s)@'.*?'@"#, Token(StrHeredoc)),
                rule(r#"[0-9]*\.[0-9]+"#, Token(NumFloat)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(r#"@\{"#, TokenThen(Punctuation, Push("hasht"))),
                rule(r#"@\("#, TokenThen(Punctuation, Push("array"))),
                rule(r#"\{"#, TokenThen(Punctuation, Push("brace"))),
                rule(r#"\["#, TokenThen(Punctuation, Push("bracket"))),
            ],
        ),
        (
            "hasht",
            vec![
                rule(r#"\}"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"="#, Token(Operator)),
                rule(r#"[,;]"#, Token(Punctuation)),
                mixin("expr"),
                rule(r#"[a-zA-Z0-9_]+"#, Token(NameOther)),
                mixin("variable"),
            ],
        ),
        (
            "array",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[,;]"#, Token(Punctuation)),
                mixin("expr"),
                mixin("variable"),
            ],
        ),
        (
            "brace",
            vec![
                rule(r#"[}]"#, TokenThen(Punctuation, Pop(1))),
                mixin("root"),
            ],
        ),
        (
            "bracket",
            vec![
                rule(r#"\]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[A-Za-z][a-zA-Z0-9_]+\."#, Token(Name)),
                rule(
                    r#"([A-Za-z][a-zA-Z0-9_]+)"#,
                    Custom(|l, m| {
                        if ATTRIBUTES.contains(&m.get(0)) {
                            l.token(NameBuiltinPseudo, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                mixin("root"),
            ],
        ),
        (
            "parameters",
            vec![
                rule(r#"(?s)`."#, Token(StrEscape)),
                rule(r#"[ \t\n\r\x0B\x0C]*?\n"#, TokenThen(Whitespace, Pop(1))),
                rule(r#"[;(){}\]]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[|=]"#, TokenThen(Operator, Pop(1))),
                rule(r#"[/\\~a-zA-Z0-9_][-.:/\\~a-zA-Z0-9_]*"#, Token(NameOther)),
                rule(r#"[a-zA-Z0-9_][-a-zA-Z0-9_]+"#, Token(NameOther)),
                mixin("root"),
            ],
        ),
        (
            "comments",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"#.*"#, Token(Comment)),
                rule(r#"<#"#, TokenThen(CommentMultiline, Push("multiline"))),
            ],
        ),
        (
            "root",
            vec![
                mixin("comments"),
                rule(
                    r#"#requires[ \t\n\r\x0B\x0C]-version [0-9](?:\.[0-9]+)?"#,
                    Token(CommentPreproc),
                ),
                rule(r#"\.\.(?=\.?[0-9])"#, Token(Operator)),
                rule(
                    r#"(?i)(?:-split|-isplit|-csplit|-join|-is|-isnot|-as|-eq|-ieq|-ceq|-ne|-ine|-cne|-gt|-igt|-cgt|-ge|-ige|-cge|-lt|-ilt|-clt|-le|-ile|-cle|-like|-ilike|-clike|-notlike|-inotlike|-cnotlike|-match|-imatch|-cmatch|-notmatch|-inotmatch|-cnotmatch|-contains|-icontains|-ccontains|-notcontains|-inotcontains|-cnotcontains|-replace|-ireplace|-creplace|-shl|-shr|-band|-bor|-bxor|-and|-or|-xor|-not|\+=|-=|\*=|/=|%=)\b"#,
                    Token(Operator),
                ),
                rule(
                    r#"(?i)(class)([ \t\n\r\x0B\x0C]+)([a-zA-Z0-9_]+)"#,
                    GroupsThen(&[KeywordReserved, Whitespace, NameClass], Push("class")),
                ),
                rule(
                    r#"(?i)(function)([ \t\n\r\x0B\x0C]+)(?:([a-zA-Z0-9_]+)(:))?([a-zA-Z0-9_][-a-zA-Z0-9_]+)"#,
                    Groups(&[
                        KeywordReserved,
                        Whitespace,
                        NameNamespace,
                        Punctuation,
                        NameFunction,
                    ]),
                ),
                rule(
                    r#"(?i)(?:assembly|exit|process|base|filter|public|begin|finally|return|break|for|sequence|catch|foreach|static|class|from|switch|command|function|throw|configuration|hidden|trap|continue|if|try|data|in|type|define|inlinescript|until|do|interface|using|dynamicparam|module|var|else|namespace|while|elseif|parallel|workflow|end|param|enum|private)\b(?![-.])"#,
                    Token(KeywordReserved),
                ),
                rule(r#"-{1,2}[a-zA-Z0-9_]+"#, Token(NameTag)),
                rule(
                    r#"(\.)?([-a-zA-Z0-9_]+)(\[)"#,
                    GroupsThen(&[Operator, Name, Punctuation], Push("bracket")),
                ),
                rule(
                    r#"(?i)([/\\~[a-z]][-.:/\\~a-zA-Z0-9_]*)(\n)?"#,
                    GroupsThen(&[Name, Whitespace], Push("parameters")),
                ),
                rule(
                    r#"(\.)([-a-zA-Z0-9_]+)(?:(\()|(\n))?"#,
                    Custom(|l, m| {
                        l.groups(&[Operator, NameFunction, Punctuation, Whitespace], m);
                        if !m.get(3).is_empty() {
                            l.go(Push("parameters"));
                        }
                    }),
                ),
                rule(r#"\?"#, TokenThen(NameFunction, Push("parameters"))),
                mixin("expr"),
                mixin("variable"),
                rule(r#"[-+*/%=!.&|]"#, Token(Operator)),
                rule(r#"[{}(),:;]"#, Token(Punctuation)),
            ],
        ),
    ])
});
