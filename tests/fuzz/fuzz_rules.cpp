// libFuzzer target: arbitrary bytes as a rules YAML file, loaded with every built-in kind, and
// the examples of the rules that load run as a run would run them.
#include <vector>

#include "fuzz_support.hpp"
#include "pipeline/rule_examples.hpp"
#include "rules/registry.hpp"
#include "rules/rule_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace claimcheck;
  static registry const kinds = [] {
    registry r;
    register_builtin_kinds(r);
    return r;
  }();
  std::vector<loaded_rule> rules;
  diagnostics errors;
  load_rules_yaml("fuzz.yaml", fuzzing::as_text(data, size), kinds, rules, errors);
  for (loaded_rule const& r : rules)
    if (!r.compiled) __builtin_trap();  // the loader promises a compiled rule for each entry
  refuse_rules_failing_examples(rules, fuzzing::builtin_lexicon(), errors);
  return 0;
}
