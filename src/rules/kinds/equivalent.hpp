#pragma once
/// Rule kind `equivalent`: durations (and ordinals) that sources give for one slot must mean the
/// same, with no tolerance: "a decade", "ten years" and "120 months" are one length, and "the
/// first in ten years" against "the first in twelve years" is a discrepancy. It is `agree`
/// restricted to those fields, with exact comparison, so it builds an agree_rule.
#include <memory>

#include "rules/rule.hpp"
#include "rules/rule_spec.hpp"

namespace claimcheck {

/// The registry factory for `equivalent`: the single-value keys, with a value field that holds
/// durations or ordinals.
std::unique_ptr<rule> make_equivalent_rule(rule_spec const& spec, param_view& params);

}  // namespace claimcheck
