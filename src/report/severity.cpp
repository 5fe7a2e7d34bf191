#include "report/discrepancy.hpp"

namespace claimcheck {

std::string_view to_string(severity s) {
  switch (s) {
    case severity::info: return "info";
    case severity::warning: return "warning";
    case severity::error: return "error";
  }
  return "error";  // unreachable for valid enumerators; keeps -Wreturn-type quiet
}

std::optional<severity> severity_from(std::string_view name) {
  for (severity s : {severity::info, severity::warning, severity::error}) {
    if (name == to_string(s)) return s;
  }
  return std::nullopt;
}

report_totals totals_of(report const& r) {
  report_totals totals;
  for (discrepancy const& d : r.discrepancies) {
    switch (d.level) {
      case severity::error: ++totals.errors; break;
      case severity::warning: ++totals.warnings; break;
      case severity::info: ++totals.infos; break;
    }
  }
  for (source_summary const& s : r.sources) totals.claims += s.claims;
  return totals;
}

}  // namespace claimcheck
