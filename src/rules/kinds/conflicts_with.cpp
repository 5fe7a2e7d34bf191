#include "rules/kinds/conflicts_with.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <fmt/format.h>

#include "claims/name_folding.hpp"
#include "rules/kinds/finding_parts.hpp"

namespace claimcheck {

namespace {

bool contains(std::vector<field_id> const& ids, field_id id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

bool reads_as(field_value const& v, std::vector<std::string> const& folded_texts) {
  std::string const shown = fold_name(display(v));
  std::string const key = fold_name(comparison_key(v));
  return std::any_of(folded_texts.begin(), folded_texts.end(),
                     [&](std::string const& t) { return t == shown || t == key; });
}

/// A claim of a conflicting pair, and which side of the rule it stood for.
struct involved_claim {
  claim const* c = nullptr;
  bool as_other = false;
};

}  // namespace

bool claim_pattern::matches(claim const& c) const {
  if (c.kind != kind) return false;
  for (field_condition const& condition : where) {
    field const* f = c.find(condition.field);
    if (f == nullptr || !reads_as(f->value, condition.texts)) return false;
  }
  return true;
}

struct conflicts_with_rule::candidate {
  claim const* c = nullptr;
  bool as_this = false;
  bool as_other = false;
};

std::string conflicts_with_rule::shown(claim const& c, claim_pattern const& pattern) const {
  // The fields the pattern tests are what tells the two sides apart; without any, every field
  // but the shared key says what the claim is.
  std::vector<std::string> parts;
  if (!pattern.where.empty()) {
    for (field_condition const& condition : pattern.where)
      if (field const* f = c.find(condition.field); f != nullptr) parts.push_back(display(f->value));
  } else {
    for (field const& f : c.fields)
      if (!contains(params_.same, f.id)) parts.push_back(display(f.value));
  }
  if (parts.empty()) return std::string(to_string(c.kind));
  return fmt::format("{}", fmt::join(parts, ", "));
}

void conflicts_with_rule::check(std::span<claim const> claims, check_context const& ctx,
                                std::vector<discrepancy>& out) const {
  std::map<std::string, std::vector<candidate>> groups;
  for (claim const& c : claims) {
    bool const as_this = params_.this_side.matches(c);
    bool const as_other = params_.other_side.matches(c);
    if (!as_this && !as_other) continue;
    std::string key;
    bool usable = true;
    for (field_id id : params_.same) {
      field const* f = c.find(id);
      std::string const part = f == nullptr ? std::string() : comparison_key(f->value);
      usable = usable && !part.empty();
      key += part + "\x1f";
    }
    if (usable) groups[key].push_back({&c, as_this, as_other});
  }
  for (std::pair<std::string const, std::vector<candidate>> const& group : groups) check_group(group.second, ctx, out);
}

void conflicts_with_rule::check_group(std::vector<candidate> const& group, check_context const& ctx,
                                      std::vector<discrepancy>& out) const {
  // A source never contradicts itself; claims far apart in time are about different occasions.
  std::size_t const n = group.size();
  std::vector<bool> in_this(n, false);
  std::vector<bool> in_other(n, false);
  bool dated_conflict = false;
  for (std::size_t i = 0; i < n; ++i)
    for (std::size_t j = 0; j < n; ++j) {
      if (!group[i].as_this || !group[j].as_other || group[i].c->source == group[j].c->source) continue;
      std::optional<std::pair<long, long>> const ti = claim_days(*group[i].c, params_.time_field);
      std::optional<std::pair<long, long>> const tj = claim_days(*group[j].c, params_.time_field);
      if (!close_in_time(ti, tj, params_.within_days)) continue;
      in_this[i] = in_other[j] = true;
      dated_conflict = dated_conflict || (ti && tj);
    }

  std::vector<involved_claim> involved;
  for (std::size_t i = 0; i < n; ++i) {
    if (in_this[i]) involved.push_back({group[i].c, false});
    if (in_other[i]) involved.push_back({group[i].c, true});
  }
  if (involved.empty()) return;
  std::sort(involved.begin(), involved.end(), [&ctx](involved_claim const& a, involved_claim const& b) {
    if (claim_before(*a.c, *b.c, ctx)) return true;
    if (claim_before(*b.c, *a.c, ctx)) return false;
    return a.as_other < b.as_other;
  });

  discrepancy d;
  d.rule = params_.id;
  d.level = dated_conflict ? params_.level : params_.undated_level;
  // One side per sentence and shown value, as every kind quotes.
  std::set<std::tuple<source_id, std::uint32_t, std::string>> quoted;
  std::vector<std::string> this_values;
  std::vector<std::string> other_values;
  for (involved_claim const& m : involved) {
    std::string value = shown(*m.c, m.as_other ? params_.other_side : params_.this_side);
    std::vector<std::string>& values = m.as_other ? other_values : this_values;
    if (std::find(values.begin(), values.end(), value) == values.end()) values.push_back(value);
    if (quoted.emplace(m.c->source, m.c->sentence.begin, value).second)
      d.sides.push_back(side_of(*m.c, std::move(value), ctx));
  }

  std::vector<std::pair<std::string, std::string>> args;
  for (field_id id : params_.same) {
    std::string shown_key;
    // The most complete spelling any claim gives.
    for (involved_claim const& m : involved)
      if (field const* f = m.c->find(id); f != nullptr) {
        std::string spelling = display(f->value);
        if (spelling.size() > shown_key.size()) shown_key = std::move(spelling);
      }
    d.key.emplace_back(to_string(id), shown_key);
    args.emplace_back(to_string(id), shown_key);
  }
  args.emplace_back("this", fmt::format("{}", fmt::join(this_values, " / ")));
  args.emplace_back("other", fmt::format("{}", fmt::join(other_values, " / ")));
  args.emplace_back("rule", params_.id);
  d.message = params_.message.render(args);
  out.push_back(std::move(d));
}

}  // namespace claimcheck
