//! Liquid's array filters with Ruby's semantics: `first`, `last`, `join`,
//! `map`, `reverse`, `uniq`, `compact`, `concat`, `sort_natural`, `size`.
//! Like Liquid's `InputIterator`, they flatten nested arrays, treat a hash
//! as one item and anything else as a one-item list.

use std::cmp::Ordering;

use super::{Call, Out};
use crate::value::Value;
use crate::value::from_view;

/// Liquid's `InputIterator`: the items a filter iterates, flattened and in their
/// `to_liquid` form (a document's drop, a page's hash).
pub(super) fn input_items(v: &Value) -> Vec<Value> {
    fn flatten(items: &[Value], out: &mut Vec<Value>) {
        for item in items {
            match item {
                Value::Array(inner) => flatten(inner, out),
                other => out.push(other.to_liquid()),
            }
        }
    }
    match v {
        Value::Array(a) => {
            let mut out = Vec::with_capacity(a.len());
            flatten(a, &mut out);
            out
        }
        Value::Nil => Vec::new(),
        // A Jekyll drop is Enumerable: its `each` gives its keys to a one-argument block.
        Value::Object(o) if !o.is_hash_at_top() => o.hash().keys().map(Value::str).collect(),
        Value::Time(_) | Value::TimeUtc(_) => time_to_a(v),
        other => vec![other.to_liquid()],
    }
}

/// Ruby's `Array(time)`, `Time#to_a`: `[sec, min, hour, day, month, year, wday, yday,
/// isdst, zone]`. The zone is `UTC` at offset zero (a UTC time, or local time under
/// `TZ=UTC`), nil for another bare offset.
fn time_to_a(v: &Value) -> Vec<Value> {
    use chrono::{Datelike, Timelike};
    let Some(t) = v.as_time() else {
        return vec![v.to_liquid()];
    };
    let int = |n: u32| Value::Int(i64::from(n));
    let zone = if t.offset().local_minus_utc() == 0 {
        Value::str("UTC")
    } else {
        Value::Nil
    };
    vec![
        int(t.second()),
        int(t.minute()),
        int(t.hour()),
        int(t.day()),
        int(t.month()),
        Value::Int(i64::from(t.year())),
        int(t.weekday().num_days_from_sunday()),
        int(t.ordinal()),
        Value::Bool(false),
        zone,
    ]
}

/// Ruby's `item[property]` in Liquid's filters: `Ok(None)` when the item has
/// no `[]` (nil, booleans, floats, times: Ruby's `NoMethodError`), an error
/// where Ruby raises a `TypeError` (a string or integer indexed by a
/// non-number), else the value.
fn property_of(item: &Value, property: &Value) -> Result<Option<Value>, String> {
    let index = |p: &Value| match p {
        Value::Int(i) => Some(*i),
        Value::Float(f) if f.is_finite() => Some(f.trunc() as i64),
        _ => None,
    };
    Ok(Some(match item {
        Value::Hash(h) => match property {
            Value::Str(k) => h.get(k.as_ref()).cloned().unwrap_or(Value::Nil),
            _ => Value::Nil,
        },
        Value::Object(_) => item
            .get(&property.to_ruby_string())
            .cloned()
            .unwrap_or(Value::Nil),
        Value::Str(s) => match property {
            Value::Str(p) => {
                if s.contains(p.as_ref()) {
                    Value::Str(p.clone())
                } else {
                    Value::Nil
                }
            }
            p => {
                let i = index(p).ok_or_else(|| property_error(property))?;
                let n = s.chars().count();
                crate::value::array_index(n, i)
                    .and_then(|i| s.chars().nth(i))
                    .map_or(Value::Nil, |c| Value::str(c.to_string()))
            }
        },
        Value::Array(a) => {
            let i = index(property).ok_or_else(|| property_error(property))?;
            crate::value::array_index(a.len(), i).map_or(Value::Nil, |i| a[i].clone())
        }
        Value::Int(n) => {
            // Integer#[]: the bit at that position (hyde keeps a Bignum as
            // its digits: an index beyond every bit).
            let big = matches!(property, Value::Str(p) if is_bignum(p));
            let i = match index(property) {
                Some(i) => i,
                None if big => i64::MAX,
                None => return Err(property_error(property)),
            };
            let bit = if i < 0 {
                0
            } else if i >= 63 {
                i64::from(*n < 0)
            } else {
                (n >> i) & 1
            };
            Value::Int(bit)
        }
        _ => return Ok(None),
    }))
}

/// Whether `s` is how hyde keeps an integer beyond 64 bits (its digits).
fn is_bignum(s: &str) -> bool {
    let digits = s.strip_prefix('-').unwrap_or(s);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) && s.parse::<i64>().is_err()
}

fn property_error(property: &Value) -> String {
    format!("cannot select the property '{}'", property.to_ruby_string())
}

