#!/usr/bin/env python3
"""Validates a built site's open data with the schemas' own tools, not with Vitrine's code.

Usage: check-open-data.py PUBLIC_DIR
- data/experiments.csv with frictionless against the official « projets-territoire » schema kept in
  Tests/Fixtures/schemas/ (header labels, order, types, patterns, enums, required values);
- data/experiments-complements.csv and data/indicators.csv with frictionless against the Table
  Schemas published beside them;
- data/experiments.json and data/communes.json with jsonschema (draft 2020-12, formats checked)
  against the JSON Schemas published beside them, after checking those schemas themselves.
Prints frictionless's and jsonschema's findings and exits 1 on any error.
Needs the PyPI packages frictionless (5.x) and jsonschema (4.x).
"""
import json
import pathlib
import sys

import frictionless
import jsonschema

REPO = pathlib.Path(__file__).resolve().parent.parent
OFFICIAL = REPO / "Tests/Fixtures/schemas/projets-territoire-v0.1.0.schema.json"


def table(csv_path, schema_path):
    """frictionless's report on one CSV: every error, with its row and field."""
    schema = frictionless.Schema.from_descriptor(json.loads(schema_path.read_text(encoding="utf-8")))
    resource = frictionless.Resource(path=csv_path.name, basepath=str(csv_path.parent), schema=schema)
    report = resource.validate()
    errors = report.flatten(["rowNumber", "fieldName", "type", "note"])
    rows = report.tasks[0].stats.get("rows") if report.tasks else None
    print(f"frictionless {frictionless.__version__}: {csv_path.name} against {schema_path.name}: "
          f"{'VALID' if report.valid else 'INVALID'}, {rows} rows, {len(errors)} errors")
    for row, field, kind, note in errors[:20]:
        print(f"  row {row} field {field}: {kind}: {note}")
    return len(errors) == 0 and report.valid


def document(json_path, schema_path):
    """jsonschema's report on one JSON file, formats checked."""
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    validator_class.check_schema(schema)
    validator = validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)
    instance = json.loads(json_path.read_text(encoding="utf-8"))
    errors = sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path))
    print(f"jsonschema {version('jsonschema')} ({validator_class.__name__}): {json_path.name} against "
          f"{schema_path.name}: {'VALID' if not errors else 'INVALID'}, {len(errors)} errors")
    for error in errors[:20]:
        print(f"  at /{'/'.join(map(str, error.absolute_path))}: {error.message}")
    return not errors


def version(package):
    from importlib.metadata import version as v
    return v(package)


def main(root):
    data = pathlib.Path(root) / "data"
    results = [
        table(data / "experiments.csv", OFFICIAL),
        table(data / "experiments-complements.csv", data / "experiments-complements.schema.json"),
        table(data / "indicators.csv", data / "indicators.schema.json"),
        document(data / "experiments.json", data / "experiments.schema.json"),
        document(data / "communes.json", data / "communes.schema.json"),
    ]
    if not all(results):
        print("check-open-data: FAILED")
        sys.exit(1)
    print("check-open-data: all files valid")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "public")
