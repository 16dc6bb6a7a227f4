#!/usr/bin/env bash
# compare.sh: hyde against real Jekyll 4.3.1 and Hugo, side by side, in one run.
#
# usage: benches/compare.sh            (from anywhere; run as root to let it apt-get `time`/`hugo`)
#
# For each site it builds with each tool, cold (the destination and Jekyll's cache are
# removed before every run), RUNS times each after one untimed warm-up, and reports the
# median wall time, peak RSS and CPU time (`/usr/bin/time -f '%e %M %U %S'`). It then runs
# site-diff between Jekyll's and hyde's outputs, so the speed comes with a correctness
# number.
#
# Sites:
#   N (a number)  benches/sitegen.rs: a blog of N posts, N/10 guide pages, seed 42; Hugo
#                 builds its twin (sitegen::generate_hugo, `gen_site --hugo`): the same
#                 posts, pages, docs, data and assets, with layouts that render the same
#                 kinds of pages (benches/sitegen-hugo/)
#   small, medium the same with 100 and 1000 posts (the names of earlier reports)
#   iiif          the iiif.io website fixture (/work/shared/fixtures/iiif-website/site),
#                 copied to a temp dir first; compared with its random.mask and
#                 --ignore-generator, as the fixture's README says. No Hugo; instead a
#                 plain copy of Jekyll's output tree (`cp -r`) is timed, the floor of any
#                 build of it.
#
# Jekyll and hyde run inside the site directory with only a destination given, the way
# jekyll-ref runs Jekyll, so a `source:` key in _config.yml (the iiif site has one) means
# the same to both. Hugo runs as `hugo --quiet -s SITE -d OUT`.
#
# Environment:
#   RUNS=5            timed runs per tool and site
#   BIG=4000          from this many posts on, Jekyll gets JEKYLL_BIG_RUNS timed runs and
#   JEKYLL_BIG_RUNS=1 no warm-up (it takes minutes there); hyde and Hugo always get RUNS
#   JEKYLL_MAX=N      Jekyll is not run on generated blogs of more than N posts (reported
#                     as "not run"), for a machine too busy for its quarter-hour builds
#   SITES="1000 4000 10000 iiif"
#   HYDE=path         use this hyde binary instead of building target/release/hyde
#   HUGO=path         the hugo binary (default: `hugo` on PATH, apt-get installed if missing)
#   RESULTS=path      where the Markdown report goes (default benches/results/latest.md)
#   DOC=path          the page whose "compare.sh" section is replaced with the report
#                     (default docs/benchmarks.md; DOC= to skip); the chart goes beside
#                     it as benchmarks.svg
#   KEEP=1            keep the temp dir (sites and outputs) and print its path
#   SOURCE_DATE_EPOCH pins site.time for Jekyll and hyde (default 1779904991, the iiif
#                     fixture's: 2026-05-27T18:03:11Z)
#
# A site one tool cannot build is reported as FAIL (with the tail of its stderr) and
# the run goes on with the next site.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
[ -d "$SHARED/tools" ] || SHARED=/work/shared
JEKYLL_REF=$SHARED/tools/jekyll-ref
SITE_DIFF=$SHARED/tools/site-diff
IIIF=$SHARED/fixtures/iiif-website
RUNS=${RUNS:-5}
BIG=${BIG:-4000}
JEKYLL_BIG_RUNS=${JEKYLL_BIG_RUNS:-1}
JEKYLL_MAX=${JEKYLL_MAX:-}
SITES=${SITES:-1000 4000 10000 iiif}
RESULTS=${RESULTS:-$ROOT/benches/results/latest.md}
DOC=${DOC-$ROOT/docs/benchmarks.md}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1779904991}
export LC_ALL=C.UTF-8 TZ=UTC

say() { printf '%s\n' "$*" >&2; }

# ---- tools -----------------------------------------------------------------------------
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
[ -n "${HUGO:-}" ] || command -v hugo >/dev/null || need_apt+=(hugo)
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing ${need_apt[*]}"
    apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1 \
      || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq "${need_apt[@]}" >/dev/null 2>&1; }
  fi
  [ -x /usr/bin/time ] || { say "compare.sh: needs GNU time (/usr/bin/time): apt-get install time"; exit 1; }
fi
[ -x "$JEKYLL_REF" ] || { say "compare.sh: $JEKYLL_REF not found"; exit 1; }
JEKYLL_VERSION=$(jekyll --version 2>/dev/null || echo "jekyll: not found")
HUGO=${HUGO:-$(command -v hugo || true)}
HUGO_VERSION=$([ -n "$HUGO" ] && "$HUGO" version 2>/dev/null | cut -d' ' -f1-2 || echo "hugo: not found")

