//! Headless Chromium driven over its DevTools protocol: one page, observed with
//! `Runtime.evaluate`; the test never navigates it.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::Message;

use super::support::{http, wait_for};

type Socket =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

/// Chromium: `HYDE_CHROMIUM`, else the first of the usual names on `PATH`.
pub(crate) fn find_chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("HYDE_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for dir in std::env::split_paths(&path) {
        for name in [
            "chromium",
            "chromium-browser",
            "google-chrome",
            "google-chrome-stable",
        ] {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// A headless Chromium showing one page.
pub(crate) struct Page {
    child: Child,
    _profile: tempfile::TempDir,
    runtime: tokio::runtime::Runtime,
    socket: Socket,
    next_id: u64,
}

impl Page {
    /// Starts Chromium on `url` and attaches to its page.
    pub(crate) fn open(chromium: &Path, url: &str) -> Page {
        let profile = tempfile::tempdir().unwrap();
        let child = Command::new(chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-extensions",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--remote-debugging-address=127.0.0.1",
                "--remote-debugging-port=0",
            ])
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .arg(url)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // Chromium writes the port it chose to DevToolsActivePort.
        let port_file = profile.path().join("DevToolsActivePort");
        let port: u16 = wait_for(Duration::from_secs(60), || {
            std::fs::read_to_string(&port_file)
                .ok()
                .and_then(|t| t.lines().next().and_then(|l| l.trim().parse().ok()))
        })
        .expect("Chromium never opened its DevTools port");
        let ws_url = wait_for(Duration::from_secs(60), || {
            let list = http(port, "GET", "/json/list", &[]);
            let targets: Value = serde_json::from_str(&list.body).ok()?;
            targets
                .as_array()?
                .iter()
                .find(|t| t["type"] == "page")
                .and_then(|t| t["webSocketDebuggerUrl"].as_str())
                .map(str::to_string)
        })
        .expect("Chromium has no page");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        let (socket, _) = runtime
            .block_on(tokio_tungstenite::connect_async(ws_url.as_str()))
            .unwrap();
        Page {
            child,
            _profile: profile,
            runtime,
            socket,
            next_id: 0,
        }
    }

    /// One DevTools call; its `result`, or its error.
    fn call(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        self.next_id += 1;
        let id = self.next_id;
        let msg = json!({"id": id, "method": method, "params": params}).to_string();
        let socket = &mut self.socket;
        self.runtime.block_on(async move {
            socket
                .send(Message::text(msg))
                .await
                .map_err(|e| json!(e.to_string()))?;
            let deadline = Instant::now() + Duration::from_secs(30);
            loop {
                let left = deadline.saturating_duration_since(Instant::now());
                let next = tokio::time::timeout(left, socket.next())
                    .await
                    .map_err(|_| json!("DevTools timed out"))?;
                let Some(Ok(Message::Text(t))) = next else {
                    if next.is_none() {
                        return Err(json!("DevTools closed"));
                    }
                    continue;
                };
                let v: Value = serde_json::from_str(t.as_str()).unwrap_or(Value::Null);
                if v["id"] == id {
                    return match v.get("error") {
                        Some(e) => Err(e.clone()),
                        None => Ok(v["result"].clone()),
                    };
                }
            }
        })
    }

    /// The value of `expression` in the page; `null` when it throws or the page is
    /// between documents.
    pub(crate) fn eval(&mut self, expression: &str) -> Value {
        match self.call(
            "Runtime.evaluate",
            json!({"expression": expression, "returnByValue": true}),
        ) {
            Ok(r) if r.get("exceptionDetails").is_none() => r["result"]["value"].clone(),
            _ => Value::Null,
        }
    }

    /// Polls `cond` every 100 ms; fails the test naming `what` after `limit`.
    pub(crate) fn wait(
        &mut self,
        what: &str,
        limit: Duration,
        mut cond: impl FnMut(&mut Page) -> bool,
    ) {
        let start = Instant::now();
        while !cond(self) {
            if start.elapsed() > limit {
                let body = self.eval("document.documentElement.outerHTML");
                panic!("timed out waiting for {what}; the page is:\n{body}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for Page {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
