//! `convert` end to end, on small sites in temporary folders.

use std::path::Path;

use super::*;

fn site(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (path, text) in files {
        let path = dir.path().join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    dir
}

fn options(dir: &Path, style: Style, source_map: SourceMapMode) -> SassOptions {
    let mut options = SassOptions::from_config(None, dir, None);
    options.style = style;
    options.source_map = source_map;
    options
}

#[test]
fn compressed_output_ends_with_the_source_mapping_url() {
    let dir = site(&[(
        "_sass/_base.scss",
        "$pad: 0.5em;\na > b { padding: $pad; color: #ffffff; }\n",
    )]);
    let page = dir.path().join("assets/css/main.scss");
    let out = convert(
        "@import 'base';\n",
        Syntax::Scss,
        &page,
        &options(dir.path(), Style::Compressed, SourceMapMode::Always),
    )
    .unwrap();
    assert_eq!(
        out.css,
        "a>b{padding:.5em;color:#ffffff}\n\n/*# sourceMappingURL=main.css.map */"
    );
    assert!(out.source_map.unwrap().contains("\"file\": \"main.css\""));
}

#[test]
fn without_a_map_the_css_ends_with_a_newline() {
    let dir = site(&[]);
    let page = dir.path().join("style.scss");
    let out = convert(
        "a { b: c }",
        Syntax::Scss,
        &page,
        &options(dir.path(), Style::Compressed, SourceMapMode::Never),
    )
    .unwrap();
    assert_eq!(out.css, "a{b:c}\n");
    assert_eq!(out.source_map, None);
}

#[test]
fn imports_beside_the_page_resolve_from_the_site_source() {
    // jekyll-sass-converter names the page `<source>/<name>`, so libsass looks
    // for `vars` in the source folder, not in `assets/`.
    let dir = site(&[("vars.scss", "a { b: c }")]);
    let page = dir.path().join("assets/style.scss");
    let out = convert(
        "@import 'vars';",
        Syntax::Scss,
        &page,
        &options(dir.path(), Style::Compressed, SourceMapMode::Never),
    )
    .unwrap();
    assert_eq!(out.css, "a{b:c}\n");
}

#[test]
fn a_partial_beside_the_importer_wins_over_a_load_path_file() {
    // just-the-docs: `support/mixins/mixins.scss` imports `./layout`, its
    // `_layout.scss`, while `_sass/layout.scss` (a load path file) needs
    // variables not defined yet.
    let dir = site(&[
        ("_sass/support/support.scss", "@import './mixins/mixins';\n"),
        ("_sass/support/mixins/mixins.scss", "@import './layout';\n"),
        ("_sass/support/mixins/_layout.scss", "@mixin m { a: b; }\n"),
        ("_sass/layout.scss", "x { y: $undefined; }\n"),
    ]);
    let page = dir.path().join("assets/css/main.scss");
    let out = convert(
        "@import './support/support';\nz { @include m; }\n",
        Syntax::Scss,
        &page,
        &options(dir.path(), Style::Compressed, SourceMapMode::Never),
    )
    .unwrap();
    assert_eq!(out.css, "z{a:b}\n");
}

#[test]
fn a_min_or_max_not_in_lower_case_is_a_plain_css_function() {
    // libsass's names are case-sensitive (just-the-docs writes `Max(` to keep
    // CSS's max()); its arguments are evaluated, on one line.
    let dir = site(&[(
        "_sass/_l.scss",
        "$w: 2rem;\n.b { x: MIN(1px,\n  2px); y: max(1px, 2px); /* Max(a) */ z: 'Max(a)'; }\n",
    )]);
    let page = dir.path().join("main.scss");
    let out = convert(
        "@import 'l';\n.a { m: Max(\n    $w,\n    calc((100% - #{$w * 2}) / 2 + #{$w})\n  ); }\n",
        Syntax::Scss,
        &page,
        &options(dir.path(), Style::Expanded, SourceMapMode::Never),
    )
    .unwrap();
    assert_eq!(
        out.css,
        ".b {\n  x: MIN(1px, 2px);\n  y: 2px;\n  /* Max(a) */\n  z: 'Max(a)';\n}\n\n.a {\n  m: Max(2rem, calc((100% - 4rem) / 2 + 2rem));\n}\n"
    );
}

#[test]
fn indented_syntax_pages_compile() {
    let dir = site(&[]);
    let page = dir.path().join("style.sass");
    let out = convert(
        "a\n  b: c\n",
        Syntax::Sass,
        &page,
        &options(dir.path(), Style::Compact, SourceMapMode::Never),
    )
    .unwrap();
    assert_eq!(out.css, "a { b: c; }\n");
}

#[test]
fn errors_name_the_partial_line_and_column() {
    let dir = site(&[("_sass/_broken.scss", "a {\n  b: $missing;\n}\n")]);
    let page = dir.path().join("style.scss");
    let error = convert(
        "@import 'broken';",
        Syntax::Scss,
        &page,
        &options(dir.path(), Style::Compact, SourceMapMode::Never),
    )
    .unwrap_err();
    let SassError::Compile {
        file,
        line,
        column,
        message,
    } = error
    else {
        panic!("{error:?}")
    };
    assert_eq!(file, dir.path().join("_sass/_broken.scss"));
    assert_eq!((line, column), (2, 6));
    assert_eq!(message, "Undefined variable.");
}

#[test]
fn syntax_follows_the_extension() {
    assert_eq!(Syntax::for_ext(".SCSS"), Some(Syntax::Scss));
    assert_eq!(Syntax::for_ext("sass"), Some(Syntax::Sass));
    assert_eq!(Syntax::for_ext(".css"), None);
}

mod iiif;
mod mappings;

/// A golden case of `crates/sass/tests/sass/` (see the README there): the
/// page `page` of `CASE/site`, compiled with the `sass:` options `config`,
/// against what real Jekyll wrote to `CASE/expected`: the CSS byte for byte,
/// the map apart from `mappings`.
fn golden(case: &str, page: &str, syntax: Syntax, config: &[(&str, hyde_liquid::Value)]) {
    golden_in(case, "expected", page, syntax, config);
}

/// [`golden`] against `CASE/EXPECTED`; the page compiled, for more checks.
fn golden_in(
    case: &str,
    expected: &str,
    page: &str,
    syntax: Syntax,
    config: &[(&str, hyde_liquid::Value)],
) -> Compiled {
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/sass")
        .join(case);
    let source = case.join("site");
    let text = std::fs::read_to_string(source.join(page)).unwrap();
    let body = text.splitn(3, "---\n").nth(2).unwrap();
    let config: hyde_liquid::Hash = config
        .iter()
        .map(|(k, v)| ((*k).to_string(), v.clone()))
        .collect();
    let options = SassOptions::from_config(Some(&config), &source, None);
    let out = convert(body, syntax, &source.join(page), &options).unwrap();
    let css_path = Path::new(page).with_extension("css");
    let expected_css = std::fs::read_to_string(case.join(expected).join(&css_path)).unwrap();
    assert_eq!(out.css, expected_css, "{}/{expected}", case.display());
    let expected_map =
        std::fs::read_to_string(case.join(expected).join(css_path.with_extension("css.map"))).ok();
    let before_mappings = |map: &str| map.find("\"mappings\"").map(|i| map[..i].to_string());
    assert_eq!(
        out.source_map.as_deref().map(before_mappings),
        expected_map.as_deref().map(before_mappings)
    );
    out
}

/// Plain-CSS `@import`s where libsass writes them: after the comments written
/// before them and before everything else, in the order met (at the top of
/// the page, after a partial's leading comments, after rules, several in one
/// `@import`, with media queries, inside `@media` and rules, in an indented
/// partial and in a plain CSS file), in three styles; the map still places
/// every rule and declaration.
#[test]
fn plain_css_imports_are_written_where_libsass_writes_them() {
    for style in ["compact", "expanded", "compressed"] {
        let out = golden_in(
            "imports",
            &format!("expected-{style}"),
            "assets/css/style.scss",
            Syntax::Scss,
            &[("style", hyde_liquid::Value::str(style))],
        );
        let mapped = mappings::mapped_statements(&out);
        let rules = [
            ".m", ".wrap", ".inner", ".holder", ".ind", ".plain", "html", "body",
        ];
        for rule in rules {
            assert!(
                mapped.iter().any(|(word, _, _)| word == rule),
                "{style}: {rule} not mapped: {mapped:?}"
            );
        }
    }
}

/// The minima theme's stylesheet with the default options.
#[test]
fn minima_compiles_byte_for_byte_as_jekyll_does() {
    let load_paths = hyde_liquid::Value::array(vec![hyde_liquid::Value::str("../theme/_sass")]);
    golden(
        "minima",
        "assets/main.scss",
        Syntax::Scss,
        &[("load_paths", load_paths)],
    );
}

/// An indented-syntax page importing an indented partial without quotes, with
/// a mixin, `:property value`, `@extend` and `@media`.
#[test]
fn an_indented_page_compiles_byte_for_byte_as_jekyll_does() {
    golden(
        "indented",
        "css/site.sass",
        Syntax::Sass,
        &[("style", hyde_liquid::Value::str("expanded"))],
    );
}

/// `@import`s resolved as libsass resolves them: beside the importing file
/// first (`./name`, `../name`, a bare name, a name with its extension, each
/// found as a partial there although the load paths have a file of that
/// name), then in the load paths (`load_paths`, then `_sass`).
#[test]
fn imports_are_looked_up_beside_the_importing_file_first() {
    golden(
        "relative",
        "assets/css/style.scss",
        Syntax::Scss,
        &[
            ("style", hyde_liquid::Value::str("expanded")),
            (
                "load_paths",
                hyde_liquid::Value::array(vec![hyde_liquid::Value::str("vendor")]),
            ),
        ],
    );
}

/// A static declaration is written as its source spells it even where
/// another declaration of the sources spells the same value otherwise
/// (`content: ''` and `content: ""`, `opacity: 0.5` and `opacity: .5`), an
/// old IE `progid:` filter and `1e3px` as written, and a computed value as
/// libsass writes computed values (`$gap / 2`, a mixin's `#{$p}-left:
/// $value`, a variable's escaped string decoded); in compressed style with
/// and without a map, and in expanded style.
#[test]
fn each_declaration_is_spelled_as_its_own_source_says() {
    let str = hyde_liquid::Value::str;
    for (expected, style, map) in [
        ("expected-compressed", "compressed", "always"),
        ("expected-expanded", "expanded", "always"),
        ("expected-nomap", "compressed", "never"),
    ] {
        golden_in(
            "spelling",
            expected,
            "style.scss",
            Syntax::Scss,
            &[("style", str(style)), ("sourcemap", str(map))],
        );
    }
}

/// Common theme code (maps, `@each`, `@for`, placeholders, `@extend`,
/// functions, colour functions, `calc()`, nested media queries, `@font-face`,
/// `@keyframes`, `@supports`, `@page`, IE hacks, unicode ranges, nested
/// properties, `null`, `Max()` with its arguments on several lines) in three
/// styles.
#[test]
fn common_theme_code_compiles_byte_for_byte_as_jekyll_does() {
    for style in ["compact", "compressed", "expanded"] {
        golden_in(
            "patterns",
            &format!("expected-{style}"),
            "style.scss",
            Syntax::Scss,
            &[("style", hyde_liquid::Value::str(style))],
        );
    }
}
