//! Bad input: clear messages naming the file and line, Jekyll's exit codes, no panics,
//! and nothing read or written outside the site.

#![allow(clippy::unwrap_used, clippy::expect_used)]

mod fixtures;

use std::path::{Path, PathBuf};
use std::process::Command;

struct Site {
    dir: tempfile::TempDir,
}

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

impl Site {
    fn new(files: &[(&str, &str)]) -> Site {
        let dir = tempfile::tempdir().unwrap();
        for (path, text) in files {
            let p = dir.path().join(path);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        Site { dir }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    fn build(&self, args: &[&str]) -> Run {
        self.build_with_env(args, &[])
    }

    fn build_with_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let out = Command::new(env!("CARGO_BIN_EXE_hyde"))
            .arg("build")
            .args(args)
            .current_dir(self.path())
            .env("TZ", "UTC")
            .env_remove("BUNDLE_GEMFILE")
            .env_remove("JEKYLL_NO_BUNDLER_REQUIRE")
            .envs(env.iter().copied())
            .output()
            .unwrap();
        Run {
            code: out.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        }
    }

    fn output(&self, rel: &str) -> Option<String> {
        std::fs::read_to_string(self.path().join("_site").join(rel)).ok()
    }
}

impl Run {
    fn assert_failed_with(&self, needle: &str) {
        assert_eq!(
            self.code, 1,
            "expected exit 1\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
        assert!(!self.stderr.contains("panicked"), "panic:\n{}", self.stderr);
    }

    fn assert_warned(&self, needle: &str) {
        assert_eq!(
            self.code, 0,
            "expected success\nstdout:\n{}\nstderr:\n{}",
            self.stdout, self.stderr
        );
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}:\n{}",
            self.stderr
        );
    }
}

#[test]
fn broken_yaml_in_the_config_stops_the_build_naming_file_line_and_column() {
    let site = Site::new(&[
        ("_config.yml", "title: ok\nbad: [unclosed\n"),
        ("index.html", "x"),
    ]);
    site.build(&[]).assert_failed_with("_config.yml:");
}

#[test]
fn broken_front_matter_in_a_page_warns_and_the_build_goes_on() {
    let site = Site::new(&[
        ("index.html", "---\ntitle: [oops\n---\nbody\n"),
        ("other.html", "---\n---\nfine\n"),
    ]);
    let run = site.build(&[]);
    run.assert_warned("index.html");
    assert_eq!(site.output("other.html").as_deref(), Some("fine\n"));
}

#[test]
fn strict_front_matter_makes_broken_front_matter_an_error() {
    let site = Site::new(&[("index.html", "---\ntitle: [oops\n---\nbody\n")]);
    site.build(&["--strict_front_matter"])
        .assert_failed_with("index.html:");
}

#[test]
fn a_missing_layout_warns_and_the_page_is_written_without_it() {
    let site = Site::new(&[("index.html", "---\nlayout: nope\n---\nbody\n")]);
    let run = site.build(&[]);
    run.assert_warned("Layout 'nope' requested in index.html does not exist.");
    assert_eq!(site.output("index.html").as_deref(), Some("body\n"));
}

#[test]
fn an_unclosed_liquid_tag_stops_the_build_naming_the_file_and_line() {
    let site = Site::new(&[(
        "index.html",
        "---\n---\nline one\n{% if true %}\nnever closed\n",
    )]);
    site.build(&[]).assert_failed_with("index.html");
}

#[test]
fn a_malformed_block_inside_a_comment_is_a_syntax_error_without_a_panic_message() {
    // liquid-core panics on this input; hyde catches it and keeps stderr clean.
    let site = Site::new(&[(
        "index.html",
        "---\n---\n{% comment %} {% if true %} {% if ... %} {%- for ? -%} {% endcase %}{% endcomment %}\n",
    )]);
    site.build(&[])
        .assert_failed_with("Liquid syntax error: Unclosed block or malformed tag");
}

