//! A string scanner in the manner of Ruby's `StringScanner`, which kramdown's
//! grammar is written against: patterns are tried *at* the current position
//! (`check`, `scan`) or searched *from* it (`scan_until`).

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};

use fancy_regex::Regex;

/// A compiled pattern, anchored and unanchored.
///
/// Patterns use Ruby's defaults: `^`/`$` match at line boundaries, `.` does not
/// match a newline (write `(?s:…)` where Ruby has `/m`).  A pattern that does
/// not compile (which the tests rule out for every fixed pattern) never matches.
#[derive(Debug)]
pub(crate) struct Pat {
    anchored: Option<Regex>,
    search: Option<Regex>,
    /// Anchored matches never look past this many lines (an optimization:
    /// the regex engines cost time in proportion to the text they are given).
    lines: Option<usize>,
    /// For a pattern only fancy-regex's backtracking VM runs (look-arounds,
    /// back references, atomic groups): a plain regex matching a superset of
    /// what the pattern matches at the start, which rules most attempts out
    /// quickly (see [`superset`]).
    prefilter: Option<regex_automata::meta::Regex>,
}

/// The groups of one match; offsets are absolute in the scanned text.
#[derive(Clone, Debug, Default)]
pub(crate) struct Caps {
    /// Start of the whole match.
    pub(crate) start: usize,
    /// End of the whole match.
    pub(crate) end: usize,
    /// The matched text (and whatever groups reach beyond it), from byte `base` of the scanned text.
    text: String,
    base: usize,
    /// Group spans, absolute.
    groups: Vec<Option<(usize, usize)>>,
}

impl Caps {
    /// Group `i` (0 = the whole match), if it took part in the match.
    pub(crate) fn get(&self, i: usize) -> Option<&str> {
        let (s, e) = (*self.groups.get(i)?)?;
        self.text
            .get(s.checked_sub(self.base)?..e.checked_sub(self.base)?)
    }

    /// Group `i`, or the empty string.
    pub(crate) fn s(&self, i: usize) -> &str {
        self.get(i).unwrap_or("")
    }

    /// Length in bytes of the whole match.
    pub(crate) fn len(&self) -> usize {
        self.end - self.start
    }
}

/// Patterns that did not compile (none should: the tests check).
static FAILED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// The patterns built so far that did not compile.
#[cfg(test)]
pub(crate) fn compile_failures() -> Vec<String> {
    FAILED
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
        .clone()
}

static CACHE: LazyLock<Mutex<HashMap<String, Arc<Pat>>>> =
    LazyLock::new(|| Mutex::new(HashMap::new()));

/// A pattern built at run time (from a delimiter or a tag name), compiled once per process.
pub(crate) fn dynamic(pattern: &str) -> Arc<Pat> {
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(p) = cache.get(pattern) {
        return Arc::clone(p);
    }
    let p = Arc::new(Pat::new(pattern));
    cache.insert(pattern.to_owned(), Arc::clone(&p));
    p
}

/// Like [`dynamic`], for a pattern that never looks beyond its first `lines` lines.
pub(crate) fn dynamic_lines(pattern: &str, lines: usize) -> Arc<Pat> {
    let key = format!("{lines}\u{0}{pattern}");
    let mut cache = CACHE
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(p) = cache.get(&key) {
        return Arc::clone(p);
    }
    let p = Arc::new(Pat::lines(pattern, lines));
    cache.insert(key, Arc::clone(&p));
    p
}

/// Escapes `text` so that a pattern matches it literally.
pub(crate) fn escape(text: &str) -> String {
    fancy_regex::escape(text).into_owned()
}

impl Pat {
    /// Compiles `pattern` with Ruby's line-anchor semantics.
    pub(crate) fn new(pattern: &str) -> Pat {
        let p = Pat::compile(pattern);
        if p.anchored.is_none() || p.search.is_none() {
            FAILED
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .push(pattern.to_owned());
        }
        p
    }

