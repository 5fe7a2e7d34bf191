// End to end: bad inputs are reported with their location, and everything else is still checked.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using claimcheck::testing::run_claimcheck;

TEST_CASE("e2e: a broken rule file and a missing input are reported; the rest is still checked", "[e2e]") {
  auto const result = run_claimcheck(
      "check examples/nakatani-seoul tests/e2e/bad-input/no-such-article.md "
      "--rules tests/e2e/bad-input/broken-rules.yaml --format json 2>/dev/null");
  CHECK(result.status == 2);
  auto const report = nlohmann::json::parse(result.out);
  REQUIRE(report["errors"].size() == 2);
  CHECK(report["errors"][0]["path"] == "tests/e2e/bad-input/broken-rules.yaml");
  CHECK(report["errors"][0]["line"] == 5);
  CHECK(report["errors"][0]["column"] == 19);
  CHECK(report["errors"][0]["message"].get<std::string>().starts_with("unknown field 'jurisdction' in key"));
  CHECK(report["errors"][1]["path"] == "tests/e2e/bad-input/no-such-article.md");
  CHECK(report["errors"][1]["line"] == 0);
  // The good inputs were checked in full: both planted conflicts are there.
  CHECK(report["discrepancies"].size() == 2);
  CHECK(report["sources"].size() == 3);
}

TEST_CASE("e2e: standard input is read as a source", "[e2e]") {
  auto const result = run_claimcheck(
      "extract - < examples/nakatani-seoul/a-harbour-line-wire.md 2>/dev/null | head -n 1");
  auto const claim = nlohmann::json::parse(result.out);
  CHECK(claim["source"] == "<stdin>");
  CHECK(claim["kind"] == "office-holder");
  CHECK(claim["fields"]["person"]["name"] == "Gen Nakatani");
}

TEST_CASE("e2e: usage errors exit with status 2", "[e2e]") {
  CHECK(run_claimcheck("check 2>/dev/null").status == 2);
  CHECK(run_claimcheck("check examples --format pdf 2>/dev/null").status == 2);
  CHECK(run_claimcheck("frobnicate 2>/dev/null").status == 2);
}
