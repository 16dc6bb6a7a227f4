//! The rendering runtime: lenient, ordered lookups straight into the site's
//! [`Value`]s, with no copies of site data.
//!
//! liquid-core's own `StackFrame` copies every value it returns and fails on
//! undefined variables; Jekyll returns `nil`. [`Root`] holds the globals and
//! the variables assigned while rendering; [`Frame`] layers loop variables and
//! `include` parameters on top, borrowing their values.

use std::cell::RefCell;
use std::collections::BTreeSet;

use liquid_core::model::{KString, KStringCow, KStringRef, ScalarCow, ValueCow, ValueView};
use liquid_core::runtime::{PartialStore, Registers, Renderable};
use liquid_core::{Object, Runtime};

use crate::value::{Hash, ORDER_KEY, Value, object_entries};

/// The bounds of a range (`(3..1)` is `(3, 1)`), when `value` is one.
pub(crate) fn range_bounds(value: &dyn ValueView) -> Option<(i64, i64)> {
    let text = crate::value::range_text(value)?;
    let (first, last) = text.split_once("..")?;
    Some((first.parse().ok()?, last.parse().ok()?))
}

/// Ruby's lookup of `key` in `value`: hash keys, array indexes, and the
/// `size`, `first` and `last` commands.
pub(crate) fn index<'a>(value: &'a dyn ValueView, key: &ScalarCow<'_>) -> Option<ValueCow<'a>> {
    if let Some((first, last)) = range_bounds(value) {
        // A Ruby `Range` has no `[]`: only the commands, and its `first`
        // and `last` are its bounds, even when it is empty (`(3..1).last`
        // is 1).
        let n = match key.to_kstr().as_str() {
            "first" => first,
            "last" => last,
            "size" => last.saturating_sub(first).saturating_add(1).max(0),
            _ => return None,
        };
        return Some(ValueCow::Owned(liquid_core::Value::scalar(n)));
    }
    if let Some(shared) = crate::value::resolve(value) {
        return index(&shared, key).map(|v| ValueCow::Owned(v.into_owned()));
    }
    if let Some(obj) = value.as_object() {
        let k = key.to_kstr();
        if k.as_str() == ORDER_KEY {
            return None;
        }
        if let Some(v) = obj.get(k.as_str()) {
            return Some(ValueCow::Borrowed(v));
        }
        let hidden = i64::from(obj.contains_key(ORDER_KEY));
        return match k.as_str() {
            "size" => Some(ValueCow::Owned(liquid_core::Value::scalar(
                obj.size() - hidden,
            ))),
            "first" => object_entries(obj).into_iter().next().map(|(k, v)| {
                ValueCow::Owned(liquid_core::Value::array([
                    liquid_core::Value::scalar(k),
                    v.to_value(),
                ]))
            }),
            _ => None,
        };
    }
    if let Some(arr) = value.as_array() {
        if key.type_name() == "whole number" {
            return arr.get(key.to_integer()?).map(ValueCow::Borrowed);
        }
        return match key.to_kstr().as_str() {
            "size" => Some(ValueCow::Owned(liquid_core::Value::scalar(arr.size()))),
            "first" => arr.first().map(ValueCow::Borrowed),
            "last" => arr.last().map(ValueCow::Borrowed),
            _ => None,
        };
    }
    if let Some(s) = value.as_scalar()
        && s.type_name() == "string"
        && key.to_kstr().as_str() == "size"
    {
        let n = i64::try_from(s.to_kstr().chars().count()).unwrap_or(i64::MAX);
        return Some(ValueCow::Owned(liquid_core::Value::scalar(n)));
    }
    // `Integer#size`: its machine size in bytes.
    if let Some(s) = value.as_scalar()
        && s.type_name() == "whole number"
        && key.to_kstr().as_str() == "size"
    {
        return Some(ValueCow::Owned(liquid_core::Value::scalar(8i64)));
    }
    None
}

/// The runtime path of a dotted variable path (`page.title`,
/// `site.data.nav.0`): through `__hyde_root` when the tags keep the
/// variable under an encoded name (`crate::frontend::encode_name`, for
/// `nil_x` or `123`).
pub(crate) fn dotted_path(path: &str) -> Vec<ScalarCow<'static>> {
    let first = path.split('.').next().unwrap_or("");
    let root = (crate::frontend::encode_name(first) != first)
        .then(|| ScalarCow::new(crate::frontend::ROOT));
    root.into_iter()
        .chain(path.split('.').map(|part| match part.parse::<i64>() {
            Ok(i) => ScalarCow::new(i),
            Err(_) => ScalarCow::new(part.to_owned()),
        }))
        .collect()
}

