//! `hyde new` and `hyde new-theme`: the scaffolds `jekyll new` and `jekyll new-theme`
//! write (Jekyll 4.3.1's `Commands::New`, `Commands::NewTheme` and `ThemeBuilder`), from
//! Jekyll's own templates (`crates/cli/templates`, see the NOTICE there).

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Args;

use crate::log::Logger;

/// The options `jekyll new` takes.
#[derive(Args, Debug, Clone)]
pub(crate) struct NewArgs {
    /// Where to create the site.
    #[arg(required = true, num_args = 1..)]
    path: Vec<String>,
    /// Force creation even if PATH already exists.
    #[arg(long)]
    force: bool,
    /// Creates scaffolding but with empty files.
    #[arg(long)]
    blank: bool,
    /// Skip 'bundle install'.
    #[arg(long = "skip-bundle")]
    skip_bundle: bool,
    /// Show the full backtrace when an error occurs.
    #[arg(short = 't', long = "trace")]
    trace: bool,
}

/// The options `jekyll new-theme` takes.
#[derive(Args, Debug, Clone)]
pub(crate) struct NewThemeArgs {
    /// The theme's name.
    #[arg(required = true, num_args = 1..)]
    name: Vec<String>,
    /// Include a Code of Conduct. (defaults to false)
    #[arg(short = 'c', long = "code-of-conduct")]
    code_of_conduct: bool,
    /// Show the full backtrace when an error occurs.
    #[arg(short = 't', long = "trace")]
    trace: bool,
}

/// A template file: its path under the template folder, and its text.
type Template = (&'static str, &'static str);

/// `lib/site_template` (the post's `.erb` apart).
const SITE: &[Template] = &[
    ("404.html", include_str!("../templates/site/404.html")),
    ("_config.yml", include_str!("../templates/site/_config.yml")),
    (
        "about.markdown",
        include_str!("../templates/site/about.markdown"),
    ),
    (
        "index.markdown",
        include_str!("../templates/site/index.markdown"),
    ),
];

/// `_posts/0000-00-00-welcome-to-jekyll.markdown.erb`.
const SITE_POST: &str =
    include_str!("../templates/site/_posts/0000-00-00-welcome-to-jekyll.markdown.erb");

/// `lib/blank_template`.
const BLANK: &[Template] = &[
    (
        "_config.yml",
        include_str!("../templates/blank/_config.yml"),
    ),
    (
        "_layouts/default.html",
        include_str!("../templates/blank/_layouts/default.html"),
    ),
    (
        "_sass/main.scss",
        include_str!("../templates/blank/_sass/main.scss"),
    ),
    (
        "assets/css/main.scss",
        include_str!("../templates/blank/assets/css/main.scss"),
    ),
    ("index.md", include_str!("../templates/blank/index.md")),
];

/// `lib/theme_template` files `ThemeBuilder` renders, by the name it asks for.
const THEME: &[Template] = &[
    (
        "_layouts/page.html",
        include_str!("../templates/theme/_layouts/page.html"),
    ),
    (
        "_layouts/post.html",
        include_str!("../templates/theme/_layouts/post.html"),
    ),
    (
        "_layouts/default.html",
        include_str!("../templates/theme/_layouts/default.html"),
    ),
    ("Gemfile", include_str!("../templates/theme/Gemfile")),
    (
        "theme.gemspec",
        include_str!("../templates/theme/theme.gemspec.erb"),
    ),
    (
        "README.md",
        include_str!("../templates/theme/README.md.erb"),
    ),
    (
        "LICENSE.txt",
        include_str!("../templates/theme/LICENSE.txt.erb"),
    ),
    (
        "CODE_OF_CONDUCT.md",
        include_str!("../templates/theme/CODE_OF_CONDUCT.md.erb"),
    ),
    (
        "gitignore",
        include_str!("../templates/theme/gitignore.erb"),
    ),
];

/// `ThemeBuilder::SCAFFOLD_DIRECTORIES`.
const THEME_DIRECTORIES: &[&str] = &["assets", "_data", "_layouts", "_includes", "_sass"];

/// The Gemfile `jekyll new` writes (`New#gemfile_contents`, a heredoc in new.rb).
const SITE_GEMFILE: &str = include_str!("../templates/site-Gemfile.erb");

