#pragma once
// Included only by first_since.cpp.
#include "grammar/actions.hpp"
#include "grammar/date.hpp"
#include "grammar/first_since.hpp"
#include "grammar/person.hpp"
#include "grammar/primitives.hpp"
#include "grammar/word_parsers.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

first_since_type const first_since = "first_since";

auto const approximately = (kw("more than") | kw("nearly") | kw("almost") | kw("over") | kw("about") |
                            kw("some") | kw("at least")) >> ws;

// " in ten years", " for a decade", " since 2016"
auto const stated_time = (kw("in") | kw("for")) >> ws >> -approximately >> grammar::duration()[set(&ast::first_since::in)] |
                         // the date rule reads "since" itself, as the start of an open range
                         &kw("since") >> grammar::date()[set(&ast::first_since::since)];

// Any word of the clause between the noun and the time, which may itself be "in" ("in Latvia").
auto const clause_word = !stated_time >> +(x3::char_ - ' ');

// "first NB8 summit", "first Nordic-Baltic Eight summit": names may stand before the noun.
auto const noun_after_ordinal = x3::repeat(0, 4)[!counted_word >> +(x3::char_ - ' ') >> ws] >>
                                capture[counted_word >> -(ws >> !stated_time >> counted_word)][set(&ast::first_since::noun)];

// "The weekend's win was the party's first in two decades": the noun stands before the ordinal,
// which it is the subject of.
auto const owner_word = (grammar::name() | +x3::ascii::lower) >> (x3::lit("'s") | x3::lit('\'')) >> word_end;
auto const noun_before = -((kw("the") | kw("its") | kw("their") | kw("this")) >> ws) >> -(owner_word >> ws) >>
                         capture[counted_word][set(&ast::first_since::noun)];
auto const copula = kw("was") | kw("is") | kw("marks") | kw("marked") | kw("became") | kw("becomes");
auto const its_first = (-(kw("the") >> ws) >> owner_word | kw("the") | kw("its") | kw("their") | kw("his") | kw("her")) >> ws >>
                       capture[lexicon_phrase(&lexicon::ordinals)][set(&ast::first_since::ordinal)];
auto const noun_then_first = noun_before >> ws >> copula >> ws >> its_first >> ws >> stated_time;

auto const first_since_def =
    capture[x3::eps[reset] >> capture[lexicon_phrase(&lexicon::ordinals)][set(&ast::first_since::ordinal)] >> ws >>
                noun_after_ordinal >> x3::repeat(0, 14)[ws >> clause_word] >> ws >> stated_time |
            x3::eps[reset] >> noun_then_first][set(&ast::first_since::span)];

BOOST_SPIRIT_DEFINE(first_since)

}  // namespace parsers

}  // namespace claimcheck::grammar
