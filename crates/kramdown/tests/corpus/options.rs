//! Cases with non-default `kramdown:` options: `fixtures/kramdown/options/NAME.md`
//! with `NAME.options` (`key: value` lines) gives `NAME.html`, as Jekyll's
//! Markdown converter made it with those settings.

use std::fs;

use super::{diff, fixtures, known_failures};

#[test]
fn option_cases_match_jekyll() {
    let dir = fixtures().join("options");
    let known = known_failures(&fixtures());
    let mut names: Vec<String> = fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(Result::ok)
                .filter_map(|e| {
                    e.file_name()
                        .to_str()
                        .and_then(|n| n.strip_suffix(".md"))
                        .map(str::to_owned)
                })
                .collect()
        })
        .unwrap_or_default();
    names.sort();
    let (mut passed, mut failed) = (0, 0);
    let mut unexpected = Vec::new();
    for name in &names {
        let key = format!("options/{name}");
        let mut options = hyde_kramdown::Options::default();
        let settings = fs::read_to_string(dir.join(format!("{name}.options"))).unwrap_or_default();
        for line in settings.lines().filter(|l| !l.trim().is_empty()) {
            let (k, v) = line.split_once(':').unwrap_or((line, ""));
            assert!(
                options.set(k.trim(), v.trim()),
                "{key}: option {line:?} not accepted"
            );
        }
        let md = fs::read_to_string(dir.join(format!("{name}.md"))).unwrap_or_default();
        let expected = fs::read_to_string(dir.join(format!("{name}.html"))).unwrap_or_default();
        let actual = hyde_kramdown::to_html(&md, &options);
        if actual == expected {
            passed += 1;
        } else {
            failed += 1;
            if !known.contains_key(&key) {
                eprintln!("--- {key} (- Jekyll, + hyde)\n{}", diff(&expected, &actual));
                unexpected.push(key);
            }
        }
    }
    println!("kramdown option cases: {passed} passed, {failed} failed");
    assert!(
        unexpected.is_empty(),
        "unexpected failures: {}",
        unexpected.join(", ")
    );
}
