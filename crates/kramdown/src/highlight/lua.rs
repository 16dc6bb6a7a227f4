//! Rouge's `lua` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, mixin, rule};
use super::token::Tok::*;

/// Lua's builtin functions by module (Rouge's `lua/keywords.rb`), each list sorted.
pub(crate) const BUILTIN_MODULES: &[(&str, &[&str])] = &[
    (
        "basic",
        &[
            "_g",
            "_version",
            "assert",
            "collectgarbage",
            "dofile",
            "error",
            "file:close",
            "file:flush",
            "file:lines",
            "file:read",
            "file:seek",
            "file:setvbuf",
            "file:write",
            "getmetatable",
            "ipairs",
            "load",
            "loadfile",
            "lua_cpath",
            "lua_cpath_5_3",
            "lua_errerr",
            "lua_errfile",
            "lua_errgcmm",
            "lua_errmem",
            "lua_errrun",
            "lua_errsyntax",
            "lua_hookcall",
            "lua_hookcount",
            "lua_hookline",
            "lua_hookret",
            "lua_hooktailcall",
            "lua_init",
            "lua_init_5_3",
            "lua_maskcall",
            "lua_maskcount",
            "lua_maskline",
            "lua_maskret",
            "lua_maxinteger",
            "lua_mininteger",
            "lua_minstack",
            "lua_multret",
            "lua_noref",
            "lua_ok",
            "lua_opadd",
            "lua_opband",
            "lua_opbnot",
            "lua_opbor",
            "lua_opbxor",
            "lua_opdiv",
            "lua_opeq",
            "lua_opidiv",
            "lua_ople",
            "lua_oplt",
            "lua_opmod",
            "lua_opmul",
            "lua_oppow",
            "lua_opshl",
            "lua_opshr",
            "lua_opsub",
            "lua_opunm",
            "lua_path",
            "lua_path_5_3",
            "lua_refnil",
            "lua_registryindex",
            "lua_ridx_globals",
            "lua_ridx_mainthread",
            "lua_tboolean",
            "lua_tfunction",
            "lua_tlightuserdata",
            "lua_tnil",
            "lua_tnone",
            "lua_tnumber",
            "lua_tstring",
            "lua_ttable",
            "lua_tthread",
            "lua_tuserdata",
            "lua_use_apicheck",
            "lua_yield",
            "lual_buffersize",
            "luaopen_base",
            "luaopen_coroutine",
            "luaopen_debug",
            "luaopen_io",
            "luaopen_math",
            "luaopen_os",
            "luaopen_package",
            "luaopen_string",
            "luaopen_table",
            "luaopen_utf8",
            "next",
            "pairs",
            "pcall",
            "print",
            "rawequal",
            "rawget",
            "rawlen",
            "rawset",
            "select",
            "setmetatable",
            "tonumber",
            "tostring",
            "type",
            "xpcall",
        ],
    ),
    (
        "modules",
        &[
            "package.config",
            "package.cpath",
            "package.loaded",
            "package.loadlib",
            "package.path",
            "package.preload",
            "package.searchers",
            "package.searchpath",
            "require",
        ],
    ),
    (
        "coroutine",
        &[
            "coroutine.create",
            "coroutine.isyieldable",
            "coroutine.resume",
            "coroutine.running",
            "coroutine.status",
            "coroutine.wrap",
            "coroutine.yield",
        ],
    ),
    (
        "debug",
        &[
            "debug.debug",
            "debug.gethook",
            "debug.getinfo",
            "debug.getlocal",
            "debug.getmetatable",
            "debug.getregistry",
            "debug.getupvalue",
            "debug.getuservalue",
            "debug.sethook",
            "debug.setlocal",
            "debug.setmetatable",
            "debug.setupvalue",
            "debug.setuservalue",
            "debug.traceback",
            "debug.upvalueid",
            "debug.upvaluejoin",
        ],
    ),
    (
        "io",
        &[
            "io.close",
            "io.flush",
            "io.input",
            "io.lines",
            "io.open",
            "io.output",
            "io.popen",
            "io.read",
            "io.stderr",
            "io.stdin",
            "io.stdout",
            "io.tmpfile",
            "io.type",
            "io.write",
        ],
    ),
    (
        "math",
        &[
            "math.abs",
            "math.acos",
            "math.asin",
            "math.atan",
            "math.ceil",
            "math.cos",
            "math.deg",
            "math.exp",
            "math.floor",
            "math.fmod",
            "math.huge",
            "math.log",
            "math.max",
            "math.maxinteger",
            "math.min",
            "math.mininteger",
            "math.modf",
            "math.pi",
            "math.rad",
            "math.random",
            "math.randomseed",
            "math.sin",
            "math.sqrt",
            "math.tan",
            "math.tointeger",
            "math.type",
            "math.ult",
        ],
    ),
    (
        "os",
        &[
            "os.clock",
            "os.date",
            "os.difftime",
            "os.execute",
            "os.exit",
            "os.getenv",
            "os.remove",
            "os.rename",
            "os.setlocale",
            "os.time",
            "os.tmpname",
        ],
    ),
    (
        "string",
        &[
            "string.byte",
            "string.char",
            "string.dump",
            "string.find",
            "string.format",
            "string.gmatch",
            "string.gsub",
            "string.len",
            "string.lower",
            "string.match",
            "string.pack",
            "string.packsize",
            "string.rep",
            "string.reverse",
            "string.sub",
            "string.unpack",
            "string.upper",
        ],
    ),
    (
        "table",
        &[
            "table.concat",
            "table.insert",
            "table.move",
            "table.pack",
            "table.remove",
            "table.sort",
            "table.unpack",
        ],
    ),
    (
        "utf8",
        &[
            "utf8.char",
            "utf8.charpattern",
            "utf8.codepoint",
            "utf8.codes",
            "utf8.len",
            "utf8.offset",
        ],
    ),
];

