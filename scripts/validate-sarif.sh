#!/usr/bin/env bash
# Validates SARIF files against a JSON schema (scripts/fetch-sarif-schema.sh prints its path) with
# Python's jsonschema module; prints every violation with its place in the document.
#   scripts/validate-sarif.sh SCHEMA FILE...
# Exit status: 0 all valid; 1 a file is invalid; 2 usage or unreadable input; 3 no python3 with
# the jsonschema module (Debian: apt-get install python3-jsonschema).
set -euo pipefail

if [ $# -lt 2 ]; then
  echo "usage: $0 SCHEMA FILE..." >&2
  exit 2
fi

# The python3 first on PATH may be another installation than Debian's, which is where the
# python3-jsonschema package puts the module: use the first one that has it.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null 2>&1 && "$candidate" -c 'import jsonschema' >/dev/null 2>&1; then
    python="$candidate"
    break
  fi
done
if [ -z "$python" ]; then
  echo "validate-sarif: no python3 with the jsonschema module; install it with: apt-get install python3-jsonschema" >&2
  exit 3
fi

exec "$python" - "$@" <<'PY'
import json
import sys

import jsonschema

schema_path, files = sys.argv[1], sys.argv[2:]
try:
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
except (OSError, ValueError) as e:
    print(f"validate-sarif: cannot read schema {schema_path}: {e}", file=sys.stderr)
    sys.exit(2)
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema)

status = 0
for path in files:
    try:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
    except (OSError, ValueError) as e:
        print(f"{path}: cannot read: {e}", file=sys.stderr)
        status = max(status, 2)
        continue
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    for error in errors:
        where = "/".join(str(part) for part in error.absolute_path) or "(root)"
        print(f"{path}: {where}: {error.message}")
    if errors:
        status = max(status, 1)
    else:
        print(f"{path}: valid")
sys.exit(status)
PY