    fn compile(pattern: &str) -> Pat {
        let plain = |p: &str| {
            regex_automata::meta::Regex::builder()
                .syntax(regex_automata::util::syntax::Config::new().multi_line(true))
                .build(p)
                .ok()
        };
        // (An unanchored superset to skip ahead in searches costs more than it saves.)
        let prefilter = match plain(pattern) {
            Some(_) => None,
            None => superset(pattern).and_then(|p| plain(&format!("\\A(?:{p})"))),
        };
        Pat {
            anchored: Regex::new(&format!("(?m)\\A(?:{pattern})")).ok(),
            search: Regex::new(&format!("(?m)(?:{pattern})")).ok(),
            lines: None,
            prefilter,
        }
    }

    /// Like [`Pat::new`], for a pattern that never looks beyond its first `lines` lines.
    pub(crate) fn lines(pattern: &str, lines: usize) -> Pat {
        Pat {
            lines: Some(lines),
            ..Pat::new(pattern)
        }
    }

    /// Whether the pattern compiled.
    #[cfg(test)]
    pub(crate) fn is_valid(&self) -> bool {
        self.anchored.is_some() && self.search.is_some()
    }

    /// The part of `text` an anchored match may look at.
    fn window<'t>(&self, text: &'t str) -> &'t str {
        match self.lines {
            Some(n) => {
                let cut = text
                    .match_indices('\n')
                    .nth(n.saturating_sub(1))
                    .map_or(text.len(), |(i, _)| i + 1);
                &text[..cut]
            }
            None => text,
        }
    }

    /// Whether the pattern matches at the start of `text` (no groups kept).
    pub(crate) fn is_match_at_start(&self, text: &str) -> bool {
        let Some(re) = &self.anchored else {
            return false;
        };
        let text = self.window(text);
        if let Some(pre) = &self.prefilter {
            let input = regex_automata::Input::new(text).anchored(regex_automata::Anchored::Yes);
            if !pre.is_match(input) {
                return false;
            }
        }
        re.is_match(text).unwrap_or(false)
    }

    /// Matches at the start of `text`.
    pub(crate) fn match_at_start(&self, text: &str) -> Option<Caps> {
        let re = self.anchored.as_ref()?;
        let text = match self.lines {
            Some(n) => {
                let cut = text
                    .match_indices('\n')
                    .nth(n.saturating_sub(1))
                    .map_or(text.len(), |(i, _)| i + 1);
                &text[..cut]
            }
            None => text,
        };
        if let Some(pre) = &self.prefilter {
            let input = regex_automata::Input::new(text).anchored(regex_automata::Anchored::Yes);
            if !pre.is_match(input) {
                return None;
            }
        }
        let c = re.captures(text).ok()??;
        Some(to_caps(&c, text))
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.search
            .as_ref()
            .is_some_and(|re| re.is_match(text).unwrap_or(false))
    }

    /// The first match in `text` at or after byte `from`.
    pub(crate) fn find_from(&self, text: &str, from: usize) -> Option<Caps> {
        let re = self.search.as_ref()?;
        let c = re.captures_from_pos(text, from).ok()??;
        Some(to_caps(&c, text))
    }

    /// Every non-overlapping match in `text`.
    pub(crate) fn find_all(&self, text: &str) -> Vec<Caps> {
        let mut out = Vec::new();
        let mut from = 0;
        while from <= text.len() {
            let Some(c) = self.find_from(text, from) else {
                break;
            };
            from = if c.end == c.start {
                next_char(text, c.end)
            } else {
                c.end
            };
            out.push(c);
        }
        out
    }

    /// Replaces the first match (`all` = every match) with what `f` makes of it.
    pub(crate) fn replace(
        &self,
        text: &str,
        all: bool,
        mut f: impl FnMut(&Caps) -> String,
    ) -> String {
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        let mut from = 0;
        while from <= text.len() {
            let Some(c) = self.find_from(text, from) else {
                break;
            };
            out.push_str(&text[last..c.start]);
            out.push_str(&f(&c));
            last = c.end;
            if c.end == c.start {
                let n = next_char(text, c.end);
                out.push_str(&text[c.end..n.min(text.len())]);
                last = n.min(text.len());
                from = n;
            } else {
                from = c.end;
            }
            if !all {
                break;
            }
        }
        if last <= text.len() {
            out.push_str(&text[last..]);
        }
        out
    }

    /// Splits `text` at the matches, like Ruby's `split(re, -1)` (captured groups are not kept).
    pub(crate) fn split(&self, text: &str) -> Vec<String> {
        let mut out = Vec::new();
        let mut last = 0;
        for c in self.find_all(text) {
            if c.end == c.start && (c.start == 0 || c.start == text.len()) {
                continue;
            }
            out.push(text[last..c.start].to_owned());
            last = c.end;
        }
        out.push(text[last..].to_owned());
        out
    }
}

