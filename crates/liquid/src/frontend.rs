//! The Jekyll-syntax front end: a lossless rewrite of template text that
//! liquid-rust's grammar can parse, keeping every line where it was.
//!
//! * The markup of Jekyll's tags (`include`, `include_relative`, `link`,
//!   `post_url`, `highlight`) is not made of Liquid tokens
//!   (`{% include dir/x.html k="v" %}`), so it is handed to the tag as one
//!   string literal, percent-escaped, followed by the tag's line number and
//!   the markup's newlines.
//! * Every `{{ … }}` gets a last filter that prints the value as Ruby does.
//! * Unknown filters become the `__hyde_unknown` filter with the name as the
//!   first argument, so lax mode can pass their input through.
//! * `{%-`, `-%}`, `{{-` and `-}}` trim tabs too, as Ruby's `\s` does.
//! * Liquid 5's `{% # … %}` and `{% echo … %}` are rewritten into comments and
//!   outputs; `{% raw %}` bodies are left alone.

mod blank;
mod lax;
mod lookup;
mod strict;

pub(crate) use blank::{BLANK_PREFIX, BLOCKS};
pub(crate) use lookup::{KEY, RANGE_ARG, ROOT, encode_name};
pub(crate) use strict::strict_condition_error;

/// Jekyll's tags whose markup is passed through as a string.
pub(crate) const JEKYLL_TAGS: &[&str] = &[
    "include",
    "include_relative",
    "link",
    "post_url",
    "highlight",
];

/// The filter appended to every output: Ruby's `to_s`.
pub(crate) const TO_S_FILTER: &str = "__hyde_to_s";

/// The tag the front end puts before each output and tag: it records the
/// line, so render errors can name it.
pub(crate) const LINE_TAG: &str = "__hyde_line";

/// The blocks a `{% liquid %}` tag may open (and must close itself).
const LIQUID_TAG_BLOCKS: &[&str] = &[
    "if",
    "unless",
    "case",
    "for",
    "tablerow",
    "ifchanged",
    "capture",
    "raw",
];

/// Tags that continue a block and take no marker before them.
const CONTINUATIONS: &[&str] = &["else", "elsif", "when"];

/// The filter that makes a range `(a..b)` at the start of an expression.
pub(crate) const RANGE_FILTER: &str = "__hyde_range";

static RANGE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"^(\s*)\(\s*(\S+?)\s*\.\.\s*(\S+?)\s*\)(\s|\||$)")
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Rewrites a leading range literal, which liquid-rust's grammar only
/// knows in tags, into a filter: `(1..n) | join` becomes
/// `1 | __hyde_range: n | join`.
fn rewrite_range(expr: &str) -> std::borrow::Cow<'_, str> {
    match RANGE.captures(expr) {
        Some(c) => {
            // The range ends at `)`: `(1..3).first` is a lookup in Ruby.
            let end = c.get(4).map_or(expr.len(), |m| m.start());
            let whole = &expr[..end];
            let (lead, a, b) = (&c[1], &c[2], &c[3]);
            let rest = &expr[whole.len()..];
            std::borrow::Cow::Owned(format!(
                "{lead}{a} | {RANGE_FILTER}: {b}{}{rest}",
                newlines(&whole[lead.len()..])
            ))
        }
        None => std::borrow::Cow::Borrowed(expr),
    }
}

/// The attribute that gives a `for` loop the name Ruby gives it (for
/// `forloop.name` and `offset: continue`) when the front end rewrote its
/// collection.
pub(crate) const FOR_NAME: &str = "__hyde_name";

/// A line of an inline comment that does not start with `#`.
static INLINE_COMMENT_LINE: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"\n\s*[^#\s]").unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// Ruby Liquid's `Capture::Syntax` (`VariableSignature+`).
static CAPTURE_NAME: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
    regex::Regex::new(r"(?:\(?[A-Za-z0-9_\-.\[\]]\)?)+")
        .unwrap_or_else(|_| unreachable!("a valid regex"))
});

/// The filter that stands in for an unknown one.
pub(crate) const UNKNOWN_FILTER: &str = "__hyde_unknown";

/// Rewrites `src` (whose first line is line `first_line` of its file) for
/// liquid-rust's parser. `is_filter` tells which filter names exist.
pub(crate) fn prepare(src: &str, first_line: usize, is_filter: &dyn Fn(&str) -> bool) -> String {
    prepare_with(src, first_line, is_filter, JEKYLL_TAGS, Mode::default()).text
}

