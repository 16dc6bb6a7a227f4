//! Ruby's `Time.parse`: what `Date._parse` finds in a text, made into a
//! time the way `Time.make_time` does (missing leading fields from the
//! current time, the zone the text names, else local time).

use std::sync::LazyLock;

use chrono::{DateTime, Datelike, FixedOffset, NaiveDate, NaiveDateTime, TimeZone, Timelike, Utc};
use regex::Regex;

use super::date_parse::{self, Fields};
use super::{local_at_utc, local_from_naive};
use crate::options::Options;
use crate::strftime::RubyTime;

/// `Time::ZoneOffset`: the zone names `Time.parse` knows, in hours.
const ZONES: &[(&str, i64)] = &[
    ("UTC", 0),
    ("Z", 0),
    ("UT", 0),
    ("GMT", 0),
    ("EST", -5),
    ("EDT", -4),
    ("CST", -6),
    ("CDT", -5),
    ("MST", -7),
    ("MDT", -6),
    ("PST", -8),
    ("PDT", -7),
    ("A", 1),
    ("B", 2),
    ("C", 3),
    ("D", 4),
    ("E", 5),
    ("F", 6),
    ("G", 7),
    ("H", 8),
    ("I", 9),
    ("K", 10),
    ("L", 11),
    ("M", 12),
    ("N", -1),
    ("O", -2),
    ("P", -3),
    ("Q", -4),
    ("R", -5),
    ("S", -6),
    ("T", -7),
    ("U", -8),
    ("V", -9),
    ("W", -10),
    ("X", -11),
    ("Y", -12),
];

static NUMERIC_ZONE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([+-])([0-9]{2})(?:([0-9]{2})([0-9]{2})?|:([0-9]{2})(?::([0-9]{2}))?)$")
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// `Time.zone_offset`: the offset in seconds a zone name stands for
/// (`+01:00`, `-05`, `EST`, or the local zone's name in January or July).
fn zone_offset(options: &Options, zone: &str, year: i64) -> Option<i64> {
    let zone = zone.to_uppercase();
    if let Some(c) = NUMERIC_ZONE.captures(&zone) {
        let n = |i: usize| {
            c.get(i)
                .map_or(0, |m| m.as_str().parse::<i64>().unwrap_or(0))
        };
        let sign = if &c[1] == "-" { -1 } else { 1 };
        let (min, sec) = if c.get(3).is_some() {
            (n(3), n(4))
        } else {
            (n(5), n(6))
        };
        return Some(sign * ((n(2) * 60 + min) * 60 + sec));
    }
    if zone.len() == 3
        && zone.starts_with(['+', '-'])
        && zone[1..].bytes().all(|b| b.is_ascii_digit())
    {
        return zone.parse::<i64>().ok().map(|h| h * 3600);
    }
    if let Some((_, hours)) = ZONES.iter().find(|(name, _)| *name == zone) {
        return Some(hours * 3600);
    }
    let year = i32::try_from(year).ok()?;
    [1, 7].into_iter().find_map(|month| {
        let t = local_from_naive(
            options,
            &NaiveDate::from_ymd_opt(year, month, 1)?.and_hms_opt(0, 0, 0)?,
        );
        (!t.zone.is_empty() && t.zone.to_uppercase() == zone)
            .then(|| i64::from(t.dt.offset().local_minus_utc()))
    })
}

/// `Time.zone_utc?`: the zones that make a UTC time (`+00:00` and `GMT` are
/// local times that happen to have no offset).
fn zone_utc(zone: &str) -> bool {
    ["-00:00", "-0000", "-00", "utc", "z", "ut"]
        .iter()
        .any(|z| zone.eq_ignore_ascii_case(z))
}

