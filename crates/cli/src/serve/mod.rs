//! `hyde serve`: builds the site, serves the destination over HTTP, rebuilds when a
//! source changes and tells browsers to reload (Jekyll's `serve` command).
//!
//! - [`server`]: the static file server (WEBrick's `FileHandler` as Jekyll configures it);
//! - [`mime`]: Jekyll's content types;
//! - [`watch`]: the file watcher and what it ignores (jekyll-watch's rules);
//! - [`rebuild`]: full rebuilds and which outputs they changed;
//! - [`livereload`]: the LiveReload websocket server, `livereload.js` and the script tag.

mod livereload;
mod mime;
mod rebuild;
mod server;
mod watch;

use std::net::SocketAddr;
use std::process::ExitCode;
use std::sync::{Arc, RwLock};

use clap::Args;

use crate::BuildArgs;
use crate::log::Logger;

/// The LiveReload protocol's port, as Jekyll's `LIVERELOAD_PORT`.
const LIVERELOAD_PORT: u16 = 35729;

/// The options `jekyll serve` takes, beside the build options.
#[derive(Args, Debug, Clone)]
pub(crate) struct ServeArgs {
    #[command(flatten)]
    build: BuildArgs,
    /// Host to bind to (127.0.0.1).
    #[arg(short = 'H', long = "host")]
    host: Option<String>,
    /// Port to listen on (4000).
    #[arg(short = 'P', long = "port")]
    port: Option<u16>,
    /// Launch your site in a browser.
    #[arg(short = 'o', long = "open-url")]
    open_url: bool,
    /// Show a directory listing instead of loading your index file.
    #[arg(long = "show-dir-listing")]
    show_dir_listing: bool,
    /// Skips the initial site build which occurs before the server is started.
    #[arg(long = "skip-initial-build")]
    skip_initial_build: bool,
    /// Use LiveReload to automatically refresh browsers.
    #[arg(short = 'l', long = "livereload")]
    livereload: bool,
    /// Files for LiveReload to ignore (globs, comma-separated).
    #[arg(long = "livereload-ignore", value_delimiter = ',')]
    livereload_ignore: Vec<String>,
    /// Minimum reload delay (passed to livereload.js, in milliseconds).
    #[arg(long = "livereload-min-delay")]
    livereload_min_delay: Option<u64>,
    /// Maximum reload delay (passed to livereload.js, in milliseconds).
    #[arg(long = "livereload-max-delay")]
    livereload_max_delay: Option<u64>,
    /// Port for LiveReload to listen on (35729).
    #[arg(long = "livereload-port")]
    livereload_port: Option<u16>,
    /// Render every page on every rebuild instead of what the change affects (for
    /// comparisons; the output is the same).
    #[arg(long = "full-rebuilds", hide = true)]
    full_rebuilds: bool,
}

/// What the server needs to know, resolved from the command line and the config.
#[derive(Debug, Clone)]
struct Settings {
    host: String,
    port: u16,
    baseurl: String,
    livereload: Option<livereload::Settings>,
    show_dir_listing: bool,
    verbose: bool,
    /// `encoding`: the charset added to text types.
    encoding: String,
    /// `webrick: headers:`.
    headers: Vec<(String, String)>,
}

fn config_str(config: &hyde::Config, key: &str) -> Option<String> {
    use hyde::liquid::Value;
    match config.get(key)? {
        Value::Str(s) => Some(s.to_string()),
        Value::Int(i) => Some(i.to_string()),
        Value::Float(f) => Some(f.to_string()),
        _ => None,
    }
}

impl ServeArgs {
    /// The build options `jekyll serve` builds with: the build flags, `serving`, and
    /// the serve flags that Jekyll also merges into the configuration.
    fn options(&self) -> hyde::BuildOptions {
        let mut o = self.build.options();
        o.set("serving", true);
        o.set("watch", !self.build.no_watch);
        if let Some(h) = &self.host {
            o.set("host", h.as_str());
        }
        if let Some(p) = self.port {
            o.set("port", p.to_string().as_str());
        }
        if self.livereload {
            o.set("livereload", true);
        }
        o.set(
            "livereload_port",
            i64::from(self.livereload_port.unwrap_or(LIVERELOAD_PORT)),
        );
        if self.show_dir_listing {
            o.set("show_dir_listing", true);
        }
        o
    }

