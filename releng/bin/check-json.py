#!/usr/bin/python3
"""Checks that standard input is one JSON document valid against docs/schemas/COMMAND.schema.json (python3-jsonschema,
an implementation independent of RDP Doctor's). Usage: rdpdoctor COMMAND ... --format json | check-json.py COMMAND
[PYTHON_EXPRESSION_ON_d ...]: each expression must be true of the parsed document d. Exit 0 valid, 1 not."""
import json
import pathlib
import sys

import jsonschema

schema_file = pathlib.Path(__file__).resolve().parents[2] / "docs" / "schemas" / (sys.argv[1] + ".schema.json")
text = sys.stdin.read()
try:
    d = json.loads(text)
    jsonschema.Draft202012Validator(json.loads(schema_file.read_text())).validate(d)
except (ValueError, jsonschema.ValidationError) as e:
    sys.exit(f"check-json: {sys.argv[1]}: not valid against {schema_file.name}: {e}\n{text[:2000]}")
for expression in sys.argv[2:]:
    if not eval(expression, {}, {"d": d}):
        sys.exit(f"check-json: {sys.argv[1]}: '{expression}' is false of\n{text[:2000]}")
