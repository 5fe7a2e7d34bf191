#pragma once
/// Shares of a vote: "with 91.6 percent voting in favour", "81.6 percent of those who voted
/// backed strike action", "the Greens won 12.4% of the vote".
#include "grammar/ast.hpp"
#include "grammar/config.hpp"

namespace claimcheck::grammar {

namespace parsers {
struct vote_share_class;
using vote_share_type = x3::rule<vote_share_class, ast::vote_share>;
BOOST_SPIRIT_DECLARE(vote_share_type)
}  // namespace parsers

parsers::vote_share_type const& vote_share();

}  // namespace claimcheck::grammar
