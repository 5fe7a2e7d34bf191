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

namespace claimcheck {

/// Parses one rules YAML text (`path` names it in diagnostics); every well-formed rule is
/// appended to `rules`, every malformed one reported to `errors` and skipped. A rule whose id is
/// already in `rules` is a duplicate, and the one loaded first is kept.
void load_rules_yaml(std::string_view path, std::string_view text, registry const& kinds,
                     std::vector<std::unique_ptr<rule>>& rules, diagnostics& errors);

}  // namespace claimcheck
