//! Rouge's `ecl` lexer (Enterprise Control Language).

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::*;

/// Rouge's ECL class_first words.
const CLASS_FIRST: &str = "file date str math metaphone metaphone3 uni audit blas system";
/// Rouge's ECL class_second words.
const CLASS_SECOND: &str = "debug email job log thorlib util workunit";
/// Rouge's ECL functions words.
const FUNCTIONS: &str = "abs acos aggregate allnodes apply ascii asin asstring atan _token ave case catch choose choosen choosesets clustersize combine correlation cos cosh count covariance cron dataset dedup define denormalize dictionary distribute distributed distribution ebcdic enth error evaluate event eventextra eventname exists exp failcode failmessage fetch fromunicode fromxml getenv getisvalid global graph group hash hashcrc having httpcall httpheader if iff index intformat isvalid iterate join keyunicode length library limit ln local log loop map matched matchlength matchposition matchtext matchunicode max merge mergejoin min nofold nolocal nonempty normalize parse pipe power preload process project pull random range rank ranked realformat recordof regexfind regexreplace regroup rejected rollup round roundup row rowdiff sample set sin sinh sizeof soapcall sort sorted sqrt stepped stored sum table tan tanh thisnode topn tounicode toxml transfer transform trim truncate typeof ungroup unicodeorder variance which workunit xmldecode xmlencode xmltext xmlunicode apply assert build buildindex evaluate fail keydiff keypatch loadxml nothor notify output parallel sequential soapcall wait";
/// Rouge's ECL keywords words.
const KEYWORDS: &str = "and or in not all any as from atmost before best between case const counter csv descend encrypt end endmacro enum except exclusive expire export extend fail few first flat full function functionmacro group heading hole ifblock import joined keep keyed last left limit load local locale lookup many maxcount maxlength _token module interface named nocase noroot noscan nosort of only opt outer overwrite packed partition penalty physicallength pipe quote record repeat return right rows scan self separator service shared skew skip sql store terminator thor threshold token transform trim type unicodeorder unsorted validate virtual whole wild within xml xpath after cluster compressed compression default encoding escape fileposition forward grouped inner internal linkcounted literal lzw mofn multiple namespace wnotrim noxpath onfail prefetch retry rowset scope smart soapaction stable timelimit timeout unordered unstable update use width";
/// Rouge's ECL template words.
const TEMPLATE: &str = "append apply break constant debug declare demangle else elseif end endregion error expand export exportxml for forall getdatatype if ifdefined inmodule isdefined isvalid line link loop mangle onwarning option region set stored text trace uniquename warning webservice workunit loadxml";
/// Rouge's ECL type words.
const TYPE: &str = "ascii big_endian boolean data decimal ebcdic grouped integer linkcounted pattern qstring real record rule set of streamed string token udecimal unicode utf8 unsigned varstring varunicode";
/// Rouge's ECL typed words.
const TYPED: &str = "data string qstring varstring varunicode unicode utf8";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn dotted(l: &mut Lexer<'_>, m: &Match<'_>) {
    let tok = if m.get(1) == "std" && has(CLASS_FIRST, m.get(2)) && has(CLASS_SECOND, m.get(3)) {
        NameClass
    } else {
        NameVariable
    };
    l.token(tok, m.get(0));
}

/// Ruby's `String#to_i` on digits.
fn number(digits: &str) -> Option<u64> {
    if digits.is_empty() {
        None
    } else {
        Some(digits.parse().unwrap_or(u64::MAX))
    }
}

fn ident(l: &mut Lexer<'_>, m: &Match<'_>) {
    let name_only = m.get(2).to_lowercase();
    let name = format!("{name_only}{}", m.get(3));
    let number = number(m.get(3));
    let tok = if m.get(1) == "#" {
        if has(TEMPLATE, &name) {
            KeywordType
        } else {
            Error
        }
    } else if (has(TYPED, &name_only) && number.is_some()) || has(TYPE, &name) {
        KeywordType
    } else if has(KEYWORDS, &name) {
        Keyword
    } else if has(FUNCTIONS, &name) {
        NameFunction
    } else if (matches!(name_only.as_str(), "integer" | "unsigned")
        && number.is_some_and(|n| (1..=8).contains(&n)))
        || (name_only == "real" && matches!(number, Some(4 | 8)))
    {
        KeywordType
    } else if name == "true" || name == "false" {
        KeywordConstant
    } else {
        NameOther
    };
    l.token(tok, m.get(0));
}

/// The language.
pub(crate) static ECL: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "single_quote",
            vec![
                r(r"[xDQUV]?'([^'\\]*(?:\\.[^'\\]*)*)'", Token(StrSingle)),
                r(
                    r"\\(x\\h{2}|[0-2][0-7]{,2}|3[0-6][0-7]?|37[0-7]?|[4-7][0-7]?|.|$)",
                    Token(Text),
                ),
            ],
        ),
        (
            "inline_whitespace",
            vec![
                r(r"[ \t\r]+", Token(Text)),
                r(r"\\\n", Token(Text)),
                rf(r"/[*].*?[*]/", "m", Token(CommentMultiline)),
            ],
        ),
        (
            "whitespace",
            vec![
                rf(r"\n+", "m", Token(Text)),
                r("//.*", Token(CommentSingle)),
                mixin("inline_whitespace"),
            ],
        ),
        (
            "root",
            vec![
                mixin("whitespace"),
                mixin("single_quote"),
                r(r"\b(?i:(and|not|or|in))\b", Token(OperatorWord)),
                r(r"[:=|>|<|<>|/|\\|\+|-|=]", Token(Operator)),
                r(r"[\[\]{}();,\&,\.,\%]", Token(Punctuation)),
                rf(r"\b(?i:(beginc\+\+.*?endc\+\+))", "m", Token(StrSingle)),
                rf(r"\b(?i:(embed.*?endembed))", "m", Token(StrSingle)),
                r(r"\b(\w+)\.(\w+)\.(\w+)", Custom(dotted)),
                r(r"\b(?i:(u)?decimal)(\d+(_\d+)?)\b", Token(KeywordType)),
                rf(r"\d+\.\d+(e[\+\-]?\d+)?", "i", Token(NumFloat)),
                rf("x[0-9a-f]+", "i", Token(NumHex)),
                rf("0x[0-9a-f]+", "i", Token(NumHex)),
                rf("0[0-9a-f]+x", "i", Token(NumHex)),
                r("0[bB][01]+", Token(NumBin)),
                r("[01]+[bB]", Token(NumBin)),
                r(r"\d+", Token(NumInteger)),
                rf(r"(#?)\b([a-z_][\w]*?)(\d*)\b", "i", Custom(ident)),
            ],
        ),
    ])
});
