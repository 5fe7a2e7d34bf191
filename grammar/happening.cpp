#include "grammar/happening_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(occurrence_type, iterator_type, context_type)
}  // namespace parsers

parsers::occurrence_type const& occurrence() { return parsers::occurrence; }

}  // namespace claimcheck::grammar