#[test]
fn an_invalid_post_date_stops_the_build_naming_the_date_and_the_file() {
    // Jekyll: "Invalid date '2016-02-10 25:00': Document '_posts/...' does not have a
    // valid date in the YAML front matter."
    let site = Site::new(&[(
        "_posts/2020-01-01-x.md",
        "---\ndate: 2016-02-10 25:00\n---\nx\n",
    )]);
    site.build(&[]).assert_failed_with(
        "Invalid date '2016-02-10 25:00': Document '_posts/2020-01-01-x.md' does not have a valid date in the YAML front matter.",
    );
}

#[test]
fn a_missing_include_stops_the_build_naming_it() {
    let site = Site::new(&[("index.html", "---\n---\n{% include nope.html %}\n")]);
    site.build(&[]).assert_failed_with("nope.html");
}

#[test]
fn an_include_loop_stops_the_build_instead_of_overflowing() {
    let site = Site::new(&[
        ("_includes/a.html", "{% include b.html %}"),
        ("_includes/b.html", "{% include a.html %}"),
        ("index.html", "---\n---\n{% include a.html %}\n"),
    ]);
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(!run.stderr.contains("panicked"), "{}", run.stderr);
    assert!(
        run.stderr.contains("a.html") || run.stderr.contains("b.html"),
        "{}",
        run.stderr
    );
}

#[test]
fn invalid_utf8_in_a_page_names_the_file_and_line() {
    let site = Site::new(&[("index.html", "---\n---\nok\n")]);
    std::fs::write(site.path().join("bad.html"), b"---\n---\nline\n\xff\xfe\n").unwrap();
    site.build(&[]).assert_failed_with("bad.html");
}

#[test]
fn an_include_escaping_the_includes_folder_is_refused() {
    let site = Site::new(&[
        ("secret.txt", "s3cret"),
        ("index.html", "---\n---\n{% include ../secret.txt %}\n"),
    ]);
    let run = site.build(&[]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        !site
            .output("index.html")
            .is_some_and(|s| s.contains("s3cret"))
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_out_of_the_site_is_never_followed() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("passwd"), "root:x:0:0").unwrap();
    let site = Site::new(&[("index.html", "---\n---\nhome\n")]);
    std::os::unix::fs::symlink(
        outside.path().join("passwd"),
        site.path().join("passwd.txt"),
    )
    .unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path().join("linked-dir")).unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.output("passwd.txt").is_none());
    assert!(site.output("linked-dir/passwd").is_none());
    assert_eq!(site.output("index.html").as_deref(), Some("home\n"));
}

#[test]
fn a_destination_that_is_the_source_is_refused_and_nothing_is_deleted() {
    let site = Site::new(&[("index.html", "---\n---\nhome\n"), ("keep.txt", "precious")]);
    let run = site.build(&["-d", "."]);
    run.assert_failed_with("Destination");
    assert_eq!(
        std::fs::read_to_string(site.path().join("keep.txt")).unwrap(),
        "precious"
    );
}

#[test]
fn a_destination_containing_the_source_is_refused() {
    let site = Site::new(&[("src/index.html", "---\n---\nhome\n")]);
    let run = site.build(&["-s", "src", "-d", "."]);
    run.assert_failed_with("Destination");
    assert!(site.path().join("src/index.html").exists());
}

#[test]
fn a_missing_config_file_named_on_the_command_line_is_an_error() {
    let site = Site::new(&[("index.html", "x")]);
    site.build(&["--config", "nope.yml"])
        .assert_failed_with("nope.yml");
}

#[test]
fn usage_errors_exit_with_2() {
    let site = Site::new(&[("index.html", "x")]);
    let run = site.build(&["--no-such-flag"]);
    assert_eq!(run.code, 2);
}

#[test]
fn keep_files_survive_cleaning_and_stale_files_go() {
    let site = Site::new(&[
        ("index.html", "---\n---\nhome\n"),
        ("_config.yml", "keep_files: [kept]\n"),
    ]);
    let dest: PathBuf = site.path().join("_site");
    std::fs::create_dir_all(dest.join("kept")).unwrap();
    std::fs::write(dest.join("kept/file"), "k").unwrap();
    std::fs::write(dest.join("stale.html"), "old").unwrap();
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(dest.join("kept/file").exists());
    assert!(!dest.join("stale.html").exists());
}

