//! LiveReload, as Jekyll's `LiveReloadReactor` speaks it: a websocket server on the
//! LiveReload port that greets each browser with `hello` and sends a `reload` command
//! (with the `path` of each output that changed) after each rebuild; the same port
//! serves `livereload.js` over plain HTTP. The page gets a script tag right after its
//! `<head>` tag, where Jekyll's `BodyProcessor` puts it.
//!
//! Beyond that protocol, a client whose `hello` lists [`OVERLAY_PROTOCOL`] (hyde's
//! own `livereload.js` does) is sent `hyde-error` with the text of a failed build,
//! shown over the page, and `hyde-ok` when a build succeeds again. Other clients
//! (LiveReload's browser extensions) never see these commands.

use std::sync::{Arc, Mutex};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{CONNECTION, CONTENT_TYPE, HeaderValue, UPGRADE};
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::json;
use tokio::sync::broadcast;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::protocol::Role;

use super::rebuild::Changes;
use crate::log::Logger;

/// The LiveReload protocol version Jekyll announces.
pub(crate) const OFFICIAL_PROTOCOL: &str = "http://livereload.com/protocols/official-7";
/// hyde's extension: build errors shown over the page.
pub(crate) const OVERLAY_PROTOCOL: &str = "https://hyde.invalid/protocols/error-overlay-1";

/// The client script, written for hyde.
const LIVERELOAD_JS: &str = include_str!("livereload.js");

/// More changed files than this are announced as one reload of `/`.
const MAX_PATHS: usize = 100;

/// The LiveReload options of `hyde serve`.
#[derive(Debug, Clone)]
pub(crate) struct Settings {
    /// `--livereload-port`.
    pub(crate) port: u16,
    /// `--livereload-min-delay`.
    pub(crate) min_delay: Option<u64>,
    /// `--livereload-max-delay`.
    pub(crate) max_delay: Option<u64>,
    /// `--livereload-ignore`.
    pub(crate) ignore: Vec<String>,
}

/// What a connected browser is told.
#[derive(Debug, Clone)]
enum Event {
    Reload(Arc<Vec<String>>),
    Error(Arc<str>),
    Clear,
}

/// The connected browsers, and the build error they should show, if any.
#[derive(Debug)]
pub(crate) struct Hub {
    tx: broadcast::Sender<Event>,
    error: Mutex<Option<Arc<str>>>,
    ignore: globset::GlobSet,
}

impl Hub {
    /// A hub ignoring the outputs whose sources `settings.ignore`'s globs match
    /// (Jekyll's `File.fnmatch(glob, item.relative_path)`: relative to the source,
    /// `*` crossing `/`).
    pub(crate) fn new(settings: &Settings) -> Result<Hub, String> {
        let mut set = globset::GlobSetBuilder::new();
        for g in &settings.ignore {
            let glob = globset::GlobBuilder::new(g.trim_start_matches('/'))
                .literal_separator(false)
                .build()
                .map_err(|e| format!("--livereload-ignore {g}: {e}"))?;
            set.add(glob);
        }
        let ignore = set
            .build()
            .map_err(|e| format!("--livereload-ignore: {e}"))?;
        let (tx, _) = broadcast::channel(64);
        Ok(Hub {
            tx,
            error: Mutex::new(None),
            ignore,
        })
    }

    /// A build failed: browsers show `text` until a build succeeds.
    pub(crate) fn error(&self, text: &str) {
        let text: Arc<str> = text.into();
        *self.error.lock().unwrap_or_else(|e| e.into_inner()) = Some(text.clone());
        let _ = self.tx.send(Event::Error(text));
    }

    /// A build succeeded: clear any error shown, reload what changed.
    pub(crate) fn built(&self, changes: &Changes) {
        let had_error = self
            .error
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .take()
            .is_some();
        if had_error {
            let _ = self.tx.send(Event::Clear);
        }
        let paths = self.reload_paths(changes);
        if !paths.is_empty() {
            let _ = self.tx.send(Event::Reload(Arc::new(paths)));
        }
    }

    /// The URL paths to reload: each changed output whose source is not ignored, as
    /// `/path`. A removed output, or one no source file made, is matched as itself.
    fn reload_paths(&self, changes: &Changes) -> Vec<String> {
        let all: Vec<&String> = changes
            .written
            .iter()
            .chain(&changes.removed)
            .filter(|p| {
                let source = changes.sources.get(*p).unwrap_or(p);
                !self.ignore.is_match(source.as_str())
            })
            .collect();
        if all.len() > MAX_PATHS {
            return vec!["/".into()];
        }
        all.into_iter()
            .map(|p| match p.strip_suffix("index.html") {
                Some(dir) if dir.is_empty() || dir.ends_with('/') => format!("/{dir}"),
                _ => format!("/{p}"),
            })
            .collect()
    }

    fn current_error(&self) -> Option<Arc<str>> {
        self.error.lock().unwrap_or_else(|e| e.into_inner()).clone()
    }
}

