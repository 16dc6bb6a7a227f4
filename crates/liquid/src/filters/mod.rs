//! Jekyll's filters, and the standard filters whose liquid-rust versions
//! differ from Ruby's. Each family lives in its own module; this module holds
//! the plumbing and the table of names.

mod array;
mod date;
mod escape;
mod expression;
mod json;
mod output;
mod text;
pub(crate) mod url;

use std::fmt;
use std::sync::{Arc, Weak};

use liquid_core::model::ValueCow;
use liquid_core::parser::{FilterArguments, FilterReflection, Language, ParameterReflection, ParseFilter};
use liquid_core::runtime::Expression;
use liquid_core::{Filter, Runtime, ValueView};

use crate::engine::{Inner, Site};
use crate::frontend::{TO_S_FILTER, UNKNOWN_FILTER};
use crate::value::{Value, to_liquid};

/// What a filter gets: its input, its evaluated arguments, and the site.
pub(crate) struct Call<'a> {
    pub(crate) input: &'a dyn ValueView,
    pub(crate) args: Vec<ValueCow<'a>>,
    pub(crate) runtime: &'a dyn Runtime,
    pub(crate) env: &'a Env,
}

impl Call<'_> {
    /// Argument `i`, or nil.
    pub(crate) fn arg(&self, i: usize) -> &dyn ValueView {
        self.args.get(i).map_or(&NIL as &dyn ValueView, |v| v.as_view())
    }

    /// Argument `i` converted to a [`Value`].
    pub(crate) fn value(&self, i: usize) -> Value {
        crate::value::from_view(self.arg(i))
    }

    /// Whether argument `i` was given.
    pub(crate) fn has(&self, i: usize) -> bool {
        i < self.args.len()
    }

    /// The input converted to a [`Value`].
    pub(crate) fn input_value(&self) -> Value {
        crate::value::from_view(self.input)
    }
}

static NIL: Value = Value::Nil;

/// A filter's output: ours (converted for liquid-rust) or liquid's own.
pub(crate) enum Out {
    Ours(Value),
    Liquid(liquid_core::Value),
}

impl From<Value> for Out {
    fn from(v: Value) -> Self {
        Out::Ours(v)
    }
}

/// What filters share: the site, and the engine for filters that parse
/// Liquid expressions (`where_exp` and friends).
pub(crate) struct Env {
    pub(crate) site: Arc<Site>,
    pub(crate) engine: Weak<Inner>,
}

type FilterFn = fn(&Call<'_>) -> Result<Out, String>;

/// A filter from the table: its name and function.
#[derive(Clone)]
pub(crate) struct Named {
    name: &'static str,
    min_args: usize,
    f: FilterFn,
    env: Arc<Env>,
}

impl FilterReflection for Named {
    fn name(&self) -> &str {
        self.name
    }
    fn description(&self) -> &str {
        ""
    }
    fn positional_parameters(&self) -> &'static [ParameterReflection] {
        &[]
    }
    fn keyword_parameters(&self) -> &'static [ParameterReflection] {
        &[]
    }
}

impl ParseFilter for Named {
    fn parse(&self, arguments: FilterArguments<'_>) -> liquid_core::Result<Box<dyn Filter>> {
        let mut args: Vec<Expression> = arguments.positional.collect();
        // Keyword arguments are positional ones to Ruby's filters (`a: b` is
        // a hash argument); keep their values in order.
        args.extend(arguments.keyword.map(|(_, v)| v));
        if args.len() < self.min_args && self.name != UNKNOWN_FILTER {
            return Err(liquid_core::Error::with_msg(format!(
                "wrong number of arguments (given {}, expected {})",
                args.len() + 1,
                self.min_args + 1
            )));
        }
        Ok(Box::new(Bound {
            name: self.name,
            f: self.f,
            env: self.env.clone(),
            args,
        }))
    }