cd "$ROOT" || exit 1
built_here=
if [ -z "${HYDE:-}" ]; then
  built_here=1
  say "building hyde (release)"
  if ! cargo build --release -q -p hyde-cli 2>"${TMPDIR:-/tmp}/hyde-compare-build.log"; then
    tail -n 30 "${TMPDIR:-/tmp}/hyde-compare-build.log" >&2
    say "compare.sh: cargo build --release -p hyde-cli failed"; exit 1
  fi
  HYDE=$ROOT/target/release/hyde
fi
HYDE=$(realpath "$HYDE")
commit=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$ROOT" diff --quiet HEAD -- crates 2>/dev/null || commit="$commit (with uncommitted changes in crates/)"
[ -n "$built_here" ] || commit="? (given as HYDE; the repository was at $commit)"
load_start=$(cut -d' ' -f1-3 /proc/loadavg)
WORK=$(mktemp -d "${TMPDIR:-/tmp}/hyde-compare.XXXXXX")
if [ -n "${KEEP:-}" ]; then say "work dir: $WORK"; else trap 'rm -rf "$WORK"' EXIT; fi

# The generator (the gen_site example) uses nothing from hyde: compiled on its own, it
# does not wait for the library to build.
GEN=$WORK/gen_site
rustc --edition 2024 -O "$ROOT/benches/gen_site.rs" -o "$GEN" || exit 1

# ---- measuring -------------------------------------------------------------------------
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# run_tool TOOL SITE OUT: one cold build; appends "wall-secs max-rss-kb user-secs sys-secs"
# to $WORK/TOOL.times; 0 if it built.
run_tool() {
  local tool=$1 site=$2 out=$3 t=$WORK/time.out status
  rm -rf "$out"
  case $tool in
    jekyll)
      /usr/bin/time -f '%e %M %U %S' -o "$t" "$JEKYLL_REF" "$site" "$out" >"$WORK/$tool.log" 2>&1 ;;
    hugo)
      /usr/bin/time -f '%e %M %U %S' -o "$t" "$HUGO" --quiet -s "$site" -d "$out" >"$WORK/$tool.log" 2>&1 ;;
    copy)
      /usr/bin/time -f '%e %M %U %S' -o "$t" cp -r "$site" "$out" >"$WORK/$tool.log" 2>&1 ;;
    hyde)
      # jekyll-ref puts SITE/gems on GEM_PATH (where the iiif site keeps its theme); so does this.
      local gem_path=${GEM_PATH:-}
      [ -d "$site/gems/specifications" ] && gem_path=$site/gems${gem_path:+:$gem_path}
      (cd "$site" && GEM_PATH=$gem_path /usr/bin/time -f '%e %M %U %S' -o "$t" "$HYDE" build -d "$out") \
        >"$WORK/$tool.log" 2>&1 ;;
  esac
  status=$?
  # /usr/bin/time prints "Command exited with non-zero status N" before the numbers.
  tail -n 1 "$t" >>"$WORK/$tool.times"
  return $status
}

# measure TOOL SITE OUT [RUNS [WARMUP]]: a warm-up (unless WARMUP=0) plus RUNS timed builds;
# prints the medians "wall-secs MB cpu-secs", or "FAIL".
measure() {
  local tool=$1 site=$2 out=$3 runs=${4:-$RUNS} warmup=${5:-1} i
  : >"$WORK/$tool.times"
  if [ "$warmup" = 1 ] && ! run_tool "$tool" "$site" "$out"; then
    say "  $tool FAILED on $(basename "$(dirname "$site")"); last lines of its output:"
    tail -n 8 "$WORK/$tool.log" | sed 's/^/    /' >&2
    echo FAIL; return 1
  fi
  : >"$WORK/$tool.times"
  for ((i = 1; i <= runs; i++)); do
    if ! run_tool "$tool" "$site" "$out"; then
      say "  $tool failed on run $i; last lines of its output:"
      tail -n 8 "$WORK/$tool.log" | sed 's/^/    /' >&2
      echo FAIL; return 1
    fi
  done
  cp "$WORK/$tool.times" "$(dirname "$site")/$tool.times"
  local secs kb cpu
  secs=$(cut -d' ' -f1 "$WORK/$tool.times" | median)
  kb=$(cut -d' ' -f2 "$WORK/$tool.times" | median)
  cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$WORK/$tool.times" | median)
  say "  $tool: wall $(cut -d' ' -f1 "$WORK/$tool.times" | tr '\n' ' ')s; median ${secs}s, ${cpu}s CPU, $((${kb%.*} / 1024)) MB"
  printf '%s %s %s\n' "$secs" "$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')" "$cpu"
}

