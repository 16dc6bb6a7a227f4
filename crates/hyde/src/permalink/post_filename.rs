//! Dates, slugs and titles from post file names: Jekyll's
//! `Document::DATE_FILENAME_MATCHER`, `DATELESS_FILENAME_MATCHER`,
//! `Document#populate_title` and `Utils.titleize_slug`.

use chrono::{Days, NaiveDate};

use super::PermalinkError;

/// The parts of a file name matched by `DATE_FILENAME_MATCHER`
/// (`^(?>.+/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DatedFilename<'a> {
    /// `2016-01-05`, `16-1-5`: as written; see [`filename_date`].
    pub(crate) date: &'a str,
    /// What follows the date and its `-`, without the extension.
    pub(crate) slug: &'a str,
    /// The extension with its dot (`.md`).
    pub(crate) ext: &'a str,
}

/// Where the extension (`\.[^.]+$`) starts: at the last `.`, which must not
/// be the last character.
fn extension_start(path: &str) -> Option<usize> {
    path.rfind('.').filter(|&dot| dot + 1 < path.len())
}

/// The length of the run of ASCII digits at the start of `text`.
fn digit_run(text: &str) -> usize {
    text.bytes().take_while(u8::is_ascii_digit).count()
}

/// Matches `\d{2,4}-\d{1,2}-\d{1,2}-([^/]*)(\.[^.]+)$` at the start of `rest`.
fn dated_at(rest: &str) -> Option<DatedFilename<'_>> {
    let mut pos = 0;
    for (min, max) in [(2, 4), (1, 2), (1, 2)] {
        let run = digit_run(&rest[pos..]);
        if run < min || run > max || rest.as_bytes().get(pos + run) != Some(&b'-') {
            return None;
        }
        pos += run + 1;
    }
    let date = &rest[..pos - 1];
    let tail = &rest[pos..];
    let dot = extension_start(tail)?;
    let slug = &tail[..dot];
    if slug.contains('/') {
        return None;
    }
    Some(DatedFilename {
        date,
        slug,
        ext: &tail[dot..],
    })
}

/// `DATE_FILENAME_MATCHER`: a date either at the very start of `path` or
/// right after its last `/`. The post reader keeps only the entries of
/// `_posts` that match; `populate_title` takes the date and slug from it.
pub(crate) fn match_dated(path: &str) -> Option<DatedFilename<'_>> {
    dated_at(path).or_else(|| {
        // `.+/` needs a character before the `/`.
        let slash = path.rfind('/').filter(|&slash| slash > 0)?;
        dated_at(&path[slash + 1..])
    })
}

/// `DATELESS_FILENAME_MATCHER` (`^(?:.+/)*(.*)(\.[^.]+)$`): the slug (after
/// the last `/` before the extension) and the extension. Drafts must match
/// it, which means having an extension.
pub(crate) fn match_dateless(path: &str) -> Option<(&str, &str)> {
    let dot = extension_start(path)?;
    let before = &path[..dot];
    // `(?:.+/)*` eats up to the last `/` that has a character before it.
    let slug = match before.rfind('/') {
        Some(slash) if slash > 0 => &before[slash + 1..],
        _ => before,
    };
    Some((slug, &path[dot..]))
}

/// What `Document#populate_title` derives from the file name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FilenameParts {
    /// The date from the file name, as written (to be read with
    /// [`filename_date`]); Jekyll uses it unless the front matter has a
    /// `date` that differs from the site time.
    pub(crate) date: Option<String>,
    /// The slug: `data["slug"] ||= slug`.
    pub(crate) slug: String,
    /// The extension: `data["ext"] ||= ext` (`None` leaves it unset).
    pub(crate) ext: Option<String>,
    /// `Utils.titleize_slug(slug)`: `data["title"] ||= title`.
    pub(crate) title: String,
}

/// `Document#populate_title` for a document at `relative_path` (its
/// `basename_without_ext` is the fallback slug); trailing dots are removed
/// from the slug.
pub(crate) fn populate_title(relative_path: &str, basename_without_ext: &str) -> FilenameParts {
    let (date, slug, ext) = match match_dated(relative_path) {
        Some(m) => (Some(m.date.to_owned()), m.slug, Some(m.ext.to_owned())),
        None => match match_dateless(relative_path) {
            Some((slug, ext)) => (None, slug, Some(ext.to_owned())),
            None => (None, basename_without_ext, None),
        },
    };
    let slug = slug.trim_end_matches('.').to_owned();
    FilenameParts {
        date,
        title: titleize_slug(&slug),
        slug,
        ext,
    }
}

