//! Jekyll's array filters: `where`, `find`, `group_by`, `sort`, `sample`,
//! `push`, `pop`, `shift`, `unshift`.

use std::cmp::Ordering;
use std::sync::LazyLock;

use liquid_core::ValueView;
use regex::Regex;

use super::{Call, Out};
use crate::value::{Value, from_view};

static INTEGER_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*-?\d+\s*$").unwrap_or_else(|_| unreachable!("a valid regex"))
});
static FLOAT_LIKE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*-?(?:\d+\.?\d*|\.\d+)\s*$").unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// The elements a filter works on: an array's items, a hash's values.
pub(super) fn elements(input: &dyn ValueView) -> Option<Vec<Value>> {
    match from_view(input) {
        Value::Array(a) => Some(a.iter().cloned().collect()),
        Value::Hash(h) => Some(h.values().cloned().collect()),
        _ => None,
    }
}

/// Jekyll's `parse_sort_input`: numeric strings become numbers.
fn parse_sort_input(v: Value) -> Value {
    let s = v.to_ruby_string();
    if INTEGER_LIKE.is_match(&s) {
        return s.trim().parse::<i64>().map_or(v, Value::Int);
    }
    if FLOAT_LIKE.is_match(&s) {
        return s.trim().parse::<f64>().map_or(v, Value::Float);
    }
    v
}

/// Ruby's `data[key]` for a string key: `Ok(None)` where `data` has no `[]`,
/// an error where `[]` wants an integer (arrays, integers).
fn ruby_index(data: &Value, key: &str) -> Result<Option<Value>, String> {
    Ok(match data {
        Value::Hash(_) | Value::Object(_) => Some(data.get(key).cloned().unwrap_or(Value::Nil)),
        // `String#[]` with a string: the string when it occurs.
        Value::Str(s) => Some(if s.contains(key) {
            Value::str(key)
        } else {
            Value::Nil
        }),
        Value::Array(_) | Value::Int(_) => {
            return Err("no implicit conversion of String into Integer".to_owned());
        }
        _ => None,
    })
}

/// Jekyll's `item_property` (`read_liquid_attribute`): `item[property]`
/// (an error for an item without `[]`, as Ruby's `NoMethodError`), or for a
/// dotted property `data.respond_to?(:[]) && data[key]` step by step, so a
/// missing receiver gives `false`.
pub(super) fn item_property(item: &Value, property: &str) -> Result<Value, String> {
    let item = item.to_liquid();
    if !property.contains('.') {
        return match ruby_index(&item, property)? {
            Some(v) => Ok(parse_sort_input(v)),
            None => Err(format!(
                "undefined method `[]' for {}",
                item.to_ruby_string()
            )),
        };
    }
    let mut current = item;
    for part in property.split('.') {
        current = ruby_index(&current, part)?.unwrap_or(Value::Bool(false));
    }
    Ok(parse_sort_input(current))
}

/// A `where`/`find` target: a value, or Liquid's `empty`/`blank` literal
/// (a `Liquid::Expression::MethodLiteral` in Ruby, whose `to_s` is `""`).
enum Target {
    Value(Value),
    EmptyLiteral,
}

impl Target {
    fn of(view: &dyn ValueView) -> Self {
        if view.as_state().is_some() {
            Target::EmptyLiteral
        } else {
            Target::Value(from_view(view))
        }
    }
}

/// Ruby's `Array(value).join`: nil is `[]`, a hash its `[key, value]` pairs,
/// nested arrays joined flat.
fn array_join(value: &Value) -> String {
    match value {
        Value::Nil => String::new(),
        Value::Hash(h) => h
            .iter()
            .map(|(k, v)| format!("{k}{}", array_join(&Value::array(vec![v.clone()]))))
            .collect(),
        other => other.to_ruby_string(),
    }
}

/// Jekyll's `compare_property_vs_target`.
fn matches(property: &Value, target: &Target) -> bool {
    let target = match target {
        // `where: "p", empty`: `property == ""` or `Array(property).join == ""`,
        // so nil, "", [] and {} all match.
        Target::EmptyLiteral => return array_join(property).is_empty(),
        Target::Value(v) => v,
    };
    match target {
        Value::Nil => property.is_nil(),
        _ => {
            let target = target.to_ruby_string();
            match property {
                Value::Str(s) => **s == *target,
                Value::Array(items) => items.iter().any(|p| p.to_ruby_string() == target),
                Value::Nil => false,
                p => p.to_ruby_string() == target,
            }
        }
    }
}

