#pragma once
// Included only by deal.cpp.
#include "grammar/actions.hpp"
#include "grammar/deal.hpp"
#include "grammar/money.hpp"
#include "grammar/person.hpp"
#include "grammar/primitives.hpp"
#include "grammar/word_parsers.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

price_type const price = "price";

auto const set_price_amount = set(&ast::price::amount);

// "a share", "per share", "for each Marlow Foods share", "for every ordinary share"
auto const per_unit = ws >> (kw("a") | kw("an") | kw("per") | kw("for each") | kw("for every")) >> ws >>
                      -(grammar::name() >> ws) >> capture[counted_word][set(&ast::price::unit)];

// "Halden will pay C$9.20 for each Marlow Foods share", "Halden is offering C$9.60 a share"
auto const pays = capture[grammar::name()][set(&ast::price::payer)] >> ws >>
                  lexicon_phrase(&lexicon::payment_verbs) >> ws >> grammar::money_phrase()[set_price_amount] >>
                  per_unit;

// "Halden agreed to buy Marlow Foods for C$1.4 billion"
auto const buys = capture[grammar::name()][set(&ast::price::payer)] >> ws >>
                  lexicon_phrase(&lexicon::purchase_verbs) >> ws >> -(kw("the") >> ws) >>
                  capture[grammar::name()][set(&ast::price::target)] >> ws >> kw("for") >> ws >>
                  grammar::money_phrase()[set_price_amount];

auto const price_def = capture[x3::eps[reset] >> pays | x3::eps[reset] >> buys][set(&ast::price::span)];

BOOST_SPIRIT_DEFINE(price)

}  // namespace parsers

}  // namespace claimcheck::grammar
