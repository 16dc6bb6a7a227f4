//! Rouge's `opentype_feature_file` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Next::*, rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "Ascender",
    "Attach",
    "AxisValue",
    "CapHeight",
    "CaretOffset",
    "CodePageRange",
    "Descender",
    "DesignAxis",
    "ElidableAxisValueName",
    "ElidedFallbackName",
    "ElidedFallbackNameID",
    "FSType",
    "FeatUILabelNameID",
    "FeatUITooltipTextNameID",
    "FontRevision",
    "GlyphClassDef",
    "HorizAxis.BaseScriptList",
    "HorizAxis.BaseTagList",
    "HorizAxis.MinMax",
    "IgnoreBaseGlyphs",
    "IgnoreLigatures",
    "IgnoreMarks",
    "LigatureCaretByDev",
    "LigatureCaretByIndex",
    "LigatureCaretByPos",
    "LineGap",
    "MarkAttachClass",
    "MarkAttachmentType",
    "NULL",
    "OlderSiblingFontAttribute",
    "Panose",
    "ParamUILabelNameID",
    "RightToLeft",
    "SampleTextNameID",
    "TypoAscender",
    "TypoDescender",
    "TypoLineGap",
    "UnicodeRange",
    "UseMarkFilteringSet",
    "Vendor",
    "VertAdvanceY",
    "VertAxis.BaseScriptList",
    "VertAxis.BaseTagList",
    "VertAxis.MinMax",
    "VertOriginY",
    "VertTypoAscender",
    "VertTypoDescender",
    "VertTypoLineGap",
    "WeightClass",
    "WidthClass",
    "XHeight",
    "anchor",
    "anchorDef",
    "anon",
    "anonymous",
    "by",
    "contour",
    "cursive",
    "device",
    "enum",
    "enumerate",
    "exclude_dflt",
    "feature",
    "featureNames",
    "flag",
    "from",
    "ignore",
    "include",
    "include_dflt",
    "language",
    "languagesystem",
    "location",
    "lookup",
    "lookupflag",
    "mark",
    "markClass",
    "name",
    "nameid",
    "parameters",
    "pos",
    "position",
    "required",
    "reversesub",
    "rsub",
    "script",
    "sizemenuname",
    "sub",
    "substitute",
    "subtable",
    "table",
    "useExtension",
    "valueRecordDef",
    "winAscent",
    "winDescent",
];

/// The `opentype_feature_file` language.
pub(crate) static OPENTYPE_FEATURE_FILE: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                rule(r#"(?s)[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"#.*$"#, Token(Comment)),
                rule(
                    r#"(anonymous|anon|feature|lookup|table)((?:[ \t\n\r\x0B\x0C])+)"#,
                    GroupsThen(&[Keyword, Text], Push("featurename")),
                ),
                rule(
                    r#"(\})((?:[ \t\n\r\x0B\x0C]))"#,
                    GroupsThen(&[Punctuation, Text], Push("featurename")),
                ),
                rule(r#"(?i)include\b"#, TokenThen(Keyword, Push("includepath"))),
                rule(r#"[\-\[\]/(){},.:;=%*<>']"#, Token(Punctuation)),
                rule(r#"`.*?"#, Token(StrBacktick)),
                rule(r#"""#, TokenThen(Str, Push("strings"))),
                rule(r#"(?i)\\[^.* \t\n\r\x0B\x0C]+"#, Token(StrEscape)),
                rule(r#"@(?i-s:[a-z_][a-z0-9/_.-]*)"#, Token(NameClass)),
                rule(
                    r#"(?<!\.)(?i-s:[a-z_][a-z0-9/_.-]*)"#,
                    Custom(|l, m| {
                        if has(KEYWORDS, m.get(0)) {
                            l.token(Keyword, m.get(0));
                        } else {
                            l.token(Name, m.get(0));
                        }
                    }),
                ),
                rule(r#"(?i)[a-z_][a-z0-9/_.-]*"#, Token(Name)),
                rule(r#"(?:0x|\\)[0-9A-Fa-f]+"#, Token(NumHex)),
                rule(r#"-?[0-9]+"#, Token(NumInteger)),
            ],
        ),
        (
            "featurename",
            vec![rule(
                r#"(?i)[a-z_][a-z0-9/_.-]*"#,
                TokenThen(NameFunction, Pop(1)),
            )],
        ),
        (
            "includepath",
            vec![
                rule(r#"[ \t\n\r\x0B\x0C]+"#, Token(Whitespace)),
                rule(r#"\)"#, TokenThen(Punctuation, Pop(1))),
                rule(r#"\("#, Token(Punctuation)),
                rule(r#"[^ \t\n\r\x0B\x0C()]+"#, Token(Str)),
            ],
        ),
        (
            "strings",
            vec![
                rule(r#"""#, TokenThen(Str, Pop(1))),
                rule(r#"[^"%\n]+"#, Token(Str)),
            ],
        ),
    ])
});

fn has(set: &[&str], word: &str) -> bool {
    set.binary_search(&word).is_ok()
}
