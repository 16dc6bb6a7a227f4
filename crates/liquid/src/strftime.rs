//! Ruby's `Time#strftime` and `Date#strftime`.

use chrono::{DateTime, Datelike, FixedOffset, Timelike};

/// A point in time as Ruby sees it: a `Time` or a `Date` (midnight, `+00:00`).
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RubyTime {
    /// The time with its offset.
    pub(crate) dt: DateTime<FixedOffset>,
    /// The zone name `%Z` prints (`UTC`, `CET`), empty for a bare offset.
    pub(crate) zone: String,
    /// Whether this is a `Date`.
    pub(crate) is_date: bool,
}

const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const DAYS: [&str; 7] = [
    "Sunday",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
];

/// Formats `t` as Ruby's `strftime(format)`.
pub(crate) fn strftime(t: &RubyTime, format: &str) -> String {
    let mut out = String::with_capacity(format.len() + 16);
    let chars: Vec<char> = format.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let start = i;
        i += 1;
        let mut pad: Option<char> = None;
        let mut upper = false;
        let mut swap = false;
        while i < chars.len() && matches!(chars[i], '-' | '_' | '0' | '^' | '#') {
            match chars[i] {
                '-' => pad = Some('\0'),
                '_' => pad = Some(' '),
                '0' => pad = Some('0'),
                '^' => upper = true,
                _ => swap = true,
            }
            i += 1;
        }
        let mut width: Option<usize> = None;
        while i < chars.len() && chars[i].is_ascii_digit() {
            width = Some(width.unwrap_or(0) * 10 + chars[i].to_digit(10).unwrap_or(0) as usize);
            i += 1;
        }
        let mut colons = 0;
        while i < chars.len() && chars[i] == ':' {
            colons += 1;
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        match expand(t, conv, colons, pad, width) {
            Some(mut s) => {
                if upper {
                    s = s.to_uppercase();
                } else if swap {
                    s = if s.chars().any(|c| c.is_lowercase()) {
                        s.to_uppercase()
                    } else {
                        s.to_lowercase()
                    };
                }
                out.push_str(&s);
            }
            None => out.extend(&chars[start..i]),
        }
    }
    out
}

fn num(
    value: i64,
    default_width: usize,
    default_pad: char,
    pad: Option<char>,
    width: Option<usize>,
) -> String {
    let pad = pad.unwrap_or(default_pad);
    let width = width.unwrap_or(default_width);
    let digits = value.unsigned_abs().to_string();
    let sign = if value < 0 { "-" } else { "" };
    if pad == '\0' {
        return format!("{sign}{digits}");
    }
    let len = digits.len() + sign.len();
    if len >= width {
        return format!("{sign}{digits}");
    }
    let fill: String = std::iter::repeat_n(pad, width - len).collect();
    if pad == '0' {
        format!("{sign}{fill}{digits}")
    } else {
        format!("{fill}{sign}{digits}")
    }
}

fn text(s: &str, pad: Option<char>, width: Option<usize>) -> String {
    match width {
        Some(w) if s.chars().count() < w => {
            let fill = match pad {
                Some('0') => '0',
                Some('\0') => return s.to_owned(),
                _ => ' ',
            };
            let f: String = std::iter::repeat_n(fill, w - s.chars().count()).collect();
            format!("{f}{s}")
        }
        _ => s.to_owned(),
    }
}

fn offset(t: &RubyTime, colons: usize, pad: Option<char>, width: Option<usize>) -> String {
    let secs = t.dt.offset().local_minus_utc();
    let sign = if secs < 0 { '-' } else { '+' };
    let a = secs.abs();
    let (h, m, s) = (a / 3600, (a / 60) % 60, a % 60);
    let body = match colons {
        0 => format!("{h:02}{m:02}"),
        1 => format!("{h:02}:{m:02}"),
        _ => format!("{h:02}:{m:02}:{s:02}"),
    };
    let s = format!("{sign}{body}");
    match (width, pad) {
        (Some(w), p) if s.len() < w => {
            let fill = if p == Some(' ') { ' ' } else { '0' };
            let f: String = std::iter::repeat_n(fill, w - s.len()).collect();
            if fill == '0' {
                format!("{sign}{f}{body}")
            } else {
                format!("{f}{s}")
            }
        }
        _ => s,
    }
}

