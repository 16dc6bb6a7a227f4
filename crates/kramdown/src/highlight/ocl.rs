//! Rouge's `ocl` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const OPERATORS: &[&str] = &["and", "implies", "not", "or", "xor"];
const KEYWORDS: &[&str] = &[
    "body",
    "context",
    "def",
    "derive",
    "else",
    "endif",
    "endpackage",
    "if",
    "import",
    "in",
    "init",
    "inv",
    "let",
    "package",
    "post",
    "pre",
    "then",
];
const FUNCTIONS: &[&str] = &[
    "allInstances",
    "any",
    "append",
    "asBag",
    "asOrderedSet",
    "asSequence",
    "asSet",
    "at",
    "average",
    "characters",
    "closure",
    "collect",
    "collectNested",
    "concat",
    "conformsTo",
    "count",
    "div",
    "equalsIgnoreCase",
    "excludes",
    "excludesAll",
    "excluding",
    "exists",
    "first",
    "flatten",
    "floor",
    "forAll",
    "hasReturned",
    "includes",
    "includesAll",
    "including",
    "indexOf",
    "insertAt",
    "intersection",
    "isEmpty",
    "isOperationCallabs",
    "isSignalSent",
    "isUnique",
    "iterate",
    "last",
    "max",
    "min",
    "mod",
    "notEmpty",
    "oclAsSet",
    "oclAsType",
    "oclInState",
    "oclIsInvalid",
    "oclIsKindOf",
    "oclIsNew",
    "oclIsTypeOf",
    "oclIsUndefined",
    "oclLocale",
    "oclType",
    "one",
    "prepend",
    "product",
    "reject",
    "result",
    "reverse",
    "round",
    "select",
    "selectByKind",
    "selectByType",
    "size",
    "sortedBy",
    "subOrderedSet",
    "subSequence",
    "substring",
    "sum",
    "symmetricDifferencecount",
    "toBoolean",
    "toInteger",
    "toLowerCase",
    "toReal",
    "toString",
    "toUpperCase",
    "union",
];
const BUILTINS: &[&str] = &["@pre", "false", "invalid", "null", "result", "self", "true"];
const KEYWORDS_TYPE: &[&str] = &[
    "Bag",
    "Boolean",
    "Collection",
    "Integer",
    "OclInvalid",
    "OclMessage",
    "OclState",
    "OclVoid",
    "OrderedSet",
    "Real",
    "Sequence",
    "Set",
    "String",
    "Tuple",
    "TupleType",
    "UnlimitedNatural",
];

/// The `ocl` language.
pub(crate) static OCL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "single_string",
            vec![
                rule(r#"\\."#, Token(StrEscape)),
                rule(r#"'"#, TokenThen(StrSingle, Pop(1))),
                rule(r#"[^\\']+"#, Token(StrSingle)),
            ],
        ),
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Text)),
                rule(r#"--.*"#, Token(CommentSingle)),
                rule(r#"[0-9]+"#, Token(NumInteger)),
                rule(r#"'"#, TokenThen(StrSingle, Push("single_string"))),
                rule(r#"[->|+*/<>=\~!@#%\&|?^-]"#, Token(Operator)),
                rule(r#"[;:()\[\],.]"#, Token(Punctuation)),
                rule(
                    r#"[a-zA-Z0-9_][a-zA-Z0-9_0-9]*"#,
                    Custom(|l, m| {
                        if has(OPERATORS, m.get(0)) {
                            l.token(Operator, m.get(0));
                        } else if has(KEYWORDS_TYPE, m.get(0)) {
                            l.token(KeywordDeclaration, m.get(0));
                        } else if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else if has(BUILTINS, m.get(0)) {
                            l.token(NameBuiltin, m.get(0));
                        } else if has(FUNCTIONS, m.get(0)) {
                            l.token(NameFunction, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
