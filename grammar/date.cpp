#include "grammar/date_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(date_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(duration_type, iterator_type, context_type)
}  // namespace parsers

parsers::date_type const& date() { return parsers::date; }
parsers::duration_type const& duration() { return parsers::duration; }

}  // namespace claimcheck::grammar
