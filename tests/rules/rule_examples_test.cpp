// Rule examples: each example's texts go through the whole pipeline as separate sources, the
// rule alone runs over their claims, and a rule whose examples fail is refused with a diagnostic
// at the failing example, while the other rules stay loaded.
#include <catch2/catch.hpp>

#include <fmt/format.h>

#include "pipeline/load_data.hpp"
#include "pipeline/rule_examples.hpp"
#include "rules/lexicon_loader.hpp"
#include "rules/registry.hpp"

using namespace claimcheck;

namespace {

lexicon const& builtin_lexicon() {
  static lexicon const lex = [] {
    diagnostics errors;
    lexicon out = load_builtin_lexicon(errors);
    REQUIRE(errors.empty());
    return out;
  }();
  return lex;
}

std::vector<loaded_rule> rules_of(std::string const& yaml) {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<loaded_rule> rules;
  diagnostics errors;
  load_rules_yaml("rules/x.yaml", yaml, kinds, rules, errors);
  for (diagnostic const& d : errors.items()) FAIL_CHECK(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  return rules;
}

/// A visit rule (lines 2-9) followed by the examples given, from line 10 on.
std::string visit_rule(std::string const& id, std::string const& examples) {
  return fmt::format(R"(  - id: {}
    kind: single-value
    claims: visit
    key: [subject, place]
    value: date
    time-field: date
    within-days: 14
    message: "{{subject}} in {{place}}: {{values}}"
{})",
                     id, examples);
}

std::string const passing_examples = R"(    examples:
      - conflict:
          - "Health Minister Odile Farrant visited Port Calder on 3 May 2031."
          - "Health Minister Odile Farrant visited Port Calder on 5 May 2031."
      - no-conflict:
          - "Health Minister Odile Farrant visited Port Calder on 3 May 2031."
          - "Health Minister Odile Farrant visited Port Calder on 29 May 2031."
)";

// The same visit, dated alike: nothing to find.
std::string const failing_conflict = R"(    examples:
      - conflict:
          - "Health Minister Odile Farrant visited Port Calder on 3 May 2031."
          - "On 3 May 2031, Health Minister Odile Farrant visited Port Calder."
)";

// Two days apart, within the rule's fourteen.
std::string const failing_no_conflict = R"(    examples:
      - no-conflict:
          - "Health Minister Odile Farrant visited Port Calder on 3 May 2031."
          - "Health Minister Odile Farrant visited Port Calder on 5 May 2031."
)";

std::vector<std::string> ids_of(std::vector<loaded_rule> const& rules) {
  std::vector<std::string> out;
  for (loaded_rule const& r : rules) out.push_back(r.spec.id);
  return out;
}

}  // namespace

TEST_CASE("rule examples: a rule that does what its examples say passes", "[rules][examples]") {
  std::vector<loaded_rule> const rules = rules_of("rules:\n" + visit_rule("visit-dates", passing_examples));
  REQUIRE(rules.size() == 1);
  std::vector<example_result> const results = run_rule_examples(rules[0], builtin_lexicon());
  REQUIRE(results.size() == 2);
  CHECK(results[0].rule == "visit-dates");
  CHECK(results[0].path == "rules/x.yaml");
  CHECK(results[0].at == line_column{11, 9});
  CHECK(results[0].expects == example_expectation::conflict);
  CHECK(results[0].passed);
  CHECK(results[0].found == std::vector<std::string>{"Odile Farrant in Port Calder: 2031-05-03 vs 2031-05-05"});
  CHECK(results[1].at == line_column{14, 9});
  CHECK(results[1].expects == example_expectation::no_conflict);
  CHECK(results[1].passed);
  CHECK(results[1].found.empty());
}