/// `first` (a hash's first pair; a range's start, even when it is empty).
pub(super) fn first(call: &Call<'_>) -> Result<Out, String> {
    if let Some((first, _)) = crate::runtime::range_bounds(call.written) {
        return Ok(Value::Int(first).into());
    }
    if let Some(a) = call.input.as_array() {
        return Ok(Out::Liquid(
            a.first().map_or(liquid_core::Value::Nil, |v| v.to_value()),
        ));
    }
    Ok(match call.input_value() {
        Value::Hash(h) => h.iter().next().map_or(Value::Nil, |(k, v)| {
            Value::array(vec![Value::str(k), v.clone()])
        }),
        _ => Value::Nil,
    }
    .into())
}

/// `last` (a range's end, even when it is empty).
pub(super) fn last(call: &Call<'_>) -> Result<Out, String> {
    if let Some((_, last)) = crate::runtime::range_bounds(call.written) {
        return Ok(Value::Int(last).into());
    }
    let last = call.input.as_array().and_then(|a| a.last());
    Ok(Out::Liquid(
        last.map_or(liquid_core::Value::Nil, |v| v.to_value()),
    ))
}

/// `join`, `join: glue` (a space by default).
pub(super) fn join(call: &Call<'_>) -> Result<Out, String> {
    let glue = if call.has(0) {
        // `glue.to_s`: an array is its inspect.
        call.value(0).to_s_method()
    } else {
        " ".to_owned()
    };
    let items = input_items(&call.input_value());
    let parts: Vec<String> = items.iter().map(Value::to_ruby_string).collect();
    Ok(Value::from(parts.join(&glue)).into())
}

/// `map: property`.
pub(super) fn map(call: &Call<'_>) -> Result<Out, String> {
    let property = call.value(0);
    let items = input_items(&call.input_value());
    let mapped = items
        .iter()
        .map(|item| property_of(item, &property).map(Option::unwrap_or_default))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Value::array(mapped).into())
}

/// `reverse`.
pub(super) fn reverse(call: &Call<'_>) -> Result<Out, String> {
    let mut items = input_items(&call.input_value());
    items.reverse();
    Ok(Value::array(items).into())
}

/// Ruby's `eql?`-based identity for `uniq`.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(_), Value::Float(_)) | (Value::Float(_), Value::Int(_)) => false,
        _ => a == b,
    }
}

/// `uniq`, `uniq: property`.
pub(super) fn uniq(call: &Call<'_>) -> Result<Out, String> {
    let items = input_items(&call.input_value());
    let mut out: Vec<Value> = Vec::new();
    let mut keys: Vec<Value> = Vec::new();
    let property = call.has(0).then(|| call.value(0)).filter(|p| !p.is_nil());
    // Ruby's `uniq` calls no block for fewer than two items.
    let single = items.len() < 2;
    for item in items {
        let key = match &property {
            Some(_) if single => item.clone(),
            // An item without `[]`: Liquid returns nil.
            Some(p) => match property_of(&item, p)? {
                Some(v) => v,
                None => return Ok(Value::Nil.into()),
            },
            None => item.clone(),
        };
        if !keys.iter().any(|k| same(k, &key)) {
            keys.push(key);
            out.push(item);
        }
    }
    Ok(Value::array(out).into())
}

/// `compact`, `compact: property`.
pub(super) fn compact(call: &Call<'_>) -> Result<Out, String> {
    let items = input_items(&call.input_value());
    let property = call.has(0).then(|| call.value(0)).filter(|p| !p.is_nil());
    let mut out = Vec::new();
    for item in items {
        let keep = match &property {
            Some(p) => match property_of(&item, p)? {
                Some(v) => !v.is_nil(),
                None => return Ok(Value::Nil.into()),
            },
            None => !item.is_nil(),
        };
        if keep {
            out.push(item);
        }
    }
    Ok(Value::array(out).into())
}

/// `concat: array`.
pub(super) fn concat(call: &Call<'_>) -> Result<Out, String> {
    let Value::Array(other) = call.value(0) else {
        return Err("concat filter requires an array argument".to_owned());
    };
    let mut items = input_items(&call.input_value());
    items.extend(other.iter().cloned());
    Ok(Value::array(items).into())
}

fn casecmp(a: &Value, b: &Value) -> Ordering {
    match (a.is_nil(), b.is_nil()) {
        (false, false) => {
            let (x, y) = (a.to_ruby_string(), b.to_ruby_string());
            x.bytes()
                .map(|c| c.to_ascii_lowercase())
                .cmp(y.bytes().map(|c| c.to_ascii_lowercase()))
        }
        (true, _) => Ordering::Greater,
        (false, true) => Ordering::Less,
    }
}