/// `Utils.titleize_slug`: split on `-`, capitalize each word (first
/// character upper-cased, the rest lower-cased, as Ruby's `capitalize`),
/// join with spaces.
pub(crate) fn titleize_slug(slug: &str) -> String {
    let words: Vec<String> = slug
        .split('-')
        .map(|word| {
            let mut chars = word.chars();
            match chars.next() {
                Some(first) => {
                    let mut out: String = ruby_capital(first);
                    out.extend(chars.flat_map(char::to_lowercase));
                    out
                }
                None => String::new(),
            }
        })
        .collect();
    // Ruby's split drops trailing empty fields.
    let keep = words
        .iter()
        .rposition(|w| !w.is_empty())
        .map_or(0, |i| i + 1);
    words[..keep].join(" ")
}

/// Ruby's `capitalize` of a first character: its title case. Title case
/// differs from upper case for the Latin digraphs (`ǆ` → `ǅ`) and for
/// characters whose upper case has several letters (`ß` → `Ss`, `ﬁ` → `Fi`),
/// where only the first stays capital.
fn ruby_capital(c: char) -> String {
    match c {
        'Ǆ' | 'ǅ' | 'ǆ' => "ǅ".into(),
        'Ǉ' | 'ǈ' | 'ǉ' => "ǈ".into(),
        'Ǌ' | 'ǋ' | 'ǌ' => "ǋ".into(),
        'Ǳ' | 'ǲ' | 'ǳ' => "ǲ".into(),
        'ŉ' => "ʼN".into(),
        other => {
            let mut upper = other.to_uppercase();
            let mut out: String = upper.next().into_iter().collect();
            out.extend(upper.flat_map(char::to_lowercase));
            out
        }
    }
}

/// The calendar day a file name date stands for, as Ruby's `Time.parse`
/// reads `\d{2,4}-\d{1,2}-\d{1,2}`: a two-digit year is 1969–2068 (`69` →
/// 1969, `68` → 2068), three or four digits are taken as they are; month
/// 1–12 and day 1–31 are required, and a day past the end of its month runs
/// into the next (`2015-02-30` is 2 March), as `Time.local` does.
///
/// The time of day is midnight in the site's time zone.
pub(crate) fn filename_date(date: &str) -> Result<NaiveDate, PermalinkError> {
    let invalid = |reason: &str| PermalinkError::InvalidDate {
        date: date.to_owned(),
        reason: reason.to_owned(),
    };
    let mut fields = date.split('-');
    let (Some(y), Some(m), Some(d), None) =
        (fields.next(), fields.next(), fields.next(), fields.next())
    else {
        return Err(invalid("not a YYYY-MM-DD date"));
    };
    let number = |text: &str| {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            None
        } else {
            text.parse::<u32>().ok()
        }
    };
    let (Some(year), Some(month), Some(day)) = (number(y), number(m), number(d)) else {
        return Err(invalid("not a YYYY-MM-DD date"));
    };
    let year = match (y.len(), year) {
        (2, 69..) => 1900 + year,
        (2, _) => 2000 + year,
        _ => year,
    };
    if !(1..=12).contains(&month) {
        return Err(invalid("mon out of range"));
    }
    if day == 0 {
        return Err(invalid("mday out of range"));
    }
    if day > 31 {
        return Err(invalid("argument out of range"));
    }
    let year = i32::try_from(year).map_err(|_| invalid("year out of range"))?;
    NaiveDate::from_ymd_opt(year, month, 1)
        .and_then(|first| first.checked_add_days(Days::new(u64::from(day - 1))))
        .ok_or_else(|| invalid("argument out of range"))
}

#[cfg(test)]
mod tests {
    //! Expected values: the matchers' results from `ruby -rjekyll -e 'p
    //! (Jekyll::Document::DATE_FILENAME_MATCHER.match(s)&.captures)'`, dates
    //! from `TZ=UTC ruby -rtime -e 'p Time.parse(s)'` (what
    //! `Utils.parse_date` does with a file name date), titles from
    //! `Jekyll::Utils.titleize_slug`, all with Jekyll 4.3.1 / Ruby 3.1.2.
    //! While writing this module both matchers were also compared with
    //! Jekyll's regular expressions on about 20,000 random paths: all equal.

    use super::*;

