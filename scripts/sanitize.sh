#!/usr/bin/env bash
# Builds claimcheck and its whole test suite once more with AddressSanitizer and
# UndefinedBehaviorSanitizer (build-asan/, -O1 -g, every finding fatal) and runs it with ctest.
#   scripts/sanitize.sh            configure, build, test
#   JOBS=1 scripts/sanitize.sh     fewer parallel jobs (default: the number of cores)
# Uses ccache when it is installed. Fails when a test fails or a sanitizer reports anything,
# including reports of the claimcheck binary that the end-to-end tests run with stderr discarded.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
build="$root/build-asan"
jobs=${JOBS:-$(nproc 2>/dev/null || echo 2)}

launcher=()
if command -v ccache >/dev/null 2>&1; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  export CCACHE_BASEDIR="$root"
fi

start=$(date +%s)
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" \
      -DCLAIMCHECK_SANITIZE=ON "${launcher[@]}" >&2
cmake --build "$build" -j "$jobs" --target claimcheck claimcheck_tests >&2
built=$(date +%s)
echo "sanitize: build took $((built - start)) s" >&2

# Every sanitizer report also goes to a log file, so that one from a child process whose
# stderr a test threw away still fails the run.
logs="$build/sanitizer-logs"
rm -rf "$logs" && mkdir -p "$logs"
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:exitcode=86:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1:log_path=$logs/asan"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:exitcode=86:log_path=$logs/ubsan"
export LSAN_OPTIONS="exitcode=86"

status=0
ctest --test-dir "$build" --output-on-failure -j "$jobs" || status=$?
echo "sanitize: tests took $(( $(date +%s) - built )) s" >&2

if compgen -G "$logs/*" >/dev/null; then
  echo "sanitize: sanitizer reports:" >&2
  for log in "$logs"/*; do echo "== $log" >&2; cat "$log" >&2; done
  status=1
fi
exit "$status"
