#pragma once
// Included only by term.cpp.
#include "grammar/actions.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/primitives.hpp"
#include "grammar/term.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

term_type const term = "term";

auto const length = capture[-grammar::bound()[set(&ast::term::qualifier)] >>
                           grammar::duration()[set(&ast::term::length)]][set(&ast::term::written)];

// A word of the object between the verb and "for": no punctuation, so the object stays in one
// clause ("keep the brand, ..." stops at the comma).
auto const connector = kw("for") | kw("to");
auto const object_word = !connector >> +(x3::char_ - x3::char_(" ,;:()\".?!"));

// "jailed for six years", "sentenced to six years", "keep the brand and its head office open for
// at least five years", "sentenced him to nine years"
auto const verb_form = capture[lexicon_phrase(&lexicon::term_verbs)][set(&ast::term::verb)] >>
                       (ws >> connector >> ws >> length |
                        ws >> capture[object_word >> x3::repeat(0, 11)[ws >> object_word]][set(&ast::term::object)] >>
                            ws >> connector >> ws >> length |
                        ws >> length);

// "a five-year contract", "a 10-year lease", "a two-year ban"
auto const noun_form = (kw("a") | kw("an") | kw("the")) >> ws >> length >> ws >>
                       capture[lexicon_phrase(&lexicon::term_nouns)][set(&ast::term::noun)];

auto const term_def = capture[x3::eps[reset] >> verb_form | x3::eps[reset] >> noun_form][set(&ast::term::span)];

BOOST_SPIRIT_DEFINE(term)

}  // namespace parsers

}  // namespace claimcheck::grammar
