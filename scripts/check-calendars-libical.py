#!/usr/bin/python3
"""Checks every .ics of a built site with libical, the C library behind Evolution and many servers.

Usage: /usr/bin/python3 check-calendars-libical.py PUBLIC_DIR
Each file is parsed by libical (parse errors become X-LIC-ERROR properties) and, when it declares a
METHOD, put through libical's RFC 5546 restriction check (`icalrestriction_check`: which properties
an iTIP method requires or forbids). Any X-LIC-ERROR fails the check.
Needs Debian's gir1.2-ical-3.0 and python3-gi, hence Debian's own python3 rather than a venv.
"""
import pathlib
import subprocess
import sys

import gi

gi.require_version("ICalGLib", "3.0")
from gi.repository import ICalGLib  # noqa: E402


def errors_in(component):
    """Every X-LIC-ERROR libical attached to the component or its children."""
    found = []
    prop = component.get_first_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    while prop is not None:
        found.append(f"{ICalGLib.Component.kind_to_string(component.isa())}: {prop.get_xlicerror()}")
        prop = component.get_next_property(ICalGLib.PropertyKind.XLICERROR_PROPERTY)
    child = component.get_first_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    while child is not None:
        found += errors_in(child)
        child = component.get_next_component(ICalGLib.ComponentKind.ANY_COMPONENT)
    return found


def main(root):
    root = pathlib.Path(root)
    calendars = sorted(root.rglob("*.ics"))
    if not calendars:
        print("check-calendars-libical: FAILED: no .ics file")
        sys.exit(1)
    failed = 0
    restricted = 0
    for path in calendars:
        component = ICalGLib.Component.new_from_string(path.read_text(encoding="utf-8"))
        if component is None or component.isa() != ICalGLib.ComponentKind.VCALENDAR_COMPONENT:
            print(f"{path}: not a VCALENDAR for libical")
            failed += 1
            continue
        if component.get_first_property(ICalGLib.PropertyKind.METHOD_PROPERTY) is not None:
            restricted += 1
            ICalGLib.restriction_check(component)
        problems = errors_in(component)
        for problem in problems:
            print(f"{path.relative_to(root)}: {problem}")
        failed += bool(problems)
    version = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "libical3"], capture_output=True, text=True).stdout
    print(f"libical {version or '3'} (ICalGLib): "
          f"{len(calendars)} files, {restricted} with METHOD put through the RFC 5546 restriction check, "
          f"{failed} with errors")
    if failed:
        print("check-calendars-libical: FAILED")
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "public")
