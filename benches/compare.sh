#!/usr/bin/env bash
# compare.sh: hyde against real Jekyll 4.3.1, side by side, in one run.
#
# usage: benches/compare.sh            (from anywhere; run as root to let it apt-get `time`)
#
# For each site it builds with both tools, cold (the destination and Jekyll's cache are
# removed before every run), RUNS times each after one untimed warm-up, and reports the
# median wall time and the median peak RSS (`/usr/bin/time -f '%e %M'`). It then runs
# site-diff between the two outputs, so the speed comes with a correctness number.
#
# Sites:
#   small   benches/sitegen.rs: 100 posts, 20 guide pages, seed 42
#   medium  benches/sitegen.rs: 1000 posts, 100 guide pages, seed 42
#   iiif    the iiif.io website fixture (/work/shared/fixtures/iiif-website/site),
#           copied to a temp dir first; compared with its random.mask and
#           --ignore-generator, as the fixture's README says
#
# Both tools run inside the site directory with only a destination given, the way
# jekyll-ref runs Jekyll, so a `source:` key in _config.yml (the iiif site has one) means
# the same to both. For the generated sites this is `hyde build -s SITE -d OUT`.
#
# Environment:
#   RUNS=5            timed runs per tool and site
#   SITES="small medium iiif"
#   HYDE=path         use this hyde binary instead of building target/release/hyde
#   RESULTS=path      where the Markdown report goes (default benches/results/latest.md)
#   KEEP=1            keep the temp dir (sites and outputs) and print its path
#   SOURCE_DATE_EPOCH pins site.time for both tools (default 1779904991, the iiif
#                     fixture's: 2026-05-27T18:03:11Z)
#
# A site one tool cannot build is reported as FAIL (with the tail of its stderr) and
# the run goes on with the next site.
set -uo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
SHARED=${SHARED:-$(cd "$ROOT/.." && pwd)/shared}
JEKYLL_REF=$SHARED/tools/jekyll-ref
SITE_DIFF=$SHARED/tools/site-diff
IIIF=$SHARED/fixtures/iiif-website
RUNS=${RUNS:-5}
SITES=${SITES:-small medium iiif}
RESULTS=${RESULTS:-$ROOT/benches/results/latest.md}
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-1779904991}
export LC_ALL=C.UTF-8 TZ=UTC

say() { printf '%s\n' "$*" >&2; }

# ---- tools -----------------------------------------------------------------------------
need_apt=()
[ -x /usr/bin/time ] || need_apt+=(time)
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
  if [ "$tool" = jekyll ]; then
    /usr/bin/time -f '%e %M %U %S' -o "$t" "$JEKYLL_REF" "$site" "$out" >"$WORK/$tool.log" 2>&1
  else
    # jekyll-ref puts SITE/gems on GEM_PATH (where the iiif site keeps its theme); so does this.
    local gem_path=${GEM_PATH:-}
    [ -d "$site/gems/specifications" ] && gem_path=$site/gems${gem_path:+:$gem_path}
    (cd "$site" && GEM_PATH=$gem_path /usr/bin/time -f '%e %M %U %S' -o "$t" "$HYDE" build -d "$out") \
      >"$WORK/$tool.log" 2>&1
  fi
  status=$?
  # /usr/bin/time prints "Command exited with non-zero status N" before the numbers.
  tail -n 1 "$t" >>"$WORK/$tool.times"
  return $status
}

# measure TOOL SITE OUT: warm-up plus RUNS timed builds; prints the medians "wall-secs MB cpu-secs",
# or "FAIL".
measure() {
  local tool=$1 site=$2 out=$3 i
  : >"$WORK/$tool.times"
  if ! run_tool "$tool" "$site" "$out"; then
    say "  $tool FAILED on $(basename "$(dirname "$site")"); last lines of its output:"
    tail -n 8 "$WORK/$tool.log" | sed 's/^/    /' >&2
    echo FAIL; return 1
  fi
  : >"$WORK/$tool.times"
  for ((i = 1; i <= RUNS; i++)); do
    run_tool "$tool" "$site" "$out" || { say "  $tool failed on run $i"; echo FAIL; return 1; }
  done
  cp "$WORK/$tool.times" "$(dirname "$site")/$tool.times"
  local secs kb cpu
  secs=$(cut -d' ' -f1 "$WORK/$tool.times" | median)
  kb=$(cut -d' ' -f2 "$WORK/$tool.times" | median)
  cpu=$(awk '{ printf "%.2f\n", $3 + $4 }' "$WORK/$tool.times" | median)
  say "  $tool: wall $(cut -d' ' -f1 "$WORK/$tool.times" | tr '\n' ' ')s; median ${secs}s, ${cpu}s CPU, $((${kb%.*} / 1024)) MB"
  printf '%s %s %s\n' "$secs" "$(awk -v k="$kb" 'BEGIN { printf "%.0f", k / 1024 }')" "$cpu"
}

