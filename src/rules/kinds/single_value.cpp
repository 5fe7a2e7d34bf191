#include "rules/kinds/single_value.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <fmt/format.h>

#include "report/quote.hpp"

namespace claimcheck {

namespace {

bool contains(std::vector<field_id> const& ids, field_id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

/// A claim that takes part in a conflict, with what the report needs to order and show it.
struct member {
  claim const* c = nullptr;
  std::size_t value_set = 0;  ///< the set of mutually compatible values it belongs to
  std::string_view path;
};

bool member_less(member const& a, member const& b) {
  return std::tie(a.path, a.c->span.begin, a.c->span.end) < std::tie(b.path, b.c->span.begin, b.c->span.end);
}

/// Value classes that are compatible with two classes incompatible with each other are
/// ambiguous (a bare surname shared by two different full names): they join no side.
std::vector<bool> ambiguous_classes(std::vector<std::vector<bool>> const& compatible) {
  std::size_t const n = compatible.size();
  std::vector<bool> out(n, false);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n && !out[i]; ++j)
      for (std::size_t k = j + 1; k < n && !out[i]; ++k)
        if (j != i && k != i && compatible[i][j] && compatible[i][k] && !compatible[j][k]) out[i] = true;
  return out;
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t i) {
  while (parent[i] != i) i = parent[i] = parent[parent[i]];
  return i;
}

discrepancy_side side_of(claim const& c, field const& value, check_context const& ctx) {
  source_file const& file = ctx.sources[c.source];
  std::string_view const text = file.text();
  std::size_t const begin = std::min<std::size_t>(c.sentence.begin, text.size());
  std::size_t const end = std::clamp<std::size_t>(c.sentence.end, begin, text.size());
  discrepancy_side s;
  s.source = std::string(file.path());
  s.offset = c.span.begin;
  s.start = file.locate(c.span.begin);
  s.end = file.locate(c.span.end);
  s.text = quote_text(text.substr(begin, end - begin));
  s.kind = std::string(to_string(c.kind));
  s.value = display(value.value);
  return s;
}

}  // namespace

std::optional<std::pair<long, long>> single_value_rule::days_of(claim const& c) const {
  if (params_.time_field) {
    field const* f = c.find(*params_.time_field);
    date_range const* when = f == nullptr ? nullptr : std::get_if<date_range>(&f->value);
    if (when != nullptr && when->start.has_year() && when->end.has_year())
      return std::pair<long, long>{when->start.first_day(), when->end.last_day()};
  }
  // A time without a year cannot be placed against any other.
  if (!c.time || !c.time->has_year()) return std::nullopt;
  return std::pair<long, long>{c.time->first_day(), c.time->last_day()};
}

void single_value_rule::check(std::span<claim const> claims, check_context const& ctx,
                              std::vector<discrepancy>& out) const {
  // Group by the comparison keys of the key fields; a missing optional field is part of the
  // group key, so claims lacking it only ever meet each other.
  std::map<std::string, std::vector<claim const*>> groups;
  for (claim const& c : claims) {
    if (c.kind != params_.claims) continue;
    field const* value = c.find(params_.value);
    if (value == nullptr || comparison_key(value->value).empty()) continue;
    std::string group;
    bool usable = true;
    for (field_id id : params_.key) {
      field const* f = c.find(id);
      if (f == nullptr) {
        usable = usable && contains(params_.optional_key, id);
        group += "-\x1f";
        continue;
      }
      std::string const key = comparison_key(f->value);
      usable = usable && !key.empty();
      group += "+" + key + "\x1f";
    }
    if (usable) groups[group].push_back(&c);
  }
  for (std::pair<std::string const, std::vector<claim const*>> const& group : groups)
    check_group(group.second, ctx, out);
}

void single_value_rule::check_group(std::vector<claim const*> const& group, check_context const& ctx,
                                    std::vector<discrepancy>& out) const {
  // Classes of claims whose values compare equal, in key order.
  std::map<std::string, std::vector<claim const*>> by_value;
  for (claim const* c : group) by_value[comparison_key(c->find(params_.value)->value)].push_back(c);
  if (by_value.size() < 2) return;
  std::vector<std::vector<claim const*>> classes;
  for (std::pair<std::string const, std::vector<claim const*>> const& entry : by_value) classes.push_back(entry.second);

  // Two classes are compatible when any of their values could name the same thing. Each
  // spelling is tried once, however many claims repeat it.
  std::size_t const n = classes.size();
  std::vector<std::vector<field_value const*>> spellings(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::set<std::string> seen;
    for (claim const* c : classes[i]) {
      field_value const& v = c->find(params_.value)->value;
      if (seen.insert(display(v)).second) spellings[i].push_back(&v);
    }
  }
  std::vector<std::vector<bool>> compatible(n, std::vector<bool>(n, true));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      bool any = false;
      for (field_value const* a : spellings[i])
        for (field_value const* b : spellings[j]) any = any || values_compatible(*a, *b);
      compatible[i][j] = compatible[j][i] = any;
    }

