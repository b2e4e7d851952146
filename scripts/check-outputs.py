#!/usr/bin/env python3
"""Reads a built site's calendars and data files back with independent parsers.

Usage: check-outputs.py PUBLIC_DIR
- every .ics file through the `icalendar` package (PyPI): parses, each VEVENT has UID, DTSTAMP,
  DTSTART, SUMMARY, URL, and every physical line is at most 75 octets;
- data/experiments.csv through Python's csv module, its header exactly the official schema's fields;
- data/*.json and data/*.geojson through json.
Prints one line per check and exits 1 on the first failure.
"""
import csv
import json
import pathlib
import sys

import icalendar

SCHEMA = pathlib.Path(__file__).resolve().parent.parent / "Tests/Fixtures/schemas/projets-territoire-v0.1.0.schema.json"
EXPECTED_HEADER = [field["name"] for field in json.loads(SCHEMA.read_text(encoding="utf-8"))["fields"]]


def fail(message):
    print(f"check-outputs: FAILED: {message}")
    sys.exit(1)


def main(root):
    root = pathlib.Path(root)
    calendars = sorted(root.rglob("*.ics"))
    if not calendars:
        fail("no .ics file")
    events = 0
    for path in calendars:
        raw = path.read_bytes()
        for number, line in enumerate(raw.split(b"\r\n"), 1):
            if len(line) > 75:
                fail(f"{path}:{number}: line of {len(line)} octets")
        if b"\n" in raw.replace(b"\r\n", b""):
            fail(f"{path}: bare LF line ending")
        calendar = icalendar.Calendar.from_ical(raw)
        for event in calendar.walk("VEVENT"):
            for prop in ("UID", "DTSTAMP", "DTSTART", "SUMMARY", "URL"):
                if event.get(prop) is None:
                    fail(f"{path}: VEVENT without {prop}")
            events += 1
    print(f"ics: {len(calendars)} files, {events} events parsed by icalendar {icalendar.__version__}")

    with open(root / "data/experiments.csv", newline="", encoding="utf-8") as f:
        rows = list(csv.reader(f))
    if rows[0] != EXPECTED_HEADER:
        fail(f"csv header {rows[0]}")
    if any(len(r) != len(rows[0]) for r in rows):
        fail("csv rows of different lengths")
    print(f"csv: {len(rows) - 1} rows, {len(rows[0])} columns, header ok")

    for path in sorted((root / "data").glob("*.json")) + sorted((root / "data").glob("*.geojson")):
        json.loads(path.read_text(encoding="utf-8"))
    print("json: data files parse")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "public")
