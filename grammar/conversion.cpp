#include "grammar/conversion_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(conversion_type, iterator_type, context_type)
}  // namespace parsers

parsers::conversion_type const& conversion() { return parsers::conversion; }

}  // namespace claimcheck::grammar