  // Without the ambiguous classes, compatibility is transitive, so its connected components are
  // the sets of values that agree with each other ("Sato" with "Kenji Sato").
  std::vector<bool> const ambiguous = ambiguous_classes(compatible);
  std::vector<std::size_t> parent(n);
  std::iota(parent.begin(), parent.end(), 0);
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j)
      if (!ambiguous[i] && !ambiguous[j] && compatible[i][j]) parent[find_root(parent, j)] = find_root(parent, i);

  std::vector<member> members;
  for (std::size_t i = 0; i < n; ++i)
    if (!ambiguous[i])
      for (claim const* c : classes[i]) members.push_back({c, find_root(parent, i), ctx.sources[c->source].path()});

  // A source never contradicts itself; claims about times far apart are about different terms.
  std::vector<bool> conflicting(members.size(), false);
  bool dated_conflict = false;
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j) {
      member const& a = members[i];
      member const& b = members[j];
      if (a.value_set == b.value_set || a.c->source == b.c->source) continue;
      std::optional<std::pair<long, long>> const ta = days_of(*a.c);
      std::optional<std::pair<long, long>> const tb = days_of(*b.c);
      bool const dated = ta && tb;
      if (dated && params_.within_days) {
        long const gap = std::max(ta->first, tb->first) - std::min(ta->second, tb->second);
        if (gap > *params_.within_days) continue;
      }
      conflicting[i] = conflicting[j] = true;
      dated_conflict = dated_conflict || dated;
    }

  std::vector<member> involved;
  for (std::size_t i = 0; i < members.size(); ++i)
    if (conflicting[i]) involved.push_back(members[i]);
  if (involved.empty()) return;
  std::sort(involved.begin(), involved.end(), member_less);

  discrepancy d;
  d.rule = params_.id;
  bool partial = false;
  for (field_id id : params_.key) partial = partial || involved.front().c->find(id) == nullptr;
  d.level = dated_conflict ? params_.level : params_.undated_level;
  if (partial) d.level = std::min(d.level, params_.partial_key_level);

  // One side per sentence and value: a sentence may state the same claim twice over (directly
  // and through a meeting with a counterpart), which is still one quotation.
  std::set<std::tuple<source_id, std::uint32_t, std::string>> quoted;
  // The shown value of a set of agreeing values is its most complete spelling.
  std::vector<std::size_t> set_order;
  std::map<std::size_t, std::string> set_display;
  for (member const& m : involved) {
    field const& value = *m.c->find(params_.value);
    std::string shown = display(value.value);
    if (std::find(set_order.begin(), set_order.end(), m.value_set) == set_order.end()) set_order.push_back(m.value_set);
    std::string& best = set_display[m.value_set];
    if (shown.size() > best.size() || (shown.size() == best.size() && shown < best)) best = shown;
    if (quoted.emplace(m.c->source, m.c->sentence.begin, std::move(shown)).second) d.sides.push_back(side_of(*m.c, value, ctx));
  }
  std::vector<std::string> values;
  for (std::size_t s : set_order) values.push_back(set_display[s]);

  std::vector<std::pair<std::string, std::string>> args;
  for (field_id id : params_.key) {
    std::string const name(to_string(id));
    std::optional<std::string> shown;
    // The most complete spelling any claim gives: "Valentina Rojas Figueroa", not "Rojas".
    for (member const& m : involved)
      if (field const* f = m.c->find(id); f != nullptr) {
        std::string candidate = display(f->value);
        if (!shown || candidate.size() > shown->size()) shown = std::move(candidate);
      }
    if (shown) d.key.emplace_back(name, *shown);
    args.emplace_back(name, shown.value_or("unstated"));
  }
  args.emplace_back("values", fmt::format("{}", fmt::join(values, " vs ")));
  args.emplace_back("rule", params_.id);
  bool const use_partial = partial && params_.partial_key_message.has_value();
  d.message = use_partial ? params_.partial_key_message->render(args) : params_.message.render(args);
  out.push_back(std::move(d));
}

