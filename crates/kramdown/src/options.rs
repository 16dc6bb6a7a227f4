//! kramdown options as Jekyll passes them.

/// The kramdown options Jekyll 4.3.1 uses (its `kramdown:` configuration).
///
/// [`Options::default`] is what Jekyll passes when the site sets nothing:
/// Jekyll's `Configuration::DEFAULTS["kramdown"]` over kramdown's own defaults,
/// plus what `Jekyll::Converters::Markdown::KramdownParser` adds (Rouge as
/// highlighter, `default_lang: plaintext`).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Options {
    /// Generate header ids (`auto_ids`).
    pub auto_ids: bool,
    /// Prefix for generated header ids (`auto_id_prefix`).
    pub auto_id_prefix: String,
    /// Strip markup before making an id (`auto_id_stripping`; always on with GFM input).
    pub auto_id_stripping: bool,
    /// Transliterate non-ASCII header text for ids (`transliterated_header_ids`; kramdown input only).
    pub transliterated_header_ids: bool,
    /// Header levels that go into a table of contents (`toc_levels`).
    pub toc_levels: Vec<u8>,
    /// Entity names for ‘ ’ “ ” (`smart_quotes`).
    pub smart_quotes: [String; 4],
    /// How entities are written: `as_char`, `as_input`, `numeric` or `symbolic` (`entity_output`).
    pub entity_output: String,
    /// Newlines in paragraphs become `<br />` (`hard_wrap`, GFM input).
    pub hard_wrap: bool,
    /// Input dialect: `GFM` or `kramdown` (`input`).
    pub input: String,
    /// GFM quirks: `paragraph_end`, `no_auto_typographic` (`gfm_quirks`).
    pub gfm_quirks: Vec<String>,
    /// Number of the first footnote (`footnote_nr`).
    pub footnote_nr: usize,
    /// Prefix for footnote ids (`footnote_prefix`).
    pub footnote_prefix: String,
    /// Text of footnote back links (`footnote_backlink`).
    pub footnote_backlink: String,
    /// Put the back link into the last paragraph or header even if the note ends otherwise.
    pub footnote_backlink_inline: bool,
    /// Syntax highlighter: `rouge` or none (`syntax_highlighter`).
    pub syntax_highlighter: Option<String>,
    /// Highlight code blocks without a language (`guess_lang`, from Jekyll's `kramdown.guess_lang`).
    pub guess_lang: bool,
    /// Language of code without one (`syntax_highlighter_opts.default_lang`).
    pub default_lang: Option<String>,
    /// Math engine: `mathjax` or none (`math_engine`).
    pub math_engine: Option<String>,
    /// Parse Markdown inside block HTML (`parse_block_html`).
    pub parse_block_html: bool,
    /// Parse Markdown inside span HTML (`parse_span_html`).
    pub parse_span_html: bool,
    /// Offset added to header levels (`header_offset`).
    pub header_offset: i32,
    /// Replacements for typographic symbols (`typographic_symbols`), by symbol name.
    pub typographic_symbols: Vec<(String, String)>,
    /// Join CJK lines broken in the source (`remove_line_breaks_for_cjk`).
    pub remove_line_breaks_for_cjk: bool,
    /// `syntax_highlighter_opts.block`: what code blocks set apart.
    pub(crate) block_highlighter: HighlighterOverrides,
    /// `syntax_highlighter_opts.span`: what code spans set apart.
    pub(crate) span_highlighter: HighlighterOverrides,
}

/// Rouge settings of one kind of code (`syntax_highlighter_opts`'s `block` or
/// `span` hash), merged over the shared ones as kramdown's Rouge highlighter does.
#[derive(Clone, Debug, Default)]
pub(crate) struct HighlighterOverrides {
    /// `default_lang`, when set (`Some(None)`: set to nil).
    default_lang: Option<Option<String>>,
    /// `guess_lang`, when set.
    guess_lang: Option<bool>,
    /// `disable`, when set.
    disable: Option<bool>,
}

