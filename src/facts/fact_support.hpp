#pragma once
/// Fact support on conflicts between sources: a pass over the finished discrepancies that notes
/// which side a fact sheet supports. The conflict stays a finding (the sources do disagree); the
/// note tells the reader which of them the sheet backs, and where in the sheet.
#include <span>
#include <vector>

#include "claims/claim.hpp"
#include "facts/fact_sheet.hpp"
#include "report/discrepancy.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

/// Sets discrepancy::fact_sheet on every discrepancy of `found` in which one side's claim agrees
/// with the facts it meets and another side's claim contradicts every fact it meets (as
/// weigh_claim decides, src/facts/fact_match.hpp). The note gives the value of the first agreeing
/// fact in load order.
///
/// Sides are traced back to their claims by source path, offset, claim kind and value; the
/// disputed field is the claim's fact value field (person, amount, date, place) that is not in the
/// discrepancy's key and shows the side's value. Claims are placed in time by claim::time alone,
/// and facts met only because a claim is undated count for nothing: a note is only written when
/// the sheet decides. Findings that already quote a fact sheet are left alone. Run it after
/// run_rules, over the claims the rules saw.
void note_fact_support(std::vector<discrepancy>& found, std::span<claim const> claims, source_store const& sources,
                       fact_sheets const& facts);

}  // namespace claimcheck
