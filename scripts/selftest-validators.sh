#!/usr/bin/env bash
# Shows that the open data and calendar checks can fail: each breaks a copy of a built site in one
# way a bug could (a column moved, a value off its enum, a number written as a string, an ORGANIZER
# dropped) and expects the independent validator to reject it.
# Usage: scripts/selftest-validators.sh PUBLIC_DIR PYTHON_WITH_FRICTIONLESS_AND_JSONSCHEMA
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
SITE=$1 PY=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

# expect_failure NAME CHECKER EDIT: copy the site, apply EDIT (python on the copy), run CHECKER.
expect_failure() {
  local name=$1 checker=$2 edit=$3 copy="$WORK/$1"
  cp -r "$SITE" "$copy"
  python3 -c "$edit" "$copy"
  if $checker "$copy" >"$WORK/$name.log" 2>&1; then
    echo "selftest: $name: NOT caught"; failures=$((failures + 1))
  else
    echo "selftest: $name: caught ($(grep -m1 -E '^  row |^  at /|: (VEVENT|VCALENDAR|VTIMEZONE): |Traceback' "$WORK/$name.log" | sed 's/^ *//' | cut -c1-110))"
  fi
}
opendata() { "$PY" scripts/check-open-data.py "$1"; }
libical() { /usr/bin/python3 scripts/check-calendars-libical.py "$1"; }

expect_failure csv-columns-swapped opendata '
import sys, csv, io; p = sys.argv[1] + "/data/experiments.csv"
rows = list(csv.reader(open(p, newline="", encoding="utf-8")))
for r in rows: r[3], r[4] = r[4], r[3]
out = io.StringIO(); csv.writer(out, lineterminator="\r\n").writerows(rows); open(p, "w", encoding="utf-8", newline="").write(out.getvalue())'
expect_failure csv-phase-off-enum opendata '
import sys; p = sys.argv[1] + "/data/experiments.csv"
t = open(p, encoding="utf-8").read(); open(p, "w", encoding="utf-8").write(t.replace(",Opération,", ",Operation,", 1).replace(",Idée,", ",Idee,", 1))'
expect_failure csv-createdAt-without-offset opendata '
import sys, re; p = sys.argv[1] + "/data/experiments.csv"
t = open(p, encoding="utf-8").read(); open(p, "w", encoding="utf-8").write(re.sub(r"T00:00:00[+-]\d\d:\d\d", "T00:00", t, count=1))'
expect_failure json-latitude-as-string opendata '
import sys, json; p = sys.argv[1] + "/data/experiments.json"
d = json.load(open(p)); e = d["experiments"][0]; e["latitude"] = "48.9"; json.dump(d, open(p, "w"))'
expect_failure json-themes-as-text opendata '
import sys, json; p = sys.argv[1] + "/data/experiments.json"
d = json.load(open(p)); d["experiments"][0]["themes"] = "energie,sante"; json.dump(d, open(p, "w"))'
expect_failure communes-signed-empty-string opendata '
import sys, json; p = sys.argv[1] + "/data/communes.json"
d = json.load(open(p)); c = next(c for c in d["communes"] if c["convention"]); c["convention"]["signed"] = ""; json.dump(d, open(p, "w"))'
expect_failure ics-without-organizer libical '
import sys, pathlib
for f in pathlib.Path(sys.argv[1]).rglob("*.ics"):
    f.write_text("".join(l for l in f.read_text().splitlines(True) if not l.startswith("ORGANIZER")))'
expect_failure ics-without-dtstart libical '
import sys, pathlib
for f in pathlib.Path(sys.argv[1]).rglob("*.ics"):
    f.write_text("".join(l for l in f.read_text().splitlines(True) if not l.startswith("DTSTART")))'

if [ "$failures" -ne 0 ]; then echo "selftest: $failures broken file(s) passed a validator"; exit 1; fi
echo "selftest: every broken file was rejected"
