#pragma once
/// Rule kind `spelling-variants`: one person written two ways across sources ("Kim Min Jun" and
/// "Kim Min-jun", "Sánchez" and "Sanchez"). Never a factual conflict — the sources agree on
/// who — but an editor harmonising house style wants to see it, so it is reported at `info` by
/// default, which the scorer of conflicts and the default --fail-on level both leave aside.
#include <memory>
#include <string>
#include <vector>

#include "rules/message_template.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

struct spelling_variants_params {
  std::string id;
  std::vector<field_id> fields;  ///< fields holding names (person, subject, counterpart)
  severity level = severity::info;
  message_template message;      ///< placeholders: {values}, {rule}
};

/// Two spellings are variants when their names fold to the same letters (case, diacritics,
/// special letters, hyphens and spaces aside) and differ otherwise; a surname alone is not a
/// variant of the full name, and spellings differing only in case are the same spelling.
class spelling_variants_rule final : public rule {
 public:
  explicit spelling_variants_rule(spelling_variants_params params) : params_(std::move(params)) {}

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  spelling_variants_params params_;
};

/// The registry factory for `spelling-variants`.
std::unique_ptr<rule> make_spelling_variants_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
