#pragma once
/// Semantic actions shared by the grammar files. Rules whose bodies carry actions build their
/// attribute field by field (X3 then stops propagating attributes on its own), and every
/// alternative starts from a fresh value, so that a branch that failed half-way leaves nothing.
#include "grammar/config.hpp"

namespace claimcheck::grammar::actions {

/// eps[reset]: start the rule's value afresh.
inline constexpr auto reset = [](auto& ctx) { x3::_val(ctx) = {}; };

/// p[assign]: the rule's value becomes p's attribute.
inline constexpr auto assign = [](auto& ctx) { x3::_val(ctx) = x3::_attr(ctx); };

/// set(&T::field): the field of the rule's value becomes p's attribute.
template <typename Member>
constexpr auto set(Member member) {
  return [member](auto& ctx) { x3::_val(ctx).*member = x3::_attr(ctx); };
}

/// set_in(&T::part, &Part::field): a field of a part of the rule's value.
template <typename Outer, typename Inner>
constexpr auto set_in(Outer outer, Inner inner) {
  return [outer, inner](auto& ctx) { (x3::_val(ctx).*outer).*inner = x3::_attr(ctx); };
}

}  // namespace claimcheck::grammar::actions