/// Fills a template's `<%= expression %>`s from `values` (expression → text).
fn render(template: &str, values: &[(&str, String)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some(start) = rest.find("<%=") {
        let Some(len) = rest[start..].find("%>") else {
            break;
        };
        out.push_str(&rest[..start]);
        let expression = rest[start + 3..start + len].trim();
        match values.iter().find(|(e, _)| *e == expression) {
            Some((_, value)) => out.push_str(value),
            None => out.push_str(&rest[start..start + len + 2]),
        }
        rest = &rest[start + len + 2..];
    }
    out.push_str(rest);
    out
}

/// Ruby's `File.expand_path` of an absolute path: `.` and `..` resolved lexically.
fn expand_path(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            std::path::Component::CurDir => {}
            std::path::Component::ParentDir => {
                out.pop();
            }
            other => out.push(other),
        }
    }
    out
}

/// Ruby's `String#inspect`.
fn inspect(s: &str) -> String {
    hyde::liquid::Value::str(s).inspect()
}

fn write(log: &Logger, path: &Path, text: &str, announce: bool) -> std::io::Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    if announce {
        log.info("create", &path.display().to_string());
    }
    std::fs::write(path, text)
}

/// Whether `dir` holds anything but dotfiles (Ruby's `Dir["#{path}/**/*"]`).
fn has_visible_entries(dir: &Path) -> bool {
    std::fs::read_dir(dir).is_ok_and(|entries| {
        entries
            .flatten()
            .any(|e| !e.file_name().to_string_lossy().starts_with('.'))
    })
}

/// `jekyll new PATH`.
pub(crate) fn new_site(args: &NewArgs) -> ExitCode {
    let log = Logger::new(false);
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let path = expand_path(&cwd.join(args.path.join(" ")));
    if let Err(e) = std::fs::create_dir_all(&path) {
        log.error("Error:", &format!("{}: {e}", path.display()));
        return ExitCode::from(1);
    }
    if !args.force && has_visible_entries(&path) {
        log.error(
            "Conflict:",
            &format!("{} exists and is not empty.", path.display()),
        );
        log.error(
            "",
            &format!(
                "Ensure {} is empty or else try again with `--force` to proceed and overwrite any files.",
                path.display()
            ),
        );
        return ExitCode::from(1);
    }
    let result = if args.blank {
        create_blank_site(&path)
    } else {
        create_site(&path)
    };
    if let Err(e) = result {
        log.error("Error:", &format!("{}: {e}", path.display()));
        return ExitCode::from(1);
    }
    if !args.blank && !args.skip_bundle {
        // hyde runs no Ruby: Jekyll's words when it cannot load Bundler.
        log.topic("Could not load Bundler. Bundle install skipped.");
    }
    log.topic(&format!("New jekyll site installed in {}.", path.display()));
    if args.skip_bundle {
        log.topic("Bundle install skipped.");
    }
    ExitCode::SUCCESS
}

fn create_blank_site(path: &Path) -> std::io::Result<()> {
    let log = Logger::new(true);
    for (name, text) in BLANK {
        write(&log, &path.join(name), text, false)?;
    }
    for dir in ["_data", "_drafts", "_includes", "_posts"] {
        std::fs::create_dir(path.join(dir))?;
    }
    Ok(())
}

fn create_site(path: &Path) -> std::io::Result<()> {
    let log = Logger::new(true);
    for (name, text) in SITE {
        write(&log, &path.join(name), text, false)?;
    }
    let now = chrono::Local::now();
    let post = render(
        SITE_POST,
        &[(
            "Time.now.strftime('%Y-%m-%d %H:%M:%S %z')",
            now.format("%Y-%m-%d %H:%M:%S %z").to_string(),
        )],
    );
    let name = format!(
        "_posts/{}-welcome-to-jekyll.markdown",
        now.format("%Y-%m-%d")
    );
    write(&log, &path.join(name), &post, false)?;
    let gemfile = render(
        SITE_GEMFILE,
        &[("Jekyll::VERSION", hyde::JEKYLL_VERSION.to_string())],
    );
    write(&log, &path.join("Gemfile"), &gemfile, false)
}

/// `git config KEY`, chomped; empty when git is missing or the key unset.
fn git_config(key: &str) -> String {
    std::process::Command::new("git")
        .args(["config", key])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .trim_end_matches(['\n', '\r'])
                .to_string()
        })
        .unwrap_or_default()
}

