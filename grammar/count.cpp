#include "grammar/count_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(count_type, iterator_type, context_type)
}  // namespace parsers

parsers::count_type const& count() { return parsers::count; }

}  // namespace claimcheck::grammar