    fn reflection(&self) -> &dyn FilterReflection {
        self
    }
}

/// A filter with its arguments, in a parsed template.
struct Bound {
    name: &'static str,
    f: FilterFn,
    env: Arc<Env>,
    args: Vec<Expression>,
}

impl fmt::Debug for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Filter").field("name", &self.name).finish()
    }
}

impl fmt::Display for Bound {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name)?;
        for (i, a) in self.args.iter().enumerate() {
            f.write_str(if i == 0 { ": " } else { ", " })?;
            write!(f, "{a}")?;
        }
        Ok(())
    }
}

impl Filter for Bound {
    fn evaluate(&self, input: &dyn ValueView, runtime: &dyn Runtime) -> liquid_core::Result<liquid_core::Value> {
        let args = self
            .args
            .iter()
            .map(|a| a.evaluate(runtime))
            .collect::<liquid_core::Result<Vec<_>>>()?;
        let call = Call {
            input,
            args,
            runtime,
            env: &self.env,
        };
        match (self.f)(&call) {
            Ok(Out::Ours(v)) => Ok(to_liquid(&v)),
            Ok(Out::Liquid(v)) => Ok(v),
            Err(message) => Err(liquid_core::Error::with_msg(message)),
        }
    }
}

/// The filters of plain Liquid that hyde defines: name, least number of
/// arguments, function.
const LIQUID: &[(&str, usize, FilterFn)] = &[
    (TO_S_FILTER, 0, output::to_s),
    (UNKNOWN_FILTER, 0, output::unknown),
    ("date", 0, date::date),
];

/// Jekyll's filters (some replace Liquid's of the same name).
const JEKYLL: &[(&str, usize, FilterFn)] = &[
    ("relative_url", 0, url::relative_url_filter),
    ("absolute_url", 0, url::absolute_url_filter),
    ("date_to_xmlschema", 0, date::date_to_xmlschema),
    ("date_to_rfc822", 0, date::date_to_rfc822),
    ("date_to_string", 0, date::date_to_string),
    ("date_to_long_string", 0, date::date_to_long_string),
    ("where", 2, array::where_),
    ("where_exp", 2, expression::where_exp),
    ("find", 2, array::find),
    ("find_exp", 2, expression::find_exp),
    ("group_by", 1, array::group_by),
    ("group_by_exp", 2, expression::group_by_exp),
    ("sort", 0, array::sort),
    ("sample", 0, array::sample),
    ("push", 1, array::push),
    ("pop", 0, array::pop),
    ("shift", 0, array::shift),
    ("unshift", 1, array::unshift),
    ("xml_escape", 0, escape::xml_escape),
    ("cgi_escape", 0, escape::cgi_escape),
    ("uri_escape", 0, escape::uri_escape),
    ("number_of_words", 0, text::number_of_words),
    ("array_to_sentence_string", 0, text::array_to_sentence_string),
    ("normalize_whitespace", 0, text::normalize_whitespace),
    ("markdownify", 0, text::markdownify),
    ("smartify", 0, text::smartify),
    ("slugify", 0, text::slugify),
    ("to_integer", 0, text::to_integer),
    ("jsonify", 0, json::jsonify),
    ("inspect", 0, json::inspect),
];

/// Registers hyde's filters on `lang`, replacing liquid-rust's of the same name.
pub(crate) fn register(lang: &mut Language, site: &Arc<Site>, engine: &Weak<Inner>) {
    let env = Arc::new(Env {
        site: site.clone(),
        engine: engine.clone(),
    });
    let jekyll = site.options.flavor == crate::options::Flavor::Jekyll;
    let table = LIQUID.iter().chain(JEKYLL.iter().filter(|_| jekyll));
    for (name, min_args, f) in table {
        let filter = Named {
            name,
            min_args: *min_args,
            f: *f,
            env: env.clone(),
        };
        lang.filters.register((*name).to_owned(), Box::new(filter));
    }
}
