//! Jekyll's text filters: `number_of_words`, `array_to_sentence_string`,
//! `normalize_whitespace`, `markdownify`, `sassify`, `scssify`, `smartify`, `slugify`,
//! `to_integer`.

use super::{Call, Out};
use crate::value::Value;

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x2E80..=0x2FDF | 0x3005 | 0x3007 | 0x3021..=0x3029 | 0x3038..=0x303B | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x3FFFF
        | 0x3041..=0x309F | 0x30A0..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F | 0x1B000..=0x1B16F
        | 0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7AF | 0xD7B0..=0xD7FF | 0xFFA0..=0xFFDC)
}

fn is_ruby_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{0b}' | '\u{0c}' | '\r')
}

/// `number_of_words`, `number_of_words: "cjk"`, `number_of_words: "auto"`.
pub(super) fn number_of_words(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_value().to_ruby_string();
    let mode = call.value(0).to_ruby_string();
    let plain = || {
        s.split(|c: char| is_ruby_space(c) || c == '\0')
            .filter(|w| !w.is_empty())
            .count()
    };
    let cjk = s.chars().filter(|c| is_cjk(*c)).count();
    let words = || {
        s.split(|c: char| is_cjk(c) || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .count()
    };
    let n = match mode.as_str() {
        "cjk" => cjk + words(),
        "auto" if cjk > 0 => cjk + words(),
        _ => plain(),
    };
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)).into())
}

/// `array_to_sentence_string`, `array_to_sentence_string: "or"`.
pub(super) fn array_to_sentence_string(call: &Call<'_>) -> Result<Out, String> {
    let input = call.input_value();
    let connector = if call.has(0) {
        call.value(0).to_ruby_string()
    } else {
        "and".to_owned()
    };
    let items: Vec<String> = match &input {
        Value::Array(a) => a.iter().map(Value::to_ruby_string).collect(),
        Value::Nil => Vec::new(),
        other => vec![other.to_ruby_string()],
    };
    let s = match items.len() {
        0 => String::new(),
        1 => items[0].clone(),
        2 => format!("{} {connector} {}", items[0], items[1]),
        n => format!(
            "{}, {connector} {}",
            items[..n - 1].join(", "),
            items[n - 1]
        ),
    };
    Ok(Value::from(s).into())
}

/// `normalize_whitespace`: runs of whitespace become one space, then strip.
pub(super) fn normalize_whitespace(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_value().to_ruby_string();
    let joined = s
        .split(is_ruby_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let leading = s.starts_with(is_ruby_space) && !joined.is_empty();
    let _ = leading;
    Ok(Value::from(joined).into())
}

/// `markdownify`: the site's Markdown converter.
pub(super) fn markdownify(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_value().to_ruby_string();
    Ok(Value::from(call.env.site.hooks.markdownify(&s)).into())
}

/// `sassify`: the site's Sass converter, indented syntax.
pub(super) fn sassify(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_value().to_ruby_string();
    Ok(Value::from(call.env.site.hooks.sass(&s, true)?).into())
}

/// `scssify`: the site's Sass converter, SCSS syntax.
pub(super) fn scssify(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_value().to_ruby_string();
    Ok(Value::from(call.env.site.hooks.sass(&s, false)?).into())
}

/// `smartify`: typographic quotes and dashes.
pub(super) fn smartify(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_value().to_ruby_string();
    Ok(Value::from(call.env.site.hooks.smartify(&s)).into())
}

/// `slugify`, `slugify: mode`.
pub(super) fn slugify(call: &Call<'_>) -> Result<Out, String> {
    let input = call.input_value();
    if input.is_nil() {
        return Ok(Value::Nil.into());
    }
    let mode = call.value(0);
    let mode = mode.as_str();
    Ok(Value::from(crate::slugify(&input.to_ruby_string(), mode, false)).into())
}

/// Ruby's `String#to_i`: leading integer, `_` between digits, else 0.
pub(crate) fn ruby_to_i(s: &str) -> i64 {
    let t = s.trim_start_matches(is_ruby_space);
    let (neg, digits) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let mut n: i64 = 0;
    let mut prev_digit = false;
    for c in digits.chars() {
        if let Some(d) = c.to_digit(10) {
            n = n.saturating_mul(10).saturating_add(i64::from(d));
            prev_digit = true;
        } else if c == '_' && prev_digit {
            prev_digit = false;
        } else {
            break;
        }
    }
    if neg { -n } else { n }
}

/// `to_integer`: `true` is 1, `false` 0, otherwise Ruby's `to_i`.
pub(super) fn to_integer(call: &Call<'_>) -> Result<Out, String> {
    let n = match call.input_value() {
        Value::Bool(true) => 1,
        Value::Bool(false) | Value::Nil => 0,
        Value::Int(i) => i,
        Value::Float(f) if f.is_finite() => f.trunc() as i64,
        Value::Float(_) => return Err("FloatDomainError".to_owned()),
        Value::Str(s) => ruby_to_i(&s),
        other => return Err(format!("undefined method `to_i' for {}", other.inspect())),
    };
    Ok(Value::Int(n).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn to_i_reads_like_ruby() {
        assert_eq!(ruby_to_i("  42abc"), 42);
        assert_eq!(ruby_to_i("-1_000"), -1000);
        assert_eq!(ruby_to_i("abc"), 0);
        assert_eq!(ruby_to_i("3.9"), 3);
    }
}
