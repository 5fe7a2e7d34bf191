#include "rules/rule_spec.hpp"

#include <algorithm>
#include <charconv>
#include <fmt/format.h>

namespace claimcheck {

namespace {

std::string field_names() { return fmt::format("{}", fmt::join(all_field_names(), ", ")); }

std::string claim_kind_names() { return fmt::format("{}", fmt::join(all_claim_kind_names(), ", ")); }

std::string_view shape_name(spec_value::shape form) {
  switch (form) {
    case spec_value::shape::null: return "nothing";
    case spec_value::shape::scalar: return "a single value";
    case spec_value::shape::list: return "a list";
    case spec_value::shape::map: return "a map";
  }
  return "nothing";
}

}  // namespace

std::string_view to_string(example_expectation expects) {
  return expects == example_expectation::conflict ? "conflict" : "no-conflict";
}

param_view::param_view(rule_spec const& spec, diagnostics& errors)
    : spec_(spec), errors_(errors), known_{"id", "kind", "description", "examples"} {}

void param_view::error(line_column at, std::string message) {
  errors_.add(spec_.path, at.line, at.column, std::move(message));
  failed_ = true;
}

line_column param_view::where(std::string_view name) const {
  for (spec_param const& p : spec_.params)
    if (p.name == name) return p.value.at;
  return spec_.at;
}

spec_param const* param_view::find(std::string_view name, presence need) {
  if (std::find(known_.begin(), known_.end(), name) == known_.end()) known_.emplace_back(name);
  for (spec_param const& p : spec_.params)
    if (p.name == name) return &p;
  if (need == presence::required) error(spec_.at, fmt::format("missing required key '{}' in rule '{}'", name, spec_.id));
  return nullptr;
}

std::optional<located<std::string>> param_view::text(std::string_view name, presence need) {
  spec_param const* p = find(name, need);
  if (p == nullptr) return std::nullopt;
  if (p->value.form == spec_value::shape::null) {
    error(p->value.at, fmt::format("'{}' has no value", name));
    return std::nullopt;
  }
  if (p->value.form != spec_value::shape::scalar) {
    error(p->value.at, fmt::format("'{}' must be a single value, not {}", name, shape_name(p->value.form)));
    return std::nullopt;
  }
  return located<std::string>{p->value.text, p->value.at};
}

std::optional<std::vector<located<std::string>>> param_view::text_list(std::string_view name, presence need) {
  spec_param const* p = find(name, need);
  if (p == nullptr) return std::nullopt;
  if (p->value.form == spec_value::shape::scalar)
    return std::vector<located<std::string>>{{p->value.text, p->value.at}};
  if (p->value.form == spec_value::shape::null) {
    error(p->value.at, fmt::format("'{}' has no value", name));
    return std::nullopt;
  }
  if (p->value.form != spec_value::shape::list) {
    error(p->value.at, fmt::format("'{}' must be a list, not {}", name, shape_name(p->value.form)));
    return std::nullopt;
  }
  std::vector<located<std::string>> out;
  bool ok = true;
  for (spec_value const& item : p->value.items) {
    if (item.form != spec_value::shape::scalar) {
      error(item.at, fmt::format("each item of '{}' must be a single value, not {}", name, shape_name(item.form)));
      ok = false;
    } else {
      out.push_back({item.text, item.at});
    }
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<long> param_view::whole_number(std::string_view name, presence need, long min, long max) {
  std::optional<located<std::string>> t = text(name, need);
  if (!t) return std::nullopt;
  std::string const& s = t->value;
  long n = 0;
  std::from_chars_result const read = std::from_chars(s.data(), s.data() + s.size(), n);
  bool const whole = read.ptr == s.data() + s.size();
  if (read.ec == std::errc::result_out_of_range || (read.ec == std::errc() && whole && (n < min || n > max))) {
    error(t->at, fmt::format("'{}' must be between {} and {}, got '{}'", name, min, max, s));
    return std::nullopt;
  }
  if (read.ec != std::errc() || !whole) {
    error(t->at, fmt::format("'{}' must be a whole number, got '{}'", name, s));
    return std::nullopt;
  }
  return n;
}

std::optional<claim_kind> param_view::claim_kind_of(std::string_view name, presence need) {
  std::optional<located<std::string>> t = text(name, need);
  if (!t) return std::nullopt;
  std::optional<claim_kind> kind = claimcheck::claim_kind_from(t->value);
  if (!kind) error(t->at, fmt::format("unknown claim kind '{}' (expected one of: {})", t->value, claim_kind_names()));
  return kind;
}

std::optional<located<field_id>> param_view::field(std::string_view name, presence need) {
  std::optional<located<std::string>> t = text(name, need);
  if (!t) return std::nullopt;
  std::optional<field_id> id = field_id_from(t->value);
  if (!id) {
    error(t->at, fmt::format("unknown field '{}' in {} (expected one of: {})", t->value, name, field_names()));
    return std::nullopt;
  }
  return located<field_id>{*id, t->at};
}

std::optional<std::vector<located<field_id>>> param_view::field_list(std::string_view name, presence need) {
  std::optional<std::vector<located<std::string>>> items = text_list(name, need);
  if (!items) return std::nullopt;
  std::vector<located<field_id>> out;
  bool ok = true;
  for (located<std::string> const& item : *items) {
    std::optional<field_id> id = field_id_from(item.value);
    if (!id) {
      error(item.at, fmt::format("unknown field '{}' in {} (expected one of: {})", item.value, name, field_names()));
      ok = false;
      continue;
    }
    bool const repeated = std::any_of(out.begin(), out.end(), [&](located<field_id> const& f) { return f.value == *id; });
    if (repeated) {
      error(item.at, fmt::format("field '{}' is listed twice in {}", item.value, name));
      ok = false;
      continue;
    }
    out.push_back({*id, item.at});
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<severity> param_view::severity_of(std::string_view name, presence need) {
  std::optional<located<std::string>> t = text(name, need);
  if (!t) return std::nullopt;
  std::optional<severity> s = severity_from(t->value);
  if (!s) error(t->at, fmt::format("unknown severity '{}' in {} (expected one of: info, warning, error)", t->value, name));
  return s;
}

void param_view::report_unknown_keys() {
  std::vector<std::string> expected = known_;
  std::sort(expected.begin(), expected.end());
  for (spec_param const& p : spec_.params)
    if (std::find(known_.begin(), known_.end(), p.name) == known_.end())
      error(p.at, fmt::format("unknown key '{}' in rule '{}' (expected one of: {})", p.name, spec_.id,
                              fmt::join(expected, ", ")));
}

std::optional<message_template> param_view::message_of(std::string_view text, line_column at,
                                                       std::span<std::string const> names) {
  std::string why;
  std::optional<message_template> compiled = message_template::compile(text, names, why);
  if (!compiled) error(at, "bad message template: " + why);
  return compiled;
}

}  // namespace claimcheck