#[test]
fn plugins_hyde_does_not_provide_get_one_warning_each_and_the_build_goes_on() {
    let site = Site::new(&[
        ("_config.yml", "plugins: [jemoji, jekyll-redirect-from]\n"),
        (
            "_plugins/custom.rb",
            "Jekyll::Hooks.register :site, :post_write do end\n",
        ),
        ("index.html", "---\n---\nhome\n"),
    ]);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(run.stderr.matches("jemoji").count(), 1, "{}", run.stderr);
    assert!(
        !run.stderr.contains("jekyll-redirect-from"),
        "a provided plugin warned:\n{}",
        run.stderr
    );
    assert_eq!(
        run.stderr.matches("_plugins/custom.rb").count(),
        1,
        "{}",
        run.stderr
    );
    assert_eq!(site.output("index.html").as_deref(), Some("home\n"));
}

#[test]
fn a_gemfiles_jekyll_plugins_group_enables_its_plugins_as_bundler_require_does() {
    let files = [
        (
            "Gemfile",
            "source \"https://rubygems.org\"\ngem \"jekyll\"\ngroup :jekyll_plugins do\n  gem \"jekyll-redirect-from\"\n  gem \"jemoji\"\nend\n",
        ),
        ("about.md", "---\nredirect_from: /old/\n---\nabout\n"),
    ];
    let site = Site::new(&files);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        site.output("old/index.html")
            .is_some_and(|t| t.contains("Redirecting")),
        "no redirect page:\n{}",
        run.stderr
    );
    assert_eq!(run.stderr.matches("'jemoji'").count(), 1, "{}", run.stderr);
    // JEKYLL_NO_BUNDLER_REQUIRE: the Gemfile is not read.
    let site = Site::new(&files);
    let run = site.build_with_env(&[], &[("JEKYLL_NO_BUNDLER_REQUIRE", "1")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.output("old/index.html").is_none());
    assert!(!run.stderr.contains("jemoji"), "{}", run.stderr);
}

// Jekyll 4.3.1 stops with "Could not find document '/about.md' in tag 'link'" here, while
// `{% link assets/x.css %}` and `{% link /assets/x.css %}` both find the static file.
#[test]
fn link_to_a_page_with_a_leading_slash_is_an_error_as_in_jekyll() {
    let site = Site::new(&[
        ("about.md", "---\n---\nabout\n"),
        ("assets/x.css", "x{}"),
        (
            "index.html",
            "---\n---\n{% link assets/x.css %} {% link /assets/x.css %} {% link about.md %}\n",
        ),
    ]);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        site.output("index.html").as_deref(),
        Some("/assets/x.css /assets/x.css /about.html\n")
    );
    std::fs::write(
        site.path().join("bad.html"),
        "---\n---\n{% link /about.md %}\n",
    )
    .unwrap();
    site.build(&[]).assert_failed_with("bad.html");
}

#[test]
fn an_includes_dir_outside_the_site_is_read_inside_it_as_jekyll_sanitizes_it() {
    // Jekyll's `in_source_dir`: `/etc` is SOURCE/etc, `../..` cannot climb out.
    for dir in ["/etc", "../../../../../../etc"] {
        let site = Site::new(&[
            ("_config.yml", &format!("includes_dir: {dir}\n")),
            ("index.html", "---\n---\n{% include passwd %}\n"),
        ]);
        let run = site.build(&[]);
        run.assert_failed_with("Could not locate the included file 'passwd'");
        assert!(
            run.stderr
                .contains(&site.path().join("etc").display().to_string())
        );
        assert!(!run.stdout.contains("root:") && !run.stderr.contains("root:"));
    }
}

#[test]
fn a_fifo_in_the_site_is_skipped_with_a_warning_and_never_blocks_the_build() {
    let site = Site::new(&[
        ("index.html", "---\n---\nhome\n"),
        ("_data/.keep", ""),
        ("_posts/.keep", ""),
    ]);
    for fifo in ["pipe.md", "_data/pipe.yml", "_posts/2020-01-01-pipe.md"] {
        let status = Command::new("mkfifo")
            .arg(site.path().join(fifo))
            .status()
            .unwrap();
        assert!(status.success());
    }
    let run = site.build(&[]);
    run.assert_warned("pipe.md is not a regular file");
    assert_eq!(site.output("index.html").as_deref(), Some("home\n"));
}

