// How the `rules` subcommands show rules: the summary sentence, the ids suggested for a
// misspelt one, and the layout of an explanation and of example results.
#include <catch2/catch.hpp>

#include <sstream>

#include "pipeline/rule_listing.hpp"

using namespace claimcheck;

TEST_CASE("rule listing: the first sentence of a description", "[rules][listing]") {
  struct row {
    char const* description;
    char const* sentence;
  };
  std::vector<row> const rows = {
      {"One office, one holder. Two holders disagree.", "One office, one holder."},
      {"One office,\n  one holder.\nTwo holders disagree.", "One office, one holder."},
      {"No full stop at all", "No full stop at all"},
      {"Ends at the end.", "Ends at the end."},
      {"Is it one figure? Then compare it.", "Is it one figure?"},
      {"A figure of 2.5 per cent is one figure. More.", "A figure of 2.5 per cent is one figure."},
      {"\"They met.\" Then they parted.", "\"They met.\""},
      {"Shares (per unit.) Then more.", "Shares (per unit.)"},
      {"  ", ""},
      {"", ""},
  };
  for (row const& r : rows) {
    INFO(r.description);
    CHECK(first_sentence(r.description) == r.sentence);
  }
}

TEST_CASE("rule listing: ids close to a misspelt one", "[rules][listing]") {
  std::vector<std::string> const known = {"count-single-value", "event-date-single-value", "event-place-single-value",
                                          "office-holder-single-value", "visit-date-single-value"};
  CHECK(close_ids("count-single-valeu", known) == std::vector<std::string>{"count-single-value"});
  CHECK(close_ids("office-holder", known) == std::vector<std::string>{"office-holder-single-value"});
  CHECK(close_ids("date", known) ==
        std::vector<std::string>{"event-date-single-value", "visit-date-single-value"});
  CHECK(close_ids("event-dat-single-value", known) ==
        std::vector<std::string>{"event-date-single-value", "event-place-single-value"});
  CHECK(close_ids("tariff", known).empty());
  CHECK(close_ids("x", {}).empty());
}

TEST_CASE("rule listing: an explanation shows every part of the spec", "[rules][listing]") {
  rule_spec spec;
  spec.path = "rules/x.yaml";
  spec.at = {2, 5};
  spec.id = "holder";
  spec.kind = "single-value";
  spec.description = "One office,\none holder.\n";
  spec_value list{spec_value::shape::list, {6, 10}, "", {}};
  list.items.push_back({spec_value::shape::scalar, {6, 11}, "office", {}});
  list.items.push_back({spec_value::shape::scalar, {6, 19}, "jurisdiction", {}});
  spec.params.push_back({"key", {6, 5}, list});
  spec.params.push_back({"message", {7, 5}, {spec_value::shape::scalar, {7, 14}, "{office}: {values}", {}}});
  spec.params.push_back({"severity", {8, 5}, {spec_value::shape::null, {8, 5}, "", {}}});
  rule_example example;
  example.expects = example_expectation::no_conflict;
  example.at = {10, 9};
  example.texts.push_back({"First  text,\nwrapped.", std::nullopt, {11, 13}});
  example.texts.push_back({"Second text.", calendar_date{2031, 5, 14}, {12, 13}});
  spec.examples.push_back(example);
  std::ostringstream out;
  write_rule_explanation(spec, out);
  CHECK(out.str() == R"(id: holder
kind: single-value
origin: rules/x.yaml:2:5
description: One office,
  one holder.
parameters:
  key: [office, jurisdiction]
  message: {office}: {values}
  severity:
examples:
  rules/x.yaml:10:9: no-conflict
    - First text, wrapped.
    - [2031-05-14] Second text.
)");
  rule_spec bare;
  bare.path = "b.yaml";
  bare.at = {3, 5};
  bare.id = "bare";
  bare.kind = "single-value";
  std::ostringstream bare_out;
  write_rule_explanation(bare, bare_out);
  CHECK(bare_out.str() ==
        "id: bare\nkind: single-value\norigin: b.yaml:3:5\ndescription: (none)\nparameters: none\nexamples: none\n");
}

TEST_CASE("rule listing: example results and their totals", "[rules][listing]") {
  std::vector<example_result> results(3);
  results[0] = {"holder", "x.yaml", {4, 9}, example_expectation::conflict, true, {"A vs B"}};
  results[1] = {"holder", "x.yaml", {7, 9}, example_expectation::conflict, false, {}};
  results[2] = {"visits", "x.yaml", {20, 9}, example_expectation::no_conflict, false, {"C vs D", "E vs F"}};
  std::ostringstream out;
  write_example_results(results, 2, out);
  CHECK(out.str() ==
        "PASS x.yaml:4:9: holder: conflict\n"
        "FAIL x.yaml:7:9: holder: conflict: none found\n"
        "FAIL x.yaml:20:9: visits: no-conflict: found: C vs D (and 1 more)\n"
        "3 examples: 1 passed, 2 failed; 2 rules without examples\n");
  std::ostringstream one;
  write_example_results(std::span<example_result const>(results).first(1), 1, one);
  CHECK(one.str() == "PASS x.yaml:4:9: holder: conflict\n1 example: 1 passed, 0 failed; 1 rule without examples\n");
}
