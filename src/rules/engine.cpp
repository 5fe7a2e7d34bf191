#include "rules/engine.hpp"

#include <algorithm>
#include <set>
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
  std::set<std::vector<side_print>> seen;
  for (std::unique_ptr<rule> const& r : rules) {
    std::vector<discrepancy> own;
    r->check(claims, ctx, own);
    for (discrepancy& d : own)
      if (seen.insert(fingerprint(d)).second) found.discrepancies.push_back(std::move(d));
  }
  sort_report(found);
  return std::move(found.discrepancies);
}

}  // namespace claimcheck