# ratio A B: "A/B" as "12.3x", or "-" when either is missing.
ratio() {
  awk -v a="$1" -v b="$2" 'BEGIN { if (a !~ /^[0-9.]+$/ || b !~ /^[0-9.]+$/) print "-"; else if (b > 0) printf "%.1fx", a / b; else print "inf" }'
}

# ---- sites -----------------------------------------------------------------------------
posts_of() {
  case $1 in
    small) echo 100 ;;
    medium) echo 1000 ;;
    *[!0-9]*) echo "" ;;
    *) echo "$1" ;;
  esac
}

prepare() {
  local name=$1 dir=$WORK/$1/site posts
  mkdir -p "$WORK/$name"
  posts=$(posts_of "$name")
  if [ -n "$posts" ]; then
    "$GEN" "$dir" "$posts" $((posts / 10)) 42 && "$GEN" --hugo "$WORK/$name/hugo-site" "$posts" $((posts / 10)) 42
  elif [ "$name" = iiif ]; then
    cp -r "$IIIF/site" "$dir"
  else
    say "unknown site $name"; return 1
  fi
}

rows=()
diffs=()
raw=()
chart=()
for name in $SITES; do
  say "== $name"
  prepare "$name" >&2 || { rows+=("| $name | - | - | - | - | - | - | - | - | - | - | - | - | - | could not prepare |"); continue; }
  site=$WORK/$name/site
  posts=$(posts_of "$name")
  files=$(find "$site" -type f -not -path '*/gems/*' | wc -l)
  jruns=$RUNS jwarm=1
  if [ -n "$posts" ] && [ "$posts" -ge "$BIG" ]; then jruns=$JEKYLL_BIG_RUNS jwarm=0; fi
  if [ -n "$posts" ] && [ -n "$JEKYLL_MAX" ] && [ "$posts" -gt "$JEKYLL_MAX" ]; then
    say "  jekyll: not run (JEKYLL_MAX=$JEKYLL_MAX)"
    j="not-run - -"
  else
    j=$(measure jekyll "$site" "$WORK/$name/jekyll" "$jruns" "$jwarm") || true
  fi
  h=$(measure hyde "$site" "$WORK/$name/hyde") || true
  o=-
  if [ -n "$posts" ]; then
    if [ -n "$HUGO" ]; then o=$(measure hugo "$WORK/$name/hugo-site" "$WORK/$name/hugo") || true; fi
  elif [ -d "$WORK/$name/jekyll" ]; then
    # The floor: copying the finished output tree.
    o=$(measure copy "$WORK/$name/jekyll" "$WORK/$name/copy") || true
  fi
  read -r js jm jc <<<"$j"
  read -r hs hm hc <<<"$h"
  read -r os om oc <<<"$o"
  [ "$j" = FAIL ] && js=FAIL jm=- jc=-
  [ "$h" = FAIL ] && hs=FAIL hm=- hc=-
  [ "$o" = FAIL ] && os=FAIL om=- oc=-
  [ "$o" = - ] && os=- om=- oc=-
  other=hugo
  [ -n "$posts" ] || other=copy
  summary="not compared (a build failed)"
  if [ "$js" = not-run ]; then
    summary="not compared (Jekyll not run)"
  elif [ "$j" != FAIL ] && [ "$h" != FAIL ]; then
    args=()
    [ "$name" = iiif ] && args=(--mask "$IIIF/random.mask" --ignore-generator)
    "$SITE_DIFF" "$WORK/$name/jekyll" "$WORK/$name/hyde" "${args[@]}" --show 2 --list 20 >"$WORK/$name/site-diff.txt" 2>&1
    sed 's/^/  /' "$WORK/$name/site-diff.txt" | tail -n 40 >&2
    summary=$(tail -n 1 "$WORK/$name/site-diff.txt")
  fi
  out_files=$( [ -d "$WORK/$name/jekyll" ] && find "$WORK/$name/jekyll" -type f | wc -l || echo -)
  hugo_files=
  [ -d "$WORK/$name/hugo" ] && hugo_files=" (Hugo: $(find "$WORK/$name/hugo" -type f | wc -l))"
  rows+=("| $name | $js | $hs | $os ($other) | $(ratio "$js" "$hs") | $(ratio "$os" "$hs") | $jm | $hm | $om | $jc | $hc | $oc | $(ratio "$jc" "$hc") | $(ratio "$oc" "$hc") | $files → $out_files$hugo_files |")
  diffs+=("- **$name**: \`$summary\`")
  [ -n "$posts" ] && chart+=("$posts $js $hs $os")
  for tool in jekyll hyde hugo copy; do
    [ -s "$WORK/$name/$tool.times" ] || continue
    raw+=("- $name, $tool: $(awk '{ printf "%s%s s / %.0f MB / %.2f s", (NR > 1 ? "; " : ""), $1, $2 / 1024, $3 + $4 }' "$WORK/$name/$tool.times")")
  done
  [ -n "${KEEP:-}" ] || rm -rf "$WORK/$name"
