#pragma once
/// Rule kind `agree`: the numbers, amounts, durations or dates that sources give for one slot
/// (the key fields of a claim kind) must agree, within an optional tolerance and reading a
/// figure as the rounding it was written with. Bounds stay bounds: "at least 2,100" agrees with
/// "more than 2,000" and with "2,350", not with "1,800".
#include <memory>

#include "rules/kinds/numeric_agreement.hpp"
#include "rules/kinds/slot_conflicts.hpp"
#include "rules/kinds/slot_params.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// Groups and reports as single-value does; compares values with numeric_agreement.
class agree_rule final : public rule {
 public:
  agree_rule(slot_params params, tolerance within);

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  slot_params params_;
  value_comparison compare_;
};

/// The registry factory for `agree`: the single-value keys, a value field that holds numbers,
/// amounts, durations or dates, and `absolute-tolerance`, `relative-tolerance`, `rounding`.
std::unique_ptr<rule> make_agree_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
