#pragma once
/// Rule kind `derive`: a value a claim states is recomputed from the other values it states, or
/// from reference data, and a claim whose figures do not add up is a discrepancy on its own, with
/// no second source needed.
///
/// `check: anniversary-year` reads anniversary claims: the base year plus the count of years must
/// be the year the anniversary falls in. That year is the claim's date field when the text says
/// when it falls ("This year marks ..."), else its time (a year the sentence states after the
/// base, else the document's date). An undated claim, or one without a base year, says nothing.
///
/// `check: exchange-rate` reads conversion claims ("one billion yen ($8.47 million)"): the
/// equivalent must lie within `relative-tolerance` of the amount converted at a rate of the
/// `rates` tables for the pair (either way round) in a period that meets the claim's time. Amounts
/// are compared as the intervals they state ("about $8.47 million" allows a tenth either way). A
/// pair or time no table knows, or an undated claim, says nothing. The finding has two sides: the
/// claim, and the table entry whose rate comes nearest.
///
/// Parameters: `check` (required), `rates` (exchange-rate: required; a table file, or a list of
/// them, relative to the rules file), `relative-tolerance` (exchange-rate: a fraction from 0 to 1,
/// default 0.05), `severity` (default error), `message` (a template; see derive_placeholders).
#include <cstdint>
#include <memory>
#include <span>
#include <string>

#include "rules/kinds/rate_table.hpp"
#include "rules/message_template.hpp"
#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

enum class derive_check : std::uint8_t { anniversary_year, exchange_rate };

/// The placeholders a message of `check` may use, in the order the docs list them:
/// anniversary-year: ordinal ("60th"), years, event (what it dates, or "the event"), since (the
/// base year), expected (since + years), stated (the year the text or the document dates it),
/// rule; exchange-rate: amount, equivalent (both as written), expected (the amount at the table's
/// rate, "USD 6.6 million"), rate, from, to (ISO codes), period (the rate's), tolerance ("5%"), rule.
std::span<std::string const> derive_placeholders(derive_check check);

struct derive_params {
  std::string id;
  derive_check check = derive_check::anniversary_year;
  severity level = severity::error;
  double relative_tolerance = 0.05;
  rate_table rates;
  message_template message;
};

class derive_rule final : public rule {
 public:
  explicit derive_rule(derive_params params) : params_(std::move(params)) {}

  std::string_view id() const override { return params_.id; }
  void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const override;

 private:
  void check_anniversary(claim const& c, check_context const& ctx, std::vector<discrepancy>& out) const;
  void check_conversion(claim const& c, check_context const& ctx, std::vector<discrepancy>& out) const;

  derive_params params_;
};

/// The registry factory for `derive`: reads and checks the parameters of one entry and loads its
/// rate tables; a table's errors are reported at the `rates` value, quoting the table's place.
std::unique_ptr<rule> make_derive_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
