//! The `hyde` command: Jekyll's command line over the hyde library.

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

mod doctor;
mod log;
mod new;
mod profile;
mod render;
mod report;
mod serve;

use log::Logger;

/// hyde builds Jekyll sites, byte for byte as Jekyll 4.3.1 does.
#[derive(Parser, Debug)]
#[command(name = "hyde", version, about, disable_version_flag = true)]
struct Cli {
    /// Print the version.
    #[arg(short = 'v', long = "version", action = clap::ArgAction::Version)]
    version: Option<bool>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Build your site.
    #[command(visible_alias = "b")]
    Build(BuildArgs),
    /// Remove all generated files: destination folder, metadata file, Sass and Jekyll caches.
    Clean(BuildArgs),
    /// Render one Liquid template to standard output.
    Render(render::RenderArgs),
    /// Serve your site locally, rebuilding it and reloading browsers as it changes.
    #[command(visible_alias = "s", alias = "server")]
    Serve(serve::ServeArgs),
    /// Search site and print specific deprecation warnings.
    #[command(alias = "hyde")]
    Doctor(BuildArgs),
    /// Creates a new Jekyll site scaffold in PATH.
    New(new::NewArgs),
    /// Creates a new Jekyll theme scaffold.
    #[command(name = "new-theme")]
    NewTheme(new::NewThemeArgs),
}

/// The options `jekyll build` takes.
#[derive(Args, Debug, Clone, Default)]
struct BuildArgs {
    /// Source directory (defaults to ./).
    #[arg(short = 's', long = "source")]
    source: Option<PathBuf>,
    /// Destination directory (defaults to ./_site).
    #[arg(short = 'd', long = "destination")]
    destination: Option<PathBuf>,
    /// Custom configuration file(s), comma-separated.
    #[arg(long = "config", value_delimiter = ',')]
    config: Vec<PathBuf>,
    /// Serve the website from the given base URL.
    #[arg(short = 'b', long = "baseurl")]
    baseurl: Option<String>,
    /// Render posts in the _drafts folder.
    #[arg(short = 'D', long = "drafts")]
    drafts: bool,
    /// Publishes posts with a future date.
    #[arg(long = "future")]
    future: bool,
    /// Render posts that were marked as unpublished.
    #[arg(long = "unpublished")]
    unpublished: bool,
    /// Limits the number of posts to parse and publish.
    #[arg(long = "limit_posts", alias = "limit-posts")]
    limit_posts: Option<i64>,
    /// Show the full backtrace when an error occurs.
    #[arg(short = 't', long = "trace")]
    trace: bool,
    /// Print verbose output.
    #[arg(short = 'V', long = "verbose")]
    verbose: bool,
    /// Silence output.
    #[arg(short = 'q', long = "quiet")]
    quiet: bool,
    /// Safe mode: no custom plugins (hyde never runs Ruby plugins).
    #[arg(long = "safe")]
    safe: bool,
    /// Write only the files whose bytes changed (rebuilds while watching render only
    /// what the change affects).
    #[arg(short = 'I', long = "incremental")]
    incremental: bool,
    /// Disable caching to disk (accepted; hyde keeps no disk cache).
    #[arg(long = "disable-disk-cache")]
    disable_disk_cache: bool,
    /// Folder holding the theme named by `theme:` (instead of looking in the gem paths).
    #[arg(long = "theme-dir", alias = "theme_dir")]
    theme_dir: Option<PathBuf>,
    /// Fail on front matter errors instead of warning.
    #[arg(long = "strict_front_matter", alias = "strict-front-matter")]
    strict_front_matter: bool,
    /// Watch for changes and rebuild (the default for `serve`).
    #[arg(short = 'w', long = "watch", conflicts_with = "no_watch")]
    watch: bool,
    /// Don't watch for changes.
    #[arg(long = "no-watch")]
    no_watch: bool,
    /// Generate a Liquid rendering profile: Jekyll's two tables, with hyde's times.
    #[arg(long = "profile")]
    profile: bool,
    /// Use LSI for improved related posts (accepted).
    #[arg(long = "lsi")]
    lsi: bool,
}

impl BuildArgs {
    fn options(&self) -> hyde::BuildOptions {
        let mut o = hyde::BuildOptions::default();
        o.plugin_lookup = Some(hyde_plugins::builtin);
        o.source = self.source.clone();
        o.destination = self.destination.clone();
        o.config_files = self.config.clone();
        if let Some(b) = &self.baseurl {
            o.set("baseurl", b.as_str());
        }
        if self.drafts {
            o.set("show_drafts", true);
        }
        if self.future {
            o.set("future", true);
        }
        if self.unpublished {
            o.set("unpublished", true);
        }
        if let Some(n) = self.limit_posts {
            o.set("limit_posts", n);
        }
        if self.safe {
            o.set("safe", true);
        }
        if self.strict_front_matter {
            o.set("strict_front_matter", true);
        }
        if self.verbose {
            o.set("verbose", true);
        }
        if self.quiet {
            o.set("quiet", true);
        }
        // `jekyll build` sets it last (`site.serving`, false; `serve` will set true).
        o.set("serving", false);
        o.gemfile = hyde::BuildOptions::gemfile_from_env();
        let mut search = hyde::ThemeSearch::from_env();
        search.theme_dir = self.theme_dir.clone();
        o.theme_search = Some(search);
        o.environment = std::env::var("JEKYLL_ENV").ok().filter(|e| !e.is_empty());
        if self.profile {
            o.profile = Some(std::sync::Arc::new(hyde::liquid::Profile::new()));
        }
        o.time_epoch = std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse().ok());
        o
    }
}