/// A pattern without fancy-regex's extensions that matches wherever `pattern`
/// does (and maybe elsewhere): look-arounds dropped, atomic groups made plain
/// groups, back references made `(?s:.*?)`.  `None` where it cannot tell.
pub(crate) fn superset(pattern: &str) -> Option<String> {
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        match c {
            '\\' => {
                let (_, next) = chars.next()?;
                if next.is_ascii_digit() && next != '0' {
                    while chars.peek().is_some_and(|(_, d)| d.is_ascii_digit()) {
                        chars.next();
                    }
                    out.push_str("(?s:.*?)");
                } else if next == 'k' || next == 'G' {
                    return None;
                } else {
                    out.push('\\');
                    out.push(next);
                }
            }
            '[' => {
                // A class is copied whole: its end is the first `]` not escaped
                // and not first in the class.
                out.push('[');
                let mut first = true;
                let mut depth = 1;
                while depth > 0 {
                    let (_, d) = chars.next()?;
                    out.push(d);
                    match d {
                        '\\' => out.push(chars.next()?.1),
                        '^' if first => continue,
                        ']' if !first => depth -= 1,
                        '[' => depth += 1,
                        _ => {}
                    }
                    first = false;
                }
            }
            '(' => {
                let rest = &pattern[i..];
                if ["(?=", "(?!", "(?<=", "(?<!"]
                    .iter()
                    .any(|p| rest.starts_with(p))
                {
                    // Skip the look-around to its closing parenthesis.
                    let mut depth = 1;
                    let mut in_class = false;
                    while depth > 0 {
                        let (_, d) = chars.next()?;
                        match d {
                            '\\' => {
                                chars.next()?;
                            }
                            '[' if !in_class => in_class = true,
                            ']' if in_class => in_class = false,
                            '(' if !in_class => depth += 1,
                            ')' if !in_class => depth -= 1,
                            _ => {}
                        }
                    }
                } else if rest.starts_with("(?>") {
                    chars.next();
                    chars.next();
                    out.push_str("(?:");
                } else {
                    out.push('(');
                }
            }
            '+' if out.ends_with(['*', '+', '?', '}']) && !out.ends_with("\\+") => {
                // A possessive quantifier: the plain one matches more.
            }
            _ => out.push(c),
        }
    }
    Some(out)
}

fn next_char(text: &str, pos: usize) -> usize {
    text[pos.min(text.len())..]
        .chars()
        .next()
        .map_or(pos + 1, |ch| pos + ch.len_utf8())
}

/// The groups of `c`, a match in `hay`, with one copy of the text they span.
fn to_caps(c: &fancy_regex::Captures<'_>, hay: &str) -> Caps {
    let (start, end) = c.get(0).map_or((0, 0), |m| (m.start(), m.end()));
    let groups: Vec<Option<(usize, usize)>> = (0..c.len())
        .map(|i| c.get(i).map(|m| (m.start(), m.end())))
        .collect();
    // A group can lie outside the match (a look-ahead's).
    let (lo, hi) = groups
        .iter()
        .flatten()
        .fold((start, end), |(lo, hi), &(s, e)| (lo.min(s), hi.max(e)));
    Caps {
        start,
        end,
        text: hay.get(lo..hi).unwrap_or("").to_owned(),
        base: lo,
        groups,
    }
}

/// Text being parsed and a position in it.
#[derive(Debug, Default)]
pub(crate) struct Scanner {
    text: String,
    pos: usize,
    last_start: usize,
}

impl Scanner {
    /// A scanner at the start of `text`.
    pub(crate) fn new(text: String) -> Scanner {
        Scanner {
            text,
            pos: 0,
            last_start: 0,
        }
    }

