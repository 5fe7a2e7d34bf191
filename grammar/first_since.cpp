#include "grammar/first_since_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(first_since_type, iterator_type, context_type)
}  // namespace parsers

parsers::first_since_type const& first_since() { return parsers::first_since; }

}  // namespace claimcheck::grammar