    /// Jekyll's `validate_options`: the LiveReload options need `--livereload`.
    fn validate(&self) -> Result<(), String> {
        if !self.livereload
            && (self.livereload_min_delay.is_some()
                || self.livereload_max_delay.is_some()
                || !self.livereload_ignore.is_empty()
                || self.livereload_port.is_some())
        {
            return Err(
                "--livereload-min-delay, --livereload-max-delay, --livereload-ignore, \
                        and --livereload-port require the --livereload option."
                    .into(),
            );
        }
        Ok(())
    }
}

/// Runs `hyde serve` until interrupted.
pub(crate) fn run(args: &ServeArgs) -> ExitCode {
    let log = Logger::new(args.build.quiet);
    if let Err(e) = args.validate() {
        log.error("", &e);
        return ExitCode::from(1);
    }
    let mut options = args.options();
    let config = match hyde::Config::load(&options) {
        Ok(c) => c,
        Err(e) => return crate::fail(&log, &e, &options),
    };
    let host = config_str(&config, "host").unwrap_or_else(|| "127.0.0.1".into());
    let port: u16 = match config_str(&config, "port").map(|p| p.parse()) {
        None => 4000,
        Some(Ok(p)) => p,
        Some(Err(_)) => {
            log.error("Error:", "the port must be a number from 0 to 65535");
            return ExitCode::from(1);
        }
    };
    let baseurl = config_str(&config, "baseurl").unwrap_or_default();
    let livereload_on = config.get("livereload").is_some_and(|v| v.is_truthy());
    let env = options
        .environment
        .clone()
        .unwrap_or_else(|| "development".into());
    if env == "development" {
        // Jekyll's `default_url`: 127.0.0.1 shows as localhost; no baseurl.
        let shown = if host == "127.0.0.1" {
            "localhost"
        } else {
            host.as_str()
        };
        options.set("url", format!("http://{shown}:{port}").as_str());
    }
    let settings = Settings {
        host: host.clone(),
        port,
        baseurl: baseurl.trim_end_matches('/').to_string(),
        livereload: livereload_on.then(|| livereload::Settings {
            port: args.livereload_port.unwrap_or(LIVERELOAD_PORT),
            min_delay: args.livereload_min_delay,
            max_delay: args.livereload_max_delay,
            ignore: args.livereload_ignore.clone(),
        }),
        show_dir_listing: config
            .get("show_dir_listing")
            .is_some_and(|v| v.is_truthy()),
        verbose: args.build.verbose,
        encoding: config_str(&config, "encoding").unwrap_or_else(|| "utf-8".into()),
        headers: webrick_headers(&config),
    };
    let watch = !args.build.no_watch || livereload_on;
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(r) => r,
        Err(e) => {
            log.error("Error:", &format!("cannot start the server: {e}"));
            return ExitCode::from(1);
        }
    };
    runtime.block_on(serve(args, options, config, settings, watch, log))
}