/// How [`prepare_with`] rewrites.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Mode {
    /// Put line markers ([`LINE_TAG`]) before outputs and tags.
    pub(crate) markers: bool,
    /// Read outputs as Ruby's lax parser does (all error modes but strict).
    pub(crate) lax: bool,
}

impl Default for Mode {
    fn default() -> Self {
        Mode {
            markers: false,
            lax: true,
        }
    }
}

/// [`prepare`] with the list of tags whose markup is packed, and a [`Mode`].
/// A template rewritten for liquid-rust.
pub(crate) struct Prepared {
    /// The text to parse.
    pub(crate) text: String,
    /// Markup Ruby's strict parser rejects, read the lax way: line, the
    /// markup as written, why.
    pub(crate) lax: Vec<(usize, String, String)>,
    /// Syntax errors Ruby raises that liquid-rust's parser would not: line,
    /// message.
    pub(crate) errors: Vec<(usize, String)>,
    /// The deepest nesting of blocks (`if`, `for`, `capture`, …) in the template.
    pub(crate) depth: usize,
}

pub(crate) fn prepare_with(
    src: &str,
    first_line: usize,
    is_filter: &dyn Fn(&str) -> bool,
    packed: &[&str],
    mode: Mode,
) -> Prepared {
    let mut prep = Prep {
        out: String::with_capacity(src.len() + src.len() / 8 + 16),
        line: first_line,
        trim_next: false,
        blocks: blank::Tracker::default(),
        is_filter,
        packed,
        markers: mode.markers,
        lax: mode.lax,
        lax_uses: Vec::new(),
        errors: Vec::new(),
        token: String::new(),
    };
    prep.feed(src);
    Prepared {
        text: prep.out,
        lax: prep.lax_uses,
        errors: prep.errors,
        depth: prep.blocks.max_depth,
    }
}

/// The state of one rewrite.
struct Prep<'a> {
    out: String,
    line: usize,
    trim_next: bool,
    blocks: blank::Tracker,
    is_filter: &'a dyn Fn(&str) -> bool,
    packed: &'a [&'a str],
    /// Whether to put line markers (the engine registers [`LINE_TAG`]).
    markers: bool,
    /// Whether outputs are read as Ruby's lax mode reads them.
    lax: bool,
    /// Where the lax reading was needed.
    lax_uses: Vec<(usize, String, String)>,
    /// Syntax errors found while rewriting.
    errors: Vec<(usize, String)>,
    /// The markup being rewritten, as written.
    token: String,
}

