//! Liquid's `date` and Jekyll's `date_to_*` filters.

use super::{Call, Out};
use crate::error::Error;
use crate::state::RenderState;
use crate::strftime::{RubyTime, strftime};
use crate::time_parse::{localtime, to_date};
use crate::value::Value;

/// `date: format`: Ruby's strftime on Liquid's idea of a date; input that is
/// not a date passes unchanged.
pub(super) fn date(call: &Call<'_>) -> Result<Out, String> {
    let format = call.value(0).to_ruby_string();
    if call.input_range().is_some() {
        return Ok(Out::Liquid(call.written.to_value()));
    }
    let input = call.input_value();
    if format.is_empty() {
        return Ok(input.into());
    }
    match to_date(&call.env.site.options, &input) {
        Some(t) => Ok(Value::from(strftime(&t, &format)).into()),
        None => Ok(input.into()),
    }
}

/// Jekyll's `time(input)`: the date in local time, or Jekyll's
/// `InvalidDateError` (not a Liquid error: no line in its message).
fn time(call: &Call<'_>, input: &Value) -> Result<RubyTime, String> {
    let options = &call.env.site.options;
    match to_date(options, input) {
        Some(t) => Ok(localtime(options, &t)),
        None => {
            let message = format!(
                "Invalid Date: '{}' is not a valid datetime.",
                call.input_range().unwrap_or_else(|| input.inspect())
            );
            let location = RenderState::location(call.runtime, None);
            RenderState::fail(
                call.runtime,
                Error::Jekyll {
                    location,
                    message: message.clone(),
                },
            );
            Err(message)
        }
    }
}

fn with_time(call: &Call<'_>, f: impl Fn(&RubyTime) -> String) -> Result<Out, String> {
    let input = call.input_value();
    // Jekyll's `date.to_s.empty?`: Ruby's `to_s`, so `[]` and `3..1` are dates to
    // parse (and fail), not empty input.
    let shown = call.input_range().unwrap_or_else(|| input.to_s_method());
    if shown.is_empty() {
        return Ok(input.into());
    }
    let t = time(call, &input)?;
    Ok(Value::from(f(&t)).into())
}

/// `date_to_xmlschema`: `2008-11-07T13:07:54-08:00`.
pub(super) fn date_to_xmlschema(call: &Call<'_>) -> Result<Out, String> {
    // After `localtime` a Ruby time is never `utc?`, so never `Z`.
    with_time(call, |t| strftime(t, "%Y-%m-%dT%H:%M:%S%:z"))
}

/// `date_to_rfc822`: `Mon, 07 Nov 2008 13:07:54 -0800`.
pub(super) fn date_to_rfc822(call: &Call<'_>) -> Result<Out, String> {
    with_time(call, |t| strftime(t, "%a, %d %b %Y %H:%M:%S %z"))
}

fn ordinal(day: u32) -> &'static str {
    if (11..=13).contains(&(day % 100)) {
        return "th";
    }
    match day % 10 {
        1 => "st",
        2 => "nd",
        3 => "rd",
        _ => "th",
    }
}

fn stringify(call: &Call<'_>, month: &str) -> Result<Out, String> {
    let kind = call.value(0).to_ruby_string();
    let style = call.value(1).to_ruby_string();
    with_time(call, |t| {
        if kind == "ordinal" {
            use chrono::Datelike;
            let day = t.dt.day();
            let ord = format!("{day}{}", ordinal(day));
            if style == "US" {
                return strftime(t, &format!("{month} {ord}, %Y"));
            }
            return strftime(t, &format!("{ord} {month} %Y"));
        }
        strftime(t, &format!("%d {month} %Y"))
    })
}

/// `date_to_string`: `07 Nov 2008`; `"ordinal"`, `"US"` variants.
pub(super) fn date_to_string(call: &Call<'_>) -> Result<Out, String> {
    stringify(call, "%b")
}

/// `date_to_long_string`: `07 November 2008`; `"ordinal"`, `"US"` variants.
pub(super) fn date_to_long_string(call: &Call<'_>) -> Result<Out, String> {
    stringify(call, "%B")
}
