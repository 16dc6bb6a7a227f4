//! Conversions between [`Value`] and liquid-core's values.

use std::sync::Arc;

use chrono::{DateTime, NaiveDate};
use liquid_core::model::{ObjectView, ScalarCow, ValueView};

use super::{Hash, Value, ruby};

/// The key of a handle: a liquid-core object standing for one of our
/// arrays or hashes, shared rather than copied (see [`SharedScope`]).
pub(crate) const HANDLE_KEY: &str = "\u{1}hyde-shared";

thread_local! {
    /// The values handed to liquid-core during the current render.
    static SHARED: std::cell::RefCell<Option<Vec<Value>>> = const { std::cell::RefCell::new(None) };
}

/// While alive, converting one of our arrays or hashes into a liquid-core
/// value (as `assign` and filter results do) costs a reference count, not a
/// deep copy: liquid-core gets a small handle that hyde resolves wherever it
/// reads a value. One scope per [`crate::Engine::render`], on its thread.
pub(crate) struct SharedScope {
    previous: Option<Vec<Value>>,
}

impl SharedScope {
    /// Starts sharing on this thread.
    pub(crate) fn enter() -> SharedScope {
        let previous = SHARED.with(|s| s.borrow_mut().replace(Vec::new()));
        SharedScope { previous }
    }
}

impl Drop for SharedScope {
    fn drop(&mut self) {
        let previous = self.previous.take();
        SHARED.with(|s| *s.borrow_mut() = previous);
    }
}

/// A handle for `value`, when a render is sharing.
fn share(value: &Value) -> Option<liquid_core::Value> {
    SHARED.with(|s| {
        let mut s = s.borrow_mut();
        let shared = s.as_mut()?;
        let index = i64::try_from(shared.len()).ok()?;
        shared.push(value.clone());
        let mut o = liquid_core::Object::new();
        o.insert(HANDLE_KEY.into(), liquid_core::Value::scalar(index));
        Some(liquid_core::Value::Object(o))
    })
}

/// A hidden key in the handle of a Ruby `Range` (`(1..4)`), holding how
/// it prints (`1..4`); everywhere else it is the array of its items.
pub(crate) const RANGE_KEY: &str = "\u{1}hyde-range";

/// The handle of the range `start..end`, whose items are `items`: it
/// prints as Ruby prints a range ([`range_text`]). The plain array when
/// no render is sharing.
pub(crate) fn to_liquid_range(start: i64, end: i64, items: Value) -> liquid_core::Value {
    match share(&items) {
        Some(liquid_core::Value::Object(mut o)) => {
            o.insert(
                RANGE_KEY.into(),
                liquid_core::Value::scalar(format!("{start}..{end}")),
            );
            liquid_core::Value::Object(o)
        }
        _ => to_liquid(&items),
    }
}

/// How a range made by [`to_liquid_range`] prints (`1..4`).
pub(crate) fn range_text(view: &dyn ValueView) -> Option<String> {
    let text = view.as_object()?.get(RANGE_KEY)?.to_kstr();
    Some(text.into_owned().to_string())
}

/// The value behind a handle.
pub(crate) fn resolve(view: &dyn ValueView) -> Option<Value> {
    let index = view
        .as_object()?
        .get(HANDLE_KEY)?
        .as_scalar()?
        .to_integer()?;
    let index = usize::try_from(index).ok()?;
    SHARED.with(|s| s.borrow().as_ref().and_then(|v| v.get(index).cloned()))
}

/// A hidden key in the liquid-core objects hyde makes, listing the keys in
/// order: liquid-core's objects are hash maps, Ruby's hashes are ordered.
pub(crate) const ORDER_KEY: &str = "\u{1}hyde-key-order";

/// The entries of an object in order (its hidden key list when it has one).
pub(crate) fn object_entries(o: &dyn ObjectView) -> Vec<(String, &dyn ValueView)> {
    if let Some(order) = o.get(ORDER_KEY).and_then(|v| v.as_array()) {
        return order
            .values()
            .filter_map(|k| {
                let k = k.to_kstr().into_owned().to_string();
                o.get(&k).map(|v| (k, v))
            })
            .collect();
    }
    o.iter().map(|(k, v)| (k.to_string(), v)).collect()
}

/// The type name of a [`Value::TimeUtc`] (liquid-core's scalars have no
/// room for Ruby's UTC flag; its type name, used only in messages, has).
pub(crate) const UTC_TIME: &str = "date time (UTC)";

