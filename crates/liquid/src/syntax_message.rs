//! Ruby Liquid 5.4's wording for the syntax errors liquid-rust words its own way
//! (`Liquid::BlockBody`, `Liquid::Block.raise_unknown_tag`, each tag's lax
//! `SyntaxHelp`), so that Jekyll's `Liquid syntax error (line N): …` reads the same.

use std::sync::LazyLock;

use regex::Regex;

/// A tag's opening: `{%`, optional `-`, its name.
static TAG: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\{%-?\s*([A-Za-z_][\w-]*)").unwrap_or_else(|_| unreachable!()));

/// The blocks of Ruby Liquid and Jekyll, which `end…` tags close.
const BLOCKS: &[&str] = &[
    "if",
    "unless",
    "case",
    "for",
    "tablerow",
    "capture",
    "comment",
    "raw",
    "highlight",
    "ifchanged",
];

/// A tag opening at `line` (1-based, in the template) with its name.
struct TagAt<'a> {
    name: &'a str,
    line: usize,
}

fn tags(text: &str) -> Vec<TagAt<'_>> {
    let mut line = 1;
    let mut at = 0;
    TAG.captures_iter(text)
        .filter_map(|c| {
            let whole = c.get(0)?;
            line += text[at..whole.start()].matches('\n').count();
            at = whole.start();
            Some(TagAt {
                name: c.get(1)?.as_str(),
                line,
            })
        })
        .collect()
}

/// Ruby's message for the tag `tag` it does not know at `line`: an `else` or
/// `end…` is judged by the block it sits in.
fn unknown_tag(tag: &str, text: &str, line: usize) -> String {
    let mut open: Vec<&str> = Vec::new();
    for t in tags(text) {
        if t.name == tag && t.line >= line {
            break;
        }
        if BLOCKS.contains(&t.name) {
            open.push(t.name);
        } else if let Some(block) = t.name.strip_prefix("end")
            && open.last() == Some(&block)
        {
            open.pop();
        }
    }
    match open.last() {
        None if tag == "else" || tag == "end" => format!("Unexpected outer '{tag}' tag"),
        Some(block) if tag == "else" => format!("{block} tag does not expect 'else' tag"),
        Some(block) if tag.starts_with("end") => {
            format!("'{tag}' is not a valid delimiter for {block} tags. use end{block}")
        }
        _ => format!("Unknown tag '{tag}'"),
    }
}

/// The lax parser's help for a tag whose markup does not parse.
fn syntax_help(tag: &str) -> Option<&'static str> {
    Some(match tag {
        "assign" => "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]",
        "capture" => "Syntax Error in 'capture' - Valid syntax: capture [var]",
        "cycle" => "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]",
        "for" => "Syntax Error in 'for loop' - Valid syntax: for [item] in [collection]",
        "tablerow" => {
            "Syntax Error in 'tablerow loop' - Valid syntax: tablerow [item] in [collection] cols=3"
        }
        "case" => "Syntax Error in 'case' - Valid syntax: case [condition]",
        "when" => "Syntax Error in tag 'case' - Valid syntax: when [condition] [or condition2...]",
        _ => return None,
    })
}

/// The first `{{` or `{%` that nothing closes, with its line: Ruby's tokenizer
/// leaves it a token of its own and `BlockBody` refuses it.
pub(crate) fn unterminated(text: &str) -> Option<(usize, &'static str)> {
    let variable = text
        .match_indices("{{")
        .find(|(i, _)| !text[i + 2..].contains('}'))
        .map(|(i, _)| {
            (
                i,
                "Variable '{{' was not properly terminated with regexp: /\\}\\}/",
            )
        });
    let tag = text
        .match_indices("{%")
        .find(|(i, _)| !text[i + 2..].contains("%}"))
        .map(|(i, _)| {
            (
                i,
                "Tag '{%' was not properly terminated with regexp: /\\%\\}/",
            )
        });
    let (at, message) = match (variable, tag) {
        (Some(v), Some(t)) => {
            if v.0 < t.0 {
                v
            } else {
                t
            }
        }
        (v, t) => v.or(t)?,
    };
    Some((1 + text[..at].matches('\n').count(), message))
}

/// Ruby's wording for liquid-rust's `message` about `text` at `line` (1-based,
/// in the template).
pub(crate) fn ruby_wording(message: &str, text: &str, line: Option<usize>) -> String {
    if let Some(tag) = message
        .strip_prefix("Unknown tag '")
        .and_then(|r| r.strip_suffix('\''))
    {
        return unknown_tag(tag, text, line.unwrap_or(usize::MAX));
    }
    if let Some(block) = message
        .strip_prefix("Unclosed block. {% end")
        .and_then(|r| r.strip_suffix(" %} tag expected."))
    {
        return format!("'{block}' tag was never closed");
    }
    if let Some(line) = line
        && let Some(help) = tags(text)
            .iter()
            .find(|t| t.line == line && syntax_help(t.name).is_some())
            .and_then(|t| syntax_help(t.name))
    {
        return help.to_owned();
    }
    message.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_end_tag_in_the_wrong_block_names_the_block_and_its_delimiter() {
        assert_eq!(
            ruby_wording(
                "Unknown tag 'endfor'",
                "{% if x %}\n{% endfor %}\n",
                Some(2)
            ),
            "'endfor' is not a valid delimiter for if tags. use endif"
        );
    }

    #[test]
    fn an_else_outside_any_block_is_an_unexpected_outer_tag() {
        assert_eq!(
            ruby_wording("Unknown tag 'else'", "{% else %}\n", Some(1)),
            "Unexpected outer 'else' tag"
        );
    }

    #[test]
    fn an_unclosed_block_was_never_closed() {
        assert_eq!(
            ruby_wording(
                "Unclosed block. {% endif %} tag expected.",
                "{% if x %}",
                Some(1)
            ),
            "'if' tag was never closed"
        );
    }

    #[test]
    fn a_bad_assign_gets_the_lax_parsers_help() {
        assert_eq!(
            ruby_wording(
                "unexpected \"=\"; expected Identifier",
                "{% assign = 1 %}",
                Some(1)
            ),
            "Syntax Error in 'assign' - Valid syntax: assign [var] = [source]"
        );
    }

    #[test]
    fn an_unclosed_variable_is_found_on_its_line() {
        assert_eq!(
            unterminated("a\n{{ x \n"),
            Some((
                2,
                "Variable '{{' was not properly terminated with regexp: /\\}\\}/"
            ))
        );
        assert_eq!(unterminated("{{ x }"), None);
    }
}
