#pragma once
/// Rule kind `conflicts-with`: two kinds of claim that cannot both hold of the same thing ("the
/// summit was called off" and "the summit was held"). Claims matching one pattern and claims
/// matching the other, from different sources, with equal `same` fields and at about the same
/// time, are one discrepancy per key.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rules/message_template.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// A field that must read one of some texts, compared case-folded with the field's shown text or
/// its comparison key ("Defence Minister" or "minister:defence").
struct field_condition {
  field_id field = field_id::event;
  std::vector<std::string> texts;  ///< folded, sorted
  friend bool operator==(field_condition const&, field_condition const&) = default;
};

/// Which claims one side of the rule is about: a claim kind, and conditions that must all hold.
struct claim_pattern {
  claim_kind kind = claim_kind::event;
  std::vector<field_condition> where;

  bool matches(claim const& c) const;
  friend bool operator==(claim_pattern const&, claim_pattern const&) = default;
};

/// One conflicts-with rule's parameters, checked and ready to run.
struct conflicts_with_params {
  std::string id;
  claim_pattern this_side;   ///< `claims` and its `where-<field>` keys
  claim_pattern other_side;  ///< `other` and its `other-where-<field>` keys
  std::vector<field_id> same;  ///< the key: equal comparison keys in both claims
  std::optional<long> within_days;
  std::optional<field_id> time_field;
  severity level = severity::error;
  severity undated_level = severity::error;
  message_template message;
};

/// Finds, per key, the claims of either pattern that meet a claim of the other pattern from
/// another source at about the same time.
class conflicts_with_rule final : public rule {
 public:
  explicit conflicts_with_rule(conflicts_with_params params) : params_(std::move(params)) {}

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  struct candidate;
  void check_group(std::vector<candidate> const& group, check_context const& ctx, std::vector<discrepancy>& out) const;
  /// What a side shows for `c` when it stands for `pattern`.
  std::string shown(claim const& c, claim_pattern const& pattern) const;

  conflicts_with_params params_;
};

/// The registry factory for `conflicts-with`: reads and checks the parameters of one entry.
std::unique_ptr<rule> make_conflicts_with_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