# ---- sites -----------------------------------------------------------------------------
prepare() {
  local name=$1 dir=$WORK/$1/site
  mkdir -p "$WORK/$name"
  case $name in
    small) "$GEN" "$dir" 100 20 42 ;;
    medium) "$GEN" "$dir" 1000 100 42 ;;
    iiif) cp -r "$IIIF/site" "$dir" ;;
    *) say "unknown site $name"; return 1 ;;
  esac
}

rows=()
diffs=()
raw=()
for name in $SITES; do
  say "== $name"
  prepare "$name" >&2 || { rows+=("| $name | - | - | - | - | - | - | - | could not prepare |"); continue; }
  site=$WORK/$name/site
  files=$(find "$site" -type f -not -path '*/gems/*' | wc -l)
  j=$(measure jekyll "$site" "$WORK/$name/jekyll") || true
  h=$(measure hyde "$site" "$WORK/$name/hyde") || true
  read -r js jm jc <<<"$j"
  read -r hs hm hc <<<"$h"
  [ "$j" = FAIL ] && js=FAIL jm=- jc=-
  [ "$h" = FAIL ] && hs=FAIL hm=- hc=-
  ratio=-
  if [ "$j" != FAIL ] && [ "$h" != FAIL ]; then
    ratio=$(awk -v a="$js" -v b="$hs" 'BEGIN { if (b > 0) printf "%.1fx", a / b; else print "inf" }')
  fi
  summary="not compared (a build failed)"
  if [ "$j" != FAIL ] && [ "$h" != FAIL ]; then
    args=()
    [ "$name" = iiif ] && args=(--mask "$IIIF/random.mask" --ignore-generator)
    "$SITE_DIFF" "$WORK/$name/jekyll" "$WORK/$name/hyde" "${args[@]}" --show 2 --list 20 >"$WORK/$name/site-diff.txt" 2>&1
    sed 's/^/  /' "$WORK/$name/site-diff.txt" | tail -n 40 >&2
    summary=$(tail -n 1 "$WORK/$name/site-diff.txt")
  fi
  out_files=$( [ -d "$WORK/$name/jekyll" ] && find "$WORK/$name/jekyll" -type f | wc -l || echo -)
  rows+=("| $name | $js | $hs | $ratio | $jm | $hm | $jc | $hc | $files → $out_files |")
  diffs+=("- **$name**: \`$summary\`")
  for tool in jekyll hyde; do
    [ -s "$WORK/$name/$tool.times" ] || continue
    raw+=("- $name, $tool: $(awk '{ printf "%s%s s / %.0f MB / %.2f s", (NR > 1 ? "; " : ""), $1, $2 / 1024, $3 + $4 }' "$WORK/$name/$tool.times")")
  done
done

# ---- report ----------------------------------------------------------------------------
mem_mb=$(awk '/^MemTotal:/ { printf "%.0f", $2 / 1024 }' /proc/meminfo)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo)
load_end=$(cut -d' ' -f1-3 /proc/loadavg)

report=$(cat <<EOF
# hyde vs Jekyll: latest comparison

- date: $(date -u '+%Y-%m-%d %H:%M UTC')
- machine: $(nproc) CPUs ($cpu), ${mem_mb} MB memory; load average (1, 5, 15 min) $load_start
  at the start, $load_end at the end
- hyde: \`${HYDE#"$ROOT"/}\`, built from commit $commit
- Jekyll: $JEKYLL_VERSION via \`jekyll-ref\` (Debian's package, Ruby $(ruby -e 'print RUBY_VERSION' 2>/dev/null))
- method: \`benches/compare.sh\`: cold builds (destination and caches removed each run), one
  warm-up then $RUNS timed runs per tool; medians of wall time, peak RSS and CPU time (user +
  system) from \`/usr/bin/time -f '%e %M %U %S'\`; SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH. "ratio" is
  Jekyll's wall time over hyde's. The machine is shared: wall times move with its load, CPU
  times much less.

| site | jekyll s | hyde s | ratio | jekyll MB | hyde MB | jekyll CPU s | hyde CPU s | files in → out |
|---|---:|---:|---:|---:|---:|---:|---:|---|
$(printf '%s\n' "${rows[@]}")

Correctness (\`site-diff JEKYLL_OUT HYDE_OUT\`; iiif with its \`random.mask\` and \`--ignore-generator\`):

$(printf '%s\n' "${diffs[@]}")

Every timed run (wall / peak RSS / CPU):

$(printf '%s\n' "${raw[@]}")
EOF
)
printf '%s\n' "$report"
mkdir -p "$(dirname "$RESULTS")"
printf '%s\n' "$report" >"$RESULTS"
say "wrote $RESULTS"
