//! Ruby's `Date._parse` (the date gem's `date__parse`, as Ruby 3.1 has it):
//! the heuristics `Time.parse` uses to find a date and a time anywhere in a
//! text (`Last updated 2025-01-29`, `Friday, 5 January 2024 10:30pm`).
//!
//! The text is searched by a fixed sequence of patterns; each that matches
//! records what it found and blanks out what it matched, so later patterns
//! see only the rest. Ruby's `\d` and `\s` are ASCII, so the patterns spell
//! out `[0-9]`; its `[[:alpha:]]` is Unicode.

use std::sync::LazyLock;

use regex::{Captures, Regex};

/// The fields `Time.parse` reads from `Date._parse`'s hash.
#[derive(Debug, Default, PartialEq)]
pub(super) struct Fields {
    pub(super) year: Option<i64>,
    pub(super) yday: Option<i64>,
    pub(super) mon: Option<i64>,
    pub(super) mday: Option<i64>,
    pub(super) hour: Option<i64>,
    pub(super) min: Option<i64>,
    pub(super) sec: Option<i64>,
    /// `sec_fraction`, in nanoseconds.
    pub(super) nanos: Option<i64>,
    pub(super) zone: Option<String>,
}

/// The hash being filled, with the flags that adjust the year at the end.
struct Hash {
    fields: Fields,
    /// `_comp`: a two-digit year is 19xx or 20xx.
    comp: bool,
    /// `_bc`: the year is before Christ.
    bc: bool,
}

/// The longest text `Date._parse` accepts (its `limit:`), in bytes.
const LIMIT: usize = 128;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|_| unreachable!("a valid regex"))
}

macro_rules! pattern {
    ($name:ident, $source:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| re($source));
    };
}

const ABBR_MONTHS: &str = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const ERA: &str = r"c(?:e|\.e\.)|b(?:ce|\.c\.e\.)|a(?:d|\.d\.)|b(?:c|\.c\.)";

