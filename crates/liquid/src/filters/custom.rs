//! Filters a site adds through [`crate::Filter`] (Jekyll's
//! `Liquid::Template.register_filter`).

use std::fmt;
use std::sync::{Arc, Weak};

use liquid_core::parser::{FilterArguments, FilterReflection, ParameterReflection, ParseFilter};
use liquid_core::runtime::{Expression, Renderable};
use liquid_core::{Runtime, ValueView};

use crate::engine::Inner;
use crate::value::{Value, from_view, to_liquid};

/// A filter added to the engine.
pub trait Filter: Send + Sync {
    /// The filter's name, as written after `|`.
    fn name(&self) -> &str;
    /// Applies the filter; an error message becomes a render error.
    fn call(&self, input: &Value, args: &[Value]) -> Result<Value, String>;
    /// Applies the filter where it can see the render in progress (Ruby's
    /// `@context`); by default [`Filter::call`]. The engine calls this one.
    fn call_in(
        &self,
        input: &Value,
        args: &[Value],
        context: &FilterContext<'_>,
    ) -> Result<Value, String> {
        let _ = context;
        self.call(input, args)
    }
}

/// The render a [`Filter`] runs in.
pub struct FilterContext<'a> {
    runtime: &'a dyn Runtime,
    engine: &'a Weak<Inner>,
}

impl FilterContext<'_> {
    /// The value at a dotted path in the current context (`page.toc`, Ruby's
    /// `@context.registers[:page]["toc"]` as Jekyll sets it); nil when undefined.
    pub fn get(&self, path: &str) -> Value {
        self.runtime
            .try_get(&crate::runtime::dotted_path(path))
            .map_or(Value::Nil, |v| from_view(v.as_view()))
    }

    /// Parses `text` as Liquid and renders it in the current context: every
    /// variable in scope is visible and `assign`s stay (Ruby's
    /// `Liquid::Template.parse(text).render(@context)`).
    pub fn render(&self, text: &str) -> Result<String, String> {
        let engine = self.engine.upgrade().ok_or("the engine is gone")?;
        let template = engine
            .snippet(text)
            .map_err(|e| crate::engine::error_message(&e))?;
        let mut out = Vec::new();
        template
            .render_to(&mut out, self.runtime)
            .map_err(|e| crate::engine::error_message(&e))?;
        Ok(String::from_utf8_lossy(&out).into_owned())
    }
}

/// Parses a site's filter.
#[derive(Clone)]
pub(crate) struct CustomFilter {
    filter: Arc<dyn Filter>,
    engine: Weak<Inner>,
}

impl CustomFilter {
    pub(crate) fn new(filter: Arc<dyn Filter>, engine: Weak<Inner>) -> Self {
        CustomFilter { filter, engine }
    }
}

impl FilterReflection for CustomFilter {
    fn name(&self) -> &str {
        self.filter.name()
    }
    fn description(&self) -> &str {
        "A filter the site added."
    }
    fn positional_parameters(&self) -> &'static [ParameterReflection] {
        &[]
    }
    fn keyword_parameters(&self) -> &'static [ParameterReflection] {
        &[]
    }
}

impl ParseFilter for CustomFilter {
    fn parse(
        &self,
        arguments: FilterArguments<'_>,
    ) -> liquid_core::Result<Box<dyn liquid_core::Filter>> {
        let mut args: Vec<Expression> = arguments.positional.collect();
        args.extend(arguments.keyword.map(|(_, v)| v));
        Ok(Box::new(Bound {
            filter: self.filter.clone(),
            engine: self.engine.clone(),
            args,
        }))
    }

    fn reflection(&self) -> &dyn FilterReflection {
        self
    }
}

struct Bound {
    filter: Arc<dyn Filter>,
    engine: Weak<Inner>,
    args: Vec<Expression>,
}

impl fmt::Debug for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Filter")
            .field("name", &self.filter.name())
            .finish_non_exhaustive()
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.filter.name())
    }
}

impl liquid_core::Filter for Bound {
    fn evaluate(
        &self,
        input: &dyn ValueView,
        runtime: &dyn Runtime,
    ) -> liquid_core::Result<liquid_core::Value> {
        let args = self
            .args
            .iter()
            .map(|a| a.evaluate(runtime).map(|v| from_view(v.as_view())))
            .collect::<liquid_core::Result<Vec<_>>>()?;
        let context = FilterContext {
            runtime,
            engine: &self.engine,
        };
        self.filter
            .call_in(&from_view(input), &args, &context)
            .map(|v| to_liquid(&v))
            .map_err(liquid_core::Error::with_msg)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Engine, Hash, NoSite, Options};

    /// Renders its input in the context it is used in.
    struct Render;

    impl Filter for Render {
        fn name(&self) -> &str {
            "render"
        }
        fn call(&self, input: &Value, _args: &[Value]) -> Result<Value, String> {
            Ok(input.clone())
        }
        fn call_in(
            &self,
            input: &Value,
            _args: &[Value],
            context: &FilterContext<'_>,
        ) -> Result<Value, String> {
            context.render(&input.to_ruby_string()).map(Value::from)
        }
    }

    /// Adds its argument to its input, knowing nothing of the context.
    struct Add;

    impl Filter for Add {
        fn name(&self) -> &str {
            "add"
        }
        fn call(&self, input: &Value, args: &[Value]) -> Result<Value, String> {
            Ok(Value::str(format!(
                "{}{}",
                input.to_ruby_string(),
                args.first().map(Value::to_ruby_string).unwrap_or_default()
            )))
        }
    }

    fn render(template: &str, globals: &Hash) -> String {
        let engine = Engine::builder(Options::default(), Arc::new(NoSite))
            .filter(Arc::new(Render))
            .filter(Arc::new(Add))
            .build();
        let t = engine.parse(template, "t", 1).unwrap();
        engine.render(&t, globals).unwrap()
    }

    #[test]
    fn a_filter_can_render_liquid_in_the_current_context() {
        let mut globals = Hash::new();
        globals.insert("t".into(), Value::str("{{ who }}{% assign n = 2 %}"));
        let out = render(
            "{% assign who = 'me' %}{{ t | render }} {{ n }} {{ 'a' | add: 'b' }}",
            &globals,
        );
        assert_eq!(out, "me 2 ab");
    }
}
