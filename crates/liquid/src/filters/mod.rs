//! Jekyll's filters, and the standard filters whose liquid-rust versions
//! differ from Ruby's. Each family lives in its own module; this module holds
//! the plumbing and the table of names.

mod array;
mod collection;
mod custom;
mod date;
mod escape;
mod expression;
mod json;
pub(crate) use json::write_json;
mod math;
mod output;
mod string;
pub(crate) mod text;
pub(crate) mod url;

use std::fmt;
use std::sync::{Arc, Weak};

use liquid_core::model::ValueCow;
use liquid_core::parser::{
    FilterArguments, FilterReflection, Language, ParameterReflection, ParseFilter,
};
use liquid_core::runtime::Expression;
use liquid_core::{Runtime, ValueView};

pub(crate) use array::ruby_cmp;
pub use custom::{Filter, FilterContext};

use crate::engine::{Inner, Site};
use crate::frontend::{RANGE_FILTER, TO_S_FILTER, UNKNOWN_FILTER};
use crate::value::{Value, to_liquid};

/// What a filter gets: its input, its evaluated arguments, and the site.
pub(crate) struct Call<'a> {
    pub(crate) input: &'a dyn ValueView,
    /// The input as given, before a shared value is resolved: a range
    /// there (`crate::value::range_text`) is the array of its items in
    /// `input`.
    pub(crate) written: &'a dyn ValueView,
    pub(crate) args: Vec<ValueCow<'a>>,
    pub(crate) kwargs: Vec<(&'a str, ValueCow<'a>)>,
    pub(crate) runtime: &'a dyn Runtime,
    pub(crate) env: &'a Env,
}

impl Call<'_> {
    /// Argument `i`, or nil.
    pub(crate) fn arg(&self, i: usize) -> &dyn ValueView {
        self.args
            .get(i)
            .map_or(&NIL as &dyn ValueView, |v| v.as_view())
    }

    /// Argument `i` converted to a [`Value`].
    pub(crate) fn value(&self, i: usize) -> Value {
        // A range argument is a Ruby `Range`, no `Array`: filters see how
        // it prints (`1..3`).
        if let Some(text) = crate::value::range_text(self.arg(i)) {
            return Value::str(text);
        }
        crate::value::from_view(self.arg(i))
    }

    /// Keyword argument `name`, converted to a [`Value`].
    pub(crate) fn kwarg(&self, name: &str) -> Option<Value> {
        self.kwargs
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| crate::value::from_view(v.as_view()))
    }

    /// Whether argument `i` was given.
    pub(crate) fn has(&self, i: usize) -> bool {
        i < self.args.len()
    }

    /// How Ruby prints the input when it is a range (`1..4`).
    pub(crate) fn input_range(&self) -> Option<String> {
        crate::value::range_text(self.written)
    }

    /// Ruby's `NoMethodError` when the input is a range and a filter calls
    /// the string method `method` on it (`undefined method `gsub' for
    /// 1..4:Range`).
    pub(crate) fn range_lacks(&self, method: &str) -> Result<(), String> {
        match self.input_range() {
            Some(text) => Err(format!("undefined method `{method}' for {text}:Range")),
            None => Ok(()),
        }
    }

    /// Ruby's `input.to_s` (`1..4` for a range, `["a", "b"]` for an array).
    pub(crate) fn input_string(&self) -> String {
        self.input_range()
            .unwrap_or_else(|| self.input_value().to_s_method())
    }

    /// Ruby's `to_s` of argument `i` (`1..4` for a range, an array's `inspect`).
    pub(crate) fn arg_string(&self, i: usize) -> String {
        crate::value::range_text(self.arg(i)).unwrap_or_else(|| self.value(i).to_s_method())
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
    max_args: usize,
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
    fn parse(
        &self,
        arguments: FilterArguments<'_>,
    ) -> liquid_core::Result<Box<dyn liquid_core::Filter>> {
        let args: Vec<Expression> = arguments.positional.collect();
        let kwargs: Vec<(String, Expression)> =
            arguments.keyword.map(|(k, v)| (k.to_owned(), v)).collect();
        // Ruby checks arity when the filter runs; so does `Bound`.
        let given = args.len() + usize::from(!kwargs.is_empty());
        let arity = (given < self.min_args || given > self.max_args).then(|| {
            let expected = if self.min_args == self.max_args {
                (self.min_args + 1).to_string()
            } else {
                format!("{}..{}", self.min_args + 1, self.max_args + 1)
            };
            format!(
                "wrong number of arguments (given {}, expected {expected})",
                given + 1
            )
        });
        Ok(Box::new(Bound {
            arity,
            name: self.name,
            f: self.f,
            env: self.env.clone(),
            args,
            kwargs,
        }))
    }

    fn reflection(&self) -> &dyn FilterReflection {
        self
    }
}

