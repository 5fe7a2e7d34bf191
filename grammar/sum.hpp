#pragma once
/// Sums named by what they are: "a fixed fee of €42 million", "the fine was 450 million forints",
/// "a premium of 38 per cent". The noun (from the lexicon's sum nouns, with the lower-case words
/// before it) says which sum; sources that give one sum two values disagree.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct sum_class;
using sum_type = x3::rule<sum_class, ast::sum>;
BOOST_SPIRIT_DECLARE(sum_type)
}  // namespace parsers

parsers::sum_type const& sum();

}  // namespace claimcheck::grammar
