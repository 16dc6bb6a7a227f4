//! Rouge's `coq` lexer.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Lexer, Match, Next::*, mixin};
use super::rb_regex::{r, rf};
use super::token::Tok::{self, *};

const GALLINA: &str = "as fun if in let match then else return end Type Set Prop forall";
const COQ: &str = "Definition Theorem Lemma Remark Example Fixpoint CoFixpoint
    Record Inductive CoInductive Corollary Goal Proof
    Ltac Require Import Export Module Section End Variable
    Context Polymorphic Monomorphic Universe Universes
    Variables Class Instance Global Local Include
    Printing Notation Infix Arguments Hint Rewrite Immediate
    Qed Defined Opaque Transparent Existing
    Compute Eval Print SearchAbout Search About Check";
const LTAC: &str = "apply eapply auto eauto rewrite setoid_rewrite
    with in as at destruct split inversion injection
    intro intros unfold fold cbv cbn lazy subst
    clear symmetry transitivity etransitivity erewrite
    edestruct constructor econstructor eexists exists
    f_equal refine instantiate revert simpl
    specialize generalize dependent red induction
    beta iota zeta delta exfalso autorewrite setoid_rewrite
    compute vm_compute native_compute";
const TACTICALS: &str = "repeat first try";
const TERMINATORS: &str = "omega solve congruence reflexivity exact assumption eassumption";
const KEYOPTS: &str = r":= => -> /\ \/ _ ; :> : ⇒ → ↔ ⇔ ≔ ≡ ∀ ∃ ∧ ∨ ¬ ⊤ ⊥ ⊢ ⊨ ∈";
const OPERATOR_CHARS: &str = "[];,{}_()!$%&*+./:<=>?@^|~#-";
const ID: &str = r"(?i:(?:[a-z][\w']*)|(?:[_a-z][\w']+))";

fn has(list: &str, word: &str) -> bool {
    list.split_whitespace().any(|w| w == word)
}

fn classify(x: &str) -> Tok {
    if has(COQ, x) {
        Keyword
    } else if has(GALLINA, x) {
        KeywordReserved
    } else if has(LTAC, x) {
        KeywordPseudo
    } else if has(TERMINATORS, x) {
        NameException
    } else if has(TACTICALS, x) {
        KeywordPseudo
    } else {
        NameConstant
    }
}

fn set_options(l: &mut Lexer<'_>, m: &Match<'_>) {
    l.token(Keyword, m.get(1));
    let mut i = 2;
    while i < 8 && !m.get(i).is_empty() {
        l.token(Whitespace, m.get(i));
        l.token(Keyword, m.get(i + 1));
        i += 2;
    }
    l.token(PunctuationIndicator, ".");
}

/// The identifier being continued (`@name`) is kept in `memo`, whether it
/// continues a dotted path (`@continue`) in `counts`.
fn end_id(l: &mut Lexer<'_>) {
    let name = std::mem::take(&mut l.memo);
    let tok = if l.counts.first() == Some(&1) {
        NameConstant
    } else {
        classify(&name)
    };
    l.token(tok, &name);
    l.counts.clear();
}

fn single(l: &mut Lexer<'_>, m: &Match<'_>) {
    let c = m.get(0);
    let tok = if has(KEYOPTS, c) {
        Punctuation
    } else if c.chars().count() == 1 && c.chars().all(|ch| OPERATOR_CHARS.contains(ch)) {
        Operator
    } else {
        Error
    };
    l.token(tok, c);
}

/// The language.
pub(crate) static COQ_LANG: LazyLock<Language> = LazyLock::new(|| {
    Language::new(vec![
        (
            "root",
            vec![
                r(r"[(][*](?![)])", TokenThen(Comment, Push("comment"))),
                rf(r"\s+", "m", Token(Whitespace)),
                r(
                    r"Module(\s+)Type(\s+)",
                    Custom(|l, m| {
                        l.token(Keyword, "Module");
                        l.token(Whitespace, m.get(1));
                        l.token(Keyword, "Type");
                        l.token(Whitespace, m.get(2));
                    }),
                ),
                rf(
                    r"(Set|Unset)(\s+)(Universe|Printing|Implicit|Strict)(\s+)(Polymorphism|All|Notations|Arguments|Universes|Implicit)(\s*)\.",
                    "m",
                    Custom(set_options),
                ),
                r(
                    ID,
                    Custom(|l, m| {
                        l.memo = m.get(0).to_owned();
                        l.counts.clear();
                        l.go(Push("continue_id"));
                    }),
                ),
                r(r"/\\", Token(Operator)),
                r(r"\\\/", Token(Operator)),
                rf(
                    r"-?\d[\d_]*(.[\d_]*)?(e[+-]?\d[\d_]*)",
                    "i",
                    Token(NumFloat),
                ),
                r(r"\d[\d_]*", Token(NumInteger)),
                r(
                    r#"'(?:(\\[\\"'ntbr ])|(\\[0-9]{3})|(\\x\h{2}))'"#,
                    Token(StrChar),
                ),
                r("'", Token(Keyword)),
                r("\"", TokenThen(StrDouble, Push("string"))),
                r(&format!("[~?]{ID}"), Token(NameVariable)),
                r(".", Custom(single)),
            ],
        ),
        (
            "comment",
            vec![
                r("[^(*)]+", Token(Comment)),
                r("[(][*]", TokenThen(Comment, PushSelf)),
                r("[*][)]", TokenThen(Comment, Pop(1))),
                r("[(*)]", Token(Comment)),
            ],
        ),
        (
            "string",
            vec![
                r(r#"(?:\\")+|[^"]"#, Token(StrDouble)),
                mixin("escape_sequence"),
                r(r"\\\n", Token(StrDouble)),
                r("\"", TokenThen(StrDouble, Pop(1))),
            ],
        ),
        (
            "escape_sequence",
            vec![r(r#"\\[\\"'ntbr]"#, Token(StrEscape))],
        ),
        (
            "continue_id",
            vec![
                rf(
                    r"\.((?:[a-z][\w']*)|(?:[_a-z][\w']+))",
                    "i",
                    Custom(|l, m| {
                        let name = std::mem::take(&mut l.memo);
                        l.token(NameNamespace, &name);
                        l.token(Punctuation, ".");
                        l.counts = vec![1];
                        l.memo = m.get(1).to_owned();
                    }),
                ),
                r(
                    r"\.(\s+)",
                    Custom(|l, m| {
                        end_id(l);
                        l.token(PunctuationIndicator, ".");
                        l.token(Whitespace, m.get(1));
                        l.go(Pop(1));
                    }),
                ),
                r(
                    "",
                    Custom(|l, _| {
                        end_id(l);
                        l.go(Pop(1));
                    }),
                ),
            ],
        ),
    ])
});
