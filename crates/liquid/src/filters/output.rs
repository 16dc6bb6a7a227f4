//! The filters the front end inserts: Ruby's `to_s` for every output, and the
//! stand-in for unknown filters.

use liquid_core::ValueView;

use super::{Call, Out};
use crate::value::from_view;

/// `{{ x }}` prints Ruby's `x.to_s` (floats as `3.0`, hashes inspected).
pub(super) fn to_s(call: &Call<'_>) -> Result<Out, String> {
    if let Some(s) = call.input.as_scalar()
        && s.type_name() == "string"
    {
        return Ok(Out::Liquid(liquid_core::Value::scalar(s.into_owned())));
    }
    // A range prints as Ruby's `Range#to_s`, not as its items.
    if let Some(text) = call.input_range() {
        return Ok(Out::Liquid(liquid_core::Value::scalar(text)));
    }
    let v = from_view(call.input);
    Ok(Out::Liquid(liquid_core::Value::scalar(v.to_ruby_string())))
}

/// A filter Liquid does not know: passes the input through silently (Ruby's
/// `Strainer#invoke`, in every error mode), strict filters make it an error.
pub(super) fn unknown(call: &Call<'_>) -> Result<Out, String> {
    let name = call.arg(0).to_kstr().into_owned();
    if call.env.site.options.strict_filters {
        return Err(format!("undefined filter {name}"));
    }
    // As given: a range stays one.
    Ok(Out::Liquid(call.written.to_value()))
}

/// `default: value` (`allow_false: true` keeps `false`): the argument when
/// the input is nil, false or empty.
pub(super) fn default(call: &Call<'_>) -> Result<Out, String> {
    let input = call.input_value();
    let allow_false = call.kwarg("allow_false").is_some_and(|v| v.is_truthy());
    let missing = if allow_false {
        input.is_nil()
    } else {
        !input.is_truthy()
    };
    let empty = match &input {
        // A Ruby `Range` has no `empty?`.
        _ if call.input_range().is_some() => false,
        crate::Value::Str(s) => s.is_empty(),
        crate::Value::Array(a) => a.is_empty(),
        crate::Value::Hash(h) => h.is_empty(),
        _ => false,
    };
    if missing || empty {
        let fallback = if call.has(0) {
            call.value(0)
        } else {
            crate::Value::str("")
        };
        return Ok(fallback.into());
    }
    // As given: a range stays one.
    Ok(Out::Liquid(call.written.to_value()))
}
