//! Rouge's `perl` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// The `perl` language.
pub(crate) static PERL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "balanced_regex",
            vec![
                rule(
                    r#"(?s)/(\\[\\/]|[^/])*/[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"(?s)!(\\[\\!]|[^!])*![egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"(?s)\\(\\\\|[^\\])*\\[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"\{(\\[\\}]|[^}])*\}[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"<(\\[\\>]|[^>])*>[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"\[(\\[\\\]]|[^\]])*\][egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"\((\\[\\\)]|[^\)])*\)[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"@(\\[\\@]|[^@])*@[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"%(\\[\\%]|[^%])*%[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
                rule(
                    r#"\$(\\[\\\$]|[^\$])*\$[egimosx]*"#,
                    TokenThen(StrRegex, Pop(1)),
                ),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(
                    r#"(?s)^=[a-zA-Z0-9]+[ \t\n\r\x0B\x0C]+.*?\n=cut"#,
                    Token(CommentMultiline),
                ),
                rule(
                    r#"(?:case|continue|do|else|elsif|for|foreach|if|last|my|next|our|redo|reset|then|unless|until|while|use|print|new|BEGIN|CHECK|INIT|END|return)\b"#,
                    Token(Keyword),
                ),
                rule(
                    r#"(format)([ \t\n\r\x0B\x0C]+)([a-zA-Z0-9_]+)([ \t\n\r\x0B\x0C]*)(=)([ \t\n\r\x0B\x0C]*\n)"#,
                    GroupsThen(
                        &[Keyword, Text, Name, Text, Punctuation, Text],
                        Push("format"),
                    ),
                ),
                rule(
                    r#"(?:eq|lt|gt|le|ge|ne|not|and|or|cmp)\b"#,
                    Token(OperatorWord),
                ),
                rule(
                    r#"(?:s|tr|y)\{(\\\\|\\\}|[^}])*\}[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(StrRegex, Push("balanced_regex")),
                ),
                rule(
                    r#"(?:s|tr|y)<(\\\\|\\>|[^>])*>[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(StrRegex, Push("balanced_regex")),
                ),
                rule(
                    r#"(?:s|tr|y)\[(\\\\|\\\]|[^\]])*\][ \t\n\r\x0B\x0C]*"#,
                    TokenThen(StrRegex, Push("balanced_regex")),
                ),
                rule(
                    r#"(?:s|tr|y)\((\\\\|\\\)|[^\)])*\)[ \t\n\r\x0B\x0C]*"#,
                    TokenThen(StrRegex, Push("balanced_regex")),
                ),
                rule(
                    r#"(?s)(?:s|tr|y)[ \t\n\r\x0B\x0C]*([^a-zA-Z0-9_ \t\n\r\x0B\x0C])((\\\\|\\\1)|[^\x{1}])*?\1((\\\\|\\\1)|[^\x{1}])*?\1[msixpodualngcr]*"#,
                    Token(StrRegex),
                ),
                rule(
                    r#"(?s)(?:s|tr|y)[ \t\n\r\x0B\x0C]+([a-zA-Z0-9_])((\\\\|\\\1)|[^\x{1}])*?\1((\\\\|\\\1)|[^\x{1}])*?\1[msixpodualngcr]*"#,
                    Token(StrRegex),
                ),
                rule(r#"m?/(\\\\|\\/|[^/\n])*/[msixpodualngc]*"#, Token(StrRegex)),
                rule(
                    r#"m(?=[/!\\{<\[\(@%\$])"#,
                    TokenThen(StrRegex, Push("balanced_regex")),
                ),
                rule(
                    r#"(?s)m[ \t\n\r\x0B\x0C]*([^a-zA-Z0-9_ \t\n\r\x0B\x0C])((\\\\|\\\1)|[^\x{1}])*?\1[msixpodualngc]*"#,
                    Token(StrRegex),
                ),
                rule(
                    r#"(?s)m[ \t\n\r\x0B\x0C]+([a-zA-Z0-9_])((\\\\|\\\1)|[^\x{1}])*?\1[msixpodualngc]*"#,
                    Token(StrRegex),
                ),
                rule(
                    r#"((?<==~)|(?<=\())[ \t\n\r\x0B\x0C]*/(\\\\|\\/|[^/])*/[msixpodualngc]*"#,
                    TokenThen(StrRegex, Push("balanced_regex")),
                ),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(?i)(?=[a-z_][a-zA-Z0-9_]*([ \t\n\r\x0B\x0C]*#.*\n)*[ \t\n\r\x0B\x0C]*=>)"#,
                    Custom(|l, _m| {
                        l.go(Push("fat_comma"));
                    }),
                ),
                rule(
                    r#"(?:abs|accept|alarm|atan2|bind|binmode|bless|caller|chdir|chmod|chomp|chop|chown|chr|chroot|close|closedir|connect|continue|cos|crypt|dbmclose|dbmopen|defined|delete|die|dump|each|endgrent|endhostent|endnetent|endprotoent|endpwent|endservent|eof|eval|exec|exists|exit|exp|fcntl|fileno|flock|fork|format|formline|getc|getgrent|getgrgid|getgrnam|gethostbyaddr|gethostbyname|gethostent|getlogin|getnetbyaddr|getnetbyname|getnetent|getpeername|getpgrp|getppid|getpriority|getprotobyname|getprotobynumber|getprotoent|getpwent|getpwnam|getpwuid|getservbyname|getservbyport|getservent|getsockname|getsockopt|glob|gmtime|goto|grep|hex|import|index|int|ioctl|join|keys|kill|last|lc|lcfirst|length|link|listen|local|localtime|log|lstat|map|mkdir|msgctl|msgget|msgrcv|msgsnd|my|next|no|oct|open|opendir|ord|our|pack|package|pipe|pop|pos|printf|prototype|push|quotemeta|rand|read|readdir|readline|readlink|readpipe|recv|redo|ref|rename|require|reverse|rewinddir|rindex|rmdir|scalar|seek|seekdir|select|semctl|semget|semop|send|setgrent|sethostent|setnetent|setpgrp|setpriority|setprotoent|setpwent|setservent|setsockopt|shift|shmctl|shmget|shmread|shmwrite|shutdown|sin|sleep|socket|socketpair|sort|splice|split|sprintf|sqrt|srand|stat|study|substr|symlink|syscall|sysopen|sysread|sysseek|system|syswrite|tell|telldir|tie|tied|time|times|tr|truncate|uc|ucfirst|umask|undef|unlink|unpack|unshift|untie|utime|values|vec|wait|waitpid|wantarray|warn|write)\b"#,
                    Token(NameBuiltin),
                ),
                rule(
                    r#"((__(DIE|WARN)__)|(DATA|STD(IN|OUT|ERR)))\b"#,
                    Token(NameBuiltinPseudo),
                ),
                rule(
                    r#"(?s)<<(['"]?)([a-zA-Z_][a-zA-Z0-9_]*)\1;?\n.*?\n\2\n"#,
                    Token(Str),
                ),
                rule(
                    r#"(__(END|DATA)__)\b"#,
                    TokenThen(CommentPreproc, Push("end_part")),
                ),
                rule(r#"\$\^[ADEFHILMOPSTWX]"#, Token(NameVariableGlobal)),
                rule(
                    r#"\$[\\"'\[\]\&`+*.,;=%\~?@$!<>(^\|/_-](?![a-zA-Z0-9_])"#,
                    Token(NameVariableGlobal),
                ),
                rule(
                    r#"(?i)[$@%\&*][$@%\&*#_]*(?=[a-z{\[;])"#,
                    TokenThen(NameVariable, Push("varname")),
                ),
                rule(r#"[-+/*%=<>\&^\|!\\\~]=?"#, Token(Operator)),
                rule(r#"0_?[0-7]+(_[0-7]+)*"#, Token(NumOct)),
                rule(r#"0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*"#, Token(NumHex)),
                rule(r#"0b[01]+(_[01]+)*"#, Token(NumBin)),
                rule(
                    r#"(?i)([0-9]*(_[0-9]*)*\.[0-9]+(_[0-9]*)*|[0-9]+(_[0-9]*)*\.[0-9]+(_[0-9]*)*)(e[+-]?[0-9]+)?"#,
                    Token(NumFloat),
                ),
                rule(
                    r#"(?i)[0-9]+(_[0-9]*)*e[+-]?[0-9]+(_[0-9]*)*"#,
                    Token(NumFloat),
                ),
                rule(r#"[0-9]+(_[0-9]+)*"#, Token(NumInteger)),
                rule(r#"'"#, TokenThen(Punctuation, Push("sq"))),
                rule(r#"""#, TokenThen(Punctuation, Push("dq"))),
                rule(r#"`"#, TokenThen(Punctuation, Push("bq"))),
                rule(r#"<([^ \t\n\r\x0B\x0C>]+)>"#, Token(StrRegex)),
                rule(
                    r#"(q|qq|qw|qr|qx)\{"#,
                    TokenThen(StrOther, Push("cb_string")),
                ),
                rule(
                    r#"(q|qq|qw|qr|qx)\("#,
                    TokenThen(StrOther, Push("rb_string")),
                ),
                rule(
                    r#"(q|qq|qw|qr|qx)\["#,
                    TokenThen(StrOther, Push("sb_string")),
                ),
                rule(
                    r#"(q|qq|qw|qr|qx)<"#,
                    TokenThen(StrOther, Push("lt_string")),
                ),
                rule(
                    r#"(q|qq|qw|qr|qx)([^a-zA-Z0-9_])(.|\n)*?\2"#,
                    Token(StrOther),
                ),
                rule(
                    r#"package[ \t\n\r\x0B\x0C]+"#,
                    TokenThen(Keyword, Push("modulename")),
                ),
                rule(
                    r#"sub[ \t\n\r\x0B\x0C]+"#,
                    TokenThen(Keyword, Push("funcname")),
                ),
                rule(
                    r#"\[\]|\*\*|::|<<|>>|>=|<=|<=>|={3}|!=|=~|!~|&&?|\|\||\.{1,3}"#,
                    Token(Operator),
                ),
                rule(r#"[()\[\]:;,<>/?{}]"#, Token(Punctuation)),
                rule(
                    r#"(?=[a-zA-Z0-9_])"#,
                    Custom(|l, _m| {
                        l.go(Push("name"));
                    }),
                ),
            ],
        ),
        (
            "format",
            vec![
                rule(r#"\.\n"#, TokenThen(StrInterpol, Pop(1))),
                rule(r#".*?\n"#, Token(StrInterpol)),
            ],
        ),
        (
            "fat_comma",
            vec![
                rule(r#"#.*"#, Token(CommentSingle)),
                rule(r#"[a-zA-Z0-9_]+"#, Token(Str)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"=>"#, TokenThen(Operator, Pop(1))),
            ],
        ),
        (
            "name_common",
            vec![
                rule(r#"[a-zA-Z0-9_]+::"#, Token(NameNamespace)),
                rule(r#"[a-zA-Z0-9_:]+"#, TokenThen(NameVariable, Pop(1))),
            ],
        ),
        (
            "varname",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"[{\[]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[),]"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[;]"#, TokenThen(Punctuation, Pop(1))),
                mixin("name_common"),
            ],
        ),
        (
            "name",
            vec![
                mixin("name_common"),
                rule(
                    r#"[A-Z_]+(?=[^a-zA-Z0-9_])"#,
                    TokenThen(NameConstant, Pop(1)),
                ),
                rule(
                    r#"(?=[^a-zA-Z0-9_])"#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "modulename",
            vec![rule(
                r#"(?i)[a-z_][a-zA-Z0-9_]*"#,
                TokenThen(NameNamespace, Pop(1)),
            )],
        ),
        (
            "funcname",
            vec![
                rule(r#"[a-zA-Z_][a-zA-Z0-9_]*[!?]?"#, Token(NameFunction)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(\([$@%]*\))([ \t\n\r\x0B\x0C]*)"#,
                    Groups(&[Punctuation, Text]),
                ),
                rule(r#".*?\{"#, TokenThen(Punctuation, Pop(1))),
                rule(r#";"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "sq",
            vec![
                rule(r#"\\[\\']"#, Token(StrEscape)),
                rule(r#"[^\\']+"#, Token(StrSingle)),
                rule(r#"'"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\\"#, Token(StrSingle)),
            ],
        ),
        (
            "dq",
            vec![
                mixin("string_intp"),
                rule(r#"\\[\\tnrabefluLUE"$@]"#, Token(StrEscape)),
                rule(r#"\\0[0-9]{2}"#, Token(StrEscape)),
                rule(r#"\\o\{[0-9]+\}"#, Token(StrEscape)),
                rule(r#"\\x[0-9a-fA-F]{2}"#, Token(StrEscape)),
                rule(r#"\\x\{[0-9a-fA-F]+\}"#, Token(StrEscape)),
                rule(r#"\\c."#, Token(StrEscape)),
                rule(r#"\\N\{[^\}]+\}"#, Token(StrEscape)),
                rule(r#"[^\\"]+?"#, Token(StrDouble)),
                rule(r#"""#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\\"#, Token(StrEscape)),
            ],
        ),
        (
            "bq",
            vec![
                mixin("string_intp"),
                rule(r#"\\[\\tnr`]"#, Token(StrEscape)),
                rule(r#"[^\\`]+?"#, Token(StrBacktick)),
                rule(r#"`"#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "cb_string",
            vec![
                rule(r#"\\[\{\}\\]"#, Token(StrOther)),
                rule(r#"\\"#, Token(StrOther)),
                rule(r#"\{"#, TokenThen(StrOther, PushSelf)),
                rule(r#"\}"#, TokenThen(StrOther, Pop(1))),
                rule(r#"[^\{\}\\]+"#, Token(StrOther)),
            ],
        ),
        (
            "rb_string",
            vec![
                rule(r#"\\[\(\)\\]"#, Token(StrOther)),
                rule(r#"\\"#, Token(StrOther)),
                rule(r#"\("#, TokenThen(StrOther, PushSelf)),
                rule(r#"\)"#, TokenThen(StrOther, Pop(1))),
                rule(r#"[^\(\)\\]+"#, Token(StrOther)),
            ],
        ),
        (
            "sb_string",
            vec![
                rule(r#"\\[\[\]\\]"#, Token(StrOther)),
                rule(r#"\\"#, Token(StrOther)),
                rule(r#"\["#, TokenThen(StrOther, PushSelf)),
                rule(r#"\]"#, TokenThen(StrOther, Pop(1))),
                rule(r#"[^\[\]\\]+"#, Token(StrOther)),
            ],
        ),
        (
            "lt_string",
            vec![
                rule(r#"\\[<>\\]"#, Token(StrOther)),
                rule(r#"\\"#, Token(StrOther)),
                rule(r#"<"#, TokenThen(StrOther, PushSelf)),
                rule(r#">"#, TokenThen(StrOther, Pop(1))),
                rule(r#"[^<>\\]+"#, Token(StrOther)),
            ],
        ),
        (
            "in_interp",
            vec![
                rule(r#"\}"#, TokenThen(StrInterpol, Pop(1))),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"(?i)[a-z_][a-zA-Z0-9_]*"#, Token(StrInterpol)),
            ],
        ),
        (
            "string_intp",
            vec![
                rule(r#"[$@][{]"#, TokenThen(StrInterpol, Push("in_interp"))),
                rule(r#"(?i)[$@][a-z_][a-zA-Z0-9_]*"#, Token(StrInterpol)),
            ],
        ),
        (
            "end_part",
            vec![rule(r#"(?s).+"#, TokenThen(CommentPreproc, Pop(1)))],
        ),
    ])
});
