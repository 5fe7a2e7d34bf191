// Loading rules files: valid rules load; every malformed one is reported at its file, line and
// column with a message that says what to fix, and never stops the other rules from loading.
#include "rule_fixture.hpp"

#include "rules/builtin_data.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

struct load_result {
  std::vector<std::string> ids;
  std::vector<std::string> errors;  // "path:line:column: message"
};

load_result load(std::string const& yaml, std::vector<std::unique_ptr<rule>> rules = {}) {
  registry kinds;
  register_builtin_kinds(kinds);
  diagnostics errors;
  std::size_t const before = rules.size();
  load_rules_yaml("rules/x.yaml", yaml, kinds, rules, errors);
  load_result out;
  for (std::size_t i = before; i < rules.size(); ++i) out.ids.emplace_back(rules[i]->id());
  for (diagnostic const& d : errors.items())
    out.errors.push_back(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  return out;
}

/// `text` with its first `from` replaced by `to`.
std::string edit(std::string text, std::string const& from, std::string const& to) {
  std::size_t const at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

/// A valid single-value rule with one piece replaced, to keep each malformed case to its point.
std::string holder_rule_with(std::string const& from, std::string const& to) {
  std::string const text = R"(rules:
  - id: holder
    kind: single-value
    description: One office, one holder.
    claims: office-holder
    key: [office, jurisdiction]
    optional-key: [jurisdiction]
    value: person
    within-days: 180
    severity: error
    undated-severity: warning
    message: "{office} of {jurisdiction}: {values}"
)";
  return edit(text, from, to);
}

// Lists that grow as kinds are added; the messages around them are what these tests pin down.
std::string kind_names() {
  registry kinds;
  register_builtin_kinds(kinds);
  return fmt::format("{}", fmt::join(kinds.names(), ", "));
}

std::string claim_kind_names() { return fmt::format("{}", fmt::join(all_claim_kind_names(), ", ")); }

struct bad_case {
  char const* name;
  std::string yaml;
  std::vector<std::string> errors;
};

}  // namespace

TEST_CASE("rule loader: well-formed rules load", "[rules][loader]") {
  load_result const r = load(holder_rule_with("    within-days: 180\n", "    within-days: 180\n") + R"(
  - id: visit-date
    kind: single-value
    claims: visit
    key: subject
    optional-key: []
    value: date
    message: '{subject}: {values}'
)");
  CHECK(r.errors.empty());
  CHECK(r.ids == std::vector<std::string>{"holder", "visit-date"});
}

TEST_CASE("rule loader: empty files and empty rule lists define no rules", "[rules][loader]") {
  for (std::string const yaml : {"", "# nothing yet\n", "rules:\n", "rules: []\n"}) {
    load_result const r = load(yaml);
    CHECK(r.errors.empty());
    CHECK(r.ids.empty());
  }
}