fn liquid_array(items: Vec<Value>) -> Out {
    Value::array(items).into()
}

fn skip_filter(call: &Call<'_>) -> bool {
    let property = call.arg(0);
    let value = call.arg(1);
    property.is_nil()
        || property
            .as_scalar()
            .is_some_and(|s| s.to_bool() == Some(false))
        || value.is_array()
        || value.is_object()
}

/// A document or page is a drop, which Ruby enumerates as `[key, value]` pairs:
/// `where`, `find` and `group_by` read a property of the first pair, and Ruby's
/// `Array#[]` refuses a string index (a `TypeError` that stops Jekyll's build).
fn refuse_a_drop(call: &Call<'_>) -> Result<(), String> {
    if !matches!(call.input_value(), Value::Object(_)) {
        return Ok(());
    }
    let message = "no implicit conversion of String into Integer".to_owned();
    let location = crate::state::RenderState::location(call.runtime, None);
    crate::state::RenderState::fail(
        call.runtime,
        crate::error::Error::Jekyll {
            location,
            message: message.clone(),
        },
    );
    Err(message)
}

/// `where: property, value`.
pub(super) fn where_(call: &Call<'_>) -> Result<Out, String> {
    if skip_filter(call) {
        return Ok(Out::Liquid(call.input.to_value()));
    }
    refuse_a_drop(call)?;
    let Some(items) = elements(call.input) else {
        return Ok(Out::Liquid(call.input.to_value()));
    };
    let property = call.arg(0).to_kstr().into_owned();
    let target = Target::of(call.arg(1));
    let mut selected = Vec::new();
    for item in items {
        if matches(&item_property(&item, &property)?, &target) {
            selected.push(item);
        }
    }
    Ok(liquid_array(selected))
}

/// `find: property, value`: the first match, or nil.
pub(super) fn find(call: &Call<'_>) -> Result<Out, String> {
    if skip_filter(call) {
        return Ok(Out::Liquid(call.input.to_value()));
    }
    refuse_a_drop(call)?;
    let Some(items) = elements(call.input) else {
        return Ok(Out::Liquid(call.input.to_value()));
    };
    let property = call.arg(0).to_kstr().into_owned();
    let target = Target::of(call.arg(1));
    for item in items {
        if matches(&item_property(&item, &property)?, &target) {
            return Ok(item.into());
        }
    }
    Ok(Value::Nil.into())
}

/// Jekyll's `grouped_array`: `{name, items, size}` hashes in first-seen order.
pub(super) fn grouped(keyed: impl Iterator<Item = (Value, Value)>) -> Out {
    let mut groups: Vec<(Value, Vec<Value>)> = Vec::new();
    for (key, item) in keyed {
        match groups.iter_mut().find(|(k, _)| *k == key) {
            Some((_, items)) => items.push(item),
            None => groups.push((key, vec![item])),
        }
    }
    let out = groups
        .into_iter()
        .map(|(name, items)| {
            let mut h = crate::Hash::new();
            let size = i64::try_from(items.len()).unwrap_or(i64::MAX);
            h.insert("name".into(), name);
            h.insert("items".into(), Value::array(items));
            h.insert("size".into(), Value::Int(size));
            Value::hash(h)
        })
        .collect();
    Value::array(out).into()
}

/// `group_by: property`.
pub(super) fn group_by(call: &Call<'_>) -> Result<Out, String> {
    refuse_a_drop(call)?;
    let Some(items) = elements(call.input) else {
        return Ok(Out::Liquid(call.input.to_value()));
    };
    let property = call.arg(0).to_kstr().into_owned();
    let mut keyed = Vec::with_capacity(items.len());
    for item in items {
        // `item_property(item, property).to_s`: an array is its inspect.
        keyed.push((
            Value::from(item_property(&item, &property)?.to_s_method()),
            item,
        ));
    }
    Ok(grouped(keyed.into_iter()))
}

