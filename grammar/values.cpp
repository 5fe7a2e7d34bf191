#include "grammar/values.hpp"

#include "grammar/config.hpp"
#include "grammar/date.hpp"
#include "grammar/money.hpp"
#include "grammar/number.hpp"
#include "grammar/ordinal.hpp"
#include "grammar/primitives.hpp"
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

// "3 percentage points", "2.5pp", "1.5 ppt": a change of a percentage, in points of it. "points"
// alone stays a number (index, match and exam points are points too).
auto const points_unit = x3::no_case[x3::lit("percentage points") | x3::lit("percentage point") |
                                     x3::lit("percentage-points") | x3::lit("percentage-point") | x3::lit("ppts") |
                                     x3::lit("ppt") | x3::lit("pp")] >>
                         word_end;

// The quantity just read ends at `it`: when the unit of percentage points follows, spaced or
// hyphened ("a 3-percentage-point lead"), the value is one of them. Returns where it ends.
char const* read_points(ast::quantity& q, char const* it, char const* end) {
  char const* after = it != end && (*it == ' ' || *it == '-') ? it + 1 : it;
  if (q.percent || !x3::parse(after, end, points_unit)) return it;
  q.points = true;
  q.span.last = after;
  return after;
}

// Whether a digit is glued to "pp" anywhere in the sentence ("2.5pp", "4ppts"): only then is
// glued_points worth its lookups at each word.
bool has_glued_points(std::string_view sentence) {
  auto const p = [](char c) { return c == 'p' || c == 'P'; };
  for (std::size_t i = 0; i + 2 < sentence.size(); ++i)
    if (sentence[i] >= '0' && sentence[i] <= '9' && p(sentence[i + 1]) && p(sentence[i + 2])) return true;
  return false;
}

// "2.5pp", "nearly 2pp": the quantity rule wants a word to end after the number; a unit of
// percentage points glued to it is read here.
char const* glued_points(char const* at, char const* end, context_type const& context, std::vector<ast::value>& out) {
  ast::bound qualifier = ast::bound::exact;
  char const* it = at;
  if (!bound().parse(it, end, context, x3::unused, qualifier)) it = at;
  ast::quantity q;
  if (!amount().parse(it, end, context, x3::unused, q) || !x3::parse(it, end, points_unit)) return nullptr;
  q.qualifier = qualifier;
  q.points = true;
  q.span = {at, it};
  out.emplace_back(q);
  return it;
}

}  // namespace

void parse_values(std::string_view sentence, lexicon const& lex, std::vector<ast::value>& out) {
  context_type const context(lex);
  char const* const begin = sentence.data();
  char const* const end = begin + sentence.size();
  char const* at = begin;
  bool const glued = has_glued_points(sentence);
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
    if (next == nullptr && number_may_start(sentence, static_cast<std::size_t>(at - begin), lex)) {
      next = try_rule<ast::quantity>(quantity(), at, end, context, out);
      if (next != nullptr)
        next = read_points(std::get<ast::quantity>(out.back()), next, end);
      else if (glued)
        next = glued_points(at, end, context, out);
    }
    at = next != nullptr ? next : at + 1;
  }
}

}  // namespace claimcheck::grammar
