//! The static file server: the destination mounted at `baseurl`, resolved as
//! WEBrick's `FileHandler` resolves it under Jekyll's servlet (directory index files,
//! `/page` serving `page.html`, a redirect to add a directory's slash), the site's
//! `404.html` for what is missing, `HEAD`, and conditional requests (`ETag`,
//! `Last-Modified`, `304`). No request reaches outside the destination.

use std::convert::Infallible;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderName, HeaderValue};
use hyper::{Method, Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use percent_encoding::percent_decode_str;

use super::{Settings, livereload, mime};
use crate::log::Logger;

/// Jekyll's `DIRECTORY_INDEX`, in its order.
const DIRECTORY_INDEX: &[&str] = &[
    "index.htm",
    "index.html",
    "index.rhtml",
    "index.xht",
    "index.xhtml",
    "index.cgi",
    "index.xml",
    "index.json",
];

/// The header Jekyll's servlet adds to every file it serves.
const CACHE_CONTROL: &str =
    "private, max-age=0, proxy-revalidate, no-store, no-cache, must-revalidate";

type Body = Full<Bytes>;

/// The destination and how to serve it.
#[derive(Debug)]
pub(crate) struct Files {
    root: PathBuf,
    baseurl: String,
    /// The LiveReload script tag, when LiveReload is on.
    script: Option<String>,
    headers: Vec<(HeaderName, HeaderValue)>,
    encoding: String,
    show_dir_listing: bool,
    verbose: bool,
    /// Held for reading while a file is read, so no half-written build is served.
    lock: Arc<RwLock<()>>,
    log: Logger,
}

/// Where a request path leads.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Resolved {
    /// A file to send.
    File(PathBuf),
    /// A directory asked for without its final slash: redirect to this location.
    Redirect(String),
    /// A directory without an index file.
    Listing(PathBuf),
    /// Nothing there.
    NotFound,
    /// A path that could leave the destination, or is not one.
    BadRequest,
}

/// WEBrick's `NondisclosureName` as Jekyll sets it: `.ht*` and `~*`, any case.
fn nondisclosure(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.starts_with(".ht") || lower.starts_with('~')
}

/// Resolves the request path `raw` (percent-encoded, as sent) under `root` mounted at
/// `baseurl` (no final slash).
pub(crate) fn resolve(root: &Path, baseurl: &str, raw: &str, dir_listing: bool) -> Resolved {
    let Ok(decoded) = percent_decode_str(raw).decode_utf8() else {
        return Resolved::BadRequest;
    };
    if !decoded.starts_with('/') || decoded.contains(['\0', '\\']) {
        return Resolved::BadRequest;
    }
    let rest: &str = if baseurl.is_empty() {
        &decoded
    } else if decoded == baseurl {
        ""
    } else {
        match decoded.strip_prefix(baseurl) {
            Some(r) if r.starts_with('/') => r,
            _ => return Resolved::NotFound,
        }
    };
    let segments: Vec<&str> = rest
        .split('/')
        .filter(|s| !s.is_empty() && *s != ".")
        .collect();
    if segments.contains(&"..") {
        return Resolved::BadRequest;
    }
    let mut dir = root.to_path_buf();
    for (i, seg) in segments.iter().enumerate() {
        if nondisclosure(seg) {
            return Resolved::NotFound;
        }
        let p = dir.join(seg);
        if p.is_dir() {
            dir = p;
            continue;
        }
        if i + 1 != segments.len() {
            return Resolved::NotFound;
        }
        // Jekyll's servlet: /file, then /file.html, then /file.xhtml.
        for candidate in [p.clone(), sibling(&p, ".html"), sibling(&p, ".xhtml")] {
            if candidate.is_file() {
                return inside(root, candidate);
            }
        }
        return Resolved::NotFound;
    }
    if !rest.ends_with('/') {
        return Resolved::Redirect(format!("{raw}/"));
    }
    if !dir_listing {
        for index in DIRECTORY_INDEX {
            let p = dir.join(index);
            if p.is_file() {
                return inside(root, p);
            }
        }
        // Jekyll's servlet: `/dir/` also finds `dir.html` and `dir.xhtml`.
        if dir != root {
            for candidate in [sibling(&dir, ".html"), sibling(&dir, ".xhtml")] {
                if candidate.is_file() {
                    return inside(root, candidate);
                }
            }
        }
    }
    match inside(root, dir) {
        Resolved::File(d) => Resolved::Listing(d),
        other => other,
    }
}

