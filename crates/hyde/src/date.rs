//! Dates and times as Jekyll reads them (`Utils.parse_date`, the site time zone).

use chrono::{DateTime, FixedOffset, NaiveDateTime, NaiveTime, TimeZone};

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

/// `Utils.parse_date`: Ruby's `Time.parse(input).localtime` (hyde-liquid's port), a
/// time without an offset being in `zone`.
pub(crate) fn parse_date(input: &str, zone: &Zone) -> Option<DateTime<FixedOffset>> {
    hyde_liquid::parse_time(input, zone.tz().copied())
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
    fn explicit_offsets_are_converted_to_the_site_zone() {
        // `Time.parse(input).localtime`.
        let t = parse_date("2020-01-15 10:00:00 +0100", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T09:00:00+00:00");
        let t = parse_date("2020-01-15T10:00:00Z", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T10:00:00+00:00");
        let berlin = Zone::Named(chrono_tz::Europe::Berlin);
        let t = parse_date("2020-01-15 10:30 -05:00", &berlin).unwrap();
        assert_eq!(t.to_rfc3339(), "2020-01-15T16:30:00+01:00");
    }

    #[test]
    fn any_form_ruby_time_parse_reads() {
        let t = parse_date("Mon, 10 Feb 2016", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2016-02-10T00:00:00+00:00");
        let t = parse_date("2016/02/10 9:00 PM", &utc()).unwrap();
        assert_eq!(t.to_rfc3339(), "2016-02-10T21:00:00+00:00");
    }

    #[test]
    fn garbage_is_not_a_date() {
        assert!(parse_date("yesterday", &utc()).is_none());
        assert!(parse_date("2020-13-45", &utc()).is_none());
    }
}
