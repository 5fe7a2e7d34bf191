#pragma once
// Included only by happening.cpp.
#include "grammar/actions.hpp"
#include "grammar/date.hpp"
#include "grammar/happening.hpp"
#include "grammar/person.hpp"
#include "grammar/primitives.hpp"
#include "grammar/word_parsers.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

occurrence_type const occurrence = "occurrence";

auto const set_pronoun_subject = [](auto& ctx) { x3::_val(ctx).pronoun = true; };
auto const set_start_verb = [](auto& ctx) {
  x3::_val(ctx).verb = x3::_attr(ctx);
  x3::_val(ctx).start = true;
};

// "the fire", "the summit", "the election campaign"; or "it", resolved later in the document
// The second noun may not be the verb itself ("the fire broke out", "the summit runs").
auto const event_verb_ahead = lexicon_phrase(&lexicon::start_verbs) | lexicon_phrase(&lexicon::occurrence_verbs);
auto const determiner = kw("the") | kw("its") | kw("their") | kw("a") | kw("an");
// "the Riga summit", "Eemland's cup final": names before the noun qualify it; the noun says what.
auto const owner = grammar::name() >> (x3::lit("'s") | x3::lit('\'')) >> word_end;
auto const name_modifier = grammar::name() >> ws;
// " against Rovers", " between the two clubs' reserves" is too loose: named sides only.
auto const sides = ws >> (kw("against") | kw("between") | kw("versus") | kw("vs")) >> ws >> grammar::name() >>
                   -(ws >> kw("and") >> ws >> grammar::name());
auto const what_happened = (determiner | owner) >> ws >> -name_modifier >>
                               capture[counted_word >> -(ws >> !event_verb_ahead >> counted_word)][set(&ast::occurrence::what)] >>
                               -sides |
                           x3::no_case[x3::lit("it")][set_pronoun_subject] >> word_end;

// " in Vila Nova de Gaia", " in the municipality of Vila Nova de Gaia"
auto const area = kw("municipality") | kw("town") | kw("village") | kw("city") | kw("province") | kw("region") |
                  kw("district") | kw("county") | kw("state");
auto const where = ws >> kw("in") >> ws >> -(kw("the") >> ws >> area >> ws >> kw("of") >> ws) >>
                   capture[grammar::name()][set(&ast::occurrence::place)];
// " on Saturday", ", on 8 August", " before dawn on Wednesday", " in the early hours of 14 October"
auto const time_filler = x3::repeat(1, 4)[!(kw("on") | kw("of")) >> +(x3::ascii::lower) >> ws];
auto const when = -x3::lit(',') >> ws >> -time_filler >> (kw("on") | kw("of")) >> ws >>
                  grammar::date()[set(&ast::occurrence::when)];

// ", handed down on Tuesday": an event named, then what happened to it set off by a comma
auto const verb_gap = -x3::lit(',') >> ws >> -((kw("has") | kw("had")) >> ws);

// "its epicentre was near Tarsk", "the blaze was centred on Ruda": where something is, not when.
auto const set_located = [](auto& ctx) { x3::_val(ctx).located = true; };
// "was in London" is too common to say where an event is; "near" and "centred" say it.
auto const location_verb = (kw("was") | kw("lay") | kw("is") | kw("lies")) >> ws >>
                           ((kw("located") | kw("centred") | kw("centered")) >> ws >> (kw("near") | kw("in") | kw("on")) |
                            kw("near"));
auto const located = what_happened >> ws >> capture[location_verb][set(&ast::occurrence::verb)][set_located] >> ws >>
                     capture[grammar::name()][set(&ast::occurrence::place)];

auto const started = what_happened >> verb_gap >>
                     capture[lexicon_phrase(&lexicon::start_verbs)][set_start_verb] >> x3::repeat(1, 2)[where | when];
auto const held = what_happened >> verb_gap >> capture[lexicon_phrase(&lexicon::occurrence_verbs)][set(&ast::occurrence::verb)] >>
                  (ws >> grammar::date()[set(&ast::occurrence::when)] | x3::repeat(1, 2)[where | when]);

auto const occurrence_def =
    capture[x3::eps[reset] >> started | x3::eps[reset] >> held | x3::eps[reset] >> located][set(&ast::occurrence::span)];

BOOST_SPIRIT_DEFINE(occurrence)

}  // namespace parsers

}  // namespace claimcheck::grammar
