#include "grammar/anniversary_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(anniversary_type, iterator_type, context_type)
}  // namespace parsers

parsers::anniversary_type const& anniversary() { return parsers::anniversary; }

}  // namespace claimcheck::grammar
