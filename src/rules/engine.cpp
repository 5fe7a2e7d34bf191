#include "rules/engine.hpp"

#include <algorithm>
#include <tuple>

namespace claimcheck {

namespace {

using side_print = std::tuple<std::string, std::string, std::string>;

/// What makes two findings the same for a reader: which sentences of which sources they quote,
/// and the values they quote them for.
std::vector<side_print> fingerprint(discrepancy const& d) {
  std::vector<side_print> out;
  for (discrepancy_side const& s : d.sides) out.emplace_back(s.source, s.text, s.value);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

std::vector<discrepancy> run_rules(std::vector<std::unique_ptr<rule>> const& rules, std::span<claim const> claims,
                                   check_context const& ctx) {
  report found;
  // A finding that quotes only what an earlier one already quotes, for the same values, tells
  // the reader nothing new: the same two sentences under a second rule are one discrepancy.
  std::vector<std::vector<side_print>> kept;
  auto const already_said = [&kept](std::vector<side_print> const& sides) {
    return std::any_of(kept.begin(), kept.end(), [&](std::vector<side_print> const& earlier) {
      return std::includes(earlier.begin(), earlier.end(), sides.begin(), sides.end());
    });
  };
  for (std::unique_ptr<rule> const& r : rules) {
    std::vector<discrepancy> own;
    r->check(claims, ctx, own);
    for (discrepancy& d : own) {
      std::vector<side_print> sides = fingerprint(d);
      if (already_said(sides)) continue;
      kept.push_back(std::move(sides));
      found.discrepancies.push_back(std::move(d));
    }
  }
  sort_report(found);
  return std::move(found.discrepancies);
}

}  // namespace claimcheck
