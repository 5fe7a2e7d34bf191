#include "claims/resolve_date.hpp"

#include <cstdlib>

namespace claimcheck {

namespace {

// The year that puts month/day nearest to the reference date.
int nearest_year(int month, int day, calendar_date const& reference) {
  long const ref = reference.first_day();
  int best = reference.year;
  long best_distance = -1;
  for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
    long const distance = std::labs(days_from_civil(year, month, day ? day : 15) - ref);
    if (best_distance < 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

}  // namespace

std::optional<date_range> resolve_date(ast::date const& d, std::optional<calendar_date> const& document_date) {
  bool const has_reference = document_date && document_date->day != 0;
  if (d.start_month == 0 && d.start_day == 0) {
    // A bare weekday: the latest such day on or before the document date.
    if (d.weekday == 0 || !has_reference) return std::nullopt;
    long const ref = document_date->first_day();
    long const ref_weekday = ((ref % 7) + 7 + 3) % 7 + 1;  // 1970-01-01 was a Thursday (4)
    long const back = (ref_weekday - d.weekday + 7) % 7;
    long day_number = ref - back;
    // Civil date from a day number, by stepping years then months: simple and exact.
    int year = 1970;
    while (days_from_civil(year + 1, 1, 1) <= day_number) ++year;
    while (days_from_civil(year, 1, 1) > day_number) --year;
    int month = 1;
    while (month < 12 && days_from_civil(year, month + 1, 1) <= day_number) ++month;
    int const day = static_cast<int>(day_number - days_from_civil(year, month, 1)) + 1;
    calendar_date const resolved{year, month, day};
    return date_range{resolved, resolved};
  }
  calendar_date start{d.start_year, d.start_month, d.start_day};
  calendar_date end{d.end_year ? d.end_year : d.start_year, d.end_month ? d.end_month : d.start_month,
                    d.end_day ? d.end_day : d.start_day};
  if (start.month == 0) return std::nullopt;  // "23-24" with no month is not a date
  if (start.year == 0 && has_reference) {
    start.year = nearest_year(start.month, start.day, *document_date);
    end.year = end.month < start.month ? start.year + 1 : start.year;
  }
  return date_range{start, end};
}

}  // namespace claimcheck
