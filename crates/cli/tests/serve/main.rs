//! `hyde serve` end to end: HTTP semantics, rebuilds that leave the destination as a
//! fresh full build leaves it, and a live page in headless Chromium that follows
//! edits through LiveReload (content, include, CSS, a broken template and its fix).
//!
//! Every wait is bounded; every address is 127.0.0.1.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::print_stderr)]

mod abuse;
mod browser;
mod support;

use std::path::Path;
use std::time::Duration;

use support::{Serve, Site, dir_contents, http, wait_for};

/// The edits each rebuild case makes, and a name to report.
type Edit = fn(&Path);

fn write(p: &Path, text: &str) {
    std::fs::create_dir_all(p.parent().unwrap()).unwrap();
    std::fs::write(p, text).unwrap();
}

#[test]
fn http_semantics() {
    let site = Site::new();
    let serve = Serve::start(&site, &["--livereload", "--baseurl", "/base"]);
    let base = serve.port;

    // The page, under baseurl, with the LiveReload script after `<head>`.
    let r = http(base, "GET", "/base/", &[]);
    assert_eq!(r.status, 200, "{r:?}");
    assert_eq!(r.header("content-type"), Some("text/html; charset=utf-8"));
    assert_eq!(r.header("x-rack-livereload"), Some("1"));
    assert!(
        r.body.contains("<head><script>") && r.body.contains("/livereload.js?snipver=1"),
        "{}",
        r.body
    );
    assert!(
        r.header("cache-control")
            .is_some_and(|c| c.contains("no-store")),
        "{r:?}"
    );
    assert_eq!(
        r.header("content-length"),
        Some(r.body.len().to_string().as_str())
    );

    // HEAD: the same headers, no body.
    let h = http(base, "HEAD", "/base/", &[]);
    assert_eq!(h.status, 200);
    assert_eq!(h.header("content-length"), r.header("content-length"));
    assert!(h.body.is_empty());

    // Conditional requests.
    let etag = r.header("etag").expect("etag").to_string();
    let last_modified = r
        .header("last-modified")
        .expect("last-modified")
        .to_string();
    let c = http(base, "GET", "/base/", &[("If-None-Match", &etag)]);
    assert_eq!(c.status, 304, "{c:?}");
    assert!(c.body.is_empty());
    let c = http(
        base,
        "GET",
        "/base/",
        &[("If-Modified-Since", &last_modified)],
    );
    assert_eq!(c.status, 304, "{c:?}\n{}", serve.output());
    let c = http(base, "GET", "/base/", &[("If-None-Match", "\"other\"")]);
    assert_eq!(c.status, 200);

    // Content types: Jekyll's table and charset.
    let css = http(base, "GET", "/base/css/style.css", &[]);
    assert_eq!(css.status, 200);
    assert_eq!(css.header("content-type"), Some("text/css; charset=utf-8"));
    assert!(css.header("x-rack-livereload").is_none());
    let xml = http(base, "GET", "/base/feed.xml", &[]);
    assert_eq!(xml.header("content-type"), Some("application/xml"));

    // Directory without its slash: redirected; `/about` finds about.html's folder page.
    let d = http(base, "GET", "/base/about", &[]);
    assert_eq!(d.status, 301, "{d:?}");
    assert_eq!(d.header("location"), Some("/base/about/"));
    assert_eq!(http(base, "GET", "/base/about/", &[]).status, 200);

    // The site's 404 page.
    let nf = http(base, "GET", "/base/missing.html", &[]);
    assert_eq!(nf.status, 404);
    assert!(nf.body.contains("custom not found"), "{}", nf.body);
    assert_eq!(http(base, "GET", "/elsewhere/", &[]).status, 404);

    // Nothing outside the destination.
    for bad in [
        "/base/../../Cargo.toml",
        "/base/%2e%2e/%2e%2e/etc/passwd",
        "/base/%2E%2E%2F%2E%2E%2Fetc/passwd",
        "/base/index.html%00",
        "/base/..%5c..%5cetc",
    ] {
        let b = http(base, "GET", bad, &[]);
        assert!(
            b.status == 400 || b.status == 404,
            "{bad}: {} {}",
            b.status,
            b.body
        );
        assert!(!b.body.contains("root:"), "{bad}");
    }
    let abs = http(base, "GET", "//etc/passwd", &[]);
    assert_eq!(abs.status, 404, "{abs:?}");

    // The LiveReload port serves livereload.js, and nothing else over HTTP.
    let js = http(
        serve.livereload_port,
        "GET",
        "/livereload.js?snipver=1",
        &[],
    );
    assert_eq!(js.status, 200);
    assert!(js.body.contains("official-7"));
    assert_eq!(http(serve.livereload_port, "GET", "/", &[]).status, 400);

    // In development, site.url is the server's address.
    assert!(
        r.body
            .contains(&format!("url=http://localhost:{}", serve.port)),
        "{}",
        r.body
    );
}

