//! Rouge's `irb` (IRB and Pry sessions) and `irb_output` lexers.

use std::sync::LazyLock;

use super::engine::{Action::*, Language, Memory, Next::*, mixin, rule};
use super::ruby::RUBY;
use super::token::Tok::{self, *};

/// The `irb_output` language: Ruby after `=>`, output lines before it.
pub(crate) static IRB_OUTPUT: LazyLock<Language> = LazyLock::new(|| {
    let mut states = super::ruby::states();
    if let Some((_, root)) = states.iter_mut().find(|(name, _)| *name == "root") {
        root.insert(0, rule("#<", TokenThen(KeywordType, Push("irb_object"))));
    }
    states.extend([
        (
            "has_irb_output",
            vec![
                rule("=>", TokenThen(Punctuation, Pop(1))),
                rule(r".+?(\n|$)", Token(GenericOutput)),
            ],
        ),
        (
            "irb_error",
            vec![
                rule(r".+?(\n|$)", Token(GenericError)),
                mixin("has_irb_output"),
            ],
        ),
        (
            "stdout",
            vec![
                rule(
                    r"[a-zA-Z0-9_]+?(Error|Exception):.+?(\n|$)",
                    TokenThen(GenericError, Push("irb_error")),
                ),
                mixin("has_irb_output"),
            ],
        ),
        (
            "irb_object",
            vec![rule(">", TokenThen(KeywordType, Pop(1))), mixin("root")],
        ),
    ]);
    Language::with_start(states, vec!["root", "expr_start", "stdout"])
});

fn push(out: &mut Vec<(Tok, String)>, tok: Tok, value: &str) {
    if value.is_empty() {
        return;
    }
    if let Some((last, v)) = out.last_mut()
        && *last == tok
    {
        v.push_str(value);
        return;
    }
    out.push((tok, value.to_owned()));
}

fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C')
}

/// A line that only marks left-out lines (`...`, `<...>`).
fn is_snip(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    let dots = |s: &str| !s.is_empty() && s.chars().all(|c| c == '.');
    dots(t)
        || t.strip_prefix('<')
            .and_then(|r| r.strip_suffix('>'))
            .is_some_and(dots)
}

/// Where an IRB or Pry prompt ends (`/^.*?(irb|pry).*?[>"*]/`).
fn prompt_end(line: &str) -> Option<usize> {
    let body = line.strip_suffix('\n').unwrap_or(line);
    let at = [body.find("irb"), body.find("pry")]
        .into_iter()
        .flatten()
        .min()?;
    body[at + 3..].find(['>', '"', '*']).map(|i| at + 3 + i + 1)
}

/// Lexes an IRB or Pry session: prompt lines hold Ruby, other lines are output.
pub(crate) fn lex(text: &str) -> Vec<(Tok, String)> {
    let mut out = Vec::new();
    let mut ruby: Option<Memory> = None;
    let mut output: Option<Memory> = None;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..end];
        rest = &rest[end..];
        if is_snip(line) {
            ruby = None;
            output = None;
            push(&mut out, Comment, line);
        } else if let Some(p) = prompt_end(line) {
            output = None;
            push(&mut out, GenericPrompt, &line[..p]);
            let after = &line[p..];
            let code = after.trim_start_matches(is_space);
            push(&mut out, Whitespace, &after[..after.len() - code.len()]);
            let (tokens, memory) = RUBY.lex_continue(code, ruby.take());
            ruby = Some(memory);
            for (t, v) in tokens {
                push(&mut out, t, &v);
            }
        } else if line.trim_matches(is_space).starts_with('#') {
            ruby = None;
            output = None;
            push(&mut out, Comment, line);
        } else {
            ruby = None;
            let (tokens, memory) = IRB_OUTPUT.lex_continue(line, output.take());
            output = Some(memory);
            for (t, v) in tokens {
                push(&mut out, t, &v);
            }
        }
    }
    out
}
