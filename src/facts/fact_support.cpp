#include "facts/fact_support.hpp"

#include <algorithm>
#include <map>
#include <string>
#include <utility>

#include "facts/fact_match.hpp"
#include "facts/fact_schema.hpp"
#include "rules/kinds/finding_parts.hpp"

namespace claimcheck {

namespace {

using claim_index = std::map<std::pair<std::string_view, std::uint32_t>, std::vector<claim const*>>;

/// What the facts say of one side.
struct side_verdict {
  bool met = false;              ///< some fact decides about it
  bool agrees = false;
  fact const* support = nullptr;  ///< the first fact it agrees with
  field_id value = field_id::person;
};

bool in_key(discrepancy const& d, field_id id) {
  return std::any_of(d.key.begin(), d.key.end(),
                     [&](std::pair<std::string, std::string> const& k) { return k.first == to_string(id); });
}

/// The field of `c` that the side disputes, if it is one a fact can state.
field const* disputed_field(claim const& c, discrepancy const& d, discrepancy_side const& s) {
  for (field const& f : c.fields)
    if (is_fact_value_field(c.kind, f.id) && !in_key(d, f.id) && display(f.value) == s.value) return &f;
  return nullptr;
}

side_verdict weigh_side(discrepancy const& d, discrepancy_side const& s, claim_index const& index,
                        fact_sheets const& facts) {
  claim_index::const_iterator const found = index.find({s.source, s.offset});
  if (found == index.end()) return {};
  for (claim const* c : found->second) {
    if (to_string(c->kind) != s.kind) continue;
    field const* disputed = disputed_field(*c, d, s);
    if (disputed == nullptr) continue;
    std::vector<fact_verdict> verdicts = weigh_claim(facts, *c, disputed->id, claim_days(*c, std::nullopt));
    std::erase_if(verdicts, [](fact_verdict const& v) { return v.undated; });
    if (verdicts.empty()) continue;
    side_verdict out{true, false, nullptr, disputed->id};
    for (fact_verdict const& v : verdicts)
      if (v.agrees) {
        out.agrees = true;
        out.support = v.against;
        break;
      }
    return out;
  }
  return {};
}

}  // namespace

void note_fact_support(std::vector<discrepancy>& found, std::span<claim const> claims, source_store const& sources,
                       fact_sheets const& facts) {
  if (facts.facts.empty()) return;
  claim_index index;
  for (claim const& c : claims) index[{sources[c.source].path(), c.span.begin}].push_back(&c);
  for (discrepancy& d : found) {
    bool const quotes_sheet =
        std::any_of(d.sides.begin(), d.sides.end(), [](discrepancy_side const& s) { return s.kind == "fact-sheet"; });
    if (quotes_sheet) continue;
    bool contradicted = false;
    side_verdict best;
    for (discrepancy_side const& s : d.sides) {
      side_verdict const v = weigh_side(d, s, index, facts);
      if (!v.met) continue;
      if (!v.agrees) {
        contradicted = true;
      } else if (best.support == nullptr || v.support < best.support) {
        // Facts sit in one vector in load order: the lower address is the one loaded first.
        best = v;
      }
    }
    if (!contradicted || best.support == nullptr) continue;
    d.fact_sheet = fact_note{display(best.support->find(best.value)->value), best.support->path, best.support->at};
  }
}

}  // namespace claimcheck
