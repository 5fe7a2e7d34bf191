#pragma once
// Included only by vote.cpp.
#include "grammar/actions.hpp"
#include "grammar/number.hpp"
#include "grammar/person.hpp"
#include "grammar/primitives.hpp"
#include "grammar/vote.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

vote_share_type const vote_share = "vote_share";

auto const check_percent = [](auto& ctx) {
  x3::_val(ctx).share = x3::_attr(ctx);
  x3::_pass(ctx) = x3::_attr(ctx).percent;
};
auto const share = grammar::quantity()[check_percent];

auto const in_favour = kw("in favour") | kw("in favor");
auto const backing = (kw("backed") | kw("supported") | kw("approved") | kw("endorsed") | kw("voted for") | in_favour);

// "91.6 percent voting in favour", "91.6% voted in favour"
auto const share_in_favour = share >> ws >> (kw("voting") | kw("voted")) >> ws >> in_favour;

// "81.6 percent of those who voted had backed strike action", "91.6% of members who voted backed it"
auto const share_of_voters = share >> ws >> kw("of") >> ws >> x3::repeat(1, 3)[!kw("who") >> +(x3::ascii::lower) >> ws] >>
                             kw("who voted") >> ws >> -(kw("had") >> ws) >> backing;

// "the Greens won 12.4% of the vote", "Okafor took 52.3 percent of the votes cast"
auto const winner = capture[-(kw("the") >> ws) >> grammar::name()][set(&ast::vote_share::winner)];
// ", a regionalist party whose support lies in the south," between the winner and the verb
auto const apposition_word = +(x3::char_ - x3::char_(" ,;:()\""));
auto const apposition = x3::lit(',') >> x3::repeat(1, 16)[ws >> apposition_word] >> x3::lit(',');
auto const share_won = winner >> -apposition >> ws >>
                       (kw("won") | kw("took") | kw("secured") | kw("received") | kw("got")) >> ws >> share >> ws >>
                       kw("of the vote");
// "The Harbour Party came first with 24.3 percent of the vote", "won the election on Sunday with 31.2%
// of the vote"
auto const placing = kw("came") | kw("finished") | kw("won") | kw("topped");
auto const share_with = winner >> -apposition >> ws >> placing >> x3::repeat(0, 8)[ws >> !kw("with") >> apposition_word] >>
                        ws >> kw("with") >> ws >> share >> ws >> kw("of the vote");

auto const vote_share_def = capture[x3::eps[reset] >> share_won | x3::eps[reset] >> share_with | x3::eps[reset] >> share_in_favour |
                                    x3::eps[reset] >> share_of_voters][set(&ast::vote_share::span)];

BOOST_SPIRIT_DEFINE(vote_share)

}  // namespace parsers

}  // namespace claimcheck::grammar
