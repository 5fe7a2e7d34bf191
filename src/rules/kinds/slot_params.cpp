#include "rules/kinds/slot_params.hpp"

#include <algorithm>
#include <fmt/format.h>

#include "rules/kinds/claim_fields.hpp"

namespace claimcheck {

namespace {

bool contains(std::vector<field_id> const& ids, field_id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

slot_keys read_slot_keys(param_view& params) {
  slot_keys k;
  k.claims = params.claim_kind_of("claims", presence::required);
  k.key = params.field_list("key", presence::required);
  k.optional_key = params.field_list("optional-key", presence::optional);
  k.value = params.field("value", presence::required);
  k.within_days = params.whole_number("within-days", presence::optional, 0, 100000);
  k.time_field = params.field("time-field", presence::optional);
  k.time_field_precision = params.text("time-field-precision", presence::optional);
  k.several_in_one_source = params.text("several-values-in-one-source", presence::optional);
  k.level = params.severity_of("severity", presence::optional);
  k.undated_level = params.severity_of("undated-severity", presence::optional);
  k.partial_level = params.severity_of("partial-key-severity", presence::optional);
  k.message = params.text("message", presence::required);
  k.partial_message = params.text("partial-key-message", presence::optional);
  return k;
}

std::optional<slot_params> check_slot_keys(rule_spec const& spec, slot_keys const& keys, param_view& params) {
  if (!keys.claims || !keys.key || !keys.value || !keys.message || params.failed()) return std::nullopt;

  slot_params p;
  p.id = spec.id;
  p.claims = *keys.claims;
  p.value = keys.value->value;
  p.within_days = keys.within_days;
  if (keys.time_field) {
    p.time_field = keys.time_field->value;
    if (keys.time_field->value != field_id::date)
      params.error(keys.time_field->at, fmt::format("'time-field' must name a field that holds dates (date), not '{}'",
                                                    to_string(keys.time_field->value)));
  }
  if (keys.time_field_precision) {
    std::string const& word = keys.time_field_precision->value;
    if (!keys.time_field)
      params.error(keys.time_field_precision->at, "'time-field-precision' needs 'time-field'");
    if (word == "day") p.time_field_span_days = 1;
    else if (word == "month") p.time_field_span_days = 31;
    else if (word == "year") p.time_field_span_days = 366;
    else
      params.error(keys.time_field_precision->at,
                   fmt::format("'time-field-precision' must be day, month or year, not '{}'", word));
  }
  if (keys.several_in_one_source) {
    std::string const& word = keys.several_in_one_source->value;
    if (word == "skip-slot") p.several_in_one_source_skip = true;
    else if (word != "check")
      params.error(keys.several_in_one_source->at,
                   fmt::format("'several-values-in-one-source' must be skip-slot or check, not '{}'", word));
  }
  p.level = keys.level.value_or(severity::error);
  if (keys.key->empty()) {
    // Every template check would fail for want of key names; one error says it all.
    params.error(params.where("key"), "'key' must name at least one field");
    return std::nullopt;
  }
  for (located<field_id> const& f : *keys.key) p.key.push_back(f.value);
  if (contains(p.key, p.value))
    params.error(keys.value->at,
                 fmt::format("field '{}' cannot be both the value and part of the key", to_string(p.value)));
  for (located<field_id> const& f : keys.optional_key.value_or(std::vector<located<field_id>>{})) {
    if (!contains(p.key, f.value))
      params.error(f.at, fmt::format("field '{}' in optional-key is not in key", to_string(f.value)));
    p.optional_key.push_back(f.value);
  }
  if (!p.key.empty() && p.optional_key.size() >= p.key.size())
    params.error(params.where("optional-key"), "at least one key field must not be optional");
  if (p.optional_key.empty() && (keys.partial_level || keys.partial_message)) {
    char const* const name = keys.partial_level ? "partial-key-severity" : "partial-key-message";
    params.error(params.where(name), fmt::format("'{}' needs 'optional-key'", name));
  }
  p.undated_level = keys.undated_level.value_or(p.level);
  p.partial_key_level = keys.partial_level.value_or(p.level);

  std::vector<std::string> names;
  std::vector<std::string> partial_names;
  for (field_id id : p.key) {
    names.emplace_back(to_string(id));
    if (!contains(p.optional_key, id)) partial_names.emplace_back(to_string(id));
  }
  for (std::vector<std::string>* list : {&names, &partial_names}) {
    list->emplace_back("values");
    list->emplace_back("rule");
  }
  if (std::optional<message_template> t = params.message_of(keys.message->value, keys.message->at, names))
    p.message = std::move(*t);
  if (keys.partial_message)
    p.partial_key_message = params.message_of(keys.partial_message->value, keys.partial_message->at, partial_names);
  if (params.failed()) return std::nullopt;
  return p;
}

bool check_slot_fields(slot_keys const& keys, param_view& params) {
  if (!keys.claims) return true;
  bool ok = true;
  for (located<field_id> const& f : keys.key.value_or(std::vector<located<field_id>>{}))
    ok = check_kind_has(*keys.claims, f, "key", params) && ok;
  if (keys.value) ok = check_kind_has(*keys.claims, *keys.value, "value", params) && ok;
  return ok;
}

}  // namespace claimcheck
