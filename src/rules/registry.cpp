#include "rules/registry.hpp"

#include "facts/fact_sheet_rule.hpp"

#include "rules/kinds/agree.hpp"
#include "rules/kinds/conflicts_with.hpp"
#include "rules/kinds/derive.hpp"
#include "rules/kinds/equivalent.hpp"
#include "rules/kinds/single_value.hpp"
#include "rules/kinds/spelling_variants.hpp"

namespace claimcheck {

bool registry::add(std::string name, rule_factory make) {
  return factories_.emplace(std::move(name), std::move(make)).second;
}

rule_factory const* registry::find(std::string_view name) const {
  std::map<std::string, rule_factory, std::less<>>::const_iterator const it = factories_.find(name);
  return it == factories_.end() ? nullptr : &it->second;
}

std::vector<std::string> registry::names() const {
  std::vector<std::string> out;
  for (std::pair<std::string const, rule_factory> const& entry : factories_) out.push_back(entry.first);
  return out;
}

void register_builtin_kinds(registry& kinds) {
  kinds.add("single-value", make_single_value_rule);
  kinds.add("agree", make_agree_rule);
  kinds.add("equivalent", make_equivalent_rule);
  kinds.add("conflicts-with", make_conflicts_with_rule);
  kinds.add("spelling-variants", make_spelling_variants_rule);
  kinds.add("fact-sheet", make_fact_sheet_rule);
  kinds.add("derive", make_derive_rule);
}

}  // namespace claimcheck
