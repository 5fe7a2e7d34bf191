// Rules files built to exhaust the loader: aliases that expand to billions of values and nesting
// deeper than the YAML parser allows. Each is one located error, found quickly; the other rules of
// the file still load.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "rules/registry.hpp"
#include "rules/rule_loader.hpp"

using namespace claimcheck;

namespace {

constexpr char const* good_rule = R"(
  - id: good-rule
    kind: single-value
    claims: office-holder
    key: [office, jurisdiction]
    value: person
    message: "sources disagree: {values}"
)";

std::vector<std::string> load(std::string const& yaml, std::vector<std::string>& ids) {
  registry kinds;
  register_builtin_kinds(kinds);
  std::vector<loaded_rule> rules;
  diagnostics errors;
  load_rules_yaml("bomb.yaml", yaml, kinds, rules, errors);
  for (loaded_rule const& r : rules) ids.push_back(r.spec.id);
  std::vector<std::string> messages;
  for (diagnostic const& d : errors.items())
    messages.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message);
  return messages;
}

}  // namespace

TEST_CASE("rule loader: an alias bomb is one error, not billions of values", "[rules][loader][bounded]") {
  // Each anchor repeats the one before nine times: *a8 stands for 9^9 values.
  std::string bomb = "    key: [&a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]";
  for (int level = 1; level <= 8; ++level) {
    std::string const previous = "*a" + std::to_string(level - 1);
    bomb += ",\n          &a" + std::to_string(level) + " [" + previous;
    for (int k = 1; k < 9; ++k) bomb += ", " + previous;
    bomb += "]";
  }
  bomb += "]\n";
  std::string const yaml = "rules:" + std::string(good_rule) +
                           "  - id: laughing-rule\n    kind: single-value\n    claims: office-holder\n"
                           "    value: person\n    message: \"x {values}\"\n" + bomb;
  std::vector<std::string> ids;
  std::vector<std::string> const errors = load(yaml, ids);
  REQUIRE_FALSE(errors.empty());
  CHECK(errors.front() == "13:10: 'key' holds more than 100000 values once its aliases are expanded");
  CHECK(ids == std::vector<std::string>{"good-rule"});
}

TEST_CASE("rule loader: a long list written out is still read", "[rules][loader][bounded]") {
  std::string list = "[";
  for (int i = 0; i < 5000; ++i) list += (i ? ", " : "") + std::string("office");
  list += "]";
  std::string const yaml = "rules:\n  - id: long-key\n    kind: single-value\n    claims: office-holder\n"
                           "    value: person\n    message: \"x {values}\"\n    key: " + list + "\n";
  std::vector<std::string> ids;
  std::vector<std::string> const errors = load(yaml, ids);
  // Whatever the kind thinks of the list, it is read, not cut short.
  for (std::string const& e : errors) CHECK(e.find("aliases are expanded") == std::string::npos);
}

TEST_CASE("rule loader: nesting past the parser's limit is reported as such", "[rules][loader][bounded]") {
  std::string const yaml = "rules:\n  - id: deep-rule\n    kind: single-value\n    key: " + std::string(20000, '[') +
                           std::string(20000, ']') + "\n";
  std::vector<std::string> ids;
  std::vector<std::string> const errors = load(yaml, ids);
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].ends_with(": invalid YAML: nested too deeply"));
  CHECK(ids.empty());
}
