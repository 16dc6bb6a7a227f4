#!/usr/bin/env bash
# Save-to-reload time of `hyde serve --livereload` on the iiif.io fixture: edits one
# page N times and measures, for each save, the time from the file write to the
# LiveReload `reload` message, and to the rebuilt page on the disk. Runs the
# incremental rebuilds (the default) and, for comparison, `--full-rebuilds`.
#
#   benches/serve-reload.sh [N]     (N saves per mode, default 5)
#
# Needs a release build (`cargo build --release -p hyde-cli`) and
# ../shared/fixtures/iiif-website. HYDE=path/to/hyde overrides the binary.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
hyde="${HYDE:-$here/target/release/hyde}"
fixture="${FIXTURE:-$here/../shared/fixtures/iiif-website/site}"
n="${1:-5}"
work="$(mktemp -d)"
trap 'kill "${pid:-}" 2>/dev/null || true; sleep 0.5; rm -rf "$work"' EXIT

run_mode() {
  local mode="$1"; shift
  rm -rf "$work/site" && cp -r "$fixture" "$work/site"
  local port=$((20000 + RANDOM % 20000)) lr=$((40000 + RANDOM % 20000))
  (cd "$work/site" && GEM_PATH="$work/site/gems" SOURCE_DATE_EPOCH=1779904991 TZ=UTC \
    exec "$hyde" serve --livereload -P "$port" --livereload-port "$lr" "$@" \
    >"$work/serve-$mode.log" 2>&1) &
  pid=$!
  for _ in $(seq 600); do
    grep -q "Server running" "$work/serve-$mode.log" 2>/dev/null && break
    sleep 0.2
  done
  python3 - "$mode" "$lr" "$n" "$work/site/source/community/coordinating-committee.md" "$work/site/_site/community/coordinating-committee/index.html" <<'PY'
import json, os, socket, statistics, sys, time, base64
mode, port, n, page, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4], sys.argv[5]

def connect():
    s = socket.create_connection(("127.0.0.1", port))
    key = base64.b64encode(os.urandom(16)).decode()
    s.sendall((f"GET /livereload HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\n"
               f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
    buf = b""
    while b"\r\n\r\n" not in buf:
        buf += s.recv(4096)
    send(s, json.dumps({"command": "hello", "protocols": ["http://livereload.com/protocols/official-7"]}))
    return s, buf.split(b"\r\n\r\n", 1)[1]

def send(s, text):
    data, mask = text.encode(), os.urandom(4)
    head = bytes([0x81, 0x80 | len(data)]) if len(data) < 126 else bytes([0x81, 0xFE]) + len(data).to_bytes(2, "big")
    s.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

class Frames:
    """Text frames from the server (unmasked), read without blocking longer than asked."""
    def __init__(self, s, buf):
        self.s, self.buf = s, buf

    def _frame(self):
        b = self.buf
        if len(b) < 2:
            return None
        ln, off = b[1] & 0x7F, 2
        if ln == 126:
            if len(b) < 4: return None
            ln, off = int.from_bytes(b[2:4], "big"), 4
        elif ln == 127:
            if len(b) < 10: return None
            ln, off = int.from_bytes(b[2:10], "big"), 10
        if len(b) < off + ln:
            return None
        self.buf = b[off + ln:]
        return b[off:off + ln].decode("utf-8", "replace")

    def poll(self, timeout):
        f = self._frame()
        if f is not None:
            return f
        self.s.settimeout(timeout)
        try:
            data = self.s.recv(65536)
        except (socket.timeout, BlockingIOError):
            return None
        self.buf += data
        return self._frame()

s, rest = connect()
messages = Frames(s, rest)
original = open(page, encoding="utf-8").read()
to_reload, to_file = [], []
url = "/" + out.split("/_site/", 1)[1].removesuffix("index.html")
for i in range(n):
    # Let earlier rebuilds finish and drop their messages.
    time.sleep(1.0)
    while messages.poll(0.2) is not None:
        pass
    marker = f"serve-reload-bench-{mode}-{i}-{time.time_ns()}"
    t0 = time.perf_counter()
    with open(page, "w", encoding="utf-8") as f:
        f.write(original + f"\n{marker}\n")
    written = None
    while True:
        # Poll the output while waiting for the message.
        msg = messages.poll(0.001)
        if written is None and os.path.exists(out) and marker in open(out, encoding="utf-8", errors="replace").read():
            written = time.perf_counter() - t0
        if msg and '"reload"' in msg and json.loads(msg).get("path") == url:
            reloaded = time.perf_counter() - t0
            break
    while written is None:
        if marker in open(out, encoding="utf-8", errors="replace").read():
            written = time.perf_counter() - t0
    to_reload.append(reloaded * 1000)
    to_file.append(written * 1000)
open(page, "w", encoding="utf-8").write(original)
fmt = lambda xs: ", ".join(f"{x:.0f}" for x in xs)
print(f"{mode}: save→file median {statistics.median(to_file):.0f} ms [{fmt(to_file)}]; "
      f"save→reload message median {statistics.median(to_reload):.0f} ms [{fmt(to_reload)}]")
PY
  grep -E "done in|Incremental:" "$work/serve-$mode.log" | tail -n "$((2 * n))" | sed "s/^/  $mode log: /"
  kill "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

run_mode incremental
run_mode full --full-rebuilds
