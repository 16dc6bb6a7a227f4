//! The indented syntax rewritten as SCSS the way libsass's `sass2scss` does
//! (with `SASS2SCSS_PRETTIFY_1 | SASS2SCSS_KEEP_COMMENT`, libsass's settings).
//!
//! libsass never parses `.sass` itself: it converts each file to SCSS first and
//! compiles that, so the converted text is what its source map embeds in
//! `sourcesContent`. grass reads the indented syntax directly; this module only
//! reproduces the text for the map.
//!
//! The conversion works line by line. A line indented deeper than the block
//! above opens a block (` {` on the previous line); a shallower one closes
//! blocks (` }`); a statement that ends without `;` gets one. `=name` and
//! `+name` become `@mixin name` and `@include name`, an unquoted `@import` URL
//! is quoted, and `:property value` becomes `property: value`. Whitespace and
//! `//` comments are held back and written after the next brace or semicolon,
//! which is why closers land at the end of the last statement's line.

/// libsass's whitespace set.
const WS: &[char] = &[' ', '\t', '\n', '\u{b}', '\u{c}', '\r'];

#[derive(Debug)]
struct Converter {
    /// The previous statement ended with `,`: the next line continues it.
    comma: bool,
    /// The block so far holds something (a property or a selector).
    property: bool,
    /// The current line looks like a selector, not a declaration.
    selector: bool,
    /// The previous statement already ended with `;`.
    semicolon: bool,
    /// `""`, `"//"` or `"/*"`: the comment the converter is inside.
    comment: &'static str,
    /// Whitespace and comments waiting to be written.
    whitespace: String,
    /// The indentation of each open block.
    indents: Vec<String>,
}

/// Converts indented-syntax `sass` to SCSS, byte for byte as libsass 3.6 does.
pub(crate) fn convert(sass: &str) -> String {
    let mut converter = Converter {
        comma: false,
        property: false,
        selector: false,
        semicolon: false,
        comment: "",
        whitespace: String::new(),
        indents: vec![String::new()],
    };
    let mut scss = String::new();
    for line in lines(sass) {
        scss.push_str(&converter.line(line, false));
    }
    scss.push_str(&converter.line("", true));
    scss
}

/// Lines ended by `\n`, `\r\n` or `\r`; no empty last line after a final break.
fn lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                out.push(&text[start..i]);
                start = i + 1;
            }
            b'\r' => {
                out.push(&text[start..i]);
                if bytes.get(i + 1) == Some(&b'\n') {
                    i += 1;
                }
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if start < bytes.len() {
        out.push(&text[start..]);
    }
    out
}

impl Converter {
    fn top(&self) -> usize {
        self.indents.last().map_or(0, String::len)
    }

    /// One line; `end` is the final call that closes every open block.
    fn line(&mut self, line: &str, end: bool) -> String {
        let mut scss = String::new();
        let mut sass = line.trim_end_matches(WS).to_string();
        let left = if end {
            Some(0)
        } else {
            sass.find(|c: char| !WS.contains(&c))
        };
        let Some(left) = left else {
            self.whitespace.push_str(&sass);
            self.whitespace.push('\n');
            return scss;
        };
        let indent = sass[..left].to_string();
        let open: String = sass[left..].chars().take(2).collect();

        if indent.len() <= self.top() {
            if self.comment == "/*" {
                scss.push_str(" */");
            } else if self.comment == "//" {
                // A `//` comment needs no closer.
            } else if self.property && !self.comma {
                if self.selector {
                    scss.push_str(" {}");
                } else if !self.semicolon {
                    scss.push(';');
                }
            }
            self.comment = "";
        }
        while indent.len() < self.top() {
            self.indents.pop();
            scss.push_str(if self.comment.is_empty() { " }" } else { " */" });
            self.comment = "";
        }

        self.selector = false;
        let rest = sass[left..].to_string();
        if rest.starts_with('\\') {
            self.selector = true;
            sass.replace_range(left..=left, " ");
        }
        if rest.starts_with(':') && !rest.starts_with("::") {
            self.property_syntax(&mut sass, &indent, left);
        } else if ["@warn", "@debug", "@error", "@charset", "@namespace"]
            .iter()
            .any(|d| rest.starts_with(d))
        {
            // Kept as they are.
        } else if let Some(mixin) = rest.strip_prefix('=') {
            sass = format!("{indent}@mixin {mixin}");
        } else if let Some(include) = rest.strip_prefix('+') {
            if include.starts_with(|c: char| c != ' ' && c != '\t') {
                sass = format!("{indent}@include {include}");
            }
        } else if rest.starts_with("@import") {
            quote_import(&mut sass, left);
        } else if !["@return", "@extend", "@include", "@content"]
            .iter()
            .any(|d| rest.starts_with(d))
        {
            self.selector = true;
            if let Some(colon) = sass[left..].find(':').map(|c| c + left)
                && matches!(sass.as_bytes().get(colon + 1), Some(b' ' | b'\t'))
            {
                self.selector = false;
            }
        }

        let top = self.top();
        if indent.len() >= top && self.comment.is_empty() && has_char_data(&sass) {
            self.property = true;
        }
        if indent.len() > top {
            if self.comment.is_empty() {
                if self.property {
                    scss.push_str(" {");
                    self.indents.push(indent.clone());
                }
            } else if self.comment != "/*"
                && sass.is_char_boundary(top)
                && sass.is_char_boundary(top + 2)
            {
                // A `//` comment continued on deeper lines: each line gets `//`.
                sass.replace_range(top..top + 2, "//");
            }
        }
        if open == "/*" || open == "//" {
            self.property = false;
            if self.comment == "/*" {
                scss.push_str(" */");
            }
            self.comment = if open == "/*" { "/*" } else { "//" };
        }

        scss.push_str(&self.flush(&mut sass));

        if let Some(right) = sass.rfind(|c: char| !WS.contains(&c)) {
            let last = &sass[right..];
            self.comma = self.comment.is_empty() && last.starts_with(',');
            self.semicolon = self.comment.is_empty() && last.starts_with(';');
            let end = right + last.chars().next().map_or(1, char::len_utf8);
            if right > 0 && sass[..end].ends_with("*/") {
                self.comment = "";
            }
        }
        scss
    }

