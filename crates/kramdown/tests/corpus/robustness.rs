//! `to_html` never panics: mangled corpus cases and pathological inputs.

use std::fs;

use super::fixtures;

/// A small deterministic generator (no dependency needed for shuffling bytes).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, bound: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % bound.max(1)
    }
}

fn char_boundary(s: &str, mut i: usize) -> usize {
    while i < s.len() && !s.is_char_boundary(i) {
        i += 1;
    }
    i.min(s.len())
}

#[test]
fn mangled_corpus_cases_convert_without_panicking() {
    let options = hyde_kramdown::Options::default();
    let mut rng = Lcg(42);
    let pieces = [
        "\n",
        "  \n",
        "*",
        "_",
        "`",
        "[",
        "]",
        "(",
        ")",
        "<div>",
        "</div>",
        "{: .x}",
        "|",
        "> ",
        "- ",
        "1. ",
        "\t",
        "$$",
        "\\",
        "\"",
        "'",
        "&",
        "[^1]",
        "~~~\n",
        "```\n",
        "{::comment}",
        "<!--",
        "-->",
        ":",
        "#",
    ];
    let mut names: Vec<_> = fs::read_dir(fixtures())
        .map(|rd| rd.filter_map(Result::ok).map(|e| e.path()).collect())
        .unwrap_or_default();
    names.retain(|p: &std::path::PathBuf| p.extension().is_some_and(|e| e == "md"));
    names.sort();
    for path in names.iter().step_by(3) {
        let md = fs::read_to_string(path).unwrap_or_default();
        for _ in 0..4 {
            let mut s = md.clone();
            for _ in 0..3 {
                let at = char_boundary(&s, rng.next(s.len() + 1));
                let piece = pieces[rng.next(pieces.len())];
                s.insert_str(at, piece);
            }
            let cut = char_boundary(&s, rng.next(s.len() + 1));
            let _ = hyde_kramdown::to_html(&s[..cut], &options);
            let _ = hyde_kramdown::to_html(&s, &options);
        }
    }
}

#[test]
fn pathological_inputs_convert_without_panicking() {
    let options = hyde_kramdown::Options::default();
    let inputs = [
        ">".repeat(3000),
        "[x](".repeat(500),
        "[".repeat(40),
        "*".repeat(3000),
        "- ".repeat(1000),
        "<div>".repeat(1000),
        "{:".repeat(1000),
        "`".repeat(1000),
        "\"'".repeat(1000),
        "  - a\n"
            .repeat(500)
            .chars()
            .enumerate()
            .map(|(i, c)| if c == ' ' && i % 7 == 0 { '\t' } else { c })
            .collect(),
        "\r\n\r\r\n\0\u{FEFF}".to_owned(),
        "| a |\n|---|\n".repeat(300),
        "[^a]: [^a]\n\n[^a]".to_owned(),
    ];
    for input in &inputs {
        let _ = hyde_kramdown::to_html(input, &options);
    }
}
