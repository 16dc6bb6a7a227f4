//! `hyde serve` under hostile requests, sent as raw bytes: paths that climb out of the
//! destination however they are spelled, NUL bytes, request lines and headers of 64 KiB
//! and more, and a client that sends one byte at a time. Each gets a 4xx or is dropped;
//! nothing outside the destination is ever sent, and the server keeps answering.

use std::io::{Read, Write};
use std::net::{Shutdown, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, mpsc};
use std::time::Duration;

use crate::support::{Serve, Site, http};

/// What is outside the destination, beside it: no response may contain it.
const SECRET: &str = "TOP-SECRET-NEXT-TO-THE-DESTINATION";

/// A served test site with a secret file next to its destination and its source.
fn served() -> (Site, Serve) {
    let site = Site::new();
    std::fs::write(site.root.join("secret.txt"), SECRET).unwrap();
    let serve = Serve::start(&site, &["--no-watch"]);
    (site, serve)
}

/// The status of the response to `request` sent as is, or `None` when the server closed
/// the connection without answering; and the whole response, as text.
fn raw(port: u16, request: &[u8]) -> (Option<u16>, String) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    // The server may close before reading it all: that is an answer too.
    let _ = s.write_all(request);
    let _ = s.shutdown(Shutdown::Write);
    let mut response = Vec::new();
    let _ = s.read_to_end(&mut response);
    let text = String::from_utf8_lossy(&response).into_owned();
    let status = text
        .strip_prefix("HTTP/1.1 ")
        .and_then(|rest| rest.get(..3))
        .and_then(|code| code.parse().ok());
    (status, text)
}

fn get(path: &[u8]) -> Vec<u8> {
    [
        b"GET ".as_slice(),
        path,
        b" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
    ]
    .concat()
}

fn assert_refused(serve: &Serve, what: &str, request: &[u8]) {
    let (status, text) = raw(serve.port, request);
    assert!(
        status.is_none_or(|s| (400..500).contains(&s)),
        "{what}: expected a 4xx or a dropped connection, got:\n{text}"
    );
    assert!(
        !text.contains(SECRET) && !text.contains("root:x:0:0"),
        "{what} was answered with a file from outside the destination:\n{text}"
    );
}

fn assert_still_serving(serve: &Serve) {
    let home = http(serve.port, "GET", "/", &[]);
    assert_eq!(home.status, 200, "{home:?}\n{}", serve.output());
    assert!(!serve.output().contains("panicked"), "{}", serve.output());
}

#[test]
fn paths_that_climb_out_of_the_destination_however_spelled_get_a_4xx() {
    let (_site, serve) = served();
    let climbs: &[&[u8]] = &[
        b"/../secret.txt",
        b"/../../secret.txt",
        b"/%2e%2e/secret.txt",
        b"/%2E%2E/%2e%2e/secret.txt",
        b"/.%2e/secret.txt",
        b"/%2e%2e%2fsecret.txt",
        b"/..%2Fsecret.txt",
        b"/..%2F..%2F..%2F..%2Fetc%2Fpasswd",
        b"/%2F..%2F..%2Fetc/passwd",
        b"/about/../../secret.txt",
        b"/..%5csecret.txt",
        b"/..\\secret.txt",
        b"/%252e%252e/secret.txt",
        b"/%c0%ae%c0%ae/secret.txt",
        b"../secret.txt",
        b"/etc/passwd",
        b"//etc/passwd",
        b"/%2Fetc%2Fpasswd",
        b"http://127.0.0.1/../secret.txt",
        b"file:///etc/passwd",
        b"*",
    ];
    for path in climbs {
        let shown = String::from_utf8_lossy(path);
        assert_refused(&serve, &format!("GET {shown}"), &get(path));
    }
    assert_still_serving(&serve);
}

#[test]
fn nul_bytes_in_a_request_get_a_4xx() {
    let (_site, serve) = served();
    for path in [
        b"/index.html%00".as_slice(),
        b"/index.html%00.txt",
        b"/%00/../secret.txt",
        b"/index.html\0",
        b"/\0../secret.txt",
    ] {
        let shown = String::from_utf8_lossy(path).replace('\0', "\\0");
        assert_refused(&serve, &format!("GET {shown}"), &get(path));
    }
    assert_refused(
        &serve,
        "a NUL byte in a header",
        b"GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-A: a\0b\r\nConnection: close\r\n\r\n",
    );
    assert_still_serving(&serve);
}

#[test]
fn request_lines_and_headers_of_64_kib_and_more_get_a_4xx_or_are_dropped() {
    let (_site, serve) = served();
    let long = "a".repeat(70 * 1024);
    assert_refused(
        &serve,
        "a 70 KiB request line",
        &get(format!("/{long}").as_bytes()),
    );
    assert_refused(
        &serve,
        "a 70 KiB header",
        format!("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Long: {long}\r\nConnection: close\r\n\r\n")
            .as_bytes(),
    );
    let many: String = (0..5000).map(|i| format!("X-H{i}: v\r\n")).collect();
    assert_refused(
        &serve,
        "5000 headers",
        format!("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n{many}Connection: close\r\n\r\n").as_bytes(),
    );
    let endless = format!("GET /{} HTTP/1.1\r\n", "b".repeat(1024 * 1024));
    assert_refused(&serve, "a 1 MiB request line", endless.as_bytes());
    assert_refused(
        &serve,
        "a request that is not HTTP",
        b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",
    );
    assert_still_serving(&serve);
}

#[test]
fn a_client_sending_one_byte_every_100_ms_does_not_block_the_others() {
    let (_site, serve) = served();
    let port = serve.port;
    let (started, is_started) = mpsc::channel();
    let others_done = Arc::new(AtomicBool::new(false));
    let done = others_done.clone();
    // The slow client sends its request a byte at a time, and keeps sending header
    // bytes until the other clients have been answered, so they are answered while it
    // is still in the middle of its request.
    let slow = std::thread::spawn(move || {
        let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
        s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
        let mut send = |bytes: &[u8]| {
            for b in bytes {
                s.write_all(&[*b]).unwrap();
                std::thread::sleep(Duration::from_millis(100));
            }
        };
        send(b"GET /about/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ");
        started.send(()).unwrap();
        while !done.load(Ordering::SeqCst) {
            send(b"z");
        }
        send(b"\r\nConnection: close\r\n\r\n");
        let mut response = String::new();
        s.read_to_string(&mut response).unwrap();
        response
    });
    is_started.recv().unwrap();
    for _ in 0..20 {
        let page = http(port, "GET", "/", &[]);
        assert_eq!(page.status, 200);
        assert!(page.body.contains("Hello <em>world</em>"), "{}", page.body);
    }
    others_done.store(true, Ordering::SeqCst);
    let response = slow.join().unwrap();
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(response.contains("About us"), "{response}");
}
