//! Jekyll's text filters: `number_of_words`, `array_to_sentence_string`,
//! `normalize_whitespace`, `markdownify`, `sassify`, `scssify`, `smartify`, `slugify`,
//! `to_integer`.

use super::{Call, Out};
use crate::value::Value;

/// Ruby 3.1's `[\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}]` (Onigmo's
/// Script property), as Jekyll's `number_of_words` uses it. Generated with
/// `ruby -e '(0..0x10FFFF).select { |c| [c].pack("U") =~ RE }'` (surrogates
/// skipped): the prolonged sound mark `ー` (U+30FC), `・` and the combining
/// kana marks are `Common`/`Inherited`, so not CJK here.
fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x2E80..=0x2E99 | 0x2E9B..=0x2EF3 | 0x2F00..=0x2FD5 | 0x3005 | 0x3007
        | 0x3021..=0x3029 | 0x302E..=0x302F | 0x3038..=0x303B | 0x3041..=0x3096 | 0x309D..=0x309F
        | 0x30A1..=0x30FA | 0x30FD..=0x30FF | 0x3131..=0x318E | 0x31F0..=0x321E | 0x3260..=0x327E
        | 0x32D0..=0x32FE | 0x3300..=0x3357 | 0x3400..=0x4DBF | 0x4E00..=0x9FFC | 0xA960..=0xA97C
        | 0xAC00..=0xD7A3 | 0xD7B0..=0xD7C6 | 0xD7CB..=0xD7FB | 0xF900..=0xFA6D | 0xFA70..=0xFAD9
        | 0xFF66..=0xFF6F | 0xFF71..=0xFF9D | 0xFFA0..=0xFFBE | 0xFFC2..=0xFFC7 | 0xFFCA..=0xFFCF
        | 0xFFD2..=0xFFD7 | 0xFFDA..=0xFFDC | 0x16FF0..=0x16FF1 | 0x1B000..=0x1B11E
        | 0x1B150..=0x1B152 | 0x1B164..=0x1B167 | 0x1F200 | 0x20000..=0x2A6DD | 0x2A700..=0x2B734
        | 0x2B740..=0x2B81D | 0x2B820..=0x2CEA1 | 0x2CEB0..=0x2EBE0 | 0x2F800..=0x2FA1D
        | 0x30000..=0x3134A)
}

/// Ruby's ASCII whitespace: what `String#split` (awk mode) and a regex `\s`
/// separate on. NUL and Unicode spaces (NBSP, U+3000) are not included.
fn is_ruby_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\u{0b}' | '\u{0c}' | '\r')
}