/// Follows `path` from `value`; `None` where a step is missing.
pub(crate) fn find<'a>(value: &'a dyn ValueView, path: &[ScalarCow<'_>]) -> Option<ValueCow<'a>> {
    let mut current = ValueCow::Borrowed(value);
    for key in path {
        current = match current {
            ValueCow::Borrowed(v) => index(v, key)?,
            ValueCow::Owned(v) => ValueCow::Owned(index(v.as_view(), key)?.into_owned()),
        };
    }
    Some(current)
}

/// `__hyde_root[name]…`: the variable `name`, under its own name or the
/// encoded one tags give it (`crate::frontend::encode_name`).
fn root_lookup<'a>(
    path: &[ScalarCow<'_>],
    get: impl Fn(&[ScalarCow<'_>]) -> Option<ValueCow<'a>>,
) -> Option<ValueCow<'a>> {
    let name = path.get(1)?.to_kstr();
    let encoded = crate::frontend::encode_name(name.as_str());
    if encoded.as_ref() != name.as_str() {
        let mut renamed: Vec<ScalarCow<'_>> = path[1..].to_vec();
        renamed[0] = ScalarCow::new(encoded.into_owned());
        if let Some(v) = get(&renamed) {
            return Some(v);
        }
    }
    get(&path[1..])
}

/// `__hyde_key.name…` (see `crate::frontend::KEY`): the index `name…` when
/// it is a scalar, else a key no hash or array has.
fn key_lookup<'a>(
    path: &[ScalarCow<'_>],
    get: impl Fn(&[ScalarCow<'_>]) -> Option<ValueCow<'a>>,
) -> ValueCow<'a> {
    match path.get(1..).filter(|p| !p.is_empty()).and_then(get) {
        Some(v) if v.as_scalar().is_some() => v,
        _ => ValueCow::Owned(liquid_core::Value::scalar("\u{1}hyde-no-key")),
    }
}

/// `__hyde_rng[a][b]` (see `crate::frontend::RANGE_ARG`): the range `a..b`,
/// its bounds read as Ruby's `RangeLookup` reads them (`to_i`).
fn range_arg(path: &[ScalarCow<'_>]) -> ValueCow<'static> {
    let bound = |i: usize| {
        path.get(i).map_or(0, |s| match s.to_integer() {
            Some(n) => n,
            None => s
                .to_float()
                .map(|f| f as i64)
                .unwrap_or_else(|| crate::filters::text::ruby_to_i(&s.to_kstr())),
        })
    };
    let (start, end) = (bound(1), bound(2));
    let items = crate::value::Value::array((start..=end).map(crate::value::Value::Int).collect());
    ValueCow::Owned(crate::value::to_liquid_range(start, end, items))
}

fn nil() -> ValueCow<'static> {
    ValueCow::Owned(liquid_core::Value::Nil)
}

/// Ruby's `undefined variable KEY`, naming the first key not found.
fn undefined(root: &dyn Runtime, path: &[ScalarCow<'_>]) -> liquid_core::Error {
    let missing = (1..=path.len())
        .find(|n| root.try_get(&path[..*n]).is_none())
        .and_then(|n| path.get(n - 1))
        .map_or_else(String::new, |k| k.to_kstr().to_string());
    liquid_core::Error::with_msg(format!("undefined variable {missing}"))
}

/// The bottom of the runtime: globals, assigned variables, counters.
pub(crate) struct Root<'g> {
    globals: &'g Hash,
    assigned: RefCell<Object>,
    indexes: RefCell<Object>,
    registers: Registers,
    partials: NoPartials,
    strict_variables: bool,
}

impl<'g> Root<'g> {
    pub(crate) fn new(globals: &'g Hash, strict_variables: bool) -> Self {
        Root {
            globals,
            assigned: RefCell::default(),
            indexes: RefCell::default(),
            registers: Registers::default(),
            partials: NoPartials,
            strict_variables,
        }
    }
}

impl Runtime for Root<'_> {
    fn partials(&self) -> &dyn PartialStore {
        &self.partials
    }

    fn name(&self) -> Option<KStringRef<'_>> {
        None
    }

    fn roots(&self) -> BTreeSet<KStringCow<'_>> {
        let mut roots: BTreeSet<KStringCow<'_>> = self
            .globals
            .keys()
            .map(|k| KStringCow::from_ref(k))
            .collect();
        roots.extend(
            self.assigned
                .borrow()
                .keys()
                .map(|k| KStringCow::from(k.clone())),
        );
        roots
    }

    fn try_get(&self, path: &[ScalarCow<'_>]) -> Option<ValueCow<'_>> {
        let key = path.first()?.to_kstr();
        if key.as_str() == crate::frontend::ROOT {
            return root_lookup(path, |p| self.try_get(p));
        }
        if key.as_str() == crate::frontend::KEY {
            return Some(key_lookup(path, |p| self.try_get(p)));
        }
        if key.as_str() == crate::frontend::RANGE_ARG {
            return Some(range_arg(path));
        }
        if let Some(v) = self.assigned.borrow().get(key.as_str()) {
            return find(v.as_view(), &path[1..]).map(|v| ValueCow::Owned(v.into_owned()));
        }
        // `increment` / `decrement` counters live in Ruby's first environment.
        if let Some(v) = self.indexes.borrow().get(key.as_str()) {
            return find(v.as_view(), &path[1..]).map(|v| ValueCow::Owned(v.into_owned()));
        }
        let v: &Value = self.globals.get(key.as_str())?;
        find(v, &path[1..])
    }

    fn get(&self, path: &[ScalarCow<'_>]) -> liquid_core::Result<ValueCow<'_>> {
        match self.try_get(path) {
            Some(v) => Ok(v),
            None if self.strict_variables => Err(undefined(self, path)),
            None => Ok(nil()),
        }
    }

    fn set_global(&self, name: KString, val: liquid_core::Value) -> Option<liquid_core::Value> {
        self.assigned.borrow_mut().insert(name, val)
    }

    fn set_index(&self, name: KString, val: liquid_core::Value) -> Option<liquid_core::Value> {
        self.indexes.borrow_mut().insert(name, val)
    }

    fn get_index<'a>(&'a self, name: &str) -> Option<ValueCow<'a>> {
        self.indexes
            .borrow()
            .get(name)
            .map(|v| ValueCow::Owned(v.clone()))
    }

    fn registers(&self) -> &Registers {
        &self.registers
    }
}

/// The variable an expression's value is assigned to inside a [`Frame`], which
/// keeps it rather than passing it on (see [`Frame::take_result`]).
pub(crate) const RESULT: &str = "__hyde_result";

/// Variables layered over a runtime (loop variables, `include`), borrowed.
pub(crate) struct Frame<'p> {
    parent: &'p dyn Runtime,
    vars: Vec<(&'p str, &'p dyn ValueView)>,
    result: std::cell::RefCell<Option<liquid_core::Value>>,
}

impl<'p> Frame<'p> {
    pub(crate) fn new(parent: &'p dyn Runtime, vars: Vec<(&'p str, &'p dyn ValueView)>) -> Self {
        Frame {
            parent,
            vars,
            result: std::cell::RefCell::new(None),
        }
    }

    /// What a template rendered in this frame assigned to [`RESULT`].
    pub(crate) fn take_result(&self) -> Option<liquid_core::Value> {
        self.result.borrow_mut().take()
    }
}

impl Runtime for Frame<'_> {
    fn partials(&self) -> &dyn PartialStore {
        self.parent.partials()
    }

    fn name(&self) -> Option<KStringRef<'_>> {
        self.parent.name()
    }

    fn roots(&self) -> BTreeSet<KStringCow<'_>> {
        let mut roots = self.parent.roots();
        roots.extend(self.vars.iter().map(|(k, _)| KStringCow::from_ref(k)));
        roots
    }

    fn try_get(&self, path: &[ScalarCow<'_>]) -> Option<ValueCow<'_>> {
        if path.first()?.to_kstr().as_str() == crate::frontend::ROOT {
            return root_lookup(path, |p| self.try_get(p));
        }
        if path.first()?.to_kstr().as_str() == crate::frontend::KEY {
            return Some(key_lookup(path, |p| self.try_get(p)));
        }
        if path.first()?.to_kstr().as_str() == crate::frontend::RANGE_ARG {
            return Some(range_arg(path));
        }
        let key = path.first()?.to_kstr();
        match self.vars.iter().rev().find(|(k, _)| *k == key.as_str()) {
            Some((_, v)) => find(*v, &path[1..]),
            None => self.parent.try_get(path),
        }
    }

    fn get(&self, path: &[ScalarCow<'_>]) -> liquid_core::Result<ValueCow<'_>> {
        let Some(first) = path.first() else {
            return Ok(nil());
        };
        if first.to_kstr().as_str() == crate::frontend::ROOT {
            return Ok(root_lookup(path, |p| self.try_get(p))
                .unwrap_or(ValueCow::Owned(liquid_core::Value::Nil)));
        }
        if first.to_kstr().as_str() == crate::frontend::KEY {
            return Ok(key_lookup(path, |p| self.try_get(p)));
        }
        if first.to_kstr().as_str() == crate::frontend::RANGE_ARG {
            return Ok(range_arg(path));
        }
        let key = first.to_kstr();
        match self.vars.iter().rev().find(|(k, _)| *k == key.as_str()) {
            Some((_, v)) => {
                Ok(find(*v, &path[1..]).unwrap_or(ValueCow::Owned(liquid_core::Value::Nil)))
            }
            None => self.parent.get(path),
        }
    }

    fn set_global(&self, name: KString, val: liquid_core::Value) -> Option<liquid_core::Value> {
        if name.as_str() == RESULT {
            return self.result.borrow_mut().replace(val);
        }
        self.parent.set_global(name, val)
    }

    fn set_index(&self, name: KString, val: liquid_core::Value) -> Option<liquid_core::Value> {
        self.parent.set_index(name, val)
    }

    fn get_index<'a>(&'a self, name: &str) -> Option<ValueCow<'a>> {
        self.parent.get_index(name)
    }

    fn registers(&self) -> &Registers {
        self.parent.registers()
    }
}

/// hyde resolves includes itself; liquid-core's partials are never used.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NoPartials;

impl PartialStore for NoPartials {
    fn contains(&self, _name: &str) -> bool {
        false
    }

    fn names(&self) -> Vec<&str> {
        Vec::new()
    }

    fn try_get(&self, _name: &str) -> Option<std::sync::Arc<dyn Renderable>> {
        None
    }

    fn get(&self, name: &str) -> liquid_core::Result<std::sync::Arc<dyn Renderable>> {
        Err(liquid_core::Error::with_msg(format!(
            "Could not find partial '{name}'"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn globals() -> Hash {
        let mut page = Hash::new();
        page.insert("title".into(), Value::str("Hi"));
        page.insert(
            "tags".into(),
            Value::array(vec![Value::str("a"), Value::str("b")]),
        );
        let mut g = Hash::new();
        g.insert("page".into(), Value::hash(page));
        g
    }

    fn path(keys: &[&str]) -> Vec<ScalarCow<'static>> {
        keys.iter().map(|k| ScalarCow::new(k.to_string())).collect()
    }

    #[test]
    fn undefined_variables_are_nil() {
        let g = globals();
        let root = Root::new(&g, false);
        let v = root
            .get(&path(&["page", "nope", "deeper"]))
            .map(|v| v.is_nil());
        assert!(matches!(v, Ok(true)));
        assert!(root.get(&path(&["nope"])).is_ok_and(|v| v.is_nil()));
    }

    #[test]
    fn site_data_is_borrowed_not_copied() {
        let g = globals();
        let root = Root::new(&g, false);
        let v = root.get(&path(&["page", "title"]));
        assert!(matches!(v, Ok(ValueCow::Borrowed(_))));
    }

    #[test]
    fn size_first_last_work_on_arrays() {
        let g = globals();
        let root = Root::new(&g, false);
        let size = root
            .get(&path(&["page", "tags", "size"]))
            .map(|v| v.render().to_string());
        assert_eq!(size.ok().as_deref(), Some("2"));
        let last = root
            .get(&path(&["page", "tags", "last"]))
            .map(|v| v.render().to_string());
        assert_eq!(last.ok().as_deref(), Some("b"));
    }
}
