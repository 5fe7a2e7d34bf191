#include "rules/kinds/rate_table.hpp"

#include <limits>
#include <fmt/format.h>

namespace claimcheck {

std::pair<long, long> exchange_rate::days() const {
  long const first = from_date ? from_date->first_day() : std::numeric_limits<long>::min();
  long const last = to_date ? to_date->last_day() : std::numeric_limits<long>::max();
  return {first, last};
}

std::vector<applicable_rate> rate_table::rates_for(std::string_view from, std::string_view to, long first,
                                                   long last) const {
  std::vector<applicable_rate> out;
  for (exchange_rate const& r : rates) {
    std::pair<long, long> const held = r.days();
    if (held.first > last || held.second < first) continue;
    if (r.from == from && r.to == to) out.push_back({&r, r.rate});
    else if (r.from == to && r.to == from) out.push_back({&r, 1 / r.rate});
  }
  return out;
}

std::string period_text(exchange_rate const& r) {
  if (r.from_date && r.to_date && *r.from_date == *r.to_date) return "in " + r.from_date->iso();
  if (r.from_date && r.to_date) return fmt::format("from {} to {}", r.from_date->iso(), r.to_date->iso());
  if (r.from_date) return "from " + r.from_date->iso();
  if (r.to_date) return "until " + r.to_date->iso();
  return "at any time";
}

std::string describe(exchange_rate const& r) {
  std::string out = fmt::format("{} to {} at {:g}, {}", r.from, r.to, r.rate, period_text(r));
  if (!r.note.empty()) out += fmt::format(" (note: {})", r.note);
  return out;
}

}  // namespace claimcheck
