//! hyde's data model for Liquid: ordered hashes, cheap clones, Ruby's types.
//!
//! Jekyll's data (config, front matter, data files, the site and page hashes) is
//! Ruby data: hashes keep insertion order, YAML dates stay dates, and integers
//! and floats print as Ruby prints them. [`Value`] models exactly that. Arrays and
//! hashes are reference counted, so `site.posts`, `site.documents` and
//! `site.collections[n].docs` share the same document hashes and handing the
//! site to every page costs nothing.

mod convert;
mod object;
mod ruby;
mod view;

use std::sync::Arc;

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};
use indexmap::IndexMap;

pub(crate) use convert::{
    ORDER_KEY, SharedScope, from_view, object_entries, range_text, resolve, to_liquid,
    to_liquid_range,
};
pub(crate) use object::COLLAPSED_KEYS;
pub use object::{
    COLLECTION_DROP, ContentReads, JEKYLL_DROP, Object, ObjectKind, watch_content_reads,
    watch_own_content,
};
pub(crate) use ruby::{float_to_s, write_str_inspect};
pub(crate) use view::array_index;

/// An ordered hash, as Ruby's `Hash`.
pub type Hash = IndexMap<String, Value>;

/// A value of Jekyll's data model.
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub enum Value {
    /// Ruby's `nil`.
    #[default]
    Nil,
    /// `true` / `false`.
    Bool(bool),
    /// An `Integer`.
    Int(i64),
    /// A `Float`.
    Float(f64),
    /// A `String`.
    Str(Arc<str>),
    /// A YAML date without time (`2020-01-15`), Ruby's `Date`.
    Date(NaiveDate),
    /// A point in time with its UTC offset, Ruby's `Time`.
    Time(DateTime<FixedOffset>),
    /// A UTC `Time` (Ruby's `Time#utc?`, as YAML reads `2023-01-02T03:04:05Z`):
    /// it prints `UTC` where [`Value::Time`] prints `+0000`.
    TimeUtc(DateTime<Utc>),
    /// An `Array`; shared, copy on write.
    Array(Arc<Vec<Value>>),
    /// A `Hash`, in insertion order; shared, copy on write.
    Hash(Arc<Hash>),
    /// A Jekyll document or page, raw or in its `to_liquid` form ([`Object`]).
    Object(Arc<Object>),
}

impl Value {
    /// A string value.
    pub fn str(s: impl AsRef<str>) -> Self {
        Value::Str(Arc::from(s.as_ref()))
    }

    /// An array value.
    pub fn array(items: Vec<Value>) -> Self {
        Value::Array(Arc::new(items))
    }

    /// A hash value.
    pub fn hash(map: Hash) -> Self {
        Value::Hash(Arc::new(map))
    }

    /// An empty hash.
    pub fn empty_hash() -> Self {
        Value::Hash(Arc::new(Hash::new()))
    }

    /// The hash inside, if this is a hash.
    pub fn as_hash(&self) -> Option<&Hash> {
        match self {
            Value::Hash(h) => Some(h),
            _ => None,
        }
    }

    /// The hash inside, mutable (copied first when shared); `None` unless a hash.
    pub fn as_hash_mut(&mut self) -> Option<&mut Hash> {
        match self {
            Value::Hash(h) => Some(Arc::make_mut(h)),
            _ => None,
        }
    }

    /// The items, if this is an array.
    pub fn as_array(&self) -> Option<&[Value]> {
        match self {
            Value::Array(a) => Some(a),
            _ => None,
        }
    }

    /// The string, if this is a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::Str(s) => Some(s),
            _ => None,
        }
    }

    /// The boolean, if this is a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Value::Bool(b) => Some(*b),
            _ => None,
        }
    }

    /// The point in time, if this is a `Time` ([`Value::Time`] or
    /// [`Value::TimeUtc`]).
    pub fn as_time(&self) -> Option<DateTime<FixedOffset>> {
        match self {
            Value::Time(t) => Some(*t),
            Value::TimeUtc(t) => Some(t.fixed_offset()),
            _ => None,
        }
    }

    /// Whether this is `nil`.
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Ruby truthiness: everything but `nil` and `false` is true.
    pub fn is_truthy(&self) -> bool {
        !matches!(self, Value::Nil | Value::Bool(false))
    }

    /// Looks up `key` when this is a hash or a Jekyll object.
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Hash(h) => h.get(key),
            Value::Object(o) => o.get(key),
            _ => None,
        }
    }

    /// The hash behind a hash or a Jekyll object (whose `next`/`previous`, for a
    /// document, are only placeholders there: see [`Value::get`]).
    pub fn as_map(&self) -> Option<&Hash> {
        match self {
            Value::Hash(h) => Some(h),
            Value::Object(o) => Some(o.hash()),
            _ => None,
        }
    }

    /// The hash behind a hash or a Jekyll object, mutable (copied first when shared).
    pub fn as_map_mut(&mut self) -> Option<&mut Hash> {
        match self {
            Value::Hash(h) => Some(Arc::make_mut(h)),
            Value::Object(o) => Some(Arc::make_mut(o).hash_mut()),
            _ => None,
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::str(s)
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Str(Arc::from(s))
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Self {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Self {
        Value::Int(i)
    }
}

impl From<Vec<Value>> for Value {
    fn from(v: Vec<Value>) -> Self {
        Value::array(v)
    }
}

impl From<Hash> for Value {
    fn from(h: Hash) -> Self {
        Value::hash(h)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Self {
        Value::Float(f)
    }
}

impl Value {
    /// Ruby's `to_s` of this value, what `{{ value }}` prints.
    pub fn to_ruby_string(&self) -> String {
        ruby::to_s(self)
    }

    /// Ruby's `to_s` called on this value, as a string filter calls it: like
    /// [`Value::to_ruby_string`] but an array is its `inspect` (`["a", "b"]`).
    pub fn to_s_method(&self) -> String {
        ruby::to_s_method(self)
    }

    /// Ruby's `inspect` of this value.
    pub fn inspect(&self) -> String {
        ruby::inspect(self)
    }
}
