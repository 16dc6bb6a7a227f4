//! Plain Liquid's own `{% include %}` and `{% render %}` (Liquid 5.4, in
//! [`crate::Flavor::Liquid`]): templates found by name through
//! [`crate::Partials`], `with` / `for` a value, `as` an alias, and `key: value`
//! arguments.
//!
//! * `include` renders in the caller's scope: it sees the caller's
//!   variables, its `assign`s stay, `break` leaves the caller's loop; the
//!   arguments and the bound variable go out of scope after it.
//! * `render` renders in a scope of its own: only its arguments and the bound
//!   variable (and, `for` an array, a `forloop`), its own counters; nothing
//!   leaks out.

use std::io::Write;
use std::sync::{Arc, Weak};

use liquid_core::model::{ValueCow, ValueView};
use liquid_core::parser::{
    Language, ParseTag, TagReflection, TagToken, TagTokenIter, TryMatchToken,
};
use liquid_core::runtime::{Expression, Renderable};
use liquid_core::{Runtime, Value as LiquidValue};

use crate::engine::Inner;
use crate::runtime::{Frame, Root};
use crate::state::RenderState;
use crate::value::{Hash, Value, from_view};

/// Which of the two tags.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Include,
    Render,
}

/// The `include` or `render` tag of plain Liquid.
#[derive(Clone)]
pub(crate) struct PartialTag {
    engine: Weak<Inner>,
    kind: Kind,
}

impl PartialTag {
    pub(crate) fn include(engine: Weak<Inner>) -> Self {
        PartialTag {
            engine,
            kind: Kind::Include,
        }
    }

    pub(crate) fn render(engine: Weak<Inner>) -> Self {
        PartialTag {
            engine,
            kind: Kind::Render,
        }
    }
}

impl TagReflection for PartialTag {
    fn tag(&self) -> &str {
        match self.kind {
            Kind::Include => "include",
            Kind::Render => "render",
        }
    }

    fn description(&self) -> &str {
        match self.kind {
            Kind::Include => "Renders a named template in the current scope.",
            Kind::Render => "Renders a named template in a scope of its own.",
        }
    }
}

/// A value as written: an expression or a range `(a..b)`.
#[derive(Debug)]
enum Operand {
    Value(Expression),
    Range(Expression, Expression),
}

impl Operand {
    fn read(token: TagToken<'_>) -> liquid_core::Result<Operand> {
        match token.expect_value() {
            TryMatchToken::Matches(v) => Ok(Operand::Value(v)),
            TryMatchToken::Fails(token) => match token.expect_range() {
                TryMatchToken::Matches((a, b)) => Ok(Operand::Range(a, b)),
                TryMatchToken::Fails(token) => Err(token.raise_error()),
            },
        }
    }

    fn evaluate<'r>(&'r self, runtime: &'r dyn Runtime) -> liquid_core::Result<ValueCow<'r>> {
        match self {
            Operand::Value(e) => e.evaluate(runtime),
            Operand::Range(a, b) => {
                let int = |v: ValueCow<'_>| match from_view(v.as_view()) {
                    Value::Int(i) => i,
                    Value::Float(f) => f as i64,
                    other => other.to_ruby_string().trim().parse().unwrap_or(0),
                };
                let (start, end) = (int(a.evaluate(runtime)?), int(b.evaluate(runtime)?));
                Ok(ValueCow::Owned(LiquidValue::Array(
                    (start..=end).map(LiquidValue::scalar).collect(),
                )))
            }
        }
    }
}

#[derive(Debug)]
struct Partial {
    engine: Weak<Inner>,
    kind: Kind,
    name: Operand,
    /// `with x` / `for x`: the value, and whether it was `for`.
    bound: Option<(Operand, bool)>,
    alias: Option<String>,
    arguments: Vec<(String, Operand)>,
}