fn sibling(p: &Path, ext: &str) -> PathBuf {
    let mut s = p.as_os_str().to_os_string();
    s.push(ext);
    PathBuf::from(s)
}

/// `path`, if it really is under `root` once symlinks are resolved.
fn inside(root: &Path, path: PathBuf) -> Resolved {
    match (root.canonicalize(), path.canonicalize()) {
        (Ok(r), Ok(p)) if p.starts_with(&r) => Resolved::File(path),
        _ => Resolved::NotFound,
    }
}

/// What was asked, reduced to what answering needs.
struct Asked {
    head: bool,
    path: String,
    if_none_match: Option<String>,
    if_modified_since: Option<SystemTime>,
}

impl Files {
    /// Serves `root` as `settings` say.
    pub(crate) fn new(
        root: PathBuf,
        settings: &Settings,
        lock: Arc<RwLock<()>>,
        log: Logger,
    ) -> Files {
        let mut headers = Vec::new();
        let mut has_cache_control = false;
        for (k, v) in &settings.headers {
            if let (Ok(k), Ok(v)) = (
                HeaderName::from_bytes(k.as_bytes()),
                HeaderValue::from_str(v),
            ) {
                has_cache_control |= k == header::CACHE_CONTROL;
                headers.push((k, v));
            }
        }
        if !has_cache_control {
            headers.push((
                header::CACHE_CONTROL,
                HeaderValue::from_static(CACHE_CONTROL),
            ));
        }
        Files {
            root,
            baseurl: settings.baseurl.clone(),
            script: settings.livereload.as_ref().map(livereload::script_tag),
            headers,
            encoding: settings.encoding.clone(),
            show_dir_listing: settings.show_dir_listing,
            verbose: settings.verbose,
            lock,
            log,
        }
    }

    /// Answers one request (blocking: reads files).
    fn answer(&self, asked: &Asked) -> Response<Body> {
        let _guard = self.lock.read().unwrap_or_else(|e| e.into_inner());
        match resolve(
            &self.root,
            &self.baseurl,
            &asked.path,
            self.show_dir_listing,
        ) {
            Resolved::File(p) => self.file(asked, &p),
            Resolved::Redirect(to) => {
                let mut res = self.html(
                    StatusCode::MOVED_PERMANENTLY,
                    &format!("<a href=\"{}\">Moved Permanently</a>\n", escape(&to)),
                );
                if let Ok(v) = HeaderValue::from_str(&to) {
                    res.headers_mut().insert(header::LOCATION, v);
                }
                res
            }
            Resolved::Listing(dir) => self.listing(&asked.path, &dir),
            Resolved::NotFound => self.not_found(&asked.path),
            Resolved::BadRequest => self.html(
                StatusCode::BAD_REQUEST,
                "<h1>Bad Request</h1>\n<p>That path is not allowed.</p>\n",
            ),
        }
    }

    fn file(&self, asked: &Asked, path: &Path) -> Response<Body> {
        let (meta, bytes) = match (
            std::fs::metadata(path),
            (!asked.head).then(|| std::fs::read(path)).transpose(),
        ) {
            (Ok(m), Ok(b)) => (m, b),
            _ => return self.not_found(&asked.path),
        };
        let mtime = meta.modified().unwrap_or(UNIX_EPOCH);
        let mtime_secs = mtime
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let mtime = UNIX_EPOCH + Duration::from_secs(mtime_secs);
        let etag = format!("\"{:x}-{:x}-{:x}\"", meta.ino(), meta.size(), mtime_secs);
        let not_modified = match (&asked.if_none_match, asked.if_modified_since) {
            (Some(inm), _) => inm.split(',').any(|t| {
                let t = t.trim();
                t == "*" || t.trim_start_matches("W/") == etag
            }),
            (None, Some(since)) => since >= mtime,
            (None, None) => false,
        };
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let content_type = mime::content_type(&name, &self.encoding);
        let mut res = Response::new(Full::new(Bytes::new()));
        let h = res.headers_mut();
        if let Ok(v) = HeaderValue::from_str(&etag) {
            h.insert(header::ETAG, v);
        }
        if let Ok(v) = HeaderValue::from_str(&httpdate::fmt_http_date(mtime)) {
            h.insert(header::LAST_MODIFIED, v);
        }
        for (k, v) in &self.headers {
            h.insert(k.clone(), v.clone());
        }
        if not_modified {
            *res.status_mut() = StatusCode::NOT_MODIFIED;
            return res;
        }
        if let Ok(v) = HeaderValue::from_str(&content_type) {
            h.insert(header::CONTENT_TYPE, v);
        }
        let mut length = meta.len();
        let mut body = bytes.map(Bytes::from);
        if let Some(tag) = &self.script
            && content_type.starts_with("text/html")
        {
            // HEAD must report the length GET would send.
            let whole = match &body {
                Some(b) => Some(b.clone()),
                None => std::fs::read(path).ok().map(Bytes::from),
            };
            if let Some(whole) = whole
                && let Ok(text) = std::str::from_utf8(&whole)
                && let Some(injected) = livereload::inject(text, tag)
            {
                length = injected.len() as u64;
                if body.is_some() {
                    body = Some(Bytes::from(injected));
                }
                h.insert("x-rack-livereload", HeaderValue::from_static("1"));
            }
        }
        h.insert(header::CONTENT_LENGTH, HeaderValue::from(length));
        if let Some(b) = body {
            *res.body_mut() = Full::new(b);
        }
        res
    }

