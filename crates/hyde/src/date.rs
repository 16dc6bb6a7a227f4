//! Dates and times as Jekyll reads them (`Utils.parse_date`, the site time zone).

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, Offset, TimeZone};

/// The site's time zone: `timezone:` from the config, else the process's (`TZ`).
#[derive(Clone, Debug)]
pub(crate) enum Zone {
    /// An IANA zone from `timezone:`.
    Named(chrono_tz::Tz),
    /// The local zone of the process.
    Local,
}

impl Zone {
    /// The zone for a `timezone:` value; the local zone when `None` or unknown.
    pub(crate) fn new(name: Option<&str>) -> Zone {
        match name.and_then(|n| n.parse::<chrono_tz::Tz>().ok()) {
            Some(tz) => Zone::Named(tz),
            None => Zone::Local,
        }
    }

    /// The IANA zone, when `timezone:` names one.
    pub(crate) fn tz(&self) -> Option<&chrono_tz::Tz> {
        match self {
            Zone::Named(tz) => Some(tz),
            Zone::Local => None,
        }
    }

    /// A wall-clock time in this zone (the earlier one when ambiguous).
    pub(crate) fn localize(&self, naive: NaiveDateTime) -> DateTime<FixedOffset> {
        match self {
            Zone::Named(tz) => match tz.from_local_datetime(&naive).earliest() {
                Some(t) => t.fixed_offset(),
                None => chrono::Utc.from_utc_datetime(&naive).fixed_offset(),
            },
            Zone::Local => match chrono::Local.from_local_datetime(&naive).earliest() {
                Some(t) => t.fixed_offset(),
                None => chrono::Utc.from_utc_datetime(&naive).fixed_offset(),
            },
        }
    }

    /// An instant shown in this zone.
    pub(crate) fn at_epoch(&self, secs: i64) -> DateTime<FixedOffset> {
        let utc = chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default();
        match self {
            Zone::Named(tz) => utc.with_timezone(tz).fixed_offset(),
            Zone::Local => utc.with_timezone(&chrono::Local).fixed_offset(),
        }
    }

    /// Now, in this zone.
    pub(crate) fn now(&self) -> DateTime<FixedOffset> {
        let now = chrono::Utc::now();
        match self {
            Zone::Named(tz) => now.with_timezone(tz).fixed_offset(),
            Zone::Local => now.with_timezone(&chrono::Local).fixed_offset(),
        }
    }

    /// Re-expresses a time in this zone (Ruby's `Time#localtime`).
    pub(crate) fn convert(&self, t: DateTime<FixedOffset>) -> DateTime<FixedOffset> {
        match self {
            Zone::Named(tz) => t.with_timezone(tz).fixed_offset(),
            Zone::Local => t.with_timezone(&chrono::Local).fixed_offset(),
        }
    }
}

/// `Utils.parse_date` (Ruby's `Time.parse`) for the forms front matter and file names use:
/// `2020-01-15`, `2020-01-15 10:00`, `2020-01-15 10:00:00 +0100`, `2020-01-15T10:00:00Z`,
/// `2020-01-15 10:00:00.5 -05:00`. Without an offset the time is in `zone`.
pub(crate) fn parse_date(input: &str, zone: &Zone) -> Option<DateTime<FixedOffset>> {
    let s = input.trim();
    let (date_part, rest) = split_date(s)?;
    let date = NaiveDate::parse_from_str(date_part, "%Y-%m-%d").ok()?;
    let rest = rest.trim_start_matches(['T', 't', ' ']).trim();
    if rest.is_empty() {
        return Some(zone.localize(date.and_time(NaiveTime::MIN)));
    }
    // Time of day, then an optional offset.
    let time_len = rest
        .find(|c: char| !(c.is_ascii_digit() || c == ':' || c == '.'))
        .unwrap_or(rest.len());
    let (time_str, offset_str) = rest.split_at(time_len);
    let time = parse_time(time_str)?;
    let naive = date.and_time(time);
    let offset_str = offset_str.trim();
    if offset_str.is_empty() {
        return Some(zone.localize(naive));
    }
    let offset = parse_offset(offset_str)?;
    offset.from_local_datetime(&naive).single()
}

fn split_date(s: &str) -> Option<(&str, &str)> {
    let mut dashes = 0;
    for (i, c) in s.char_indices() {
        if c == '-' {
            dashes += 1;
        } else if !c.is_ascii_digit() {
            return (dashes == 2).then(|| s.split_at(i));
        }
    }
    (dashes == 2).then_some((s, ""))
}

fn parse_time(s: &str) -> Option<NaiveTime> {
    let mut parts = s.split(':');
    let h: u32 = parts.next()?.parse().ok()?;
    let m: u32 = parts.next().map_or(Some(0), |p| p.parse().ok())?;
    let (sec, nano) = match parts.next() {
        None => (0, 0),
        Some(p) => match p.split_once('.') {
            Some((whole, frac)) => {
                let digits: String = frac.chars().take(9).collect();
                let scale = 10u32.pow(9 - digits.len() as u32);
                (whole.parse().ok()?, digits.parse::<u32>().ok()? * scale)
            }
            None => (p.parse().ok()?, 0),
        },
    };
    NaiveTime::from_hms_nano_opt(h, m, sec, nano)
}

fn parse_offset(s: &str) -> Option<FixedOffset> {
    if s.eq_ignore_ascii_case("z") || s.eq_ignore_ascii_case("utc") || s.eq_ignore_ascii_case("gmt")
    {
        return Some(chrono::Utc.fix());
    }
    let sign = match s.as_bytes().first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let digits: String = s[1..].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match digits.len() {
        1 | 2 => (digits.parse::<i32>().ok()?, 0),
        4 => (
            digits[..2].parse::<i32>().ok()?,
            digits[2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    FixedOffset::east_opt(sign * (h * 3600 + m * 60))
}

/// The date a value from front matter stands for (Jekyll's `merge_date!`).
pub(crate) fn value_to_time(v: &hyde_liquid::Value, zone: &Zone) -> Option<DateTime<FixedOffset>> {
    match v {
        hyde_liquid::Value::Time(t) => Some(*t),
        hyde_liquid::Value::TimeUtc(t) => Some(t.fixed_offset()),
        hyde_liquid::Value::Date(d) => Some(zone.localize(d.and_time(NaiveTime::MIN))),
        other => parse_date(&crate::ruby::value_to_s(other), zone),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc() -> Zone {
        Zone::Named(chrono_tz::UTC)
    }

    #[test]
    fn a_bare_date_is_midnight_in_the_site_zone() {
        let t = parse_date("2020-01-15", &Zone::Named(chrono_tz::Europe::Berlin)).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T00:00:00+01:00");
    }

    #[test]
    fn explicit_offsets_are_kept() {
        let t = parse_date("2020-01-15 10:00:00 +0100", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T10:00:00+01:00");
        let t = parse_date("2020-01-15T10:00:00Z", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T10:00:00+00:00");
        let t = parse_date("2020-01-15 10:30 -05:00", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T10:30:00-05:00");
    }

    #[test]
    fn garbage_is_not_a_date() {
        assert!(parse_date("yesterday", &utc()).is_none());
        assert!(parse_date("2020-13-45", &utc()).is_none());
    }
}
