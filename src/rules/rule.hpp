#pragma once
/// The interface every compiled rule kind implements: look at all claims, append discrepancies.
#include <span>
#include <string_view>
#include <vector>

#include "claims/claim.hpp"
#include "report/discrepancy.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

struct fact_sheets;

/// What a rule may read besides the claims: the text they point into, to quote and locate them,
/// and the facts of the fact sheets given with --facts (src/facts/fact_sheet.hpp); null when the
/// run has none, so that `check_context{store}` still makes a context.
struct check_context {
  source_store const& sources;
  fact_sheets const* facts = nullptr;
};

/// One configured rule: a rule kind instantiated with the parameters of one rules-file entry.
class rule {
 public:
  virtual ~rule() = default;
  /// The id from the rules file ("office-holder-single-value"); unique among loaded rules.
  virtual std::string_view id() const = 0;
  /// Appends one discrepancy per disagreement found in `claims`. Must not throw and must not
  /// depend on the order of `claims` beyond what the final sort removes.
  virtual void check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const = 0;
};

}  // namespace claimcheck
