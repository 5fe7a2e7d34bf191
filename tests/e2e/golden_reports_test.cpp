// End to end: the binary on whole corpora, compared with the full expected report. The golden
// files are reviewed by hand; scripts/update-golden.sh rewrites them after a deliberate change.
#include <catch2/catch.hpp>

#include "run_binary.hpp"

using claimcheck::testing::read_source_file;
using claimcheck::testing::run_claimcheck;

namespace {

struct golden_case {
  std::string corpus;
  std::string golden;
  int status;
};

}  // namespace

TEST_CASE("e2e: JSON reports of the corpora match the reviewed golden files", "[e2e]") {
  auto const c = GENERATE(values<golden_case>({
      {"examples/nakatani-seoul", "tests/golden/nakatani-seoul.json", 1},
      {"tests/e2e/corpora/trade-talks", "tests/golden/trade-talks.json", 1},
      {"tests/e2e/corpora/health-summit", "tests/golden/health-summit.json", 1},
      // Annotated stories on other subjects (their expected.yaml is the scorer's answer key).
      {"examples/brno-regional-election", "tests/golden/brno-regional-election.json", 1},
      {"examples/bingol-earthquake", "tests/golden/bingol-earthquake.json", 1},
      {"examples/kanemori-hollins-marr", "tests/golden/kanemori-hollins-marr.json", 1},
      {"examples/budapest-gold-fraud", "tests/golden/budapest-gold-fraud.json", 0},
      {"examples/eemland-kruijf", "tests/golden/eemland-kruijf.json", 1},
  }));
  CAPTURE(c.corpus);
  auto const result = run_claimcheck("check " + c.corpus + " --format json 2>/dev/null");
  CHECK(result.status == c.status);
  CHECK(result.out == read_source_file(c.golden));
}

TEST_CASE("e2e: the text report of the example corpus matches the reviewed golden file", "[e2e]") {
  auto const result = run_claimcheck("check examples/nakatani-seoul --color never 2>/dev/null");
  CHECK(result.status == 1);
  CHECK(result.out == read_source_file("tests/golden/nakatani-seoul.txt"));
}

TEST_CASE("e2e: --fail-on never passes whatever is found", "[e2e]") {
  auto const result = run_claimcheck("check examples/nakatani-seoul --fail-on never --format json >/dev/null 2>&1; echo $?");
  CHECK(result.out == "0\n");
}

TEST_CASE("e2e: extract prints one JSON claim per line", "[e2e]") {
  auto const result = run_claimcheck("extract examples/nakatani-seoul --format jsonl 2>/dev/null");
  CHECK(result.status == 0);
  CHECK(result.out == read_source_file("tests/golden/nakatani-seoul.claims.jsonl"));
}

TEST_CASE("e2e: extract --values reads each line of standard input as its own text", "[e2e]") {
  auto const result =
      run_claimcheck("extract --values --reference-date 2026-03-10 - < tests/e2e/values/phrasings.txt 2>/dev/null");
  CHECK(result.status == 0);
  CHECK(result.out == read_source_file("tests/golden/values.jsonl"));
}

TEST_CASE("e2e: --reference-date must be a calendar date", "[e2e]") {
  CHECK(run_claimcheck("extract --values --reference-date 2026-13-45 - < /dev/null 2>/dev/null").status == 2);
}