    /// `:property value` → `property: value`, unless it is a pseudo-class.
    fn property_syntax(&mut self, sass: &mut String, indent: &str, left: usize) {
        self.selector = true;
        if let Some(space) = sass[left..].find(WS).map(|s| s + left) {
            let pseudo = sass[left..space].to_string();
            if let Some(value) = sass[space..]
                .find(|c: char| !WS.contains(&c))
                .map(|v| v + space)
                && !(sass[value..].starts_with(':') || is_pseudo_selector(&pseudo))
            {
                *sass = format!("{indent}{}:{}", &sass[left + 1..space], &sass[space..]);
                let colon = sass[left..]
                    .find(|c: char| c != ':')
                    .map(|p| p + left)
                    .and_then(|p| sass[p..].find(':').map(|c| c + p));
                self.selector = colon.is_none();
            }
        }
        if sass[left..].starts_with(':') && self.selector {
            // A lone `:name`: libsass takes `name:` (a BEM-style property).
            let space = sass[left..].find(WS).map(|s| s + left);
            let end = match space {
                Some(space) => (left + 1 + space).min(sass.len()),
                None => sass.len(),
            };
            let end = (left + 1..=end)
                .rev()
                .find(|e| sass.is_char_boundary(*e))
                .unwrap_or(left + 1);
            *sass = format!("{indent}{}:", &sass[left + 1..end]);
        }
    }

    /// Writes the held-back whitespace, holds back this line's `//` comment and
    /// line break, and returns the code.
    fn flush(&mut self, sass: &mut String) -> String {
        let mut scss = std::mem::take(&mut self.whitespace);
        let Some(right) = sass.rfind(|c: char| c != '\n' && c != '\r') else {
            return scss;
        };
        let cut = right + sass[right..].chars().next().map_or(1, char::len_utf8);
        let breaks = sass[cut..].to_string();
        sass.truncate(cut);
        if let Some(mut comment) = find_comment_opener(sass) {
            if comment > 0 {
                comment = sass[..comment]
                    .char_indices()
                    .rev()
                    .find(|(_, c)| !WS.contains(c))
                    .map_or(0, |(p, c)| p + c.len_utf8());
            }
            self.whitespace.push_str(&sass[comment..]);
            sass.truncate(comment);
        }
        self.whitespace.push_str(&breaks);
        self.whitespace.push('\n');
        scss.push_str(sass);
        scss
    }
}

/// `@import foo` → `@import "foo"` (URLs and quoted names are left alone).
fn quote_import(sass: &mut String, left: usize) {
    let Some(space) = sass[left + 7..].find(WS).map(|s| s + left + 7) else {
        return;
    };
    let Some(quote) = sass[space..]
        .find(|c: char| !WS.contains(&c))
        .map(|q| q + space)
    else {
        return;
    };
    let target = &sass[quote..];
    if target.starts_with("url(") || target.starts_with('"') || target.starts_with('\'') {
        return;
    }
    if let Some(end) = sass.rfind(|c: char| !WS.contains(&c)) {
        let end = end + sass[end..].chars().next().map_or(1, char::len_utf8);
        *sass = format!("{}\"{}\"", &sass[..quote], &sass[quote..end]);
    }
}

