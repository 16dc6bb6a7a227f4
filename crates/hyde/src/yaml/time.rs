//! Psych's timestamps: `2020-01-15` as a `Date`, `2020-01-15 10:00:00 +0100`
//! (and the ISO forms) as a `Time`, with Ruby's quirks kept.

use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveDateTime, Offset, TimeZone};
use chrono_tz::Tz;
use hyde_liquid::Value;

/// What a scalar matching Psych's time pattern turns into.
#[derive(Debug, PartialEq)]
pub(super) enum TimeScan {
    /// A `Time`; `utc` is true for a `Z` suffix (Ruby's `Time#utc?`, which
    /// prints as `UTC` instead of `+0000`).
    Time {
        /// The point in time with its offset.
        time: DateTime<FixedOffset>,
        /// Whether Ruby marks it as a UTC time.
        utc: bool,
    },
    /// Out of range for Ruby's `Time` (e.g. minute 60): the scalar stays a string.
    Invalid,
    /// The separator was a tab: Psych fails with `NoMethodError`.
    Broken,
}

/// A cursor over ASCII bytes.
struct Cursor<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Cursor<'_> {
    fn eat(&mut self, b: u8) -> bool {
        if self.bytes.get(self.pos) == Some(&b) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Eats between `min` and `max` ASCII digits, greedily.
    fn digits(&mut self, min: usize, max: usize) -> bool {
        let start = self.pos;
        while self.pos - start < max && self.bytes.get(self.pos).is_some_and(u8::is_ascii_digit) {
            self.pos += 1;
        }
        self.pos - start >= min
    }

    fn eat_spaces(&mut self) -> usize {
        let start = self.pos;
        while self.bytes.get(self.pos).is_some_and(|b| is_ruby_space(*b)) {
            self.pos += 1;
        }
        self.pos - start
    }

    fn at_end(&self) -> bool {
        self.pos == self.bytes.len()
    }
}

/// Ruby regexp `\s`.
fn is_ruby_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r')
}

/// Whether `text` matches Psych's `TIME` pattern:
/// `-?YYYY-M-D(T|t|\s+)H:MM:SS(.f*)?(\s*(Z|[-+]H(:?MM)?))?`.
pub(super) fn is_time(text: &str) -> bool {
    let mut c = Cursor {
        bytes: text.as_bytes(),
        pos: 0,
    };
    c.eat(b'-');
    if !(c.digits(4, 4) && c.eat(b'-') && c.digits(1, 2) && c.eat(b'-') && c.digits(1, 2)) {
        return false;
    }
    if !(c.eat(b'T') || c.eat(b't') || c.eat_spaces() > 0) {
        return false;
    }
    if !(c.digits(1, 2) && c.eat(b':') && c.digits(2, 2) && c.eat(b':') && c.digits(2, 2)) {
        return false;
    }
    if c.eat(b'.') {
        c.digits(0, usize::MAX);
    }
    if c.at_end() {
        return true;
    }
    c.eat_spaces();
    if c.eat(b'Z') {
        return c.at_end();
    }
    if !(c.eat(b'+') || c.eat(b'-')) {
        return false;
    }
    // `\d{1,2}:?(?:\d\d)?$`, with backtracking: 1 to 4 digits, or 1-2
    // digits, a colon and 0 or 2 digits.
    let rest = &text[c.pos..];
    let (hours, minutes) = rest.split_once(':').unwrap_or((rest, ""));
    let all_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !all_digits(hours) || !all_digits(minutes) {
        return false;
    }
    if rest.contains(':') {
        (1..=2).contains(&hours.len()) && (minutes.is_empty() || minutes.len() == 2)
    } else {
        (1..=4).contains(&hours.len())
    }
}

