#pragma once
/// The one iterator and context every grammar rule is instantiated for (see the *.cpp files):
/// rules are compiled once, in their own translation unit, and reached through accessors.
#include <boost/spirit/home/x3.hpp>

#include "grammar/lexicon.hpp"

namespace claimcheck::grammar {

namespace x3 = boost::spirit::x3;

/// Rules reach the lexicon through the parse context, never through a global.
struct lexicon_tag;

using iterator_type = char const*;
using context_type = x3::context<lexicon_tag, lexicon const>;

}  // namespace claimcheck::grammar