impl Prep<'_> {
    fn output(&mut self, expr: &str, l: &str, r: &str) {
        self.blocks.output();
        let ranged = rewrite_range(expr);
        let strict_error = strict::strict_error(&ranged);
        if let Some(message) = &strict_error {
            if !self.lax {
                // Ruby's strict parser quotes the output: `… in "{{ a b }}"`.
                self.errors
                    .push((self.line, format!("{message} in \"{}\"", self.token)));
                return;
            }
            self.lax_uses
                .push((self.line, self.token.clone(), message.clone()));
        }
        let (expr, lines) = if strict_error.is_none() {
            // Kept as written (but for lookups liquid-rust cannot read):
            // only the newlines around it move.
            let inner = lookup::normalize(ranged.trim());
            let inner = inner.as_ref();
            let around = newlines(&ranged).len() - newlines(inner).len();
            (
                std::borrow::Cow::Owned(inner.to_owned()),
                "\n".repeat(around),
            )
        } else {
            match lax::lax_expression(&ranged) {
                Some(lax) => (std::borrow::Cow::Owned(lax), newlines(expr)),
                None => {
                    self.out.push_str(&newlines(expr));
                    return;
                }
            }
        };
        let expr = rewrite_filters(&lookup::keyword_names(&expr), self.is_filter);
        self.out
            .push_str(&format!("{{{{{l} {expr} | {TO_S_FILTER}{lines} {r}}}}}"));
    }

    /// Liquid 5's `{% liquid %}`: one tag per line, `#` lines are comments.
    fn liquid_tag(&mut self, markup: &str, l: &str, r: &str) {
        self.out
            .push_str(&format!("{{%{l} comment %}}{{% endcomment %}}"));
        let mut generated = String::new();
        // Blocks opened inside this tag: it may not close others.
        let mut open: Vec<&str> = Vec::new();
        let mut in_comment = false;
        for line in markup.lines() {
            let t = line.trim();
            let word = t.split_whitespace().next().unwrap_or("");
            if in_comment {
                in_comment = word != "endcomment";
                continue;
            }
            if t.is_empty() || t.starts_with('#') {
                continue;
            }
            match word {
                "comment" => {
                    in_comment = true;
                    continue;
                }
                "liquid" => {
                    self.errors.push((
                        self.line,
                        "Liquid syntax error: Unknown tag 'liquid'".to_owned(),
                    ));
                    return;
                }
                w if LIQUID_TAG_BLOCKS.contains(&w) => open.push(w),
                w if w.starts_with("end") && open.pop().is_none_or(|b| w != format!("end{b}")) => {
                    self.errors
                        .push((self.line, format!("Liquid syntax error: Unknown tag '{w}'")));
                    return;
                }
                _ => {}
            }
            generated.push_str("{% ");
            generated.push_str(t);
            generated.push_str(" %}");
        }
        let line = self.line;
        let trim_next = std::mem::replace(&mut self.trim_next, false);
        self.feed(&generated);
        self.trim_next = trim_next;
        self.line = line;
        self.out.push_str(&format!(
            "{{% comment %}}{}{{% endcomment {r}%}}",
            newlines(markup)
        ));
    }

    fn feed(&mut self, src: &str) {
        let mut rest = src;
        loop {
            let Some(start) = find_markup_start(rest) else {
                push_text(&mut self.out, rest, self.trim_next, false);
                self.blocks.text(rest);
                break;
            };
            let is_tag = rest[start..].starts_with("{%");
            let close = if is_tag { "%}" } else { "}}" };
            let Some(end_rel) = rest[start + 2..].find(close) else {
                push_text(&mut self.out, rest, self.trim_next, false);
                self.blocks.text(rest);
                break;
            };
            let end = start + 2 + end_rel;
            let spaced = spaces_for_blanks(&rest[start + 2..end]);
            let spaced = match big_integers(&spaced) {
                std::borrow::Cow::Owned(s) => std::borrow::Cow::Owned(s),
                std::borrow::Cow::Borrowed(_) => spaced,
            };
            let inner = spaced.as_ref();
            self.token.clear();
            self.token.push_str(&rest[start..end + 2]);
            let ltrim = inner.starts_with('-');
            let rtrim = inner.len() > usize::from(ltrim) && inner.ends_with('-');
            let body = &inner[usize::from(ltrim)..inner.len() - usize::from(rtrim)];
            push_text(&mut self.out, &rest[..start], self.trim_next, ltrim);
            self.blocks.text(&rest[..start]);
            self.line += rest[..start].matches('\n').count();
            let l = if ltrim { "-" } else { "" };
            if self.markers {
                let name = body
                    .trim_start()
                    .split(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                let continues =
                    CONTINUATIONS.contains(&name) || name.starts_with("end") || name == "raw";
                if !(is_tag && continues) {
                    self.out
                        .push_str(&format!("{{%{l} {LINE_TAG} {} %}}", self.line));
                }
            }
            let r = if rtrim { "-" } else { "" };
            let mut after = end + 2;
            if is_tag {
                let trimmed = body.trim_start();
                let name_len = trimmed
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '#'))
                    .unwrap_or(trimmed.len());
                let name = &trimmed[..name_len];
                let markup = &trimmed[name_len..];
                if name.is_empty() && !trimmed.starts_with('#') {
                    // Ruby's tokenizer: a tag must start with a word.
                    self.errors.push((
                        self.line,
                        format!(
                            "Tag '{}' was not properly terminated with regexp: /\\%\\}}/",
                            self.token
                        ),
                    ));
                }
                if name.starts_with('#') {
                    // Liquid 5's inline comment: every line a comment.
                    if INLINE_COMMENT_LINE.is_match(body) {
                        self.errors.push((
                            self.line,
                            "Syntax error in tag '#' - Each line of comments must be prefixed by the '#' character".to_owned(),
                        ));
                    }
                    self.out.push_str(&format!(
                        "{{%{l} comment %}}{}{{% endcomment {r}%}}",
                        newlines(body)
                    ));
                } else if name == "liquid" {
                    self.liquid_tag(markup, l, r);
                } else if name == "raw" {
                    self.out.push_str("{%");
                    self.out.push_str(inner);
                    self.out.push_str("%}");
                    if let Some((body_end, close_end)) = find_endraw(&rest[after..]) {
                        if body_end > 0 {
                            self.blocks.output();
                        }
                        let closing = &rest[after + body_end..after + close_end];
                        self.out.push_str(&rest[after..after + body_end]);
                        // What follows `endraw` is ignored but a `-%}`.
                        self.out.push_str(if closing.ends_with("-%}") {
                            "{% endraw -%}"
                        } else {
                            "{% endraw %}"
                        });
                        self.line += rest[end..after + close_end].matches('\n').count();
                        after += close_end;
                        rest = &rest[after..];
                        self.trim_next = closing.ends_with("-%}");
                        continue;
                    }
                    self.errors.push((
                        self.line,
                        "Liquid syntax error: 'raw' tag was never closed".to_owned(),
                    ));
                } else if name == "echo" {
                    if markup.trim().is_empty() {
                        self.out.push_str(&newlines(body));
                    } else {
                        self.output(markup, l, r);
                    }
                } else if self.packed.contains(&name) {
                    self.blocks.output();
                    self.out.push_str(&format!(
                        "{{%{l} {name} \"{}\" {}{} {r}%}}",
                        encode(markup.trim()),
                        self.line,
                        newlines(markup)
                    ));
                } else {
                    if matches!(name, "if" | "elsif" | "unless") && markup.trim().is_empty() {
                        // Ruby's `If#lax_parse` finds no expression; Ruby Liquid
                        // parses the tags inside a comment too.
                        self.errors.push((
                            self.line,
                            "Syntax Error in tag 'if' - Valid syntax: if [expression]".to_owned(),
                        ));
                    }
                    if name == "cycle" && markup.trim().is_empty() {
                        // Ruby's `Cycle` wants at least one value (`SimpleSyntax`).
                        self.errors.push((
                            self.line,
                            "Syntax Error in 'cycle' - Valid syntax: cycle [name :] var [, var2, var3 ...]"
                                .to_owned(),
                        ));
                    }
                    self.out.push_str("{%");
                    self.out.push_str(l);
                    let name_at = self.out.len() + (body.len() - trimmed.len());
                    let body = match (name, body.split_once('=')) {
                        ("assign", Some((target, written))) => {
                            let value = rewrite_range(written);
                            let strict_error = if self.lax {
                                strict::strict_error(&value)
                            } else {
                                None
                            };
                            if let Some(message) = &strict_error {
                                // Ruby names the value as a `Variable`: `{{x | f }}`.
                                self.lax_uses.push((
                                    self.line,
                                    format!("{{{{{}}}}}", written.trim_start()),
                                    message.clone(),
                                ));
                            }
                            let lax = strict_error.is_some();
                            let value = match lax.then(|| lax::lax_expression(&value)).flatten() {
                                Some(lax) => format!(" {lax} {}", newlines(&value)),
                                None => lookup::normalize(&value).into_owned(),
                            };
                            // Ruby assigns to names of word characters
                            // (`123`); liquid-rust to identifiers.
                            let kept = target.trim_end();
                            let target = match kept.rsplit_once(char::is_whitespace) {
                                Some((head, var))
                                    if !lookup::is_identifier(var)
                                        && var.chars().all(|c| {
                                            c.is_ascii_alphanumeric()
                                                || matches!(
                                                    c,
                                                    '_' | '-' | '.' | '[' | ']' | '(' | ')'
                                                )
                                        }) =>
                                {
                                    format!(
                                        "{head} {}{}",
                                        lookup::encode_name(var),
                                        &target[kept.len()..]
                                    )
                                }
                                _ => target.to_owned(),
                            };
                            std::borrow::Cow::Owned(format!("{target}={value}"))
                        }
                        ("capture", _)
                            if CAPTURE_NAME.find(markup).is_some_and(|m| {
                                m.as_str() != markup.trim() || !lookup::is_identifier(m.as_str())
                            }) =>
                        {
                            // Ruby's `Capture::Syntax`: the first run of
                            // variable characters names the variable
                            // (`{% capture 'q' %}` captures into `q`).
                            let var = CAPTURE_NAME.find(markup).map_or("", |m| m.as_str());
                            std::borrow::Cow::Owned(format!(
                                "{}capture {}{}",
                                &body[..body.len() - trimmed.len()],
                                lookup::encode_name(var),
                                newlines(markup)
                            ))
                        }
                        ("for", _) if !self.lax => {
                            if let Some(message) = strict::strict_for_error(markup) {
                                self.errors.push((self.line, message));
                            }
                            match lookup::normalize_for(markup) {
                                std::borrow::Cow::Owned(m) => std::borrow::Cow::Owned(format!(
                                    "{}{name}{m}",
                                    &body[..body.len() - trimmed.len()]
                                )),
                                std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(body),
                            }
                        }
                        ("if" | "elsif" | "unless", _) if !self.lax => {
                            if let Some(message) = strict::strict_condition_error(markup) {
                                self.errors.push((self.line, message));
                            }
                            normalized(name, body, trimmed, markup)
                        }
                        ("for", _) if self.lax => match strict::strict_for_error(markup) {
                            Some(message) => {
                                self.lax_uses
                                    .push((self.line, markup.trim().to_owned(), message));
                                match lax::lax_for(markup) {
                                    Some(lax) => std::borrow::Cow::Owned(format!(
                                        "{}{name} {lax} {}",
                                        &body[..body.len() - trimmed.len()],
                                        newlines(markup)
                                    )),
                                    None => std::borrow::Cow::Borrowed(body),
                                }
                            }
                            // A variable index Ruby reads as nil when
                            // it is nil, an array or a hash (`a[nil]`).
                            None => match lookup::normalize_for(markup) {
                                std::borrow::Cow::Owned(m) => std::borrow::Cow::Owned(format!(
                                    "{}{name}{m}",
                                    &body[..body.len() - trimmed.len()]
                                )),
                                std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(body),
                            },
                        },
                        ("tablerow", _) => match lookup::normalize_for(markup) {
                            std::borrow::Cow::Owned(m) => std::borrow::Cow::Owned(format!(
                                "{}{name}{m}",
                                &body[..body.len() - trimmed.len()]
                            )),
                            std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(body),
                        },
                        ("case" | "when" | "cycle", _) => match lax::lax_fragments(markup) {
                            Some(lax) => std::borrow::Cow::Owned(format!(
                                "{}{name}{lax}",
                                &body[..body.len() - trimmed.len()]
                            )),
                            None => normalized(name, body, trimmed, markup),
                        },
                        ("if" | "elsif" | "unless", _) if self.lax => {
                            match strict::strict_condition_error(markup) {
                                Some(message) => {
                                    self.lax_uses.push((
                                        self.line,
                                        markup.trim().to_owned(),
                                        message,
                                    ));
                                    match lax::lax_condition(markup) {
                                        Some(lax) => std::borrow::Cow::Owned(format!(
                                            "{}{name} {lax} {}",
                                            &body[..body.len() - trimmed.len()],
                                            newlines(markup)
                                        )),
                                        None => std::borrow::Cow::Borrowed(body),
                                    }
                                }
                                // Lookups Ruby's strict parser reads
                                // (`a . b`, `a [0]`, `["a"].b`).
                                None => match lookup::normalize(markup) {
                                    std::borrow::Cow::Owned(m) => std::borrow::Cow::Owned(format!(
                                        "{}{name}{m}",
                                        &body[..body.len() - trimmed.len()]
                                    )),
                                    std::borrow::Cow::Borrowed(_) => {
                                        std::borrow::Cow::Borrowed(body)
                                    }
                                },
                            }
                        }
                        _ => std::borrow::Cow::Borrowed(body),
                    };
                    let body = lookup::keyword_tag(name, markup, &body);
                    self.out.push_str(&rewrite_filters(&body, self.is_filter));
                    self.blocks.tag(name, name_at, &mut self.out);
                    self.out.push_str(r);
                    self.out.push_str("%}");
                }
            } else if body.trim().is_empty() {
                self.out.push_str(&newlines(body));
            } else {
                self.output(body, l, r);
            }
            self.line += inner.matches('\n').count();
            self.trim_next = rtrim;
            rest = &rest[after..];
        }
    }
}

