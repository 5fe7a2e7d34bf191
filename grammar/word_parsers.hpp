#pragma once
/// Lower-case words by their role in a clause, for the grammars of counts and happenings: the
/// nouns of what is counted, and the verbs of what befell it.
#include "grammar/config.hpp"
#include "grammar/text_classes.hpp"

namespace claimcheck::grammar::parsers {

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

}  // namespace claimcheck::grammar::parsers
