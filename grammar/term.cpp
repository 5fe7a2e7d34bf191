#include "grammar/term_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(term_type, iterator_type, context_type)
}  // namespace parsers

parsers::term_type const& term() { return parsers::term; }

}  // namespace claimcheck::grammar
