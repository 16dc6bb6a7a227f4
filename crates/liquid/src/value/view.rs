//! [`Value`] seen through liquid-core's `ValueView`, `ArrayView` and
//! `ObjectView`: Ruby's printing, ordered keys, and no copies.

use std::fmt;

use liquid_core::model::{
    ArrayView, DisplayCow, KStringCow, ObjectView, ScalarCow, State, ValueView,
};

use super::{Value, ruby};

/// Renders a [`Value`] with Ruby's `to_s`.
struct ToS<'a>(&'a Value);

impl fmt::Display for ToS<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ruby::write_to_s(f, self.0)
    }
}

/// Renders a [`Value`] with Ruby's `inspect`.
struct Inspect<'a>(&'a Value);

impl fmt::Display for Inspect<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        ruby::write_inspect(f, self.0)
    }
}

fn liquid_date(d: &chrono::NaiveDate) -> Option<liquid_core::model::Date> {
    use chrono::Datelike;
    let month = u8::try_from(d.month()).ok()?;
    let day = u8::try_from(d.day()).ok()?;
    Some(liquid_core::model::Date::from_ymd(d.year(), month, day))
}

/// liquid-core's date-time for `t`: its wall-clock time, with the fraction of the second,
/// at its offset in whole minutes (what `%z` shows). Built directly: liquid-core's
/// `DateTime::from_str` compiles a regex on every call.
fn liquid_time(t: &chrono::DateTime<chrono::FixedOffset>) -> Option<liquid_core::model::DateTime> {
    use chrono::{Datelike, Timelike};
    let local = t.naive_local();
    let month = time::Month::try_from(u8::try_from(local.month()).ok()?).ok()?;
    let date = time::Date::from_calendar_date(local.year(), month, u8::try_from(local.day()).ok()?)
        .ok()?;
    let clock = time::Time::from_hms_nano(
        u8::try_from(local.hour()).ok()?,
        u8::try_from(local.minute()).ok()?,
        u8::try_from(local.second()).ok()?,
        local.nanosecond(),
    )
    .ok()?;
    let offset =
        time::UtcOffset::from_whole_seconds(t.offset().local_minus_utc() / 60 * 60).ok()?;
    let mut out = liquid_core::model::DateTime::default();
    *out = time::PrimitiveDateTime::new(date, clock).assume_offset(offset);
    Some(out)
}

impl ValueView for Value {
    fn as_debug(&self) -> &dyn fmt::Debug {
        self
    }

    fn render(&self) -> DisplayCow<'_> {
        match self {
            Value::Str(s) => DisplayCow::Owned(Box::new(&**s)),
            _ => DisplayCow::Owned(Box::new(ToS(self))),
        }
    }

    fn source(&self) -> DisplayCow<'_> {
        DisplayCow::Owned(Box::new(Inspect(self)))
    }

    fn type_name(&self) -> &'static str {
        match self {
            Value::Nil => "nil",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "whole number",
            Value::Float(_) => "fractional number",
            Value::Str(_) => "string",
            Value::Date(_) => "date",
            Value::Time(_) => "date time",
            // Told apart by `from_view`, so the UTC flag survives a lookup.
            Value::TimeUtc(_) => super::convert::UTC_TIME,
            Value::Array(_) => "array",
            Value::Hash(_) | Value::Object(_) => "object",
        }
    }

    fn query_state(&self, state: State) -> bool {
        match state {
            State::Truthy => self.is_truthy(),
            State::DefaultValue => match self {
                Value::Nil | Value::Bool(false) => true,
                Value::Str(s) => s.is_empty(),
                Value::Array(a) => a.is_empty(),
                Value::Hash(h) => h.is_empty(),
                Value::Object(o) => o.hash().is_empty(),
                _ => false,
            },
            State::Empty => match self {
                Value::Str(s) => s.is_empty(),
                Value::Array(a) => a.is_empty(),
                Value::Hash(h) => h.is_empty(),
                Value::Object(o) => o.hash().is_empty(),
                _ => false,
            },
            State::Blank => match self {
                Value::Nil | Value::Bool(false) => true,
                Value::Str(s) => s.trim().is_empty(),
                Value::Array(a) => a.is_empty(),
                Value::Hash(h) => h.is_empty(),
                Value::Object(o) => o.hash().is_empty(),
                _ => false,
            },
        }
    }

    fn to_kstr(&self) -> KStringCow<'_> {
        match self {
            Value::Str(s) => KStringCow::from_ref(s),
            _ => KStringCow::from_string(ruby::to_s(self)),
        }
    }

    fn to_value(&self) -> liquid_core::Value {
        super::convert::to_liquid(self)
    }

    fn as_scalar(&self) -> Option<ScalarCow<'_>> {
        match self {
            Value::Bool(b) => Some(ScalarCow::new(*b)),
            Value::Int(i) => Some(ScalarCow::new(*i)),
            Value::Float(f) => Some(ScalarCow::new(*f)),
            Value::Str(s) => Some(ScalarCow::new(&**s)),
            Value::Date(d) => liquid_date(d).map(ScalarCow::new),
            Value::Time(t) => liquid_time(t).map(ScalarCow::new),
            Value::TimeUtc(t) => liquid_time(&t.fixed_offset()).map(ScalarCow::new),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&dyn ArrayView> {
        match self {
            Value::Array(_) => Some(self),
            _ => None,
        }
    }

    fn as_object(&self) -> Option<&dyn ObjectView> {
        match self {
            Value::Hash(_) | Value::Object(_) => Some(self),
            _ => None,
        }
    }

    fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }
}

