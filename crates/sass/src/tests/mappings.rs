//! The map's `mappings`, decoded: every segment on the right source line of a
//! small site, and the iiif.io stylesheet's rules against libsass's map.

use std::collections::HashMap;

use super::iiif::{compile_iiif, fixture};
use super::{Style, options, site};
use crate::css::skip_string;
use crate::{SourceMapMode, Syntax, convert};

/// One decoded segment: generated line and column, source index, line, column.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Segment {
    line: usize,
    column: usize,
    source: usize,
    source_line: usize,
    source_column: usize,
}

/// The base64 VLQ numbers of one segment.
fn vlq_numbers(text: &str) -> Vec<i64> {
    const DIGITS: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut numbers = Vec::new();
    let (mut value, mut shift) = (0i64, 0);
    for c in text.chars() {
        let digit = DIGITS.find(c).unwrap() as i64;
        value += (digit & 31) << shift;
        if digit & 32 != 0 {
            shift += 5;
        } else {
            numbers.push(if value & 1 == 1 {
                -(value >> 1)
            } else {
                value >> 1
            });
            value = 0;
            shift = 0;
        }
    }
    numbers
}

fn decode(mappings: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    let (mut source, mut source_line, mut source_column) = (0i64, 0i64, 0i64);
    for (line, text) in mappings.split(';').enumerate() {
        let mut column = 0i64;
        for segment in text.split(',').filter(|s| !s.is_empty()) {
            let n = vlq_numbers(segment);
            column += n[0];
            if n.len() >= 4 {
                source += n[1];
                source_line += n[2];
                source_column += n[3];
                segments.push(Segment {
                    line,
                    column: column as usize,
                    source: source as usize,
                    source_line: source_line as usize,
                    source_column: source_column as usize,
                });
            }
        }
    }
    segments
}

#[test]
fn vlq_segments_decode() {
    assert_eq!(vlq_numbers("ACGA"), [0, 1, 3, 0]);
    assert_eq!(vlq_numbers("hkh9B"), [-1_000_000]);
    // The second segment is relative to the first: source 1-1, line 3-4.
    assert_eq!(
        decode("ACGA;;IDHA"),
        [
            Segment {
                line: 0,
                column: 0,
                source: 1,
                source_line: 3,
                source_column: 0
            },
            Segment {
                line: 2,
                column: 4,
                source: 0,
                source_line: 0,
                source_column: 0
            }
        ]
    );
}

/// The text from a (line, column in characters) position to the line's end.
fn rest_of_line(text: &str, line: usize, column: usize) -> String {
    text.split('\n')
        .nth(line)
        .unwrap_or("")
        .chars()
        .skip(column)
        .collect()
}

/// The map's `sources`, `sourcesContent` and decoded `mappings`.
fn read_map(map: &str) -> (Vec<String>, Vec<String>, Vec<Segment>) {
    let map: serde_json::Value = serde_json::from_str(map).unwrap();
    let strings = |key: &str| -> Vec<String> {
        map[key]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| s.as_str().unwrap().to_string())
            .collect()
    };
    let segments = decode(map["mappings"].as_str().unwrap());
    (strings("sources"), strings("sourcesContent"), segments)
}

const PAGE: &str = "@import 'base', 'nav';\n.page {\n  color: red;\n  .inner { margin: 0; }\n}\n";
const BASE: &str = "$c: blue;\n@mixin pad {\n  padding: 1px;\n}\n.base {\n  background: $c;\n  @include pad;\n  @media screen { width: 1px; }\n}\n.hidden { display: none; }\n.gone { @extend .hidden; }\n";
const NAV: &str = "// nav\n.nav\n  display: block\n  .item\n    float: left\n";

