#pragma once
// Included only by conversion.cpp.
#include "grammar/conversion.hpp"
#include "grammar/money.hpp"

namespace claimcheck::grammar {

namespace parsers {

conversion_type const conversion = "conversion";

auto const with_equivalent = [](auto& ctx) {
  x3::_pass(ctx) = x3::_attr(ctx).has_equivalent;
  x3::_val(ctx) = x3::_attr(ctx);
};

auto const conversion_def = grammar::money_phrase()[with_equivalent];

BOOST_SPIRIT_DEFINE(conversion)

}  // namespace parsers

}  // namespace claimcheck::grammar
