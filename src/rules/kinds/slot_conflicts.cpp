#include "rules/kinds/slot_conflicts.hpp"

#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <tuple>
#include <fmt/format.h>

#include "rules/kinds/finding_parts.hpp"

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

/// One slot's claims, checked and reported.
class slot_check {
 public:
  slot_check(slot_params const& params, value_comparison const& compare, check_context const& ctx)
      : params_(params), compare_(compare), ctx_(ctx) {}

  void run(std::vector<claim const*> const& group, std::vector<discrepancy>& out) const;

 private:
  field_value const& value_of(claim const* c) const { return c->find(params_.value)->value; }
  std::vector<member> members_of(std::vector<claim const*> const& group) const;
  discrepancy report(std::vector<member> const& involved, bool dated_conflict) const;

  slot_params const& params_;
  value_comparison const& compare_;
  check_context const& ctx_;
};

std::vector<member> slot_check::members_of(std::vector<claim const*> const& group) const {
  // Classes of claims whose values are the same, in key order.
  std::map<std::string, std::vector<claim const*>> by_value;
  for (claim const* c : group) by_value[compare_.key(value_of(c))].push_back(c);
  if (by_value.size() < 2) return {};
  std::vector<std::vector<claim const*>> classes;
  for (std::pair<std::string const, std::vector<claim const*>> const& entry : by_value) classes.push_back(entry.second);

  // Two classes are compatible when any of their values could name the same thing. Each
  // spelling is tried once, however many claims repeat it.
  std::size_t const n = classes.size();
  std::vector<std::vector<field_value const*>> spellings(n);
  for (std::size_t i = 0; i < n; ++i) {
    std::set<std::string> seen;
    for (claim const* c : classes[i]) {
      field_value const& v = value_of(c);
      if (seen.insert(display(v)).second) spellings[i].push_back(&v);
    }
  }
  std::vector<std::vector<bool>> compatible(n, std::vector<bool>(n, true));
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = i + 1; j < n; ++j) {
      bool any = false;
      for (field_value const* a : spellings[i])
        for (field_value const* b : spellings[j]) any = any || compare_.compatible(*a, *b);
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
      for (claim const* c : classes[i]) members.push_back({c, find_root(parent, i), ctx_.sources[c->source].path()});
  return members;
}

/// Whether some source gives two values of different sets to the slot.
bool one_source_gives_several(std::vector<member> const& members) {
  std::map<source_id, std::size_t> first_set;
  for (member const& m : members) {
    auto const [at, inserted] = first_set.emplace(m.c->source, m.value_set);
    if (!inserted && at->second != m.value_set) return true;
  }
  return false;
}

/// Whether the claim's own time field is stated, with a year, and no wider than `max_days`.
bool time_field_within(claim const& c, field_id time_field, long max_days) {
  field const* f = c.find(time_field);
  date_range const* when = f == nullptr ? nullptr : std::get_if<date_range>(&f->value);
  if (when == nullptr || !when->start.has_year() || !when->end.has_year()) return false;
  return when->end.last_day() - when->start.first_day() + 1 <= max_days;
}

void slot_check::run(std::vector<claim const*> const& group, std::vector<discrepancy>& out) const {
  std::vector<member> const members = members_of(group);
  if (params_.several_in_one_source_skip && one_source_gives_several(members)) return;

  // A source never contradicts itself; claims about times far apart are about different terms.
  std::vector<bool> conflicting(members.size(), false);
  bool dated_conflict = false;
  for (std::size_t i = 0; i < members.size(); ++i)
    for (std::size_t j = i + 1; j < members.size(); ++j) {
      member const& a = members[i];
      member const& b = members[j];
      if (a.value_set == b.value_set || a.c->source == b.c->source) continue;
      std::optional<std::pair<long, long>> const ta = claim_days(*a.c, params_.time_field);
      std::optional<std::pair<long, long>> const tb = claim_days(*b.c, params_.time_field);
      if (!close_in_time(ta, tb, params_.within_days)) continue;
      conflicting[i] = conflicting[j] = true;
      dated_conflict = dated_conflict || (ta && tb);
    }

  std::vector<member> involved;
  for (std::size_t i = 0; i < members.size(); ++i)
    if (conflicting[i]) involved.push_back(members[i]);
  if (involved.empty()) return;
  std::sort(involved.begin(), involved.end(), member_less);
  out.push_back(report(involved, dated_conflict));
}

discrepancy slot_check::report(std::vector<member> const& involved, bool dated_conflict) const {
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
    std::string shown = display(value_of(m.c));
    if (std::find(set_order.begin(), set_order.end(), m.value_set) == set_order.end()) set_order.push_back(m.value_set);
    std::string& best = set_display[m.value_set];
    if (shown.size() > best.size() || (shown.size() == best.size() && shown < best)) best = shown;
    if (quoted.emplace(m.c->source, m.c->sentence.begin, shown).second)
      d.sides.push_back(side_of(*m.c, std::move(shown), ctx_));
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
  return d;
}

}  // namespace

void find_slot_conflicts(slot_params const& params, value_comparison const& compare, std::span<claim const> claims,
                         check_context const& ctx, std::vector<discrepancy>& out) {
  // Group by the comparison keys of the key fields; a missing optional field is part of the
  // group key, so claims lacking it only ever meet each other.
  std::map<std::string, std::vector<claim const*>> groups;
  for (claim const& c : claims) {
    if (c.kind != params.claims) continue;
    field const* value = c.find(params.value);
    if (value == nullptr || compare.key(value->value).empty()) continue;
    if (params.time_field_span_days && !time_field_within(c, *params.time_field, *params.time_field_span_days)) continue;
    std::string group;
    bool usable = true;
    for (field_id id : params.key) {
      field const* f = c.find(id);
      if (f == nullptr) {
        usable = usable && contains(params.optional_key, id);
        group += "-\x1f";
        continue;
      }
      std::string const key = comparison_key(f->value);
      usable = usable && !key.empty();
      group += "+" + key + "\x1f";
    }
    if (usable) groups[group].push_back(&c);
  }
  slot_check const check(params, compare, ctx);
  for (std::pair<std::string const, std::vector<claim const*>> const& group : groups) check.run(group.second, out);
}

}  // namespace claimcheck