/// Whether `text` matches Psych's date pattern `YYYY-M-D` (month 0-12,
/// day 0-31, one or two digits).
pub(super) fn is_date(text: &str) -> bool {
    let Some((year, rest)) = text.split_once('-') else {
        return false;
    };
    let Some((month, day)) = rest.split_once('-') else {
        return false;
    };
    let digits = |s: &str, max_len: usize| {
        !s.is_empty() && s.len() <= max_len && s.bytes().all(|b| b.is_ascii_digit())
    };
    if year.len() != 4 || !digits(year, 4) || !digits(month, 2) || !digits(day, 2) {
        return false;
    }
    let month_ok =
        month.len() == 1 || month.starts_with('0') || matches!(month, "10" | "11" | "12");
    let day_ok = day.len() == 1
        || matches!(day.as_bytes()[0], b'0' | b'1' | b'2')
        || matches!(day, "30" | "31");
    month_ok && day_ok
}

/// `Date.strptime(text, '%Y-%m-%d')` for a text [`is_date`] accepted; `None`
/// where Ruby raises (no such day, or a day in the 1582 calendar reform gap).
pub(super) fn parse_date(text: &str) -> Option<Value> {
    let mut parts = text.split('-').map(str::parse::<u32>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (parts.next(), parts.next(), parts.next())
    else {
        return None;
    };
    // Ruby's Date defaults to the Italian reform: 5-14 October 1582 never happened.
    if year == 1582 && month == 10 && (5..=14).contains(&day) {
        return None;
    }
    let year = i32::try_from(year).ok()?;
    NaiveDate::from_ymd_opt(year, month, day).map(Value::Date)
}

/// Psych's `parse_time` for a text [`is_time`] accepted. A time without an
/// offset is read as UTC and shown in `zone` (Ruby's local time zone; UTC
/// when `None`).
pub(super) fn parse_time(text: &str, zone: Option<&Tz>) -> TimeScan {
    // `string.split(/[ tT]/, 2)`: a tab separator leaves no time part.
    let Some(split) = text.find([' ', 't', 'T']) else {
        return TimeScan::Broken;
    };
    let (date, time) = (&text[..split], &text[split + 1..]);
    let negative_year = date.starts_with('-');
    let mut date_parts = date
        .trim_start_matches('-')
        .split('-')
        .map(str::parse::<i64>);
    let (Some(Ok(year)), Some(Ok(month)), Some(Ok(day))) =
        (date_parts.next(), date_parts.next(), date_parts.next())
    else {
        return TimeScan::Broken;
    };
    let year = if negative_year { -year } else { year };

    let time = time.trim_start_matches(|c: char| c.is_ascii() && is_ruby_space(c as u8));
    let clock_end = time
        .find(|c: char| !(c.is_ascii_digit() || c == ':'))
        .unwrap_or(time.len());
    let mut clock = time[..clock_end].split(':').map(str::parse::<i64>);
    let (Some(Ok(hour)), Some(Ok(minute)), Some(Ok(second))) =
        (clock.next(), clock.next(), clock.next())
    else {
        return TimeScan::Broken;
    };
    let mut rest = &time[clock_end..];
    let mut nanos: i64 = 0;
    if let Some(after_dot) = rest.strip_prefix('.') {
        let frac_len = after_dot
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(after_dot.len());
        let frac = &after_dot[..frac_len];
        // Ruby keeps the exact fraction; nanoseconds are all chrono holds.
        let mut padded: String = frac.chars().take(9).collect();
        while padded.len() < 9 {
            padded.push('0');
        }
        nanos = padded.parse().unwrap_or(0);
        rest = &after_dot[frac_len..];
    }
    let zone_text = rest.trim_start_matches(|c: char| c.is_ascii() && is_ruby_space(c as u8));

    let Some(naive) = ruby_time_fields(year, month, day, hour, minute, second, nanos) else {
        return TimeScan::Invalid;
    };
    if zone_text == "Z" {
        let time = naive.and_utc().fixed_offset();
        return TimeScan::Time { time, utc: true };
    }
    if zone_text.is_empty() {
        // `Time.at(utc_seconds, usec)`: the same instant in the local zone.
        let offset = match zone {
            Some(tz) => tz.offset_from_utc_datetime(&naive).fix(),
            None => chrono::Utc.fix(),
        };
        let time = DateTime::from_naive_utc_and_offset(naive, offset);
        return TimeScan::Time { time, utc: false };
    }
    match ruby_offset(zone_text) {
        Some(seconds) => match FixedOffset::east_opt(seconds) {
            Some(offset) if seconds.abs() < 86_400 => {
                match offset.from_local_datetime(&naive).single() {
                    Some(time) => TimeScan::Time { time, utc: false },
                    None => TimeScan::Invalid,
                }
            }
            _ => TimeScan::Invalid,
        },
        None => TimeScan::Invalid,
    }
}

/// Ruby's `Time.utc(y, m, d, h, min, s)` field rules: month 1-12, day 1-31
/// (rolling over into the next month), hour 0-24 (24 only as 24:00:00),
/// minute 0-59, second 0-60 (60 rolls over).
fn ruby_time_fields(
    year: i64,
    month: i64,
    day: i64,
    hour: i64,
    minute: i64,
    second: i64,
    nanos: i64,
) -> Option<NaiveDateTime> {
    if !(1..=12).contains(&month)
        || !(1..=31).contains(&day)
        || !(0..=59).contains(&minute)
        || !(0..=60).contains(&second)
    {
        return None;
    }
    if hour > 24 || (hour == 24 && (minute, second, nanos) != (0, 0, 0)) {
        return None;
    }
    let first = NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, u32::try_from(month).ok()?, 1)?;
    let start = first.and_hms_opt(0, 0, 0)?;
    start.checked_add_signed(
        Duration::days(day - 1)
            + Duration::hours(hour)
            + Duration::minutes(minute)
            + Duration::seconds(second)
            + Duration::nanoseconds(nanos),
    )
}

