#include "rules/kinds/single_value.hpp"

#include "rules/kinds/slot_conflicts.hpp"

namespace claimcheck {

void single_value_rule::check(std::span<claim const> claims, check_context const& ctx,
                              std::vector<discrepancy>& out) const {
  static value_comparison const by_claim_model{
      [](field_value const& v) { return comparison_key(v); },
      [](field_value const& a, field_value const& b) { return values_compatible(a, b); }};
  find_slot_conflicts(params_, by_claim_model, claims, ctx, out);
}

std::unique_ptr<rule> make_single_value_rule(rule_spec const& spec, param_view& params) {
  slot_keys const keys = read_slot_keys(params);
  std::optional<slot_params> p = check_slot_keys(spec, keys, params);
  if (!p) return nullptr;
  return std::make_unique<single_value_rule>(std::move(*p));
}

}  // namespace claimcheck