#[test]
fn nothing_is_written_through_a_kept_destination_symlink_that_leads_outside() {
    let outside = tempfile::tempdir().unwrap();
    let site = Site::new(&[
        ("_config.yml", "keep_files: [kept]\n"),
        ("kept/page.html", "---\n---\nhi\n"),
    ]);
    std::fs::create_dir_all(site.path().join("_site")).unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path().join("_site/kept")).unwrap();
    site.build(&[])
        .assert_failed_with("is a symbolic link that leads outside the destination");
    assert_eq!(std::fs::read_dir(outside.path()).unwrap().count(), 0);
}

#[test]
fn liquid_nested_ten_thousand_deep_is_rubys_nesting_error_not_a_stack_overflow() {
    let deep = format!(
        "---\n---\n{}x{}\n",
        "{% if true %}".repeat(10_000),
        "{% endif %}".repeat(10_000)
    );
    let site = Site::new(&[("index.html", &deep)]);
    site.build(&[])
        .assert_failed_with("Liquid Exception: Liquid error: Nesting too deep in index.html");
    // Ruby Liquid's limit is 100 blocks: 100 render.
    let hundred = format!(
        "---\n---\n{}x{}\n",
        "{% if true %}".repeat(100),
        "{% endif %}".repeat(100)
    );
    let site = Site::new(&[("index.html", &hundred)]);
    assert_eq!(site.build(&[]).code, 0);
    assert_eq!(site.output("index.html").as_deref(), Some("x\n"));
}

#[test]
fn yaml_symbols_are_strings_as_upstream_jekylls_safe_yaml_reads_them() {
    // Debian's Psych.safe_load rejects these; upstream Jekyll 4.3 (SafeYAML) keeps
    // `:title` as a string (docs/compat.md).
    let site = Site::new(&[
        (
            "_config.yml",
            "permalink: :title\nsass:\n  style: :compressed\n",
        ),
        ("_posts/2020-01-01-hello.md", "---\n---\nhi\n"),
        (
            "index.html",
            "---\n---\n{{ site.permalink }}|{{ site.posts[0].url }}\n",
        ),
        ("style.scss", "---\n---\na { b { color: red; } }\n"),
    ]);
    let run = site.build(&[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        site.output("index.html").as_deref(),
        Some(":title|/hello\n")
    );
    assert_eq!(site.output("hello.html").as_deref(), Some("<p>hi</p>\n"));
    assert!(
        site.output("style.css")
            .is_some_and(|css| css.starts_with("a b{color:red}"))
    );
}

#[test]
fn a_ruby_plugins_tags_blocks_and_filters_get_stand_ins_and_the_build_goes_on() {
    let plugin = "module Jekyll\n  class Spoiler < Liquid::Block\n  end\n  module Assets\n    def asset_url(input)\n      input\n    end\n  end\nend\n\
                  Liquid::Template.register_tag('render_time', Jekyll::RenderTime)\n\
                  Liquid::Template.register_tag('spoiler', Jekyll::Spoiler)\n\
                  Liquid::Template.register_filter(Jekyll::Assets)\n";
    let site = Site::new(&[
        ("_plugins/tags/x.rb", plugin),
        (
            "index.html",
            "---\n---\nA{% render_time \"x\" y:z %}B{% spoiler a b %}hidden{% endspoiler %}C{{ 'p.png' | asset_url | upcase }}\n",
        ),
    ]);
    let run = site.build(&[]);
    run.assert_warned(
        "Plugin: _plugins/tags/x.rb is a Ruby plugin; hyde cannot run it and goes on without \
         it: its tags {% render_time %}, {% spoiler %} render as nothing; its filters \
         asset_url pass their input through.",
    );
    assert_eq!(site.output("index.html").as_deref(), Some("ABCP.PNG\n"));
    // In safe mode Jekyll loads no plugin from _plugins: the tag is unknown.
    site.build(&["--safe"])
        .assert_failed_with("Unknown tag 'render_time'");
}
