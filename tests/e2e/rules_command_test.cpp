// End to end: `claimcheck rules list|explain|test` over small rule files, and rules refused by
// `check` because their own examples fail. Standard error is folded into the output where a
// test looks at it; it is written before anything on standard output.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include "run_binary.hpp"

using claimcheck::testing::run_claimcheck;

namespace {

std::string const passing = " --no-default-rules --rules tests/e2e/rules-command/passing.yaml";
std::string const failing = " --no-default-rules --rules tests/e2e/rules-command/failing.yaml";
std::string const broken = " --no-default-rules --rules tests/e2e/rules-command/broken.yaml";

}  // namespace

TEST_CASE("e2e: rules list", "[e2e][rules-command]") {
  SECTION("one line per rule: id, kind, origin, first sentence") {
    auto const result = run_claimcheck("rules list" + passing + " 2>&1");
    CHECK(result.status == 0);
    CHECK(result.out ==
          "visit-dates     single-value  tests/e2e/rules-command/passing.yaml:4   A visit has one set of dates.\n"
          "walkout-counts  single-value  tests/e2e/rules-command/passing.yaml:22\n");
  }
  SECTION("a rule file that cannot be used: its errors, the rules that loaded, exit 2") {
    auto const result = run_claimcheck("rules list" + broken + " 2>&1");
    CHECK(result.status == 2);
    CHECK(result.out ==
          "tests/e2e/rules-command/broken.yaml:17:19: error: 'conflict' must be a list of texts, one per source\n"
          "walkout-counts  single-value  tests/e2e/rules-command/broken.yaml:3\n");
  }
  SECTION("the default pack is listed unless declined") {
    auto const result = run_claimcheck("rules list 2>&1");
    CHECK(result.status == 0);
    CHECK(result.out.starts_with("office-holder-single-value "));
    CHECK(result.out.find(" rules/default.yaml:4 ") != std::string::npos);
  }
}

TEST_CASE("e2e: rules explain", "[e2e][rules-command]") {
  SECTION("a rule as its file states it") {
    auto const result = run_claimcheck("rules explain visit-dates" + passing + " 2>&1");
    CHECK(result.status == 0);
    CHECK(result.out == R"(id: visit-dates
kind: single-value
origin: tests/e2e/rules-command/passing.yaml:4:5
description: A visit has one set of dates. Visits more than two weeks apart are different visits.
parameters:
  claims: visit
  key: [subject, place]
  value: date
  time-field: date
  within-days: 14
  message: {subject} in {place}: {values}
examples:
  tests/e2e/rules-command/passing.yaml:15:9: conflict
    - Health Minister Odile Farrant visited Port Calder on 3 May 2031.
    - Health Minister Odile Farrant visited Port Calder on 5 May 2031.
  tests/e2e/rules-command/passing.yaml:18:9: no-conflict
    - [2031-05-04] Health Minister Odile Farrant visited Port Calder on 3 May.
    - Health Minister Odile Farrant visited Port Calder on 29 May 2031.
)");
  }
  SECTION("an unknown id: the close ones, exit 2") {
    auto const result = run_claimcheck("rules explain visit-date" + passing + " 2>&1");
    CHECK(result.status == 2);
    CHECK(result.out == "error: unknown rule id 'visit-date' (close ids: visit-dates)\n");
  }
  SECTION("an unknown id like no other") {
    auto const result = run_claimcheck("rules explain tariffs" + passing + " 2>&1");
    CHECK(result.status == 2);
    CHECK(result.out ==
          "error: unknown rule id 'tariffs' (no loaded rule has a similar id; 'claimcheck rules list' shows them all)\n");
  }
  SECTION("the id is required") { CHECK(run_claimcheck("rules explain 2>/dev/null").status == 2); }
}

TEST_CASE("e2e: rules test", "[e2e][rules-command]") {
  SECTION("every example passes: exit 0") {
    auto const result = run_claimcheck("rules test" + passing + " 2>&1");
    CHECK(result.status == 0);
    CHECK(result.out ==
          "PASS tests/e2e/rules-command/passing.yaml:15:9: visit-dates: conflict\n"
          "PASS tests/e2e/rules-command/passing.yaml:18:9: visit-dates: no-conflict\n"
          "2 examples: 2 passed, 0 failed; 1 rule without examples\n");
  }
  SECTION("an example fails: exit 1") {
    auto const result = run_claimcheck("rules test" + failing + " 2>&1");
    CHECK(result.status == 1);
    CHECK(result.out ==
          "FAIL tests/e2e/rules-command/failing.yaml:13:9: visit-dates-strict: conflict: none found\n"
          "PASS tests/e2e/rules-command/failing.yaml:16:9: visit-dates-strict: no-conflict\n"
          "PASS tests/e2e/rules-command/failing.yaml:28:9: walkout-sizes: conflict\n"
          "FAIL tests/e2e/rules-command/failing.yaml:31:9: walkout-sizes: no-conflict: found: dock worker walked out: "
          "About 3,400 vs Some 1,900\n"
          "4 examples: 2 passed, 2 failed\n");
  }
  SECTION("a rule file that cannot be loaded: exit 2, even with failures") {
    CHECK(run_claimcheck("rules test" + broken + " 2>/dev/null").status == 2);
    CHECK(run_claimcheck("rules test" + failing + " --rules tests/e2e/rules-command/no-such-file.yaml 2>/dev/null")
              .status == 2);
  }
  SECTION("the default pack's examples all pass") {
    auto const result = run_claimcheck("rules test 2>&1");
    CHECK(result.status == 0);
    CHECK(result.out.find("FAIL") == std::string::npos);
    CHECK(result.out.ends_with(" failed\n"));
  }
  SECTION("rules needs a subcommand") { CHECK(run_claimcheck("rules 2>/dev/null").status == 2); }
}

TEST_CASE("e2e: check refuses a rule whose examples fail and uses the others", "[e2e][rules-command]") {
  // failing.yaml comes first: had its count rule been kept, it would have claimed the finding.
  auto const result = run_claimcheck(
      "check tests/e2e/rules-command/articles --no-default-rules --rules tests/e2e/rules-command/failing.yaml "
      "tests/e2e/rules-command/passing.yaml --format json 2>/dev/null");
  CHECK(result.status == 2);
  auto const report = nlohmann::json::parse(result.out);
  REQUIRE(report["errors"].size() == 2);
  CHECK(report["errors"][0]["path"] == "tests/e2e/rules-command/failing.yaml");
  CHECK(report["errors"][0]["line"] == 13);
  CHECK(report["errors"][0]["column"] == 9);
  CHECK(report["errors"][0]["message"] == "rule 'visit-dates-strict': example expects a conflict but none was found");
  CHECK(report["errors"][1]["line"] == 31);
  CHECK(report["errors"][1]["column"] == 9);
  CHECK(report["errors"][1]["message"] ==
        "rule 'walkout-sizes': example expects no conflict but found: dock worker walked out: About 3,400 vs Some 1,900");
  std::vector<std::string> rules;
  for (auto const& d : report["discrepancies"]) rules.push_back(d["rule"].get<std::string>());
  CHECK(rules == std::vector<std::string>{"visit-dates", "walkout-counts"});
}