pattern!(JUNK, r"[^-+',./:@\p{L}\p{M}\p{Nd}\[\]]+");
pattern!(DAY, r"(?i)\b(sun|mon|tue|wed|thu|fri|sat)[^-/0-9\s]*");
pattern!(
    TIME,
    r"(?ix)
    (
      (?: [0-9]+\s*:\s*[0-9]+ (?:\s*:\s*[0-9]+(?:[,.][0-9]*)?)?
        | [0-9]+\s*h(?:\s*[0-9]+m?(?:\s*[0-9]+s?)?)?
      )
      (?:\s*[ap](?:m\b|\.m\.))?
    | [0-9]+\s*[ap](?:m\b|\.m\.)
    )
    (?:
      \s*
      ( (?:gmt|utc?)?[-+][0-9]+(?:[,.:][0-9]+(?::[0-9]+)?)?
      | (?-i:[\p{Alphabetic}.\s]+)(?:standard|daylight)\stime\b
      | (?-i:\p{Alphabetic}+)(?:\sdst)?\b
      )
    )?"
);
pattern!(
    TIME_PARTS,
    r"(?i)\A([0-9]+)h?(?:\s*:?\s*([0-9]+)m?(?:\s*:?\s*([0-9]+)(?:[,.]([0-9]+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?"
);
pattern!(
    EU,
    &format!(
        r"(?i)('?[0-9]+)[^-0-9\s]*\s*({ABBR_MONTHS})[^-0-9\s']*(?:\s*({ERA})?\s*('?-?[0-9]+(?:(?:st|nd|rd|th)\b)?))?"
    )
);
pattern!(
    US,
    &format!(
        r"(?i)\b({ABBR_MONTHS})[^-0-9\s']*\s*('?[0-9]+)[^-0-9\s']*(?:\s*,?\s*({ERA})?\s*('?-?[0-9]+))?"
    )
);
pattern!(ISO, r"('?[-+]?[0-9]+)-([0-9]+)-('?-?[0-9]+)");
pattern!(JIS, r"(?i)\b([mtshr])([0-9]+)\.([0-9]+)\.([0-9]+)");
pattern!(
    VMS11,
    &format!(r"(?i)('?-?[0-9]+)-({ABBR_MONTHS})[^-/.]*-('?-?[0-9]+)")
);
pattern!(
    VMS12,
    &format!(r"(?i)\b({ABBR_MONTHS})[^-/.]*-('?-?[0-9]+)(?:-('?-?[0-9]+))?")
);
pattern!(
    SLA,
    r"(?i)('?-?[0-9]+)/\s*('?[0-9]+)(?:[^0-9]\s*('?-?[0-9]+))?"
);
pattern!(DOT, r"(?i)('?-?[0-9]+)\.\s*('?[0-9]+)\.\s*('?-?[0-9]+)");
pattern!(
    ISO21,
    r"(?i)\b([0-9]{2}|[0-9]{4})?-?w([0-9]{2})(?:-?([0-9]))?\b"
);
pattern!(ISO22, r"(?i)-w-([0-9])\b");
pattern!(ISO23, r"--([0-9]{2})?-([0-9]{2})\b");
pattern!(ISO24, r"--([0-9]{2})([0-9]{2})?\b");
pattern!(ISO25_NOT, r"[,.]([0-9]{2}|[0-9]{4})-[0-9]{3}\b");
pattern!(ISO25, r"\b([0-9]{2}|[0-9]{4})-([0-9]{3})\b");
pattern!(ISO26_NOT, r"[0-9]-[0-9]{3}\b");
pattern!(ISO26, r"\b-([0-9]{3})\b");
pattern!(YEAR, r"'([0-9]+)\b");
pattern!(MON, &format!(r"(?i)\b({ABBR_MONTHS})\S*"));
pattern!(MDAY, r"(?i)([0-9]+)(st|nd|rd|th)\b");
pattern!(
    DDD,
    r"(?i)([-+]?)([0-9]{2,14})(?:\s*t?\s*([0-9]{2,6})?(?:[,.]([0-9]*))?)?(?:\s*(z\b|[-+][0-9]{1,4}\b|\[[-+]?[0-9][^\]]*\]))?"
);
pattern!(BC, r"(?i)\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)");
pattern!(FRAG, r"(?i)\A\s*([0-9]{1,2})\s*\z");

/// Ruby's `str2num` (`String#to_i`): the leading integer, 0 without one.
fn num(s: &str) -> i64 {
    let (sign, digits) = match s.as_bytes().first() {
        Some(b'-') => (-1, &s[1..]),
        Some(b'+') => (1, &s[1..]),
        _ => (1, s),
    };
    let n = digits
        .bytes()
        .take_while(u8::is_ascii_digit)
        .fold(0i64, |n, d| {
            n.saturating_mul(10).saturating_add(i64::from(d - b'0'))
        });
    sign * n
}

/// The number of the month whose abbreviation `s` starts with.
fn mon_num(s: &str) -> i64 {
    let lower = s.get(..3).unwrap_or(s).to_ascii_lowercase();
    ABBR_MONTHS
        .split('|')
        .position(|m| m == lower)
        .map_or(13, |i| i64::try_from(i).unwrap_or(12) + 1)
}

/// Digits of `s` from `at`, `len` of them (`n2i`).
fn n2i(s: &str, at: usize, len: usize) -> i64 {
    s.get(at..at + len).map_or(0, num)
}

/// The fraction `digits` as nanoseconds (Ruby keeps a `Rational`).
fn nanos(digits: &str) -> i64 {
    let padded: String = digits
        .chars()
        .chain(std::iter::repeat('0'))
        .take(9)
        .collect();
    num(&padded)
}

/// Which kinds of characters `s` has (`check_class`).
#[derive(Clone, Copy)]
struct Has {
    alpha: bool,
    digit: bool,
    dash: bool,
    dot: bool,
    slash: bool,
}

fn has(s: &str) -> Has {
    let b = s.as_bytes();
    Has {
        alpha: b.iter().any(u8::is_ascii_alphabetic),
        digit: b.iter().any(u8::is_ascii_digit),
        dash: b.contains(&b'-'),
        dot: b.contains(&b'.'),
        slash: b.contains(&b'/'),
    }
}