/// A filter with its arguments, in a parsed template.
struct Bound {
    /// The arity error Ruby would raise when the filter runs.
    arity: Option<String>,
    name: &'static str,
    f: FilterFn,
    env: Arc<Env>,
    args: Vec<Expression>,
    kwargs: Vec<(String, Expression)>,
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

impl liquid_core::Filter for Bound {
    fn evaluate(
        &self,
        input: &dyn ValueView,
        runtime: &dyn Runtime,
    ) -> liquid_core::Result<liquid_core::Value> {
        if let Some(message) = &self.arity {
            return Err(liquid_core::Error::with_msg(message.clone()));
        }
        let args = self
            .args
            .iter()
            .map(|a| a.evaluate(runtime))
            .collect::<liquid_core::Result<Vec<_>>>()?;
        let kwargs = self
            .kwargs
            .iter()
            .map(|(k, a)| Ok((k.as_str(), a.evaluate(runtime)?)))
            .collect::<liquid_core::Result<Vec<_>>>()?;
        let shared = crate::value::resolve(input);
        let call = Call {
            written: input,
            input: shared.as_ref().map_or(input, |v| v as &dyn ValueView),
            args,
            kwargs,
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

/// The filters of plain Liquid that hyde defines, replacing liquid-rust's:
/// name, least and most arguments, function.
const LIQUID: &[(&str, usize, usize, FilterFn)] = &[
    (TO_S_FILTER, 0, 0, output::to_s),
    (UNKNOWN_FILTER, 0, usize::MAX, output::unknown),
    (RANGE_FILTER, 1, 1, collection::range),
    ("default", 0, 2, output::default),
    ("date", 1, 1, date::date),
    ("plus", 1, 1, math::plus),
    ("minus", 1, 1, math::minus),
    ("times", 1, 1, math::times),
    ("divided_by", 1, 1, math::divided_by),
    ("modulo", 1, 1, math::modulo),
    ("abs", 0, 0, math::abs),
    ("at_least", 1, 1, math::at_least),
    ("at_most", 1, 1, math::at_most),
    ("ceil", 0, 0, math::ceil),
    ("floor", 0, 0, math::floor),
    ("round", 0, 1, math::round),
    ("first", 0, 0, collection::first),
    ("last", 0, 0, collection::last),
    ("join", 0, 1, collection::join),
    ("map", 1, 1, collection::map),
    ("reverse", 0, 0, collection::reverse),
    ("uniq", 0, 1, collection::uniq),
    ("compact", 0, 1, collection::compact),
    ("concat", 1, 1, collection::concat),
    ("sort_natural", 0, 1, collection::sort_natural),
    ("size", 0, 0, collection::size),
    ("downcase", 0, 0, string::downcase_filter),
    ("upcase", 0, 0, string::upcase),
    ("capitalize", 0, 0, string::capitalize),
    ("append", 1, 1, string::append),
    ("prepend", 1, 1, string::prepend),
    ("remove", 1, 1, string::remove),
    ("remove_first", 1, 1, string::remove_first),
    ("remove_last", 1, 1, string::remove_last),
    ("replace", 1, 2, string::replace),
    ("replace_first", 1, 2, string::replace_first),
    ("replace_last", 2, 2, string::replace_last_filter),
    ("split", 1, 1, string::split),
    ("strip", 0, 0, string::strip),
    ("lstrip", 0, 0, string::lstrip),
    ("rstrip", 0, 0, string::rstrip),
    ("strip_newlines", 0, 0, string::strip_newlines),
    ("newline_to_br", 0, 0, string::newline_to_br),
    ("strip_html", 0, 0, string::strip_html),
    ("escape", 0, 0, string::escape),
    ("h", 0, 0, string::escape),
    ("escape_once", 0, 0, string::escape_once),
    ("url_encode", 0, 0, string::url_encode),
    ("url_decode", 0, 0, string::url_decode),
    ("truncate", 0, 2, string::truncate),
    ("truncatewords", 0, 2, string::truncatewords),
    ("slice", 1, 2, string::slice),
    ("base64_encode", 0, 0, string::base64_encode),
    ("base64_decode", 0, 0, string::base64_decode),
    (
        "base64_url_safe_encode",
        0,
        0,
        string::base64_url_safe_encode,
    ),
    (
        "base64_url_safe_decode",
        0,
        0,
        string::base64_url_safe_decode,
    ),
];

/// Liquid's versions of the filters Jekyll replaces, for plain-Liquid mode.
const LIQUID_ONLY: &[(&str, usize, usize, FilterFn)] = &[
    ("where", 1, 2, collection::liquid_where),
    ("sort", 0, 1, collection::liquid_sort),
];

/// Jekyll's filters (some replace Liquid's of the same name).
const JEKYLL: &[(&str, usize, usize, FilterFn)] = &[
    ("relative_url", 0, 0, url::relative_url_filter),
    ("absolute_url", 0, 0, url::absolute_url_filter),
    ("strip_index", 0, 0, url::strip_index),
    ("date_to_xmlschema", 0, 0, date::date_to_xmlschema),
    ("date_to_rfc822", 0, 0, date::date_to_rfc822),
    ("date_to_string", 0, 2, date::date_to_string),
    ("date_to_long_string", 0, 2, date::date_to_long_string),
    ("where", 2, 2, array::where_),
    ("where_exp", 2, 2, expression::where_exp),
    ("find", 2, 2, array::find),
    ("find_exp", 2, 2, expression::find_exp),
    ("group_by", 1, 1, array::group_by),
    ("group_by_exp", 2, 2, expression::group_by_exp),
    ("sort", 0, 2, array::sort),
    ("sample", 0, 1, array::sample),
    ("push", 1, 1, array::push),
    ("pop", 0, 1, array::pop),
    ("shift", 0, 1, array::shift),
    ("unshift", 1, 1, array::unshift),
    ("xml_escape", 0, 0, escape::xml_escape),
    ("cgi_escape", 0, 0, escape::cgi_escape),
    ("uri_escape", 0, 0, escape::uri_escape),
    ("number_of_words", 0, 1, text::number_of_words),
    (
        "array_to_sentence_string",
        0,
        1,
        text::array_to_sentence_string,
    ),
    ("normalize_whitespace", 0, 0, text::normalize_whitespace),
    ("markdownify", 0, 0, text::markdownify),
    ("smartify", 0, 0, text::smartify),
    ("sassify", 0, 0, text::sassify),
    ("scssify", 0, 0, text::scssify),
    ("slugify", 0, 1, text::slugify),
    ("to_integer", 0, 0, text::to_integer),
    ("jsonify", 0, 0, json::jsonify),
    ("inspect", 0, 0, json::inspect),
];

/// Registers hyde's filters on `lang`, replacing liquid-rust's of the same name.
pub(crate) fn register(lang: &mut Language, site: &Arc<Site>, engine: &Weak<Inner>) {
    for filter in table(site, engine) {
        lang.filters
            .register(filter.name.to_owned(), Box::new(filter));
    }
}

/// Every filter of the flavor the site's options choose (Liquid's as Ruby defines
/// them, and Jekyll's for [`crate::Flavor::Jekyll`]), hyde's internal ones left out
/// unless `internal`.
pub(crate) fn table(site: &Arc<Site>, engine: &Weak<Inner>) -> Vec<Named> {
    let env = Arc::new(Env {
        site: site.clone(),
        engine: engine.clone(),
    });
    let jekyll = site.options.flavor == crate::options::Flavor::Jekyll;
    LIQUID
        .iter()
        .chain(JEKYLL.iter().filter(|_| jekyll))
        .chain(LIQUID_ONLY.iter().filter(|_| !jekyll))
        .map(|(name, min_args, max_args, f)| Named {
            name,
            min_args: *min_args,
            max_args: *max_args,
            f: *f,
            env: env.clone(),
        })
        .collect()
}

/// The filters a liquid-rust `ParserBuilder` can take: the table without hyde's
/// internal ones (the front end's `to_s`, unknown-filter and range helpers).
pub(crate) fn public_table(site: &Arc<Site>, engine: &Weak<Inner>) -> Vec<Named> {
    let internal = [TO_S_FILTER, UNKNOWN_FILTER, RANGE_FILTER];
    table(site, engine)
        .into_iter()
        .filter(|f| !internal.contains(&f.name))
        .collect()
}

/// Registers the site's own filters.
pub(crate) fn register_custom(
    lang: &mut Language,
    custom: &[Arc<dyn Filter>],
    engine: &Weak<Inner>,
) {
    for f in custom {
        lang.filters.register(
            f.name().to_owned(),
            Box::new(custom::CustomFilter::new(f.clone(), engine.clone())),
        );
    }
}
