//! The `include` hash of an include's parameters, borrowing their values.

use std::fmt;

use liquid_core::model::{DisplayCow, KStringCow, ObjectView, State, ValueCow, ValueView};

/// `include.*`: parameter names in order, values borrowed from the caller.
pub(crate) struct Params<'a> {
    pub(crate) entries: Vec<(String, ValueCow<'a>)>,
}

impl fmt::Debug for Params<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map()
            .entries(
                self.entries
                    .iter()
                    .map(|(k, v)| (k, v.as_view().as_debug())),
            )
            .finish()
    }
}

impl Params<'_> {
    fn to_ours(&self) -> crate::Value {
        let map: crate::Hash = self
            .entries
            .iter()
            .map(|(k, v)| (k.clone(), crate::value::from_view(v.as_view())))
            .collect();
        crate::Value::hash(map)
    }
}

struct Render(String);

impl fmt::Display for Render {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl ValueView for Params<'_> {
    fn as_debug(&self) -> &dyn fmt::Debug {
        self
    }
    fn render(&self) -> DisplayCow<'_> {
        DisplayCow::Owned(Box::new(Render(self.to_ours().to_ruby_string())))
    }
    fn source(&self) -> DisplayCow<'_> {
        DisplayCow::Owned(Box::new(Render(self.to_ours().inspect())))
    }
    fn type_name(&self) -> &'static str {
        "object"
    }
    fn query_state(&self, state: State) -> bool {
        match state {
            State::Truthy => true,
            State::DefaultValue | State::Empty | State::Blank => self.entries.is_empty(),
        }
    }
    fn to_kstr(&self) -> KStringCow<'_> {
        KStringCow::from_string(self.to_ours().to_ruby_string())
    }
    fn to_value(&self) -> liquid_core::Value {
        let mut o = liquid_core::Object::new();
        for (k, v) in &self.entries {
            o.insert(k.clone().into(), v.as_view().to_value());
        }
        liquid_core::Value::Object(o)
    }
    fn as_object(&self) -> Option<&dyn ObjectView> {
        Some(self)
    }
}

impl ObjectView for Params<'_> {
    fn as_value(&self) -> &dyn ValueView {
        self
    }
    fn size(&self) -> i64 {
        i64::try_from(self.entries.len()).unwrap_or(i64::MAX)
    }
    fn keys<'k>(&'k self) -> Box<dyn Iterator<Item = KStringCow<'k>> + 'k> {
        Box::new(self.entries.iter().map(|(k, _)| KStringCow::from_ref(k)))
    }
    fn values<'k>(&'k self) -> Box<dyn Iterator<Item = &'k dyn ValueView> + 'k> {
        Box::new(self.entries.iter().map(|(_, v)| v.as_view()))
    }
    fn iter<'k>(&'k self) -> Box<dyn Iterator<Item = (KStringCow<'k>, &'k dyn ValueView)> + 'k> {
        Box::new(
            self.entries
                .iter()
                .map(|(k, v)| (KStringCow::from_ref(k), v.as_view())),
        )
    }
    fn contains_key(&self, index: &str) -> bool {
        self.entries.iter().any(|(k, _)| k == index)
    }
    fn get<'s>(&'s self, index: &str) -> Option<&'s dyn ValueView> {
        // Later parameters of the same name win, as in a Ruby hash.
        self.entries
            .iter()
            .rev()
            .find(|(k, _)| k == index)
            .map(|(_, v)| v.as_view())
    }
}