/// Converts any liquid value (ours or liquid-core's) into a [`Value`].
pub(crate) fn from_view(view: &dyn ValueView) -> Value {
    if view.is_nil() {
        return Value::Nil;
    }
    if let Some(v) = resolve(view) {
        return v;
    }
    // One of our arrays or hashes becomes a handle, which resolves to the
    // shared value: no copy during a render.
    if (view.is_array() || view.is_object())
        && let Some(v) = resolve(&view.to_value())
    {
        return v;
    }
    if let Some(s) = view.as_scalar() {
        if view.type_name() == UTC_TIME
            && let Value::Time(t) = from_scalar(&s)
        {
            return Value::TimeUtc(t.to_utc());
        }
        return from_scalar(&s);
    }
    if let Some(a) = view.as_array() {
        return Value::Array(Arc::new(a.values().map(from_view).collect()));
    }
    if let Some(o) = view.as_object() {
        let map: Hash = object_entries(o)
            .into_iter()
            .map(|(k, v)| (k, from_view(v)))
            .collect();
        return Value::Hash(Arc::new(map));
    }
    if let Some(state) = view.as_state() {
        // `empty` and `blank` used as values are empty strings in Ruby.
        let _ = state;
        return Value::str("");
    }
    Value::Nil
}

/// Converts a liquid-core scalar into a [`Value`].
pub(crate) fn from_scalar(s: &ScalarCow<'_>) -> Value {
    match s.type_name() {
        "boolean" => Value::Bool(s.to_bool().unwrap_or(false)),
        "whole number" => Value::Int(s.to_integer().unwrap_or(0)),
        "fractional number" => Value::Float(s.to_float().unwrap_or(0.0)),
        "date" => {
            let text = s.to_kstr();
            NaiveDate::parse_from_str(text.as_str(), "%Y-%m-%d")
                .map(Value::Date)
                .unwrap_or_else(|_| Value::str(text.as_str()))
        }
        "date time" => {
            let text = s.to_kstr();
            DateTime::parse_from_str(text.as_str(), "%Y-%m-%d %H:%M:%S%.f %z")
                .map(Value::Time)
                .unwrap_or_else(|_| Value::str(text.as_str()))
        }
        _ => Value::str(s.to_kstr().as_str()),
    }
}

/// Converts a [`Value`] into a liquid-core value: a handle during a render,
/// else a deep copy (with the key order kept in [`ORDER_KEY`]).
pub(crate) fn to_liquid(value: &Value) -> liquid_core::Value {
    let big = match value {
        Value::Array(a) => !a.is_empty(),
        Value::Hash(h) => !h.is_empty(),
        Value::Object(_) => true,
        // liquid-core's scalars have no UTC flag: a handle keeps it.
        Value::TimeUtc(_) => true,
        _ => false,
    };
    if big && let Some(handle) = share(value) {
        return handle;
    }
    match value {
        Value::Nil => liquid_core::Value::Nil,
        Value::Array(a) => liquid_core::Value::Array(a.iter().map(to_liquid).collect()),
        // Outside a render: the hash (a document's neighbours left out).
        Value::Object(o) => to_liquid(&Value::Hash(Arc::new(o.hash().clone()))),
        Value::Hash(h) => {
            let mut o = liquid_core::Object::new();
            for (k, v) in h.iter() {
                o.insert(k.clone().into(), to_liquid(v));
            }
            if h.len() > 1 {
                let keys = h
                    .keys()
                    .map(|k| liquid_core::Value::scalar(k.clone()))
                    .collect();
                o.insert(ORDER_KEY.into(), liquid_core::Value::Array(keys));
            }
            liquid_core::Value::Object(o)
        }
        Value::Str(s) => liquid_core::Value::scalar(s.to_string()),
        other => match other.as_scalar() {
            Some(s) => liquid_core::Value::Scalar(s.into_owned()),
            None => liquid_core::Value::scalar(ruby::to_s(other)),
        },
    }
}

impl From<&dyn ValueView> for Value {
    fn from(view: &dyn ValueView) -> Self {
        from_view(view)
    }
}

impl From<&liquid_core::Value> for Value {
    fn from(value: &liquid_core::Value) -> Self {
        from_view(value.as_view())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn liquid_values_come_back() {
        let v = liquid_core::Value::array([
            liquid_core::Value::scalar(1i64),
            liquid_core::Value::scalar(2.5f64),
            liquid_core::Value::scalar("s"),
            liquid_core::Value::Nil,
        ]);
        let back = Value::from(&v);
        assert_eq!(
            back,
            Value::array(vec![
                Value::Int(1),
                Value::Float(2.5),
                Value::str("s"),
                Value::Nil
            ])
        );
    }
}

#[cfg(test)]
mod sharing_tests {
    use super::*;

    #[test]
    fn renders_share_instead_of_copying() {
        let v = Value::array(vec![Value::Int(1), Value::str("x")]);
        let scope = SharedScope::enter();
        let handle = to_liquid(&v);
        assert!(
            handle
                .as_object()
                .is_some_and(|o| o.contains_key(HANDLE_KEY))
        );
        assert_eq!(from_view(handle.as_view()), v);
        drop(scope);
        assert!(to_liquid(&v).as_array().is_some());
    }
}
