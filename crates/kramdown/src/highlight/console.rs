//! Rouge's `console` lexer (console, terminal, shell_session): lines with a
//! prompt are commands in the session's language (shell), other lines are
//! output, with the options Rouge's `ConsoleLexer` reads:
//!
//! - `lang`: the language of the commands (default `shell`);
//! - `output`: the language of the output (default plain text as `Generic.Output`);
//! - `prompt`: the strings that end a prompt (default `$`, `#`, `>`, `;`);
//! - `comments`: lines starting with `#` are comments (default: when a
//!   `prompt` is given without `#`);
//! - `error`: the strings that start an error line.

use super::Session;
use super::lexer_options::LexOptions;
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

/// Ruby's `\s`.
fn is_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0B' | '\x0C')
}

/// A line that only marks left-out lines (`...`, `<...>`).
fn is_snip(line: &str) -> bool {
    let t = line.trim_matches(is_space);
    !t.is_empty()
        && (t.chars().all(|c| c == '.')
            || (t.len() > 2
                && t.starts_with('<')
                && t.ends_with('>')
                && t[1..t.len() - 1].chars().all(|c| c == '.')))
}

/// How a session's lines are told apart.
struct Prompts<'o> {
    /// The strings that end a prompt (Rouge's `end_chars`).
    ends: Vec<&'o str>,
    /// Whether a prompt may not contain `<` or `#` (Rouge's `allow_comments?`).
    comments: bool,
    /// The strings that start an error line.
    errors: Vec<&'o str>,
}

impl<'o> Prompts<'o> {
    fn new(options: &'o LexOptions) -> Prompts<'o> {
        let prompt = options.list("prompt");
        let given: Vec<&str> = prompt.iter().copied().filter(|p| !p.is_empty()).collect();
        let comments = options
            .bool("comments")
            .unwrap_or_else(|| !prompt.is_empty() && !given.contains(&"#"));
        let ends = if !prompt.is_empty() {
            given
        } else if comments {
            vec!["$", ">", ";"]
        } else {
            vec!["$", "#", ">", ";"]
        };
        Prompts {
            ends,
            comments,
            errors: options.list("error"),
        }
    }

    /// Where the prompt of a line ends: Rouge's `/^PREFIX(?:END|…)/`, the
    /// shortest prefix (without `<` or `#` when comments are allowed), the
    /// first end string that matches there.
    fn prompt_end(&self, line: &str) -> Option<usize> {
        if self.ends.is_empty() {
            return Some(0);
        }
        for (i, c) in line.char_indices().chain([(line.len(), '\0')]) {
            let rest = &line[i..];
            if let Some(end) = self.ends.iter().find(|e| rest.starts_with(**e)) {
                return Some(i + end.len());
            }
            if self.comments && (c == '<' || c == '#') {
                return None;
            }
        }
        None
    }

    fn is_error(&self, line: &str) -> bool {
        self.errors.iter().any(|e| line.starts_with(e))
    }
}

fn reset(session: &mut Option<Session<'_>>) {
    if let Some(s) = session {
        s.reset();
    }
}

/// Lexes a shell session.
pub(crate) fn lex(text: &str, options: &LexOptions) -> Vec<(Tok, String)> {
    let prompts = Prompts::new(options);
    // What the command and output lexers are made with: these options but
    // the ones `ConsoleLexer` reads with `lexer_option`/`list_option`.
    let passed = options.without(&["prompt", "lang", "output", "error"]);
    let mut lang = options
        .string("lang")
        .and_then(|name| Session::find(name, &passed))
        .or_else(|| Session::find("shell", &passed));
    let output_name = options.string("output");
    let mut output = output_name.and_then(|name| Session::find(name, &passed));
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let end = rest.find('\n').map_or(rest.len(), |i| i + 1);
        let line = &rest[..end];
        rest = &rest[end..];
        if is_snip(line) {
            reset(&mut output);
            reset(&mut lang);
            push(&mut out, Tok::Comment, line);
        } else if let Some(p) = prompts.prompt_end(line) {
            reset(&mut output);
            push(&mut out, Tok::GenericPrompt, &line[..p]);
            let after = &line[p..];
            let command = after.trim_start_matches(is_space);
            push(
                &mut out,
                Tok::Whitespace,
                &after[..after.len() - command.len()],
            );
            if let Some(lang) = lang.as_mut() {
                for (t, v) in lang.lex(command) {
                    push(&mut out, t, &v);
                }
            }
        } else if line.trim_matches(is_space).starts_with('#') {
            reset(&mut output);
            reset(&mut lang);
            push(&mut out, Tok::Comment, line);
        } else if prompts.is_error(line) {
            reset(&mut output);
            reset(&mut lang);
            push(&mut out, Tok::GenericError, line);
        } else {
            reset(&mut lang);
            match output.as_mut() {
                Some(output) => {
                    for (t, v) in output.lex(line) {
                        push(&mut out, t, &v);
                    }
                }
                None => push(&mut out, Tok::GenericOutput, line),
            }
        }
    }
    out
}