    fn not_found(&self, path: &str) -> Response<Body> {
        match std::fs::read(self.root.join("404.html")) {
            Ok(body) => {
                let mut res = Response::new(Full::new(Bytes::from(body)));
                *res.status_mut() = StatusCode::NOT_FOUND;
                res.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/html; charset=UTF-8"),
                );
                res
            }
            Err(_) => self.html(
                StatusCode::NOT_FOUND,
                &format!(
                    "<h1>Not Found</h1>\n<p>`{}' not found.</p>\n",
                    escape(&percent_decode_str(path).decode_utf8_lossy())
                ),
            ),
        }
    }

    fn listing(&self, url: &str, dir: &Path) -> Response<Body> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|entries| {
                entries
                    .flatten()
                    .filter_map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        if nondisclosure(&name) {
                            return None;
                        }
                        let is_dir = e.file_type().map(|t| t.is_dir()).unwrap_or(false);
                        Some(if is_dir { format!("{name}/") } else { name })
                    })
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        let shown = escape(&percent_decode_str(url).decode_utf8_lossy());
        let mut body = format!("<h1>Index of {shown}</h1>\n<ul>\n");
        if url != "/" {
            body.push_str("<li><a href=\"../\">Parent Directory</a></li>\n");
        }
        for n in names {
            let href: String =
                percent_encoding::utf8_percent_encode(&n, percent_encoding::NON_ALPHANUMERIC)
                    .to_string()
                    .replace("%2F", "/")
                    .replace("%2E", ".")
                    .replace("%2D", "-")
                    .replace("%5F", "_");
            body.push_str(&format!("<li><a href=\"{href}\">{}</a></li>\n", escape(&n)));
        }
        body.push_str("</ul>\n");
        self.html(StatusCode::OK, &body)
    }

    fn html(&self, status: StatusCode, inner: &str) -> Response<Body> {
        let title = status.canonical_reason().unwrap_or("");
        let body = format!(
            "<!DOCTYPE html>\n<html><head><title>{title}</title></head>\n<body>\n{inner}<hr>\n<address>hyde {}</address>\n</body></html>\n",
            env!("CARGO_PKG_VERSION")
        );
        let mut res = Response::new(Full::new(Bytes::from(body)));
        *res.status_mut() = status;
        res.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("text/html; charset=UTF-8"),
        );
        res
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

async fn handle(req: Request<Incoming>, files: Arc<Files>) -> Response<Body> {
    let method = req.method().clone();
    let raw_path = req.uri().path().to_string();
    let response = if method != Method::GET && method != Method::HEAD {
        let mut res = files.html(
            StatusCode::METHOD_NOT_ALLOWED,
            "<h1>Method Not Allowed</h1>\n",
        );
        res.headers_mut()
            .insert(header::ALLOW, HeaderValue::from_static("GET, HEAD"));
        res
    } else {
        let text = |name: header::HeaderName| {
            req.headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .map(str::to_string)
        };
        let asked = Asked {
            head: method == Method::HEAD,
            path: raw_path.clone(),
            if_none_match: text(header::IF_NONE_MATCH),
            if_modified_since: text(header::IF_MODIFIED_SINCE)
                .and_then(|s| httpdate::parse_http_date(&s).ok()),
        };
        let files2 = files.clone();
        match tokio::task::spawn_blocking(move || files2.answer(&asked)).await {
            Ok(res) => res,
            Err(_) => files.html(StatusCode::INTERNAL_SERVER_ERROR, "<h1>Error</h1>\n"),
        }
    };
    if files.verbose {
        let now = chrono::Local::now().format("%Y-%m-%d %H:%M:%S");
        files.log.info(
            "",
            &format!("[{now}] {method} {raw_path} {}", response.status().as_u16()),
        );
    }
    response
}