impl ParseTag for PartialTag {
    fn parse(
        &self,
        arguments: TagTokenIter<'_>,
        _options: &Language,
    ) -> liquid_core::Result<Box<dyn Renderable>> {
        let mut tokens: Vec<TagToken<'_>> = arguments.collect();
        if tokens.is_empty() {
            return Err(liquid_core::Error::with_msg(format!(
                "Syntax error in tag '{}' - Valid syntax: {} '[template]' (with|for) [object|collection]",
                self.tag(),
                self.tag()
            )));
        }
        let first = tokens.remove(0);
        if self.kind == Kind::Render && !first.as_str().starts_with(['"', '\'']) {
            return Err(liquid_core::Error::with_msg(
                "Syntax error in tag 'render' - Template name must be a quoted string",
            ));
        }
        let name = Operand::read(first)?;
        let (mut bound, mut alias, mut args) = (None, None, Vec::new());
        let mut it = tokens.into_iter().peekable();
        while let Some(token) = it.next() {
            let word = token.as_str().to_owned();
            let is_key = it.peek().is_some_and(|t| t.as_str() == ":");
            match word.as_str() {
                "with" | "for" if !is_key && bound.is_none() && alias.is_none() => {
                    if let Some(value) = it.next() {
                        bound = Some((Operand::read(value)?, word == "for"));
                    }
                }
                "as" if !is_key => alias = it.next().map(|t| t.as_str().to_owned()),
                _ if is_key => {
                    it.next();
                    if let Some(value) = it.next() {
                        args.push((word, Operand::read(value)?));
                    }
                }
                // Ruby's regular expressions skip what they do not match.
                _ => {}
            }
        }
        Ok(Box::new(Partial {
            engine: self.engine.clone(),
            kind: self.kind,
            name,
            bound,
            alias,
            arguments: args,
        }))
    }

    fn reflection(&self) -> &dyn TagReflection {
        self
    }
}

thread_local! {
    /// How many `render`s the current one is inside (each has a runtime of
    /// its own, so the runtime cannot count them).
    static RENDER_DEPTH: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
}

/// Set on the runtime of a `render`: `include` is not allowed in there.
#[derive(Default)]
struct InRender(bool);

/// Ruby's `ForloopDrop` for `render ... for`: no `parentloop`.
fn forloop(name: &str, index0: usize, length: usize) -> Value {
    let i = |n: usize| Value::Int(i64::try_from(n).unwrap_or(i64::MAX));
    let mut h = Hash::new();
    h.insert("name".into(), Value::str(name));
    h.insert("length".into(), i(length));
    h.insert("index".into(), i(index0 + 1));
    h.insert("index0".into(), i(index0));
    h.insert("rindex".into(), i(length - index0));
    h.insert("rindex0".into(), i(length - index0 - 1));
    h.insert("first".into(), Value::Bool(index0 == 0));
    h.insert("last".into(), Value::Bool(index0 + 1 == length));
    h.insert("parentloop".into(), Value::Nil);
    Value::hash(h)
}

impl Partial {
    fn fail(&self, runtime: &dyn Runtime, message: String) -> liquid_core::Error {
        RenderState::fail_at(runtime, None, message)
    }

    fn render_include(
        &self,
        writer: &mut dyn Write,
        runtime: &dyn Runtime,
        name: &str,
        template: &crate::Template,
    ) -> liquid_core::Result<()> {
        if runtime.registers().get_mut::<InRender>().0 {
            return Err(self.fail(
                runtime,
                "include usage is not allowed in this context".to_owned(),
            ));
        }
        let var_name = self
            .alias
            .clone()
            .unwrap_or_else(|| name.rsplit('/').next().unwrap_or(name).to_owned());
        let bound = match &self.bound {
            Some((operand, _)) => operand.evaluate(runtime)?,
            None => runtime
                .try_get(&[liquid_core::model::ScalarCow::new(name.to_owned())])
                .unwrap_or(ValueCow::Owned(LiquidValue::Nil)),
        };
        let args = self
            .arguments
            .iter()
            .map(|(k, v)| Ok((k.as_str(), v.evaluate(runtime)?)))
            .collect::<liquid_core::Result<Vec<_>>>()?;
        let items: Option<Vec<Value>> = match from_view(bound.as_view()) {
            Value::Array(a) => Some(a.to_vec()),
            _ => None,
        };
        RenderState::push_file(runtime, template);
        let mut render = |item: &dyn ValueView| {
            let mut vars: Vec<(&str, &dyn ValueView)> =
                args.iter().map(|(k, v)| (*k, v.as_view())).collect();
            vars.push((var_name.as_str(), item));
            let frame = Frame::new(runtime, vars);
            template.inner.render_to(writer, &frame)
        };
        let result = match &items {
            Some(items) => items.iter().try_for_each(|item| render(item)),
            None => render(bound.as_view()),
        };
        RenderState::pop_file(runtime);
        result
    }

