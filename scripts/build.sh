#!/usr/bin/env bash
# Installs what is missing (Debian 12 packages), configures and builds claimcheck in build/.
#   scripts/build.sh          build the tool
#   scripts/build.sh test     build the tool and the tests, then run the whole suite with ctest
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake pkg-config libboost-dev libfmt-dev libyaml-cpp-dev catch2
          libcli11-dev nlohmann-json3-dev libutf8proc-dev
          # the tests validate SARIF reports against the official schema
          python3-jsonschema)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
# The schema comes from the npm registry: any npm will do, Debian's or one installed otherwise.
command -v npm >/dev/null 2>&1 || missing+=(npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

jobs=$(nproc 2>/dev/null || echo 2)
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >&2
cmake --build build -j "$jobs" >&2

if [ "${1:-}" = "test" ]; then
  # Fetched before the tests, so that a registry failure is told apart from a failing test.
  bash scripts/fetch-sarif-schema.sh >/dev/null
  ctest --test-dir build --output-on-failure -j "$jobs"
fi
