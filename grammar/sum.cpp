#include "grammar/sum_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(sum_type, iterator_type, context_type)
}  // namespace parsers

parsers::sum_type const& sum() { return parsers::sum; }

}  // namespace claimcheck::grammar
