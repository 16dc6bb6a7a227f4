//! Jekyll's filters that take a Liquid expression: `where_exp`, `find_exp`,
//! `group_by_exp`. The expression is parsed once per engine as a small
//! template and rendered with the variable bound to each item.

use liquid_core::ValueView;
use liquid_core::runtime::Renderable;

use super::array::{elements, grouped};
use super::{Call, Out};
use crate::runtime::{Frame, RESULT};
use crate::value::Value;

/// Each item with what the expression rendered for it, and the value the
/// template assigned to [`RESULT`], if any.
type Rendered = Vec<(String, Value, Value)>;

/// Renders `template_text` once per item with `variable` bound to it;
/// `None` when the input is not a collection.
fn each_rendered(call: &Call<'_>, template_text: &str) -> Result<Option<Rendered>, String> {
    let Some(items) = elements(call.input) else {
        return Ok(None);
    };
    let engine = call.env.engine.upgrade().ok_or("the engine is gone")?;
    let template = engine
        .snippet(template_text)
        .map_err(|e| crate::engine::error_message(&e))?;
    let variable = call.arg(0).to_kstr().into_owned();
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        let frame = Frame::new(
            call.runtime,
            vec![(variable.as_str(), &item as &dyn ValueView)],
        );
        let rendered = template
            .render(&frame)
            .map_err(|e| crate::engine::error_message(&e))?;
        let result = frame
            .take_result()
            .map_or(Value::Nil, |v| crate::value::from_view(&v));
        drop(frame);
        out.push((rendered, item, result));
    }
    Ok(Some(out))
}

/// The condition as a template, once Jekyll's `parse_condition` (Ruby Liquid's
/// strict parser, for a collection only) accepts it: a Liquid syntax error otherwise.
fn condition(call: &Call<'_>) -> Result<String, String> {
    let expression = call.arg(1).to_kstr().into_owned();
    if elements(call.input).is_some()
        && let Some(message) = crate::frontend::strict_condition_error(&expression)
    {
        let location = crate::state::RenderState::location(call.runtime, None);
        let error = crate::error::Error::Syntax { location, message };
        return Err(crate::engine::error_message(
            &crate::state::RenderState::fail(call.runtime, error),
        ));
    }
    Ok(format!("{{% if {expression} %}}true{{% endif %}}"))
}

/// `where_exp: "item", "item.x == 1"`.
pub(super) fn where_exp(call: &Call<'_>) -> Result<Out, String> {
    match each_rendered(call, &condition(call)?)? {
        None => Ok(Out::Liquid(call.input.to_value())),
        Some(results) => Ok(Value::array(
            results
                .into_iter()
                .filter(|(r, _, _)| r == "true")
                .map(|(_, v, _)| v)
                .collect(),
        )
        .into()),
    }
}

/// `find_exp: "item", "item.x == 1"`: the first match, or nil.
pub(super) fn find_exp(call: &Call<'_>) -> Result<Out, String> {
    match each_rendered(call, &condition(call)?)? {
        None => Ok(Out::Liquid(call.input.to_value())),
        Some(results) => Ok(results
            .into_iter()
            .find(|(r, _, _)| r == "true")
            .map_or(Value::Nil, |(_, v, _)| v)
            .into()),
    }
}

/// `group_by_exp: "item", "item.date | date: '%Y'"`: grouped by the
/// expression's value (not its text: `2` and `"2"` are two groups).
pub(super) fn group_by_exp(call: &Call<'_>) -> Result<Out, String> {
    let text = format!("{{% assign {RESULT} = {} %}}", call.arg(1).to_kstr());
    match each_rendered(call, &text)? {
        None => Ok(Out::Liquid(call.input.to_value())),
        Some(results) => Ok(grouped(
            results.into_iter().map(|(_, item, key)| (key, item)),
        )),
    }
}
