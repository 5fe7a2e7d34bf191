#include "report/exit_status.hpp"

#include <algorithm>

namespace claimcheck {

int exit_status(report const& r, std::optional<severity> fail_on) {
  if (!r.errors.empty()) return 2;
  if (!fail_on) return 0;
  bool const failing = std::any_of(r.discrepancies.begin(), r.discrepancies.end(),
                                   [&](discrepancy const& d) { return d.level >= *fail_on; });
  return failing ? 1 : 0;
}

std::size_t count_failing(report const& r, std::optional<severity> fail_on) {
  if (!fail_on) return 0;
  return static_cast<std::size_t>(std::count_if(r.discrepancies.begin(), r.discrepancies.end(),
                                                [&](discrepancy const& d) { return d.level >= *fail_on; }));
}

int exit_status(report const& r, std::optional<severity> fail_on, std::size_t allowed) {
  if (!r.errors.empty()) return 2;
  return count_failing(r, fail_on) > allowed ? 1 : 0;
}

std::optional<std::optional<severity>> fail_on_from(std::string_view word) {
  if (word == "never") return std::optional<severity>{};
  if (std::optional<severity> const s = severity_from(word)) return s;
  return std::nullopt;
}

}  // namespace claimcheck
