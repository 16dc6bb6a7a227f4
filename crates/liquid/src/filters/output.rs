//! The filters the front end inserts: Ruby's `to_s` for every output, and the
//! stand-in for unknown filters.

use liquid_core::ValueView;

use super::{Call, Out};
use crate::options::ErrorMode;
use crate::value::from_view;

/// `{{ x }}` prints Ruby's `x.to_s` (floats as `3.0`, hashes inspected).
pub(super) fn to_s(call: &Call<'_>) -> Result<Out, String> {
    if let Some(s) = call.input.as_scalar()
        && s.type_name() == "string"
    {
        return Ok(Out::Liquid(liquid_core::Value::scalar(s.into_owned())));
    }
    let v = from_view(call.input);
    Ok(Out::Liquid(liquid_core::Value::scalar(v.to_ruby_string())))
}

/// A filter Liquid does not know: lax mode passes the input through (Ruby's
/// `Strainer#invoke`), strict filters make it an error.
pub(super) fn unknown(call: &Call<'_>) -> Result<Out, String> {
    let name = call.arg(0).to_kstr().into_owned();
    let site = &call.env.site;
    if site.options.strict_filters {
        return Err(format!("undefined filter {name}"));
    }
    if site.options.error_mode == ErrorMode::Warn {
        site.hooks.warn(&format!("Liquid Warning: undefined filter {name}"));
    }
    Ok(Out::Liquid(call.input.to_value()))
}