/// Whether anything but whitespace and `/* */` comments is left.
fn has_char_data(sass: &str) -> bool {
    let mut pos = 0;
    loop {
        let Some(start) = sass[pos..]
            .find(|c: char| !WS.contains(&c))
            .map(|p| p + pos)
        else {
            return false;
        };
        if !sass[start..].starts_with("/*") {
            return true;
        }
        let Some(close) = sass[start..].find("*/") else {
            return false;
        };
        pos = start + close + 2;
    }
}

/// Where a `//` comment starts, outside quotes, parentheses and `/* */`.
fn find_comment_opener(sass: &str) -> Option<usize> {
    let bytes = sass.as_bytes();
    let (mut apoed, mut quoted, mut comment) = (false, false, false);
    let mut brackets: usize = 0;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'(' if !quoted && !apoed => brackets = brackets.wrapping_add(1),
            b')' if !quoted && !apoed => brackets = brackets.wrapping_sub(1),
            b'"' if !apoed && !comment => quoted = !quoted,
            b'\'' if !quoted && !comment => apoed = !apoed,
            b'/' if i > 0 => {
                if bytes[i - 1] == b'*' {
                    comment = false;
                } else if bytes[i - 1] == b'/' && !quoted && !apoed && !comment && brackets == 0 {
                    return Some(i - 1);
                }
            }
            b'\\' if quoted || apoed => i += 1,
            b'*' if i > 0 && bytes[i - 1] == b'/' && !quoted && !apoed => comment = true,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The pseudo-classes sass2scss knows, so `:hover` is not read as `:property`.
fn is_pseudo_selector(selector: &str) -> bool {
    let end = selector
        .char_indices()
        .skip(1)
        .find(|(_, c)| !(c.is_ascii_alphabetic() || *c == '-'))
        .map_or(selector.len(), |(i, _)| i);
    let name = selector[..end].to_ascii_lowercase();
    PSEUDO_CLASSES.contains(&name.as_str())
}

const PSEUDO_CLASSES: &[&str] = &[
    ":link",
    ":visited",
    ":active",
    ":lang",
    ":first-child",
    ":hover",
    ":focus",
    ":first",
    ":target",
    ":root",
    ":nth-child",
    ":nth-last-of-child",
    ":nth-of-type",
    ":nth-last-of-type",
    ":last-child",
    ":first-of-type",
    ":last-of-type",
    ":only-child",
    ":only-of-type",
    ":empty",
    ":not",
    ":default",
    ":valid",
    ":invalid",
    ":in-range",
    ":out-of-range",
    ":required",
    ":optional",
    ":read-only",
    ":read-write",
    ":dir",
    ":enabled",
    ":disabled",
    ":checked",
    ":indeterminate",
    ":nth-last-child",
    ":any-link",
    ":local-link",
    ":scope",
    ":active-drop-target",
    ":valid-drop-target",
    ":invalid-drop-target",
    ":current",
    ":past",
    ":future",
    ":placeholder-shown",
    ":user-error",
    ":blank",
    ":nth-match",
    ":nth-last-match",
    ":nth-column",
    ":nth-last-column",
    ":matches",
    ":fullscreen",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_get_braces_and_statements_semicolons() {
        assert_eq!(convert("a\n  b: c\n  d: e\n"), "a {\n  b: c;\n  d: e; }\n");
    }

    #[test]
    fn mixins_includes_and_imports_are_spelled_out() {
        assert_eq!(
            convert("=m($x)\n  a: $x\n.b\n  +m(1)\n@import foo\n"),
            "@mixin m($x) {\n  a: $x; }\n.b {\n  @include m(1); }\n@import \"foo\";\n"
        );
    }

    #[test]
    fn comments_stay_after_the_closer() {
        assert_eq!(
            convert("@if $a\n  b: c\n  // note\n@else\n  d: e\n"),
            "@if $a {\n  b: c;\n }  // note\n@else {\n  d: e; }\n"
        );
    }

    #[test]
    fn any_text_converts_without_panicking() {
        let sample = "é\n  :é x\n\\é\n  // ü\n    ü\n@import ü\n=é\n  +ü\n/* é */ a\n  b: \"é\n";
        for (i, _) in sample.char_indices() {
            let _ = convert(&sample[..i]);
            let _ = convert(&sample[i..]);
        }
    }

    #[test]
    fn comma_lists_continue_on_the_next_line() {
        assert_eq!(convert("a,\nb\n  c: d\n"), "a,\nb {\n  c: d; }\n");
    }
}
