#pragma once
/// The small parsers every grammar file builds on: capturing a span, looking a phrase up in the
/// lexicon, recognising a word that can be part of a name, and keywords that end at a word edge.
#include "grammar/ast.hpp"
#include "grammar/config.hpp"
#include "grammar/text_classes.hpp"

namespace claimcheck::grammar {

/// capture[p]: parses p and yields the text it consumed as an ast::text_span.
template <typename Subject>
struct capture_directive : x3::unary_parser<Subject, capture_directive<Subject>> {
  using base_type = x3::unary_parser<Subject, capture_directive<Subject>>;
  using attribute_type = ast::text_span;
  static bool const has_attribute = true;
  constexpr capture_directive(Subject const& subject) : base_type(subject) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext& rcontext,
             Attribute& attr) const {
    Iterator const start = first;
    if (!this->subject.parse(first, last, context, rcontext, x3::unused)) return false;
    x3::traits::move_to(ast::text_span{start, first}, attr);
    return true;
  }
};

struct capture_gen {
  template <typename Subject>
  constexpr capture_directive<typename x3::extension::as_parser<Subject>::value_type> operator[](
      Subject const& subject) const {
    return {x3::as_parser(subject)};
  }
};
inline constexpr capture_gen capture{};

/// lexicon_phrase(&lexicon::titles): the longest phrase of that table at this point, ending at a
/// word edge; yields the phrase's id.
struct lexicon_phrase : x3::parser<lexicon_phrase> {
  using attribute_type = std::uint32_t;
  static bool const has_attribute = true;
  phrase_table lexicon::*table;
  constexpr explicit lexicon_phrase(phrase_table lexicon::*t) : table(t) {}

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute& attr) const {
    lexicon const& lex = x3::get<lexicon_tag>(context);
    auto const found = (lex.*table).match(std::string_view(first, static_cast<std::size_t>(last - first)));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    x3::traits::move_to(found->id, attr);
    return true;
  }
};

/// A word that can be part of a person's or place's name: starts with a capital letter, goes on
/// with letters, inner hyphens ("Jean-Paul") and apostrophes ("O'Brien", but not a possessive
/// "'s"); a short word may keep a full stop ("Gen.", "J.") when another name word follows. Words of
/// the lexicon that are never names (pronouns, titles, months) are refused.
struct name_word_parser : x3::parser<name_word_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    std::string_view const rest(first, static_cast<std::size_t>(last - first));
    std::size_t const length = name_word_length(rest, x3::get<lexicon_tag>(context));
    if (length == 0) return false;
    first += static_cast<std::ptrdiff_t>(length);
    return true;
  }
};
inline constexpr name_word_parser name_word{};

/// A lower-case word joining the parts of a name: "van", "de", "bin".
struct name_particle_parser : x3::parser<name_particle_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&, Attribute&) const {
    if (first == last || !is_ascii_lower(*first)) return false;
    auto const found = x3::get<lexicon_tag>(context).name_particles.match(
        std::string_view(first, static_cast<std::size_t>(last - first)));
    if (!found) return false;
    first += static_cast<std::ptrdiff_t>(found->length);
    return true;
  }
};
inline constexpr name_particle_parser name_particle{};

/// Succeeds, consuming nothing, where no letter or digit follows: the end of a word.
struct word_end_parser : x3::parser<word_end_parser> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  template <typename Iterator, typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, Iterator const& last, Context const&, RContext&, Attribute&) const {
    return first == last || !is_word_byte(static_cast<unsigned char>(*first));
  }
};
inline constexpr word_end_parser word_end{};

/// kw("met"): the word, in any case, ending at a word edge.
inline auto kw(char const* word) { return x3::no_case[x3::lit(word)] >> word_end; }

/// The single space between words of normalised text.
inline constexpr auto ws = x3::lit(' ');

}  // namespace claimcheck::grammar