/// The script tag put after `<head>`: loads `livereload.js` from the LiveReload port
/// of the host the page came from.
pub(crate) fn script_tag(settings: &Settings) -> String {
    let mut args = String::new();
    if let Some(d) = settings.min_delay {
        args.push_str(&format!("&amp;mindelay={d}"));
    }
    if let Some(d) = settings.max_delay {
        args.push_str(&format!("&amp;maxdelay={d}"));
    }
    args.push_str(&format!("&amp;port={}", settings.port));
    format!(
        "<script>\n  document.write('<script src=\"' + location.protocol + '//' + \
         (location.hostname || 'localhost') + ':{port}/livereload.js?snipver=1{args}\"></' + \
         'script>');\n</script>\n",
        port = settings.port
    )
}

/// Jekyll's `BodyProcessor`: in the first line holding `<head`, `tag` follows each
/// `<head>` or `<head …>` tag (not `<header>`); `None` when no line holds `<head`.
pub(crate) fn inject(body: &str, tag: &str) -> Option<String> {
    let start = body.find("<head")?;
    let line_start = body[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = body[start..]
        .find('\n')
        .map_or(body.len(), |i| start + i + 1);
    let line = &body[line_start..line_end];
    let mut out = String::with_capacity(body.len() + tag.len());
    out.push_str(&body[..line_start]);
    let mut rest = line;
    while let Some(i) = rest.find("<head") {
        let after = &rest[i + 5..];
        let end = match after.chars().next() {
            Some('>') => Some(i + 6),
            // `<head[^(er)][^<]*>`
            Some(c) if !"(er)".contains(c) => {
                let tail = &after[c.len_utf8()..];
                match tail.find(['<', '>']) {
                    Some(j) if tail.as_bytes()[j] == b'>' => Some(i + 5 + c.len_utf8() + j + 1),
                    _ => None,
                }
            }
            _ => None,
        };
        match end {
            Some(end) => {
                out.push_str(&rest[..end]);
                out.push_str(tag);
                rest = &rest[end..];
            }
            None => {
                out.push_str(&rest[..i + 5]);
                rest = &rest[i + 5..];
            }
        }
    }
    out.push_str(rest);
    out.push_str(&body[line_end..]);
    Some(out)
}

type Body = Full<Bytes>;

/// Serves the LiveReload port until the process ends.
pub(crate) async fn serve(listener: tokio::net::TcpListener, hub: Arc<Hub>, log: Logger) {
    let connections = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors: wait for some to close rather than spin.
            Err(_) => {
                tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                continue;
            }
        };
        let hub = hub.clone();
        let log = log.clone();
        let connections = connections.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let hub = hub.clone();
                let log = log.clone();
                let connections = connections.clone();
                async move { Ok::<_, std::convert::Infallible>(handle(req, hub, log, connections)) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .max_buf_size(16 * 1024)
                .serve_connection(TokioIo::new(stream), service)
                .with_upgrades()
                .await;
        });
    }
}

fn plain(status: StatusCode, content_type: &'static str, body: &'static str) -> Response<Body> {
    let mut res = Response::new(Full::new(Bytes::from_static(body.as_bytes())));
    *res.status_mut() = status;
    res.headers_mut()
        .insert(CONTENT_TYPE, HeaderValue::from_static(content_type));
    res
}

fn handle(
    mut req: Request<Incoming>,
    hub: Arc<Hub>,
    log: Logger,
    connections: Arc<std::sync::atomic::AtomicUsize>,
) -> Response<Body> {
    let wants_ws = req
        .headers()
        .get(UPGRADE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.eq_ignore_ascii_case("websocket"));
    if wants_ws {
        let Some(key) = req.headers().get("sec-websocket-key").cloned() else {
            return plain(StatusCode::BAD_REQUEST, "text/plain", "Missing key.\n");
        };
        let accept = tokio_tungstenite::tungstenite::handshake::derive_accept_key(key.as_bytes());
        let upgrade = hyper::upgrade::on(&mut req);
        tokio::spawn(async move {
            if let Ok(upgraded) = upgrade.await {
                let ws =
                    WebSocketStream::from_raw_socket(TokioIo::new(upgraded), Role::Server, None)
                        .await;
                if connections.fetch_add(1, std::sync::atomic::Ordering::SeqCst) == 0 {
                    log.info("LiveReload:", "Browser connected");
                }
                client(ws, hub, log).await;
            }
        });
        let mut res = Response::new(Full::new(Bytes::new()));
        *res.status_mut() = StatusCode::SWITCHING_PROTOCOLS;
        let h = res.headers_mut();
        h.insert(CONNECTION, HeaderValue::from_static("Upgrade"));
        h.insert(UPGRADE, HeaderValue::from_static("websocket"));
        if let Ok(v) = HeaderValue::from_str(&accept) {
            h.insert("sec-websocket-accept", v);
        }
        return res;
    }
    if req.method() == hyper::Method::GET && req.uri().path().starts_with("/livereload.js") {
        return plain(StatusCode::OK, "application/javascript", LIVERELOAD_JS);
    }
    plain(
        StatusCode::BAD_REQUEST,
        "text/plain",
        "This port only serves livereload.js over HTTP.\n",
    )
}

