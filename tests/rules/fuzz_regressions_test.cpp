// YAML the fuzzers (tests/fuzz/, scripts/fuzz.sh) found to hang the loaders, fed through the
// same entry points: one located error each, at once.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "facts/fact_sheet_loader.hpp"
#include "rules/lexicon_loader.hpp"
#include "rules/registry.hpp"
#include "rules/rule_loader.hpp"

using namespace claimcheck;

namespace {

// A stray comma where a document starts: yaml-cpp 0.7's LoadAll read empty documents from it
// for ever, allocating as it went (found by fuzz_fact_sheet).
std::vector<std::string> const stray_commas = {
    ",",
    ", `clJuly 2025, the first\xA2 c-vilia fact sheet\n",
    "facts: []\n---\n,\n",
};

}  // namespace

TEST_CASE("fuzz regressions: a stray comma in a rules file", "[rules][fuzz]") {
  registry kinds;
  register_builtin_kinds(kinds);
  for (std::string const& bytes : stray_commas) {
    INFO(bytes);
    std::vector<loaded_rule> rules;
    diagnostics errors;
    load_rules_yaml("fuzz.yaml", bytes, kinds, rules, errors);
    CHECK(rules.empty());
    REQUIRE_FALSE(errors.empty());
    CHECK(errors.items().back().message.starts_with("invalid YAML: "));
  }
  std::vector<loaded_rule> rules;
  diagnostics errors;
  load_rules_yaml("fuzz.yaml", ",", kinds, rules, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items()[0].message == "invalid YAML: unexpected ',' outside a list or map");
  CHECK(errors.items()[0].line == 1);
  CHECK(errors.items()[0].column == 1);
}

TEST_CASE("fuzz regressions: a stray comma in a fact sheet", "[rules][facts][fuzz]") {
  diagnostics lexicon_errors;
  lexicon const lex = load_builtin_lexicon(lexicon_errors);
  for (std::string const& bytes : stray_commas) {
    INFO(bytes);
    fact_sheets sheets;
    diagnostics errors;
    load_fact_sheet_yaml("fuzz.yaml", bytes, lex, sheets, errors);
    CHECK_FALSE(errors.empty());
  }
}