/// Ruby's `<=>`; `None` where Ruby returns nil (incomparable).
pub(crate) fn ruby_cmp(a: &Value, b: &Value) -> Option<Ordering> {
    if let (Value::TimeUtc(_), _) | (_, Value::TimeUtc(_)) = (a, b) {
        let local = |v: &Value| v.as_time().map_or_else(|| v.clone(), Value::Time);
        return ruby_cmp(&local(a), &local(b));
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x.cmp(y)),
        (Value::Int(x), Value::Float(y)) => (*x as f64).partial_cmp(y),
        (Value::Float(x), Value::Int(y)) => x.partial_cmp(&(*y as f64)),
        (Value::Float(x), Value::Float(y)) => x.partial_cmp(y),
        (Value::Str(x), Value::Str(y)) => Some(x.as_bytes().cmp(y.as_bytes())),
        (Value::Nil, Value::Nil) => Some(Ordering::Equal),
        (Value::Bool(x), Value::Bool(y)) if x == y => Some(Ordering::Equal),
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(y)),
        (Value::Time(x), Value::Time(y)) => Some(x.cmp(y)),
        (Value::Date(x), Value::Time(y)) => x.and_hms_opt(0, 0, 0).map(|d| d.cmp(&y.naive_utc())),
        (Value::Time(x), Value::Date(y)) => y.and_hms_opt(0, 0, 0).map(|d| x.naive_utc().cmp(&d)),
        // `Document#<=>` (and its drop's): by date, then by path.
        (Value::Object(x), Value::Object(y))
            if x.is_document() && y.is_document() && x.is_liquid() == y.is_liquid() =>
        {
            let key = |o: &crate::Object, k: &str| o.hash().get(k).cloned().unwrap_or_default();
            match ruby_cmp(&key(x, "date"), &key(y, "date")) {
                Some(Ordering::Equal) | None => {
                    ruby_cmp(&key(x, "relative_path"), &key(y, "relative_path"))
                }
                other => other,
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            for (p, q) in x.iter().zip(y.iter()) {
                match ruby_cmp(p, q)? {
                    Ordering::Equal => {}
                    o => return Some(o),
                }
            }
            Some(x.len().cmp(&y.len()))
        }
        _ => None,
    }
}

/// The class Ruby names in its errors for `v`.
pub(super) fn ruby_class(v: &Value) -> &'static str {
    match v {
        Value::Nil => "NilClass",
        Value::Bool(true) => "TrueClass",
        Value::Bool(false) => "FalseClass",
        Value::Int(_) => "Integer",
        Value::Float(_) => "Float",
        Value::Str(_) => "String",
        Value::Date(_) => "Date",
        Value::Time(_) | Value::TimeUtc(_) => "Time",
        Value::Array(_) => "Array",
        Value::Hash(_) => "Hash",
        Value::Object(o) => match (o.kind(), o.is_liquid()) {
            (crate::ObjectKind::Document, false) => "Jekyll::Document",
            (crate::ObjectKind::Document, true) => "Jekyll::Drops::DocumentDrop",
            (crate::ObjectKind::Page(_), _) => "Jekyll::Page",
            (crate::ObjectKind::StaticFile, false) => "Jekyll::StaticFile",
            (crate::ObjectKind::StaticFile, true) => "Jekyll::Drops::StaticFileDrop",
            (crate::ObjectKind::Drop(_), _) => "Jekyll::Drops::Drop",
        },
    }
}

