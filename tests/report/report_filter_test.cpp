// The gate's verdict and what is shown: --fail-on, --max-discrepancies and --min-level, and how
// the summaries of the text and JSON reports state what the gates did.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/exit_status.hpp"
#include "report/json_reporter.hpp"
#include "report/report_filter.hpp"
#include "report/text_reporter.hpp"
#include "sample_report.hpp"

using namespace claimcheck;

namespace {

report with_levels(std::vector<severity> const& levels, bool input_error = false) {
  report r;
  for (severity s : levels) r.discrepancies.push_back({"rule", s, "message", {}, {}});
  if (input_error) r.errors.push_back({"a.md", 0, 0, "cannot read file"});
  return r;
}

std::vector<severity> levels_of(report const& r) {
  std::vector<severity> out;
  for (discrepancy const& d : r.discrepancies) out.push_back(d.level);
  return out;
}

constexpr severity E = severity::error;
constexpr severity W = severity::warning;
constexpr severity I = severity::info;

struct verdict_case {
  std::vector<severity> levels;
  std::optional<severity> fail_on;
  std::size_t allowed;
  bool input_error;
  int status;
};

}  // namespace

TEST_CASE("exit status with a tolerance: more than N at or above --fail-on fails", "[report][gate]") {
  auto const c = GENERATE(values<verdict_case>({
      {{}, E, 0, false, 0},
      {{E}, E, 0, false, 1},
      {{E}, E, 1, false, 0},             // exactly N is still a pass
      {{E, E}, E, 1, false, 1},          // one more than N fails
      {{E, W, W}, E, 1, false, 0},       // warnings are not counted at --fail-on error
      {{E, W, W}, W, 2, false, 1},       // ... but are at --fail-on warning
      {{E, W, W}, W, 3, false, 0},
      {{I, I, I}, W, 0, false, 0},
      {{I, I, I}, I, 2, false, 1},
      {{E, E, E}, std::nullopt, 0, false, 0},  // never: nothing is counted
      {{}, E, 5, true, 2},               // input errors win whatever the count
      {{E, E}, std::nullopt, 0, true, 2},
  }));
  report const r = with_levels(c.levels, c.input_error);
  CAPTURE(c.levels.size(), c.allowed);
  CHECK(exit_status(r, c.fail_on, c.allowed) == c.status);
}

TEST_CASE("exit status: the old overload is the tolerance 0", "[report][gate]") {
  std::vector<std::vector<severity>> const reports = {{}, {I}, {W}, {E}, {I, W}, {W, E, I}};
  for (std::vector<severity> const& levels : reports) {
    for (bool input_error : {false, true}) {
      report const r = with_levels(levels, input_error);
      for (std::optional<severity> fail_on : {std::optional<severity>(E), std::optional<severity>(W),
                                              std::optional<severity>(I), std::optional<severity>()}) {
        CHECK(exit_status(r, fail_on) == exit_status(r, fail_on, 0));
      }
    }
  }
}

TEST_CASE("count_failing counts at or above --fail-on", "[report][gate]") {
  report const r = with_levels({I, W, E, E, I});
  CHECK(count_failing(r, E) == 2);
  CHECK(count_failing(r, W) == 3);
  CHECK(count_failing(r, I) == 5);
  CHECK(count_failing(r, std::nullopt) == 0);
}

TEST_CASE("hide_below keeps the order of what it keeps", "[report][gate]") {
  report r = with_levels({I, E, W, I, E});
  CHECK(hide_below(r, I) == 0);
  CHECK(levels_of(r) == std::vector<severity>{I, E, W, I, E});
  CHECK(hide_below(r, W) == 2);
  CHECK(levels_of(r) == std::vector<severity>{E, W, E});
  CHECK(hide_below(r, E) == 1);
  CHECK(levels_of(r) == std::vector<severity>{E, E});
}

