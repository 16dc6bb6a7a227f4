//! Liquid's `Utils.to_date` (with Ruby's `Time.parse` for strings) and the
//! local-time conversions Jekyll's date filters make.

mod date_parse;
mod parse;

use chrono::{DateTime, FixedOffset, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::OffsetName;

use crate::options::Options;
use crate::strftime::RubyTime;
use crate::value::Value;

pub(crate) use parse::parse;

/// The local offset and zone name at the UTC instant `utc`.
fn local_at_utc(options: &Options, utc: &NaiveDateTime) -> (FixedOffset, String) {
    match options.timezone {
        Some(tz) => {
            let t = tz.from_utc_datetime(utc);
            let name = t.offset().abbreviation().unwrap_or("").to_owned();
            (t.offset().fix(), name)
        }
        None => {
            let off = chrono::Local.from_utc_datetime(utc).offset().fix();
            let name = if off.local_minus_utc() == 0 {
                "UTC".to_owned()
            } else {
                String::new()
            };
            (off, name)
        }
    }
}

/// The local time for a wall-clock time without offset.
fn local_from_naive(options: &Options, naive: &NaiveDateTime) -> RubyTime {
    let (dt, zone) = match options.timezone {
        Some(tz) => match tz.from_local_datetime(naive).earliest() {
            Some(t) => (
                t.with_timezone(&t.offset().fix()),
                t.offset().abbreviation().unwrap_or("").to_owned(),
            ),
            None => (
                Utc.from_utc_datetime(naive).fixed_offset(),
                "UTC".to_owned(),
            ),
        },
        None => match chrono::Local.from_local_datetime(naive).earliest() {
            Some(t) => {
                let off = t.offset().fix();
                let name = if off.local_minus_utc() == 0 {
                    "UTC".to_owned()
                } else {
                    String::new()
                };
                (t.with_timezone(&off), name)
            }
            None => (
                Utc.from_utc_datetime(naive).fixed_offset(),
                "UTC".to_owned(),
            ),
        },
    };
    RubyTime {
        dt,
        zone,
        is_date: false,
    }
}

/// Ruby's `Time#localtime`: the same instant in the local zone.
pub(crate) fn localtime(options: &Options, t: &RubyTime) -> RubyTime {
    if t.is_date {
        return local_from_naive(options, &t.dt.naive_local());
    }
    let utc = t.dt.naive_utc();
    let (off, zone) = local_at_utc(options, &utc);
    RubyTime {
        dt: t.dt.with_timezone(&off),
        zone,
        is_date: false,
    }
}

fn now(options: &Options) -> RubyTime {
    localtime(
        options,
        &RubyTime {
            dt: Utc::now().fixed_offset(),
            zone: "UTC".to_owned(),
            is_date: false,
        },
    )
}

/// Ruby's `Time.parse(text).localtime`, as Jekyll's `Utils.parse_date` reads front
/// matter dates: any form `Time.parse` takes (`2020-01-15 10:00`, `Mon, 10 Feb 2016`,
/// `2016/02/10`, ...), a time without an offset being in `timezone` (the machine's
/// zone when `None`), the result in that zone. `None` where Ruby raises.
pub fn parse_time(text: &str, timezone: Option<chrono_tz::Tz>) -> Option<DateTime<FixedOffset>> {
    let options = Options {
        timezone,
        ..Options::default()
    };
    let t = parse(&options, &text.to_lowercase())?;
    Some(localtime(&options, &t).dt)
}

/// Liquid's `Utils.to_date`: dates and times as they are, `now`/`today`,
/// Unix timestamps, and strings through `Time.parse`.
pub(crate) fn to_date(options: &Options, value: &Value) -> Option<RubyTime> {
    match value {
        Value::Date(d) => Some(RubyTime {
            dt: Utc
                .from_utc_datetime(&d.and_hms_opt(0, 0, 0)?)
                .fixed_offset(),
            zone: "+00:00".to_owned(),
            is_date: true,
        }),
        Value::Time(t) => Some(RubyTime {
            dt: *t,
            zone: zone_name(options, t),
            is_date: false,
        }),
        Value::TimeUtc(t) => Some(RubyTime {
            dt: t.fixed_offset(),
            zone: "UTC".to_owned(),
            is_date: false,
        }),
        Value::Int(i) => at(options, *i),
        Value::Str(s) => {
            if s.is_empty() {
                return None;
            }
            let lower = s.to_lowercase();
            match lower.as_str() {
                "now" | "today" => Some(now(options)),
                digits if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) => {
                    at(options, digits.parse().ok()?)
                }
                text => parse(options, text),
            }
        }
        _ => None,
    }
}

/// The zone name `%Z` prints for a `Time`: a time in the site's zone (as
/// `site.time` and the dates of posts are) has the zone's abbreviation
/// (`EST`); a time with another offset has none (Ruby's fixed-offset
/// times); without a configured zone, UTC times are `UTC`.
fn zone_name(options: &Options, t: &DateTime<FixedOffset>) -> String {
    match options.timezone {
        Some(tz) => {
            let local = tz.from_utc_datetime(&t.naive_utc());
            if local.offset().fix() == *t.offset() {
                local.offset().abbreviation().unwrap_or("").to_owned()
            } else {
                String::new()
            }
        }
        None if t.offset().local_minus_utc() == 0 => "UTC".to_owned(),
        None => String::new(),
    }
}

fn at(options: &Options, secs: i64) -> Option<RubyTime> {
    let dt = DateTime::from_timestamp(secs, 0)?.fixed_offset();
    Some(localtime(
        options,
        &RubyTime {
            dt,
            zone: "UTC".to_owned(),
            is_date: false,
        },
    ))
}
