#include "rules/kinds/agree.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <fmt/format.h>

#include "rules/kinds/claim_fields.hpp"

namespace claimcheck {

namespace {

/// A tolerance as written: a plain decimal number from 0 to `max` (if given); `hint` follows the complaint
/// about anything else.
std::optional<located<double>> read_tolerance(param_view& params, std::string_view name, double max,
                                              std::string_view hint) {
  std::optional<located<std::string>> const t = params.text(name, presence::optional);
  if (!t) return std::nullopt;
  std::string const& s = t->value;
  double v = 0;
  std::from_chars_result const read = std::from_chars(s.data(), s.data() + s.size(), v);
  if (read.ec != std::errc() || read.ptr != s.data() + s.size() || !std::isfinite(v)) {
    params.error(t->at, fmt::format("'{}' must be a number{}, got '{}'", name, hint, s));
    return std::nullopt;
  }
  if (v < 0 || v > max) {
    params.error(t->at, v < 0 ? fmt::format("'{}' must not be negative{}, got '{}'", name, hint, s)
                              : fmt::format("'{}' must be at most {}{}, got '{}'", name, max, hint, s));
    return std::nullopt;
  }
  return located<double>{v, t->at};
}

bool agree_compares(value_nature nature) {
  return nature == value_nature::date || nature == value_nature::duration || nature == value_nature::number ||
         nature == value_nature::amount;
}

}  // namespace

agree_rule::agree_rule(slot_params params, tolerance within)
    : params_(std::move(params)),
      compare_{[](field_value const& v) { return meaning_key(v); },
               [within](field_value const& a, field_value const& b) { return values_agree(a, b, within); }} {}

void agree_rule::check(std::span<claim const> claims, check_context const& ctx, std::vector<discrepancy>& out) const {
  find_slot_conflicts(params_, compare_, claims, ctx, out);
}

std::unique_ptr<rule> make_agree_rule(rule_spec const& spec, param_view& params) {
  // Read every key first, so that the view knows them all when unknown keys are reported.
  slot_keys const keys = read_slot_keys(params);
  std::optional<located<double>> const absolute =
      read_tolerance(params, "absolute-tolerance", std::numeric_limits<double>::infinity(), " (in the value's unit; days for dates and durations)");
  std::optional<located<double>> const relative =
      read_tolerance(params, "relative-tolerance", 1, " (a fraction: 0.02 for 2%)");
  std::optional<located<std::string>> const rounding = params.text("rounding", presence::optional);

  std::optional<slot_params> slot = check_slot_keys(spec, keys, params);
  check_slot_fields(keys, params);
  if (rounding && rounding->value != "stated" && rounding->value != "none")
    params.error(rounding->at, fmt::format("unknown rounding '{}' (expected one of: none, stated)", rounding->value));
  if (keys.value) {
    value_nature const nature = nature_of(keys.value->value);
    if (!agree_compares(nature)) {
      params.error(keys.value->at, fmt::format("'agree' compares numbers, amounts, durations and dates; field '{}' holds "
                                               "{} (fields that do: date, duration, ordinal, amount)",
                                               to_string(keys.value->value), to_string(nature)));
    } else {
      if (relative && nature == value_nature::date)
        params.error(relative->at, "'relative-tolerance' does not apply to dates: give 'absolute-tolerance' in days");
      if (rounding && rounding->value == "stated" && nature != value_nature::amount)
        params.error(rounding->at, fmt::format("'rounding: stated' applies to amounts; field '{}' holds {}",
                                               to_string(keys.value->value), to_string(nature)));
    }
  }
  if (!slot || params.failed()) return nullptr;

  tolerance within;
  if (absolute) within.absolute = absolute->value;
  if (relative) within.relative = relative->value;
  within.stated_rounding = rounding && rounding->value == "stated";
  return std::make_unique<agree_rule>(std::move(*slot), within);
}

}  // namespace claimcheck
