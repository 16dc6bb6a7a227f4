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

/// The widest padding a directive gets. Ruby prints a directive whose width overflows
/// an `int` as written; hyde does so past 1 MiB, so that no template can ask for gigabytes.
const MAX_WIDTH: usize = 1 << 20;

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
        let mut too_wide = false;
        while i < chars.len() && chars[i].is_ascii_digit() {
            let digit = chars[i].to_digit(10).unwrap_or(0) as usize;
            match width.unwrap_or(0).checked_mul(10).map(|w| w + digit) {
                Some(w) if w <= MAX_WIDTH => width = Some(w),
                _ => too_wide = true,
            }
            i += 1;
        }
        let mut colons = 0;
        while i < chars.len() && chars[i] == ':' {
            colons += 1;
            i += 1;
        }
        // POSIX locale modifiers, ignored where Ruby accepts them.
        if let (Some('E'), Some(next)) = (chars.get(i), chars.get(i + 1))
            && "cCxXyY".contains(*next)
        {
            i += 1;
        } else if let (Some('O'), Some(next)) = (chars.get(i), chars.get(i + 1))
            && "deHkIlmMSuUVwWy".contains(*next)
        {
            i += 1;
        }
        let Some(&conv) = chars.get(i) else {
            out.extend(&chars[start..]);
            break;
        };
        i += 1;
        if too_wide {
            // Ruby prints a directive whose width overflows as it is written.
            out.extend(&chars[start..i]);
            continue;
        }
        let expanded = if conv == 'z' {
            offset(t, colons, pad, width)
        } else {
            expand(t, conv, colons, pad, width)
        };
        match expanded {
            Some(mut s) => {
                // `#` (change case) wins over `^`: `%Z` and `%p` go lower,
                // names upper; composites ignore it.
                if swap && !COMPOSITES.contains(conv) {
                    s = if matches!(conv, 'Z' | 'p') {
                        s.to_lowercase()
                    } else {
                        s.to_uppercase()
                    };
                } else if upper {
                    s = s.to_uppercase();
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

/// `%z`, `%:z`, `%::z`, `%:::z` as Ruby's strftime.c writes them: the hours
/// get the width left after the minutes and seconds (`%10z` is
/// `+000000000`), zero-padded after the sign, or space-padded before it with
/// `_`; `%:::z` drops zero minutes and seconds.
fn offset(t: &RubyTime, colons: usize, pad: Option<char>, width: Option<usize>) -> Option<String> {
    let secs = t.dt.offset().local_minus_utc();
    let negative = secs < 0;
    let off = i64::from(secs.unsigned_abs());
    let precision = width.unwrap_or(0);
    let (extra, limit) = match colons {
        0 => (3, 5),
        1 => (4, 6),
        2 => (7, 9),
        3 if off % 3600 == 0 => (1, 3),
        3 if off % 60 == 0 => (4, 6),
        3 => (7, 9),
        _ => return None,
    };
    let precision = if precision <= limit {
        2
    } else {
        precision - extra
    };
    let hours = off / 3600;
    let spaced = pad == Some(' ');
    let sign = if negative { '-' } else { '+' };
    let mut out = if spaced {
        let body = format!("{sign}{hours}");
        format!("{body:>width$}", width = precision + 1)
    } else {
        format!("{sign}{hours:0precision$}")
    };
    let off = off % 3600;
    if colons == 3 && off == 0 {
        return Some(out);
    }
    if colons >= 1 {
        out.push(':');
    }
    out.push_str(&format!("{:02}", off / 60));
    let off = off % 60;
    if colons == 3 && off == 0 {
        return Some(out);
    }
    if colons >= 2 {
        out.push_str(&format!(":{off:02}"));
    }
    Some(out)
}

/// The directives Ruby expands into a format of their own: `^` upcases them,
/// `#` is ignored, and a width pads them with spaces even after `-`.
const COMPOSITES: &str = "cDxFTXRrv";

fn expand(
    t: &RubyTime,
    conv: char,
    colons: usize,
    pad: Option<char>,
    width: Option<usize>,
) -> Option<String> {
    if colons > 0 {
        // Only `z` takes colons.
        return None;
    }
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
        'z' => return offset(t, colons, pad, width),
        // No zone name: nothing, not even padding.
        'Z' if t.zone.is_empty() => String::new(),
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
        'n' => text("\n", pad, width),
        't' => text("\t", pad, width),
        '%' => text("%", pad, width),
        c if COMPOSITES.contains(c) => {
            let format = match c {
                'c' => "%a %b %e %H:%M:%S %Y",
                'D' | 'x' => "%m/%d/%y",
                'F' => "%Y-%m-%d",
                'T' | 'X' => "%H:%M:%S",
                'R' => "%H:%M",
                'r' => "%I:%M:%S %p",
                _ => "%e-%^b-%Y",
            };
            let pad = pad.map(|p| if p == '\0' { ' ' } else { p });
            text(&strftime(t, format), pad, width)
        }
        // `%+` is Date's, not Time's: Ruby leaves it as written.
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

    #[test]
    fn a_width_too_large_prints_the_directive_as_written_instead_of_overflowing() {
        // Found by fuzzing (fuzz/README.md): `%_777…8h` overflowed the width.
        let time = t("2020-01-05 09:03:07 +0100");
        let huge = format!("<%_{}8h>", "7".repeat(120));
        assert_eq!(strftime(&time, &huge), huge);
        assert_eq!(strftime(&time, "<%_2147483648h>"), "<%_2147483648h>");
        assert_eq!(strftime(&time, "<%_5h>"), "<  Jan>");
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
