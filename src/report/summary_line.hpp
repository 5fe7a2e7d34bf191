#pragma once
/// The totals of a report in the words every format's summary uses, so that the formats cannot
/// drift apart: `2 discrepancies (1 error, 1 warning, 0 infos) in 3 sources, 28 claims; 2 input
/// errors` (singular for counts of one).
#include <string>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// The line above, without a line break.
std::string summary_line(report const& r);

}  // namespace claimcheck
