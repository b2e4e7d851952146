#!/usr/bin/env bash
# Build-speed benchmark: Vitrine against Hugo and against plain cmark, measured in the same run.
# Usage (from the repo root): bench/run.sh [N ...]      default N: 1000 10000
#   N = number of experiments; the site also has N/50 communes and N/5 news (bench/generate.py).
# Env: RUNS (timed runs per tool, default 3), WARMUP (untimed runs per tool first, default 0),
#      BENCH_DIR (where sites are generated, default /tmp; one folder vitrine-bench-N per N).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
RUNS=${RUNS:-3}
WARMUP=${WARMUP:-0}
BENCH_DIR=${BENCH_DIR:-/tmp}
NOW=2026-11-28
[ $# -gt 0 ] && NS=("$@") || NS=(1000 10000)
for n in "${NS[@]}"; do [[ $n =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: N must be a positive integer, got '$n'" >&2; exit 2; }; done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: RUNS must be >= 1" >&2; exit 2; }
log() { echo "bench: $*" >&2; }

# ---- tools: GNU time, hugo, cmark, libcmark-dev (to build vitrine), python3, swift
apt_install() {
  local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
  log "installing $* with apt-get"
  $sudo apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
missing=()
[ -x /usr/bin/time ] || missing+=(time)
command -v hugo >/dev/null 2>&1 || missing+=(hugo)
command -v cmark >/dev/null 2>&1 || missing+=(cmark)
pkg-config --exists libcmark 2>/dev/null || missing+=(libcmark-dev pkg-config)
[ ${#missing[@]} -eq 0 ] || apt_install "${missing[@]}"
command -v python3 >/dev/null || { echo "run.sh: python3 is required" >&2; exit 1; }
command -v swift >/dev/null || { echo "run.sh: swift is required (Swift 6 toolchain)" >&2; exit 1; }

# ---- build vitrine once, in release
log "swift build -c release --product vitrine"
if ! swift build -c release --product vitrine >"$BENCH_DIR/vitrine-bench-build.log" 2>&1; then
  tail -30 "$BENCH_DIR/vitrine-bench-build.log" >&2; echo "run.sh: swift build failed" >&2; exit 1
fi
BIN="$(swift build -c release --show-bin-path)/vitrine"
[ -x "$BIN" ] || { echo "run.sh: $BIN not found" >&2; exit 1; }
log "hugo: $(hugo version | cut -d' ' -f1-2), cmark: $(cmark --version | head -1)"

GEN="$ROOT/bench/generate.py"
GEN_HASH=$(sha256sum "$GEN" | cut -d' ' -f1)
RESULTS=$(mktemp "$BENCH_DIR/vitrine-bench-results.XXXXXX")
# Outputs of earlier runs are renamed into TRASH, never deleted between timed runs: on ext4, inodes
# freed in the last minutes are skipped one by one when new files are made, which would time the
# benchmark's own clean-up (measured: +3.6 s of kernel time at N=10,000). TRASH goes at the end.
mkdir -p "$BENCH_DIR"
TRASH=$(mktemp -d "$BENCH_DIR/vitrine-bench-trash.XXXXXX")
trap 'rm -f "$RESULTS"; log "removing earlier outputs ($TRASH)"; rm -rf "$TRASH"' EXIT

# measure N TOOL RUN OUTDIR LOG CMD...   (OUTDIR moved to TRASH first; LOG gets stdout+stderr)
measure() {
  local n=$1 tool=$2 run=$3 out=$4 logf=$5; shift 5
  local tf; tf=$(mktemp)
  [ -n "$out" ] && [ -e "$out" ] && mv "$out" "$(mktemp -d "$TRASH/$tool-$n-XXXXXX")/"
  local rc=0
  /usr/bin/time -f "%e %U %S %M" -o "$tf" "$@" >"$logf" 2>&1 || rc=$?
  local t; t=$(tail -1 "$tf"); rm -f "$tf"
  if [ "$rc" -ne 0 ]; then
    log "N=$n $tool exited with $rc; first lines of $logf:"; head -20 "$logf" >&2
    echo "$n $tool $run FAIL" >>"$RESULTS"; return 1
  fi
  [ "$run" = warmup ] || echo "$n $tool $run $t" >>"$RESULTS"
  log "N=$n $tool run $run: $t (wall user sys KB)"
}

for n in "${NS[@]}"; do
  dir="$BENCH_DIR/vitrine-bench-$n"
  stamp="$dir/.generated"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$n $GEN_HASH" ]; then
    log "N=$n: reusing $dir"
  else
    log "N=$n: generating into $dir"
    mkdir -p "$dir"; rm -f "$stamp"
    python3 "$GEN" "$n" "$dir" >&2
    echo "$n $GEN_HASH" >"$stamp"
  fi
  vout="$dir/vitrine-public"; hout="$dir/hugo-public"
  vcmd=("$BIN" build --content "$dir/vitrine/content" --themes "$ROOT/site-templates" --out "$vout" --now "$NOW")
  hcmd=(hugo --quiet -s "$dir/hugo" -d "$hout")
  ccmd=(sh -c 'exec cmark --smart "$1" > /dev/null' cmark "$dir/all.md")
  vok=1; hok=1
  runs=(); for ((w = 1; w <= WARMUP; w++)); do runs+=(warmup); done
  for ((r = 1; r <= RUNS; r++)); do runs+=("$r"); done
  for r in "${runs[@]}"; do        # interleaved, so drift affects every tool alike
    [ $vok = 1 ] && { measure "$n" vitrine "$r" "$vout" "$dir/vitrine.log" "${vcmd[@]}" || vok=0; }
    [ $hok = 1 ] && { measure "$n" hugo "$r" "$hout" "$dir/hugo.log" "${hcmd[@]}" || hok=0; }
    measure "$n" cmark "$r" "" "$dir/cmark.log" "${ccmd[@]}" || true
  done
  vp=$( [ -d "$vout" ] && find "$vout" -name '*.html' | wc -l || echo 0)
  hp=$( [ -d "$hout" ] && find "$hout" -name '*.html' | wc -l || echo 0)
  bodies=$(find "$dir/vitrine/content" -name '*.md' | wc -l)
  mdbytes=$(stat -c %s "$dir/all.md")
  echo "$n meta $vp $hp $bodies $mdbytes" >>"$RESULTS"
  vsum=$(grep -E 'erreur|avertissement' "$dir/vitrine.log" | tail -1 || true)
  echo "$n vitrinelog $vsum" >>"$RESULTS"
done

python3 - "$RESULTS" "$RUNS" <<'PY'
import statistics, sys
rows = [l.split() for l in open(sys.argv[1], encoding="utf-8")]
runs = sys.argv[2]
ns, data, meta, vlog = [], {}, {}, {}
for r in rows:
    n = int(r[0])
    if n not in ns: ns.append(n)
    if r[1] == "meta": meta[n] = r[2:]; continue
    if r[1] == "vitrinelog": vlog[n] = " ".join(r[2:]); continue
    if r[3] == "FAIL": data.setdefault((n, r[1]), None); continue
    if (n, r[1]) in data and data[(n, r[1])] is None: continue
    wall, user, sys_, kb = map(float, r[3:7])
    data.setdefault((n, r[1]), []).append((wall, user + sys_, kb / 1024))

def med(n, tool):
    v = data.get((n, tool))
    if not v: return None
    return tuple(statistics.median(x[i] for x in v) for i in range(3))

print(f"\nVitrine build benchmark — median of {runs} run(s) per tool (CPU = user+sys; each column its own median)")
print(f"{'N':>6} {'tool':<8} {'pages':>6} {'wall s':>8} {'CPU s':>8} {'peak MB':>8}")
for n in ns:
    vp, hp, bodies, mdbytes = meta.get(n, ["?"] * 4)
    for tool, pages in (("vitrine", vp), ("hugo", hp), ("cmark", "-")):
        m = med(n, tool)
        if m is None:
            print(f"{n:>6} {tool:<8} {pages:>6} {'FAILED':>8}"); continue
        print(f"{n:>6} {tool:<8} {pages:>6} {m[0]:>8.2f} {m[1]:>8.2f} {m[2]:>8.1f}")
print()
print(f"{'N':>6} {'ratio':<26} {'value':>8} {'target':>8}  result")
for n in ns:
    v, h, c = med(n, "vitrine"), med(n, "hugo"), med(n, "cmark")
    checks = []
    if v and h:
        checks += [("vitrine/hugo wall", v[0] / h[0], 0.25), ("vitrine/hugo peak memory", v[2] / h[2], 0.25)]
    if v and c:
        checks.append(("vitrine/cmark wall", v[0] / c[0], 2.5))
    for name, val, tgt in checks:
        print(f"{n:>6} {name:<26} {val:>8.2f} {'<= ' + str(tgt):>8}  {'PASS' if val <= tgt else 'MISS'}")
    if v and meta.get(n) and meta[n][0] not in ("0", "?"):
        print(f"{n:>6} {'vitrine time per page':<26} {1000 * v[0] / int(meta[n][0]):>7.2f}ms")
    if n in meta:
        print(f"{n:>6} input: {meta[n][2]} Markdown files, all.md {int(meta[n][3]) / 1e6:.1f} MB; vitrine: {vlog.get(n, '')}")
PY