/// The most a request's line and headers may take: longer ones get `431` (or `414`).
const MAX_HEAD: usize = 16 * 1024;

/// How long a client may take to send a request's line and headers.
const HEAD_TIMEOUT: Duration = Duration::from_secs(30);

/// Serves `files` on `listener` until the process ends.
pub(crate) async fn serve(listener: tokio::net::TcpListener, files: Arc<Files>) {
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            // Out of file descriptors (or another passing failure): let connections
            // close before accepting again, rather than spin.
            Err(_) => {
                tokio::time::sleep(Duration::from_millis(10)).await;
                continue;
            }
        };
        let files = files.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let files = files.clone();
                async move { Ok::<_, Infallible>(handle(req, files).await) }
            });
            let _ = hyper::server::conn::http1::Builder::new()
                .max_buf_size(MAX_HEAD)
                .timer(hyper_util::rt::TokioTimer::new())
                .header_read_timeout(HEAD_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site() -> tempfile::TempDir {
        let dir = tempfile::tempdir().expect("tempdir");
        let r = dir.path();
        for (p, c) in [
            ("index.html", "home"),
            ("about.html", "about"),
            ("blog/index.html", "blog"),
            ("docs/a.txt", "a"),
            ("docs.html", "docs page"),
            (".htaccess", "secret"),
        ] {
            let p = r.join(p);
            std::fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            std::fs::write(p, c).expect("write");
        }
        dir
    }

    #[test]
    fn resolves_as_jekylls_servlet() {
        let dir = site();
        let r = dir.path();
        let f = |p: &str| resolve(r, "", p, false);
        assert_eq!(f("/"), Resolved::File(r.join("index.html")));
        assert_eq!(f("/about"), Resolved::File(r.join("about.html")));
        assert_eq!(f("/about.html"), Resolved::File(r.join("about.html")));
        assert_eq!(f("/blog"), Resolved::Redirect("/blog/".into()));
        assert_eq!(f("/blog/"), Resolved::File(r.join("blog/index.html")));
        assert_eq!(f("/docs/"), Resolved::File(r.join("docs.html")));
        assert_eq!(f("/docs/a.txt"), Resolved::File(r.join("docs/a.txt")));
        assert_eq!(f("/%64ocs/a.txt"), Resolved::File(r.join("docs/a.txt")));
        assert_eq!(f("/missing"), Resolved::NotFound);
        assert_eq!(f("/.htaccess"), Resolved::NotFound);
        assert_eq!(f("/about.html/x"), Resolved::NotFound);
    }

    #[test]
    fn nothing_resolves_outside_the_destination() {
        let dir = site();
        let root = dir.path().join("blog");
        let f = |p: &str| resolve(&root, "", p, false);
        assert_eq!(f("/../about.html"), Resolved::BadRequest);
        assert_eq!(f("/%2e%2e/about.html"), Resolved::BadRequest);
        assert_eq!(f("/%2E%2E%2fabout.html"), Resolved::BadRequest);
        assert_eq!(f("/x/../../about.html"), Resolved::BadRequest);
        assert_eq!(f("/index.html%00.txt"), Resolved::BadRequest);
        assert_eq!(f("/..%5cabout.html"), Resolved::BadRequest);
        assert_eq!(f("about.html"), Resolved::BadRequest);
        assert_eq!(f("//etc/passwd"), Resolved::NotFound);
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.path().join("about.html"), root.join("link.html"))
                .expect("symlink");
            assert_eq!(f("/link.html"), Resolved::NotFound);
        }
    }

    #[test]
    fn baseurl_mounts_the_destination() {
        let dir = site();
        let r = dir.path();
        let f = |p: &str| resolve(r, "/base", p, false);
        assert_eq!(f("/base/"), Resolved::File(r.join("index.html")));
        assert_eq!(f("/base"), Resolved::Redirect("/base/".into()));
        assert_eq!(f("/base/about"), Resolved::File(r.join("about.html")));
        assert_eq!(f("/about.html"), Resolved::NotFound);
        assert_eq!(f("/basement/"), Resolved::NotFound);
    }
}