TEST_CASE("rule loader: the built-in rule packs load cleanly", "[rules][loader]") {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<std::unique_ptr<rule>> rules;
  diagnostics errors;
  bool found_default = false;
  for (builtin_file const& file : builtin_files()) {
    if (file.path != "rules/default.yaml") continue;
    found_default = true;
    load_rules_yaml(file.path, file.content, kinds, rules, errors);
  }
  CHECK(found_default);
  for (diagnostic const& d : errors.items()) FAIL_CHECK(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  std::vector<std::string> ids;
  for (std::unique_ptr<rule> const& r : rules) ids.emplace_back(r->id());
  CHECK(ids == std::vector<std::string>{"office-holder-single-value", "counterpart-single-value", "same-day-meeting", "visit-date-single-value",
                                              "count-single-value", "event-date-single-value", "event-place-single-value",
                                              "unit-price-single-value", "purchase-price-single-value",
                                              "first-since-single-value", "vote-share-single-value",
                                              "term-single-value", "name-spelling-variants", "sum-single-value", "anniversary-year"});
}

TEST_CASE("rule loader: malformed rules are located errors", "[rules][loader]") {
  std::vector<bad_case> const cases = {
      {"YAML syntax error", "rules:\n  - id: holder\n    kind: [single-value\n",
       {"rules/x.yaml:4:1: invalid YAML: end of sequence flow not found"}},
      {"top level is a list", "- id: holder\n", {"rules/x.yaml:1:1: a rules file must be a map with a 'rules' list"}},
      {"misspelt top-level key", "rule:\n  - id: holder\n",
       {"rules/x.yaml:1:1: unknown top-level key 'rule' (expected: rules)", "rules/x.yaml:1:1: missing top-level key 'rules'"}},
      {"rules is not a list", "rules: all\n", {"rules/x.yaml:1:8: 'rules' must be a list of rules"}},
      {"a rule is not a map", "rules:\n  - holder\n", {"rules/x.yaml:2:5: each rule must be a map with at least 'id' and 'kind'"}},
      {"missing id", holder_rule_with("  - id: holder\n", "  - name: holder\n"),
       {"rules/x.yaml:2:5: missing required key 'id'"}},
      {"id is not kebab-case", holder_rule_with("id: holder", "id: Office_Holder"),
       {"rules/x.yaml:2:9: rule id 'Office_Holder' must be kebab-case (lower-case letters and digits, joined by single "
        "hyphens)"}},
      {"id is a list", holder_rule_with("id: holder", "id: [holder]"), {"rules/x.yaml:2:9: 'id' must be a single value"}},
      {"missing kind", holder_rule_with("    kind: single-value\n", ""),
       {"rules/x.yaml:2:5: missing required key 'kind' in rule 'holder'"}},
      {"unknown kind", holder_rule_with("kind: single-value", "kind: single-valeu"),
       {"rules/x.yaml:3:11: unknown rule kind 'single-valeu' (expected one of: " + kind_names() + ")"}},
      {"duplicate key", holder_rule_with("    value: person\n", "    value: person\n    value: office\n"),
       {"rules/x.yaml:9:5: duplicate key 'value'"}},
      {"unknown key", holder_rule_with("    severity: error\n", "    severty: error\n"),
       {"rules/x.yaml:10:5: unknown key 'severty' in rule 'holder' (expected one of: claims, description, examples, id, key, "
        "kind, message, optional-key, partial-key-message, partial-key-severity, several-values-in-one-source, severity, time-field, "
        "time-field-precision, undated-severity, value, within-days)"}},
      {"time-field that holds no dates", holder_rule_with("    within-days: 180\n", "    time-field: office\n"),
       {"rules/x.yaml:9:17: 'time-field' must name a field that holds dates (date), not 'office'"}},
      {"unknown claim kind", holder_rule_with("claims: office-holder", "claims: office-holders"),
       {"rules/x.yaml:5:13: unknown claim kind 'office-holders' (expected one of: " + claim_kind_names() + ")"}},
      {"unknown field in key", holder_rule_with("key: [office, jurisdiction]", "key: [office, persn]"),
       {"rules/x.yaml:6:19: unknown field 'persn' in key (expected one of: person, office, jurisdiction, subject, "
        "counterpart, place, date, duration, ordinal, role, amount, counted, event, since, equivalent)"}},
      {"unknown value field", holder_rule_with("value: person", "value: persons"),
       {"rules/x.yaml:8:12: unknown field 'persons' in value (expected one of: person, office, jurisdiction, subject, "
        "counterpart, place, date, duration, ordinal, role, amount, counted, event, since, equivalent)"}},
      {"columns count characters, not bytes", holder_rule_with("key: [office, jurisdiction]", "key: [office, \"ürün\", persn]"),
       {"rules/x.yaml:6:19: unknown field 'ürün' in key (expected one of: person, office, jurisdiction, subject, "
        "counterpart, place, date, duration, ordinal, role, amount, counted, event, since, equivalent)",
        "rules/x.yaml:6:27: unknown field 'persn' in key (expected one of: person, office, jurisdiction, subject, "
        "counterpart, place, date, duration, ordinal, role, amount, counted, event, since, equivalent)"}},
      {"field twice in key", holder_rule_with("key: [office, jurisdiction]", "key: [office, jurisdiction, office]"),
       {"rules/x.yaml:6:33: field 'office' is listed twice in key"}},
      {"key is a map", holder_rule_with("key: [office, jurisdiction]", "key: {office: 1}"),
       {"rules/x.yaml:6:10: 'key' must be a list, not a map"}},
      {"empty key", edit(holder_rule_with("key: [office, jurisdiction]", "key: []"), "    optional-key: [jurisdiction]\n", ""),
       {"rules/x.yaml:6:10: 'key' must name at least one field"}},
      {"value is also a key", holder_rule_with("value: person", "value: office"),
       {"rules/x.yaml:8:12: field 'office' cannot be both the value and part of the key"}},
      {"optional key not in key", holder_rule_with("optional-key: [jurisdiction]", "optional-key: [place]"),
       {"rules/x.yaml:7:20: field 'place' in optional-key is not in key"}},
      {"every key optional", holder_rule_with("optional-key: [jurisdiction]", "optional-key: [jurisdiction, office]"),
       {"rules/x.yaml:7:19: at least one key field must not be optional"}},
      {"within-days not a number", holder_rule_with("within-days: 180", "within-days: soon"),
       {"rules/x.yaml:9:18: 'within-days' must be a whole number, got 'soon'"}},
      {"within-days negative", holder_rule_with("within-days: 180", "within-days: -3"),
       {"rules/x.yaml:9:18: 'within-days' must be between 0 and 100000, got '-3'"}},
      {"within-days with a unit", holder_rule_with("within-days: 180", "within-days: 180d"),
       {"rules/x.yaml:9:18: 'within-days' must be a whole number, got '180d'"}},
      {"unknown severity", holder_rule_with("severity: error", "severity: fatal"),
       {"rules/x.yaml:10:15: unknown severity 'fatal' in severity (expected one of: info, warning, error)"}},
      {"severity without a value", holder_rule_with("undated-severity: warning", "undated-severity:"),
       {"rules/x.yaml:11:5: 'undated-severity' has no value"}},
      {"key without a value", holder_rule_with("key: [office, jurisdiction]", "key:"), {"rules/x.yaml:6:5: 'key' has no value"}},
      {"kind without a value", holder_rule_with("kind: single-value", "kind:"), {"rules/x.yaml:3:5: 'kind' has no value"}},
      {"kind is a list", holder_rule_with("kind: single-value", "kind: [single-value]"),
       {"rules/x.yaml:3:11: 'kind' must be a single value"}},
      {"missing message", holder_rule_with("    message: \"{office} of {jurisdiction}: {values}\"\n", ""),
       {"rules/x.yaml:2:5: missing required key 'message' in rule 'holder'"}},
      {"message names an unknown placeholder", holder_rule_with("{office} of", "{ofice} of"),
       {"rules/x.yaml:12:14: bad message template: unknown placeholder '{ofice}' (expected one of: jurisdiction, office, "
        "rule, values)"}},
      {"message with a positional placeholder", holder_rule_with("{office} of", "{} of"),
       {"rules/x.yaml:12:14: bad message template: placeholders must name a value, as in {office}"}},
      {"message with an unclosed placeholder", holder_rule_with("{values}\"", "{values\""),
       {"rules/x.yaml:12:14: bad message template: missing '}' in format string"}},
      {"message with a bad format spec", holder_rule_with("{values}\"", "{values:d}\""),
       {"rules/x.yaml:12:14: bad message template: invalid type specifier"}},
      {"message is a list", holder_rule_with("message: \"{office} of {jurisdiction}: {values}\"", "message: [a, b]"),
       {"rules/x.yaml:12:14: 'message' must be a single value, not a list"}},
      {"partial-key message naming the optional key",
       holder_rule_with("    within-days: 180\n", "    partial-key-message: \"{office} of {jurisdiction}\"\n"),
       {"rules/x.yaml:9:26: bad message template: unknown placeholder '{jurisdiction}' (expected one of: office, rule, "
        "values)"}},
      {"partial-key settings without an optional key",
       holder_rule_with("    optional-key: [jurisdiction]\n", "    partial-key-severity: info\n"),
       {"rules/x.yaml:7:27: 'partial-key-severity' needs 'optional-key'"}},
      {"several problems in one rule are all reported",
       edit(holder_rule_with("claims: office-holder", "claims: office"), "value: person", "value: persn"),
       {"rules/x.yaml:5:13: unknown claim kind 'office' (expected one of: " + claim_kind_names() + ")",
        "rules/x.yaml:8:12: unknown field 'persn' in value (expected one of: person, office, jurisdiction, subject, "
        "counterpart, place, date, duration, ordinal, role, amount, counted, event, since, equivalent)"}},
  };
  for (bad_case const& c : cases) {
    SECTION(c.name) {
      load_result const r = load(c.yaml);
      CHECK(r.errors == c.errors);
      CHECK(r.ids.empty());
    }
  }
}

TEST_CASE("rule loader: a bad rule does not stop the good ones", "[rules][loader]") {
  load_result const r = load(R"(rules:
  - id: first
    kind: single-value
    claims: visit
    key: [subject, place]
    value: date
    message: "{values}"
  - id: broken
    kind: single-value
    claims: visit
    key: [subject, plase]
    value: date
    message: "{values}"
  - id: third
    kind: single-value
    claims: meeting
    key: [subject]
    value: counterpart
    message: "{subject}: {values}"
)");
  CHECK(r.ids == std::vector<std::string>{"first", "third"});
  CHECK(r.errors == std::vector<std::string>{
                        "rules/x.yaml:11:20: unknown field 'plase' in key (expected one of: person, office, jurisdiction, "
                        "subject, counterpart, place, date, duration, ordinal, role, amount, counted, event, since, equivalent)"});
}

TEST_CASE("rule loader: duplicate rule ids", "[rules][loader]") {
  std::string const two = R"(rules:
  - id: same
    kind: single-value
    claims: visit
    key: [subject, place]
    value: date
    message: "{values}"
  - id: same
    kind: single-value
    claims: visit
    key: [subject]
    value: date
    message: "{values}"
)";
  SECTION("in one file: the first is kept") {
    load_result const r = load(two);
    CHECK(r.ids == std::vector<std::string>{"same"});
    CHECK(r.errors == std::vector<std::string>{"rules/x.yaml:8:9: duplicate rule id 'same' (first defined at line 2)"});
  }
  SECTION("across files: the earlier file's rule is kept") {
    std::vector<std::unique_ptr<rule>> earlier = rules_from(two.substr(0, two.find("  - id: same", 10)));
    REQUIRE(earlier.size() == 1);
    load_result const r = load(two.substr(0, two.find("  - id: same", 10)), std::move(earlier));
    CHECK(r.ids.empty());
    CHECK(r.errors ==
          std::vector<std::string>{"rules/x.yaml:2:9: duplicate rule id 'same' (already defined by an earlier rules file)"});
  }
}