/// What kramdown's Rouge highlighter reads for one kind of code.
pub(crate) struct Highlighter<'o> {
    /// The language of code without one.
    pub(crate) default_lang: Option<&'o str>,
    /// Whether plain text (and code without any language) is highlighted.
    pub(crate) guess_lang: bool,
    /// Whether highlighting is off.
    pub(crate) disable: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            auto_ids: true,
            auto_id_prefix: String::new(),
            auto_id_stripping: false,
            transliterated_header_ids: false,
            toc_levels: (1..=6).collect(),
            smart_quotes: ["lsquo", "rsquo", "ldquo", "rdquo"].map(str::to_owned),
            entity_output: "as_char".to_owned(),
            hard_wrap: false,
            input: "GFM".to_owned(),
            gfm_quirks: vec!["paragraph_end".to_owned()],
            footnote_nr: 1,
            footnote_prefix: String::new(),
            footnote_backlink: "&#8617;".to_owned(),
            footnote_backlink_inline: false,
            syntax_highlighter: Some("rouge".to_owned()),
            guess_lang: true,
            default_lang: Some("plaintext".to_owned()),
            math_engine: Some("mathjax".to_owned()),
            parse_block_html: false,
            parse_span_html: true,
            header_offset: 0,
            typographic_symbols: Vec::new(),
            remove_line_breaks_for_cjk: false,
            block_highlighter: HighlighterOverrides::default(),
            span_highlighter: HighlighterOverrides::default(),
        }
    }
}

fn parse_bool(value: &str) -> Option<bool> {
    match value.trim() {
        "true" | "yes" | "on" | "1" => Some(true),
        "false" | "no" | "off" | "0" | "" | "nil" | "null" | "~" => Some(false),
        _ => None,
    }
}

fn parse_symbol(value: &str) -> Option<String> {
    let v = value.trim().trim_start_matches(':');
    if v.is_empty() || v == "nil" || v == "null" || v == "~" {
        None
    } else {
        Some(v.to_owned())
    }
}

/// Pairs from a hash written as YAML flow (`{a: b}`) or Ruby (`{"a"=>"b"}`).
fn parse_pairs(value: &str) -> Option<Vec<(String, String)>> {
    let body = value
        .trim()
        .strip_prefix('{')
        .and_then(|b| b.strip_suffix('}'))
        .unwrap_or(value.trim());
    let unquote = |s: &str| {
        s.trim()
            .trim_start_matches(':')
            .trim_matches(|c| c == '"' || c == '\'')
            .to_owned()
    };
    let mut pairs = Vec::new();
    for pair in body.split(',').filter(|p| !p.trim().is_empty()) {
        let (k, v) = pair.split_once("=>").or_else(|| pair.split_once(':'))?;
        pairs.push((unquote(k), unquote(v)));
    }
    Some(pairs)
}

/// A value of a hash written as Ruby's `Hash#inspect` writes it.
enum HashValue {
    Scalar(String),
    Hash(Vec<(String, HashValue)>),
}

impl HighlighterOverrides {
    fn from_pairs(pairs: Vec<(String, HashValue)>) -> HighlighterOverrides {
        let mut o = HighlighterOverrides::default();
        for (k, v) in pairs {
            let HashValue::Scalar(v) = v else { continue };
            match k.trim_start_matches(':') {
                "default_lang" => o.default_lang = Some(parse_symbol(&v)),
                "guess_lang" => o.guess_lang = Some(ruby_truthy(&v)),
                "disable" => o.disable = Some(ruby_truthy(&v)),
                _ => {}
            }
        }
        o
    }
}

/// Whether a value written by `inspect` is truthy in Ruby (all but nil and false).
fn ruby_truthy(value: &str) -> bool {
    !matches!(value.trim(), "" | "nil" | "false")
}

/// A hash written as Ruby's `inspect` writes it (`{"a"=>"b", "c"=>{"d"=>true}}`),
/// nested hashes kept; `None` if it is not written so.
fn parse_hash(value: &str) -> Option<Vec<(String, HashValue)>> {
    let mut chars = value.trim().char_indices().peekable();
    let text = value.trim();
    let pairs = parse_hash_at(text, &mut chars)?;
    chars.next().is_none().then_some(pairs)
}

type Chars<'a> = std::iter::Peekable<std::str::CharIndices<'a>>;

fn skip_spaces(chars: &mut Chars<'_>) {
    while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
}

fn parse_hash_at(text: &str, chars: &mut Chars<'_>) -> Option<Vec<(String, HashValue)>> {
    skip_spaces(chars);
    chars.next_if(|(_, c)| *c == '{')?;
    let mut pairs = Vec::new();
    loop {
        skip_spaces(chars);
        if chars.next_if(|(_, c)| *c == '}').is_some() {
            return Some(pairs);
        }
        let HashValue::Scalar(key) = parse_value(text, chars)? else {
            return None;
        };
        skip_spaces(chars);
        chars.next_if(|(_, c)| *c == '=')?;
        chars.next_if(|(_, c)| *c == '>')?;
        let value = parse_value(text, chars)?;
        pairs.push((key, value));
        skip_spaces(chars);
        if chars.next_if(|(_, c)| *c == ',').is_none() {
            skip_spaces(chars);
            chars.next_if(|(_, c)| *c == '}')?;
            return Some(pairs);
        }
    }
}