fn build(args: &BuildArgs) -> ExitCode {
    let log = Logger::new(args.quiet);
    if let Some(n) = args.limit_posts
        && n < 0
    {
        log.error("Error:", "Limit posts must be a positive number");
        return ExitCode::from(1);
    }
    let options = args.options();
    let start = std::time::Instant::now();
    let site = match hyde::Site::load(&options) {
        Ok(site) => site,
        Err(e) => return fail(&log, &e, &options),
    };
    if let Some((_, message)) = &site.config.invalid_file {
        // Configuration#read_config_files: a warning, then Ruby's `warn e`.
        log.warn(
            "WARNING:",
            "Error reading configuration. Using defaults (and options).",
        );
        log.raw_warning(message);
    }
    match site.config.files_read.first() {
        Some(_) => {
            for f in &site.config.files_read {
                log.info("Configuration file:", &f.display().to_string());
            }
        }
        None if site.config.invalid_file.is_some() => {}
        None => log.warn("Configuration file:", "none"),
    }
    if let Some(f) = &site.config.theme_config_file {
        log.info("Theme Config file:", &f.display().to_string());
    }
    log.info("Source:", &site.config.source.display().to_string());
    log.info(
        "Destination:",
        &site.config.destination.display().to_string(),
    );
    if args.incremental {
        log.info("Incremental build:", "enabled");
    } else {
        log.info("Incremental build:", "disabled. Enable with --incremental");
    }
    log.info("Generating...", "");
    for w in &site.warnings {
        log.warn_line(w);
    }
    let written = if args.incremental {
        // A build of its own: everything is rendered, only what differs from the
        // destination is written.
        hyde::Incremental::new().build(&options).map(|r| {
            let mut report = hyde::BuildReport::default();
            report.warnings = r.warnings;
            report
        })
    } else {
        site.write()
    };
    match written {
        Ok(report) => {
            for w in report.warnings.iter().skip(site.warnings.len()) {
                log.warn_line(w);
            }
            if let Some(p) = &options.profile {
                let theme = site.theme.as_ref().map(|t| t.root.as_path());
                let stats = profile::stats_rows(&p.stats(), &site.config.source, theme);
                profile::print(&log, &report.phases, &stats);
            }
            log.info(
                "",
                &format!("done in {:.3} seconds.", start.elapsed().as_secs_f64()),
            );
            if args.watch {
                return serve::watch_after_build(options, &site, log);
            }
            log.info("Auto-regeneration:", "disabled. Use --watch to enable.");
            ExitCode::SUCCESS
        }
        Err(e) => fail(&log, &e, &options),
    }
}

/// Reports `e` (Jekyll's line first, then where exactly) and exits with 1.
fn fail(log: &Logger, e: &hyde::Error, options: &hyde::BuildOptions) -> ExitCode {
    let source = options.source.clone().unwrap_or_else(|| PathBuf::from("."));
    report::error(log, e, &source);
    ExitCode::from(1)
}

fn clean(args: &BuildArgs) -> ExitCode {
    let log = Logger::new(args.quiet);
    let options = args.options();
    let config = match hyde::Config::load(&options) {
        Ok(c) => c,
        Err(e) => return fail(&log, &e, &options),
    };
    let dest = &config.destination;
    if config.source.starts_with(dest) {
        log.error(
            "Error:",
            "refusing to remove a destination that contains the source",
        );
        return ExitCode::from(1);
    }
    for (label, path) in [
        ("Cleaner:", dest.clone()),
        ("Cleaner:", config.source.join(".jekyll-metadata")),
        ("Cleaner:", config.source.join(".jekyll-cache")),
        ("Cleaner:", config.source.join(".sass-cache")),
    ] {
        if std::fs::symlink_metadata(&path).is_ok() {
            log.info(label, &format!("Removing {}...", path.display()));
            let r = if path.is_dir() {
                std::fs::remove_dir_all(&path)
            } else {
                std::fs::remove_file(&path)
            };
            if let Err(e) = r {
                log.error("Error:", &format!("{}: {e}", path.display()));
                return ExitCode::from(1);
            }
        } else {
            log.info(label, &format!("Nothing to do for {}.", path.display()));
        }
    }
    ExitCode::SUCCESS
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match &cli.command {
        Command::Build(args) => build(args),
        Command::Clean(args) => clean(args),
        Command::Render(args) => render::run(args),
        Command::Serve(args) => serve::run(args),
        Command::Doctor(args) => doctor::run(args),
        Command::New(args) => new::new_site(args),
        Command::NewTheme(args) => new::new_theme(args),
    }
}
