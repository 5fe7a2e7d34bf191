#pragma once
// Included only by count.cpp.
#include "grammar/actions.hpp"
#include "grammar/count.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/primitives.hpp"
#include "grammar/word_parsers.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

count_type const count = "count";


// "teachers and lecturers", "homes", "square kilometres": two words at most, since a third is more
// often a verb the grammar cannot tell from a noun ("two airlines together employ").
auto const counted_phrase = counted_word >> -(ws >> (kw("and") >> ws >> counted_word | counted_word));
auto const auxiliary = (kw("were") | kw("was") | kw("have been") | kw("had been") | kw("have") | kw("had") |
                        kw("are") | kw("is")) >> ws;
auto const particle = ws >> (kw("out") | kw("off") | kw("away") | kw("down") | kw("up"));

auto const set_amount = set(&ast::count::amount);
auto const set_counted = set(&ast::count::counted);
auto const set_event = set(&ast::count::event);

auto const count_when = -x3::lit(',') >> ws >> (kw("on") | kw("by")) >> ws >> grammar::date()[set(&ast::count::when)];

// "About 37,000 teachers and lecturers walked out on Tuesday", "52 homes were destroyed", "210 buses"
auto const number_first = grammar::quantity()[set_amount] >> ws >> capture[counted_phrase][set_counted] >>
                          -(ws >> -auxiliary >> capture[event_verb >> -particle][set_event] >> -count_when);

// "the fire destroyed 52 homes", "killed at least 2,100 people"
auto const verb_first = capture[event_verb][set_event] >> ws >> grammar::quantity()[set_amount] >> ws >>
                        capture[counted_phrase][set_counted] >> -count_when;

auto const count_def = capture[x3::eps[reset] >> verb_first | x3::eps[reset] >> number_first][set(&ast::count::span)];

BOOST_SPIRIT_DEFINE(count)

}  // namespace parsers

}  // namespace claimcheck::grammar