TEST_CASE("rule loader: a file holds one YAML document", "[rules][loader]") {
  load_result const r = load("rules: []\n---\nrules: []\n");
  CHECK(r.errors == std::vector<std::string>{"rules/x.yaml:3:1: a rules file holds one YAML document; the rest is ignored"});
}

namespace {

struct spec_result {
  std::vector<loaded_rule> rules;
  std::vector<std::string> errors;
};

spec_result load_specs(std::string const& yaml) {
  registry kinds;
  register_builtin_kinds(kinds);
  diagnostics errors;
  spec_result out;
  load_rules_yaml("rules/x.yaml", yaml, kinds, out.rules, errors);
  for (diagnostic const& d : errors.items())
    out.errors.push_back(fmt::format("{}:{}:{}: {}", d.path, d.line, d.column, d.message));
  return out;
}

std::string at(line_column where) { return fmt::format("{}:{}", where.line, where.column); }

}  // namespace

TEST_CASE("rule loader: loaded rules keep their spec", "[rules][loader]") {
  spec_result const r = load_specs(holder_rule_with("    within-days: 180\n", "    within-days: 180\n"));
  REQUIRE(r.errors.empty());
  REQUIRE(r.rules.size() == 1);
  rule_spec const& spec = r.rules[0].spec;
  CHECK(r.rules[0].compiled->id() == "holder");
  CHECK(spec.path == "rules/x.yaml");
  CHECK(at(spec.at) == "2:5");
  CHECK(spec.id == "holder");
  CHECK(spec.kind == "single-value");
  CHECK(spec.description == "One office, one holder.");
  std::vector<std::string> params;
  for (spec_param const& p : spec.params) params.push_back(p.name + "@" + at(p.at));
  CHECK(params == std::vector<std::string>{"claims@5:5", "key@6:5", "optional-key@7:5", "value@8:5", "within-days@9:5",
                                           "severity@10:5", "undated-severity@11:5", "message@12:5"});
  CHECK(spec.examples.empty());
}

