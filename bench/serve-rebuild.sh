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
PAGE="http://127.0.0.1:$PORT/experimentations/${FILE%.md}/"
# One Python process waits for the preview, edits the file and polls the page every 2 ms (a curl
# process per try would add its own start-up to the measure).
python3 - "$N" "$PAGE" "$WORK/content/experiments/$FILE" <<'PY'
import re, sys, time, urllib.parse, urllib.request
n, page, path = sys.argv[1:]
def fetch():
    try:
        with urllib.request.urlopen(page, timeout=2) as r:
            return r.read().decode("utf-8")
    except OSError:
        return None
start = time.monotonic()
while fetch() is None:
    time.sleep(0.2)
ready = time.monotonic()
time.sleep(2)   # let the first build's open data files finish, as a writer would
EDITS = 5
delays, others = [], []
for k in range(1, EDITS + 1):
    title = f"Titre modifié pour la mesure {k}"
    with open(path, encoding="utf-8") as f:
        text = f.read()
    text = re.sub(r"^title: .*$", f'title: "{title}"', text, count=1, flags=re.M)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    edited = time.monotonic()
    while title not in (fetch() or ""):
        time.sleep(0.002)
    delays.append(time.monotonic() - edited)
    # The lists and feeds it appears in change in the same step: its commune's page and feed.
    commune = re.search(r'href="((?:\.\./)+communes/[^"/]+/)"', fetch() or "")
    if commune:
        base = urllib.parse.urljoin(page, commune.group(1))
        with urllib.request.urlopen(base) as r, urllib.request.urlopen(base + "feed.xml") as f:
            others.append(title in r.read().decode() and title in f.read().decode())
    time.sleep(1)
delay = sorted(delays)[len(delays) // 2]
print(f"serve-rebuild N={n}: first build and start {ready - start:.2f} s; edit visible after {delay:.3f} s, median of "
      f"{EDITS} edits ({', '.join(f'{d:.3f}' for d in delays)}) (target <= 0.100 s: {'PASS' if delay <= 0.1 else 'MISS'}); "
      f"its commune's page and feed up to date at that moment: {'yes' if others and all(others) else 'NO'}")
PY
# VERBOSE=1 shows the preview's log: what each rebuild redid and how long each step took.
if [ -n "${VERBOSE:-}" ]; then sleep 1; cat "$WORK/serve.log"; fi