/// Ruby's tag and output regexes take any `\s` (tab, CR, vertical tab, form
/// feed) where liquid-rust's grammar wants a space or a newline: outside quoted
/// strings, each becomes a space (same length, newlines kept).
fn spaces_for_blanks(markup: &str) -> std::borrow::Cow<'_, str> {
    let blank = |c: char| matches!(c, '\t' | '\r' | '\u{0b}' | '\u{0c}');
    if !markup.contains(blank) {
        return std::borrow::Cow::Borrowed(markup);
    }
    let mut quote = None;
    let out = markup
        .chars()
        .map(|c| match quote {
            Some(q) => {
                if c == q {
                    quote = None;
                }
                c
            }
            None if c == '"' || c == '\'' => {
                quote = Some(c);
                c
            }
            None if blank(c) => ' ',
            None => c,
        })
        .collect();
    std::borrow::Cow::Owned(out)
}

/// Integer literals beyond 64 bits (a Ruby `Bignum`), which liquid-rust's
/// grammar cannot read, become string literals of their digits: they print
/// the same (see docs/compat.md).
fn big_integers(markup: &str) -> std::borrow::Cow<'_, str> {
    static BIG: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r#""[^"]*"|'[^']*'|[\w.\]\[]?-?\d{19,}[\w.]?"#)
            .unwrap_or_else(|_| unreachable!("a valid regex"))
    });
    if markup.bytes().filter(u8::is_ascii_digit).nth(18).is_none() {
        return std::borrow::Cow::Borrowed(markup);
    }
    BIG.replace_all(markup, |c: &regex::Captures<'_>| {
        let m = &c[0];
        let bare = m.trim_start_matches('-');
        let is_literal = bare.bytes().all(|b| b.is_ascii_digit()) && m.parse::<i64>().is_err();
        if is_literal {
            format!("\"{m}\"")
        } else {
            m.to_owned()
        }
    })
}

