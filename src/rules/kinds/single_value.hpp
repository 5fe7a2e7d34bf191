#pragma once
/// Rule kind `single-value`: a slot (the key fields of a claim kind, such as office and
/// jurisdiction) holds one value (the person) at a time, so sources that give incompatible values
/// for the same slot at about the same time disagree.
#include <memory>

#include "rules/kinds/slot_params.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// Values are compared as claims::values_compatible compares them: a surname agrees with the
/// full name, a month with a day in it, amounts whose intervals meet.
class single_value_rule final : public rule {
 public:
  explicit single_value_rule(slot_params params) : params_(std::move(params)) {}

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  slot_params params_;
};

/// The registry factory for `single-value`: reads and checks the parameters of one entry.
std::unique_ptr<rule> make_single_value_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