#[test]
fn rebuilds_match_a_fresh_full_build() {
    let site = Site::new();
    let serve = Serve::start(&site, &[]);
    let cases: [(&str, Edit); 7] = [
        ("page edit", |s: &Path| {
            write(
                &s.join("index.md"),
                "---\nlayout: default\ntitle: Home\n---\nHello *edited*\n",
            )
        }),
        ("include edit", |s: &Path| {
            write(
                &s.join("_includes/footer.html"),
                "<footer>new footer</footer>\n",
            )
        }),
        ("post added", |s: &Path| {
            write(
                &s.join("_posts/2023-02-03-second.md"),
                "---\nlayout: default\ntitle: Second\n---\nSecond post\n",
            )
        }),
        ("post deleted", |s: &Path| {
            std::fs::remove_file(s.join("_posts/2023-01-02-first.md")).unwrap()
        }),
        ("config edit", |s: &Path| {
            write(
                &s.join("_config.yml"),
                "title: Renamed site\nexclude: [notes.txt]\n",
            )
        }),
        ("deleted sources", |s: &Path| {
            std::fs::remove_file(s.join("assets/old.txt")).unwrap();
            std::fs::remove_file(s.join("about.md")).unwrap();
        }),
        ("data and static added", |s: &Path| {
            write(&s.join("_data/menu.yml"), "- a\n- b\n");
            write(&s.join("assets/new.txt"), "new\n");
        }),
    ];
    for (i, (name, edit)) in cases.into_iter().enumerate() {
        let before = dir_contents(&site.dest);
        edit(&site.source);
        let fresh = site.fresh_build(serve.port, i);
        assert!(
            before != fresh,
            "{name}: the edit changes nothing to check: {:?}",
            fresh.keys().collect::<Vec<_>>()
        );
        let served = wait_for(Duration::from_secs(60), || {
            let now = dir_contents(&site.dest);
            (now == fresh).then_some(now)
        });
        if served.is_none() {
            let now = dir_contents(&site.dest);
            let differ: Vec<_> = now
                .keys()
                .chain(fresh.keys())
                .filter(|k| now.get(*k) != fresh.get(*k))
                .collect();
            panic!(
                "{name}: the destination never matched a fresh build; differ: {differ:?}\n{}",
                serve.output()
            );
        }
    }

    // An excluded file is not watched: editing it starts no rebuild of its own.
    write(
        &site.source.join("notes.txt"),
        "still not part of the site\n",
    );
    write(
        &site.source.join("index.md"),
        "---\nlayout: default\ntitle: Home\n---\nLast edit\n",
    );
    wait_for(Duration::from_secs(60), || {
        std::fs::read_to_string(site.dest.join("index.html"))
            .ok()
            .filter(|t| t.contains("Last edit"))
    })
    .unwrap_or_else(|| panic!("the last edit was not built:\n{}", serve.output()));
    let out = serve.output();
    assert!(!out.contains("notes.txt"), "{out}");
    // Reading the source (every build does) is not a change: at most one rebuild per
    // file written or removed (10 here), or two where a write is seen in two parts.
    assert!(
        out.matches("Regenerating:").count() <= 20,
        "more rebuilds than edits:\n{out}"
    );
}

