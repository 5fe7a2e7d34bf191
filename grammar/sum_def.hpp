#pragma once
// Included only by sum.cpp.
#include "grammar/actions.hpp"
#include "grammar/money.hpp"
#include "grammar/number.hpp"
#include "grammar/primitives.hpp"
#include "grammar/sum.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

sum_type const sum = "sum";

auto const set_money = [](auto& ctx) {
  x3::_val(ctx).money = x3::_attr(ctx);
  x3::_val(ctx).is_money = true;
};
// A share ("38 per cent") or a plain number ("a crowd of 44,180"); the claim's unit says which.
auto const check_share = [](auto& ctx) { x3::_val(ctx).share = x3::_attr(ctx); };
auto const value = grammar::money_phrase()[set_money] | grammar::quantity()[check_share];

// "fixed fee", "transfer fee", "fee": up to two lower-case words before the sum noun
auto const modifier = +x3::ascii::lower >> ws;
auto const named = capture[x3::repeat(0, 2)[!lexicon_phrase(&lexicon::sum_nouns) >> modifier] >>
                           lexicon_phrase(&lexicon::sum_nouns)][set(&ast::sum::noun)];

// "a fixed fee of €42 million", "the fine of 450 million forints"
auto const of_form = (kw("a") | kw("an") | kw("the") | kw("its") | kw("their")) >> ws >> named >> ws >> kw("of") >>
                     ws >> value;
// "The fixed fee is €42 million", "the fine was set at 450 million forints"
auto const is_form = (kw("the") | kw("its") | kw("their")) >> ws >> named >> ws >>
                     (kw("is") | kw("was") | kw("will be") | kw("comes to") | kw("came to") | kw("amounts to") |
                      kw("amounted to")) >>
                     ws >> -(kw("set at") >> ws) >> value;

auto const sum_def = capture[x3::eps[reset] >> of_form | x3::eps[reset] >> is_form][set(&ast::sum::span)];

BOOST_SPIRIT_DEFINE(sum)

}  // namespace parsers

}  // namespace claimcheck::grammar
