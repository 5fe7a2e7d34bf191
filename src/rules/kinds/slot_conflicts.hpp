#pragma once
/// The machinery of the slot kinds: group claims into slots by their key fields, put the values
/// given for a slot into sets of mutually compatible values, and report a slot whose sets are
/// stated by different sources at about the same time. The kinds differ only in what makes two
/// values the same, and what makes them compatible; that is the value_comparison they pass.
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "rules/kinds/slot_params.hpp"
#include "rules/rule.hpp"

namespace claimcheck {

/// How a slot kind compares the values of its value field.
struct value_comparison {
  /// Values with the same key are the same value and never conflict. An empty key leaves the
  /// claim out: the kind cannot compare its value.
  std::function<std::string(field_value const&)> key;
  /// Whether two values with different keys could both be true of one slot. Need not be
  /// transitive: a value compatible with two values incompatible with each other joins no side.
  std::function<bool(field_value const&, field_value const&)> compatible;
};

/// Appends one discrepancy per slot of `params` in which different sources give incompatible
/// values at most `params.within_days` apart.
void find_slot_conflicts(slot_params const& params, value_comparison const& compare, std::span<claim const> claims,
                         check_context const& ctx, std::vector<discrepancy>& out);

}  // namespace claimcheck