/// `sort`, `sort: property`, `sort: property, "last"`.
pub(super) fn sort(call: &Call<'_>) -> Result<Out, String> {
    if call.input.is_nil() {
        return Err("Cannot sort a null object.".to_owned());
    }
    let by_property = call.has(0) && !call.arg(0).is_nil();
    let Some(items) = elements(call.input) else {
        // `input.sort` / `input.map`: a drop is Enumerable, a scalar is not.
        let input = from_view(call.input);
        if matches!(input, Value::Object(_)) || call.input_range().is_some() {
            return Ok(Out::Liquid(call.input.to_value()));
        }
        let method = if by_property { "map" } else { "sort" };
        return Err(format!(
            "undefined method `{method}' for {}",
            ruby_class(&input)
        ));
    };
    if by_property && matches!(from_view(call.input), Value::Hash(h) if !h.is_empty()) {
        // A hash maps to `[key, value]` pairs, which `[property]` rejects.
        return Err("no implicit conversion of String into Integer".to_owned());
    }
    if !call.has(0) || call.arg(0).is_nil() {
        // Ruby's `Hash#sort` sorts the `[key, value]` pairs.
        let items = match from_view(call.input) {
            Value::Hash(h) => h
                .iter()
                .map(|(k, v)| Value::array(vec![Value::str(k), v.clone()]))
                .collect(),
            _ => items,
        };
        let mut values: Vec<(Value, Value)> = items.into_iter().map(|v| (v.clone(), v)).collect();
        let mut failure = None;
        values.sort_by(|(a, _), (b, _)| {
            ruby_cmp(a, b).unwrap_or_else(|| {
                failure.get_or_insert_with(|| {
                    format!(
                        "comparison of {} with {} failed",
                        ruby_class(a),
                        ruby_class(b)
                    )
                });
                Ordering::Equal
            })
        });
        if let Some(f) = failure {
            return Err(f);
        }
        return Ok(liquid_array(values.into_iter().map(|(_, v)| v).collect()));
    }
    let property = call.arg(0).to_kstr().into_owned();
    let nils = if call.has(1) {
        call.value(1).to_ruby_string()
    } else {
        "first".to_owned()
    };
    let order = match nils.as_str() {
        "first" => Ordering::Less,
        "last" => Ordering::Greater,
        other => {
            return Err(format!(
                "Invalid nils order: '{other}' is not a valid nils order. It must be 'first' or 'last'."
            ));
        }
    };
    let mut keyed: Vec<(Value, Value)> = Vec::with_capacity(items.len());
    for v in items {
        keyed.push((item_property(&v, &property)?, v));
    }
    keyed.sort_by(|(a, _), (b, _)| match (a.is_nil(), b.is_nil()) {
        (false, true) => order.reverse(),
        (true, false) => order,
        _ => ruby_cmp(a, b).unwrap_or_else(|| a.to_ruby_string().cmp(&b.to_ruby_string())),
    });
    Ok(liquid_array(keyed.into_iter().map(|(_, v)| v).collect()))
}

fn random_index(len: usize) -> usize {
    use std::hash::{BuildHasher, Hasher};
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_usize(len);
    usize::try_from(h.finish() % (len.max(1) as u64)).unwrap_or(0)
}

fn to_integer(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        other => other.to_ruby_string().trim().parse().ok(),
    }
}

/// `sample`, `sample: n`: random elements.
pub(super) fn sample(call: &Call<'_>) -> Result<Out, String> {
    if call.input_range().is_some() {
        // A Ruby `Range` has no `sample`: Jekyll returns it as it is.
        return Ok(Out::Liquid(call.written.to_value()));
    }
    let Value::Array(all) = call.input_value() else {
        return Ok(Out::Liquid(call.input.to_value()));
    };
    let mut items: Vec<Value> = all.iter().cloned().collect();
    let n = if call.has(0) {
        to_integer(&call.value(0)).unwrap_or(1)
    } else {
        1
    };
    if n == 1 {
        if items.is_empty() {
            return Ok(Out::Liquid(liquid_core::Value::Nil));
        }
        let i = random_index(items.len());
        return Ok(items.swap_remove(i).into());
    }
    let mut picked = Vec::new();
    let n = usize::try_from(n.max(0)).unwrap_or(0);
    while picked.len() < n && !items.is_empty() {
        let i = random_index(items.len());
        picked.push(items.remove(i));
    }
    Ok(liquid_array(picked))
}

fn array_op(call: &Call<'_>, f: impl FnOnce(&mut Vec<Value>)) -> Result<Out, String> {
    if call.input_range().is_some() {
        // A Ruby `Range` is no `Array`: Jekyll returns it as it is.
        return Ok(Out::Liquid(call.written.to_value()));
    }
    match call.input_value() {
        Value::Array(a) => {
            let mut items = (*a).clone();
            f(&mut items);
            Ok(Value::array(items).into())
        }
        other => Ok(other.into()),
    }
}

fn count(call: &Call<'_>) -> Result<usize, String> {
    if !call.has(0) {
        return Ok(1);
    }
    let n = to_integer(&call.value(0)).ok_or("invalid integer")?;
    usize::try_from(n).map_err(|_| "negative array size".to_owned())
}