#[test]
fn every_selector_and_declaration_maps_to_the_line_that_wrote_it() {
    let dir = site(&[("_sass/_base.scss", BASE), ("_sass/_nav.sass", NAV)]);
    let page = dir.path().join("css/style.scss");
    for style in [
        Style::Compressed,
        Style::Compact,
        Style::Expanded,
        Style::Nested,
    ] {
        let out = convert(
            PAGE,
            Syntax::Scss,
            &page,
            &options(dir.path(), style, SourceMapMode::Always),
        )
        .unwrap();
        let (sources, _, _) = read_map(out.source_map.as_deref().unwrap());
        assert_eq!(
            sources,
            ["style.scss", "_sass/_base.scss", "_sass/_nav.sass"]
        );
        let mapped = mapped_statements(&out);
        // Seven rules (`.gone` extends `.hidden`: one rule for both), eight
        // declarations.
        let expected: Vec<(String, String, usize)> = [
            (".base", "_sass/_base.scss", 4),
            ("background", "_sass/_base.scss", 5),
            ("padding", "_sass/_base.scss", 2),
            (".base", "_sass/_base.scss", 4),
            ("width", "_sass/_base.scss", 7),
            (".hidden", "_sass/_base.scss", 9),
            ("display", "_sass/_base.scss", 9),
            (".nav", "_sass/_nav.sass", 1),
            ("display", "_sass/_nav.sass", 2),
            (".item", "_sass/_nav.sass", 3),
            ("float", "_sass/_nav.sass", 4),
            (".page", "style.scss", 1),
            ("color", "style.scss", 2),
            (".inner", "style.scss", 3),
            ("margin", "style.scss", 3),
        ]
        .into_iter()
        .map(|(word, file, line)| (word.to_string(), file.to_string(), line))
        .collect();
        assert_eq!(mapped, expected, "{style:?}");
    }
}

/// Each segment of a compiled page's map, checked to name a source place
/// that starts with what the segment's CSS position starts with: the
/// property of a declaration, or a compound selector of a rule. Returns that
/// word, the source's name and the 0-based source line of each segment.
pub(super) fn mapped_statements(out: &crate::Compiled) -> Vec<(String, String, usize)> {
    let (sources, contents, segments) = read_map(out.source_map.as_deref().unwrap());
    let css_lines: Vec<&str> = out.css.split('\n').collect();
    let mut mapped = Vec::new();
    for segment in &segments {
        let generated: String = css_lines[segment.line]
            .chars()
            .skip(segment.column)
            .collect();
        let statement = generated
            .split(['{', ';', '}'])
            .next()
            .unwrap()
            .trim()
            .to_string();
        let is_rule = generated
            .find('{')
            .is_some_and(|open| generated.find([';', '}']).is_none_or(|end| open < end));
        let source = rest_of_line(
            &contents[segment.source],
            segment.source_line,
            segment.source_column,
        );
        // A declaration's property, or the compound selector written in
        // the rule the segment names (`.inner` of `.page .inner`).
        let word = if is_rule {
            statement
                .split([' ', '>', ','])
                .find(|w| !w.is_empty() && source.starts_with(w))
                .unwrap_or(&statement)
                .to_string()
        } else {
            statement.split(':').next().unwrap().to_string()
        };
        assert!(
            source.starts_with(&word),
            "`{statement}` maps to {}:{}:{} `{source}`",
            sources[segment.source],
            segment.source_line,
            segment.source_column
        );
        mapped.push((word, sources[segment.source].clone(), segment.source_line));
    }
    mapped
}

/// Each rule's selector start in compressed CSS (byte offset), in order.
fn rule_starts(css: &str) -> Vec<usize> {
    let bytes = css.as_bytes();
    let mut starts = Vec::new();
    let (mut i, mut statement, mut depth) = (0, 0, 0usize);
    while i < bytes.len() {
        match bytes[i] {
            b'"' | b'\'' => {
                i = skip_string(bytes, i);
                continue;
            }
            b'/' if bytes.get(i + 1) == Some(&b'*') => {
                i = css[i + 2..]
                    .find("*/")
                    .map_or(bytes.len(), |e| i + 2 + e + 2);
                statement = i;
                continue;
            }
            b'(' => depth += 1,
            b')' => depth = depth.saturating_sub(1),
            b'{' if depth == 0 => {
                let head = &css[statement..i];
                let start = statement + (head.len() - head.trim_start().len());
                if !head.trim_start().starts_with('@') {
                    starts.push(start);
                }
                statement = i + 1;
            }
            b';' | b'}' if depth == 0 => statement = i + 1,
            _ => {}
        }
        i += 1;
    }
    starts
}

