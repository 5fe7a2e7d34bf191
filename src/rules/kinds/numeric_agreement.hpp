#pragma once
/// When two numbers, amounts, durations or dates stated for the same slot agree: the comparison
/// behind the `agree` and `equivalent` rule kinds, kept apart from the rules so that it can be
/// read and tested on its own.
#include <string>

#include "claims/claim.hpp"

namespace claimcheck {

/// How far apart two values may be and still agree.
struct tolerance {
  double absolute = 0;  ///< in the values' unit; days for dates and durations
  double relative = 0;  ///< a fraction of the larger value (not for dates)
  /// An amount covers the values that round to the figure as written: "2.1 billion" covers
  /// 2.05 to 2.15 billion.
  bool stated_rounding = false;
};

/// Half the step an amount's figure is rounded to, as its digits show ("2.1 billion": 0.05
/// billion; "37,000": 500; "8.47": 0.005), in the amount's unit. 0 when the text shows no digits
/// to read, or a figure that is not the digits times a power of ten ("one and a half million").
double rounding_half_step(amount_value const& a);

/// The key under which values with exactly the same meaning fall together ("a decade", "ten
/// years" and "120 months"; "2,100" and "2100"); empty for values these kinds do not compare.
std::string meaning_key(field_value const& v);

/// Whether two values can both be true of one slot, allowing `within` between them. Values of
/// different types, and amounts in different units or currencies, cannot be compared and so
/// never disagree.
bool values_agree(field_value const& a, field_value const& b, tolerance const& within);

}  // namespace claimcheck
