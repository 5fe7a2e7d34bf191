#pragma once
/// Running the loaded rules over all claims of a run.
#include <memory>
#include <span>
#include <vector>

#include "rules/rule.hpp"

namespace claimcheck {

/// Runs every rule over all claims, then de-duplicates and sorts the findings. A finding whose
/// sides all appear among the sides of an earlier one (the same sentences of the same sources,
/// with the same values) adds nothing and is dropped: the finding of the rule listed first is
/// kept, so a user's rule file cannot double a built-in finding, and a looser rule cannot repeat
/// a stricter one's finding about the same two sentences.
std::vector<discrepancy> run_rules(std::vector<std::unique_ptr<rule>> const& rules, std::span<claim const> claims,
                                   check_context const& ctx);

}  // namespace claimcheck