/// (line, column in characters) of a byte offset.
fn line_column(css: &str, offset: usize) -> (usize, usize) {
    let before = &css[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, css[start..offset].chars().count())
}

/// For each rule of the iiif stylesheet, the file and line that libsass's map
/// and hyde's give its selector. libsass writes several segments where a
/// selector starts: the end of what came before (right after a `}`, or after
/// a loud comment), then the starts of the rules it is nested in, the rule's
/// own start last; that last one is compared with hyde's single segment.
#[test]
fn iiif_selectors_map_to_the_lines_libsass_maps_them_to() {
    let Some(dir) = fixture() else { return };
    let compiled = compile_iiif(&dir, None);
    let expected = dir.join("expected/assets/css");
    let libsass_css = std::fs::read_to_string(expected.join("style.css")).unwrap();
    let libsass_map = std::fs::read_to_string(expected.join("style.css.map")).unwrap();
    let (sources, contents, libsass) = read_map(&libsass_map);
    let (our_sources, _, ours) = read_map(&compiled.source_map.unwrap());
    assert_eq!(sources, our_sources);

    let by_position = |segments: &[Segment]| {
        let mut at: HashMap<(usize, usize), Vec<Segment>> = HashMap::new();
        for s in segments {
            at.entry((s.line, s.column)).or_default().push(*s);
        }
        at
    };
    let after_block = |s: &Segment| {
        let rest = rest_of_line(
            &contents[s.source],
            s.source_line,
            s.source_column.saturating_sub(1),
        );
        s.source_column > 0 && rest.starts_with('}')
            || rest_of_line(&contents[s.source], s.source_line, s.source_column).starts_with('}')
    };
    let libsass_at = by_position(&libsass);
    let ours_at = by_position(&ours);
    let theirs_rules = rule_starts(&libsass_css);
    let our_rules = rule_starts(&compiled.css);
    assert_eq!(theirs_rules.len(), our_rules.len());
    let (mut agree, mut ours_mapped) = (0, 0);
    for (&theirs, &mine) in theirs_rules.iter().zip(&our_rules) {
        let their_segment = libsass_at
            .get(&line_column(&libsass_css, theirs))
            .and_then(|v| v.iter().rev().find(|s| !after_block(s)));
        let our_segment = ours_at
            .get(&line_column(&compiled.css, mine))
            .and_then(|v| v.first());
        if our_segment.is_some() {
            ours_mapped += 1;
        }
        if let (Some(a), Some(b)) = (their_segment, our_segment)
            && (a.source, a.source_line) == (b.source, b.source_line)
        {
            agree += 1;
        }
    }
    eprintln!(
        "iiif style.css.map: {} rules, {ours_mapped} mapped by hyde, {agree} to the file and line libsass gives",
        our_rules.len()
    );
    assert_eq!(ours_mapped, our_rules.len());
    assert!(agree >= 2000, "only {agree} rules agree with libsass");
}

/// The safety net: marks (and the spellings the marked declarations give) are
/// used only when the marked compilation, markers left out, gives the very
/// same CSS from the same files.
#[test]
fn marks_are_dropped_when_the_marked_css_differs() {
    use crate::compile::GrassOutput;
    let output = |css: &str| GrassOutput {
        css: css.to_string(),
        loaded: Vec::new(),
        warnings: Vec::new(),
    };
    let plain = output("a {\n  b: c;\n}\n");
    let hints = crate::value::Hints::default();
    let css = crate::serialize::write(
        &crate::css::parse(&plain.css).unwrap(),
        Style::Compact,
        &hints,
    );
    let texts = ["a { b: c }".to_string()];
    let same = output("a {\n  /*@hyde:r:0:0:0*/\n  /*@hyde:d:0:0:4*/\n  b: c;\n}\n");
    let other = output("a {\n  /*@hyde:r:0:0:0*/\n  /*@hyde:d:0:0:4*/\n  b: d;\n}\n");
    let positioned = crate::positioned(&same, &plain, Style::Compact, &hints, &css, &texts);
    assert_eq!(
        positioned.map(|(css, m)| (css, m.len())),
        Some((css.clone(), 2))
    );
    assert_eq!(
        crate::positioned(&other, &plain, Style::Compact, &hints, &css, &texts),
        None
    );
}
