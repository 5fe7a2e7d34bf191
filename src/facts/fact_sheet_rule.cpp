#include "facts/fact_sheet_rule.hpp"

#include <algorithm>
#include <set>
#include <tuple>
#include <fmt/format.h>

#include "facts/fact_match.hpp"
#include "facts/fact_schema.hpp"
#include "facts/fact_sheet.hpp"
#include "rules/kinds/finding_parts.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view default_message = "{stated} contradicts the fact sheet, which gives {expected} ({term})";

/// The side of a discrepancy that quotes a fact: the sheet's path and the entry's place.
discrepancy_side fact_side(fact const& f, field_id value) {
  discrepancy_side s;
  s.source = f.path;
  s.offset = f.offset;
  s.start = f.at;
  s.end = f.at;
  s.text = describe(f);
  s.kind = "fact-sheet";
  s.value = display(f.find(value)->value);
  return s;
}

/// When the claim holds, as its finding states it: the dated time field, else the claim's time,
/// else "undated" (so that a message can say the comparison rests on the sheet alone).
std::string time_text(claim const& c, std::optional<field_id> time_field, bool dated) {
  if (!dated) return "undated";
  if (time_field) {
    field const* f = c.find(*time_field);
    date_range const* when = f == nullptr ? nullptr : std::get_if<date_range>(&f->value);
    if (when != nullptr && when->start.has_year() && when->end.has_year()) return when->iso();
  }
  return c.time->iso();
}

bool has_fields(claim const& c, std::vector<field_id> const& ids) {
  return std::all_of(ids.begin(), ids.end(), [&](field_id id) { return c.find(id) != nullptr; });
}

}  // namespace

void fact_sheet_rule::check(std::span<claim const> claims, check_context const& ctx,
                            std::vector<discrepancy>& out) const {
  if (ctx.facts == nullptr || ctx.facts->facts.empty()) return;
  // A sentence may state one claim twice (directly, and implied by a meeting): one finding.
  std::set<std::tuple<source_id, std::uint32_t, std::string, fact const*>> reported;
  for (claim const& c : claims) {
    if (c.kind != params_.claims || c.find(params_.value) == nullptr || !has_fields(c, params_.key)) continue;
    std::optional<std::pair<long, long>> const days = claim_days(c, params_.time_field);
    std::vector<fact_verdict> const verdicts = weigh_claim(*ctx.facts, c, params_.value, days);
    bool const agrees = std::any_of(verdicts.begin(), verdicts.end(), [](fact_verdict const& v) { return v.agrees; });
    if (verdicts.empty() || agrees) continue;
    std::string const stated = display(c.find(params_.value)->value);
    fact const& first = *verdicts.front().against;
    if (!reported.emplace(c.source, c.sentence.begin, stated, &first).second) continue;

    discrepancy d;
    d.rule = params_.id;
    bool const undated = std::all_of(verdicts.begin(), verdicts.end(), [](fact_verdict const& v) { return v.undated; });
    d.level = undated ? params_.undated_level : params_.level;
    d.sides.push_back(side_of(c, stated, ctx));
    std::vector<std::string> expected;
    for (fact_verdict const& v : verdicts) {
      d.sides.push_back(fact_side(*v.against, params_.value));
      std::string shown = display(v.against->find(params_.value)->value);
      if (std::find(expected.begin(), expected.end(), shown) == expected.end()) expected.push_back(std::move(shown));
    }
    std::vector<std::pair<std::string, std::string>> args;
    for (field_id id : params_.key) {
      // The sheet's spelling: the lexicon's canonical name of the office and the country.
      std::string const shown = display(first.find(id)->value);
      d.key.emplace_back(std::string(to_string(id)), shown);
      args.emplace_back(std::string(to_string(id)), shown);
    }
    args.emplace_back("stated", stated);
    args.emplace_back("expected", fmt::format("{}", fmt::join(expected, " or ")));
    args.emplace_back("term", term_text(first));
    args.emplace_back("time", time_text(c, params_.time_field, days.has_value()));
    args.emplace_back("rule", params_.id);
    d.message = params_.message.render(args);
    out.push_back(std::move(d));
  }
}

std::unique_ptr<rule> make_fact_sheet_rule(rule_spec const& spec, param_view& params) {
  // Read every key first, so that the view knows them all when unknown keys are reported.
  std::optional<claim_kind> const kind = params.claim_kind_of("claims", presence::required);
  std::optional<std::vector<located<field_id>>> const key = params.field_list("key", presence::required);
  std::optional<located<field_id>> const value = params.field("value", presence::required);
  std::optional<located<field_id>> const time_field = params.field("time-field", presence::optional);
  std::optional<severity> const level = params.severity_of("severity", presence::optional);
  std::optional<severity> const undated_level = params.severity_of("undated-severity", presence::optional);
  std::optional<located<std::string>> const message = params.text("message", presence::optional);
  if (!kind || !key || !value || params.failed()) return nullptr;

  fact_shape const* shape = fact_shape_of(*kind);
  if (shape == nullptr) {
    params.error(params.where("claims"), fmt::format("a fact sheet cannot state {} claims (expected one of: {})",
                                                     to_string(*kind), fact_kind_names()));
    return nullptr;
  }
  fact_sheet_params p;
  p.id = spec.id;
  p.claims = *kind;
  p.value = value->value;
  p.level = level.value_or(severity::error);
  p.undated_level = undated_level.value_or(severity::warning);
  if (key->empty()) {
    params.error(params.where("key"), "'key' must name at least one field");
    return nullptr;
  }
  std::vector<std::string_view> key_names;
  for (field_id id : shape->key) key_names.push_back(to_string(id));
  for (located<field_id> const& f : *key) {
    if (std::find(shape->key.begin(), shape->key.end(), f.value) == shape->key.end())
      params.error(f.at, fmt::format("field '{}' in key is not a key field of {} facts (expected one of: {})",
                                     to_string(f.value), to_string(*kind), fmt::join(key_names, ", ")));
    p.key.push_back(f.value);
  }
  if (!is_fact_value_field(*kind, p.value)) {
    std::vector<std::string_view> value_names;
    for (field_id id : shape->values) value_names.push_back(to_string(id));
    params.error(value->at, fmt::format("field '{}' in value is not a value field of {} facts (expected one of: {})",
                                        to_string(p.value), to_string(*kind), fmt::join(value_names, ", ")));
  }
  if (time_field) {
    p.time_field = time_field->value;
    if (time_field->value != field_id::date)
      params.error(time_field->at, fmt::format("'time-field' must name a field that holds dates (date), not '{}'",
                                               to_string(time_field->value)));
  }

  std::vector<std::string> names;
  for (field_id id : p.key) names.emplace_back(to_string(id));
  for (char const* extra : {"stated", "expected", "term", "time", "rule"}) names.emplace_back(extra);
  std::string_view const text = message ? std::string_view(message->value) : default_message;
  if (std::optional<message_template> t = params.message_of(text, message ? message->at : params.where("message"), names))
    p.message = std::move(*t);
  if (params.failed()) return nullptr;
  return std::make_unique<fact_sheet_rule>(std::move(p));
}

}  // namespace claimcheck
