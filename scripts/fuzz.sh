#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ with clang (build-fuzz/, ASan+UBSan) and runs each
# for a bounded time on a corpus seeded from examples/, rules/ and tests/. Fails on any crash,
# leak, timeout or out-of-memory; the input that caused it is left in build-fuzz/artifacts/.
#   scripts/fuzz.sh                          build and run every target
#   FUZZ_SECONDS=300 scripts/fuzz.sh         run each target longer (default 60 s)
#   FUZZ_TARGETS="fuzz_rules" scripts/fuzz.sh  run some targets only
#   JOBS=1 scripts/fuzz.sh                   build and fuzz one thing at a time (default: cores)
#   scripts/fuzz.sh build-fuzz/artifacts/crash-...  (with FUZZ_TARGETS=one target) replay inputs
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/build-fuzz"
seconds=${FUZZ_SECONDS:-60}
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# clang 14 is Debian 12's clang; libFuzzer's runtime comes in libclang-rt-14-dev.
packages=(clang-14 libclang-rt-14-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "fuzz: installing ${missing[*]}" >&2
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >&2
fi

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$root"
fi

start=$(date +%s)
cmake -S . -B "$build" -DCMAKE_CXX_COMPILER=clang++-14 -DCMAKE_BUILD_TYPE=Debug \
      -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" -DCLAIMCHECK_FUZZ=ON -DCLAIMCHECK_BUILD_TESTS=OFF \
      "${launcher[@]}" >&2
all_targets=()
for source in tests/fuzz/fuzz_*.cpp; do all_targets+=("$(basename "$source" .cpp)"); done
read -r -a targets <<<"${FUZZ_TARGETS:-${all_targets[*]}}"
cmake --build "$build" -j "$jobs" --target "${targets[@]}" >&2
echo "fuzz: build took $(( $(date +%s) - start )) s" >&2

export ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1:symbolize_inline_frames=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"

# Replaying given files through one target, as a regression check of a crasher.
if [ $# -gt 0 ]; then
  [ ${#targets[@]} -eq 1 ] || { echo "fuzz: name the one target to replay with FUZZ_TARGETS" >&2; exit 2; }
  exec "$build/${targets[0]}" -rss_limit_mb=2048 -timeout=10 "$@"
fi

# Seeds: the inputs each surface is meant for. Copied afresh every run, so a corpus the fuzzer
# grew on this machine is kept and extended, never committed.
seed() {  # seed TARGET FILE...
  local dir="$build/corpus/$1"
  shift
  mkdir -p "$dir"
  for file in "$@"; do
    [ -f "$file" ] && cp "$file" "$dir/seed-$(echo "$file" | tr '/' '_')"
  done
}
# A rules file per rule, so that the fuzzer mutates one rule (and runs its examples) at a time.
split_rules() {  # split_rules TARGET FILE...
  local dir="$build/corpus/$1"
  shift
  mkdir -p "$dir"
  for file in "$@"; do
    awk -v prefix="$dir/seed-$(echo "$file" | tr '/' '_')-" '
      /^  - id:/ { n++; out = prefix n ".yaml"; print "rules:" > out }
      n > 0 { print >> out }' "$file"
  done
}
articles=$(find examples tests -type f \( -name '*.md' -o -name '*.txt' \) | sort)
# shellcheck disable=SC2086
seed fuzz_extract $articles
# shellcheck disable=SC2086
seed fuzz_document $articles
split_rules fuzz_rules rules/default.yaml rules/facts/*.yaml examples/facts/*rules*.yaml
seed fuzz_rules tests/e2e/bad-input/*.yaml tests/e2e/rules-command/*.yaml
seed fuzz_fact_sheet examples/facts/*.yaml
seed fuzz_lexicon rules/lexicon/*.yaml
# Each value phrasing alone is a short seed the grammar fully matches.
if [ -f tests/e2e/values/phrasings.txt ]; then
  mkdir -p "$build/corpus/fuzz_extract"
  awk -v dir="$build/corpus/fuzz_extract" 'NF { print > (dir "/seed-phrasing-" NR ".txt") }' tests/e2e/values/phrasings.txt
fi

mkdir -p "$build/artifacts" "$build/logs"
run_target() {  # run_target NAME: the fuzzer's exit status
  local name=$1
  mkdir -p "$build/corpus/$name"
  "$build/$name" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -max_len=16384 \
    -print_final_stats=1 -artifact_prefix="$build/artifacts/$name-" \
    "$build/corpus/$name" >"$build/logs/$name.log" 2>&1
}

# Targets run side by side, one per job; each is single-threaded.
status=0
declare -A pids=()
for name in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do sleep 1; done
  echo "fuzz: running $name for ${seconds} s" >&2
  run_target "$name" &
  pids[$name]=$!
done
for name in "${targets[@]}"; do
  if wait "${pids[$name]}"; then
    echo "fuzz: $name: $(grep -m1 -o 'stat::number_of_executed_units: *[0-9]*' "$build/logs/$name.log" | grep -o '[0-9]*$') runs, no finding" >&2
  else
    # The finding, where it is, and the input kept to replay it (stack frames of Spirit are
    # pages long, so the whole log stays in build-fuzz/logs/).
    echo "fuzz: $name FAILED:" >&2
    grep -E 'runtime error|ERROR: |SUMMARY: |Test unit written|^    #[0-9]+ .* in claimcheck::' \
      "$build/logs/$name.log" | cut -c1-300 | head -n 30 >&2
    echo "fuzz: replay with FUZZ_TARGETS=$name scripts/fuzz.sh <artifact>; full log: $build/logs/$name.log" >&2
    status=1
  fi
done
echo "fuzz: finished in $(( $(date +%s) - start )) s" >&2
exit "$status"
