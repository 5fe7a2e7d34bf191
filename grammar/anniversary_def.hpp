#pragma once
// Included only by anniversary.cpp.
#include "grammar/actions.hpp"
#include "grammar/anniversary.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/primitives.hpp"
#include "grammar/word_parsers.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

anniversary_type const anniversary = "anniversary";

// A date of the event phrase. The first single year is the base; a relative date ("this year")
// or a later year is when the anniversary falls. Days without a year ("on June 22") and spans of
// years say neither for sure, and are left out. A date already taken is not taken twice: the
// possessive form reads its last word again after a first try that found no "'s" behind it.
auto const take_date = [](auto& ctx) {
  ast::anniversary& a = x3::_val(ctx);
  ast::date const& d = x3::_attr(ctx);
  if (d.span.first == a.base.span.first || d.span.first == a.when.span.first) return;
  bool const one_year = d.relative_unit == 0 && d.start_year != 0 && (d.end_year == 0 || d.end_year == d.start_year);
  if (one_year && a.base.span.empty()) {
    a.base = d;
  } else if ((one_year || d.relative_unit != 0) && a.when.span.empty()) {
    a.when = d;
  }
};

// The words nearest before the base name what it dates ("ties established in 1965"); failing
// those, the words right after it ("the 1965 treaty"), not a later clause ("since 1965 was a
// long time").
auto const take_noun = [](auto& ctx) {
  ast::anniversary& a = x3::_val(ctx);
  ast::text_span const words = x3::_attr(ctx);
  if (a.base.span.empty() || (a.noun.empty() && words.first == a.base.span.last + 1)) a.noun = words;
};

auto const set_when = set(&ast::anniversary::when);
auto const clear_when = [](auto& ctx) { x3::_val(ctx).when = {}; };
// What a failed first shape read is forgotten before the second shape is tried.
auto const clear_event = [](auto& ctx) {
  ast::anniversary& a = x3::_val(ctx);
  a.noun = {};
  a.base = {};
  a.nth = {};
};
auto const set_approximate = [](auto& ctx) { x3::_val(ctx).approximate = x3::_attr(ctx) != ast::bound::exact; };

// A word up to a space or a mark that ends a phrase; a full stop inside a word stays ("U.S.").
auto const phrase_word = +(x3::char_ - x3::char_(" ,;:!?()\"") - (x3::lit('.') >> !x3::alnum));
// The same without apostrophes, for the words before a possessive "'s".
auto const owner_word = +(x3::char_ - x3::char_(" ,;:!?()\"'") - (x3::lit('.') >> !x3::alnum));

// "diplomatic ties", "treaty": lower-case words of a noun phrase, not a number ("two countries"),
// each a whole word of the phrase ("bridge's" is no noun of the phrase, "treaty" of "treaty's" is
// one of the owner).
auto const noun_words =
    capture[!lexicon_phrase(&lexicon::number_words) >> counted_word >> x3::repeat(0, 2)[ws >> counted_word]];

auto const phrase_item = grammar::date()[take_date] | (noun_words >> !phrase_word)[take_noun] | phrase_word;
auto const owner_item = grammar::date()[take_date] | (noun_words >> !owner_word)[take_noun] | owner_word;

// "the 1965 treaty that normalised relations", "they normalised relations in 1965"
auto const event_phrase = phrase_item >> x3::repeat(0, 11)[ws >> phrase_item];

// "the treaty's ", "the two countries' ", "the 1965 treaty's ": at most three words besides "the",
// none a function word ("prepared for the treaty's" is owned by "the treaty" alone). The shape is
// checked first without actions, so that a failed try leaves nothing behind.
auto const possessive = (x3::lit("'s") | x3::lit('\'')) >> ws;
auto const plain_owner_word = !lexicon_phrase(&lexicon::function_words) >> owner_word;
auto const owner_shape =
    -(kw("the") >> ws) >> x3::repeat(0, 2)[plain_owner_word >> ws] >> plain_owner_word >> possessive;
auto const owner = &owner_shape >> x3::repeat(0, 3)[owner_item >> ws] >> owner_item >> possessive;

// "60th anniversary of the 1965 treaty", "the treaty's 60th anniversary", "its 60th anniversary in
// 2025": a date right after the word is when it falls.
auto const nth_form = -owner >> grammar::ordinal()[set(&ast::anniversary::nth)] >> ws >> kw("anniversary") >>
                      -(ws >> kw("of") >> ws >> event_phrase | ws >> grammar::date()[set_when]);

// "60 years since the two countries established ties in 1965", "nearly six decades since 1965"
auto const since_form = -grammar::bound()[set_approximate] >> grammar::duration()[set(&ast::anniversary::years)] >>
                        ws >> &kw("since") >> event_phrase;

// "This year marks ", "Last year's ": a date and at most three lower-case words before the
// anniversary itself, none of them its first word.
auto const core_start = grammar::ordinal() | grammar::bound() | grammar::duration();
auto const lead_word = !core_start >> &x3::ascii::lower >> +(x3::char_ - x3::char_(" ,;:!?()\"'"));
auto const lead = grammar::date()[set_when] >> (x3::lit("'s") >> ws | ws >> x3::repeat(1, 3)[lead_word >> ws]);

auto const anniversary_def =
    x3::eps[reset] >>
    capture[(lead | x3::eps[clear_when]) >> (nth_form | x3::eps[clear_event] >> since_form)][set(&ast::anniversary::span)];

BOOST_SPIRIT_DEFINE(anniversary)

}  // namespace parsers

}  // namespace claimcheck::grammar