TEST_CASE("rule examples: failing examples and what they say", "[rules][examples]") {
  SECTION("a conflict example that finds nothing") {
    std::vector<loaded_rule> const rules = rules_of("rules:\n" + visit_rule("visit-dates", failing_conflict));
    std::vector<example_result> const results = run_rule_examples(rules.at(0), builtin_lexicon());
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results[0].passed);
    CHECK(results[0].found.empty());
    CHECK(failure_message(results[0]) == "rule 'visit-dates': example expects a conflict but none was found");
  }
  SECTION("a no-conflict example that finds one") {
    std::vector<loaded_rule> const rules = rules_of("rules:\n" + visit_rule("visit-dates", failing_no_conflict));
    std::vector<example_result> const results = run_rule_examples(rules.at(0), builtin_lexicon());
    REQUIRE(results.size() == 1);
    CHECK_FALSE(results[0].passed);
    CHECK(failure_message(results[0]) ==
          "rule 'visit-dates': example expects no conflict but found: Odile Farrant in Port Calder: 2031-05-03 vs 2031-05-05");
  }
  SECTION("several findings are counted") {
    example_result result;
    result.rule = "r";
    result.expects = example_expectation::no_conflict;
    result.found = {"first", "second", "third"};
    CHECK(failure_message(result) == "rule 'r': example expects no conflict but found: first (and 2 more)");
  }
}

TEST_CASE("rule examples: each text is its own source, dated as the example says", "[rules][examples]") {
  // "Friday" is read in each article's own time: the same Friday, or Fridays a week apart.
  std::string const rule = R"(rules:
  - id: fire-start
    kind: single-value
    claims: event
    key: [subject, event]
    value: date
    within-days: 30
    message: "{subject} {event}: {values}"
    examples:
      - no-conflict:
          - {date: 2031-08-09, text: "The wildfire broke out on Friday."}
          - {date: 2031-08-10, text: "The wildfire broke out on Friday."}
      - conflict:
          - {date: 2031-08-09, text: "The wildfire broke out on Friday."}
          - {date: 2031-08-16, text: "The wildfire broke out on Friday."}
      - no-conflict:
          - "The wildfire broke out on Friday. The wildfire broke out on 15 August 2031."
)";
  std::vector<loaded_rule> const rules = rules_of(rule);
  std::vector<example_result> const results = run_rule_examples(rules.at(0), builtin_lexicon());
  REQUIRE(results.size() == 3);
  CHECK(results[0].passed);
  CHECK(results[1].passed);
  CHECK(results[1].found == std::vector<std::string>{"wildfire started: 2031-08-08 vs 2031-08-15"});
  // One text is one source, and a source never contradicts itself.
  CHECK(results[2].passed);
}

TEST_CASE("rule examples: a rule whose examples fail is refused; the others stay", "[rules][examples]") {
  std::vector<loaded_rule> rules =
      rules_of("rules:\n" + visit_rule("first", passing_examples) + visit_rule("second", failing_conflict) +
               visit_rule("third", failing_no_conflict) + visit_rule("fourth", ""));
  REQUIRE(ids_of(rules) == std::vector<std::string>{"first", "second", "third", "fourth"});
  diagnostics errors;
  refuse_rules_failing_examples(rules, builtin_lexicon(), errors);
  CHECK(ids_of(rules) == std::vector<std::string>{"first", "fourth"});
  for (loaded_rule const& r : rules) CHECK(r.compiled->id() == r.spec.id);
  std::vector<std::string> messages;
  for (diagnostic const& d : errors.items()) messages.push_back(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  CHECK(messages ==
        std::vector<std::string>{
            "rules/x.yaml:26:9: rule 'second': example expects a conflict but none was found",
            "rules/x.yaml:38:9: rule 'third': example expects no conflict but found: Odile Farrant in Port Calder: "
            "2031-05-03 vs 2031-05-05"});
}

TEST_CASE("rule examples: every example of the default pack passes", "[rules][examples]") {
  diagnostics errors;
  std::vector<loaded_rule> const rules = load_rule_files(true, {}, errors);
  CHECK(errors.empty());
  REQUIRE_FALSE(rules.empty());
  for (loaded_rule const& r : rules) {
    CHECK_FALSE(r.spec.examples.empty());
    for (example_result const& result : run_rule_examples(r, builtin_lexicon())) {
      INFO(fmt::format("{}:{}:{}", result.path, result.at.line, result.at.column));
      CHECK(result.passed);
      if (!result.passed) FAIL_CHECK(failure_message(result));
    }
  }
}
