//! Rouge's `cuda` lexer: C++ that knows CUDA's keywords and vector types.

use std::sync::LazyLock;

use super::c;
use super::engine::{Action, Language, Lexer, Match, Rule};
use super::token::Tok::*;

const KEYWORDS: &[&str] = &[
    "__global__",
    "__device__",
    "__host__",
    "__noinline__",
    "__forceinline__",
    "__constant__",
    "__shared__",
    "__managed__",
    "__restrict__",
];
const KEYWORDS_TYPE: &str = "char1 char2 char3 char4 uchar1 uchar2 uchar3 uchar4
    short1 short2 short3 short4 ushort1 ushort2 ushort3 ushort4
    int1 int2 int3 int4 uint1 uint2 uint3 uint4
    long1 long2 long3 long4 ulong1 ulong2 ulong3 ulong4
    longlong1 longlong2 longlong3 longlong4
    ulonglong1 ulonglong2 ulonglong3 ulonglong4
    float1 float2 float3 float4 double1 double2 double3 double4
    dim3";

fn classify(l: &mut Lexer<'_>, m: &Match<'_>) {
    let name = m.get(0);
    if KEYWORDS.contains(&name) {
        l.token(Keyword, name);
    } else if KEYWORDS_TYPE.split_whitespace().any(|w| w == name) {
        l.token(KeywordType, name);
    } else {
        c::classify(l, m, true);
    }
}

/// The language: `cpp`'s states, its identifier rule classifying with CUDA's words too.
pub(crate) static CUDA: LazyLock<Language> = LazyLock::new(|| {
    let mut states = c::states(true);
    for (name, rules) in &mut states {
        if *name == "statements" {
            // The identifier rule is the only one there that runs code.
            for rule in rules.iter_mut() {
                if let Rule::Match(_, action @ Action::Custom(_)) = rule {
                    *action = Action::Custom(classify);
                }
            }
        }
    }
    Language::with_start(states, vec!["root", "bol"])
});
