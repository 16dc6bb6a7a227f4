//! Source declarations as templates: which parts of a computed value were
//! written literally in the declaration and which came from a variable.
//!
//! libsass's compressed output depends on that: a number written in a list
//! keeps its `0.` (`0 0.5em`) while a variable's number loses it (`0 .75em`),
//! and a colour keyword written in the declaration stays a keyword
//! (`transparent`) while a variable's becomes `rgba(0,0,0,0)`. A declaration
//! `padding: 0 $h` of the sources is a template `[literal "0", variable]`;
//! grass's `padding: 0 0.75em` matches it item by item (literals equal,
//! variables standing for one item each). When every template of the property
//! that matches agrees on an item, the item is written as libsass writes that
//! kind; otherwise the general rules apply.

use super::{Token, tokenize};

/// What one item of a source value is.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    /// Written in the declaration: the text.
    Literal(String),
    /// `$name`: one item of the output.
    Variable,
    /// A function call or anything else: matches any one item, says nothing.
    Any,
}

/// A source declaration's value, item by item, with its separators.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Template {
    parts: Vec<Part>,
    /// `true` where a comma (not only space) comes before item `i + 1`.
    commas: Vec<bool>,
}

/// What a matching template says about an output item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Origin {
    /// Written literally in the declaration.
    Literal,
    /// The value of a variable.
    Variable,
}

impl Template {
    /// The template of a source value; `None` when it has interpolation,
    /// literal operations (`1px/2`: a division or a slash) or a single item
    /// (nothing to learn from). An operation with a variable (`$gap / 2`,
    /// `-$gap`, `2*$x`) is one computed item, as a variable is.
    pub(crate) fn new(value: &str) -> Option<Template> {
        if value.contains("#{") {
            return None;
        }
        let (items, item_commas) = items(value);
        let mut parts: Vec<Part> = Vec::with_capacity(items.len());
        let mut commas = Vec::with_capacity(item_commas.len());
        let mut operator = false;
        for (i, item) in items.into_iter().enumerate() {
            let comma = i > 0 && item_commas[i - 1];
            if let Token::Word("/" | "*" | "+" | "-" | "%") = item {
                // `a / b`: the operands make one computed item.
                if parts.is_empty() || comma || operator {
                    return None;
                }
                operator = true;
                continue;
            }
            let part = match item {
                Token::Word(word) if word.starts_with('$') => {
                    if !word[1..]
                        .bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
                    {
                        return None;
                    }
                    Part::Variable
                }
                Token::Word(word) if word.contains('$') => Part::Variable,
                Token::Word(word) if word.contains(['*', '+', '/', '%']) && !is_number(word) => {
                    return None;
                }
                Token::Word(word) | Token::Str(word) => Part::Literal(word.to_string()),
                Token::Function(..) | Token::Other(_) => Part::Any,
                Token::Comma | Token::Space(_) => return None,
            };
            if operator {
                if comma {
                    return None;
                }
                operator = false;
                let last = parts.last_mut()?;
                *last = Part::Variable;
                continue;
            }
            if !parts.is_empty() {
                commas.push(comma);
            }
            parts.push(part);
        }
        if operator || parts.len() < 2 {
            return None;
        }
        Some(Template { parts, commas })
    }

    /// The origin of each item of grass's `value`, if this template matches it.
    fn origins(&self, items: &[Token<'_>], commas: &[bool]) -> Option<Vec<Option<Origin>>> {
        if items.len() != self.parts.len() || commas != self.commas.as_slice() {
            return None;
        }
        let mut origins = Vec::with_capacity(items.len());
        for (part, item) in self.parts.iter().zip(items) {
            origins.push(match (part, item) {
                (Part::Variable, _) => Some(Origin::Variable),
                (Part::Any, _) => None,
                (Part::Literal(text), Token::Word(word) | Token::Str(word))
                    if same_literal(text, word) =>
                {
                    Some(Origin::Literal)
                }
                _ => return None,
            });
        }
        Some(origins)
    }
}

/// The origins every matching template agrees on, one per item of `value`.
pub(crate) fn origins(templates: &[Template], value: &str) -> Vec<Option<Origin>> {
    let (items, commas) = items(value);
    let mut agreed: Option<Vec<Option<Origin>>> = None;
    for template in templates {
        let Some(found) = template.origins(&items, &commas) else {
            continue;
        };
        agreed = Some(match agreed {
            None => found,
            Some(previous) => previous
                .into_iter()
                .zip(found)
                .map(|(a, b)| if a == b { a } else { None })
                .collect(),
        });
    }
    agreed.unwrap_or_else(|| vec![None; items.len()])
}

/// The items of a value (words, strings, calls) and, between them, whether a
/// comma separates them.
pub(crate) fn items(value: &str) -> (Vec<Token<'_>>, Vec<bool>) {
    let mut items = Vec::new();
    let mut commas = Vec::new();
    let mut comma = false;
    for token in tokenize(value) {
        match token {
            Token::Space(_) => {}
            Token::Comma => comma = true,
            item => {
                if !items.is_empty() {
                    commas.push(comma);
                }
                comma = false;
                items.push(item);
            }
        }
    }
    (items, commas)
}

/// Literal text as the source writes it against grass's spelling: numbers by
/// value and unit (`.5em` = `0.5em`), everything else exactly.
fn same_literal(source: &str, grass: &str) -> bool {
    if source == grass {
        return true;
    }
    match (number(source), number(grass)) {
        (Some((a, unit_a)), Some((b, unit_b))) => a == b && unit_a == unit_b,
        _ => false,
    }
}

fn is_number(word: &str) -> bool {
    number(word).is_some()
}

/// `-0.5em` → (-0.5, "em").
fn number(word: &str) -> Option<(f64, &str)> {
    let end = word
        .char_indices()
        .find(|(i, c)| !(c.is_ascii_digit() || *c == '.' || (*i == 0 && (*c == '-' || *c == '+'))))
        .map_or(word.len(), |(i, _)| i);
    let digits = &word[..end];
    if !digits.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    let unit = &word[end..];
    if !unit.bytes().all(|b| b.is_ascii_alphabetic() || b == b'%') {
        return None;
    }
    Some((digits.parse().ok()?, unit))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_and_literals_are_told_apart() {
        let templates = vec![Template::new("0 $h").unwrap()];
        assert_eq!(
            origins(&templates, "0 0.75em"),
            vec![Some(Origin::Literal), Some(Origin::Variable)]
        );
        assert_eq!(origins(&templates, "1px 0.75em"), vec![None, None]);
    }

    #[test]
    fn disagreeing_templates_say_nothing() {
        let templates = vec![
            Template::new("transparent $c").unwrap(),
            Template::new("$a $c").unwrap(),
        ];
        assert_eq!(
            origins(&templates, "transparent red"),
            vec![None, Some(Origin::Variable)]
        );
    }

    #[test]
    fn interpolation_and_single_items_make_no_template() {
        assert_eq!(Template::new("#{$a} b"), None);
        assert_eq!(Template::new("$a"), None);
        assert_eq!(Template::new("$a * 2"), None);
        assert_eq!(Template::new("1px/2 1px"), None);
    }

    #[test]
    fn operations_with_variables_are_computed_items() {
        let templates = vec![Template::new("$gap / 2 0.5em -$gap").unwrap()];
        assert_eq!(
            origins(&templates, "0.75rem 0.5em -1.5rem"),
            vec![
                Some(Origin::Variable),
                Some(Origin::Literal),
                Some(Origin::Variable)
            ]
        );
    }
}