/// `sort_natural`, `sort_natural: property`: case-insensitive, nils last.
pub(super) fn sort_natural(call: &Call<'_>) -> Result<Out, String> {
    let items = input_items(&call.input_value());
    let property = call.has(0).then(|| call.value(0)).filter(|p| !p.is_nil());
    if items.is_empty() {
        return Ok(Value::array(Vec::new()).into());
    }
    let has_index = |item: &Value| {
        matches!(
            item,
            Value::Hash(_) | Value::Object(_) | Value::Str(_) | Value::Array(_) | Value::Int(_)
        )
    };
    // `ary.all? { |el| el.respond_to?(:[]) }` is asked before any lookup: nil.
    if property.is_some() && !items.iter().all(has_index) {
        return Ok(Value::Nil.into());
    }
    if items.len() == 1 && property.is_some() {
        // Ruby sorts one item without calling the block: no lookup.
        return Ok(Value::array(items).into());
    }
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        let key = match &property {
            Some(p) => match property_of(&item, p)? {
                Some(v) => v,
                // `ary.all? { |el| el.respond_to?(:[]) }` fails: nil.
                None => return Ok(Value::Nil.into()),
            },
            None => item.clone(),
        };
        keyed.push((key, item));
    }
    keyed.sort_by(|(a, _), (b, _)| casecmp(a, b));
    Ok(Value::array(keyed.into_iter().map(|(_, v)| v).collect()).into())
}

/// `size`: the length of strings, arrays and hashes; 8 for integers (Ruby's
/// `Integer#size`), otherwise 0.
pub(super) fn size(call: &Call<'_>) -> Result<Out, String> {
    let input = call.input;
    let n = if let Some(a) = input.as_array() {
        usize::try_from(a.size()).unwrap_or(0)
    } else if input.is_object()
        && from_view(input)
            .as_object()
            .is_some_and(|o| !o.is_hash_at_top())
    {
        // A Jekyll drop has no `size`.
        0
    } else if let Some(o) = input.as_object() {
        crate::value::object_entries(o).len()
    } else {
        match from_view(input) {
            Value::Str(s) => s.chars().count(),
            Value::Int(_) => 8,
            _ => 0,
        }
    };
    Ok(Value::Int(i64::try_from(n).unwrap_or(i64::MAX)).into())
}

fn range_bound(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Float(f) => *f as i64,
        other => super::text::ruby_to_i(&other.to_ruby_string()),
    }
}

/// `(a..b)` at the start of an expression (see `frontend::RANGE_FILTER`).
pub(super) fn range(call: &Call<'_>) -> Result<Out, String> {
    let (start, end) = (
        range_bound(&call.input_value()),
        range_bound(&call.value(0)),
    );
    let items = Value::array((start..=end).map(Value::Int).collect());
    // A Ruby `Range`: an array of its items that prints as `1..4`.
    Ok(Out::Liquid(crate::value::to_liquid_range(
        start, end, items,
    )))
}

/// Liquid's `where: property` (truthy property) and `where: property,
/// value` (equal property), used in plain-Liquid mode; Jekyll has its own.
pub(super) fn liquid_where(call: &Call<'_>) -> Result<Out, String> {
    let items = input_items(&call.input_value());
    let property = call.value(0);
    let target = call.value(1);
    let mut out = Vec::new();
    for item in items {
        let Some(value) = property_of(&item, &property)? else {
            return Ok(Value::Nil.into());
        };
        let keep = if target.is_nil() {
            value.is_truthy()
        } else {
            match (&value, &target) {
                (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => {
                    (*a as f64) == *b
                }
                _ => value == target,
            }
        };
        if keep {
            out.push(item);
        }
    }
    Ok(Value::array(out).into())
}

/// Liquid's `nil_safe_compare`: Ruby's `<=>`, nils last.
fn nil_safe_compare(a: &Value, b: &Value) -> Result<Ordering, String> {
    if let Some(o) = super::array::ruby_cmp(a, b) {
        return Ok(o);
    }
    if a == b {
        return Ok(Ordering::Equal);
    }
    match (a.is_nil(), b.is_nil()) {
        (true, _) => Ok(Ordering::Greater),
        (_, true) => Ok(Ordering::Less),
        _ => Err("cannot sort values of incompatible types".to_owned()),
    }
}

/// Liquid's `sort`, `sort: property`, used in plain-Liquid mode.
pub(super) fn liquid_sort(call: &Call<'_>) -> Result<Out, String> {
    let items = input_items(&call.input_value());
    let property = call.has(0).then(|| call.value(0)).filter(|p| !p.is_nil());
    let keyed: Vec<(Value, Value)> = match &property {
        None => items.into_iter().map(|v| (v.clone(), v)).collect(),
        Some(p) => {
            if !items.iter().all(|i| {
                matches!(
                    i,
                    Value::Hash(_)
                        | Value::Str(_)
                        | Value::Array(_)
                        | Value::Int(_)
                        | Value::Object(_)
                )
            }) {
                return Ok(Value::Nil.into());
            }
            items
                .into_iter()
                .map(|v| Ok((property_of(&v, p)?.unwrap_or_default(), v)))
                .collect::<Result<_, String>>()?
        }
    };
    let mut failure = None;
    let mut keyed = keyed;
    keyed.sort_by(|(a, _), (b, _)| {
        nil_safe_compare(a, b).unwrap_or_else(|e| {
            failure.get_or_insert(e);
            Ordering::Equal
        })
    });
    if let Some(f) = failure {
        return Err(f);
    }
    Ok(Value::array(keyed.into_iter().map(|(_, v)| v).collect()).into())
}
