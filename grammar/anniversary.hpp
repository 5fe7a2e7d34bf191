#pragma once
/// Anniversaries: a whole number of years counted from a dated event, in two shapes. An ordinal
/// before "anniversary", with the event after "of" or as a possessive before it ("the 60th
/// anniversary of the 1965 treaty", "the treaty's 60th anniversary"); or a length of years since
/// the event ("60 years since the two countries established ties in 1965", "six decades since
/// 1965"). A date before a verb or two may say when it falls ("This year marks the 60th
/// anniversary of ...", "Last year's 60th anniversary of ...").
///
/// The event phrase runs to the next punctuation mark; its first year ("the 1965 treaty", "ties
/// established in 1965") is the base, and a later or relative date ("this year", "in 2025") is
/// when the anniversary falls. Whether the arithmetic holds is a rule's question, not the
/// grammar's (src/rules/kinds/derive.hpp).
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct anniversary_class;
using anniversary_type = x3::rule<anniversary_class, ast::anniversary>;
BOOST_SPIRIT_DECLARE(anniversary_type)
}  // namespace parsers

parsers::anniversary_type const& anniversary();

}  // namespace claimcheck::grammar
