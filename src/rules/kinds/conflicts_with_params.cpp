// Reading a `conflicts-with` entry: the two claim patterns, the shared key, time and message.
#include <algorithm>
#include <fmt/format.h>

#include "claims/name_folding.hpp"
#include "rules/kinds/claim_fields.hpp"
#include "rules/kinds/conflicts_with.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view this_prefix = "where-";
constexpr std::string_view other_prefix = "other-where-";

/// A `where-<field>` key as written.
struct written_condition {
  located<field_id> field;
  std::string key;
  std::vector<std::string> texts;  ///< folded
};

/// Reads every key of the rule that starts with `prefix` (and not with a longer prefix of the
/// other side), each as the texts a field must read.
std::vector<written_condition> read_conditions(param_view& params, std::string_view prefix) {
  std::vector<written_condition> out;
  for (spec_param const& p : params.spec().params) {
    std::string_view const name = p.name;
    if (!name.starts_with(prefix) || (prefix == this_prefix && name.starts_with(other_prefix))) continue;
    std::optional<std::vector<located<std::string>>> const texts = params.text_list(name, presence::optional);
    std::string_view const field_name = name.substr(prefix.size());
    std::optional<field_id> const id = field_id_from(field_name);
    if (!id) {
      params.error(p.at, fmt::format("unknown field '{}' in {} (expected one of: {})", field_name, name,
                                     fmt::join(all_field_names(), ", ")));
      continue;
    }
    if (!texts) continue;
    if (texts->empty()) {
      params.error(p.value.at, fmt::format("'{}' must list at least one text", name));
      continue;
    }
    written_condition c{{*id, p.at}, p.name, {}};
    for (located<std::string> const& t : *texts) c.texts.push_back(fold_name(t.value));
    std::sort(c.texts.begin(), c.texts.end());
    c.texts.erase(std::unique(c.texts.begin(), c.texts.end()), c.texts.end());
    out.push_back(std::move(c));
  }
  return out;
}

/// The pattern of one side, once its kind is known; conditions on fields the kind never carries
/// are reported.
claim_pattern pattern_of(claim_kind kind, std::vector<written_condition> const& conditions, param_view& params) {
  claim_pattern p;
  p.kind = kind;
  for (written_condition const& c : conditions) {
    check_kind_has(kind, c.field, c.key, params);
    p.where.push_back({c.field.value, c.texts});
  }
  // Written order does not change what a pattern means; sorted, equal patterns compare equal.
  std::sort(p.where.begin(), p.where.end(),
            [](field_condition const& a, field_condition const& b) { return a.field < b.field; });
  return p;
}

}  // namespace

std::unique_ptr<rule> make_conflicts_with_rule(rule_spec const& spec, param_view& params) {
  // Read every key first, so that the view knows them all when unknown keys are reported. The
  // two placeholder names are asked for so that they appear among the expected keys when a
  // rule writes `where: {...}`, which a rules file cannot nest.
  std::optional<claim_kind> const this_kind = params.claim_kind_of("claims", presence::required);
  params.text("where-<field>", presence::optional);
  std::vector<written_condition> const this_conditions = read_conditions(params, this_prefix);
  std::optional<claim_kind> const other_kind = params.claim_kind_of("other", presence::required);
  params.text("other-where-<field>", presence::optional);
  std::vector<written_condition> const other_conditions = read_conditions(params, other_prefix);
  std::optional<std::vector<located<field_id>>> const same = params.field_list("same", presence::required);
  std::optional<long> const within_days = params.whole_number("within-days", presence::optional, 0, 100000);
  std::optional<located<field_id>> const time_field = params.field("time-field", presence::optional);
  std::optional<severity> const level = params.severity_of("severity", presence::optional);
  std::optional<severity> const undated_level = params.severity_of("undated-severity", presence::optional);
  std::optional<located<std::string>> const message = params.text("message", presence::required);
  if (!this_kind || !other_kind || !same || !message) return nullptr;

  conflicts_with_params p;
  p.id = spec.id;
  p.this_side = pattern_of(*this_kind, this_conditions, params);
  p.other_side = pattern_of(*other_kind, other_conditions, params);
  if (p.this_side == p.other_side)
    params.error(params.where("other"),
                 "'other' is the same pattern as 'claims': a kind of claim conflicts with itself only when "
                 "'where-<field>' or 'other-where-<field>' texts tell the two apart");
  if (same->empty()) {
    params.error(params.where("same"), "'same' must name at least one field");
    return nullptr;
  }
  for (located<field_id> const& f : *same) {
    check_kind_has(*this_kind, f, "same", params);
    if (*other_kind != *this_kind) check_kind_has(*other_kind, f, "same", params);
    p.same.push_back(f.value);
  }
  p.within_days = within_days;
  if (time_field) {
    p.time_field = time_field->value;
    if (time_field->value != field_id::date)
      params.error(time_field->at, fmt::format("'time-field' must name a field that holds dates (date), not '{}'",
                                               to_string(time_field->value)));
  }
  p.level = level.value_or(severity::error);
  p.undated_level = undated_level.value_or(p.level);

  std::vector<std::string> names;
  for (field_id id : p.same) names.emplace_back(to_string(id));
  for (char const* name : {"this", "other", "rule"}) names.emplace_back(name);
  if (std::optional<message_template> t = params.message_of(message->value, message->at, names)) p.message = std::move(*t);
  if (params.failed()) return nullptr;
  return std::make_unique<conflicts_with_rule>(std::move(p));
}

}  // namespace claimcheck
