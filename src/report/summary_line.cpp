#include "report/summary_line.hpp"

#include <string_view>

namespace claimcheck {

namespace {

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
}

}  // namespace

std::string summary_line(report const& r) {
  report_totals const t = totals_of(r);
  return counted(r.discrepancies.size(), "discrepancy", "discrepancies") + " (" +
         counted(t.errors, "error", "errors") + ", " + counted(t.warnings, "warning", "warnings") + ", " +
         counted(t.infos, "info", "infos") + ") in " + counted(r.sources.size(), "source", "sources") + ", " +
         counted(t.claims, "claim", "claims") + "; " + counted(r.errors.size(), "input error", "input errors");
}

}  // namespace claimcheck