fn parse_value(text: &str, chars: &mut Chars<'_>) -> Option<HashValue> {
    skip_spaces(chars);
    let &(start, c) = chars.peek()?;
    match c {
        '{' => parse_hash_at(text, chars).map(HashValue::Hash),
        '"' => {
            chars.next();
            let mut s = String::new();
            loop {
                let (_, c) = chars.next()?;
                match c {
                    '"' => return Some(HashValue::Scalar(s)),
                    '\\' => s.push(chars.next()?.1),
                    c => s.push(c),
                }
            }
        }
        _ => {
            let mut end = start;
            while let Some((i, c)) =
                chars.next_if(|(_, c)| !matches!(c, ',' | '}' | '=') && !c.is_whitespace())
            {
                end = i + c.len_utf8();
            }
            (end > start).then(|| HashValue::Scalar(text[start..end].to_owned()))
        }
    }
}

fn parse_list(value: &str) -> Vec<String> {
    value
        .trim()
        .trim_start_matches('[')
        .trim_end_matches(']')
        .split(|c: char| c == ',' || c.is_whitespace())
        .map(|s| s.trim().trim_matches(|c| c == '"' || c == '\'').to_owned())
        .filter(|s| !s.is_empty())
        .collect()
}

impl Options {
    /// Applies one `kramdown:` option, its value given as a string (`"true"`, `"1"`,
    /// `"lsquo,rsquo,ldquo,rdquo"`, `"1..3"`, …).  Returns `false` if the key is
    /// unknown or the value does not fit it (the options are then unchanged).
    pub fn set(&mut self, key: &str, value: &str) -> bool {
        let bool_slot = match key {
            "auto_ids" => Some(&mut self.auto_ids),
            "auto_id_stripping" => Some(&mut self.auto_id_stripping),
            "transliterated_header_ids" => Some(&mut self.transliterated_header_ids),
            "hard_wrap" => Some(&mut self.hard_wrap),
            "footnote_backlink_inline" => Some(&mut self.footnote_backlink_inline),
            "guess_lang" => Some(&mut self.guess_lang),
            "parse_block_html" => Some(&mut self.parse_block_html),
            "parse_span_html" => Some(&mut self.parse_span_html),
            "remove_line_breaks_for_cjk" => Some(&mut self.remove_line_breaks_for_cjk),
            _ => None,
        };
        if let Some(slot) = bool_slot {
            return parse_bool(value).map(|b| *slot = b).is_some();
        }
        match key {
            "auto_id_prefix" => self.auto_id_prefix = value.to_owned(),
            "footnote_prefix" => self.footnote_prefix = value.to_owned(),
            "footnote_backlink" => self.footnote_backlink = value.to_owned(),
            "input" => self.input = value.trim().to_owned(),
            "entity_output" => match parse_symbol(value).as_deref() {
                Some(v @ ("as_char" | "as_input" | "numeric" | "symbolic")) => {
                    self.entity_output = v.to_owned()
                }
                _ => return false,
            },
            "footnote_nr" => match value.trim().parse() {
                Ok(n) => self.footnote_nr = n,
                Err(_) => return false,
            },
            "header_offset" => match value.trim().parse() {
                Ok(n) => self.header_offset = n,
                Err(_) => return false,
            },
            "syntax_highlighter" | "highlighter" => self.syntax_highlighter = parse_symbol(value),
            "math_engine" => self.math_engine = parse_symbol(value),
            "default_lang" => self.default_lang = parse_symbol(value),
            "gfm_quirks" => self.gfm_quirks = parse_list(value),
            "smart_quotes" => {
                let list = parse_list(value);
                let Ok(four) = <[String; 4]>::try_from(list) else {
                    return false;
                };
                self.smart_quotes = four;
            }
            "typographic_symbols" => {
                let Some(pairs) = parse_pairs(value) else {
                    return false;
                };
                let known = [
                    "mdash",
                    "ndash",
                    "hellip",
                    "laquo_space",
                    "raquo_space",
                    "laquo",
                    "raquo",
                ];
                if !pairs.iter().all(|(k, _)| known.contains(&k.as_str())) {
                    return false;
                }
                self.typographic_symbols = pairs;
            }
            "syntax_highlighter_opts" => {
                let Some(pairs) = parse_hash(value).or_else(|| {
                    parse_pairs(value).map(|pairs| {
                        pairs
                            .into_iter()
                            .map(|(k, v)| (k, HashValue::Scalar(v)))
                            .collect()
                    })
                }) else {
                    return false;
                };
                for (k, v) in pairs {
                    match (k.as_str(), v) {
                        ("default_lang", HashValue::Scalar(v)) => {
                            self.default_lang =
                                parse_symbol(&v).or_else(|| Some("plaintext".to_owned()))
                        }
                        ("disable", HashValue::Scalar(v)) if parse_bool(&v) == Some(true) => {
                            self.syntax_highlighter = None
                        }
                        ("block", HashValue::Hash(h)) => {
                            self.block_highlighter = HighlighterOverrides::from_pairs(h)
                        }
                        ("span", HashValue::Hash(h)) => {
                            self.span_highlighter = HighlighterOverrides::from_pairs(h)
                        }
                        _ => {}
                    }
                }
            }
            "toc_levels" => {
                let v = value.trim();
                let levels: Option<Vec<u8>> = if let Some((a, b)) = v.split_once("..") {
                    match (a.trim().parse::<u8>(), b.trim().parse::<u8>()) {
                        (Ok(a), Ok(b)) => Some((a..=b).collect()),
                        _ => None,
                    }
                } else {
                    parse_list(v).iter().map(|s| s.parse().ok()).collect()
                };
                match levels {
                    Some(l) if l.iter().all(|n| (1..=6).contains(n)) => self.toc_levels = l,
                    _ => return false,
                }
            }
            _ => return false,
        }
        true
    }

