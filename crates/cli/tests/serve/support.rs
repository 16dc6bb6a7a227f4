//! A test site, a running `hyde serve`, a minimal HTTP client and bounded waits.

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// The `hyde` to run: `HYDE_BIN` (a release build, for measurements), else this
/// package's.
fn hyde_bin() -> PathBuf {
    std::env::var_os("HYDE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_BIN_EXE_hyde")))
}

/// `site.time`, fixed so that a fresh build and the served one agree.
const EPOCH: &str = "1700000000";

/// The test site's layout.
pub(crate) const LAYOUT: &str = "<!DOCTYPE html>
<html>
<head>
<title>{{ page.title }}</title>
<link rel=\"stylesheet\" href=\"{{ '/css/style.css' | relative_url }}\">
</head>
<body>
<div id=\"content\">{{ content }}</div>
<p>url={{ site.url }}</p>
<p id=\"site-title\">{{ site.title }}</p>
{% include footer.html %}
<ul>{% for p in site.posts %}<li>{{ p.title }}</li>{% endfor %}</ul>
<ul>{% for m in site.data.menu %}<li>{{ m }}</li>{% endfor %}</ul>
</body>
</html>
";

/// A site's source and destination, in a temporary folder.
pub(crate) struct Site {
    _dir: Option<tempfile::TempDir>,
    /// The work folder: source, destination and fresh builds are in it.
    pub(crate) root: PathBuf,
    /// The source.
    pub(crate) source: PathBuf,
    /// Where `hyde serve` writes.
    pub(crate) dest: PathBuf,
    /// Run from this folder without `-s` (the site's config is there), if set.
    pub(crate) cwd: Option<PathBuf>,
}

impl Site {
    /// The small test site.
    pub(crate) fn new() -> Site {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().to_path_buf();
        let source = root.join("src");
        let files: &[(&str, &str)] = &[
            ("_config.yml", "title: Test site\nexclude: [notes.txt]\n"),
            ("_layouts/default.html", LAYOUT),
            (
                "_includes/footer.html",
                "<footer id=\"footer\">footer v1</footer>\n",
            ),
            (
                "index.md",
                "---\nlayout: default\ntitle: Home\n---\nHello *world*\n",
            ),
            (
                "about.md",
                "---\nlayout: default\ntitle: About\npermalink: /about/\n---\nAbout us\n",
            ),
            (
                "404.html",
                "---\npermalink: /404.html\n---\n<p>custom not found</p>\n",
            ),
            ("css/style.css", "#content { color: rgb(1, 2, 3); }\n"),
            ("feed.xml", "<?xml version=\"1.0\"?><feed></feed>\n"),
            (
                "_posts/2023-01-02-first.md",
                "---\nlayout: default\ntitle: First\n---\nFirst post\n",
            ),
            ("assets/old.txt", "old\n"),
            ("notes.txt", "not part of the site\n"),
        ];
        for (p, text) in files {
            let p = source.join(p);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, text).unwrap();
        }
        Site {
            dest: root.join("dest"),
            _dir: Some(dir),
            root,
            source,
            cwd: None,
        }
    }

    /// A site already laid out, served from the folder `cwd` (where its config is)
    /// into a temporary folder.
    pub(crate) fn existing(cwd: &Path) -> Site {
        let dir = tempfile::tempdir().unwrap();
        Site {
            root: dir.path().to_path_buf(),
            dest: dir.path().join("dest"),
            _dir: Some(dir),
            source: cwd.to_path_buf(),
            cwd: Some(cwd.to_path_buf()),
        }
    }

    /// A fresh `hyde build` of the source as it is now, as `hyde serve` on `port`
    /// builds it (`url` set to the server's), into a folder of its own.
    pub(crate) fn fresh_build(&self, port: u16, n: usize) -> BTreeMap<String, Vec<u8>> {
        let out = self.root.join(format!("fresh-{n}"));
        let url = self.root.join(format!("url-{n}.yml"));
        std::fs::write(&url, format!("url: http://localhost:{port}\n")).unwrap();
        let mut configs = self.source.join("_config.yml").into_os_string();
        configs.push(",");
        configs.push(&url);
        let o = Command::new(hyde_bin())
            .arg("build")
            .arg("-s")
            .arg(&self.source)
            .arg("-d")
            .arg(&out)
            .arg("--config")
            .arg(configs)
            .env("SOURCE_DATE_EPOCH", EPOCH)
            .env("TZ", "UTC")
            .env_remove("JEKYLL_ENV")
            .output()
            .unwrap();
        assert!(
            o.status.success(),
            "fresh build failed: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        dir_contents(&out)
    }
}

/// Every file under `dir`: relative path → contents.
pub(crate) fn dir_contents(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&d) else {
            continue;
        };
        for e in entries.flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if let Ok(bytes) = std::fs::read(&p) {
                let rel = p.strip_prefix(dir).unwrap().to_string_lossy().into_owned();
                out.insert(rel, bytes);
            }
        }
    }
    out
}

