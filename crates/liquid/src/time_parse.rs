//! Liquid's `Utils.to_date` (with Ruby's `Time.parse` for strings) and the
//! local-time conversions Jekyll's date filters make.

use std::sync::LazyLock;

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone, Utc};
use chrono_tz::OffsetName;
use regex::Regex;

use crate::options::Options;
use crate::strftime::RubyTime;
use crate::value::Value;

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

const MONTHS: [&str; 12] = [
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
];

static NUMERIC: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^\s*(?:[a-z]{3,9},?\s+)?
        (?: (?P<y1>\d{4})[-/](?P<m1>\d{1,2})[-/](?P<d1>\d{1,2})
          | (?P<d2>\d{1,2})/(?P<m2>\d{1,2})/(?P<y2>\d{4})
          | (?P<y3>\d{4})(?P<m3>\d{2})(?P<d3>\d{2})
          | (?P<d4>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon4>[a-z]{3})[a-z]*\.?,?\s+(?P<y4>\d{4})
          | (?P<mon5>[a-z]{3})[a-z]*\.?\s+(?P<d5>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y5>\d{4})
          | (?P<mon6>[a-z]{3})[a-z]*\s+(?P<y6>\d{4})
        )
        (?:(?:t|\s+|\s*,\s*)(?P<h>\d{1,2}):(?P<mi>\d{2})(?::(?P<s>\d{2})(?:\.(?P<f>\d+))?)?\s*(?P<ampm>am|pm)?)?
        \s*(?P<z>z|utc|gmt|[+-]\d{2}:?\d{2}|[+-]\d{2})?\s*$",
    )
    .unwrap_or_else(|_| unreachable!("a valid regex"))
});

fn month(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| *m == name)
        .and_then(|i| u32::try_from(i + 1).ok())
}

/// Ruby's `Time.parse` for the formats people write in front matter and
/// templates; `None` where Ruby raises `ArgumentError`.
pub(crate) fn parse(options: &Options, text: &str) -> Option<RubyTime> {
    let c = NUMERIC.captures(text)?;
    let g = |n: &str| c.name(n).map(|m| m.as_str());
    let num = |n: &str| g(n).and_then(|s| s.parse::<u32>().ok());
    let (y, m, d) = if let Some(y) = g("y1") {
        (y.parse().ok()?, num("m1")?, num("d1")?)
    } else if let Some(y) = g("y2") {
        (y.parse().ok()?, num("m2")?, num("d2")?)
    } else if let Some(y) = g("y3") {
        (y.parse().ok()?, num("m3")?, num("d3")?)
    } else if let Some(y) = g("y4") {
        (y.parse().ok()?, month(g("mon4")?)?, num("d4")?)
    } else if let Some(y) = g("y5") {
        (y.parse().ok()?, month(g("mon5")?)?, num("d5")?)
    } else {
        (g("y6")?.parse().ok()?, month(g("mon6")?)?, 1)
    };
    let date = NaiveDate::from_ymd_opt(y, m, d)?;
    let mut hour = num("h").unwrap_or(0);
    match g("ampm") {
        Some("pm") if hour < 12 => hour += 12,
        Some("am") if hour == 12 => hour = 0,
        _ => {}
    }
    let nanos = g("f").map_or(0, |f| {
        let digits: String = f.chars().chain(std::iter::repeat('0')).take(9).collect();
        digits.parse().unwrap_or(0)
    });
    let naive =
        date.and_hms_nano_opt(hour, num("mi").unwrap_or(0), num("s").unwrap_or(0), nanos)?;
    match g("z") {
        None => Some(local_from_naive(options, &naive)),
        Some("z" | "utc" | "gmt") => Some(RubyTime {
            dt: Utc.from_utc_datetime(&naive).fixed_offset(),
            zone: "UTC".to_owned(),
            is_date: false,
        }),
        Some(z) => {
            let sign = if z.starts_with('-') { -1 } else { 1 };
            let digits: String = z[1..].chars().filter(|c| c.is_ascii_digit()).collect();
            let h: i32 = digits.get(..2)?.parse().ok()?;
            let mi: i32 = digits
                .get(2..)
                .filter(|s| !s.is_empty())
                .map_or(Some(0), |s| s.parse().ok())?;
            let off = FixedOffset::east_opt(sign * (h * 3600 + mi * 60))?;
            Some(RubyTime {
                dt: off.from_local_datetime(&naive).single()?,
                zone: String::new(),
                is_date: false,
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strftime::strftime;

    fn utc() -> Options {
        Options {
            timezone: Some(chrono_tz::UTC),
            ..Options::default()
        }
    }

    // Expected values from `TZ=UTC ruby -rtime -e 'puts Time.parse(S)'`.
    #[test]
    fn parses_like_ruby_time_parse() {
        let cases = [
            ("01/02/2020", "2020-02-01 00:00:00 +0000"),
            ("2020/01/02", "2020-01-02 00:00:00 +0000"),
            ("Jan 5, 2020", "2020-01-05 00:00:00 +0000"),
            ("5 January 2020 10:00", "2020-01-05 10:00:00 +0000"),
            ("2020-01-05T10:00:00Z", "2020-01-05 10:00:00 +0000"),
            (
                "Tue, 15 Jan 2020 10:00:00 +0100",
                "2020-01-15 10:00:00 +0100",
            ),
            ("2020-01-05 10:00", "2020-01-05 10:00:00 +0000"),
            ("20200105", "2020-01-05 00:00:00 +0000"),
            ("March 2020", "2020-03-01 00:00:00 +0000"),
        ];
        for (input, expected) in cases {
            let t = parse(&utc(), &input.to_lowercase());
            assert_eq!(
                t.map(|t| strftime(&t, "%Y-%m-%d %H:%M:%S %z")).as_deref(),
                Some(expected),
                "{input}"
            );
        }
        assert!(parse(&utc(), "nonsense").is_none());
    }
}