done

# ---- linearity -------------------------------------------------------------------------
# Seconds per 1,000 posts at each size: flat when the time is linear in the post count.
linear=()
for row in "${chart[@]}"; do
  read -r n js hs os <<<"$row"
  linear+=("| $n | $(awk -v t="$js" -v n="$n" 'BEGIN { if (t ~ /^[0-9.]+$/) printf "%.3f", t * 1000 / n; else print "-" }') | $(awk -v t="$hs" -v n="$n" 'BEGIN { if (t ~ /^[0-9.]+$/) printf "%.3f", t * 1000 / n; else print "-" }') | $(awk -v t="$os" -v n="$n" 'BEGIN { if (t ~ /^[0-9.]+$/) printf "%.3f", t * 1000 / n; else print "-" }') |")
done

# ---- chart -----------------------------------------------------------------------------
# An SVG of build time against post count, two panels: the three tools, and hyde with Hugo
# on their own scale. Written by a few lines of python3 (standard library only).
svg=
if [ -n "$DOC" ] && [ ${#chart[@]} -gt 0 ] && command -v python3 >/dev/null; then
  svg=$(dirname "$DOC")/benchmarks.svg
  mkdir -p "$(dirname "$svg")"
  printf '%s\n' "${chart[@]}" | python3 - "$svg" <<'PY'
import sys

rows = []
for line in sys.stdin:
    n, *ts = line.split()
    rows.append((int(n), [float(t) if t.replace('.', '', 1).isdigit() else None for t in ts]))
rows.sort()
tools = [("Jekyll", "#c0392b"), ("hyde", "#2471a3"), ("Hugo", "#d4ac0d")]
W, H, PAD = 420, 300, 55
out = ['<svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" font-family="sans-serif" font-size="11">' % (2 * W + 20, H + 40),
       '<rect width="100%" height="100%" fill="white"/>']

def nice(v):
    # The smallest of 1, 2, 2.5, 5 times a power of ten that needs at most six lines.
    for exp in range(-3, 6):
        for step in (1, 2, 2.5, 5):
            s = step * 10 ** exp
            if v / s <= 6:
                return s
    return v / 5

def panel(x0, title, which):
    pts = [(n, ts[i]) for i in which for n, ts in rows if ts[i] is not None]
    if not pts:
        return
    xmax = max(n for n, _ in pts) * 1.05
    ymax = max(t for _, t in pts) * 1.1
    sx = lambda n: x0 + PAD + (W - PAD - 10) * n / xmax
    sy = lambda t: 20 + (H - 50) * (1 - t / ymax)
    out.append('<text x="%d" y="14" font-size="13" font-weight="bold">%s</text>' % (x0 + PAD, title))
    step = nice(ymax)
    y = 0.0
    while y <= ymax:
        out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="#ddd"/>' % (sx(0), sy(y), sx(xmax), sy(y)))
        out.append('<text x="%.1f" y="%.1f" text-anchor="end">%g s</text>' % (sx(0) - 4, sy(y) + 4, y))
        y += step
    for n, _ in rows:
        out.append('<text x="%.1f" y="%d" text-anchor="middle">%d</text>' % (sx(n), H - 14, n))
    out.append('<text x="%.1f" y="%d" text-anchor="middle">posts</text>' % (sx(xmax / 2), H + 2))
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black"/>' % (sx(0), sy(0), sx(xmax), sy(0)))
    out.append('<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="black"/>' % (sx(0), sy(0), sx(0), sy(ymax)))
    for k, i in enumerate(which):
        name, color = tools[i]
        line = [(sx(n), sy(ts[i])) for n, ts in rows if ts[i] is not None]
        if line:
            out.append('<polyline fill="none" stroke="%s" stroke-width="2" points="%s"/>' % (color, ' '.join('%.1f,%.1f' % p for p in line)))
            for px, py in line:
                out.append('<circle cx="%.1f" cy="%.1f" r="3" fill="%s"/>' % (px, py, color))
        out.append('<rect x="%d" y="%d" width="10" height="10" fill="%s"/><text x="%d" y="%d">%s</text>' % (x0 + PAD + 10, 28 + 16 * k, color, x0 + PAD + 24, 37 + 16 * k, name))

panel(0, "Build time against post count", [0, 1, 2])
panel(W + 20, "hyde and Hugo", [1, 2])
out.append('<text x="%d" y="%d" fill="#555">median wall seconds, cold builds of benches/sitegen.rs blogs (benches/compare.sh)</text>' % (PAD, H + 30))
out.append('</svg>')
open(sys.argv[1], 'w').write('\n'.join(out) + '\n')
PY
fi

# ---- report ----------------------------------------------------------------------------
mem_mb=$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1024 }' /proc/meminfo)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

report=$(cat <<EOF
- date: $(date -u '+%Y-%m-%d %H:%M UTC')
- machine: $(nproc) CPUs ($cpu), ${mem_mb} MB memory, $(uname -sr); load average (1, 5, 15 min)
  $load_start at the start, $load_end at the end
- hyde: \`${HYDE#"$ROOT"/}\`, built from commit $commit
- Jekyll: $JEKYLL_VERSION via \`jekyll-ref\` (Debian's package, Ruby $(ruby -e 'print RUBY_VERSION' 2>/dev/null))
- Hugo: $HUGO_VERSION (Debian's package), on the Hugo twin of each generated blog
- method: \`benches/compare.sh\`: cold builds (destination and caches removed each run), one
  warm-up then $RUNS timed runs per tool (Jekyll from $BIG posts on: $JEKYLL_BIG_RUNS run, no warm-up);
  medians of wall time, peak RSS and CPU time (user + system) from
  \`/usr/bin/time -f '%e %M %U %S'\`; SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH. Generated blogs:
  N posts, N/10 guide pages, seed 42. "J/h" is Jekyll's wall time over hyde's, "o/h" the
  other tool's (Hugo's, or for iiif a \`cp -r\` of Jekyll's output tree) over hyde's; the
  "CPU" ratios are the same for CPU time. The machine is shared: wall times move with its
  load, CPU times much less.

| site | jekyll s | hyde s | other s | J/h | o/h | jekyll MB | hyde MB | other MB | jekyll CPU s | hyde CPU s | other CPU s | J/h CPU | o/h CPU | files in → out |
|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
$(printf '%s\n' "${rows[@]}")

Seconds per 1,000 posts (flat = linear in the post count):

| posts | jekyll | hyde | hugo |
|---:|---:|---:|---:|
$(printf '%s\n' "${linear[@]}")
$([ -n "$svg" ] && printf '\n![build time against post count](%s)\n' "$(basename "$svg")")

Correctness (\`site-diff JEKYLL_OUT HYDE_OUT\`; iiif with its \`random.mask\` and \`--ignore-generator\`):

$(printf '%s\n' "${diffs[@]}")

Every timed run (wall / peak RSS / CPU):

$(printf '%s\n' "${raw[@]}")
EOF
)
printf '%s\n' "$report"
mkdir -p "$(dirname "$RESULTS")"
printf '# hyde vs Jekyll vs Hugo: latest comparison\n\n%s\n' "$report" >"$RESULTS"
say "wrote $RESULTS"
if [ -n "$DOC" ]; then
  # Replace what lies between the markers; a page without them gets them at its end.
  [ -f "$DOC" ] || printf '# Benchmarks\n' >"$DOC"
  grep -q '^<!-- compare.sh: begin -->' "$DOC" || printf '\n<!-- compare.sh: begin -->\n<!-- compare.sh: end -->\n' >>"$DOC"
  printf '%s\n' "$report" >"$WORK/report.md"
  awk -v f="$WORK/report.md" '
    /^<!-- compare.sh: begin -->/ { print; while ((getline l < f) > 0) print l; skip = 1; next }
    /^<!-- compare.sh: end -->/ { skip = 0 }
    !skip { print }' "$DOC" >"$WORK/doc.md" && cp "$WORK/doc.md" "$DOC"
  say "wrote $DOC${svg:+ and $svg}"
fi