/// `number_of_words`, `number_of_words: "cjk"`, `number_of_words: "auto"`.
pub(super) fn number_of_words(call: &Call<'_>) -> Result<Out, String> {
    call.range_lacks("split")?;
    // `input.split` / `input.scan`: only a String has them.
    let input = call.input_value();
    if !matches!(input, Value::Str(_)) {
        return Err(format!(
            "undefined method `split' for {}",
            super::array::ruby_class(&input)
        ));
    }
    let s = input.to_ruby_string();
    let mode = call.value(0).to_ruby_string();
    let plain = || s.split(is_ruby_space).filter(|w| !w.is_empty()).count();
    let cjk = s.chars().filter(|c| is_cjk(*c)).count();
    let words = || {
        s.split(|c: char| is_cjk(c) || is_ruby_space(c))
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
    call.range_lacks("length")?;
    let input = call.input_value();
    let connector = if call.has(0) {
        // `"#{connector}"`: an array is its inspect.
        call.value(0).to_s_method()
    } else {
        "and".to_owned()
    };
    let s = match &input {
        Value::Array(a) => match a.len() {
            0 => String::new(),
            1 => ruby_to_s(&a[0]),
            2 => format!("{} {connector} {}", ruby_to_s(&a[0]), ruby_to_s(&a[1])),
            n => format!(
                "{}, {connector} {}",
                ruby_join(&a[..n - 1], ", "),
                ruby_to_s(&a[n - 1])
            ),
        },
        // `hash[0]` is nil, and `hash[0...-1]` too.
        Value::Hash(h) => match h.len() {
            0 | 1 => String::new(),
            2 => format!(" {connector} "),
            _ => return Err("undefined method `join' for nil:NilClass".to_owned()),
        },
        // A string is indexed by character.
        Value::Str(text) => {
            let chars: Vec<char> = text.chars().collect();
            match chars.len() {
                0 => String::new(),
                1 => text.to_string(),
                2 => format!("{} {connector} {}", chars[0], chars[1]),
                _ => {
                    let head: String = chars[..chars.len() - 1].iter().collect();
                    return Err(format!(
                        "undefined method `join' for {}:String",
                        Value::str(head).inspect()
                    ));
                }
            }
        }
        other => {
            return Err(format!(
                "undefined method `length' for {}",
                ruby_receiver(other)
            ));
        }
    };
    Ok(Value::from(s).into())
}

/// Ruby's `to_s`, as string interpolation calls it: arrays and hashes
/// print as `inspect`.
fn ruby_to_s(v: &Value) -> String {
    match v {
        Value::Array(_) | Value::Hash(_) => v.inspect(),
        other => other.to_ruby_string(),
    }
}

/// Ruby's `Array#join`: nested arrays joined with the same separator.
fn ruby_join(items: &[Value], sep: &str) -> String {
    items
        .iter()
        .map(|item| match item {
            Value::Array(inner) => ruby_join(inner, sep),
            other => ruby_to_s(other),
        })
        .collect::<Vec<_>>()
        .join(sep)
}

/// How Ruby names the receiver of a `NoMethodError`.
fn ruby_receiver(v: &Value) -> String {
    match v {
        Value::Nil => "nil:NilClass".to_owned(),
        Value::Bool(true) => "true:TrueClass".to_owned(),
        Value::Bool(false) => "false:FalseClass".to_owned(),
        Value::Int(i) => format!("{i}:Integer"),
        Value::Float(_) => format!("{}:Float", v.inspect()),
        Value::Date(_) => format!("{}:Date", v.inspect()),
        _ => format!("{}:Time", v.to_ruby_string()),
    }
}

/// `normalize_whitespace`: runs of whitespace become one space, then strip.
pub(super) fn normalize_whitespace(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_string();
    let joined = s
        .split(is_ruby_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    Ok(Value::from(joined).into())
}

/// `markdownify`: the site's Markdown converter.
pub(super) fn markdownify(call: &Call<'_>) -> Result<Out, String> {
    let s = call.input_string();
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
    let s = call.input_string();
    Ok(Value::from(call.env.site.hooks.smartify(&s)).into())
}

/// `slugify`, `slugify: mode`.
pub(super) fn slugify(call: &Call<'_>) -> Result<Out, String> {
    call.range_lacks("gsub")?;
    let input = call.input_value();
    if input.is_nil() {
        return Ok(Value::Nil.into());
    }
    // `string.gsub` / `string.downcase`: only a String has them.
    if !matches!(input, Value::Str(_)) {
        return Err(format!(
            "undefined method `gsub' for {}",
            super::array::ruby_class(&input)
        ));
    }
    // `mode ||= "default"`; a mode that is no String is no known mode
    // (the string only downcased).
    let mode = match call.value(0) {
        Value::Nil => None,
        Value::Str(s) => Some(s.to_string()),
        _ => Some("\u{0}".to_owned()),
    };
    Ok(Value::from(crate::slugify(
        &input.to_ruby_string(),
        mode.as_deref(),
        false,
    ))
    .into())
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
    call.range_lacks("to_i")?;
    let n = match call.input_value() {
        Value::Bool(true) => 1,
        Value::Bool(false) | Value::Nil => 0,
        Value::Int(i) => i,
        Value::Float(f) if f.is_finite() => f.trunc() as i64,
        Value::Float(_) => return Err("FloatDomainError".to_owned()),
        Value::Str(s) => ruby_to_i(&s),
        // `Time#to_i`: seconds since the epoch.
        Value::Time(t) => t.timestamp(),
        Value::TimeUtc(t) => t.timestamp(),
        other => return Err(format!("undefined method `to_i' for {}", other.inspect())),
    };
    Ok(Value::Int(n).into())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(input: &str, mode: &str) -> String {
        let engine = crate::Engine::new(
            crate::Options::default(),
            std::sync::Arc::new(crate::NoSite),
        );
        let mut globals = crate::Hash::new();
        globals.insert("s".into(), Value::str(input));
        let source = format!("{{{{ s | number_of_words: '{mode}' }}}}");
        let out = engine
            .parse(&source, "t.html", 1)
            .and_then(|t| engine.render(&t, &globals));
        out.unwrap_or_else(|e| e.to_string())
    }

    // Expected: Jekyll 4.3.1 on Ruby 3.1 (`Jekyll::Filters#number_of_words`).
    #[test]
    fn words_split_on_ascii_whitespace_only() {
        let s = "a\u{a0}b\u{3000}c\u{2003}d\u{b}e\u{c}f";
        assert_eq!(words(s, ""), "3");
        assert_eq!(words(s, "cjk"), "3");
        assert_eq!(words(s, "auto"), "3");
        assert_eq!(words("a\0b c", ""), "2");
    }

    // Expected: Ruby 3.1, `s.scan(/[\p{Han}\p{Katakana}\p{Hiragana}\p{Hangul}]/)`.
    #[test]
    fn cjk_is_rubys_script_property() {
        assert_eq!(words("你好hello世界world", "cjk"), "6");
        // ー (U+30FC) and ・ (U+30FB) are Common: each run between kana is one word.
        assert_eq!(words("コーヒー・ーー", "cjk"), "4");
        assert_eq!(words("コーヒー・ーー", "auto"), "4");
        assert_eq!(words("コーヒー・ーー", ""), "1");
    }

    fn sentence(input: Value) -> String {
        let engine = crate::Engine::new(
            crate::Options::default(),
            std::sync::Arc::new(crate::NoSite),
        );
        let mut globals = crate::Hash::new();
        globals.insert("x".into(), input);
        let out = engine
            .parse("{{ x | array_to_sentence_string: 'or' }}", "t.html", 1)
            .and_then(|t| engine.render(&t, &globals));
        out.unwrap_or_else(|e| format!("error: {e}"))
    }

    // Expected: Jekyll 4.3.1 (`array.length`, `array[0]`, `array[0...-1].join(", ")`).
    #[test]
    fn sentences_index_their_input_as_ruby_does() {
        let s = |v: &str| Value::str(v);
        let pair = Value::array(vec![s("a"), s("b")]);
        assert_eq!(
            sentence(Value::array(vec![pair.clone(), s("c"), s("d")])),
            "a, b, c, or d"
        );
        assert_eq!(
            sentence(Value::array(vec![pair.clone(), s("c")])),
            r#"["a", "b"] or c"#
        );
        assert_eq!(
            sentence(Value::array(vec![Value::Nil, Value::Int(1)])),
            " or 1"
        );
        assert_eq!(sentence(s("ab")), "a or b");
        assert_eq!(sentence(s("é")), "é");
        let mut h = crate::Hash::new();
        h.insert("k".into(), Value::Int(1));
        assert_eq!(sentence(Value::hash(h.clone())), "");
        h.insert("l".into(), Value::Int(2));
        assert_eq!(sentence(Value::hash(h)), " or ");
        assert!(sentence(s("abc")).starts_with("error: "));
        assert!(sentence(Value::Nil).contains("undefined method `length' for nil:NilClass"));
    }

    #[test]
    fn to_i_reads_like_ruby() {
        assert_eq!(ruby_to_i("  42abc"), 42);
        assert_eq!(ruby_to_i("-1_000"), -1000);
        assert_eq!(ruby_to_i("abc"), 0);
        assert_eq!(ruby_to_i("3.9"), 3);
    }
}
