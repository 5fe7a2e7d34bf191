#include <algorithm>
#include <tuple>

#include "report/discrepancy.hpp"

namespace claimcheck {

namespace {

auto side_order(discrepancy_side const& s) {
  // Everything after (source, offset) only breaks ties, so that equal-looking input still
  // comes out in one order.
  return std::tie(s.source, s.offset, s.start.line, s.start.column, s.end.line, s.end.column, s.kind,
                  s.value, s.text);
}

bool side_less(discrepancy_side const& a, discrepancy_side const& b) {
  // The articles' claims come before a fact sheet's entry, so that a finding opens at the text
  // being checked.
  bool const a_sheet = a.kind == "fact-sheet";
  bool const b_sheet = b.kind == "fact-sheet";
  if (a_sheet != b_sheet) return b_sheet;
  return side_order(a) < side_order(b);
}

bool discrepancy_less(discrepancy const& a, discrepancy const& b) {
  // A discrepancy without sides has no place in any file; it goes first, like a file-less error.
  if (a.sides.empty() != b.sides.empty()) return a.sides.empty();
  if (!a.sides.empty()) {
    discrepancy_side const& x = a.sides.front();
    discrepancy_side const& y = b.sides.front();
    if (std::tie(x.source, x.offset) != std::tie(y.source, y.offset)) {
      return std::tie(x.source, x.offset) < std::tie(y.source, y.offset);
    }
  }
  if (a.rule != b.rule) return a.rule < b.rule;
  if (a.message != b.message) return a.message < b.message;
  if (a.level != b.level) return a.level > b.level;  // the more severe first
  if (a.key != b.key) return a.key < b.key;
  return std::lexicographical_compare(a.sides.begin(), a.sides.end(), b.sides.begin(), b.sides.end(), side_less);
}

}  // namespace

void sort_report(report& r) {
  std::stable_sort(r.sources.begin(), r.sources.end(),
                   [](source_summary const& a, source_summary const& b) { return a.path < b.path; });
  std::stable_sort(r.errors.begin(), r.errors.end());
  for (discrepancy& d : r.discrepancies) std::stable_sort(d.sides.begin(), d.sides.end(), side_less);
  std::stable_sort(r.discrepancies.begin(), r.discrepancies.end(), discrepancy_less);
}

}  // namespace claimcheck
