#!/usr/bin/env bash
# Highlighting throughput, hyde-kramdown's Rouge lexers against Rouge 3.30 itself (as
# Jekyll 4.3.1 calls it for `{% highlight %}`), on every lexer's demo
# (../shared/fixtures/rouge-demos). Needs Jekyll installed (../shared/tools/jekyll-ref
# --install). Prints seconds per pass over all demos and MB/s for both.
set -euo pipefail
cd "$(dirname "$0")/.."
site=../shared/fixtures/rouge-demos/site
cargo build -q --release -p hyde-kramdown --example highlight
read -r count bytes hyde_s hyde_cold _ < <(target/release/examples/highlight "$site" 9)
ruby_s=$(ruby -rrouge -e '
  demos = Dir[File.join(ARGV[0], "*.md")].sort.filter_map do |path|
    text = File.read(path)
    m = text.match(/\n~~~ (\S+)\n(.*)\n~~~/m) or next
    [m[1], m[2] + "\n"]
  end
  formatter = Rouge::Formatters::HTML.new
  run = -> { demos.each { |lang, code| formatter.format((Rouge::Lexer.find_fancy(lang, code) || Rouge::Lexers::PlainText.new).lex(code)) } }
  run.call # Rouge loads each lexer on first use, as a build does once
  times = 5.times.map { t = Process.clock_gettime(Process::CLOCK_MONOTONIC); run.call; Process.clock_gettime(Process::CLOCK_MONOTONIC) - t }
  puts times.sort[2]' "$site")
python3 - "$count" "$bytes" "$hyde_s" "$hyde_cold" "$ruby_s" <<'PY'
import sys
count, size = int(sys.argv[1]), int(sys.argv[2])
hyde, cold, ruby = map(float, sys.argv[3:6])
mb = size / 1e6
print(f"{count} demos, {size} bytes per pass")
print(f"Rouge 3.30 (Ruby): {ruby:.4f} s/pass  {mb/ruby:.2f} MB/s")
print(f"hyde-kramdown:     {hyde:.4f} s/pass  {mb/hyde:.2f} MB/s  (first pass, building every table: {cold:.3f} s)")
print(f"ratio: {ruby/hyde:.1f}x")
PY