/// `jekyll new-theme NAME`.
pub(crate) fn new_theme(args: &NewThemeArgs) -> ExitCode {
    let log = Logger::new(false);
    // `args.join("_")`, then ThemeBuilder's `tr(" ", "_").squeeze("_")`.
    let mut name = String::new();
    for c in args.name.join("_").replace(' ', "_").chars() {
        if !(c == '_' && name.ends_with('_')) {
            name.push(c);
        }
    }
    let cwd = std::env::current_dir().unwrap_or_else(|_| PathBuf::from("."));
    let path = expand_path(&cwd.join(&name));
    if path.exists() {
        log.error("Conflict:", &format!("{} already exists.", path.display()));
        return ExitCode::from(1);
    }
    match create_theme(&log, &name, &path, args.code_of_conduct) {
        Ok(()) => {
            log.topic(&format!(
                "Your new Jekyll theme, {name}, is ready for you in {}!",
                path.display()
            ));
            log.topic(&format!(
                "For help getting started, read {}/README.md.",
                path.display()
            ));
            ExitCode::SUCCESS
        }
        Err(e) => {
            log.error("Error:", &format!("{}: {e}", path.display()));
            ExitCode::from(1)
        }
    }
}

fn create_theme(
    log: &Logger,
    name: &str,
    path: &Path,
    code_of_conduct: bool,
) -> std::io::Result<()> {
    let user_name = git_config("user.name");
    let user_email = git_config("user.email");
    let version = hyde::JEKYLL_VERSION
        .split('.')
        .take(2)
        .collect::<Vec<_>>()
        .join(".");
    let values = [
        ("theme_name", name.to_string()),
        ("theme_name.inspect", inspect(name)),
        ("user_name", user_name.clone()),
        ("user_name.inspect", inspect(&user_name)),
        ("user_email", user_email.clone()),
        ("user_email.inspect", inspect(&user_email)),
        ("jekyll_version_with_minor", version),
        ("theme_directories.join(\"|\")", THEME_DIRECTORIES.join("|")),
        (
            "Time.now.year",
            chrono::Local::now().format("%Y").to_string(),
        ),
    ];
    let template = |file: &str| {
        THEME
            .iter()
            .find(|(n, _)| *n == file)
            .map(|(_, text)| render(text, &values))
            .unwrap_or_default()
    };
    for dir in THEME_DIRECTORIES {
        let full = path.join(dir);
        log.info("create", &full.display().to_string());
        std::fs::create_dir_all(full)?;
    }
    for layout in ["page", "post", "default"] {
        let file = format!("_layouts/{layout}.html");
        write(log, &path.join(&file), &template(&file), true)?;
    }
    write(log, &path.join("Gemfile"), &template("Gemfile"), true)?;
    write(
        log,
        &path.join(format!("{name}.gemspec")),
        &template("theme.gemspec"),
        true,
    )?;
    let mut accessories = vec!["README.md", "LICENSE.txt"];
    if code_of_conduct {
        accessories.push("CODE_OF_CONDUCT.md");
    }
    for file in accessories {
        write(log, &path.join(file), &template(file), true)?;
    }
    log.info("initialize", &path.join(".git").display().to_string());
    // Jekyll runs `git init` there and ignores how it went.
    let _ = std::process::Command::new("git")
        .arg("init")
        .current_dir(path)
        .output();
    write(log, &path.join(".gitignore"), &template("gitignore"), true)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn erb_expressions_are_filled_and_unknown_ones_kept() {
        let out = render(
            "a <%= x %> b <%= y.inspect %> <%= z %>",
            &[("x", "1".into()), ("y.inspect", "\"q\"".into())],
        );
        assert_eq!(out, "a 1 b \"q\" <%= z %>");
    }

    #[test]
    fn every_erb_expression_in_the_theme_templates_is_known() {
        let values: Vec<(&str, String)> = [
            "theme_name",
            "theme_name.inspect",
            "user_name",
            "user_name.inspect",
            "user_email",
            "user_email.inspect",
            "jekyll_version_with_minor",
            "theme_directories.join(\"|\")",
            "Time.now.year",
        ]
        .iter()
        .map(|e| (*e, String::new()))
        .collect();
        for (name, text) in THEME {
            assert!(!render(text, &values).contains("<%"), "{name}");
        }
    }
}
