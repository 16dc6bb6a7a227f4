//! `hyde render`: one template to standard output, in Jekyll's dialect or in
//! plain Liquid (`--standard`), with a site, data and includes; errors on
//! standard error with exit code 1.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::io::Write;
use std::path::Path;
use std::process::{Command, Stdio};

/// What a run printed, and its exit code.
struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

/// A scratch directory holding the files a test needs.
fn files(list: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in list {
        let p = dir.path().join(path);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text).unwrap();
    }
    dir
}

/// Runs `hyde render ARGS` in `dir`, with `stdin` as standard input.
fn render(dir: &Path, args: &[&str], stdin: &str) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hyde"))
        .arg("render")
        .args(args)
        .current_dir(dir)
        .env("TZ", "UTC")
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_template_renders_with_jekyll_filters_data_and_includes() {
    let dir = files(&[
        ("t.html", "{{ x.y | slugify }} {% include p.html n=x.n %}"),
        ("data.json", r#"{"x": {"y": "Hello World", "n": 3}}"#),
        ("inc/p.html", "P{{ include.n }}"),
    ]);
    let run = render(
        dir.path(),
        &["--data", "data.json", "--includes", "inc", "t.html"],
        "",
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "hello-world P3"),
        "{}",
        run.stderr
    );
}

#[test]
fn standard_liquid_has_its_own_include_and_render() {
    let dir = files(&[
        ("inc/card.liquid", "[{{ card.t }}{{ forloop.index }}]"),
        ("inc/greet", "Hi {{ who }}{% assign seen = true %}"),
    ]);
    let run = render(
        dir.path(),
        &["--standard", "--includes", "inc", "-"],
        "{% render 'card' for cards %}|{% include 'greet', who: 'Ada' %} {{ seen }}|{{ 'x' | slugify }}",
    );
    // The data comes from stdin's template only; `cards` is undefined: one
    // render with nothing bound. `slugify` is Jekyll's: unknown in plain Liquid.
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "[]|Hi Ada true|x"),
        "{}",
        run.stderr
    );
}

#[test]
fn standard_render_loops_over_data() {
    let dir = files(&[
        ("inc/card.liquid", "[{{ c.t }}{{ forloop.index }}]"),
        ("d.json", r#"{"cards": [{"t": "a"}, {"t": "b"}]}"#),
    ]);
    let run = render(
        dir.path(),
        &["--standard", "--includes", "inc", "--data", "d.json", "-"],
        "{% render 'card' for cards as c %}",
    );
    assert_eq!(
        (run.code, run.stdout.as_str()),
        (0, "[a1][b2]"),
        "{}",
        run.stderr
    );
}

// The site and the expected output come from a build with the real Jekyll
// 4.3.1 (`/work/shared/tools/jekyll-ref`, SOURCE_DATE_EPOCH=1700000000):
// YAML times ending in `Z` are UTC times, `%Z` names the site's zone.
const ZONED_SITE: &[(&str, &str)] = &[
    (
        "site/_config.yml",
        "title: Zoned\ntimezone: America/New_York\n",
    ),
    (
        "site/_data/t.yml",
        "z: 2023-01-02T03:04:05Z\nzf: 2023-01-02T03:04:05.5Z\noff: 2023-01-02 03:04:05 +05:30\nzero: 2023-01-02 03:04:05 +00:00\nlocal: 2023-01-02 03:04:05\nd: 2023-01-02\n",
    ),
    (
        "t.html",
        "{% assign t = site.data.t %}1|{{ t.z }}|{{ t.z | date: \"%Z %z\" }}|{{ t.z | jsonify }}|{{ t.z | inspect }}\n2|{{ t.zf | inspect }}|{{ t.zf }}\n3|{{ t.off | date: \"%Z|%z\" }}|{{ t.zero | date: \"%Z|%z\" }}|{{ t.local | date: \"%Z|%z\" }}|{{ t.local }}\n4|{% assign z = t.z %}{{ z }}|{{ t | jsonify }}\n5|{{ site.time | date: \"%Z\" }}|{{ site.title }}\n",
    ),
];

#[test]
fn a_site_gives_site_variables_with_utc_times_and_zone_names() {
    let dir = files(ZONED_SITE);
    let run = render(dir.path(), &["-s", "site", "t.html"], "");
    let expected = "1|2023-01-02 03:04:05 UTC|UTC +0000|\"2023-01-02 03:04:05 UTC\"|2023-01-02 03:04:05 UTC\n\
2|2023-01-02 03:04:05.5 UTC|2023-01-02 03:04:05 UTC\n\
3|||+0000|EST|-0500|2023-01-01 22:04:05 -0500\n\
4|2023-01-02 03:04:05 UTC|{\"z\":\"2023-01-02 03:04:05 UTC\",\"zf\":\"2023-01-02 03:04:05 UTC\",\"false\":\"2023-01-02 03:04:05 +0530\",\"zero\":\"2023-01-02 03:04:05 +0000\",\"local\":\"2023-01-01 22:04:05 -0500\",\"d\":\"2023-01-02\"}\n\
5|EST|Zoned\n";
    assert_eq!(run.stderr, "");
    assert_eq!((run.code, run.stdout.as_str()), (0, expected));
}

#[test]
fn lax_conditions_warn_as_jekyll_does() {
    let dir = files(&[("d.json", r#"{"n": 5, "a": "B"}"#)]);
    let run = render(
        dir.path(),
        &["--data", "d.json", "--error-mode", "warn", "-"],
        "{% if n > 3 and (a == \"A\" or a == \"B\")%}yes{% endif %}",
    );
    assert_eq!((run.code, run.stdout.as_str()), (0, "yes"));
    assert_eq!(
        run.stderr,
        "Liquid Warning: Liquid syntax error (line 1): Expected dotdot but found comparison in \"n > 3 and (a == \"A\" or a == \"B\")\" in -\n"
    );
}

#[test]
fn errors_go_to_stderr_with_exit_code_1() {
    let dir = files(&[]);
    for (args, template, message) in [
        (&[][..], "{% nosuchtag %}", "Liquid syntax error"),
        (&[][..], "{{ 1 | divided_by: 0 }}", "divided by 0"),
        (
            &["--strict-variables"][..],
            "{{ nope }}",
            "undefined variable nope",
        ),
        (&["--strict-filters"][..], "{{ 1 | nope }}", "nope"),
        (
            &["--error-mode", "strict"][..],
            "{{ x | }}",
            "Liquid syntax error",
        ),
        (&["--standard"][..], "{% render 'missing' %}", "missing"),
    ] {
        let mut all = args.to_vec();
        all.push("-");
        let run = render(dir.path(), &all, template);
        assert_eq!((run.code, run.stdout.as_str()), (1, ""), "{template}");
        assert!(run.stderr.contains(message), "{template}: {}", run.stderr);
    }
    let run = render(dir.path(), &["no-such-file.liquid"], "");
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("no-such-file.liquid"), "{}", run.stderr);
}
