#include "facts/fact_match.hpp"

#include <set>
#include <string>

#include "facts/fact_schema.hpp"

namespace claimcheck {

namespace {

/// Whether `f` fills the slot `c` fills and says something about `value`.
bool same_slot(fact const& f, claim const& c, field_id value) {
  if (f.kind != c.kind || f.find(value) == nullptr) return false;
  for (fact_field const& key : f.fields) {
    if (is_fact_value_field(f.kind, key.id)) continue;
    field const* mine = c.find(key.id);
    if (mine == nullptr || comparison_key(mine->value) != comparison_key(key.value)) return false;
  }
  return true;
}

}  // namespace

std::vector<fact_verdict> weigh_claim(fact_sheets const& sheets, claim const& c, field_id value,
                                      std::optional<std::pair<long, long>> const& days) {
  std::vector<fact_verdict> out;
  field const* stated = c.find(value);
  if (stated == nullptr || !is_fact_value_field(c.kind, value)) return out;
  std::vector<fact const*> slot;
  for (fact const& f : sheets.facts)
    if (same_slot(f, c, value)) slot.push_back(&f);

  std::set<std::string> values;
  for (fact const* f : slot) values.insert(comparison_key(f->find(value)->value));
  for (fact const* f : slot) {
    bool undated = false;
    if (days) {
      if (!f->holds_throughout(days->first, days->second)) continue;
    } else if (!f->timeless()) {
      if (values.size() != 1) continue;
      undated = true;
    }
    out.push_back({f, undated, values_compatible(stated->value, f->find(value)->value)});
  }
  return out;
}

}  // namespace claimcheck