TEST_CASE("rule loader: examples are read with their places", "[rules][loader][examples]") {
  spec_result const r = load_specs(holder_rule_with("    within-days: 180\n", "    within-days: 180\n") + R"(    examples:
      - conflict:
          - "Text one."
          - {date: 2031-05-14, text: "Text two."}
      - no-conflict: ["Text three.", "Text four."]
)");
  REQUIRE(r.errors.empty());
  REQUIRE(r.rules.size() == 1);
  std::vector<rule_example> const& examples = r.rules[0].spec.examples;
  REQUIRE(examples.size() == 2);
  CHECK(examples[0].expects == example_expectation::conflict);
  CHECK(at(examples[0].at) == "14:9");
  REQUIRE(examples[0].texts.size() == 2);
  CHECK(examples[0].texts[0].text == "Text one.");
  CHECK_FALSE(examples[0].texts[0].date);
  CHECK(at(examples[0].texts[0].at) == "15:13");
  CHECK(examples[0].texts[1].text == "Text two.");
  REQUIRE(examples[0].texts[1].date);
  CHECK(examples[0].texts[1].date->iso() == "2031-05-14");
  CHECK(at(examples[0].texts[1].at) == "16:13");
  CHECK(examples[1].expects == example_expectation::no_conflict);
  CHECK(at(examples[1].at) == "17:9");
  REQUIRE(examples[1].texts.size() == 2);
  CHECK(examples[1].texts[1].text == "Text four.");
  CHECK(at(examples[1].texts[1].at) == "17:38");
  // `examples` is the loader's, like `id`: no kind sees it as a parameter.
  for (spec_param const& p : r.rules[0].spec.params) CHECK(p.name != "examples");
}

