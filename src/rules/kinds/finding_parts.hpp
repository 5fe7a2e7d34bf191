#pragma once
/// Pieces every rule kind builds its findings from: where a claim sits in time, and the side of a
/// discrepancy that quotes it. Shared so that all kinds place and quote claims the same way.
#include <optional>
#include <string>
#include <utility>

#include "claims/claim.hpp"
#include "report/discrepancy.hpp"
#include "rules/rule.hpp"

namespace claimcheck {

/// First and last day (days since 1970-01-01) a claim holds: the date in `time_field` when the
/// claim has one with a known year, else the claim's own time; nullopt when nothing places it.
std::optional<std::pair<long, long>> claim_days(claim const& c, std::optional<field_id> time_field);

/// Whether two claims are close enough in time to be about the same thing: always when either
/// is undated or no window is set, else when the days between the periods they cover are at
/// most `within_days` ("2031" and "2031-11-30" are 0 days apart).
bool close_in_time(std::optional<std::pair<long, long>> const& a, std::optional<std::pair<long, long>> const& b,
                   std::optional<long> within_days);

/// The side of a discrepancy that quotes `c`: its source, line:column range, sentence on one line,
/// kind, and `shown` as the value it gives.
discrepancy_side side_of(claim const& c, std::string shown, check_context const& ctx);

/// Orders claims by source path, then position: the order sides are listed in.
bool claim_before(claim const& a, claim const& b, check_context const& ctx);

}  // namespace claimcheck