fn month_days(year: i64, mon: i64) -> i64 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match mon {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// What `Time.utc` and `Time.local` accept: a day past the end of its month
/// runs into the next one, and `24:00` is the next day's midnight.
fn civil(year: i64, mon: i64, day: i64, hms: (i64, i64, i64), nanos: i64) -> Option<NaiveDateTime> {
    let (hour, min, sec) = hms;
    if !(1..=12).contains(&mon)
        || !(1..=31).contains(&day)
        || !(0..=24).contains(&hour)
        || !(0..=59).contains(&min)
        || !(0..=60).contains(&sec)
        || (hour == 24 && (min, sec, nanos) != (0, 0, 0))
    {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, u32::try_from(mon).ok()?, 1)?;
    first
        .and_hms_opt(0, 0, 0)?
        .checked_add_signed(chrono::TimeDelta::days(day - 1))?
        .checked_add_signed(chrono::TimeDelta::seconds(hour * 3600 + min * 60 + sec))?
        .checked_add_signed(chrono::TimeDelta::nanoseconds(nanos))
}

/// Ruby's `Time.parse`: the fields `Date._parse` finds in `text` (a date
/// anywhere in it: `last updated 2025-01-29`), the missing leading ones
/// taken from the current time, in the zone the text names or else in local
/// time; `None` where Ruby raises `ArgumentError`.
pub(crate) fn parse(options: &Options, text: &str) -> Option<RubyTime> {
    parse_at(options, text, &Utc::now())
}

fn parse_at(options: &Options, text: &str, now: &DateTime<Utc>) -> Option<RubyTime> {
    let fields = date_parse::parse(text)?;
    make_time(
        options,
        &fields,
        (fields.yday, fields.mon, fields.mday),
        now,
    )
}

/// `Time.make_time`, with the year day, month and day it was given.
fn make_time(
    options: &Options,
    f: &Fields,
    (yday, mon, day): (Option<i64>, Option<i64>, Option<i64>),
    now_utc: &DateTime<Utc>,
) -> Option<RubyTime> {
    let zone = f.zone.as_deref();
    if [f.year, yday, mon, day, f.hour, f.min, f.sec, f.nanos]
        .iter()
        .all(Option::is_none)
    {
        return None;
    }
    let (local, _) = local_at_utc(options, &now_utc.naive_utc());
    let off_year = f
        .year
        .unwrap_or_else(|| i64::from(now_utc.with_timezone(&local).year()));
    let mut off = zone.and_then(|z| zone_offset(options, z, off_year));
    if let Some(yday) = yday {
        if !(1..=366).contains(&yday) {
            return None;
        }
        let (mon, day) = ((yday - 1) / 31 + 1, (yday - 1) % 31 + 1);
        let t = make_time(options, f, (None, Some(mon), Some(day)), now_utc)?;
        let diff = yday - i64::from(t.dt.ordinal());
        if diff == 0 {
            return Some(t);
        }
        let (mut mon, mut day) = (mon, day + diff);
        let mday = month_days(off_year, mon);
        if day > 28 && day > mday {
            mon += 1;
            if mon > 12 {
                return None;
            }
            day -= mday;
        }
        return make_time(options, f, (None, Some(mon), Some(day)), now_utc);
    }
    let now = match off {
        Some(o) => now_utc.with_timezone(&FixedOffset::east_opt(i32::try_from(o).ok()?)?),
        None => now_utc.with_timezone(&local),
    };
    let (mut year, mut mon, mut day) = (f.year, mon, day);
    let (mut hour, mut min, mut sec, mut nanos) = (f.hour, f.min, f.sec, f.nanos);
    // The fields before the first one given come from now.
    'now: {
        macro_rules! fill {
            ($field:ident, $value:expr) => {
                if $field.is_some() {
                    break 'now;
                }
                $field = Some(i64::from($value));
            };
        }
        fill!(year, now.year());
        fill!(mon, now.month());
        fill!(day, now.day());
        fill!(hour, now.hour());
        fill!(min, now.minute());
        fill!(sec, now.second());
        fill!(nanos, now.nanosecond() / 1000 * 1000);
    }
    let year = year.unwrap_or(1970);
    if year != off_year {
        off = zone.and_then(|z| zone_offset(options, z, year));
    }
    let naive = civil(
        year,
        mon.unwrap_or(1),
        day.unwrap_or(1),
        (hour.unwrap_or(0), min.unwrap_or(0), sec.unwrap_or(0)),
        nanos.unwrap_or(0),
    )?;
    let Some(off) = off else {
        return Some(local_from_naive(options, &naive));
    };
    let utc = naive.checked_sub_signed(chrono::TimeDelta::seconds(off))?;
    if zone.is_some_and(zone_utc) {
        return Some(RubyTime {
            dt: Utc.from_utc_datetime(&utc).fixed_offset(),
            zone: "UTC".to_owned(),
            is_date: false,
        });
    }
    // The local zone when it has this offset then, else a bare offset.
    let (local, name) = local_at_utc(options, &utc);
    let (offset, zone) = if i64::from(local.local_minus_utc()) == off {
        (local, name)
    } else {
        (
            FixedOffset::east_opt(i32::try_from(off).ok()?)?,
            String::new(),
        )
    };
    Some(RubyTime {
        dt: Utc.from_utc_datetime(&utc).with_timezone(&offset),
        zone,
        is_date: false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::strftime::strftime;

    fn in_zone(tz: chrono_tz::Tz) -> Options {
        Options {
            timezone: Some(tz),
            ..Options::default()
        }
    }

    /// Each text through `Time.parse`, printed as `%Y-%m-%d %H:%M:%S.%N %z %Z`.
    fn check(options: &Options, cases: &[(&str, Option<&str>)]) {
        for (input, expected) in cases {
            let t = parse(options, input);
            assert_eq!(
                t.map(|t| strftime(&t, "%Y-%m-%d %H:%M:%S.%N %z %Z"))
                    .as_deref(),
                *expected,
                "{input}"
            );
        }
    }

    // Expected values printed by Ruby 3.1 (date 3.2.2) under TZ=UTC:
    // `TZ=UTC ruby -rtime -e 'puts Time.parse(ARGV[0]).strftime("%Y-%m-%d %H:%M:%S.%N %z %Z")' TEXT`,
    // `None` where it raised ArgumentError. Texts are lowercase, as Liquid's
    // `Utils.to_date` hands them to `Time.parse`.
    #[test]
    fn parses_like_ruby_time_parse() {
        let cases = [
            (
                "last updated 2025-01-29",
                Some("2025-01-29 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "2025-01-29",
                Some("2025-01-29 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "5 january 2024",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "jan 5 2024",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "january 5th, 2024",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "friday, 5 january 2024",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "2024/01/05",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "01/05/2024",
                Some("2024-05-01 00:00:00.000000000 +0000 UTC"),
            ),
            ("5/1/24", Some("2005-01-24 00:00:00.000000000 +0000 UTC")),
            (
                "2024-01-05 10:30",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05 10:30:15 +0100",
                Some("2024-01-05 10:30:15.000000000 +0100 "),
            ),
            (
                "2024-01-05 10:30pm",
                Some("2024-01-05 22:30:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05 12:30 am",
                Some("2024-01-05 00:30:00.000000000 +0000 UTC"),
            ),
            (
                "12:00 am 2020-01-05",
                Some("2020-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05t10:30:00z",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05t10:30:00.123456789z",
                Some("2024-01-05 10:30:00.123456789 +0000 UTC"),
            ),
            (
                "2024-01-05t10:30:00.5+01:00",
                Some("2024-01-05 10:30:00.500000000 +0100 "),
            ),
            (
                "tue, 15 jan 2020 10:00:00 +0100",
                Some("2020-01-15 10:00:00.000000000 +0100 "),
            ),
            (
                "sat, 06 jan 2024 08:00:00 gmt",
                Some("2024-01-06 08:00:00.000000000 +0000 UTC"),
            ),
            (
                "2020-01-05 10:00 est",
                Some("2020-01-05 10:00:00.000000000 -0500 "),
            ),
            (
                "2020-01-05 10:00 pdt",
                Some("2020-01-05 10:00:00.000000000 -0700 "),
            ),
            (
                "2020-01-05 10:00 -05:00",
                Some("2020-01-05 10:00:00.000000000 -0500 "),
            ),
            (
                "2020-01-05 10:00 +05:30",
                Some("2020-01-05 10:00:00.000000000 +0530 "),
            ),
            (
                "2020-01-05 10:00 -0000",
                Some("2020-01-05 10:00:00.000000000 +0000 UTC"),
            ),
            (
                "2020-01-05 10:00 +00:00",
                Some("2020-01-05 10:00:00.000000000 +0000 UTC"),
            ),
            (
                "2020-01-05 10:00 utc",
                Some("2020-01-05 10:00:00.000000000 +0000 UTC"),
            ),
            ("1.5.2024", Some("2024-05-01 00:00:00.000000000 +0000 UTC")),
            (
                "2024.01.05",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            ("2024-005", Some("2024-01-05 00:00:00.000000000 +0000 UTC")),
            ("2024-366", Some("2024-12-31 00:00:00.000000000 +0000 UTC")),
            ("2023-366", None),
            ("jan 2024", Some("2024-01-01 00:00:00.000000000 +0000 UTC")),
            (
                "march 2020",
                Some("2020-03-01 00:00:00.000000000 +0000 UTC"),
            ),
            ("20240105", Some("2024-01-05 00:00:00.000000000 +0000 UTC")),
            (
                "20240105t103000z",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            (
                "20240105103000",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            ("240105", Some("2024-01-05 00:00:00.000000000 +0000 UTC")),
            (
                "2020-02-30",
                Some("2020-03-01 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "2020-01-01 24:00",
                Some("2020-01-02 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "2020-01-01 23:59:60",
                Some("2020-01-02 00:00:00.000000000 +0000 UTC"),
            ),
            ("h1.5.1", Some("1989-05-01 00:00:00.000000000 +0000 UTC")),
            ("r1.5.1", Some("2019-05-01 00:00:00.000000000 +0000 UTC")),
            (
                "5-jan-2024",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "jan-5-2024",
                Some("2024-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            ("'99 jan 5", Some("1999-01-05 00:00:00.000000000 +0000 UTC")),
            (
                "5th january '99",
                Some("1999-01-05 00:00:00.000000000 +0000 UTC"),
            ),
            (
                "posted on the 3rd of may, 2021 at 4pm",
                Some("2021-05-01 16:00:00.000000000 +0000 UTC"),
            ),
            (
                "the event is on 2023-12-31 at 23:59 cet",
                Some("2023-12-31 23:59:00.000000000 +0000 UTC"),
            ),
            (
                "dec 25 2023 10:00 eastern standard time",
                Some("2023-12-25 10:00:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05 5 pm",
                Some("2024-01-05 17:00:00.000000000 +0000 UTC"),
            ),
            (
                "14 feb 2024 14h30",
                Some("2024-02-14 14:30:00.000000000 +0000 UTC"),
            ),
            (
                "14 feb 2024 2pm",
                Some("2024-02-14 14:00:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05 10:30:15,25",
                Some("2024-01-05 10:30:15.250000000 +0000 UTC"),
            ),
            (
                "2024-01-05 10:30 +01",
                Some("2024-01-05 10:30:00.000000000 +0100 "),
            ),
            (
                "2024-01-05 10:30 +1",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            (
                "2024-01-05 10:30 +0530",
                Some("2024-01-05 10:30:00.000000000 +0530 "),
            ),
            (
                "2024-01-05 10:30 utc+1",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            ("nonsense", None),
            ("2024-w05", None),
            ("hello 5 world", None),
            ("2020-13-01", None),
            ("2020-01-01 24:30", None),
            ("10:30 jan 5 2024", None),
            ("10am jan 5 2024", None),
            ("2024", None),
            ("2024-01-45", None),
            ("32 jan 2024", None),
        ];
        check(&in_zone(chrono_tz::UTC), &cases);
        assert!(parse(&in_zone(chrono_tz::UTC), &"a".repeat(120)).is_none());
    }

    // The same under TZ=America/New_York: an offset the zone has then gives
    // the zone's name, any other a bare offset, `z` and `utc` a UTC time.
    #[test]
    fn parses_in_the_local_zone_like_ruby() {
        let cases = [
            (
                "last updated 2025-01-29",
                Some("2025-01-29 00:00:00.000000000 -0500 EST"),
            ),
            (
                "2024-01-05 10:30:15 +0100",
                Some("2024-01-05 10:30:15.000000000 +0100 "),
            ),
            (
                "2024-01-05t10:30:00z",
                Some("2024-01-05 10:30:00.000000000 +0000 UTC"),
            ),
            (
                "sat, 06 jan 2024 08:00:00 gmt",
                Some("2024-01-06 08:00:00.000000000 +0000 "),
            ),
            (
                "2020-01-05 10:00 est",
                Some("2020-01-05 10:00:00.000000000 -0500 EST"),
            ),
            (
                "2020-01-05 10:00 pdt",
                Some("2020-01-05 10:00:00.000000000 -0700 "),
            ),
            (
                "2020-01-05 10:00 -05:00",
                Some("2020-01-05 10:00:00.000000000 -0500 EST"),
            ),
            (
                "2020-01-05 10:00 +00:00",
                Some("2020-01-05 10:00:00.000000000 +0000 "),
            ),
            (
                "2020-01-05 10:00 utc",
                Some("2020-01-05 10:00:00.000000000 +0000 UTC"),
            ),
            (
                "the event is on 2023-12-31 at 23:59 cet",
                Some("2023-12-31 23:59:00.000000000 -0500 EST"),
            ),
        ];
        check(&in_zone(chrono_tz::America::New_York), &cases);
    }
}