fn items(value: &Value) -> &[Value] {
    value.as_array().unwrap_or(&[])
}

/// Ruby's index into an array: negative counts from the end.
pub(crate) fn array_index(len: usize, index: i64) -> Option<usize> {
    let len = i64::try_from(len).ok()?;
    let i = if index < 0 { len + index } else { index };
    if (0..len).contains(&i) {
        usize::try_from(i).ok()
    } else {
        None
    }
}

impl ArrayView for Value {
    fn as_value(&self) -> &dyn ValueView {
        self
    }

    fn size(&self) -> i64 {
        i64::try_from(items(self).len()).unwrap_or(i64::MAX)
    }

    fn values<'k>(&'k self) -> Box<dyn Iterator<Item = &'k dyn ValueView> + 'k> {
        match self {
            Value::Array(a) => Box::new(a.iter().map(|v| v as &dyn ValueView)),
            Value::Hash(h) => Box::new(h.values().map(|v| v as &dyn ValueView)),
            Value::Object(o) => Box::new(o.entries().map(|(_, v)| v as &dyn ValueView)),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn contains_key(&self, index: i64) -> bool {
        array_index(items(self).len(), index).is_some()
    }

    fn get(&self, index: i64) -> Option<&dyn ValueView> {
        let a = items(self);
        array_index(a.len(), index).map(|i| &a[i] as &dyn ValueView)
    }
}

impl ObjectView for Value {
    fn as_value(&self) -> &dyn ValueView {
        self
    }

    fn size(&self) -> i64 {
        let n = self.as_map().map_or(0, |h| h.len());
        i64::try_from(n).unwrap_or(i64::MAX)
    }

    fn keys<'k>(&'k self) -> Box<dyn Iterator<Item = KStringCow<'k>> + 'k> {
        match self {
            Value::Hash(h) => Box::new(h.keys().map(|k| KStringCow::from_ref(k))),
            Value::Object(o) => Box::new(o.hash().keys().map(|k| KStringCow::from_ref(k))),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn values<'k>(&'k self) -> Box<dyn Iterator<Item = &'k dyn ValueView> + 'k> {
        ArrayView::values(self)
    }

    fn iter<'k>(&'k self) -> Box<dyn Iterator<Item = (KStringCow<'k>, &'k dyn ValueView)> + 'k> {
        match self {
            Value::Hash(h) => Box::new(
                h.iter()
                    .map(|(k, v)| (KStringCow::from_ref(k), v as &dyn ValueView)),
            ),
            Value::Object(o) => Box::new(
                o.entries()
                    .map(|(k, v)| (KStringCow::from_ref(k), v as &dyn ValueView)),
            ),
            _ => Box::new(std::iter::empty()),
        }
    }

    fn contains_key(&self, index: &str) -> bool {
        Value::get(self, index).is_some()
    }

    fn get<'s>(&'s self, index: &str) -> Option<&'s dyn ValueView> {
        Value::get(self, index).map(|v| v as &dyn ValueView)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Hash;

    #[test]
    fn renders_like_ruby() {
        assert_eq!(Value::Float(3.0).render().to_string(), "3.0");
        assert_eq!(Value::Nil.render().to_string(), "");
        let d = chrono::NaiveDate::from_ymd_opt(2020, 1, 15).map(Value::Date);
        assert_eq!(
            d.map(|d| d.render().to_string()).as_deref(),
            Some("2020-01-15")
        );
    }

    #[test]
    fn times_become_what_liquid_core_parses_from_their_text() {
        for text in [
            "2016-01-01T09:00:00+00:00",
            "2024-02-29T23:59:59.123456789-07:30",
            "1999-12-31T00:00:00+05:45",
        ] {
            let t = chrono::DateTime::parse_from_rfc3339(text).unwrap();
            let parsed = liquid_core::model::DateTime::from_str(
                &t.format("%Y-%m-%d %H:%M:%S%.f %z").to_string(),
            );
            assert_eq!(liquid_time(&t), parsed, "{text}");
            assert!(parsed.is_some());
        }
    }

    #[test]
    fn hash_keys_keep_their_order() {
        let mut h = Hash::new();
        for k in ["z", "a", "m"] {
            h.insert(k.into(), Value::Nil);
        }
        let v = Value::hash(h);
        let keys: Vec<String> = ObjectView::keys(&v).map(|k| k.to_string()).collect();
        assert_eq!(keys, ["z", "a", "m"]);
    }
}