std::unique_ptr<rule> make_single_value_rule(rule_spec const& spec, param_view& params) {
  // Read every key first, so that the view knows them all when unknown keys are reported.
  std::optional<claim_kind> const kind = params.claim_kind_of("claims", presence::required);
  std::optional<std::vector<located<field_id>>> const key = params.field_list("key", presence::required);
  std::optional<std::vector<located<field_id>>> const optional_key = params.field_list("optional-key", presence::optional);
  std::optional<located<field_id>> const value = params.field("value", presence::required);
  std::optional<long> const within_days = params.whole_number("within-days", presence::optional, 0, 100000);
  std::optional<located<field_id>> const time_field = params.field("time-field", presence::optional);
  std::optional<severity> const level = params.severity_of("severity", presence::optional);
  std::optional<severity> const undated_level = params.severity_of("undated-severity", presence::optional);
  std::optional<severity> const partial_level = params.severity_of("partial-key-severity", presence::optional);
  std::optional<located<std::string>> const message = params.text("message", presence::required);
  std::optional<located<std::string>> const partial_message = params.text("partial-key-message", presence::optional);
  if (!kind || !key || !value || !message || params.failed()) return nullptr;

  single_value_params p;
  p.id = spec.id;
  p.claims = *kind;
  p.value = value->value;
  p.within_days = within_days;
  if (time_field) {
    p.time_field = time_field->value;
    if (time_field->value != field_id::date)
      params.error(time_field->at, fmt::format("'time-field' must name a field that holds dates (date), not '{}'",
                                               to_string(time_field->value)));
  }
  p.level = level.value_or(severity::error);
  if (key->empty()) {
    // Every template check would fail for want of key names; one error says it all.
    params.error(params.where("key"), "'key' must name at least one field");
    return nullptr;
  }
  for (located<field_id> const& f : *key) p.key.push_back(f.value);
  if (contains(p.key, p.value))
    params.error(value->at, fmt::format("field '{}' cannot be both the value and part of the key", to_string(p.value)));
  for (located<field_id> const& f : optional_key.value_or(std::vector<located<field_id>>{})) {
    if (!contains(p.key, f.value))
      params.error(f.at, fmt::format("field '{}' in optional-key is not in key", to_string(f.value)));
    p.optional_key.push_back(f.value);
  }
  if (!p.key.empty() && p.optional_key.size() >= p.key.size())
    params.error(params.where("optional-key"), "at least one key field must not be optional");
  if (p.optional_key.empty() && (partial_level || partial_message))
    params.error(params.where(partial_level ? "partial-key-severity" : "partial-key-message"),
                 fmt::format("'{}' needs 'optional-key'", partial_level ? "partial-key-severity" : "partial-key-message"));
  p.undated_level = undated_level.value_or(p.level);
  p.partial_key_level = partial_level.value_or(p.level);

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
  std::string why;
  if (std::optional<message_template> t = message_template::compile(message->value, names, why)) {
    p.message = std::move(*t);
  } else {
    params.error(message->at, "bad message template: " + why);
  }
  if (partial_message) {
    if (std::optional<message_template> t = message_template::compile(partial_message->value, partial_names, why)) {
      p.partial_key_message = std::move(*t);
    } else {
      params.error(partial_message->at, "bad message template: " + why);
    }
  }
  if (params.failed()) return nullptr;
  return std::make_unique<single_value_rule>(std::move(p));
}

}  // namespace claimcheck
