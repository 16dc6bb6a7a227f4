//! Splitting a file into its YAML front matter and its body, as Jekyll's
//! `YAML_FRONT_MATTER_REGEX` (`\A(---\s*\n.*?\n?)^((---|\.\.\.)\s*$\n?)`, multiline) does.

/// A file split at its front matter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Split<'a> {
    /// The YAML text, including the opening `---` line.
    pub(crate) yaml: &'a str,
    /// The body after the closing line (and, as the regex does, after any blank lines
    /// that directly follow it).
    pub(crate) body: &'a str,
    /// 1-based line of the file where `body` starts.
    pub(crate) body_line: usize,
}

/// Jekyll's `Utils.has_yaml_header?`: the first line is `---` followed only by whitespace.
pub(crate) fn has_yaml_header(bytes: &[u8]) -> bool {
    let Some(rest) = bytes.strip_prefix(b"---") else {
        return false;
    };
    // `\A---\s*\r?\n`: whitespace (which includes newlines) then a newline.
    let ws = rest
        .iter()
        .take_while(|b| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'))
        .count();
    rest[..ws].contains(&b'\n')
}

fn is_ruby_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Splits `text` like Jekyll's front matter regex; `None` when it has none.
pub(crate) fn split(text: &str) -> Option<Split<'_>> {
    let bytes = text.as_bytes();
    if !bytes.starts_with(b"---") {
        return None;
    }
    let run = bytes[3..].iter().take_while(|&&c| is_ruby_space(c)).count();
    if !bytes[3..3 + run].contains(&b'\n') {
        return None;
    }
    // Closing lines start with `-` or `.`, never inside the whitespace run, so the first
    // candidate line start is the end of that run (which follows a newline or not).
    let mut p = 3 + run;
    if bytes[p - 1] != b'\n' {
        p = next_line_start(bytes, p)?;
    }
    loop {
        let line = &bytes[p..];
        if line.starts_with(b"---") || line.starts_with(b"...") {
            let after = p + 3;
            let ws = bytes[after..]
                .iter()
                .take_while(|&&c| is_ruby_space(c))
                .count();
            let ws_slice = &bytes[after..after + ws];
            let at_end = after + ws == bytes.len();
            if let Some(last_nl) = ws_slice.iter().rposition(|&c| c == b'\n') {
                let body_start = after + last_nl + 1;
                return Some(make(text, p, body_start));
            } else if at_end {
                return Some(make(text, p, bytes.len()));
            }
        }
        p = next_line_start(bytes, p)?;
    }
}

fn next_line_start(bytes: &[u8], from: usize) -> Option<usize> {
    bytes[from..]
        .iter()
        .position(|&c| c == b'\n')
        .map(|i| from + i + 1)
        .filter(|&p| p <= bytes.len())
}

fn make(text: &str, yaml_end: usize, body_start: usize) -> Split<'_> {
    let body_line = 1 + text.as_bytes()[..body_start]
        .iter()
        .filter(|&&c| c == b'\n')
        .count();
    Split {
        yaml: &text[..yaml_end],
        body: &text[body_start..],
        body_line,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Expected values from Ruby 3.1: `Jekyll::Document::YAML_FRONT_MATTER_REGEX.match(s)`,
    // printing `[m[1], m.post_match]`.
    #[test]
    fn blank_lines_after_the_closing_line_belong_to_the_front_matter() {
        let s = split("---\na: 1\n---\n\nbody").unwrap();
        assert_eq!((s.yaml, s.body, s.body_line), ("---\na: 1\n", "body", 5));
    }

    #[test]
    fn dots_close_and_trailing_spaces_are_allowed() {
        let s = split("---   \n\na: 1\n...  \n\n\nbody\n").unwrap();
        assert_eq!((s.yaml, s.body), ("---   \n\na: 1\n", "body\n"));
    }

    #[test]
    fn empty_front_matter() {
        let s = split("---\n---\nx").unwrap();
        assert_eq!((s.yaml, s.body, s.body_line), ("---\n", "x", 3));
    }

    #[test]
    fn crlf_line_endings() {
        let s = split("---\r\na: 1\r\n---\r\nbody").unwrap();
        assert_eq!((s.yaml, s.body), ("---\r\na: 1\r\n", "body"));
    }

    #[test]
    fn no_closing_line_means_no_front_matter() {
        assert_eq!(split("---\na: 1\n"), None);
        assert_eq!(split("--- x\n---\n"), None);
        assert_eq!(split("text\n---\n---\n"), None);
    }

    #[test]
    fn closing_line_needs_only_whitespace_after_it() {
        let s = split("---\na: 1\n---x\n---\nbody").unwrap();
        assert_eq!((s.yaml, s.body), ("---\na: 1\n---x\n", "body"));
    }

    #[test]
    fn yaml_header_detection() {
        assert!(has_yaml_header(b"---\n"));
        assert!(has_yaml_header(b"---  \r\nx"));
        assert!(!has_yaml_header(b"--- x\n"));
        assert!(!has_yaml_header(b"---"));
        assert!(!has_yaml_header(b"x---\n"));
    }
}
