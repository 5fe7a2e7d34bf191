#include "grammar/vote_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(vote_share_type, iterator_type, context_type)
}  // namespace parsers

parsers::vote_share_type const& vote_share() { return parsers::vote_share; }

}  // namespace claimcheck::grammar
