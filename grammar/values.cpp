#include "grammar/values.hpp"

#include "grammar/config.hpp"
#include "grammar/date.hpp"
#include "grammar/money.hpp"
#include "grammar/number.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/text_classes.hpp"

namespace claimcheck::ast {

text_span span_of(value const& v) {
  return std::visit([](auto const& x) { return x.span; }, v);
}

}  // namespace claimcheck::ast

namespace claimcheck::grammar {

namespace {

// Tries one rule at `at`; on success appends its value and returns where it ended.
template <typename Attribute, typename Rule>
char const* try_rule(Rule const& rule, char const* at, char const* end, context_type const& context,
                     std::vector<ast::value>& out) {
  Attribute attribute{};
  char const* it = at;
  if (!rule.parse(it, end, context, x3::unused, attribute) || it == at) return nullptr;
  out.emplace_back(std::move(attribute));
  return it;
}

bool starts_word(char const* at, char const* begin) {
  if (at == begin) return true;
  unsigned char const before = static_cast<unsigned char>(at[-1]);
  // "$8.47" and "(€1bn" start where a symbol or bracket does; "03/2026" of "12/03/2026" does not.
  bool const after_digit_slash = before == '/' && at - begin >= 2 && at[-2] >= '0' && at[-2] <= '9';
  return !is_word_byte(before) && before != '.' && before != ',' && !after_digit_slash;
}

}  // namespace

void parse_values(std::string_view sentence, lexicon const& lex, std::vector<ast::value>& out) {
  context_type const context(lex);
  char const* const begin = sentence.data();
  char const* const end = begin + sentence.size();
  char const* at = begin;
  while (at < end) {
    if (*at == ' ' || !starts_word(at, begin)) {
      ++at;
      continue;
    }
    // Dates first (a year is also a number), then what a number may be part of.
    char const* next = try_rule<ast::date>(date(), at, end, context, out);
    if (next == nullptr) next = try_rule<ast::money_phrase>(money_phrase(), at, end, context, out);
    if (next == nullptr) next = try_rule<ast::duration>(duration(), at, end, context, out);
    if (next == nullptr) next = try_rule<ast::ordinal>(ordinal(), at, end, context, out);
    // "No. 10", "COVID-19", "A320": the quantity rule cannot look behind itself, this can.
    if (next == nullptr && number_may_start(sentence, static_cast<std::size_t>(at - begin), lex))
      next = try_rule<ast::quantity>(quantity(), at, end, context, out);
    at = next != nullptr ? next : at + 1;
  }
}

}  // namespace claimcheck::grammar
