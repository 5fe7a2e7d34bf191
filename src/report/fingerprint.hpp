#pragma once
/// A discrepancy's identity across runs: what a baseline records to accept a reviewed finding and
/// what SARIF calls a partial fingerprint. It is built from what the finding is about (rule, slot,
/// each side's file, value and sentence), never from where the sentence sits, so that editing
/// another paragraph of the file neither loses an accepted finding nor invents a new one.
#include <string>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// 16 lower-case hex digits (64-bit FNV-1a over the identity fields, each length-prefixed so
/// that no two different field lists hash the same bytes). Independent of the order of sides.
std::string fingerprint_of(discrepancy const& d);

}  // namespace claimcheck
