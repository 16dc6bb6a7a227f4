//! Rouge's `ghc-cmm` lexer (ghc-cmm, cmm: GHC's C--).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::{self, *};

const WS: &str = r"(?s:\s|//.*?\n|/[*](?:[^*]|(?:[*][^/]))*[*]+/)";
const ID: &str = r"(?:(?!\#[a-zA-Z])[\w\#\$%_']+)";
const COMPLEX_ID: &str = r"(?:(?:[\w#$%_']|\(\)|\(,\)|\[\]|[0-9])*(?:[\w#$%_']+))";

/// Yields each group: a token type, or `None` to lex the group as Cmm afresh.
fn parts(l: &mut Lexer<'_>, m: &Match<'_>, toks: &[Option<Tok>]) {
    for (i, t) in toks.iter().enumerate() {
        match t {
            Some(t) => l.token(*t, m.get(i + 1)),
            None => l.recurse(m.get(i + 1)),
        }
    }
}

/// The language.
pub(crate) static GHC_CMM: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rf(r"\s+", "m", Token(Text)),
                r("^=====.*=====$", Token(GenericHeading)),
                r(
                    r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}\.\d+ UTC$",
                    Token(CommentSingle),
                ),
                mixin("detect_section"),
                mixin("preprocessor_macros"),
                mixin("info_tbls"),
                mixin("comments"),
                mixin("literals"),
                mixin("keywords"),
                mixin("types"),
                mixin("infos"),
                mixin("names"),
                mixin("operators"),
                r(r"\\\n", Token(Text)),
                r(".", Token(Text)),
            ],
        ),
        (
            "detect_section",
            vec![r(
                r"(section)(\s+)",
                GroupsThen(&[Keyword, Text], Push("section")),
            )],
        ),
        (
            "section",
            vec![
                r(
                    r#""(data|cstring|text|rodata|relrodata|bss)""#,
                    Token(NameBuiltin),
                ),
                r("{", TokenThen(Punctuation, Pop(1))),
                mixin("names"),
                mixin("operators"),
                mixin("keywords"),
                r(r"\s+", Token(Text)),
            ],
        ),
        (
            "preprocessor_macros",
            vec![
                r("#(include|endif|else|if)", Token(CommentPreproc)),
                rf(
                    &format!(
                        r"
            (\#define)
            ({WS}*)
            ({ID})
          "
                    ),
                    "mx",
                    Custom(|l, m| parts(l, m, &[Some(CommentPreproc), None, Some(NameLabel)])),
                ),
            ],
        ),
        (
            "info_tbls",
            vec![r(
                "({ )(info_tbls)(:)",
                GroupsThen(
                    &[Punctuation, NameEntity, Punctuation],
                    Push("info_tbls_body"),
                ),
            )],
        ),
        (
            "info_tbls_body",
            vec![
                r("}", TokenThen(Punctuation, Pop(1))),
                r("{", TokenThen(Punctuation, Push("info_tbls_body"))),
                r("(?=label:)", Custom(|l, _| l.go(Push("label")))),
                rf(
                    &format!(r"(\()({COMPLEX_ID})(,)"),
                    "mx",
                    Groups(&[Punctuation, NameLabel, Punctuation]),
                ),
                mixin("literals"),
                mixin("infos"),
                mixin("keywords"),
                mixin("operators"),
                r(ID, Token(Text)),
                r(r"\s+", Token(Text)),
            ],
        ),
        (
            "label",
            vec![
                mixin("infos"),
                mixin("names"),
                mixin("keywords"),
                mixin("operators"),
                r(r"[^\S\n]+", Token(Text)),
                r(r"\n", TokenThen(Text, Pop(1))),
            ],
        ),
        (
            "comments",
            vec![
                r(r"\/{2}.*", Token(CommentSingle)),
                r(r"\(likely.*?\)", Token(Comment)),
                rf(r"\/\*.*?\*\/", "m", Token(CommentMultiline)),
            ],
        ),
        (
            "literals",
            vec![
                r(r"-?[0-9]+\.[0-9]+", Token(NumFloat)),
                r("-?[0-9]+", Token(NumInteger)),
                r("\"", TokenThen(StrDelimiter, Push("literal_string"))),
            ],
        ),
        (
            "literal_string",
            vec![
                r(r"\\.", Token(StrEscape)),
                r("%.", Token(StrSymbol)),
                r("\"", TokenThen(StrDelimiter, Pop(1))),
                r(".", Token(Str)),
            ],
        ),
        (
            "operators",
            vec![
                r(r"\.\.", Token(Operator)),
                r(r"[+\-*\/<>=!&|~]", Token(Operator)),
                r(r"[\[\].{}:;,()]", Token(Punctuation)),
            ],
        ),
        (
            "keywords",
            vec![
                r(r"(const)(\s+)", Groups(&[KeywordConstant, Text])),
                r("\"", Token(StrDouble)),
                r(
                    "(switch)([^{]*)({)",
                    Custom(|l, m| parts(l, m, &[Some(Keyword), None, Some(Punctuation)])),
                ),
                r(
                    &format!("(arg|result)({WS}+)(hints)(:)"),
                    Custom(|l, m| {
                        parts(
                            l,
                            m,
                            &[
                                Some(NameProperty),
                                None,
                                Some(NameProperty),
                                Some(Punctuation),
                            ],
                        );
                    }),
                ),
                r(
                    &format!("(returns)({WS}*)(to)"),
                    Custom(|l, m| parts(l, m, &[Some(Keyword), None, Some(Keyword)])),
                ),
                r(
                    &format!("(never)({WS}*)(returns)"),
                    Custom(|l, m| parts(l, m, &[Some(Keyword), None, Some(Keyword)])),
                ),
                r(
                    &format!(r"(return)({WS}*)(\()"),
                    Custom(|l, m| parts(l, m, &[Some(Keyword), None, Some(Punctuation)])),
                ),
                r(
                    &format!(
                        "(if|else|goto|call|offset|import|jump|ccall|foreign|prim|case|unwind|export|reserve|push)({WS})"
                    ),
                    Custom(|l, m| parts(l, m, &[Some(Keyword), None])),
                ),
                r(
                    &format!("(default)({WS}*)(:)"),
                    Custom(|l, m| parts(l, m, &[Some(Keyword), None, Some(Punctuation)])),
                ),
            ],
        ),
        (
            "types",
            vec![
                r(&format!(r"({ID})(?=\[[^\]])"), Groups(&[KeywordType])),
                r(&format!(r"({ID}\[\])"), Groups(&[KeywordType])),
                rf(
                    &format!(
                        r"
                (^{ID})
                ({WS}+)
                ({ID})
                ({WS}*)
                (\()
              "
                    ),
                    "mx",
                    Custom(|l, m| {
                        parts(
                            l,
                            m,
                            &[
                                Some(NameLabel),
                                None,
                                Some(NameFunction),
                                None,
                                Some(Punctuation),
                            ],
                        );
                    }),
                ),
                rf(
                    &format!(
                        r"
                (^{ID})
                ({WS}+)
                ({ID})
              "
                    ),
                    "mx",
                    Custom(|l, m| parts(l, m, &[Some(KeywordType), None, Some(NameLabel)])),
                ),
            ],
        ),
        (
            "infos",
            vec![
                r(
                    "(args|res|upd|label|rep|srt|arity|fun_type|arg_space|updfr_space)(:)",
                    Groups(&[NameProperty, Punctuation]),
                ),
                r("(stack_info)(:)", Groups(&[NameEntity, Punctuation])),
            ],
        ),
        (
            "names",
            vec![
                r(
                    &format!(r"(::)({WS}*)([A-Z]\w+)"),
                    Custom(|l, m| parts(l, m, &[Some(Operator), None, Some(KeywordType)])),
                ),
                r(&format!("<({ID})>"), Token(NameBuiltin)),
                r(
                    &format!(
                        r"(Sp|SpLim|Hp|HpLim|HpAlloc|BaseReg|CurrentNursery|CurrentTSO|R\d{{1,2}}|gcptr)(?!{ID})"
                    ),
                    Token(NameVariableGlobal),
                ),
                r(
                    &format!(r"([A-Z]{ID})(\.)"),
                    GroupsThen(&[NameNamespace, Punctuation], Push("namespace_name")),
                ),
                r(
                    &format!("(`)({ID})(`)"),
                    Groups(&[Punctuation, NameFunction, Punctuation]),
                ),
                rf(
                    &format!(
                        r"(?=
                  {COMPLEX_ID}
             {WS}*
                  [\{{\(]
                )"
                    ),
                    "mx",
                    Custom(|l, _| l.go(Push("function"))),
                ),
                r("CLOSURE", Token(KeywordType)),
                r(COMPLEX_ID, Token(NameLabel)),
            ],
        ),
        (
            "namespace_name",
            vec![
                r(
                    &format!(r"([A-Z]{ID})(\.)"),
                    Groups(&[NameNamespace, Punctuation]),
                ),
                rf(
                    &format!(r"({COMPLEX_ID})({WS}*)([\{{\(])"),
                    "mx",
                    Custom(|l, m| {
                        parts(l, m, &[Some(NameFunction), None, Some(Punctuation)]);
                        l.go(Pop(1));
                    }),
                ),
                r(COMPLEX_ID, TokenThen(NameLabel, Pop(1))),
                rf("(?=.)", "m", Custom(|l, _| l.go(Pop(1)))),
            ],
        ),
        (
            "function",
            vec![
                r(
                    "INFO_TABLE_FUN|INFO_TABLE_CONSTR|INFO_TABLE_SELECTOR|INFO_TABLE_RET|INFO_TABLE",
                    Token(NameBuiltin),
                ),
                r(&format!("%{ID}"), Token(NameBuiltin)),
                r(COMPLEX_ID, Token(NameFunction)),
                r(r"\s+", Token(Text)),
                r("[({]", TokenThen(Punctuation, Pop(1))),
                mixin("comments"),
            ],
        ),
    ])
});
