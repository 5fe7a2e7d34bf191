#!/usr/bin/env bash
# Rewrites the golden reports of the end-to-end tests from the current build. Review the diff:
# a golden file is a statement of what claimcheck must report, not a snapshot to accept blindly.
set -euo pipefail
cd "$(dirname "$0")/.."
bin=build/claimcheck
$bin check examples/nakatani-seoul --format json > tests/golden/nakatani-seoul.json || true
$bin check examples/nakatani-seoul --color never > tests/golden/nakatani-seoul.txt || true
$bin extract examples/nakatani-seoul --format jsonl > tests/golden/nakatani-seoul.claims.jsonl
for corpus in trade-talks health-summit; do
  $bin check tests/e2e/corpora/$corpus --format json > tests/golden/$corpus.json || true
done
for corpus in brno-regional-election bingol-earthquake kanemori-hollins-marr budapest-gold-fraud eemland-kruijf; do
  $bin check examples/$corpus --format json > tests/golden/$corpus.json || true
done
$bin extract --values --reference-date 2026-03-10 - < tests/e2e/values/phrasings.txt > tests/golden/values.jsonl
git diff --stat -- tests/golden
