#include "values/calendar.hpp"

#include <charconv>
#include <fmt/format.h>

namespace claimcheck {

namespace {

int days_in_month(int year, int month) {
  static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool const leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool read_int(std::string_view text, int& out) {
  auto const [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

}  // namespace

// Counts whole years from 1970 by leap rule, then months, then days: plain and fast enough
// for dates in news, which are never more than a few thousand years away.
long days_from_civil(int year, int month, int day) {
  auto const leaps_before = [](long y) { return y / 4 - y / 100 + y / 400; };  // leap years in [1, y]
  long const y = year - 1;
  long days = 365L * (year - 1970) + (leaps_before(y) - leaps_before(1969));
  for (int m = 1; m < month; ++m) days += days_in_month(year, m);
  return days + day - 1;
}

std::string calendar_date::iso() const {
  std::string const y = year ? fmt::format("{:04d}", year) : std::string("XXXX");
  if (month == 0) return y;
  if (day == 0) return fmt::format("{}-{:02d}", y, month);
  return fmt::format("{}-{:02d}-{:02d}", y, month, day);
}

std::optional<calendar_date> calendar_date::from_iso(std::string_view text) {
  calendar_date d;
  if (text.size() < 4) return std::nullopt;
  if (text.substr(0, 4) != "XXXX" && !read_int(text.substr(0, 4), d.year)) return std::nullopt;
  if (text.size() == 4) return d;
  if (text.size() < 7 || text[4] != '-' || !read_int(text.substr(5, 2), d.month) || d.month < 1 ||
      d.month > 12)
    return std::nullopt;
  if (text.size() == 7) return d;
  if (text.size() != 10 || text[7] != '-' || !read_int(text.substr(8, 2), d.day) || d.day < 1 ||
      d.day > 31)
    return std::nullopt;
  return d;
}

long calendar_date::first_day() const {
  return days_from_civil(year, month ? month : 1, day ? day : 1);
}

long calendar_date::last_day() const {
  int const m = month ? month : 12;
  return days_from_civil(year, m, day ? day : days_in_month(year, m));
}

// Steps years, then months: plain, exact, and quick enough for dates within a few centuries.
calendar_date calendar_date::from_day_number(long day_number) {
  int year = 1970;
  while (days_from_civil(year + 1, 1, 1) <= day_number) ++year;
  while (days_from_civil(year, 1, 1) > day_number) --year;
  int month = 1;
  while (month < 12 && days_from_civil(year, month + 1, 1) <= day_number) ++month;
  return {year, month, static_cast<int>(day_number - days_from_civil(year, month, 1)) + 1};
}

std::string_view to_string(date_part part) {
  switch (part) {
    case date_part::none: return "";
    case date_part::early: return "early";
    case date_part::mid: return "mid";
    case date_part::late: return "late";
  }
  return "";
}

std::string_view to_string(numeric_date_order order) {
  switch (order) {
    case numeric_date_order::unambiguous_only: return "unambiguous-only";
    case numeric_date_order::day_first: return "day-first";
    case numeric_date_order::month_first: return "month-first";
  }
  return "unambiguous-only";
}

std::optional<numeric_date_order> numeric_date_order_named(std::string_view name) {
  for (numeric_date_order const order :
       {numeric_date_order::unambiguous_only, numeric_date_order::day_first, numeric_date_order::month_first})
    if (to_string(order) == name) return order;
  return std::nullopt;
}

std::string date_range::iso() const {
  if (open_ended()) return start.iso() + "/..";
  if (start == end) return start.iso();
  return start.iso() + "/" + end.iso();
}

namespace {

// Compares what both dates say, field by field, ignoring what either leaves open.
bool same_where_stated(calendar_date const& a, calendar_date const& b) {
  if (a.year && b.year && a.year != b.year) return false;
  if (a.month && b.month && a.month != b.month) return false;
  if (a.day && b.day && a.day != b.day) return false;
  return true;
}

bool is_single(date_range const& r) { return r.start == r.end; }

}  // namespace

bool dates_compatible(date_range const& a, date_range const& b) {
  bool const a_single = is_single(a);
  bool const b_single = is_single(b);
  // A coarse single date ("August 2025") covers any range inside it.
  if (a_single && a.start.day == 0)
    return same_where_stated(a.start, b.start) && same_where_stated(a.start, b.end);
  if (b_single && b.start.day == 0)
    return same_where_stated(b.start, a.start) && same_where_stated(b.start, a.end);
  // Two specific spans must state the same days.
  return same_where_stated(a.start, b.start) && same_where_stated(a.end, b.end);
}

std::string duration::iso() const {
  // Hours, minutes and seconds follow a "T", which keeps "PT5M" (minutes) apart from "P5M" (months).
  char const* prefix = "P";
  char const* letter = "Y";
  switch (in) {
    case unit::day: letter = "D"; break;
    case unit::week: letter = "W"; break;
    case unit::month: letter = "M"; break;
    case unit::year: letter = "Y"; break;
    case unit::hour: prefix = "PT"; letter = "H"; break;
    case unit::minute: prefix = "PT"; letter = "M"; break;
    case unit::second: prefix = "PT"; letter = "S"; break;
  }
  if (amount == static_cast<long>(amount)) return fmt::format("{}{}{}", prefix, static_cast<long>(amount), letter);
  return fmt::format("{}{}{}", prefix, amount, letter);
}

double duration::approx_days() const {
  switch (in) {
    case unit::day: return amount;
    case unit::week: return amount * 7;
    case unit::month: return amount * 30.436875;
    case unit::year: return amount * 365.2425;
    case unit::hour: return amount / 24;
    case unit::minute: return amount / (24 * 60);
    case unit::second: return amount / (24 * 60 * 60);
  }
  return amount;
}

}  // namespace claimcheck
