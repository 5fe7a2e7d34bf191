#pragma once
/// Ordinal numbers as news prose writes them: words ("first", "twenty-first", "one hundred and
/// first", "two hundredth"), digits with their suffix ("60th", "21st", "108th"), and ranks
/// ("third-largest", "second-biggest"), whose value is the rank.
#include <cstddef>
#include <string_view>

#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct ordinal_class;

using ordinal_type = x3::rule<ordinal_class, ast::ordinal>;

BOOST_SPIRIT_DECLARE(ordinal_type)
}  // namespace parsers

/// One ordinal, ending at a word edge; a digit ordinal with the wrong suffix ("21th", "2st") is
/// not one. Words such as "second" are ordinals wherever they stand: the claim decides.
parsers::ordinal_type const& ordinal();

}  // namespace claimcheck::grammar
