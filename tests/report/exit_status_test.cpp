// Severity names, --fail-on words and the exit status they lead to.
#include <catch2/catch.hpp>

#include "report/exit_status.hpp"

using namespace claimcheck;

namespace {

report with_levels(std::vector<severity> const& levels, bool input_error) {
  report r;
  for (severity s : levels) r.discrepancies.push_back({"rule", s, "message", {}, {}});
  if (input_error) r.errors.push_back({"a.md", 0, 0, "cannot read file"});
  return r;
}

}  // namespace

TEST_CASE("severity: names round-trip, other words are refused", "[report][severity]") {
  for (severity s : {severity::info, severity::warning, severity::error}) CHECK(severity_from(to_string(s)) == s);
  CHECK(to_string(severity::info) == "info");
  CHECK(to_string(severity::warning) == "warning");
  CHECK(to_string(severity::error) == "error");
  for (std::string_view bad : {"", "Error", "warn", "errors", "never", " info"}) {
    CAPTURE(bad);
    CHECK_FALSE(severity_from(bad).has_value());
  }
}

TEST_CASE("fail-on: error|warning|info|never", "[report][exit]") {
  CHECK(fail_on_from("error") == std::optional<std::optional<severity>>(severity::error));
  CHECK(fail_on_from("warning") == std::optional<std::optional<severity>>(severity::warning));
  CHECK(fail_on_from("info") == std::optional<std::optional<severity>>(severity::info));
  std::optional<std::optional<severity>> const never = fail_on_from("never");
  REQUIRE(never.has_value());
  CHECK_FALSE(never->has_value());
  for (std::string_view bad : {"", "none", "NEVER", "warn", "2"}) {
    CAPTURE(bad);
    CHECK_FALSE(fail_on_from(bad).has_value());
  }
}

TEST_CASE("exit status: 2 for input errors, 1 at or above fail-on, else 0", "[report][exit]") {
  struct exit_case {
    std::vector<severity> levels;
    bool input_error;
    std::optional<severity> fail_on;
    int status;
  };
  using enum severity;
  auto const c = GENERATE(values<exit_case>({
      {{}, false, error, 0},
      {{}, false, info, 0},
      {{}, false, std::nullopt, 0},
      {{error}, false, error, 1},
      {{error}, false, warning, 1},
      {{error}, false, info, 1},
      {{error}, false, std::nullopt, 0},
      {{warning}, false, error, 0},
      {{warning}, false, warning, 1},
      {{warning}, false, info, 1},
      {{info}, false, error, 0},
      {{info}, false, warning, 0},
      {{info}, false, info, 1},
      {{info, warning}, false, warning, 1},
      {{info, info}, false, warning, 0},
      // Input errors win over everything: the run did not see all it was asked to check.
      {{}, true, error, 2},
      {{}, true, std::nullopt, 2},
      {{error}, true, error, 2},
      {{info}, true, std::nullopt, 2},
  }));
  CAPTURE(c.levels.size(), c.input_error, c.fail_on.has_value());
  CHECK(exit_status(with_levels(c.levels, c.input_error), c.fail_on) == c.status);
}
