//! Ruby's number conversions as Psych uses them: `Integer()`, `Float()`,
//! `String#to_i` and `String#to_f`.
//!
//! Integers that do not fit an `i64` (Ruby's are unbounded) become the string
//! of their decimal digits, which prints as Ruby prints the `Integer`.

use hyde_liquid::Value;

/// `Integer(text)` for a text Psych's integer pattern accepted, with `,` and
/// `_` already removed: sign, then `0b`, `0x`, `0` (octal) or decimal digits.
///
/// Returns `None` where Ruby raises `ArgumentError` (`"0x"`, `"0b"`).
pub(super) fn ruby_integer(text: &str) -> Option<Value> {
    let (negative, rest) = split_sign(text);
    let (radix, digits) = if let Some(d) = rest.strip_prefix("0b") {
        (2, d)
    } else if let Some(d) = rest.strip_prefix("0x") {
        (16, d)
    } else if rest.len() > 1 && rest.starts_with('0') {
        (8, &rest[1..])
    } else {
        (10, rest)
    };
    if digits.is_empty() || !digits.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    Some(integer_value(negative, radix, digits))
}

/// `String#to_i`: the longest prefix of an optional sign and digits (single
/// underscores allowed between digits), 0 when there is none.
pub(super) fn ruby_to_i(text: &str) -> Value {
    let (negative, rest) = split_sign(text);
    let digits = digit_run(rest);
    if digits.is_empty() {
        return Value::Int(0);
    }
    let clean: String = digits.chars().filter(|c| *c != '_').collect();
    integer_value(negative, 10, &clean)
}

/// `String#to_f`: the longest prefix that reads as a decimal float, 0.0 when
/// there is none.
pub(super) fn ruby_to_f(text: &str) -> f64 {
    let (negative, rest) = split_sign(text);
    let int_part = digit_run(rest);
    let mut number: String = int_part.chars().filter(|c| *c != '_').collect();
    let mut tail = &rest[int_part.len()..];
    if let Some(after_dot) = tail.strip_prefix('.') {
        let frac = digit_run(after_dot);
        if !frac.is_empty() {
            number.push('.');
            number.extend(frac.chars().filter(|c| *c != '_'));
            tail = &after_dot[frac.len()..];
        }
    }
    if let Some(exp) = exponent_run(tail).filter(|_| !number.is_empty()) {
        number.push_str(&exp);
    }
    let magnitude = if number.is_empty() || number.starts_with('.') {
        0.0
    } else {
        number.parse::<f64>().unwrap_or(0.0)
    };
    if negative { -magnitude } else { magnitude }
}

/// `Float(text)` for a string: Ruby's strict float syntax (surrounding
/// whitespace, sign, digits with single underscores between them, an
/// optional fraction and exponent, or a `0x` hexadecimal integer).
///
/// Returns `None` where Ruby raises `ArgumentError`.
pub(super) fn ruby_float(text: &str) -> Option<f64> {
    let trimmed = text.trim_matches(|c: char| c.is_ascii_whitespace() || c == '\0');
    let (negative, rest) = split_sign(trimmed);
    let magnitude = if let Some(hex) = rest.strip_prefix("0x").or_else(|| rest.strip_prefix("0X")) {
        let digits = strict_digits(hex, 16)?;
        if digits.len() != hex.len() {
            return None;
        }
        digits
            .chars()
            .filter_map(|c| c.to_digit(16))
            .fold(0.0_f64, |acc, d| acc * 16.0 + f64::from(d))
    } else {
        let int_part = strict_digits(rest, 10).unwrap_or_default();
        let mut number: String = int_part.chars().filter(|c| *c != '_').collect();
        let mut tail = &rest[int_part.len()..];
        if let Some(after_dot) = tail.strip_prefix('.') {
            let frac = strict_digits(after_dot, 10)?;
            number.push('.');
            number.extend(frac.chars().filter(|c| *c != '_'));
            tail = &after_dot[frac.len()..];
        }
        if number.is_empty() {
            return None;
        }
        if let Some(after_e) = tail.strip_prefix(['e', 'E']) {
            let (exp_negative, exp_rest) = split_sign(after_e);
            let exp = strict_digits(exp_rest, 10)?;
            number.push('e');
            if exp_negative {
                number.push('-');
            }
            number.extend(exp.chars().filter(|c| *c != '_'));
            tail = &exp_rest[exp.len()..];
        }
        if !tail.is_empty() {
            return None;
        }
        if number.starts_with('.') {
            number.insert(0, '0');
        }
        number.parse::<f64>().ok()?
    };
    Some(if negative { -magnitude } else { magnitude })
}

/// An optional leading `+` or `-`.
fn split_sign(text: &str) -> (bool, &str) {
    match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    }
}

/// The leading run of decimal digits with single underscores between them.
fn digit_run(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut end = 0;
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            i += 1;
            end = i;
        } else if bytes[i] == b'_'
            && end == i
            && end > 0
            && bytes.get(i + 1).is_some_and(u8::is_ascii_digit)
        {
            i += 1;
        } else {
            break;
        }
    }
    &text[..end]
}

