#include "rules/kinds/numeric_agreement.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <vector>
#include <fmt/format.h>

namespace claimcheck {

namespace {

// A month is 28 to 31 days, a year 365 or 366: a number of months or years said in days may be
// this far from its Gregorian average and still mean the same length.
constexpr double calendar_slack_days = 3.0;

bool is_digit(char c) { return c >= '0' && c <= '9'; }

/// Whether the allowance covers a gap between two values whose larger magnitude is `size`; a
/// hair of slack absorbs the floating-point noise of scaled figures ("8.47" and "8.470").
bool gap_allowed(double gap, double size, tolerance const& within) {
  double const allowed = std::max(within.absolute, within.relative * size);
  return gap <= allowed + 1e-9 * std::max(1.0, size);
}

/// The values an amount allows, with which ends are excluded: "more than 2,000" excludes 2,000
/// itself, and a figure widened by its rounding excludes the top ("2.15 billion" rounds to 2.2).
struct value_interval {
  double low = 0;
  double high = 0;
  bool low_open = false;
  bool high_open = false;
};

value_interval interval_of(amount_value const& v, tolerance const& within) {
  value_interval out{v.low, v.high, false, false};
  if (v.qualifier == "more-than") out = {v.stated, v.high, true, false};
  if (v.qualifier == "less-than") out = {v.low, v.stated, false, true};
  // A bound says where the true value lies, whatever the rounding of its figure: "more than
  // 2,000" stays above 2,000. Only a figure given as the value itself, or about it, is widened.
  if (within.stated_rounding && (v.qualifier.empty() || v.qualifier == "about")) {
    double const half = rounding_half_step(v);
    if (half > 0) out = {out.low - half, out.high + half, false, true};
  }
  return out;
}

bool amounts_agree(amount_value const& a, amount_value const& b, tolerance const& within) {
  // Sums in different currencies cannot be compared without a rate table: not knowing is not a
  // discrepancy.
  if (a.unit != b.unit) return true;
  value_interval const ia = interval_of(a, within);
  value_interval const ib = interval_of(b, within);
  double const low = std::max(ia.low, ib.low);
  double const high = std::min(ia.high, ib.high);
  double const gap = low - high;  // negative when the intervals overlap
  double const size = std::max(std::abs(a.stated), std::abs(b.stated));
  double const allowed = std::max(within.absolute, within.relative * size);
  // A hair of slack absorbs the floating-point noise of scaled figures ("8.47" and "8.470").
  double const slack = 1e-9 * std::max(1.0, size);
  if (gap < allowed - slack) return true;
  if (gap > allowed + slack) return false;
  // The intervals just touch: they meet only if neither touching end is excluded.
  auto const near = [slack](double x, double y) { return std::abs(x - y) <= slack; };
  bool const low_open = (near(ia.low, low) && ia.low_open) || (near(ib.low, low) && ib.low_open);
  bool const high_open = (near(ia.high, high) && ia.high_open) || (near(ib.high, high) && ib.high_open);
  return !low_open && !high_open;
}

std::pair<long, long> day_span(calendar_date const& d) { return {d.first_day(), d.last_day()}; }

/// The years a date may be read in: its own, else those that bring it nearest the other date
/// (the other's year and the ones either side, for "December 30" against "January 2").
std::vector<int> candidate_years(calendar_date const& d, calendar_date const& other) {
  if (d.has_year()) return {d.year};
  int const base = other.has_year() ? other.year : 2000;
  return {base - 1, base, base + 1};
}

/// Whether two stated dates can be the same day(s) give or take `days`: each covers every day of
/// its month or year when that is all it states; a missing year is whichever fits best.
bool dates_near(calendar_date const& x, calendar_date const& y, double days) {
  // An open end, or a date that states nothing, places nothing.
  if (x.month == 0 && !x.has_year()) return true;
  if (y.month == 0 && !y.has_year()) return true;
  calendar_date xs = x;
  calendar_date ys = y;
  if (!x.has_year() && !y.has_year()) xs.year = 2000;  // a leap year, so that February 29 exists
  std::vector<int> const years_x = candidate_years(xs, ys);
  std::vector<int> const years_y = candidate_years(ys, xs);
  for (int year_x : years_x)
    for (int year_y : years_y) {
      xs.year = year_x;
      ys.year = year_y;
      std::pair<long, long> const a = day_span(xs);
      std::pair<long, long> const b = day_span(ys);
      if (static_cast<double>(std::max(a.first, b.first) - std::min(a.second, b.second)) <= days) return true;
    }
  return false;
}

bool single_coarse(date_range const& r) { return r.start == r.end && r.start.day == 0; }

/// claims::dates_compatible, give or take `days`: a coarse single date ("August 2025") covers any
/// range inside it; otherwise the starts and the ends must each agree.
bool ranges_agree(date_range const& a, date_range const& b, double days) {
  if (single_coarse(a)) return dates_near(a.start, b.start, days) && dates_near(a.start, b.end, days);
  if (single_coarse(b)) return dates_near(b.start, a.start, days) && dates_near(b.start, a.end, days);
  return dates_near(a.start, b.start, days) && dates_near(a.end, b.end, days);
}

bool in_calendar_units(duration const& d) { return d.in == duration::unit::month || d.in == duration::unit::year; }

bool durations_agree(duration const& a, duration const& b, tolerance const& within) {
  double const days_a = a.approx_days();
  double const days_b = b.approx_days();
  double gap = std::abs(days_a - days_b);
  // Months and years against days and weeks: only the calendar can tell exactly, so the lengths
  // agree when a real run of months could have that many days.
  if (in_calendar_units(a) != in_calendar_units(b)) gap = std::max(0.0, gap - calendar_slack_days);
  return gap_allowed(gap, std::max(days_a, days_b), within);
}

}  // namespace

double rounding_half_step(amount_value const& a) {
  std::string_view const text = a.text;
  std::size_t at = 0;
  while (at < text.size() && !is_digit(text[at])) ++at;
  if (at == text.size()) return 0;
  // The first figure as written: digits, thousands commas, one decimal point.
  std::string whole;
  std::string fraction;
  bool in_fraction = false;
  for (; at < text.size(); ++at) {
    char const c = text[at];
    if (is_digit(c)) {
      (in_fraction ? fraction : whole) += c;
      continue;
    }
    bool const separator = (c == ',' || c == '.') && at + 1 < text.size() && is_digit(text[at + 1]);
    if (!separator || in_fraction) break;
    if (c == '.') in_fraction = true;
  }
  double step = 1;
  if (!fraction.empty()) {
    step = std::pow(10.0, -static_cast<double>(fraction.size()));
  } else {
    whole.erase(0, std::min(whole.find_first_not_of('0'), whole.size() - 1));
    std::size_t const zeros = whole.size() - 1 - std::min(whole.find_last_not_of('0'), whole.size() - 1);
    // Trailing zeros may be exact ("20 people"), so a figure keeps at least two significant
    // digits: "37,000" is rounded to the thousand, "200" to the ten, "20" not at all.
    std::size_t const rounded = whole.size() < 2 ? 0 : std::min(zeros, whole.size() - 2);
    step = std::pow(10.0, static_cast<double>(rounded));
  }
  std::string const figure = fraction.empty() ? whole : whole + "." + fraction;
  double written = 0;
  std::from_chars_result const read = std::from_chars(figure.data(), figure.data() + figure.size(), written);
  if (read.ec != std::errc() || written <= 0) return 0;
  // The amount is the figure times its scale word ("billion", "bn", "k"); a scale that is not a
  // power of ten means the figure is not all the amount says.
  double const power = std::log10(std::abs(a.stated) / written);
  if (!std::isfinite(power) || std::abs(power - std::round(power)) > 1e-9) return 0;
  return step * std::pow(10.0, std::round(power)) / 2;
}

std::string meaning_key(field_value const& v) {
  if (duration const* d = std::get_if<duration>(&v)) {
    // Lengths said in months and years are counted in months, the rest in days: "a decade" and
    // "120 months" are one length, "48 hours" and "two days" another.
    if (in_calendar_units(*d)) return fmt::format("{:.9g}mo", d->in == duration::unit::year ? d->amount * 12 : d->amount);
    return fmt::format("{:.9g}d", d->approx_days());
  }
  if (std::holds_alternative<amount_value>(v) || std::holds_alternative<date_range>(v) || std::holds_alternative<int>(v))
    return comparison_key(v);
  return {};
}

bool values_agree(field_value const& a, field_value const& b, tolerance const& within) {
  if (a.index() != b.index()) return true;
  if (amount_value const* qa = std::get_if<amount_value>(&a)) return amounts_agree(*qa, std::get<amount_value>(b), within);
  if (date_range const* da = std::get_if<date_range>(&a)) return ranges_agree(*da, std::get<date_range>(b), within.absolute);
  if (duration const* da = std::get_if<duration>(&a)) return durations_agree(*da, std::get<duration>(b), within);
  if (int const* na = std::get_if<int>(&a)) {
    int const nb = std::get<int>(b);
    return gap_allowed(std::abs(static_cast<double>(*na) - nb), std::max(std::abs(*na), std::abs(nb)), within);
  }
  return values_compatible(a, b);
}

}  // namespace claimcheck