fn find_markup_start(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'{' && (bytes[i + 1] == b'{' || bytes[i + 1] == b'%') {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// Finds `{% endraw %}` in `s`: (start of the closing tag, end of it).
fn find_endraw(s: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(rel) = s[from..].find("{%") {
        let start = from + rel;
        let close = s[start + 2..].find("%}")? + start + 2;
        // Ruby's `Raw::FullTokenPossiblyInvalid`: `{%`, blanks, the word
        // `endraw`, anything (`{% endraw junk -%}`); not `{%- endraw`.
        let inner = s[start + 2..close].trim_start();
        let word_end = inner
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(inner.len());
        if &inner[..word_end] == "endraw" {
            return Some((start, close + 2));
        }
        from = start + 2;
    }
    None
}

/// Pushes text, removing the tabs (and vertical tabs, form feeds) that a
/// neighbouring `-` would trim in Ruby but liquid-rust would not.
fn push_text(out: &mut String, text: &str, trim_start: bool, trim_end: bool) {
    let is_ws = |c: char| matches!(c, ' ' | '\t' | '\n' | '\r' | '\u{0b}' | '\u{0c}');
    let not_space_nl = |c: char| matches!(c, '\t' | '\u{0b}' | '\u{0c}');
    let lead_end = if trim_start {
        text.len() - text.trim_start_matches(is_ws).len()
    } else {
        0
    };
    let trail_start = if trim_end {
        text.trim_end_matches(is_ws).len().max(lead_end)
    } else {
        text.len()
    };
    out.extend(text[..lead_end].chars().filter(|c| !not_space_nl(*c)));
    out.push_str(&text[lead_end..trail_start]);
    out.extend(text[trail_start..].chars().filter(|c| !not_space_nl(*c)));
}

fn newlines(s: &str) -> String {
    "\n".repeat(s.matches('\n').count())
}

/// Percent-escapes what may not appear in a Liquid string literal.
fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '%' => out.push_str("%25"),
            '"' => out.push_str("%22"),
            '\n' => out.push_str("%0A"),
            '\r' => out.push_str("%0D"),
            c => out.push(c),
        }
    }
    out
}