#[test]
fn a_failed_build_keeps_serving() {
    let site = Site::new();
    let serve = Serve::start(&site, &[]);
    write(
        &site.source.join("_layouts/default.html"),
        "<html><head></head><body>{% for x in y %}</body></html>\n",
    );
    wait_for(Duration::from_secs(60), || {
        serve.output().contains("Error:").then_some(())
    })
    .unwrap_or_else(|| panic!("no error printed:\n{}", serve.output()));
    // The last good build is still served.
    let r = http(serve.port, "GET", "/", &[]);
    assert_eq!(r.status, 200);
    assert!(r.body.contains("Hello"), "{}", r.body);
    // The fix builds again.
    write(
        &site.source.join("_layouts/default.html"),
        "<html><head></head><body>fixed {{ content }}</body></html>\n",
    );
    wait_for(Duration::from_secs(60), || {
        http(serve.port, "GET", "/", &[])
            .body
            .contains("fixed")
            .then_some(())
    })
    .unwrap_or_else(|| panic!("the fix was not built:\n{}", serve.output()));
}

#[test]
fn build_watch_rebuilds() {
    let site = Site::new();
    let watch = Serve::build_watch(&site);
    write(
        &site.source.join("_includes/footer.html"),
        "<footer>watched footer</footer>\n",
    );
    wait_for(Duration::from_secs(60), || {
        std::fs::read_to_string(site.dest.join("about/index.html"))
            .ok()
            .filter(|t| t.contains("watched footer"))
    })
    .unwrap_or_else(|| panic!("the edit was not built:\n{}", watch.output()));
}

#[test]
fn doctor_reports_conflicts_and_urls() {
    let site = Site::new();
    let ok = std::process::Command::new(env!("CARGO_BIN_EXE_hyde"))
        .args(["doctor", "-s"])
        .arg(&site.source)
        .output()
        .unwrap();
    let out =
        String::from_utf8_lossy(&ok.stdout).to_string() + &String::from_utf8_lossy(&ok.stderr);
    assert!(!ok.status.success(), "no url is set: {out}");
    assert!(out.contains("You didn't set an URL"), "{out}");
    write(
        &site.source.join("_config.yml"),
        "title: T\nurl: https://example.com\n",
    );
    let run = || {
        std::process::Command::new(env!("CARGO_BIN_EXE_hyde"))
            .args(["doctor", "-s"])
            .arg(&site.source)
            .output()
            .unwrap()
    };
    let good = run();
    let out = String::from_utf8_lossy(&good.stdout).to_string();
    assert!(good.status.success(), "{out}");
    assert!(out.contains("Everything looks fine."), "{out}");
    write(
        &site.source.join("clash.md"),
        "---\npermalink: /about/\n---\nclash\n",
    );
    write(
        &site.source.join("Case.md"),
        "---\npermalink: /About/\n---\ncase\n",
    );
    let bad = run();
    let err = String::from_utf8_lossy(&bad.stderr).to_string();
    assert!(!bad.status.success());
    assert!(
        err.contains("Conflict:") && err.contains("clash.md"),
        "{err}"
    );
    assert!(err.contains("only differ by case"), "{err}");
}