fn text(v: serde_json::Value) -> Message {
    Message::text(v.to_string())
}

/// One browser: `hello` first, then whatever the hub announces.
async fn client<S>(ws: WebSocketStream<S>, hub: Arc<Hub>, log: Logger)
where
    S: tokio::io::AsyncRead + tokio::io::AsyncWrite + Unpin,
{
    use futures_util::{SinkExt, StreamExt};
    let mut events = hub.tx.subscribe();
    let (mut sink, mut stream) = ws.split();
    let hello = json!({
        "command": "hello",
        "protocols": [OFFICIAL_PROTOCOL, OVERLAY_PROTOCOL],
        "serverName": "hyde",
    });
    if sink.send(text(hello)).await.is_err() {
        return;
    }
    let mut overlay = false;
    loop {
        let out: Vec<Message> = tokio::select! {
            msg = stream.next() => {
                let Some(Ok(msg)) = msg else { return };
                let Message::Text(t) = msg else { continue };
                let Ok(v) = serde_json::from_str::<serde_json::Value>(t.as_str()) else { continue };
                match v["command"].as_str() {
                    Some("hello") => {
                        overlay = v["protocols"].as_array().is_some_and(|p| {
                            p.iter().any(|p| p.as_str() == Some(OVERLAY_PROTOCOL))
                        });
                        match hub.current_error() {
                            Some(e) if overlay => vec![text(json!({"command": "hyde-error", "message": &*e}))],
                            _ => Vec::new(),
                        }
                    }
                    Some("url") => {
                        log.info("LiveReload:", &format!("Browser URL: {}", v["url"].as_str().unwrap_or("")));
                        Vec::new()
                    }
                    _ => Vec::new(),
                }
            }
            event = events.recv() => match event {
                Ok(Event::Reload(paths)) => paths
                    .iter()
                    .map(|p| text(json!({"command": "reload", "path": p, "liveCSS": true})))
                    .collect(),
                Ok(Event::Error(e)) if overlay => vec![text(json!({"command": "hyde-error", "message": &*e}))],
                Ok(Event::Clear) if overlay => vec![text(json!({"command": "hyde-ok"}))],
                Ok(_) => Vec::new(),
                Err(broadcast::error::RecvError::Lagged(_)) => {
                    vec![text(json!({"command": "reload", "path": "/", "liveCSS": true}))]
                }
                Err(broadcast::error::RecvError::Closed) => return,
            }
        };
        for m in out {
            if sink.send(m).await.is_err() {
                return;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn injects_after_the_head_tag_as_jekyll_does() {
        let tag = "<script></script>";
        assert_eq!(
            inject("<html>\n<head>\n<title>x</title>\n</head>\n", tag).as_deref(),
            Some("<html>\n<head><script></script>\n<title>x</title>\n</head>\n")
        );
        assert_eq!(
            inject("<html><head lang=\"en\"><meta></head>", tag).as_deref(),
            Some("<html><head lang=\"en\"><script></script><meta></head>")
        );
        // `<header>` is not a head tag; its line is the only one looked at.
        assert_eq!(
            inject("<header>\n<head>\n", tag).as_deref(),
            Some("<header>\n<head>\n")
        );
        assert_eq!(inject("<p>no head</p>", tag), None);
    }

    #[test]
    fn reload_paths_are_urls_and_respect_ignores() {
        let hub = Hub::new(&Settings {
            port: 1,
            min_delay: None,
            max_delay: None,
            ignore: vec!["*.map".into(), "_drafts/*".into()],
        })
        .expect("hub");
        let changes = Changes {
            written: vec![
                "index.html".into(),
                "about/index.html".into(),
                "css/main.css".into(),
                "css/main.css.map".into(),
            ],
            removed: vec!["old.html".into()],
            sources: Default::default(),
        };
        assert_eq!(
            hub.reload_paths(&changes),
            vec!["/", "/about/", "/css/main.css", "/old.html"]
        );
    }

    #[test]
    fn ignores_match_source_paths_not_outputs() {
        let hub = Hub::new(&Settings {
            port: 1,
            min_delay: None,
            max_delay: None,
            ignore: vec!["_posts/*".into(), "*.scss".into()],
        })
        .expect("hub");
        let changes = Changes {
            written: vec![
                "2020/01/01/hello.html".into(),
                "about/index.html".into(),
                "css/main.css".into(),
            ],
            removed: vec![],
            sources: [
                ("2020/01/01/hello.html", "_posts/2020-01-01-hello.md"),
                ("about/index.html", "about.md"),
                ("css/main.css", "css/main.scss"),
            ]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect(),
        };
        assert_eq!(hub.reload_paths(&changes), vec!["/about/"]);
    }
}
