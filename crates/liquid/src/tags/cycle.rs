//! `{% cycle %}` as Ruby Liquid has it: the group name is an expression
//! (undefined names share the nil group), an unnamed cycle is keyed by its
//! values, and a position past the end of a shorter cycle prints nothing.

use std::collections::HashMap;
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};

use liquid_core::Runtime;
use liquid_core::model::ValueView;
use liquid_core::parser::{Language, ParseTag, TagReflection, TagTokenIter};
use liquid_core::runtime::{Expression, Renderable};

use crate::value::from_view;

/// The `cycle` tag.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CycleTag;

impl TagReflection for CycleTag {
    fn tag(&self) -> &str {
        "cycle"
    }
    fn description(&self) -> &str {
        "Prints its values in turn, one per call."
    }
}

#[derive(Debug)]
enum Group {
    Named(Expression),
    Unnamed(String),
}

#[derive(Debug)]
struct Cycle {
    group: Group,
    values: Vec<Expression>,
}

/// Cycle tags parsed so far, to tell apart those whose values are variables.
static TAGS: AtomicUsize = AtomicUsize::new(0);

/// Where each cycle group is.
#[derive(Default)]
struct Positions(HashMap<String, usize>);

impl ParseTag for CycleTag {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        _options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let tokens: Vec<_> = arguments.collect();
        let named = tokens.get(1).is_some_and(|t| t.as_str() == ":");
        let mut values = Vec::new();
        let mut group = None;
        for (i, token) in tokens.into_iter().enumerate() {
            if matches!(token.as_str(), "," | ":") {
                continue;
            }
            let value = token.expect_value().into_result()?;
            if named && i == 0 {
                group = Some(value);
            } else {
                values.push(value);
            }
        }
        let group = match group {
            Some(g) => Group::Named(g),
            None => {
                let mut key = format!(
                    "[{}]",
                    values
                        .iter()
                        .map(|v| v.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                );
                // Ruby names an unnamed cycle by `inspect` of its values,
                // where a variable shows its object id: such a cycle is
                // never shared with another tag.
                if values.iter().any(|v| matches!(v, Expression::Variable(_))) {
                    key.push_str(&format!("#{}", TAGS.fetch_add(1, Ordering::Relaxed)));
                }
                Group::Unnamed(key)
            }
        };
        Ok(Box::new(Cycle { group, values }))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

impl Renderable for Cycle {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let key = match &self.group {
            Group::Named(e) => {
                let v = e.evaluate(runtime)?;
                if v.is_nil() {
                    String::new()
                } else {
                    v.to_kstr().to_string()
                }
            }
            Group::Unnamed(k) => k.clone(),
        };
        let position = runtime
            .registers()
            .get_mut::<Positions>()
            .0
            .get(&key)
            .copied()
            .unwrap_or(0);
        if let Some(e) = self.values.get(position) {
            let v = e.evaluate(runtime)?;
            writer
                .write_all(from_view(v.as_view()).to_ruby_string().as_bytes())
                .map_err(|e| liquid_core::Error::with_msg(e.to_string()))?;
        }
        let next = if position + 1 >= self.values.len() {
            0
        } else {
            position + 1
        };
        runtime
            .registers()
            .get_mut::<Positions>()
            .0
            .insert(key, next);
        Ok(())
    }
}