TEST_CASE("rule loader: an empty example list is no examples", "[rules][loader][examples]") {
  spec_result const r = load_specs(holder_rule_with("    within-days: 180\n", "    examples: []\n"));
  CHECK(r.errors.empty());
  REQUIRE(r.rules.size() == 1);
  CHECK(r.rules[0].spec.examples.empty());
}

TEST_CASE("rule loader: malformed examples are located errors and refuse the rule", "[rules][loader][examples]") {
  // Each case is appended to a valid rule whose last line is line 12.
  std::vector<bad_case> const cases = {
      {"examples without a value", "    examples:\n", {"rules/x.yaml:13:5: 'examples' has no value"}},
      {"examples is a scalar", "    examples: many\n",
       {"rules/x.yaml:13:15: 'examples' must be a list of examples, each 'conflict: [texts]' or 'no-conflict: [texts]'"}},
      {"examples is a map", "    examples: {conflict: [a, b]}\n",
       {"rules/x.yaml:13:15: 'examples' must be a list of examples, each 'conflict: [texts]' or 'no-conflict: [texts]'"}},
      {"an example is a bare text", "    examples:\n      - Minister Ana Ruiz resigned.\n",
       {"rules/x.yaml:14:9: an example must be a map with one key, 'conflict' or 'no-conflict', over a list of texts"}},
      {"an example with two expectations", "    examples:\n      - {conflict: [a, b], no-conflict: [c]}\n",
       {"rules/x.yaml:14:9: an example must be a map with one key, 'conflict' or 'no-conflict', over a list of texts"}},
      {"misspelt expectation", "    examples:\n      - conflicts: [a, b]\n",
       {"rules/x.yaml:14:9: unknown example expectation 'conflicts' (expected one of: conflict, no-conflict)"}},
      {"expectation without texts", "    examples:\n      - conflict:\n",
       {"rules/x.yaml:14:9: 'conflict' has no texts"}},
      {"texts are one scalar", "    examples:\n      - conflict: one text\n",
       {"rules/x.yaml:14:19: 'conflict' must be a list of texts, one per source"}},
      {"empty list of texts", "    examples:\n      - no-conflict: []\n",
       {"rules/x.yaml:14:22: 'no-conflict' needs at least one text"}},
      {"a text is a list", "    examples:\n      - conflict: [[a, b]]\n",
       {"rules/x.yaml:14:20: an example text must be a string, or a map with 'text' and an optional 'date'"}},
      {"a dated text without its text", "    examples:\n      - conflict: [{date: 2031-05-01}]\n",
       {"rules/x.yaml:14:20: an example text given as a map needs a 'text'"}},
      {"unknown key in a dated text", "    examples:\n      - conflict: [{txt: a}]\n",
       {"rules/x.yaml:14:21: unknown key 'txt' in an example text (expected one of: date, text)"}},
      {"date in words", "    examples:\n      - conflict: [{date: 8 May 2031, text: a}]\n",
       {"rules/x.yaml:14:27: an example text's 'date' must be YYYY-MM-DD, got '8 May 2031'"}},
      {"date without a day", "    examples:\n      - conflict: [{date: 2031-05, text: a}]\n",
       {"rules/x.yaml:14:27: an example text's 'date' must be YYYY-MM-DD, got '2031-05'"}},
      {"text is a list", "    examples:\n      - conflict: [{text: [a]}]\n",
       {"rules/x.yaml:14:27: an example text's 'text' must be a single value"}},
      {"every bad example is reported", "    examples:\n      - conflict: []\n      - no-conflcit: [a]\n",
       {"rules/x.yaml:14:19: 'conflict' needs at least one text",
        "rules/x.yaml:15:9: unknown example expectation 'no-conflcit' (expected one of: conflict, no-conflict)"}},
      {"examples twice", "    examples: []\n    examples: []\n", {"rules/x.yaml:14:5: duplicate key 'examples'"}},
  };
  for (bad_case const& c : cases) {
    SECTION(c.name) {
      load_result const r = load(holder_rule_with("    within-days: 180\n", "    within-days: 180\n") + c.yaml);
      CHECK(r.errors == c.errors);
      CHECK(r.ids.empty());
    }
  }
}

TEST_CASE("rule loader: every rule of the default pack shows a conflict and a non-conflict", "[rules][loader][examples]") {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<loaded_rule> rules;
  diagnostics errors;
  for (builtin_file const& file : builtin_files())
    if (file.path == "rules/default.yaml") load_rules_yaml(file.path, file.content, kinds, rules, errors);
  CHECK(errors.empty());
  REQUIRE_FALSE(rules.empty());
  for (loaded_rule const& r : rules) {
    INFO(r.spec.id);
    std::size_t conflicts = 0;
    std::size_t others = 0;
    for (rule_example const& example : r.spec.examples)
      ++(example.expects == example_expectation::conflict ? conflicts : others);
    CHECK(conflicts >= 1);
    CHECK(others >= 1);
  }
}
