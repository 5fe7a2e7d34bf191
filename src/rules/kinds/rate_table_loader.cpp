#include "rules/kinds/rate_table_loader.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <fmt/format.h>
#include <yaml-cpp/yaml.h>

#include "facts/fact_values.hpp"
#include "rules/yaml_file.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view entry_keys = "from, to, rate, from-date, to-date, note";

bool currency_code(std::string_view text) {
  return text.size() == 3 && std::all_of(text.begin(), text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

std::optional<double> positive_number(std::string_view text) {
  double value = 0;
  std::from_chars_result const read = std::from_chars(text.data(), text.data() + text.size(), value);
  if (read.ec != std::errc() || read.ptr != text.data() + text.size() || !std::isfinite(value) || !(value > 0))
    return std::nullopt;
  return value;
}

class rate_table_reader {
 public:
  rate_table_reader(std::string_view path, std::string_view text, rate_table& into, diagnostics& errors)
      : path_(path), text_(text), into_(into), errors_(errors) {}

  void load_file(YAML::Node const& root) {
    std::optional<YAML::Node> const list =
        top_level_list(root, text_, "rates", "an exchange-rate table",
                       [this](line_column at, std::string message) { error(at, std::move(message)); });
    if (!list) return;
    for (YAML::const_iterator it = list->begin(); it != list->end(); ++it) load_rate(*it);
  }

 private:
  void error(line_column at, std::string message) { errors_.add(path_, at.line, at.column, std::move(message)); }
  line_column mark_of(YAML::Node const& node) const { return yaml_location(text_, node.Mark()); }

  /// A key's value as one non-empty scalar; an empty value is reported at its key, since
  /// yaml-cpp places it at the next token.
  std::optional<std::string> scalar(std::string_view name, YAML::Node const& key, YAML::Node const& value) {
    if (value.IsNull() || (value.IsScalar() && value.Scalar().empty())) {
      error(mark_of(key), fmt::format("'{}' has no value", name));
      return std::nullopt;
    }
    if (!value.IsScalar()) {
      error(mark_of(value), fmt::format("'{}' must be a single value", name));
      return std::nullopt;
    }
    return value.Scalar();
  }

  bool read_currency(std::string_view name, YAML::Node const& key, YAML::Node const& value, std::string& out) {
    std::optional<std::string> const text = scalar(name, key, value);
    if (!text) return false;
    if (!currency_code(*text)) {
      error(mark_of(value), fmt::format("'{}' must be an ISO 4217 code of three capital letters (\"JPY\"), got '{}'",
                                        name, *text));
      return false;
    }
    out = *text;
    return true;
  }

  /// `from-date` or `to-date`: null is an open end.
  bool read_end(std::string_view name, YAML::Node const& key, YAML::Node const& value,
                std::optional<calendar_date>& out) {
    if (value.IsNull()) return true;
    std::optional<std::string> const text = scalar(name, key, value);
    if (!text) return false;
    out = read_sheet_date(*text);
    if (!out)
      error(mark_of(value), fmt::format("'{}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, got '{}'", name, *text));
    return out.has_value();
  }

  /// Reports the first rate already loaded for the same pair whose period meets `r`'s; true if none.
  bool check_no_overlap(exchange_rate const& r) {
    std::pair<long, long> const days = r.days();
    for (exchange_rate const& earlier : into_.rates) {
      bool const same_pair = (earlier.from == r.from && earlier.to == r.to) || (earlier.from == r.to && earlier.to == r.from);
      std::pair<long, long> const held = earlier.days();
      if (!same_pair || held.first > days.second || held.second < days.first) continue;
      error(r.at, fmt::format("overlaps the rate at {}:{}: {} and {} both give a rate between {} and {} ({} and {})",
                              earlier.path, earlier.at.line, period_text(r), period_text(earlier), r.from, r.to,
                              fmt::format("{:g}", r.rate), fmt::format("{:g}", earlier.rate)));
      return false;
    }
    return true;
  }

  void load_rate(YAML::Node const& entry) {
    line_column const entry_at = mark_of(entry);
    if (!entry.IsMap()) {
      error(entry_at, "each rate must be a map with 'from', 'to' and 'rate'");
      return;
    }
    exchange_rate r;
    r.path = path_;
    r.at = entry_at;
    r.offset = static_cast<std::uint32_t>(std::max(0, entry.Mark().pos));
    bool ok = true;
    std::vector<std::string> seen;
    line_column to_date_at = entry_at;
    for (YAML::const_iterator it = entry.begin(); it != entry.end(); ++it) {
      YAML::Node const& key = it->first;
      YAML::Node const& value = it->second;
      std::string const name = key.IsScalar() ? key.Scalar() : std::string();
      if (std::find(seen.begin(), seen.end(), name) != seen.end()) {
        error(mark_of(key), fmt::format("duplicate key '{}'", name));
        ok = false;
        continue;
      }
      seen.push_back(name);
      if (name == "from") {
        ok = read_currency(name, key, value, r.from) && ok;
      } else if (name == "to") {
        ok = read_currency(name, key, value, r.to) && ok;
      } else if (name == "rate") {
        std::optional<std::string> const text = scalar(name, key, value);
        std::optional<double> const rate = text ? positive_number(*text) : std::nullopt;
        if (text && !rate) error(mark_of(value), fmt::format("'rate' must be a positive number, got '{}'", *text));
        if (rate) r.rate = *rate;
        ok = rate.has_value() && ok;
      } else if (name == "from-date") {
        ok = read_end(name, key, value, r.from_date) && ok;
      } else if (name == "to-date") {
        ok = read_end(name, key, value, r.to_date) && ok;
        to_date_at = mark_of(value);
      } else if (name == "note") {
        std::optional<std::string> const note = scalar(name, key, value);
        if (note) r.note = *note;
        ok = note.has_value() && ok;
      } else {
        error(mark_of(key), fmt::format("unknown key '{}' in a rate (expected one of: {})",
                                        key.IsScalar() ? name : std::string("?"), entry_keys));
        ok = false;
      }
    }
    for (std::string_view required : {"from", "to", "rate"}) {
      if (std::find(seen.begin(), seen.end(), required) != seen.end()) continue;
      error(entry_at, fmt::format("missing required key '{}' in a rate", required));
      ok = false;
    }
    if (ok && r.from == r.to) {
      error(entry_at, fmt::format("'from' and 'to' are the same currency ({})", r.from));
      ok = false;
    }
    if (r.from_date && r.to_date && r.to_date->last_day() < r.from_date->first_day()) {
      error(to_date_at, fmt::format("'to-date' ({}) is before 'from-date' ({})", r.to_date->iso(), r.from_date->iso()));
      ok = false;
    }
    if (!ok || !check_no_overlap(r)) return;
    into_.rates.push_back(std::move(r));
  }

  std::string path_;
  std::string_view text_;
  rate_table& into_;
  diagnostics& errors_;
};

}  // namespace

void load_rate_table_yaml(std::string_view path, std::string_view text, rate_table& into, diagnostics& errors) {
  try {
    std::vector<YAML::Node> const documents = load_all_yaml(text);
    if (documents.empty()) return;
    if (documents.size() > 1) {
      line_column const at = yaml_location(text, documents[1].Mark());
      errors.add(std::string(path), at.line, at.column, "an exchange-rate table holds one YAML document; the rest is ignored");
    }
    rate_table_reader(path, text, into, errors).load_file(documents.front());
  } catch (YAML::Exception const& e) {
    // A syntax error anywhere makes the whole table unreadable: none of its rates are used.
    line_column const at = yaml_location(text, e.mark);
    errors.add(std::string(path), at.line, at.column, "invalid YAML: " + e.msg);
  }
}

void load_rate_table_file(std::string const& path, rate_table& into, diagnostics& errors) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.add(path, 0, 0, "cannot read the file");
    return;
  }
  std::ostringstream text;
  text << in.rdbuf();
  load_rate_table_yaml(path, text.str(), into, errors);
}

}  // namespace claimcheck