#[test]
fn live_page_follows_edits_in_chromium() {
    let Some(chromium) = browser::find_chromium() else {
        if std::env::var_os("CI").is_some() {
            panic!("Chromium is missing (install it with .ci/install-chromium)");
        }
        eprintln!("skipped: no Chromium found (set HYDE_CHROMIUM or install chromium)");
        return;
    };
    let site = Site::new();
    let serve = Serve::start(&site, &["--livereload"]);
    let url = format!("http://127.0.0.1:{}/", serve.port);
    let mut page = browser::Page::open(&chromium, &url);
    let text = |page: &mut browser::Page, js: &str| page.eval(js).as_str().map(str::to_string);
    let content = "document.querySelector('#content') && document.querySelector('#content').textContent.trim()";

    page.wait("the page", Duration::from_secs(60), |p| {
        text(p, content).is_some_and(|t| t.contains("Hello"))
    });
    // The browser is connected to the LiveReload server before anything is edited.
    wait_for(Duration::from_secs(30), || {
        serve.output().contains("Browser connected").then_some(())
    })
    .unwrap_or_else(|| panic!("LiveReload never connected:\n{}", serve.output()));

    // A page edit shows without navigating.
    write(
        &site.source.join("index.md"),
        "---\nlayout: default\ntitle: Home\n---\nHello from the live edit\n",
    );
    page.wait("the page edit", Duration::from_secs(60), |p| {
        text(p, content).is_some_and(|t| t.contains("live edit"))
    });

    // An include edit.
    write(
        &site.source.join("_includes/footer.html"),
        "<footer id=\"footer\">footer v2</footer>\n",
    );
    page.wait("the include edit", Duration::from_secs(60), |p| {
        text(p, "document.querySelector('#footer').textContent").as_deref() == Some("footer v2")
    });

    // A CSS edit applies without reloading the page: the marker set here survives.
    page.eval("window.__hydeMarker = 'kept'; 1");
    write(
        &site.source.join("css/style.css"),
        "#content { color: rgb(4, 5, 6); }\n",
    );
    page.wait("the CSS edit", Duration::from_secs(60), |p| {
        text(
            p,
            "getComputedStyle(document.querySelector('#content')).color",
        )
        .as_deref()
            == Some("rgb(4, 5, 6)")
    });
    assert_eq!(
        page.eval("window.__hydeMarker").as_str(),
        Some("kept"),
        "the CSS edit reloaded the whole page"
    );

    // A broken template: the error shows over the page.
    write(
        &site.source.join("_layouts/default.html"),
        "<html><head></head><body>{% for x in y %}{{ content }}</body></html>\n",
    );
    page.wait("the error overlay", Duration::from_secs(60), |p| {
        text(
            p,
            "(document.getElementById('hyde-error-overlay') || {}).textContent || ''",
        )
        .is_some_and(|t| t.contains("for"))
    });
    // Its fix: the overlay goes, the new layout shows.
    write(
        &site.source.join("_layouts/default.html"),
        support::LAYOUT
            .replace("<body>", "<body><p id=\"fixed\">fixed</p>")
            .as_str(),
    );
    page.wait("the fix", Duration::from_secs(60), |p| {
        p.eval(
            "!document.getElementById('hyde-error-overlay') && !!document.getElementById('fixed')",
        )
        .as_bool()
            == Some(true)
    });
}

/// Save-to-reload time on a real site, for reports: run with `--ignored` and
/// `HYDE_SERVE_MEASURE_SITE` (a copy of a site; `HYDE_SERVE_MEASURE_FILE` is the source
/// file to touch, relative to it, and `HYDE_SERVE_MEASURE_PATH` the page to open;
/// `HYDE_BIN` runs a release build instead of this package's debug one).
#[test]
#[ignore = "a measurement: needs HYDE_SERVE_MEASURE_SITE and Chromium"]
fn measure_save_to_reload() {
    let site_dir = std::env::var("HYDE_SERVE_MEASURE_SITE").expect("HYDE_SERVE_MEASURE_SITE");
    let file = std::env::var("HYDE_SERVE_MEASURE_FILE").expect("HYDE_SERVE_MEASURE_FILE");
    let path = std::env::var("HYDE_SERVE_MEASURE_PATH").unwrap_or_else(|_| "/".into());
    let chromium = browser::find_chromium().expect("Chromium");
    let site = Site::existing(Path::new(&site_dir));
    let serve = Serve::start(&site, &["--livereload"]);
    let mut page =
        browser::Page::open(&chromium, &format!("http://127.0.0.1:{}{path}", serve.port));
    page.wait("the page", Duration::from_secs(120), |p| {
        p.eval("document.readyState === 'complete'").as_bool() == Some(true)
    });
    wait_for(Duration::from_secs(60), || {
        serve.output().contains("Browser connected").then_some(())
    })
    .expect("LiveReload connected");
    let target = site.source.join(&file);
    for round in 0..3 {
        page.eval("window.__hydeMarker = 'old'; 1");
        let mut text = std::fs::read_to_string(&target).unwrap();
        text.push_str(&format!("\n<!-- hyde serve measure {round} -->\n"));
        let start = std::time::Instant::now();
        std::fs::write(&target, text).unwrap();
        page.wait("the reload", Duration::from_secs(120), |p| {
            p.eval("window.__hydeMarker !== 'old' && document.readyState === 'complete'")
                .as_bool()
                == Some(true)
        });
        eprintln!(
            "round {round}: save to reloaded page in {:.3} s",
            start.elapsed().as_secs_f64()
        );
    }
    for line in serve.output().lines().filter(|l| l.contains("done in")) {
        eprintln!("hyde serve: {}", line.trim());
    }
}