/// `push: item`.
pub(super) fn push(call: &Call<'_>) -> Result<Out, String> {
    let item = call.value(0);
    array_op(call, |a| a.push(item))
}

/// `pop`, `pop: n`.
pub(super) fn pop(call: &Call<'_>) -> Result<Out, String> {
    // Jekyll returns a non-array before it reads the count.
    if !is_array(call) {
        return array_op(call, |_| {});
    }
    let n = count(call)?;
    array_op(call, |a| a.truncate(a.len().saturating_sub(n)))
}

/// Whether the input is an `Array` in Ruby (a range is not).
fn is_array(call: &Call<'_>) -> bool {
    call.input_range().is_none() && matches!(call.input_value(), Value::Array(_))
}

/// `shift`, `shift: n`.
pub(super) fn shift(call: &Call<'_>) -> Result<Out, String> {
    if !is_array(call) {
        return array_op(call, |_| {});
    }
    let n = count(call)?;
    array_op(call, |a| {
        a.drain(..n.min(a.len()));
    })
}

/// `unshift: item`.
pub(super) fn unshift(call: &Call<'_>) -> Result<Out, String> {
    let item = call.value(0);
    array_op(call, |a| a.insert(0, item))
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::{Engine, Hash, NoSite, Options, Value};

    fn render(source: &str, globals: Hash) -> String {
        let engine = Engine::new(Options::default(), Arc::new(NoSite));
        let out = engine
            .parse(source, "t.html", 1)
            .and_then(|t| engine.render(&t, &globals));
        out.unwrap_or_else(|e| e.to_string())
    }

    /// Posts whose `my_prop` is missing, nil, "", [], {}, "x" and [a, b], in that order.
    fn posts() -> Hash {
        let props = [
            None,
            Some(Value::Nil),
            Some(Value::str("")),
            Some(Value::array(vec![])),
            Some(Value::hash(Hash::new())),
            Some(Value::str("x")),
            Some(Value::array(vec![Value::str("a"), Value::str("b")])),
        ];
        let posts = props
            .into_iter()
            .enumerate()
            .map(|(i, prop)| {
                let mut h = Hash::new();
                h.insert("n".into(), Value::Int(i64::try_from(i).unwrap_or(0)));
                if let Some(p) = prop {
                    h.insert("my_prop".into(), p);
                }
                Value::hash(h)
            })
            .collect();
        let mut globals = Hash::new();
        globals.insert("posts".into(), Value::array(posts));
        globals
    }

    // Expected: Jekyll 4.3.1 (fixtures/docs-filters, "where my_prop empty").
    #[test]
    fn where_empty_or_blank_matches_nil_missing_and_empty_values() {
        for literal in ["empty", "blank"] {
            let source =
                format!("{{{{ posts | where: 'my_prop', {literal} | map: 'n' | join: ',' }}}}");
            assert_eq!(render(&source, posts()), "0,1,2,3,4", "{literal}");
        }
        let found = "{{ posts | find: 'my_prop', empty | map: 'n' }}";
        assert_eq!(render(found, posts()), "0");
    }

    // Expected: Jekyll 4.3.1, `{{ h | sort | jsonify }}` with h = {b: 1, a: [2]}.
    #[test]
    fn sorting_a_hash_sorts_its_pairs() {
        let mut h = Hash::new();
        h.insert("b".into(), Value::Int(1));
        h.insert("a".into(), Value::array(vec![Value::Int(2)]));
        let mut globals = Hash::new();
        globals.insert("h".into(), Value::hash(h));
        let source = "{{ h | sort | jsonify }} {% assign pairs = h | sort %}{% for pair in pairs %}{{ pair[0] }}{% endfor %}";
        assert_eq!(render(source, globals), r#"[["a",[2]],["b",1]] ab"#);
    }

    #[test]
    fn where_nil_matches_nil_and_missing_only() {
        let source = "{{ posts | where: 'my_prop', nil | map: 'n' | join: ',' }}";
        assert_eq!(render(source, posts()), "0,1");
        let source = "{{ posts | where: 'my_prop', '' | map: 'n' | join: ',' }}";
        assert_eq!(render(source, posts()), "2");
    }
}