async fn serve(
    args: &ServeArgs,
    options: hyde::BuildOptions,
    config: hyde::Config,
    settings: Settings,
    watch: bool,
    log: Logger,
) -> ExitCode {
    let lock = Arc::new(RwLock::new(()));
    let hub = match &settings.livereload {
        Some(lr) => match livereload::Hub::new(lr) {
            Ok(h) => Some(Arc::new(h)),
            Err(e) => {
                log.error("Error:", &e);
                return ExitCode::from(1);
            }
        },
        None => None,
    };
    let mut rebuilder = rebuild::Rebuilder::new(options, config, lock.clone(), log.clone())
        .full_rebuilds(args.full_rebuilds);
    let first = if args.skip_initial_build {
        log.warn(
            "Build Warning:",
            "Skipping the initial build. This may result in an out-of-date site.",
        );
        rebuilder.skip_initial()
    } else {
        let r = tokio::task::block_in_place(|| rebuilder.initial());
        if r.is_err() && !watch {
            return ExitCode::from(1);
        }
        r
    };
    if let (Some(hub), Err(e)) = (&hub, &first) {
        hub.error(e);
    }
    let dest = rebuilder.destination().to_path_buf();
    if let Err(e) = std::fs::create_dir_all(&dest) {
        log.error("Error:", &format!("{}: {e}", dest.display()));
        return ExitCode::from(1);
    }
    let _watcher = if watch {
        match watch::start(rebuilder, hub.clone()) {
            Ok(w) => Some(w),
            Err(e) => {
                log.error("Error:", &e);
                return ExitCode::from(1);
            }
        }
    } else {
        log.info("Auto-regeneration:", "disabled. Use --watch to enable.");
        None
    };
    if let (Some(hub), Some(lr)) = (&hub, &settings.livereload) {
        let addr = match bind_addr(&settings.host, lr.port) {
            Ok(a) => a,
            Err(e) => {
                log.error("Error:", &e);
                return ExitCode::from(1);
            }
        };
        match tokio::net::TcpListener::bind(addr).await {
            Ok(listener) => {
                let shown = listener.local_addr().map(|a| a.port()).unwrap_or(lr.port);
                log.info(
                    "LiveReload address:",
                    &format!("http://{}:{shown}", settings.host),
                );
                tokio::spawn(livereload::serve(listener, hub.clone(), log.clone()));
            }
            Err(e) => {
                log.error(
                    "Error:",
                    &format!("LiveReload cannot listen on {addr}: {e}"),
                );
                return ExitCode::from(1);
            }
        }
    }
    let addr = match bind_addr(&settings.host, settings.port) {
        Ok(a) => a,
        Err(e) => {
            log.error("Error:", &e);
            return ExitCode::from(1);
        }
    };
    let listener = match tokio::net::TcpListener::bind(addr).await {
        Ok(l) => l,
        Err(e) => {
            log.error("Error:", &format!("cannot listen on {addr}: {e}"));
            return ExitCode::from(1);
        }
    };
    let port = listener
        .local_addr()
        .map(|a| a.port())
        .unwrap_or(settings.port);
    let address = format!(
        "http://{}:{port}{}/",
        settings.host,
        settings.baseurl.trim_end_matches('/')
    );
    log.info("Server address:", &address);
    let files = Arc::new(server::Files::new(dest, &settings, lock, log.clone()));
    tokio::spawn(server::serve(listener, files));
    log.info("Server running...", "press ctrl-c to stop.");
    if args.open_url {
        open_browser(&address, &log);
    }
    // Runs until interrupted; the watcher and servers stop with the process.
    if let Err(e) = tokio::signal::ctrl_c().await {
        log.error("Error:", &format!("cannot wait for ctrl-c: {e}"));
        return ExitCode::from(1);
    }
    ExitCode::SUCCESS
}

/// `hyde build --watch`: after the build of `site`, rebuilds on every change until
/// interrupted.
pub(crate) fn watch_after_build(
    options: hyde::BuildOptions,
    site: &hyde::Site,
    log: Logger,
) -> ExitCode {
    let lock = Arc::new(RwLock::new(()));
    let mut rebuilder = rebuild::Rebuilder::new(options, site.config.clone(), lock, log.clone());
    let _ = rebuilder.skip_initial();
    let _watcher = match watch::start(rebuilder, None) {
        Ok(w) => w,
        Err(e) => {
            log.error("Error:", &e);
            return ExitCode::from(1);
        }
    };
    // Rebuilds run on the watcher's thread; this one waits for ctrl-c, which ends
    // the process.
    loop {
        std::thread::park();
    }
}

/// `webrick: headers:` from the config: sent with every file served.
fn webrick_headers(config: &hyde::Config) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if let Some(h) = config.get("webrick").and_then(|w| w.get("headers"))
        && let hyde::liquid::Value::Hash(h) = h
    {
        for (k, v) in h.iter() {
            out.push((k.clone(), v.to_s_method()));
        }
    }
    out
}

fn bind_addr(host: &str, port: u16) -> Result<SocketAddr, String> {
    use std::net::ToSocketAddrs;
    (host, port)
        .to_socket_addrs()
        .map_err(|e| format!("cannot resolve {host}: {e}"))?
        .next()
        .ok_or_else(|| format!("cannot resolve {host}"))
}

fn open_browser(address: &str, log: &Logger) {
    let launcher = if cfg!(target_os = "macos") {
        "open"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(launcher).arg(address).spawn() {
        log.error(
            "Error:",
            &format!("cannot launch a browser ({launcher}): {e}"),
        );
    }
}
