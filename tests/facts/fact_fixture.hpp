#pragma once
// What the fact-sheet tests share: sheets loaded from YAML text with the built-in lexicon, and
// fact-sheet rules loaded through a fresh registry that knows the kind.
#include <catch2/catch.hpp>

#include <fmt/format.h>
#include <memory>
#include <string>
#include <vector>

#include "facts/fact_sheet.hpp"
#include "facts/fact_sheet_loader.hpp"
#include "facts/fact_sheet_rule.hpp"
#include "rules/lexicon_loader.hpp"
#include "tests/grammar/grammar_fixture.hpp"  // builtin_lexicon(), loaded once for all tests
#include "rules/registry.hpp"
#include "rules/rule_loader.hpp"

namespace claimcheck::testing {


/// "line:column: message" for each diagnostic, in the order reported.
/// One office held in two terms with a gap between them: 2028-05 to 2029-10, and from
/// 2031-07-25 on.
inline std::string const two_terms_sheet = R"(facts:
  - claims: office-holder
    office: defence minister
    jurisdiction: South Korea
    person: Tomas Orlov
    from: 2028-05
    to: 2029-10
  - claims: office-holder
    office: defence minister
    jurisdiction: South Korea
    person: Mara Velden
    from: 2031-07-25
)";

inline std::vector<std::string> error_lines(diagnostics const& errors) {
  std::vector<std::string> out;
  for (diagnostic const& d : errors.items()) out.push_back(fmt::format("{}:{}: {}", d.line, d.column, d.message));
  return out;
}

/// A sheet loaded from `yaml` as "facts.yaml", with what loading it reported.
struct loaded_sheet {
  fact_sheets sheets;
  std::vector<std::string> errors;
};

inline loaded_sheet load_sheet(std::string const& yaml) {
  loaded_sheet out;
  diagnostics errors;
  load_fact_sheet_yaml("facts.yaml", yaml, builtin_lexicon(), out.sheets, errors);
  out.errors = error_lines(errors);
  return out;
}

/// A sheet that must load without a single diagnostic.
inline fact_sheets clean_sheet(std::string const& yaml) {
  loaded_sheet loaded = load_sheet(yaml);
  for (std::string const& e : loaded.errors) FAIL_CHECK(e);
  return std::move(loaded.sheets);
}

/// A registry with only the fact-sheet kind, as the tests of one kind want it.
inline registry fact_kinds() {
  registry kinds;
  kinds.add("fact-sheet", make_fact_sheet_rule);
  return kinds;
}

/// The rules of `yaml` and what loading them reported, as "line:column: message".
struct loaded_rules {
  std::vector<std::unique_ptr<rule>> rules;
  std::vector<std::string> errors;
};

inline loaded_rules load_fact_rules(std::string const& yaml) {
  registry const kinds = fact_kinds();
  loaded_rules out;
  diagnostics errors;
  load_rules_yaml("rules.yaml", yaml, kinds, out.rules, errors);
  out.errors = error_lines(errors);
  return out;
}

}  // namespace claimcheck::testing
