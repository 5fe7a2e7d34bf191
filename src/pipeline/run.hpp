#pragma once
/// One run of claimcheck, pass by pass; returns the exit status. The report goes to `out`;
/// `err` takes input errors only when `out` carries something else (claims).
#include <ostream>

#include "pipeline/options.hpp"

namespace claimcheck {

/// 0: nothing at or above --fail-on; 1: discrepancies at or above it; 2: some input, rule file or
/// option could not be used (reported along with everything else that could be checked).
int run(run_options const& options, std::ostream& out, std::ostream& err);

}  // namespace claimcheck
