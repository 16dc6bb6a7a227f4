//! Filters a site adds through [`crate::Filter`] (Jekyll's
//! `Liquid::Template.register_filter`).

use std::fmt;
use std::sync::Arc;

use liquid_core::parser::{FilterArguments, FilterReflection, ParameterReflection, ParseFilter};
use liquid_core::runtime::Expression;
use liquid_core::{Runtime, ValueView};

use crate::value::{Value, from_view, to_liquid};

/// A filter added to the engine.
pub trait Filter: Send + Sync {
    /// The filter's name, as written after `|`.
    fn name(&self) -> &str;
    /// Applies the filter; an error message becomes a render error.
    fn call(&self, input: &Value, args: &[Value]) -> Result<Value, String>;
}

/// Parses a site's filter.
#[derive(Clone)]
pub(crate) struct CustomFilter {
    filter: Arc<dyn Filter>,
}

impl CustomFilter {
    pub(crate) fn new(filter: Arc<dyn Filter>) -> Self {
        CustomFilter { filter }
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
            args,
        }))
    }

    fn reflection(&self) -> &dyn FilterReflection {
        self
    }
}

struct Bound {
    filter: Arc<dyn Filter>,
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
        self.filter
            .call(&from_view(input), &args)
            .map(|v| to_liquid(&v))
            .map_err(liquid_core::Error::with_msg)
    }
}