    /// kramdown's Rouge settings for code blocks (`block`) or code spans:
    /// the shared ones with the `block` or `span` hash merged over them.
    pub(crate) fn highlighter(&self, block: bool) -> Highlighter<'_> {
        let o = if block {
            &self.block_highlighter
        } else {
            &self.span_highlighter
        };
        Highlighter {
            default_lang: match &o.default_lang {
                Some(lang) => lang.as_deref(),
                None => self.default_lang.as_deref(),
            },
            guess_lang: o.guess_lang.unwrap_or(self.guess_lang),
            disable: o.disable.unwrap_or(false),
        }
    }

    /// Whether the input is GitHub-flavoured Markdown.
    pub(crate) fn gfm(&self) -> bool {
        self.input.eq_ignore_ascii_case("gfm")
    }

    /// Whether a GFM quirk is on.
    pub(crate) fn quirk(&self, name: &str) -> bool {
        self.gfm_quirks.iter().any(|q| q == name)
    }
}

#[cfg(test)]
mod tests {
    use super::Options;

    #[test]
    fn defaults_are_jekylls() {
        let o = Options::default();
        assert!(o.auto_ids && o.guess_lang && o.gfm());
        assert_eq!(o.toc_levels, vec![1, 2, 3, 4, 5, 6]);
    }

    #[test]
    fn set_parses_strings_and_rejects_unknown_keys() {
        let mut o = Options::default();
        assert!(o.set("auto_ids", "false"));
        assert!(!o.auto_ids);
        assert!(o.set("toc_levels", "2..3"));
        assert_eq!(o.toc_levels, vec![2, 3]);
        assert!(o.set("smart_quotes", "apos,apos,quot,quot"));
        assert!(o.set("typographic_symbols", "{hellip: '...', mdash: '---'}"));
        assert_eq!(o.typographic_symbols.len(), 2);
        assert!(o.set("syntax_highlighter_opts", r#"{"default_lang"=>"ruby"}"#));
        assert_eq!(o.default_lang.as_deref(), Some("ruby"));
        assert!(o.set(
            "syntax_highlighter_opts",
            r#"{"default_lang"=>"php?start_inline=1,x", "block"=>{"default_lang"=>"js", "guess_lang"=>false}, "span"=>{"disable"=>true}, "guess_lang"=>true}"#
        ));
        assert_eq!(o.default_lang.as_deref(), Some("php?start_inline=1,x"));
        let block = o.highlighter(true);
        assert_eq!(
            (block.default_lang, block.guess_lang, block.disable),
            (Some("js"), false, false)
        );
        let span = o.highlighter(false);
        assert_eq!(
            (span.default_lang, span.guess_lang, span.disable),
            (Some("php?start_inline=1,x"), true, true)
        );
        assert!(!o.set("no_such_option", "1"));
        assert!(!o.set("footnote_nr", "x"));
    }
}