    /// The whole text.
    pub(crate) fn text(&self) -> &str {
        &self.text
    }

    /// The current byte position.
    pub(crate) fn pos(&self) -> usize {
        self.pos
    }

    /// Moves to byte position `pos`.
    pub(crate) fn set_pos(&mut self, pos: usize) {
        self.pos = pos.min(self.text.len());
    }

    /// At the end of the text?
    pub(crate) fn eos(&self) -> bool {
        self.pos >= self.text.len()
    }

    /// The text from the position on.
    pub(crate) fn rest(&self) -> &str {
        &self.text[self.pos..]
    }

    /// The text before the start of the last match.
    pub(crate) fn pre_match(&self) -> &str {
        &self.text[..self.last_start]
    }

    /// The text before the position.
    pub(crate) fn before(&self) -> &str {
        &self.text[..self.pos]
    }

    /// Moves to the end.
    pub(crate) fn terminate(&mut self) {
        self.pos = self.text.len();
    }

    /// Matches `pat` at the position without moving.
    pub(crate) fn check(&mut self, pat: &Pat) -> Option<Caps> {
        let mut c = pat.match_at_start(&self.text[self.pos..])?;
        shift(&mut c, self.pos);
        self.last_start = c.start;
        Some(c)
    }

    /// Like [`Scanner::check`], but leaves the last match alone.
    pub(crate) fn peek(&self, pat: &Pat) -> bool {
        pat.is_match_at_start(&self.text[self.pos..])
    }

    /// Matches `pat` at the position and moves past the match.
    pub(crate) fn scan(&mut self, pat: &Pat) -> Option<Caps> {
        let c = self.check(pat)?;
        self.pos = c.end;
        Some(c)
    }

    /// Searches `pat` from the position; moves past the match and returns the text up to its end.
    pub(crate) fn scan_until(&mut self, pat: &Pat) -> Option<(String, Caps)> {
        let c = pat.find_from(&self.text, self.pos)?;
        let skipped = self.text[self.pos..c.end].to_owned();
        self.last_start = c.start;
        self.pos = c.end;
        Some((skipped, c))
    }

    /// Takes one character.
    pub(crate) fn getch(&mut self) -> String {
        let end = next_char(&self.text, self.pos).min(self.text.len());
        let s = self.text[self.pos..end].to_owned();
        self.last_start = self.pos;
        self.pos = end;
        s
    }
}

fn shift(c: &mut Caps, by: usize) {
    c.start += by;
    c.end += by;
    c.base += by;
    for (s, e) in c.groups.iter_mut().flatten() {
        *s += by;
        *e += by;
    }
}

#[cfg(test)]
mod tests {
    use super::{Pat, Scanner};

    #[test]
    fn scan_is_anchored_and_scan_until_searches() {
        let mut s = Scanner::new("ab12cd".to_owned());
        assert!(s.scan(&Pat::new("[0-9]+")).is_none());
        assert_eq!(s.scan(&Pat::new("[a-z]+")).map(|c| c.len()), Some(2));
        let (skipped, _) = s.scan_until(&Pat::new("c")).unwrap_or_default();
        assert_eq!(skipped, "12c");
        assert_eq!(s.rest(), "d");
    }

    #[test]
    fn supersets_drop_what_only_fancy_regex_runs() {
        use super::superset;
        assert_eq!(
            superset(r"^ {0,3}(?=[^ (])(?:\||.*?[^\\\n]\|)").as_deref(),
            Some(r"^ {0,3}(?:\||.*?[^\\\n]\|)")
        );
        assert_eq!(
            superset(r"(\*|-)[ \t]*\1(?<!\\)x").as_deref(),
            Some(r"(\*|-)[ \t]*(?s:.*?)x")
        );
        assert_eq!(
            superset("<((?>[a-z]+))[])(]").as_deref(),
            Some("<((?:[a-z]+))[])(]")
        );
    }

    #[test]
    fn split_keeps_trailing_empty_fields() {
        assert_eq!(Pat::new(r"\|").split("a|b|"), vec!["a", "b", ""]);
    }
}
