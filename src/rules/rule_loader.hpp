#pragma once
/// Reading rules files: YAML text -> rule_spec -> a rule compiled by its kind. The only user of
/// yaml-cpp among the rules; every problem becomes a diagnostic at the file, line and column of the
/// value at fault, and one bad rule never stops the others from loading.
#include <memory>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "rules/registry.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// A rule as loaded: the entry as its file states it (for listing, explaining and running its
/// examples) next to the rule its kind compiled from it.
struct loaded_rule {
  rule_spec spec;
  std::unique_ptr<rule> compiled;  ///< never null
};

/// Parses one rules YAML text (`path` names it in diagnostics); every well-formed rule is
/// appended to `rules`, every malformed one reported to `errors` and skipped. A rule whose id is
/// already in `rules` is a duplicate, and the one loaded first is kept. A rule's `examples` are
/// read and checked for shape here, not run: running them needs the extraction pipeline
/// (src/pipeline/rule_examples.hpp).
void load_rules_yaml(std::string_view path, std::string_view text, registry const& kinds,
                     std::vector<loaded_rule>& rules, diagnostics& errors);

/// The same, for callers that need only the compiled rules.
void load_rules_yaml(std::string_view path, std::string_view text, registry const& kinds,
                     std::vector<std::unique_ptr<rule>>& rules, diagnostics& errors);

}  // namespace claimcheck
