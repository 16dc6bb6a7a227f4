#!/usr/bin/env bash
# serve-load.sh: `hyde serve` under 1000 concurrent connections, measured with wrk.
#
# usage: benches/serve-load.sh [SECONDS] [CONNECTIONS]   (defaults: 20, 1000)
#
# Builds hyde in release mode (or takes HYDE_BIN), serves a small site (benches' test page: a layout, an
# include, a Markdown page) with --no-watch on a free port, and runs
#   wrk -t2 -cCONNECTIONS -dSECONDS --latency http://127.0.0.1:PORT/
# wrk comes from Debian (`apt-get install -y wrk`). The open-file limit is raised
# first (wrk and the server each hold one descriptor per connection).
# docs/reliability.md records the figures.
set -euo pipefail

secs="${1:-20}"
conns="${2:-1000}"
here="$(cd "$(dirname "$0")/.." && pwd)"
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
ulimit -n "$(ulimit -Hn)"

# HYDE_BIN: a hyde already built (else a release build is made).
if [ -z "${HYDE_BIN:-}" ]; then
    (cd "$here" && cargo build --release -p hyde-cli >&2)
fi
hyde="${HYDE_BIN:-$here/target/release/hyde}"

work="$(mktemp -d)"
server=""
cleanup() {
    if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

mkdir -p "$work/site/_layouts" "$work/site/_includes"
cat >"$work/site/_layouts/default.html" <<'HTML'
<!DOCTYPE html>
<html><head><title>{{ page.title }}</title></head>
<body>{{ content }}{% include footer.html %}</body></html>
HTML
echo '<footer>footer</footer>' >"$work/site/_includes/footer.html"
{
    printf -- '---\nlayout: default\ntitle: Load\n---\n# A page under load\n\n'
    for i in $(seq 1 40); do printf 'Paragraph %d with *emphasis* and a [link](/about/).\n\n' "$i"; done
} >"$work/site/index.md"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
"$hyde" serve --no-watch -s "$work/site" -d "$work/dest" -H 127.0.0.1 -P "$port" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 600); do
    grep -q "Server running" "$work/serve.log" && break
    sleep 0.1
done
grep -q "Server running" "$work/serve.log" || { cat "$work/serve.log" >&2; exit 1; }
curl -sf "http://127.0.0.1:$port/" >/dev/null

echo "wrk -t2 -c$conns -d${secs}s --timeout 10s --latency http://127.0.0.1:$port/"
wrk -t2 -c"$conns" -d"${secs}s" --timeout 10s --latency "http://127.0.0.1:$port/"
# The server must still answer, and must not have panicked.
curl -sf "http://127.0.0.1:$port/" >/dev/null && echo "after the run: the server still answers"
if grep -q panicked "$work/serve.log"; then cat "$work/serve.log" >&2; exit 1; fi
