#!/usr/bin/env bash
# Prints the path of the SARIF 2.1.0 JSON schema that the tests validate SARIF reports against,
# fetching it first if it is not cached yet. The schema ships as sarif-2.1.0.json inside
# Microsoft's SARIF multitool package on the npm registry (the SARIF SDK's copy of the OASIS
# schema, errata 01, JSON Schema 2020-12). The package is large (about 43 MB) but is fetched once:
# the schema alone is kept in the cache, checked against a pinned SHA-256, and later runs work
# offline.
#   scripts/fetch-sarif-schema.sh     # prints ~/.cache/claimcheck-schemas/sarif-2.1.0-multitool-5.7.0.json
# Needs npm (and tar, sha256sum) only when the schema is not cached.
set -euo pipefail

package="@microsoft/sarif-multitool-linux"
version="5.7.0"
member="package/sarif-2.1.0.json"
sha256="1c49a0f2b60444c71bb14878e21e0d882198eff4c539861b133093ad89ed798c"
cache="${HOME}/.cache/claimcheck-schemas"
schema="${cache}/sarif-2.1.0-multitool-${version}.json"

matches() { [ -f "$1" ] && [ "$(sha256sum "$1" | cut -d' ' -f1)" = "$sha256" ]; }

if matches "$schema"; then
  echo "$schema"
  exit 0
fi

if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-sarif-schema: npm is needed to fetch ${package}@${version} (Debian: apt-get install npm)" >&2
  exit 1
fi

mkdir -p "$cache"
work="$(mktemp -d "${cache}/fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT

echo "fetch-sarif-schema: fetching ${package}@${version} from the npm registry" >&2
(cd "$work" && npm pack --silent "${package}@${version}" >/dev/null)
tarball="$(find "$work" -maxdepth 1 -name '*.tgz' | head -n 1)"
if [ -z "$tarball" ]; then
  echo "fetch-sarif-schema: npm pack ${package}@${version} produced no tarball" >&2
  exit 1
fi
tar -xzf "$tarball" -C "$work" "$member"
if ! matches "$work/$member"; then
  echo "fetch-sarif-schema: ${member} of ${package}@${version} does not have the expected SHA-256" >&2
  exit 1
fi
# A rename within the cache directory, so that a reader never sees half a schema.
mv "$work/$member" "$schema"
echo "$schema"
