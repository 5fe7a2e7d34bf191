#include "report/report_filter.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "report/exit_status.hpp"

namespace claimcheck {

namespace {

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

std::size_t hide_below(report& r, severity min_level) {
  std::size_t const before = r.discrepancies.size();
  std::erase_if(r.discrepancies, [&](discrepancy const& d) { return d.level < min_level; });
  return before - r.discrepancies.size();
}

int finish_gates(report& r, gate_settings const& settings, gate_counts& counts) {
  counts.failing = count_failing(r, settings.fail_on);
  counts.max_discrepancies = settings.max_discrepancies;
  int const status = exit_status(r, settings.fail_on, settings.max_discrepancies.value_or(0));
  counts.min_level.reset();
  counts.hidden_below_min_level = 0;
  if (settings.min_level > severity::info) {
    counts.min_level = settings.min_level;
    counts.hidden_below_min_level = hide_below(r, settings.min_level);
  }
  return status;
}

std::string gate_summary_text(gate_counts const& counts) {
  std::string out;
  if (counts.baseline_used) {
    out += fmt::format("; {} accepted by baseline ({})", counts.accepted_by_baseline,
                       counted(counts.stale_baseline_entries, "stale entry", "stale entries"));
  }
  if (counts.suppressed > 0) out += fmt::format("; {} suppressed inline", counts.suppressed);
  if (counts.min_level) {
    out += fmt::format("; {} hidden below --min-level {}", counts.hidden_below_min_level, to_string(*counts.min_level));
  }
  if (counts.max_discrepancies) {
    out += fmt::format("; {} failing of {} allowed by --max-discrepancies", counts.failing, *counts.max_discrepancies);
  }
  return out;
}

}  // namespace claimcheck
