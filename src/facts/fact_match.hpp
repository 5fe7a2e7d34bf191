#pragma once
/// Which facts a claim is measured against, and whether it agrees with them. The one definition
/// both the fact-sheet rule and the support notes use, so that a claim the rule reports as
/// contradicting the sheet is never noted as confirmed by it.
#include <optional>
#include <utility>
#include <vector>

#include "claims/claim.hpp"
#include "facts/fact_sheet.hpp"

namespace claimcheck {

/// How one claim stands against one fact of its slot.
struct fact_verdict {
  fact const* against = nullptr;
  /// The claim has no time and the fact is bounded: it is compared only because every fact of
  /// the slot gives the same value, so that value is the sheet's whatever the claim's time.
  bool undated = false;
  bool agrees = false;  ///< values_compatible(the claim's value, the fact's value)
};

/// The facts `c` is measured against for its field `value`, in load order. A fact qualifies when
/// it is about claims of c's kind, states `value` (which c has too), and every other field it
/// states (the key: office and jurisdiction) has c's comparison key. Then time decides:
///   - `days` known (first and last day c holds): the facts that hold on every one of those days;
///     a claim straddling the start or end of a term is measured against neither side of it;
///   - `days` unknown: facts that hold at all times; otherwise, when all qualifying facts give one
///     value, those facts, marked undated; otherwise none (the sheet cannot say which applies).
std::vector<fact_verdict> weigh_claim(fact_sheets const& sheets, claim const& c, field_id value,
                                      std::optional<std::pair<long, long>> const& days);

}  // namespace claimcheck
