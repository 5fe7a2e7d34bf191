#pragma once
// Included only by count.cpp.
#include "grammar/actions.hpp"
#include "grammar/count.hpp"
#include "grammar/date.hpp"
#include "grammar/number.hpp"
#include "grammar/primitives.hpp"

namespace claimcheck::grammar {

namespace parsers {

using namespace actions;

count_type const count = "count";

/// A lower-case word of the counted noun phrase: not a function word, not a past-tense verb.
struct counted_word_parser : x3::parser<counted_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    std::size_t const length = lower_word_length(first, last);
    if (length == 0) return false;
    std::string_view const word(first, length);
    lexicon const& lex = x3::get<lexicon_tag>(context);
    if (lex.function_words.find(word) || past_tense(word) || lex.count_verbs.find(word)) return false;
    first += static_cast<std::ptrdiff_t>(length);
    return true;
  }
};

/// A verb saying what befell the counted: "destroyed", "walked out", "fled".
struct event_verb_parser : x3::parser<event_verb_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    lexicon const& lex = x3::get<lexicon_tag>(context);
    if (auto const listed = lex.count_verbs.match(std::string_view(first, static_cast<std::size_t>(last - first)))) {
      first += static_cast<std::ptrdiff_t>(listed->length);
      return true;
    }
    std::size_t const length = lower_word_length(first, last);
    if (length == 0 || !past_tense(std::string_view(first, length))) return false;
    first += static_cast<std::ptrdiff_t>(length);
    return true;
  }
};

inline constexpr counted_word_parser counted_word{};
inline constexpr event_verb_parser event_verb{};

// "nurses and midwives", "homes", "square kilometres": two words at most, since a third is more
// often a verb the grammar cannot tell from a noun ("two airlines together employ").
auto const counted_phrase = counted_word >> -(ws >> (kw("and") >> ws >> counted_word | counted_word));
auto const auxiliary = (kw("were") | kw("was") | kw("have been") | kw("had been") | kw("have") | kw("had") |
                        kw("are") | kw("is")) >> ws;
auto const particle = ws >> (kw("out") | kw("off") | kw("away") | kw("down") | kw("up"));

auto const set_amount = set(&ast::count::amount);
auto const set_counted = set(&ast::count::counted);
auto const set_event = set(&ast::count::event);

auto const count_when = -x3::lit(',') >> ws >> (kw("on") | kw("by")) >> ws >> grammar::date()[set(&ast::count::when)];

// "About 41,000 nurses and midwives walked out on Tuesday", "64 homes were destroyed", "173 aircraft"
auto const number_first = grammar::quantity()[set_amount] >> ws >> capture[counted_phrase][set_counted] >>
                          -(ws >> -auxiliary >> capture[event_verb >> -particle][set_event] >> -count_when);

// "the fire destroyed 64 homes", "killed at least 2,100 people"
auto const verb_first = capture[event_verb][set_event] >> ws >> grammar::quantity()[set_amount] >> ws >>
                        capture[counted_phrase][set_counted] >> -count_when;

auto const count_def = capture[x3::eps[reset] >> verb_first | x3::eps[reset] >> number_first][set(&ast::count::span)];

BOOST_SPIRIT_DEFINE(count)

}  // namespace parsers

}  // namespace claimcheck::grammar