/// A leading exponent (`e`, optional sign, digits) as Rust float syntax.
fn exponent_run(text: &str) -> Option<String> {
    let after_e = text.strip_prefix(['e', 'E'])?;
    let (negative, rest) = split_sign(after_e);
    let digits = digit_run(rest);
    if digits.is_empty() {
        return None;
    }
    let sign = if negative { "-" } else { "" };
    Some(format!("e{sign}{}", digits.replace('_', "")))
}

/// A non-empty leading run of digits in `radix` with single underscores
/// between them; `None` when it is empty or an underscore is misplaced.
fn strict_digits(text: &str, radix: u32) -> Option<&str> {
    let mut end = 0;
    let mut last_underscore = false;
    for (i, c) in text.char_indices() {
        if c.is_digit(radix) {
            last_underscore = false;
            end = i + 1;
        } else if c == '_' {
            if end == 0 || last_underscore {
                return None;
            }
            last_underscore = true;
        } else {
            break;
        }
    }
    if end == 0 || last_underscore {
        return None;
    }
    Some(&text[..end])
}

/// The value of `digits` (all valid in `radix`): an `Int` when it fits,
/// otherwise the decimal digits as a string.
fn integer_value(negative: bool, radix: u32, digits: &str) -> Value {
    if let Ok(magnitude) = i128::from_str_radix(digits, radix) {
        let signed = if negative { -magnitude } else { magnitude };
        if let Ok(small) = i64::try_from(signed) {
            return Value::Int(small);
        }
    }
    let decimal = to_decimal(radix, digits);
    if negative && decimal != "0" {
        Value::from(format!("-{decimal}"))
    } else {
        Value::from(decimal)
    }
}

/// Converts digits of any radix to decimal digits, however long.
fn to_decimal(radix: u32, digits: &str) -> String {
    const BASE: u64 = 1_000_000_000;
    // Little-endian limbs in base 10^9.
    let mut limbs: Vec<u64> = vec![0];
    for d in digits.chars().filter_map(|c| c.to_digit(radix)) {
        let mut carry = u64::from(d);
        for limb in &mut limbs {
            let v = *limb * u64::from(radix) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        if i == 0 {
            out.push_str(&limb.to_string());
        } else {
            out.push_str(&format!("{limb:09}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values checked with Ruby 3.1.2 (`Integer(s)`, `s.to_i`,
    // `s.to_f`, `Float(s)` in `ruby -e`).

    #[test]
    fn integer_reads_prefixes_and_signs() {
        assert_eq!(ruby_integer("010"), Some(Value::Int(8)));
        assert_eq!(ruby_integer("-0x1F"), Some(Value::Int(-31)));
        assert_eq!(ruby_integer("+0b101"), Some(Value::Int(5)));
        assert_eq!(ruby_integer("0"), Some(Value::Int(0)));
        assert_eq!(ruby_integer("1000"), Some(Value::Int(1000)));
        assert_eq!(ruby_integer("0x"), None);
        assert_eq!(ruby_integer("0b"), None);
    }

    #[test]
    fn integer_beyond_i64_is_its_decimal_string() {
        assert_eq!(
            ruby_integer("12345678901234567890"),
            Some(Value::from("12345678901234567890"))
        );
        assert_eq!(
            ruby_integer("0xFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFFF"),
            Some(Value::from("87112285931760246646623899502532662132735"))
        );
        assert_eq!(
            ruby_integer("-9223372036854775808"),
            Some(Value::Int(i64::MIN))
        );
    }

    #[test]
    fn to_i_stops_at_a_double_underscore() {
        assert_eq!(ruby_to_i("1_0"), Value::Int(10));
        assert_eq!(ruby_to_i("1__0"), Value::Int(1));
        assert_eq!(ruby_to_i("-1"), Value::Int(-1));
        assert_eq!(ruby_to_i("08"), Value::Int(8));
    }

    #[test]
    fn to_f_reads_the_longest_float_prefix() {
        assert_eq!(ruby_to_f("30.5"), 30.5);
        assert_eq!(ruby_to_f("30.5_5"), 30.55);
        assert_eq!(ruby_to_f("-1"), -1.0);
        assert_eq!(ruby_to_f("1e2x"), 100.0);
    }

    #[test]
    fn float_is_strict() {
        assert_eq!(ruby_float("1e3"), Some(1000.0));
        assert_eq!(ruby_float("08"), Some(8.0));
        assert_eq!(ruby_float(" 1.5 "), Some(1.5));
        assert_eq!(ruby_float(".5"), Some(0.5));
        assert_eq!(ruby_float("1_0e1_0"), Some(100_000_000_000.0));
        assert_eq!(ruby_float("0x1A"), Some(26.0));
        assert_eq!(ruby_float("+1E+3"), Some(1000.0));
        assert_eq!(ruby_float("1.5_5"), Some(1.55));
        assert_eq!(ruby_float("1e400"), Some(f64::INFINITY));
        for bad in [
            "1.", "1.e3", "1__0", "Infinity", "NaN", "1e", "1,5", "0b1", "1_", "_1", "e+5", "  ",
            "",
        ] {
            assert_eq!(ruby_float(bad), None, "{bad}");
        }
    }
}
