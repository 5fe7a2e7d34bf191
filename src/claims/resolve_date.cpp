#include "claims/resolve_date.hpp"

#include <cstdlib>

namespace claimcheck {

namespace {

// Whether the day exists: "February 29" does not in 2014.
bool exists(int year, int month, int day) {
  calendar_date const date{year, month, day};
  return day == 0 || calendar_date::from_day_number(date.first_day()) == date;
}

// The year that puts month/day nearest to the reference date, among the years that have that
// day; 0 when none near it does ("February 29" said in 2014).
int nearest_year(int month, int day, calendar_date const& reference) {
  long const ref = reference.first_day();
  int best = 0;
  long best_distance = -1;
  for (int year = reference.year - 1; year <= reference.year + 1; ++year) {
    if (!exists(year, month, day)) continue;
    long const distance = std::labs(days_from_civil(year, month, day ? day : 15) - ref);
    if (best_distance < 0 || distance < best_distance) {
      best = year;
      best_distance = distance;
    }
  }
  return best;
}

// 1 = Monday; 1970-01-01 was a Thursday.
long iso_weekday(long day_number) { return ((day_number % 7) + 7 + 3) % 7 + 1; }

date_range one_day(long day_number) {
  calendar_date const d = calendar_date::from_day_number(day_number);
  return {d, d};
}

date_range single(calendar_date d) { return {d, d}; }

// "yesterday", "last week", "next Tuesday", "last March", "this year", "May last year": counted
// from the document's date, which must be known as finely as the count needs.
std::optional<date_range> relative(ast::date const& d, std::optional<calendar_date> const& document_date) {
  if (!document_date || document_date->year == 0) return std::nullopt;
  calendar_date const& doc = *document_date;
  int const offset = d.relative_offset;
  switch (d.relative_unit) {
    case 1:
      if (doc.day == 0) return std::nullopt;
      return one_day(doc.first_day() + offset);
    case 2: {
      if (doc.day == 0) return std::nullopt;
      long const ref = doc.first_day();
      long const monday = ref - (iso_weekday(ref) - 1);
      if (d.weekday == 0)
        return date_range{calendar_date::from_day_number(monday + 7L * offset),
                          calendar_date::from_day_number(monday + 7L * offset + 6)};
      if (d.weekday_in_week) return one_day(monday + 7L * offset + d.weekday - 1);
      if (offset < 0) {
        long const back = (iso_weekday(ref) - d.weekday + 7) % 7;
        return one_day(ref - (back != 0 ? back : 7));
      }
      if (offset > 0) {
        long const ahead = (d.weekday - iso_weekday(ref) + 7) % 7;
        return one_day(ref + (ahead != 0 ? ahead : 7));
      }
      return one_day(monday + d.weekday - 1);
    }
    case 3: {
      if (doc.month == 0) return std::nullopt;
      if (d.start_month != 0) {
        int year = doc.year;
        if (offset < 0 && d.start_month >= doc.month) --year;
        if (offset > 0 && d.start_month <= doc.month) ++year;
        return single({year, d.start_month, 0});
      }
      int const months = doc.year * 12 + (doc.month - 1) + offset;
      return single({months / 12, months % 12 + 1, 0});
    }
    case 4:
      return single({doc.year + offset, d.start_month, d.start_day});
    default:
      return std::nullopt;
  }
}

// A bare weekday: the latest such day on or before the document date.
std::optional<date_range> weekday(ast::date const& d, std::optional<calendar_date> const& document_date) {
  if (d.weekday == 0 || !document_date || document_date->day == 0) return std::nullopt;
  long const ref = document_date->first_day();
  return one_day(ref - (iso_weekday(ref) - d.weekday + 7) % 7);
}

// "8/10/2012" in the order the caller gives; never read by default.
std::optional<date_range> unordered(ast::date const& d, numeric_date_order order) {
  if (order == numeric_date_order::unambiguous_only) return std::nullopt;
  bool const day_first = order == numeric_date_order::day_first;
  calendar_date const date{d.start_year, day_first ? d.unordered_second : d.unordered_first,
                           day_first ? d.unordered_first : d.unordered_second};
  if (date.month < 1 || date.month > 12 || !exists(date.year, date.month, date.day)) return std::nullopt;
  return single(date);
}

std::optional<date_range> stated(ast::date const& d, std::optional<calendar_date> const& document_date,
                                 numeric_date_order order) {
  if (d.unordered_first != 0) return unordered(d, order);
  if (d.relative_unit != 0) return relative(d, document_date);
  if (d.start_month == 0 && d.start_day == 0 && d.start_year == 0) return weekday(d, document_date);
  if (d.start_month == 0) {
    if (d.start_day != 0) return std::nullopt;  // "23-24" with no month is not a date
    return date_range{{d.start_year, 0, 0}, {d.end_year != 0 ? d.end_year : d.start_year, 0, 0}};
  }
  calendar_date start{d.start_year, d.start_month, d.start_day};
  calendar_date end{d.end_year, d.end_month != 0 ? d.end_month : d.start_month,
                    d.end_day != 0 ? d.end_day : d.start_day};
  if (start.year == 0 && document_date && document_date->day != 0)
    start.year = nearest_year(start.month, start.day, *document_date);
  // An end written without its year is in the start's, or the next when its month comes earlier
  // ("December 30 to January 2").
  if (end.year == 0 && start.year != 0) end.year = end.month < start.month ? start.year + 1 : start.year;
  return date_range{start, end};
}

// "from today to tomorrow", "today - next Friday", "Tuesday to Thursday": both ends counted from
// the document's date; an end given as a weekday alone is the first such day from the start on.
std::optional<date_range> relative_span(ast::date const& d, std::optional<calendar_date> const& document_date) {
  ast::date start = d;
  start.end_relative_unit = start.end_relative_offset = start.end_weekday = 0;
  std::optional<date_range> const from = stated(start, document_date, numeric_date_order::unambiguous_only);
  if (!from) return std::nullopt;
  std::optional<date_range> to;
  if (d.end_relative_unit == 0) {
    if (from->end.day == 0) return std::nullopt;  // "last month to Friday" names no first day
    long const after = from->end.first_day();
    // The same weekday is the same day: "yesterday - Monday" restates one day.
    to = one_day(after + (d.end_weekday - iso_weekday(after) + 7) % 7);
  } else {
    ast::date end;
    end.relative_unit = d.end_relative_unit;
    end.relative_offset = d.end_relative_offset;
    end.weekday = d.end_weekday;
    to = relative(end, document_date);
  }
  if (!to || to->end.last_day() < from->start.first_day()) return std::nullopt;
  return date_range{from->start, to->end};
}

}  // namespace

std::optional<date_range> resolve_date(ast::date const& d, std::optional<calendar_date> const& document_date,
                                       numeric_date_order order) {
  bool const relative_end = d.end_relative_unit != 0 || d.end_weekday != 0;
  std::optional<date_range> range = relative_end ? relative_span(d, document_date) : stated(d, document_date, order);
  if (!range) return std::nullopt;
  if (d.since) range->end = calendar_date{};
  if (d.part >= 1 && d.part <= 3) range->part = static_cast<date_part>(d.part);
  return range;
}

}  // namespace claimcheck