/// Every builtin function of every Lua module, sorted.  Rouge's Lua lexer
/// reads its `function_highlighting` and `disabled_modules` options by symbol
/// where `find_fancy` gives strings, so they never take effect there.
pub(crate) static BUILTINS_ALL: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| super::all_words(BUILTIN_MODULES));

/// The `lua` language.
pub(crate) static LUA: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"#!(.*?)$"#, Token(CommentPreproc)),
                rule(r#""#, TokenThen(Text, Push("base"))),
            ],
        ),
        (
            "base",
            vec![
                rule(r#"(?s)--\[(=*)\[.*?\]\1\]"#, Token(CommentMultiline)),
                rule(r#"--.*$"#, Token(CommentSingle)),
                rule(
                    r#"(?i)([0-9]*\.[0-9]+|[0-9]+\.[0-9]*)(e[+-]?[0-9]+)?'"#,
                    Token(NumFloat),
                ),
                rule(r#"(?i)[0-9]+e[+-]?[0-9]+"#, Token(NumFloat)),
                rule(r#"(?i)0x[0-9a-f]*"#, Token(NumHex)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(r#"\n"#, Token(Text)),
                rule(r#"[^[^ \t\n\r\x0B\x0C]\n]"#, Token(Text)),
                rule(r#"(?s)\[(=*)\[.*?\]\1\]"#, Token(Str)),
                rule(
                    r#"(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])"#,
                    Token(Operator),
                ),
                rule(r#"[\[\]\{\}\(\)\.,:;]"#, Token(Punctuation)),
                rule(r#"(and|or|not)\b"#, Token(OperatorWord)),
                rule(
                    r#"(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b"#,
                    Token(Keyword),
                ),
                rule(r#"(local)\b"#, Token(KeywordDeclaration)),
                rule(r#"(true|false|nil)\b"#, Token(KeywordConstant)),
                rule(r#"(function)\b"#, TokenThen(Keyword, Push("function_name"))),
                rule(
                    r#"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?"#,
                    Custom(|l, m| {
                        let name = m.get(0);
                        if name == "gsub" {
                            l.token(NameBuiltin, name);
                            l.go(Push("gsub"));
                        } else if BUILTINS_ALL.binary_search(&name).is_ok() {
                            l.token(NameBuiltin, name);
                        } else if let Some((a, b)) = name.split_once('.') {
                            l.token(Name, a);
                            l.token(Punctuation, ".");
                            l.token(Name, b);
                        } else {
                            l.token(Name, name);
                        }
                    }),
                ),
                rule(r#"'"#, TokenThen(StrSingle, Push("escape_sqs"))),
                rule(r#"""#, TokenThen(StrDouble, Push("escape_dqs"))),
            ],
        ),
        (
            "function_name",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(
                    r#"(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)"#,
                    GroupsThen(&[NameClass, Punctuation, NameFunction], Pop(1)),
                ),
                rule(r#"\("#, TokenThen(Punctuation, Pop(1))),
            ],
        ),
        (
            "gsub",
            vec![
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"[(,]"#, Token(Punctuation)),
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"""#, TokenThen(StrRegex, Push("regex"))),
            ],
        ),
        (
            "regex",
            vec![
                rule(r#"""#, TokenThen(StrRegex, Goto("regex_end"))),
                rule(r#"\[\^?"#, TokenThen(StrEscape, Push("regex_group"))),
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"[(][?][:=<!]"#, Token(StrEscape)),
                rule(r#"[{][0-9,]+[}]"#, Token(StrEscape)),
                rule(r#"[()?]"#, Token(StrEscape)),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
        (
            "regex_end",
            vec![
                rule(r#"[$]+"#, TokenThen(StrRegex, Pop(1))),
                rule(
                    r#""#,
                    Custom(|l, _m| {
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
        (
            "regex_group",
            vec![
                rule(r#"/"#, Token(StrEscape)),
                rule(r#"\]"#, TokenThen(StrEscape, Pop(1))),
                rule(r#"(\\)(.)"#, Groups(&[StrEscape, StrRegex])),
                rule(r#"."#, Token(StrRegex)),
            ],
        ),
        ("escape_sqs", vec![mixin("string_escape"), mixin("sqs")]),
        ("escape_dqs", vec![mixin("string_escape"), mixin("dqs")]),
        (
            "string_escape",
            vec![rule(r#"\\([abfnrtv\\"']|[0-9]{1,3})"#, Token(StrEscape))],
        ),
        (
            "sqs",
            vec![
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
                rule(r#"[^']+"#, Token(StrSingle)),
            ],
        ),
        (
            "dqs",
            vec![
                rule(r#"""#, TokenThen(StrDouble, Pop(1))),
                rule(r#"[^"]+"#, Token(StrDouble)),
            ],
        ),
    ])
});
