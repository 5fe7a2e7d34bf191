#pragma once
/// Rule kind `fact-sheet`: claims checked against the facts of the sheets given with --facts. A
/// claim whose time falls within a fact's period, fills the same slot (the key fields) and gives a
/// value incompatible with the fact's is one discrepancy with two sides: the claim and the fact.
/// This is what checks a single draft before publication, with no second source to compare.
///
/// Which facts a claim meets is decided by weigh_claim (src/facts/fact_match.hpp): a dated claim
/// meets the facts that hold on every day of its time; an undated claim meets a bounded fact only
/// when the sheet gives one value for the slot at all times, and is then reported at
/// `undated-severity`. A claim compatible with any fact it meets is not reported. Without fact
/// sheets the rule finds nothing, so a rule pack may list it unconditionally.
///
/// Parameters: `claims` (a kind a sheet can state), `key` (key fields of that kind), `value` (a
/// value field), `time-field` (optional, `date`: a dated date field of the claim is its time),
/// `severity` (default error), `undated-severity` (default warning), `message` (optional
/// template; placeholders: each key field (as the sheet names it), `{stated}` (the claim's value),
/// `{expected}` (the fact's), `{term}` (the fact's period as words, "from 2025-07-25"), `{time}`
/// (the claim's time, ISO, or "undated"), `{rule}`).
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "rules/message_template.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

struct fact_sheet_params {
  std::string id;
  claim_kind claims = claim_kind::office_holder;
  std::vector<field_id> key;
  field_id value = field_id::person;
  std::optional<field_id> time_field;
  severity level = severity::error;
  severity undated_level = severity::warning;
  message_template message;
};

class fact_sheet_rule final : public rule {
 public:
  explicit fact_sheet_rule(fact_sheet_params params) : params_(std::move(params)) {}

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  fact_sheet_params params_;
};

/// The registry factory for `fact-sheet`: reads and checks the parameters of one entry.
std::unique_ptr<rule> make_fact_sheet_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