TEST_CASE("finish_gates: what is shown never changes the verdict", "[report][gate]") {
  SECTION("warnings hidden by --min-level error still fail at --fail-on warning") {
    report r = with_levels({W, I});
    gate_counts counts;
    CHECK(finish_gates(r, gate_settings{E, W, std::nullopt}, counts) == 1);
    CHECK(r.discrepancies.empty());
    CHECK(counts.hidden_below_min_level == 2);
    CHECK(counts.min_level == E);
    CHECK(counts.failing == 1);
  }
  SECTION("infos shown with --fail-on never pass") {
    report r = with_levels({I, I});
    gate_counts counts;
    CHECK(finish_gates(r, gate_settings{I, std::nullopt, std::nullopt}, counts) == 0);
    CHECK(r.discrepancies.size() == 2);
    CHECK_FALSE(counts.min_level.has_value());  // info hides nothing, so it is not stated
    CHECK(counts.failing == 0);
  }
  SECTION("--max-discrepancies tolerates up to N") {
    report r = with_levels({E, E, W});
    gate_counts counts;
    CHECK(finish_gates(r, gate_settings{I, E, std::size_t{2}}, counts) == 0);
    CHECK(counts.max_discrepancies == std::size_t{2});
    CHECK(counts.failing == 2);
    report more = with_levels({E, E, E});
    CHECK(finish_gates(more, gate_settings{I, E, std::size_t{2}}, counts) == 1);
    CHECK(counts.failing == 3);
  }
  SECTION("input errors are exit status 2 even with every gate open") {
    report r = with_levels({}, true);
    gate_counts counts;
    CHECK(finish_gates(r, gate_settings{E, std::nullopt, std::size_t{100}}, counts) == 2);
  }
}

TEST_CASE("gate_summary_text states each gate in use, and nothing without gates", "[report][gate]") {
  CHECK(gate_summary_text(gate_counts{}).empty());

  gate_counts baseline_only;
  baseline_only.baseline_used = true;
  baseline_only.accepted_by_baseline = 2;
  baseline_only.stale_baseline_entries = 1;
  CHECK(gate_summary_text(baseline_only) == "; 2 accepted by baseline (1 stale entry)");
  baseline_only.stale_baseline_entries = 0;
  CHECK(gate_summary_text(baseline_only) == "; 2 accepted by baseline (0 stale entries)");

  gate_counts all;
  all.baseline_used = true;
  all.accepted_by_baseline = 0;
  all.stale_baseline_entries = 3;
  all.suppressed = 1;
  all.min_level = severity::warning;
  all.hidden_below_min_level = 4;
  all.max_discrepancies = 5;
  all.failing = 2;
  CHECK(gate_summary_text(all) ==
        "; 0 accepted by baseline (3 stale entries); 1 suppressed inline; 4 hidden below --min-level warning;"
        " 2 failing of 5 allowed by --max-discrepancies");
}

TEST_CASE("reports without gates are unchanged by the gate overloads", "[report][gate]") {
  report const r = testing::sample_report();
  std::ostringstream plain_json, gated_json, plain_text, gated_text;
  write_json_report(r, plain_json);
  write_json_report(r, gated_json, gate_counts{});
  CHECK(plain_json.str() == gated_json.str());
  write_text_report(r, plain_text, text_options{false});
  write_text_report(r, gated_text, text_options{false}, gate_counts{});
  CHECK(plain_text.str() == gated_text.str());
}

TEST_CASE("the JSON summary adds the gate counts after the version-1 keys", "[report][gate]") {
  report const r = with_levels({E});
  gate_counts counts;
  counts.baseline_used = true;
  counts.accepted_by_baseline = 3;
  counts.stale_baseline_entries = 1;
  counts.suppressed = 2;
  counts.min_level = severity::warning;
  counts.hidden_below_min_level = 1;
  counts.max_discrepancies = 0;
  counts.failing = 1;
  std::ostringstream out;
  write_json_report(r, out, counts);
  std::string const text = out.str();
  std::string const summary = text.substr(text.find("\"summary\""));
  CHECK(summary ==
        "\"summary\": {\n"
        "    \"errors\": 1,\n"
        "    \"warnings\": 0,\n"
        "    \"infos\": 0,\n"
        "    \"sources\": 0,\n"
        "    \"claims\": 0,\n"
        "    \"input_errors\": 0,\n"
        "    \"accepted_by_baseline\": 3,\n"
        "    \"stale_baseline_entries\": 1,\n"
        "    \"suppressed\": 2,\n"
        "    \"min_level\": \"warning\",\n"
        "    \"hidden_below_min_level\": 1,\n"
        "    \"max_discrepancies\": 0,\n"
        "    \"failing\": 1\n"
        "  }\n"
        "}\n");
}

TEST_CASE("the text summary line ends with the gate counts", "[report][gate]") {
  report const r = with_levels({E});
  gate_counts counts;
  counts.suppressed = 1;
  std::ostringstream out;
  write_text_report(r, out, text_options{false}, counts);
  std::string const text = out.str();
  std::string const last_line = text.substr(text.rfind('\n', text.size() - 2) + 1);
  CHECK(last_line ==
        "1 discrepancy (1 error, 0 warnings, 0 infos) in 0 sources, 0 claims; 0 input errors; 1 suppressed inline\n");
}