    fn render_isolated(
        &self,
        writer: &mut dyn Write,
        runtime: &dyn Runtime,
        name: &str,
        template: &crate::Template,
    ) -> liquid_core::Result<()> {
        let var_name = self
            .alias
            .clone()
            .unwrap_or_else(|| name.rsplit('/').next().unwrap_or(name).to_owned());
        let bound = match &self.bound {
            Some((operand, is_for)) => {
                Some((from_view(operand.evaluate(runtime)?.as_view()), *is_for))
            }
            None => None,
        };
        let mut scope = Hash::new();
        for (k, v) in &self.arguments {
            scope.insert(k.clone(), from_view(v.evaluate(runtime)?.as_view()));
        }
        let strict = self
            .engine
            .upgrade()
            .is_some_and(|e| e.site.options.strict_variables);
        let once = |scope: &Hash, writer: &mut dyn Write| -> liquid_core::Result<()> {
            let root = Root::new(scope, strict);
            root.registers().get_mut::<InRender>().0 = true;
            RenderState::enter(&root, template, RenderState::page_dir(runtime));
            RENDER_DEPTH.with(|d| d.set(d.get() + 1));
            let result = template.inner.render_to(writer, &root);
            RENDER_DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
            result.map_err(|e| match RenderState::take_error(&root) {
                Some(error) => RenderState::fail(runtime, error),
                None => e,
            })
        };
        let items = match &bound {
            Some((Value::Array(a), true)) => Some(a.to_vec()),
            Some((Value::Hash(h), true)) => Some(
                h.iter()
                    .map(|(k, v)| Value::array(vec![Value::str(k), v.clone()]))
                    .collect(),
            ),
            _ => None,
        };
        match (items, bound) {
            (Some(items), _) => {
                for (i, item) in items.iter().enumerate() {
                    let mut scope = scope.clone();
                    scope.insert("forloop".into(), forloop(name, i, items.len()));
                    scope.insert(var_name.clone(), item.clone());
                    once(&scope, writer)?;
                }
                Ok(())
            }
            (None, bound) => {
                if let Some((value, _)) = bound
                    && !value.is_nil()
                {
                    scope.insert(var_name, value);
                }
                once(&scope, writer)
            }
        }
    }
}

impl Renderable for Partial {
    fn render_to(&self, writer: &mut dyn Write, runtime: &dyn Runtime) -> liquid_core::Result<()> {
        let Some(engine) = self.engine.upgrade() else {
            return Err(liquid_core::Error::with_msg("the engine is gone"));
        };
        let name = match from_view(self.name.evaluate(runtime)?.as_view()) {
            Value::Str(s) => s.to_string(),
            Value::Nil => {
                return Err(self.fail(
                    runtime,
                    "Argument error in tag 'include' - Illegal template name".to_owned(),
                ));
            }
            other if self.kind == Kind::Include => other.to_ruby_string(),
            _ => {
                return Err(self.fail(
                    runtime,
                    "Argument error in tag 'render' - Illegal template name".to_owned(),
                ));
            }
        };
        let template: Arc<crate::Template> = match engine.partial(&name) {
            Ok(t) => t,
            Err(e) => return Err(RenderState::fail(runtime, e)),
        };
        if RenderState::depth(runtime) + RENDER_DEPTH.with(std::cell::Cell::get)
            > super::MAX_PARTIAL_DEPTH
        {
            return Err(self.fail(runtime, "Nesting too deep".to_owned()));
        }
        match self.kind {
            Kind::Include => self.render_include(writer, runtime, &name, &template),
            Kind::Render => self.render_isolated(writer, runtime, &name, &template),
        }
    }
}