/// The offset in seconds Psych computes from `[-+]\d+(:\d\d)?`: the first one
/// or two digits are hours, the rest minutes; a negative zero hour loses its
/// sign (`-00:30` is +00:30, as in Psych).
fn ruby_offset(text: &str) -> Option<i32> {
    let negative = text.starts_with('-');
    let body = text.get(1..)?.replace(':', "");
    let split = body.len().min(2);
    let (hours, minutes) = body.split_at(split);
    let hours: i32 = hours.parse().ok()?;
    let minutes: i32 = if minutes.is_empty() {
        0
    } else {
        minutes.parse().ok()?
    };
    let hours = if negative { -hours } else { hours };
    let offset = hours * 3600;
    Some(if offset < 0 {
        offset - minutes * 60
    } else {
        offset + minutes * 60
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values checked with Ruby 3.1.2 / Psych 4.0.3:
    // `ruby -ryaml -e 'p Psych.safe_load("a: TEXT", permitted_classes: [Date, Time])'`.

    fn time(text: &str) -> String {
        match parse_time(text, None) {
            TimeScan::Time { time, utc } => format!(
                "{}{}",
                time.format("%Y-%m-%d %H:%M:%S%.f %:z"),
                if utc { " UTC" } else { "" }
            ),
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn time_pattern_follows_psych() {
        for yes in [
            "2020-01-15 10:00:00",
            "2020-01-15T10:00:00Z",
            "2020-1-5t1:00:00.5",
            "2020-01-15 10:00:00 +0100",
            "2020-01-15 10:00:00+01:00",
            "2020-01-15 10:00:00 -5",
            "2020-01-15 10:00:00 +100",
            "2020-01-15 10:00:00 +1:",
            "-2020-01-15 10:00:00",
            "2020-01-15\t10:00:00",
        ] {
            assert!(is_time(yes), "{yes}");
        }
        for no in [
            "2020-01-15",
            "2020-01-15 10:00",
            "2020-01-15 10:00:00 ",
            "20201-01-15 10:00:00",
            "2020-01-15 10:00:00 +12345",
        ] {
            assert!(!is_time(no), "{no}");
        }
    }

    #[test]
    fn offsets_are_kept() {
        assert_eq!(
            time("2020-01-15 10:00:00 +0100"),
            "2020-01-15 10:00:00 +01:00"
        );
        assert_eq!(
            time("2020-01-15 10:00:00 +100"),
            "2020-01-15 10:00:00 +10:00"
        );
        assert_eq!(
            time("2020-01-15 10:00:00 -00:30"),
            "2020-01-15 10:00:00 +00:30"
        );
        assert_eq!(
            time("2020-01-15 10:00:00 -05:30"),
            "2020-01-15 10:00:00 -05:30"
        );
        assert_eq!(
            time("2020-01-15 10:00:00 +23:59"),
            "2020-01-15 10:00:00 +23:59"
        );
    }

    #[test]
    fn z_marks_utc_and_no_offset_is_local() {
        assert_eq!(
            time("2020-01-15T10:00:00Z"),
            "2020-01-15 10:00:00 +00:00 UTC"
        );
        assert_eq!(time("2020-01-15 10:00:00"), "2020-01-15 10:00:00 +00:00");
        // TZ=America/New_York ruby -ryaml -e 'p YAML.load("2020-01-15 10:00:00")'
        // => 2020-01-15 05:00:00 -0500
        let ny: Tz = "America/New_York".parse().unwrap_or(Tz::UTC);
        let TimeScan::Time { time, .. } = parse_time("2020-01-15 10:00:00", Some(&ny)) else {
            panic!()
        };
        assert_eq!(time.to_rfc3339(), "2020-01-15T05:00:00-05:00");
    }

    #[test]
    fn fields_roll_over_as_ruby_time_does() {
        assert_eq!(time("2020-02-31 10:00:00"), "2020-03-02 10:00:00 +00:00");
        assert_eq!(time("2020-01-15 24:00:00"), "2020-01-16 00:00:00 +00:00");
        assert_eq!(time("2020-01-15 10:00:60"), "2020-01-15 10:01:00 +00:00");
        assert_eq!(time("2020-01-15 10:00:00."), "2020-01-15 10:00:00 +00:00");
        assert_eq!(
            time("2020-01-15t10:00:00.123456789123Z"),
            "2020-01-15 10:00:00.123456789 +00:00 UTC"
        );
        for bad in [
            "2020-01-15 24:30:00",
            "2020-01-15 10:00:61",
            "2020-01-15 10:60:00",
            "2020-02-32 10:00:00",
            "2020-13-01 10:00:00",
            "2020-00-01 10:00:00",
            "2020-01-00 10:00:00",
            "2020-01-15 10:00:00 +25:00",
        ] {
            assert_eq!(parse_time(bad, None), TimeScan::Invalid, "{bad}");
        }
        assert_eq!(parse_time("2020-01-15\t10:00:00", None), TimeScan::Broken);
    }

    #[test]
    fn dates_follow_strptime() {
        assert!(is_date("2020-1-5"));
        assert!(is_date("2020-00-00"));
        assert!(!is_date("2020-13-01"));
        assert!(!is_date("2020-01-32"));
        assert!(!is_date("20-01-01"));
        assert_eq!(
            parse_date("2020-1-5"),
            NaiveDate::from_ymd_opt(2020, 1, 5).map(Value::Date)
        );
        assert_eq!(parse_date("2020-02-30"), None);
        assert_eq!(parse_date("2020-00-10"), None);
        assert_eq!(parse_date("1582-10-10"), None);
        assert_eq!(
            parse_date("1500-01-01"),
            NaiveDate::from_ymd_opt(1500, 1, 1).map(Value::Date)
        );
    }
}