fn expand(
    t: &RubyTime,
    conv: char,
    colons: usize,
    pad: Option<char>,
    width: Option<usize>,
) -> Option<String> {
    let dt = &t.dt;
    let hour12 = |h: u32| if h.is_multiple_of(12) { 12 } else { h % 12 };
    let s = match conv {
        'Y' => {
            let y = i64::from(dt.year());
            if width.is_some() || pad.is_some() {
                num(y, 4, '0', pad, width)
            } else {
                y.to_string()
            }
        }
        'C' => num(i64::from(dt.year()).div_euclid(100), 2, '0', pad, width),
        'y' => num(i64::from(dt.year()).rem_euclid(100), 2, '0', pad, width),
        'm' => num(i64::from(dt.month()), 2, '0', pad, width),
        'B' => text(MONTHS[dt.month0() as usize], pad, width),
        'b' | 'h' => text(&MONTHS[dt.month0() as usize][..3], pad, width),
        'd' => num(i64::from(dt.day()), 2, '0', pad, width),
        'e' => num(i64::from(dt.day()), 2, ' ', pad, width),
        'j' => num(i64::from(dt.ordinal()), 3, '0', pad, width),
        'H' => num(i64::from(dt.hour()), 2, '0', pad, width),
        'k' => num(i64::from(dt.hour()), 2, ' ', pad, width),
        'I' => num(i64::from(hour12(dt.hour())), 2, '0', pad, width),
        'l' => num(i64::from(hour12(dt.hour())), 2, ' ', pad, width),
        'P' => text(if dt.hour() < 12 { "am" } else { "pm" }, pad, width),
        'p' => text(if dt.hour() < 12 { "AM" } else { "PM" }, pad, width),
        'M' => num(i64::from(dt.minute()), 2, '0', pad, width),
        'S' => num(i64::from(dt.second()), 2, '0', pad, width),
        'L' => {
            let w = width.unwrap_or(3);
            let nanos = format!("{:09}", dt.nanosecond() % 1_000_000_000);
            let mut s: String = nanos.chars().take(w).collect();
            while s.len() < w {
                s.push('0');
            }
            s
        }
        'N' => {
            let w = width.unwrap_or(9);
            let nanos = format!("{:09}", dt.nanosecond() % 1_000_000_000);
            let mut s: String = nanos.chars().take(w).collect();
            while s.len() < w {
                s.push('0');
            }
            s
        }
        'z' => offset(t, colons, pad, width),
        'Z' => text(&t.zone, pad, width),
        'A' => text(
            DAYS[dt.weekday().num_days_from_sunday() as usize],
            pad,
            width,
        ),
        'a' => text(
            &DAYS[dt.weekday().num_days_from_sunday() as usize][..3],
            pad,
            width,
        ),
        'u' => num(
            i64::from(dt.weekday().number_from_monday()),
            1,
            '0',
            pad,
            width,
        ),
        'w' => num(
            i64::from(dt.weekday().num_days_from_sunday()),
            1,
            '0',
            pad,
            width,
        ),
        'U' => {
            let wd = i64::from(dt.weekday().num_days_from_sunday());
            num((i64::from(dt.ordinal0()) + 7 - wd) / 7, 2, '0', pad, width)
        }
        'W' => {
            let wd = i64::from(dt.weekday().num_days_from_monday());
            num((i64::from(dt.ordinal0()) + 7 - wd) / 7, 2, '0', pad, width)
        }
        'G' => {
            let y = i64::from(dt.iso_week().year());
            if width.is_some() || pad.is_some() {
                num(y, 4, '0', pad, width)
            } else {
                y.to_string()
            }
        }
        'g' => num(
            i64::from(dt.iso_week().year()).rem_euclid(100),
            2,
            '0',
            pad,
            width,
        ),
        'V' => num(i64::from(dt.iso_week().week()), 2, '0', pad, width),
        's' => dt.timestamp().to_string(),
        'n' => "\n".to_owned(),
        't' => "\t".to_owned(),
        '%' => "%".to_owned(),
        'c' => text(&strftime(t, "%a %b %e %H:%M:%S %Y"), pad, width),
        'D' | 'x' => text(&strftime(t, "%m/%d/%y"), pad, width),
        'F' => text(&strftime(t, "%Y-%m-%d"), pad, width),
        'T' | 'X' => text(&strftime(t, "%H:%M:%S"), pad, width),
        'R' => text(&strftime(t, "%H:%M"), pad, width),
        'r' => text(&strftime(t, "%I:%M:%S %p"), pad, width),
        'v' => text(&strftime(t, "%e-%^b-%Y"), pad, width),
        '+' => text(&strftime(t, "%a %b %e %H:%M:%S %Z %Y"), pad, width),
        _ => return None,
    };
    Some(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> RubyTime {
        RubyTime {
            dt: DateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S %z").unwrap_or_default(),
            zone: String::new(),
            is_date: false,
        }
    }

    // Expected strings from `ruby -e 'puts Time.new(2020,1,5,9,3,7,"+01:00").strftime(F)'`.
    #[test]
    fn formats_like_ruby() {
        let x = t("2020-01-05 09:03:07 +0100");
        assert_eq!(
            strftime(&x, "%Y-%m-%d %H:%M:%S %z"),
            "2020-01-05 09:03:07 +0100"
        );
        assert_eq!(strftime(&x, "%b %-d, %Y"), "Jan 5, 2020");
        assert_eq!(
            strftime(&x, "%e|%l|%P|%^a|%:z|%j"),
            " 5| 9|am|SUN|+01:00|005"
        );
        assert_eq!(
            strftime(&x, "%A %B %10A %-m/%_m"),
            "Sunday January     Sunday 1/ 1"
        );
        assert_eq!(
            strftime(&x, "%U %W %V %G %s %q"),
            "01 00 01 2020 1578211387 %q"
        );
    }
}
