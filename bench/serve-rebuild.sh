#!/usr/bin/env bash
# How long the preview takes to show an edit: starts vitrine-serve (release) on a generated
# benchmark site, changes one experiment's title, and times until the page serves the new title.
# Usage (from the repo root, after bench/run.sh N generated the site): bench/serve-rebuild.sh [N]
# Target (issue: authoring workflow): ≤ 0.1 s at N = 10,000.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
N=${1:-1000}
SITE=${BENCH_DIR:-/tmp}/vitrine-bench-$N
[ -d "$SITE/vitrine/content" ] || { echo "serve-rebuild: run bench/run.sh $N first" >&2; exit 2; }
swift build -c release --product vitrine-serve >/dev/null 2>&1
BIN="$(swift build -c release --show-bin-path)/vitrine-serve"
WORK=$(mktemp -d)
cp -r "$SITE/vitrine/content" "$WORK/content"
PORT=$((20000 + RANDOM % 10000))
"$BIN" --content "$WORK/content" --themes "$ROOT/site-templates" --port "$PORT" --now 2026-11-28 ${VERBOSE:+--verbose} >"$WORK/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; rm -rf "$WORK"' EXIT
# The first experiment file (a glob, not `ls | head`: with pipefail, head closing the pipe early fails the script).
FILE=$(cd "$WORK/content/experiments" && set -- *.md && echo "$1")
PAGE="http://127.0.0.1:$PORT/experiments/${FILE%.md}/"
start=$(date +%s.%N)
until curl -sf -m 2 "$PAGE" >/dev/null; do sleep 0.2; done
ready=$(date +%s.%N)
sed -i "0,/^title: .*/s//title: \"Titre modifié pour la mesure\"/" "$WORK/content/experiments/$FILE"
edited=$(date +%s.%N)
until curl -sf -m 2 "$PAGE" | grep -q "Titre modifié pour la mesure"; do sleep 0.01; done
done_at=$(date +%s.%N)
python3 - "$N" "$start" "$ready" "$edited" "$done_at" <<'PY'
import sys
n, start, ready, edited, done = sys.argv[1], *map(float, sys.argv[2:])
delay = done - edited
print(f"serve-rebuild N={n}: first build and start {ready - start:.2f} s; edit visible after {delay:.3f} s "
      f"(target <= 0.100 s: {'PASS' if delay <= 0.1 else 'MISS'})")
PY
# VERBOSE=1 shows the preview's log: what each rebuild redid and how long each step took.
if [ -n "${VERBOSE:-}" ]; then sleep 1; cat "$WORK/serve.log"; fi
