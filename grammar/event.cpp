#include "grammar/event_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(meeting_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(visit_type, iterator_type, context_type)
}  // namespace parsers

parsers::meeting_type const& meeting() { return parsers::meeting; }
parsers::visit_type const& visit() { return parsers::visit; }

}  // namespace claimcheck::grammar
