#include "rules/kinds/derive.hpp"

#include <cmath>
#include <limits>
#include <optional>
#include <fmt/format.h>

#include "rules/kinds/finding_parts.hpp"

namespace claimcheck {

namespace {

std::string const anniversary_names[] = {"ordinal", "years", "event", "since", "expected", "stated", "rule"};
std::string const exchange_names[] = {"amount", "equivalent", "expected", "rate", "from", "to", "period", "tolerance",
                                      "rule"};

/// "1st", "2nd", "3rd", "11th", "60th", "101st"
std::string ordinal_text(int n) {
  int const tens = n % 100;
  int const units = n % 10;
  std::string_view suffix = "th";
  if (tens < 11 || tens > 13) {
    if (units == 1) suffix = "st";
    if (units == 2) suffix = "nd";
    if (units == 3) suffix = "rd";
  }
  return fmt::format("{}{}", n, suffix);
}

/// The one year a date range lies in, or nothing when it spans years or has none.
std::optional<int> single_year(date_range const& d) {
  if (!d.start.has_year() || (!d.end.empty() && d.end.year != d.start.year)) return std::nullopt;
  return d.start.year;
}

/// A sum as messages show it: "USD 6.63 million", "EUR 1.2 billion", "CAD 9.20", "JPY 12,500".
std::string money_text(double value, std::string_view code) {
  constexpr std::pair<double, std::string_view> scales[] = {{1e12, "trillion"}, {1e9, "billion"}, {1e6, "million"}};
  for (auto const& [size, word] : scales)
    if (value >= size) return fmt::format("{} {:.3g} {}", code, value / size, word);
  if (value < 1000) return fmt::format("{} {:.2f}", code, value);
  std::string digits = fmt::format("{:.0f}", value);
  for (std::size_t at = digits.size() - 3; at > 0; at = at > 3 ? at - 3 : 0) digits.insert(at, ",");
  return fmt::format("{} {}", code, digits);
}

/// Whether `to` can be `from` converted at `rate`, give or take `tolerance` of the converted value.
bool converts_within(amount_value const& from, amount_value const& to, double rate, double tolerance) {
  double const low = from.low * rate * (1 - tolerance);
  double const high = from.high * rate * (1 + tolerance);
  // A hair of slack for the binary rounding of figures that sit exactly on the edge.
  double const slack = 1e-9 * std::max(std::abs(to.stated), std::abs(from.stated * rate));
  return to.high >= low - slack && to.low <= high + slack;
}

/// How far the rate a conversion implies is from `rate`, as a ratio on a log scale.
double distance(amount_value const& from, amount_value const& to, double rate) {
  if (!(from.stated > 0) || !(to.stated > 0)) return std::numeric_limits<double>::infinity();
  return std::abs(std::log(to.stated / (from.stated * rate)));
}

/// The side of a discrepancy that quotes a table entry: the table's path and the entry's place.
discrepancy_side rate_side(applicable_rate const& used, std::string_view from, std::string_view to) {
  exchange_rate const& r = *used.entry;
  discrepancy_side s;
  s.source = r.path;
  s.offset = r.offset;
  s.start = r.at;
  s.end = r.at;
  s.text = describe(r);
  // Reference data, as a fact sheet is: reports list it after the article's claim.
  s.kind = "fact-sheet";
  s.value = fmt::format("1 {} = {:.4g} {}", from, used.rate, to);
  return s;
}

}  // namespace

std::span<std::string const> derive_placeholders(derive_check check) {
  if (check == derive_check::anniversary_year) return anniversary_names;
  return exchange_names;
}

void derive_rule::check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const {
  for (claim const& c : claims) {
    if (params_.check == derive_check::anniversary_year && c.kind == claim_kind::anniversary) {
      check_anniversary(c, ctx, out);
    } else if (params_.check == derive_check::exchange_rate && c.kind == claim_kind::conversion) {
      check_conversion(c, ctx, out);
    }
  }
}

void derive_rule::check_anniversary(claim const& c, check_context const& ctx, std::vector<discrepancy>& out) const {
  field const* count = c.find(field_id::ordinal);
  field const* since = c.find(field_id::since);
  int const* years = count == nullptr ? nullptr : std::get_if<int>(&count->value);
  date_range const* base = since == nullptr ? nullptr : std::get_if<date_range>(&since->value);
  std::optional<int> const base_year = base == nullptr ? std::nullopt : single_year(*base);
  if (years == nullptr || !base_year) return;
  std::optional<int> stated;
  if (field const* when = c.find(field_id::date)) {
    if (date_range const* d = std::get_if<date_range>(&when->value)) stated = single_year(*d);
    if (!stated) return;  // a date that spans years cannot be held to one
  } else if (c.time && c.time->has_year()) {
    stated = c.time->year;
  }
  int const expected = *base_year + *years;
  if (!stated || *stated == expected) return;

  field const* what = c.find(field_id::event);
  std::string const event = what == nullptr ? std::string("the event") : display(what->value);
  std::string const nth = ordinal_text(*years);
  discrepancy d;
  d.rule = params_.id;
  d.level = params_.level;
  if (what != nullptr) d.key.emplace_back("event", event);
  d.key.emplace_back("since", std::to_string(*base_year));
  d.sides.push_back(side_of(c, fmt::format("{} anniversary of {}, dated {}", nth, *base_year, *stated), ctx));
  std::vector<std::pair<std::string, std::string>> const args = {
      {"ordinal", nth},
      {"years", std::to_string(*years)},
      {"event", event},
      {"since", std::to_string(*base_year)},
      {"expected", std::to_string(expected)},
      {"stated", std::to_string(*stated)},
      {"rule", params_.id},
  };
  d.message = params_.message.render(args);
  out.push_back(std::move(d));
}

void derive_rule::check_conversion(claim const& c, check_context const& ctx, std::vector<discrepancy>& out) const {
  field const* amount = c.find(field_id::amount);
  field const* equivalent = c.find(field_id::equivalent);
  amount_value const* from = amount == nullptr ? nullptr : std::get_if<amount_value>(&amount->value);
  amount_value const* to = equivalent == nullptr ? nullptr : std::get_if<amount_value>(&equivalent->value);
  if (from == nullptr || to == nullptr || from->unit.empty() || to->unit.empty() || from->unit == to->unit) return;
  std::optional<std::pair<long, long>> const days = claim_days(c, std::nullopt);
  if (!days) return;
  std::vector<applicable_rate> const rates = params_.rates.rates_for(from->unit, to->unit, days->first, days->second);
  if (rates.empty()) return;
  applicable_rate const* nearest = nullptr;
  for (applicable_rate const& r : rates) {
    if (converts_within(*from, *to, r.rate, params_.relative_tolerance)) return;
    if (nearest == nullptr || distance(*from, *to, r.rate) < distance(*from, *to, nearest->rate)) nearest = &r;
  }

  discrepancy d;
  d.rule = params_.id;
  d.level = params_.level;
  d.key.emplace_back("amount", from->unit);
  d.key.emplace_back("equivalent", to->unit);
  d.sides.push_back(side_of(c, fmt::format("{} = {}", from->text, to->text), ctx));
  d.sides.push_back(rate_side(*nearest, from->unit, to->unit));
  std::vector<std::pair<std::string, std::string>> const args = {
      {"amount", from->text},
      {"equivalent", to->text},
      {"expected", money_text(from->stated * nearest->rate, to->unit)},
      {"rate", fmt::format("{:.4g}", nearest->rate)},
      {"from", from->unit},
      {"to", to->unit},
      {"period", period_text(*nearest->entry)},
      {"tolerance", fmt::format("{:g}%", params_.relative_tolerance * 100)},
      {"rule", params_.id},
  };
  d.message = params_.message.render(args);
  out.push_back(std::move(d));
}

}  // namespace claimcheck