/// Reverses [`encode`].
pub(crate) fn decode(s: &str) -> String {
    s.replace("%22", "\"")
        .replace("%0A", "\n")
        .replace("%0D", "\r")
        .replace("%25", "%")
}

/// Renames unknown filters in `markup` to [`UNKNOWN_FILTER`].
fn rewrite_filters(markup: &str, is_filter: &dyn Fn(&str) -> bool) -> String {
    let mut out = String::with_capacity(markup.len());
    let mut chars = markup.char_indices().peekable();
    let mut quote: Option<char> = None;
    while let Some((i, c)) = chars.next() {
        out.push(c);
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            continue;
        }
        match c {
            '"' | '\'' => quote = Some(c),
            '|' => {
                let after = &markup[i + 1..];
                let ws = after.len() - after.trim_start().len();
                let name_start = &after[ws..];
                let name_len = name_start
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
                    .unwrap_or(name_start.len());
                let name = &name_start[..name_len];
                if name.is_empty() || is_filter(name) {
                    continue;
                }
                out.push_str(&after[..ws]);
                out.push_str(UNKNOWN_FILTER);
                out.push_str(": \"");
                out.push_str(name);
                out.push('"');
                let tail = &name_start[name_len..];
                let tail_ws = tail.len() - tail.trim_start().len();
                let consumed = ws
                    + name_len
                    + if tail[tail_ws..].starts_with(':') {
                        out.push_str(&tail[..tail_ws]);
                        out.push(',');
                        tail_ws + 1
                    } else {
                        0
                    };
                let target = i + 1 + consumed;
                while chars.peek().is_some_and(|(j, _)| *j < target) {
                    chars.next();
                }
            }
            _ => {}
        }
    }
    out
}

