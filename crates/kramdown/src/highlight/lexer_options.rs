//! Lexer options in a language name, as Rouge's `Lexer.find_fancy` reads them:
//! `php?start_inline=1&funcnamehighlighting=0` is the `php` lexer with two
//! options, the query parsed by Ruby's `CGI.parse` (pairs split on `&` or `;`,
//! `+` and `%XX` unescaped, a key without `=` given no value, a repeated key
//! all its values).
//!
//! Each lexer reads its options the way its Rouge class does: `bool_option`
//! (`0`, `false`, `off` are false, anything else true, the last value of a
//! repeated key), `string_option`/`lexer_option` (the last value),
//! `list_option` (every value split on `,`).

/// The options of one lexer: each key with its values, in query order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct LexOptions {
    pairs: Vec<(String, Vec<String>)>,
}

/// No options.
pub(crate) static NONE: LexOptions = LexOptions { pairs: Vec::new() };

impl LexOptions {
    /// Splits `lang?query` into the lexer name and its options.
    pub(crate) fn split(lang: &str) -> (&str, LexOptions) {
        match lang.split_once('?') {
            Some((name, query)) => (name, LexOptions::parse(query)),
            None => (lang, LexOptions::default()),
        }
    }

    /// Ruby's `CGI.parse`.
    pub(crate) fn parse(query: &str) -> LexOptions {
        let mut pairs: Vec<(String, Vec<String>)> = Vec::new();
        for pair in query.split(['&', ';']) {
            if pair.is_empty() {
                continue;
            }
            let (key, value) = match pair.split_once('=') {
                Some((k, v)) => (unescape(k), Some(unescape(v))),
                None => (unescape(pair), None),
            };
            let i = match pairs.iter().position(|(k, _)| *k == key) {
                Some(i) => i,
                None => {
                    pairs.push((key, Vec::new()));
                    pairs.len() - 1
                }
            };
            if let Some(v) = value {
                pairs[i].1.push(v);
            }
        }
        LexOptions { pairs }
    }

    fn values(&self, name: &str) -> Option<&[String]> {
        self.pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_slice())
    }

    /// Whether the option is given.
    pub(crate) fn has(&self, name: &str) -> bool {
        self.values(name).is_some()
    }

    /// Rouge's `bool_option`: `None` when the option is not given.
    pub(crate) fn bool(&self, name: &str) -> Option<bool> {
        // A key without a value is `true`; one value is that string; several
        // are an array whose last element decides.
        let values = self.values(name)?;
        Some(match values.last() {
            None => true,
            Some(v) => !matches!(v.as_str(), "0" | "false" | "off"),
        })
    }

    /// Rouge's `string_option` (and the name `lexer_option` looks up):
    /// `None` when the option is not given or has no value.
    pub(crate) fn string(&self, name: &str) -> Option<&str> {
        self.values(name)?.last().map(String::as_str)
    }

    /// Rouge's `list_option`: every value split on `,`.
    pub(crate) fn list(&self, name: &str) -> Vec<&str> {
        self.values(name)
            .map(|vs| vs.iter().flat_map(|v| ruby_split(v, ',')).collect())
            .unwrap_or_default()
    }

    /// These options without `names` (Rouge's `string_option` and
    /// `list_option` delete what they read before a lexer passes its options on).
    pub(crate) fn without(&self, names: &[&str]) -> LexOptions {
        LexOptions {
            pairs: self
                .pairs
                .iter()
                .filter(|(k, _)| !names.contains(&k.as_str()))
                .cloned()
                .collect(),
        }
    }
}

/// Ruby's `String#split(sep)` with a one-character separator: trailing empty
/// fields are dropped.
fn ruby_split(s: &str, sep: char) -> Vec<&str> {
    let mut parts: Vec<&str> = s.split(sep).collect();
    while parts.last().is_some_and(|p| p.is_empty()) {
        parts.pop();
    }
    parts
}

/// `CGI.unescape`: `+` is a space, `%XX` a byte (invalid UTF-8 replaced).
fn unescape(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = s
            .get(i + 1..i + 3)
            .filter(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'+', _) => out.push(b' '),
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 2;
            }
            (b, _) => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::LexOptions;

    #[test]
    fn reads_options_as_cgi_parse_and_rouge_do() {
        let (name, o) = LexOptions::split("console?lang=ruby&prompt=$,>&comments&x=1;x=off");
        assert_eq!(name, "console");
        assert_eq!(o.string("lang"), Some("ruby"));
        assert_eq!(o.list("prompt"), vec!["$", ">"]);
        assert_eq!(o.bool("comments"), Some(true));
        assert_eq!(o.bool("x"), Some(false));
        assert_eq!(o.bool("nope"), None);
        assert_eq!(o.without(&["lang"]).string("lang"), None);
    }

    #[test]
    fn unescapes_plus_and_percent() {
        let (_, o) = LexOptions::split("console?prompt=a+b,%3E%3E,%zz");
        assert_eq!(o.list("prompt"), vec!["a b", ">>", "%zz"]);
    }
}