#[test]
fn livereload_protocol() {
    use futures_util::{SinkExt, StreamExt};
    use serde_json::{Value, json};
    use tokio_tungstenite::tungstenite::Message;

    const OFFICIAL: &str = "http://livereload.com/protocols/official-7";
    const OVERLAY: &str = "https://hyde.invalid/protocols/error-overlay-1";

    let site = Site::new();
    let serve = Serve::start(&site, &["--livereload"]);
    let url = format!("ws://127.0.0.1:{}/livereload", serve.livereload_port);
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        type Ws = tokio_tungstenite::WebSocketStream<
            tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>,
        >;
        async fn next(ws: &mut Ws) -> Option<Value> {
            loop {
                let m = tokio::time::timeout(Duration::from_secs(60), ws.next())
                    .await
                    .ok()??
                    .ok()?;
                if let Message::Text(t) = m {
                    return serde_json::from_str(t.as_str()).ok();
                }
            }
        }
        async fn connect(url: &str, protocols: &[&str]) -> Ws {
            let (mut ws, _) = tokio_tungstenite::connect_async(url).await.unwrap();
            let hello = next(&mut ws).await.expect("hello");
            assert_eq!(hello["command"], "hello");
            assert!(
                hello["protocols"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .any(|p| p == OFFICIAL),
                "{hello}"
            );
            let mine = json!({"command": "hello", "protocols": protocols});
            ws.send(Message::text(mine.to_string())).await.unwrap();
            ws
        }
        // A LiveReload extension speaks only the official protocol; hyde's script more.
        let mut extension = connect(&url, &[OFFICIAL]).await;
        let mut ours = connect(&url, &[OFFICIAL, OVERLAY]).await;

        // A CSS edit: one reload of the stylesheet's path, with liveCSS.
        write(&site.source.join("css/style.css"), "body { margin: 0; }\n");
        for ws in [&mut extension, &mut ours] {
            let m = next(ws).await.expect("reload");
            assert_eq!(m["command"], "reload", "{m}");
            assert_eq!(m["path"], "/css/style.css", "{m}");
            assert_eq!(m["liveCSS"], true, "{m}");
        }

        // A failed build: only hyde's client hears of it.
        write(
            &site.source.join("_layouts/default.html"),
            "<html><head></head><body>{% if %}</body></html>\n",
        );
        let m = next(&mut ours).await.expect("error");
        assert_eq!(m["command"], "hyde-error", "{m}");
        assert!(m["message"].as_str().unwrap().contains("Liquid"), "{m}");

        // The fix: hyde's client clears the error; both reload the pages.
        write(
            &site.source.join("_layouts/default.html"),
            "<html><head></head><body>ok {{ content }}</body></html>\n",
        );
        let m = next(&mut ours).await.expect("ok");
        assert_eq!(m["command"], "hyde-ok", "{m}\n{}", serve.output());
        for ws in [&mut extension, &mut ours] {
            let m = next(ws).await.expect("reload");
            assert_eq!(m["command"], "reload", "{m}");
            assert_ne!(m["path"], "/css/style.css", "{m}");
        }
    });
}
