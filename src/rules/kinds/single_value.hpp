#pragma once
/// Rule kind `single-value`: a slot (the key fields of a claim kind, such as office and
/// jurisdiction) holds one value (the person) at a time, so sources that give incompatible values
/// for the same slot at about the same time disagree.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rules/message_template.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

struct single_value_params {
  std::string id;
  claim_kind claims = claim_kind::office_holder;
  std::vector<field_id> key;           ///< every claim of a group has the same comparison key here
  std::vector<field_id> optional_key;  ///< part of `key`; claims lacking them group among themselves
  field_id value = field_id::person;   ///< the field that must agree
  std::optional<long> within_days;     ///< dated claims further apart never conflict
  /// A date field that says when the claim holds more precisely than claim::time does (the
  /// date of the visit rather than the date of the article that mentions it).
  std::optional<field_id> time_field;
  severity level = severity::error;
  severity undated_level = severity::error;  ///< when every conflicting pair has an undated claim
  severity partial_key_level = severity::error;  ///< the most a group lacking an optional key gets
  message_template message;
  std::optional<message_template> partial_key_message;  ///< for groups lacking an optional key
};

class single_value_rule final : public rule {
 public:
  explicit single_value_rule(single_value_params params) : params_(std::move(params)) {}

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  void check_group(std::vector<claim const*> const& group, check_context const& ctx,
                   std::vector<discrepancy>& out) const;
  /// First and last day the claim holds; nullopt when nothing places it in time.
  std::optional<std::pair<long, long>> days_of(claim const& c) const;

  single_value_params params_;
};

/// The registry factory for `single-value`: reads and checks the parameters of one entry.
std::unique_ptr<rule> make_single_value_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
