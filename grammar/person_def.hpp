#pragma once
// Included only by person.cpp.
#include "grammar/actions.hpp"
#include "grammar/person.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

name_type const name = "name";
person_type const person = "person";
person_ref_type const person_ref = "person_ref";

// At most five words after the first: a name never runs on through a whole headline.
// A title ends the name before it: "Halden Chief Executive Martin Ashdown" is an organisation,
// a title and a name, not one long name.
auto const name_def = capture[name_word >> x3::repeat(0, 5)[ws >> *(name_particle >> ws) >>
                                                           !lexicon_phrase(&lexicon::titles) >> name_word]];

auto const possessive = (x3::lit("'s") | x3::lit('\'')) >> word_end;
auto const the = kw("the") >> ws;

auto const set_jurisdiction = set_in(&ast::person::title, &ast::role::jurisdiction);
auto const set_modifier = set_in(&ast::person::title, &ast::role::modifier);
auto const set_title = set_in(&ast::person::title, &ast::role::title);

// "South Korean", "Japan's", "the FINM's"
// The action runs only once the whole phrase is there, so a failed try leaves nothing behind.
auto const jurisdiction_before =
    capture[lexicon_phrase(&lexicon::nationalities) >> !x3::lit('\'')][set_jurisdiction] |
    capture[lexicon_phrase(&lexicon::country_names) >> &possessive][set_jurisdiction] >> possessive |
    capture[name >> &possessive][set_jurisdiction] >> possessive |
    // an organisation named attributively, "Halden Chief Executive", when its name is not itself
    // the start of a title ("Health Minister" is a title, not the minister of "Health")
    !lexicon_phrase(&lexicon::titles) >> capture[name >> &(ws >> lexicon_phrase(&lexicon::titles))][set_jurisdiction];

// "of Japan", "for the FINM"
auto const jurisdiction_after =
    ws >> (kw("of") | kw("for")) >> ws >> -the >>
    capture[lexicon_phrase(&lexicon::country_names) | name][set_jurisdiction];

// "former Defence Minister", "then-Prime Minister"
auto const role_title = -(capture[lexicon_phrase(&lexicon::role_modifiers)][set_modifier] >> (ws | x3::lit('-'))) >>
                        capture[lexicon_phrase(&lexicon::titles)][set_title];

// "Portuguese Defence Minister Ana Costa", "Austria's Prime Minister, Karl Weber",
// "the Prime Minister of Japan, Kenji Sato", "President Ana Costa"
auto const title_then_name = -the >> -(jurisdiction_before >> ws) >> role_title >> -jurisdiction_after >>
                             -x3::lit(',') >> ws >> name[set(&ast::person::name)];

// "Rui Matos, Portugal's defence minister", "Ola Berg, the Norwegian prime minister".
// Refused when the title goes on to name someone else ("In Lisbon, Defence Minister Matos said").
auto const name_then_title = name[set(&ast::person::name)] >> x3::lit(',') >> ws >> -the >>
                             -(jurisdiction_before >> ws) >> role_title >> -jurisdiction_after >>
                             !(-x3::lit(',') >> ws >> name_word);

auto const person_def =
    capture[x3::eps[reset] >> title_then_name | x3::eps[reset] >> name_then_title][set(&ast::person::span)];

auto const set_bare_name = [](auto& ctx) {
  x3::_val(ctx).name = x3::_attr(ctx);
  x3::_val(ctx).span = x3::_attr(ctx);
};
auto const set_pronoun = [](auto& ctx) {
  x3::_val(ctx).span = x3::_attr(ctx);
  x3::_val(ctx).pronoun = true;
};

// "Mr. Lee", "Dr Adeyemi": the honorific goes before the name and is no part of it.
auto const honorific = lexicon_phrase(&lexicon::honorifics) >> ws;

auto const person_ref_def = person[assign] | x3::eps[reset] >> -honorific >> name[set_bare_name] |
                            x3::eps[reset] >> capture[kw("he") | kw("she")][set_pronoun];

BOOST_SPIRIT_DEFINE(name, person, person_ref)

}  // namespace parsers

}  // namespace claimcheck::grammar
