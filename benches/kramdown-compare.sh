#!/usr/bin/env bash
# Markdown throughput, hyde-kramdown against Ruby's kramdown as Jekyll 4.3.1 calls it,
# on the same ~1 MB document (fixtures/kramdown concatenated; see benches/kramdown.rs).
# Needs Jekyll installed (../shared/tools/jekyll-ref --install).
set -euo pipefail
cd "$(dirname "$0")/.."
doc=$(mktemp /tmp/hyde-md-XXXXXX.md)
trap 'rm -f "$doc"' EXIT
python3 - "$doc" <<'PY'
import os, sys
d = "fixtures/kramdown"
names = sorted(n for n in os.listdir(d) if n.endswith(".md") and n != "README.md")
text = ""
while len(text.encode()) < 1_000_000:
    for n in names:
        text += open(os.path.join(d, n), encoding="utf-8").read() + "\n\n"
open(sys.argv[1], "w", encoding="utf-8").write(text)
PY
echo "document: $(wc -c < "$doc") bytes"
cargo build -q --release -p hyde-kramdown --example md2html
hyde_s=$(target/release/examples/md2html "$doc" 5)
ruby_s=$(ruby -rjekyll -e '
  site = Jekyll::Site.new(Jekyll.configuration("quiet" => true, "skip_config_files" => true))
  conv = site.find_converter_instance(Jekyll::Converters::Markdown)
  text = File.read(ARGV[0])
  conv.convert("warm up")
  parser = conv.instance_variable_get(:@parser) # Jekyll caches convert() by content
  times = 3.times.map { t = Process.clock_gettime(Process::CLOCK_MONOTONIC); parser.convert(text); Process.clock_gettime(Process::CLOCK_MONOTONIC) - t }
  puts times.sort[1]' "$doc")
python3 -c "import sys; h, r = float(sys.argv[1]), float(sys.argv[2]); print(f'kramdown (Ruby, via Jekyll): {r:.3f} s   hyde-kramdown: {h:.3f} s   ratio: {r/h:.1f}x')" "$hyde_s" "$ruby_s"
