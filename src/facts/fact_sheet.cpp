#include "facts/fact_sheet.hpp"

#include <algorithm>
#include <limits>
#include <fmt/format.h>

#include "facts/fact_schema.hpp"

namespace claimcheck {

fact_field const* fact::find(field_id id) const {
  for (fact_field const& f : fields)
    if (f.id == id) return &f;
  return nullptr;
}

std::pair<long, long> fact::days() const {
  return {from ? from->first_day() : std::numeric_limits<long>::min(),
          to ? to->last_day() : std::numeric_limits<long>::max()};
}

bool fact::holds_throughout(long first, long last) const {
  std::pair<long, long> const span = days();
  return span.first <= first && last <= span.second;
}

std::string term_text(fact const& f) {
  if (f.from && f.to) return fmt::format("from {} to {}", f.from->iso(), f.to->iso());
  if (f.from) return "from " + f.from->iso();
  if (f.to) return "until " + f.to->iso();
  return "at any time";
}

std::string describe(fact const& f) {
  std::vector<std::string> parts;
  for (fact_field const& field : f.fields) parts.push_back(fmt::format("{} = {}", to_string(field.id), display(field.value)));
  std::string out = fmt::format("{} fact: {}; holds {}", to_string(f.kind), fmt::join(parts, ", "), term_text(f));
  if (!f.note.empty()) out += fmt::format(" (note: {})", f.note);
  return out;
}

namespace {

/// Whether `earlier` may end no later than `later` begins: its end lies somewhere in the period
/// its `to` names and the start of `later` somewhere in the period its `from` names, so the two
/// agree when the first day of the one is not after the last day of the other.
bool may_hand_over(fact const& earlier, fact const& later) {
  return earlier.to && later.from && earlier.to->first_day() <= later.from->last_day();
}

}  // namespace

std::optional<field_id> clashing_field(fact const& f, fact const& g) {
  if (f.kind != g.kind) return std::nullopt;
  fact_shape const* shape = fact_shape_of(f.kind);
  if (shape == nullptr) return std::nullopt;
  for (field_id id : shape->key) {
    fact_field const* a = f.find(id);
    fact_field const* b = g.find(id);
    if (a == nullptr || b == nullptr || comparison_key(a->value) != comparison_key(b->value)) return std::nullopt;
  }
  std::pair<long, long> const a = f.days();
  std::pair<long, long> const b = g.days();
  long const first = std::max(a.first, b.first);
  long const last = std::min(a.second, b.second);
  if (first > last) return std::nullopt;
  if (may_hand_over(f, g) || may_hand_over(g, f)) return std::nullopt;
  for (field_id id : shape->values) {
    fact_field const* x = f.find(id);
    fact_field const* y = g.find(id);
    if (x != nullptr && y != nullptr && !values_compatible(x->value, y->value)) return id;
  }
  return std::nullopt;
}

}  // namespace claimcheck