/// A tag's body with its markup's lookups [`lookup::normalize`]d (a variable
/// index that is nil, an array or a hash reads nil, as in Ruby).
fn normalized<'a>(
    name: &str,
    body: &'a str,
    trimmed: &str,
    markup: &str,
) -> std::borrow::Cow<'a, str> {
    match lookup::normalize(markup) {
        std::borrow::Cow::Owned(m) => {
            std::borrow::Cow::Owned(format!("{}{name}{m}", &body[..body.len() - trimmed.len()]))
        }
        std::borrow::Cow::Borrowed(_) => std::borrow::Cow::Borrowed(body),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(name: &str) -> bool {
        matches!(name, "upcase" | "append" | "__hyde_to_s")
    }

    #[test]
    fn jekyll_tag_markup_becomes_a_string() {
        let out = prepare("a\n{% include dir/x.html k=\"v\"\n  n=1 %}b", 1, &known);
        assert_eq!(
            out,
            "a\n{% include \"dir/x.html k=%22v%22%0A  n=1\" 2\n %}b"
        );
        assert_eq!(
            decode("dir/x.html k=%22v%22%0A  n=1"),
            "dir/x.html k=\"v\"\n  n=1"
        );
    }

    #[test]
    fn outputs_print_as_ruby() {
        assert_eq!(
            prepare("{{ x | upcase }}", 1, &known),
            "{{ x | upcase | __hyde_to_s }}"
        );
        assert_eq!(prepare("{{- x -}}", 1, &known), "{{- x | __hyde_to_s -}}");
        // Ruby's lax reading: stray pipes and arguments without `:` go.
        assert_eq!(prepare("{{ x | }}", 1, &known), "{{ x | __hyde_to_s }}");
        assert_eq!(
            prepare("{% assign a = 'b' | %}", 1, &known),
            "{% assign a = 'b' %}"
        );
        assert_eq!(
            prepare("{{ x || upcase \"a\" }}", 1, &known),
            "{{ x | upcase | __hyde_to_s }}"
        );
        assert_eq!(prepare("{{ }}", 1, &known), "");
    }

    #[test]
    fn unknown_filters_are_renamed() {
        assert_eq!(
            prepare("{{ x | nope: 1, 2 | upcase }}", 1, &known),
            "{{ x | __hyde_unknown: \"nope\", 1, 2 | upcase | __hyde_to_s }}"
        );
        assert_eq!(
            prepare("{{ 'a|b' | nope }}", 1, &known),
            "{{ 'a|b' | __hyde_unknown: \"nope\" | __hyde_to_s }}"
        );
    }

    #[test]
    fn raw_bodies_are_untouched() {
        let src = "{% raw %}{% include a/b %}{{ x }}{% endraw %}{{ y }}";
        assert_eq!(
            prepare(src, 1, &known),
            "{% raw %}{% include a/b %}{{ x }}{% endraw %}{{ y | __hyde_to_s }}"
        );
    }

    #[test]
    fn trimming_removes_tabs() {
        assert_eq!(prepare("a \t\n{%- x -%}\t b", 1, &known), "a \n{%- x -%} b");
    }
}
