// The factory of the `derive` rule kind: its parameters, and the rate tables it loads.
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fmt/format.h>

#include "rules/kinds/derive.hpp"
#include "rules/kinds/rate_table_loader.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view anniversary_message = "the {ordinal} anniversary of {since} ({event}) falls in {expected}, not {stated}";
constexpr std::string_view exchange_message =
    "{amount} is about {expected} at {rate} {to} per {from} ({period}), not {equivalent}";

/// A fraction from 0 to 1, as written in the rules file.
std::optional<located<double>> read_fraction(param_view& params, std::string_view name) {
  std::optional<located<std::string>> const t = params.text(name, presence::optional);
  if (!t) return std::nullopt;
  std::string const& s = t->value;
  double v = 0;
  std::from_chars_result const read = std::from_chars(s.data(), s.data() + s.size(), v);
  if (read.ec != std::errc() || read.ptr != s.data() + s.size() || !std::isfinite(v) || v < 0 || v > 1) {
    params.error(t->at, fmt::format("'{}' must be a number from 0 to 1 (a fraction: 0.05 for 5%), got '{}'", name, s));
    return std::nullopt;
  }
  return located<double>{v, t->at};
}

/// A table path as written, relative to the directory of the rules file that names it.
std::string resolved(std::string const& rules_path, std::string const& table) {
  std::filesystem::path const written(table);
  if (written.is_absolute()) return table;
  return (std::filesystem::path(rules_path).parent_path() / written).lexically_normal().string();
}

/// Loads every table; each problem is reported at the table's name in the rules file.
void load_tables(rule_spec const& spec, std::vector<located<std::string>> const& paths, rate_table& into,
                 param_view& params) {
  for (located<std::string> const& path : paths) {
    diagnostics problems;
    load_rate_table_file(resolved(spec.path, path.value), into, problems);
    for (diagnostic const& d : problems.items()) {
      params.error(path.at, d.line == 0
                                ? fmt::format("exchange-rate table {}: {}", d.path, d.message)
                                : fmt::format("exchange-rate table {}:{}:{}: {}", d.path, d.line, d.column, d.message));
    }
  }
}

}  // namespace

std::unique_ptr<rule> make_derive_rule(rule_spec const& spec, param_view& params) {
  // Read every key first, so that the view knows them all when unknown keys are reported.
  std::optional<located<std::string>> const check = params.text("check", presence::required);
  std::optional<std::vector<located<std::string>>> const rates = params.text_list("rates", presence::optional);
  std::optional<located<double>> const tolerance = read_fraction(params, "relative-tolerance");
  std::optional<severity> const level = params.severity_of("severity", presence::optional);
  std::optional<located<std::string>> const message = params.text("message", presence::optional);
  if (!check) return nullptr;

  derive_params p;
  p.id = spec.id;
  p.level = level.value_or(severity::error);
  std::string_view default_message = anniversary_message;
  if (check->value == "anniversary-year") {
    p.check = derive_check::anniversary_year;
    if (rates) params.error(params.where("rates"), "'rates' applies to 'check: exchange-rate' only");
    if (tolerance) params.error(tolerance->at, "'relative-tolerance' applies to 'check: exchange-rate' only");
  } else if (check->value == "exchange-rate") {
    p.check = derive_check::exchange_rate;
    default_message = exchange_message;
    if (tolerance) p.relative_tolerance = tolerance->value;
    if (rates) {
      load_tables(spec, *rates, p.rates, params);
    } else if (!params.failed()) {
      params.error(spec.at, fmt::format("missing required key 'rates' in rule '{}' (an exchange-rate table file, or a "
                                        "list of them, relative to the rules file)",
                                        spec.id));
    }
  } else {
    params.error(check->at,
                 fmt::format("unknown derive check '{}' (expected one of: anniversary-year, exchange-rate)", check->value));
    return nullptr;
  }

  std::string_view const text = message ? std::string_view(message->value) : default_message;
  if (std::optional<message_template> t =
          params.message_of(text, message ? message->at : params.where("message"), derive_placeholders(p.check)))
    p.message = std::move(*t);
  if (params.failed()) return nullptr;
  return std::make_unique<derive_rule>(std::move(p));
}

}  // namespace claimcheck
