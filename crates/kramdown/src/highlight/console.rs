//! Rouge's `console` lexer (console, terminal, shell_session): lines with a
//! prompt are shell commands, other lines are output.

use super::engine::Memory;
use super::shell::SHELL;
use super::token::Tok;

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

/// A line that only marks left-out lines (`...`, `<...>`).
fn is_snip(line: &str) -> bool {
    let t = line.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C'));
    !t.is_empty()
        && (t.chars().all(|c| c == '.')
            || (t.len() > 2
                && t.starts_with('<')
                && t.ends_with('>')
                && t[1..t.len() - 1].chars().all(|c| c == '.')))
}

/// Where the prompt of a line ends: after the first `$`, `#`, `>` or `;`.
fn prompt_end(line: &str) -> Option<usize> {
    line.find(['$', '#', '>', ';']).map(|i| i + 1)
}

/// Lexes a shell session.
pub(crate) fn lex(text: &str) -> Vec<(Tok, String)> {
    let mut out = Vec::new();
    let mut shell: Option<Memory> = None;
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..end];
        rest = &rest[end..];
        if is_snip(line) {
            shell = None;
            push(&mut out, Tok::Comment, line);
        } else if let Some(p) = prompt_end(line) {
            push(&mut out, Tok::GenericPrompt, &line[..p]);
            let after = &line[p..];
            let command = after.trim_start_matches([' ', '\t', '\n', '\r', '\x0B', '\x0C']);
            push(
                &mut out,
                Tok::Whitespace,
                &after[..after.len() - command.len()],
            );
            let (tokens, memory) = SHELL.lex_continue(command, shell.take());
            shell = Some(memory);
            for (t, v) in tokens {
                push(&mut out, t, &v);
            }
        } else {
            shell = None;
            push(&mut out, Tok::GenericOutput, line);
        }
    }
    out
}