    #[test]
    fn dated_filenames() {
        let cases = [
            ("2016-01-05-hello.md", Some(("2016-01-05", "hello", ".md"))),
            (
                "_posts/2016-01-05-hello.md",
                Some(("2016-01-05", "hello", ".md")),
            ),
            (
                "blog/_posts/sub/16-1-5-a.b.md",
                Some(("16-1-5", "a.b", ".md")),
            ),
            ("_posts/2016-01-05-.md", Some(("2016-01-05", "", ".md"))),
            ("_posts/2016-01-05-hello", None),
            ("_posts/2016-01-05-hello.", None),
            ("_posts/20160-01-05-hello.md", None),
            ("_posts/2016-001-05-hello.md", None),
            ("_posts/2016-01-05hello.md", None),
            ("_posts/hello.md", None),
            ("_posts/2016-01-05-dir/hello.md", None),
            ("2016-01-05-x.y/z", Some(("2016-01-05", "x", ".y/z"))),
            ("/2016-01-05-x.md", None),
            ("a//2016-01-05-x.md", Some(("2016-01-05", "x", ".md"))),
        ];
        for (path, expected) in cases {
            let got = match_dated(path).map(|m| (m.date, m.slug, m.ext));
            assert_eq!(got, expected, "{path}");
        }
    }

    #[test]
    fn dateless_filenames() {
        assert_eq!(
            match_dateless("_drafts/a-draft.md"),
            Some(("a-draft", ".md"))
        );
        assert_eq!(match_dateless("_drafts/sub/x.y.md"), Some(("x.y", ".md")));
        assert_eq!(match_dateless("_drafts/noext"), None);
        assert_eq!(match_dateless("a.b/c"), Some(("a", ".b/c")));
        assert_eq!(match_dateless("/x.md"), Some(("/x", ".md")));
        assert_eq!(match_dateless("//x.md"), Some(("x", ".md")));
    }

    #[test]
    fn populate_title_from_file_names() {
        let parts = populate_title("_posts/2016-01-05-hello-world.md", "2016-01-05-hello-world");
        assert_eq!(parts.date.as_deref(), Some("2016-01-05"));
        assert_eq!(parts.slug, "hello-world");
        assert_eq!(parts.title, "Hello World");
        assert_eq!(parts.ext.as_deref(), Some(".md"));
        let parts = populate_title("_recipes/beef-stew...md", "beef-stew..");
        assert_eq!((parts.date, parts.slug.as_str()), (None, "beef-stew"));
        let parts = populate_title("_recipes/README", "README");
        assert_eq!((parts.slug.as_str(), parts.ext), ("README", None));
    }

    #[test]
    fn titleize_slug_capitalizes_each_word() {
        assert_eq!(titleize_slug("hello-world"), "Hello World");
        assert_eq!(titleize_slug("hELLO--wORLD"), "Hello  World");
        assert_eq!(titleize_slug("a-"), "A");
        assert_eq!(titleize_slug("-a"), " A");
        assert_eq!(titleize_slug("été-ǆungla"), "Été ǅungla");
        assert_eq!(titleize_slug("ßa-ﬁx-ŉa-ÉTÉ"), "Ssa Fix ʼNa Été");
        assert_eq!(titleize_slug(""), "");
    }

    #[test]
    fn filename_dates_follow_time_parse() {
        let ymd = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
        let cases = [
            ("2016-01-05", ymd(2016, 1, 5)),
            ("2016-1-5", ymd(2016, 1, 5)),
            ("16-01-05", ymd(2016, 1, 5)),
            ("12-1-1", ymd(2012, 1, 1)),
            ("99-12-31", ymd(1999, 12, 31)),
            ("69-01-01", ymd(1969, 1, 1)),
            ("68-01-01", ymd(2068, 1, 1)),
            ("00-01-01", ymd(2000, 1, 1)),
            ("016-01-05", ymd(16, 1, 5)),
            ("0016-01-05", ymd(16, 1, 5)),
            ("0000-01-01", ymd(0, 1, 1)),
            ("2016-02-29", ymd(2016, 2, 29)),
            ("2016-02-30", ymd(2016, 3, 1)),
            ("2015-02-29", ymd(2015, 3, 1)),
            ("2016-02-31", ymd(2016, 3, 2)),
            ("2015-02-31", ymd(2015, 3, 3)),
            ("2016-04-31", ymd(2016, 5, 1)),
            ("2016-13-01", None),
            ("2016-00-10", None),
            ("2016-01-00", None),
            ("2016-01-32", None),
        ];
        for (text, expected) in cases {
            assert_eq!(filename_date(text).ok(), expected, "{text}");
        }
    }
}