/// Ruby's `subx`: on a match, replaces it with a space and hands the
/// captures to `found`.
fn subs(text: &mut String, pattern: &Regex, found: impl FnOnce(&Captures<'_>)) -> bool {
    let Some(c) = pattern.captures(text) else {
        return false;
    };
    let range = c.get(0).map_or(0..0, |m| m.range());
    found(&c);
    text.replace_range(range, " ");
    true
}

fn group<'t>(c: &Captures<'t>, i: usize) -> Option<&'t str> {
    c.get(i).map(|m| m.as_str())
}

impl Hash {
    /// `s3e`: a year, a month and a day in some order, told apart by their
    /// width, an apostrophe (`'24` is a year) and what follows the digits.
    fn s3e(&mut self, y: Option<&str>, m: Option<String>, d: Option<&str>, bc: bool) {
        let (mut y, mut m, mut d) = (y.map(str::to_owned), m, d.map(str::to_owned));
        let mut comp = None;
        if y.is_some() && m.is_some() && d.is_none() {
            (y, m, d) = (None, y, m);
        }
        if y.is_none() {
            if d.as_ref().is_some_and(|d| d.len() > 2) {
                y = d.take();
            }
            if d.as_ref().is_some_and(|d| d.starts_with('\'')) {
                y = d.take();
            }
        }
        if let Some(ys) = y.clone() {
            let start = ys.find(|c: char| c == '-' || c == '+' || c.is_ascii_digit());
            if let Some(bp) = start {
                let signed = usize::from(ys[bp..].starts_with(['-', '+']));
                let digits = ys[bp + signed..]
                    .find(|c: char| !c.is_ascii_digit())
                    .map_or(ys.len(), |i| bp + signed + i);
                if digits < ys.len() {
                    // Something follows the year's digits (`5th`): a day.
                    y = d.take();
                    d = Some(ys[bp..digits].to_owned());
                }
            }
        }
        if let Some(ms) = &m
            && (ms.starts_with('\'') || ms.len() > 2)
        {
            (y, m, d) = (m, d, y);
        }
        if let Some(ds) = &d
            && (ds.starts_with('\'') || ds.len() > 2)
        {
            (y, d) = (d, y);
        }
        if let Some(ys) = &y
            && let Some(bp) = ys.find(|c: char| c == '-' || c == '+' || c.is_ascii_digit())
        {
            let signed = ys[bp..].starts_with(['-', '+']);
            let from = bp + usize::from(signed);
            let len = ys[from..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(ys.len() - from);
            if signed || len > 2 {
                comp = Some(false);
            }
            self.fields.year = Some(num(&ys[bp..from + len]));
        }
        if bc {
            self.bc = true;
        }
        let digits = |s: &str| {
            let at = s.find(|c: char| c.is_ascii_digit())?;
            Some(num(&s[at..]))
        };
        if let Some(mon) = m.as_deref().and_then(digits) {
            self.fields.mon = Some(mon);
        }
        if let Some(mday) = d.as_deref().and_then(digits) {
            self.fields.mday = Some(mday);
        }
        if let Some(c) = comp {
            self.comp = c;
        }
    }

    fn time(&mut self, c: &Captures<'_>) {
        if let Some(zone) = group(c, 2) {
            self.fields.zone = Some(zone.to_owned());
        }
        let Some(t) = group(c, 1).and_then(|s| TIME_PARTS.captures(s)) else {
            return;
        };
        let mut hour = group(&t, 1).map_or(0, num);
        if let Some(p) = group(&t, 5) {
            hour %= 12;
            if p.eq_ignore_ascii_case("p") {
                hour += 12;
            }
        }
        let f = &mut self.fields;
        f.hour = Some(hour);
        if let Some(min) = group(&t, 2) {
            f.min = Some(num(min));
        }
        if let Some(sec) = group(&t, 3) {
            f.sec = Some(num(sec));
        }
        if let Some(fraction) = group(&t, 4) {
            f.nanos = Some(nanos(fraction));
        }
    }

    /// `parse_ddd_cb`: runs of digits (`20240105`, `20240105t1030`,
    /// `240105 1030`), read by their width.
    fn ddd(&mut self, c: &Captures<'_>) {
        let negative = group(c, 1) == Some("-");
        let s2 = group(c, 2).unwrap_or("");
        let (s3, s4) = (group(c, 3), group(c, 4));
        let l2 = s2.len();
        let signed = |y: i64| if negative { -y } else { y };
        let clock = s3.is_none() && s4.is_some();
        let f = &mut self.fields;
        match l2 {
            2 if clock => f.sec = Some(n2i(s2, 0, 2)),
            2 => f.mday = Some(n2i(s2, 0, 2)),
            4 if clock => {
                f.sec = Some(n2i(s2, 2, 2));
                f.min = Some(n2i(s2, 0, 2));
            }
            4 => {
                f.mon = Some(n2i(s2, 0, 2));
                f.mday = Some(n2i(s2, 2, 2));
            }
            6 if clock => {
                f.sec = Some(n2i(s2, 4, 2));
                f.min = Some(n2i(s2, 2, 2));
                f.hour = Some(n2i(s2, 0, 2));
            }
            6 => {
                f.year = Some(signed(n2i(s2, 0, 2)));
                f.mon = Some(n2i(s2, 2, 2));
                f.mday = Some(n2i(s2, 4, 2));
            }
            8 | 10 | 12 | 14 if clock => {
                f.sec = Some(n2i(s2, l2 - 2, 2));
                f.min = Some(n2i(s2, l2 - 4, 2));
                f.hour = Some(n2i(s2, l2 - 6, 2));
                f.mday = Some(n2i(s2, l2 - 8, 2));
                if l2 >= 10 {
                    f.mon = Some(n2i(s2, l2 - 10, 2));
                }
                if l2 == 12 {
                    f.year = Some(signed(n2i(s2, 0, 2)));
                }
                if l2 == 14 {
                    f.year = Some(signed(n2i(s2, 0, 4)));
                    self.comp = false;
                }
            }
            8 | 10 | 12 | 14 => {
                f.year = Some(signed(n2i(s2, 0, 4)));
                f.mon = Some(n2i(s2, 4, 2));
                f.mday = Some(n2i(s2, 6, 2));
                if l2 >= 10 {
                    f.hour = Some(n2i(s2, 8, 2));
                }
                if l2 >= 12 {
                    f.min = Some(n2i(s2, 10, 2));
                }
                if l2 >= 14 {
                    f.sec = Some(n2i(s2, 12, 2));
                }
                self.comp = false;
            }
            3 if clock => {
                f.sec = Some(n2i(s2, 1, 2));
                f.min = Some(n2i(s2, 0, 1));
            }
            3 => f.yday = Some(n2i(s2, 0, 3)),
            5 if clock => {
                f.sec = Some(n2i(s2, 3, 2));
                f.min = Some(n2i(s2, 1, 2));
                f.hour = Some(n2i(s2, 0, 1));
            }
            5 => {
                f.year = Some(signed(n2i(s2, 0, 2)));
                f.yday = Some(n2i(s2, 2, 3));
            }
            7 if clock => {
                f.sec = Some(n2i(s2, 5, 2));
                f.min = Some(n2i(s2, 3, 2));
                f.hour = Some(n2i(s2, 1, 2));
                f.mday = Some(n2i(s2, 0, 1));
            }
            7 => {
                f.year = Some(signed(n2i(s2, 0, 4)));
                f.yday = Some(n2i(s2, 4, 3));
            }
            _ => {}
        }
        let f = &mut self.fields;
        if let Some(s3) = s3 {
            let l3 = s3.len();
            if matches!(l3, 2 | 4 | 6) {
                if s4.is_some() {
                    f.sec = Some(n2i(s3, l3 - 2, 2));
                    if l3 >= 4 {
                        f.min = Some(n2i(s3, l3 - 4, 2));
                    }
                    if l3 >= 6 {
                        f.hour = Some(n2i(s3, l3 - 6, 2));
                    }
                } else {
                    f.hour = Some(n2i(s3, 0, 2));
                    if l3 >= 4 {
                        f.min = Some(n2i(s3, 2, 2));
                    }
                    if l3 >= 6 {
                        f.sec = Some(n2i(s3, 4, 2));
                    }
                }
            }
        }
        if let Some(s4) = s4 {
            f.nanos = Some(nanos(s4));
        }
        if let Some(zone) = group(c, 5) {
            // `[-5:EST]`: the name after the colon, or what is inside.
            let zone = match zone.strip_prefix('[') {
                Some(inner) => {
                    let inner = inner.strip_suffix(']').unwrap_or(inner);
                    inner.split_once(':').map_or(inner, |(_, name)| name)
                }
                None => zone,
            };
            f.zone = Some(zone.to_owned());
        }
    }

    /// `parse_eu`, `parse_us`: a day and a month name (`5 jan 2024`), or a
    /// month name and a day (`jan 5, 2024`).
    fn names(&mut self, text: &mut String) -> bool {
        subs(text, &EU, |c| {
            let bc = group(c, 3).is_some_and(|b| b.starts_with(['b', 'B']));
            let mon = group(c, 2).map(|m| mon_num(m).to_string());
            self.s3e(group(c, 4), mon, group(c, 1), bc);
        }) || subs(text, &US, |c| {
            let bc = group(c, 3).is_some_and(|b| b.starts_with(['b', 'B']));
            let mon = group(c, 1).map(|m| mon_num(m).to_string());
            self.s3e(group(c, 4), mon, group(c, 2), bc);
        })
    }

    /// `parse_vms`: `5-jan-2024`, `jan-5-2024`.
    fn vms(&mut self, text: &mut String) -> bool {
        subs(text, &VMS11, |c| {
            let mon = group(c, 2).map(|m| mon_num(m).to_string());
            self.s3e(group(c, 3), mon, group(c, 1), false);
        }) || subs(text, &VMS12, |c| {
            let mon = group(c, 1).map(|m| mon_num(m).to_string());
            self.s3e(group(c, 3), mon, group(c, 2), false);
        })
    }

    /// `parse_iso2`: ISO week dates (found, but not read by `Time.parse`)
    /// and ordinal dates.
    fn iso2(&mut self, text: &mut String) -> bool {
        if subs(text, &ISO21, |_| {}) || subs(text, &ISO22, |_| {}) {
            return true;
        }
        if subs(text, &ISO23, |c| {
            if let Some(mon) = group(c, 1) {
                self.fields.mon = Some(num(mon));
            }
            self.fields.mday = group(c, 2).map(num);
        }) || subs(text, &ISO24, |c| {
            self.fields.mon = group(c, 1).map(num);
            if let Some(mday) = group(c, 2) {
                self.fields.mday = Some(num(mday));
            }
        }) {
            return true;
        }
        if !ISO25_NOT.is_match(text)
            && subs(text, &ISO25, |c| {
                self.fields.year = group(c, 1).map(num);
                self.fields.yday = group(c, 2).map(num);
            })
        {
            return true;
        }
        !ISO26_NOT.is_match(text) && subs(text, &ISO26, |c| self.fields.yday = group(c, 1).map(num))
    }

    /// The patterns from `parse_eu` on, in Ruby's order, until one matches.
    fn date(&mut self, text: &mut String) {
        let h = has(text);
        if h.alpha && h.digit && self.names(text) {
            return;
        }
        let h = has(text);
        if h.digit && h.dash && subs(text, &ISO, |c| self.iso(c)) {
            return;
        }
        let h = has(text);
        if h.digit
            && h.dot
            && subs(text, &JIS, |c| {
                let era = match group(c, 1).map(str::to_ascii_lowercase).as_deref() {
                    Some("m") => 1867,
                    Some("t") => 1911,
                    Some("s") => 1925,
                    Some("h") => 1988,
                    Some("r") => 2018,
                    _ => 0,
                };
                let f = &mut self.fields;
                f.year = group(c, 2).map(|y| num(y) + era);
                f.mon = group(c, 3).map(num);
                f.mday = group(c, 4).map(num);
            })
        {
            return;
        }
        let h = has(text);
        if h.alpha && h.digit && h.dash && self.vms(text) {
            return;
        }
        let h = has(text);
        if h.digit && h.slash && subs(text, &SLA, |c| self.iso(c)) {
            return;
        }
        let h = has(text);
        if h.digit && h.dot && subs(text, &DOT, |c| self.iso(c)) {
            return;
        }
        if has(text).digit && self.iso2(text) {
            return;
        }
        if has(text).digit && subs(text, &YEAR, |c| self.fields.year = group(c, 1).map(num)) {
            return;
        }
        if has(text).alpha
            && subs(text, &MON, |c| {
                self.fields.mon = group(c, 1).map(mon_num);
            })
        {
            return;
        }
        if has(text).digit && subs(text, &MDAY, |c| self.fields.mday = group(c, 1).map(num)) {
            return;
        }
        if has(text).digit {
            subs(text, &DDD, |c| self.ddd(c));
        }
    }

    /// Year, month and day in that order (`parse_iso_cb`, `parse_sla_cb`,
    /// `parse_dot_cb`).
    fn iso(&mut self, c: &Captures<'_>) {
        let mon = group(c, 2).map(str::to_owned);
        self.s3e(group(c, 1), mon, group(c, 3), false);
    }
}

/// `Date._parse(text, true)`: what it found, or `None` where Ruby raises
/// (a text longer than 128 bytes).
pub(super) fn parse(text: &str) -> Option<Fields> {
    if text.len() > LIMIT {
        return None;
    }
    let mut text = JUNK.replace_all(text, " ").into_owned();
    let mut hash = Hash {
        fields: Fields::default(),
        comp: true,
        bc: false,
    };
    if has(&text).alpha {
        subs(&mut text, &DAY, |_| {});
    }
    if has(&text).digit {
        subs(&mut text, &TIME, |c| hash.time(c));
    }
    hash.date(&mut text);
    if has(&text).alpha {
        subs(&mut text, &BC, |_| hash.bc = true);
    }
    if has(&text).digit {
        subs(&mut text, &FRAG, |c| {
            let n = group(c, 1).map_or(0, num);
            let f = &mut hash.fields;
            if f.hour.is_some() && f.mday.is_none() && (1..=31).contains(&n) {
                f.mday = Some(n);
            }
            if f.mday.is_some() && f.hour.is_none() && (0..=24).contains(&n) {
                f.hour = Some(n);
            }
        });
    }
    let f = &mut hash.fields;
    if hash.bc
        && let Some(y) = f.year
    {
        f.year = Some(1 - y);
    }
    if hash.comp
        && let Some(y) = f.year
        && (0..=99).contains(&y)
    {
        f.year = Some(if y >= 69 { y + 1900 } else { y + 2000 });
    }
    Some(hash.fields)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fields(text: &str) -> Fields {
        parse(text).unwrap_or_default()
    }

    // Expected values from `ruby -rdate -e 'p Date._parse(ARGV[0])'`
    // (Ruby 3.1, date 3.2.2).
    #[test]
    fn finds_the_date_anywhere_in_the_text() {
        let f = fields("last updated 2025-01-29");
        assert_eq!(
            (f.year, f.mon, f.mday, f.hour),
            (Some(2025), Some(1), Some(29), None)
        );
        // The time's "zone" swallows the next word; the day comes first.
        let f = fields("last updated 2025-01-29 10:30 by jan");
        assert_eq!(
            (f.year, f.mon, f.mday, f.hour, f.min, f.zone.as_deref()),
            (None, Some(1), Some(29), Some(10), Some(30), Some("by"))
        );
        assert!(parse(&"a".repeat(129)).is_none());
    }
}