/// Calls `f` every 50 ms until it returns something or `limit` has passed.
pub(crate) fn wait_for<T>(limit: Duration, mut f: impl FnMut() -> Option<T>) -> Option<T> {
    let start = Instant::now();
    loop {
        if let Some(v) = f() {
            return Some(v);
        }
        if start.elapsed() > limit {
            return None;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// A free port on 127.0.0.1 (free when asked).
pub(crate) fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// A running `hyde serve`, stopped when dropped.
pub(crate) struct Serve {
    child: Child,
    output: Arc<Mutex<String>>,
    /// The HTTP port.
    pub(crate) port: u16,
    /// The LiveReload port.
    pub(crate) livereload_port: u16,
}

impl Serve {
    /// Starts `hyde serve` on `site` with `args`, and waits until it answers.
    pub(crate) fn start(site: &Site, args: &[&str]) -> Serve {
        let port = free_port();
        let livereload_port = free_port();
        let mut cmd = Command::new(hyde_bin());
        cmd.arg("serve");
        match &site.cwd {
            Some(cwd) => cmd.current_dir(cwd),
            None => cmd.arg("-s").arg(&site.source),
        };
        cmd.arg("-d")
            .arg(&site.dest)
            .args(["-H", "127.0.0.1", "-P", &port.to_string()])
            .args(args);
        if args.contains(&"--livereload") {
            cmd.args(["--livereload-port", &livereload_port.to_string()]);
        }
        Serve::spawn(cmd, "Server running", port, livereload_port)
    }

    /// Starts `hyde build --watch` on `site`, and waits until it watches.
    pub(crate) fn build_watch(site: &Site) -> Serve {
        let mut cmd = Command::new(hyde_bin());
        cmd.args(["build", "--watch", "-s"])
            .arg(&site.source)
            .arg("-d")
            .arg(&site.dest);
        Serve::spawn(cmd, "Auto-regeneration: enabled", 0, 0)
    }

    fn spawn(mut cmd: Command, ready: &str, port: u16, livereload_port: u16) -> Serve {
        let mut child = cmd
            .env("SOURCE_DATE_EPOCH", EPOCH)
            .env("TZ", "UTC")
            .env_remove("JEKYLL_ENV")
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let output = Arc::new(Mutex::new(String::new()));
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        for stream in [
            Box::new(stdout) as Box<dyn Read + Send>,
            Box::new(stderr) as Box<dyn Read + Send>,
        ] {
            let output = output.clone();
            std::thread::spawn(move || {
                for line in BufReader::new(stream).lines() {
                    let Ok(line) = line else { break };
                    let mut o = output.lock().unwrap();
                    o.push_str(&line);
                    o.push('\n');
                }
            });
        }
        let mut serve = Serve {
            child,
            output,
            port,
            livereload_port,
        };
        let up = wait_for(Duration::from_secs(120), || {
            if let Ok(Some(status)) = serve.child.try_wait() {
                panic!("hyde serve exited ({status}):\n{}", serve.output());
            }
            serve.output().contains(ready).then_some(())
        });
        assert!(
            up.is_some(),
            "hyde serve never started:\n{}",
            serve.output()
        );
        serve
    }

    /// What it printed so far.
    pub(crate) fn output(&self) -> String {
        self.output.lock().unwrap().clone()
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// An HTTP response.
#[derive(Debug)]
pub(crate) struct Response {
    /// The status code.
    pub(crate) status: u16,
    /// Headers, names in lower case.
    pub(crate) headers: Vec<(String, String)>,
    /// The body, as text.
    pub(crate) body: String,
}

impl Response {
    /// The first header named `name` (lower case).
    pub(crate) fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

/// One HTTP/1.1 request to 127.0.0.1:`port`, the path sent as given.
pub(crate) fn http(port: u16, method: &str, path: &str, headers: &[(&str, &str)]) -> Response {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(30))).unwrap();
    let mut req =
        format!("{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n");
    for (k, v) in headers {
        req.push_str(&format!("{k}: {v}\r\n"));
    }
    req.push_str("\r\n");
    s.write_all(req.as_bytes()).unwrap();
    // Read the head, then the body by its length (DevTools keeps connections open).
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = s.read(&mut buf).unwrap();
        if n == 0 {
            break raw.len();
        }
        raw.extend_from_slice(&buf[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..head_end]).into_owned();
    let length = head
        .lines()
        .filter_map(|l| l.split_once(':'))
        .find(|(k, _)| k.trim().eq_ignore_ascii_case("content-length"))
        .and_then(|(_, v)| v.trim().parse::<usize>().ok());
    let no_body = method == "HEAD" || head.starts_with("HTTP/1.1 304");
    match length {
        _ if no_body => raw.truncate(head_end),
        Some(n) => {
            while raw.len() < head_end + n {
                let got = s.read(&mut buf).unwrap();
                if got == 0 {
                    break;
                }
                raw.extend_from_slice(&buf[..got]);
            }
        }
        None => {
            s.read_to_end(&mut raw).unwrap();
        }
    }
    let body = String::from_utf8_lossy(&raw[head_end.min(raw.len())..]).into_owned();
    let head = head.trim_end();
    let mut lines = head.split("\r\n");
    let status = lines
        .next()
        .and_then(|l| l.split(' ').nth(1))
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let headers = lines
        .filter_map(|l| l.split_once(':'))
        .map(|(k, v)| (k.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Response {
        status,
        headers,
        body,
    }
}
