#include "grammar/parse.hpp"

#include "grammar/config.hpp"
#include "grammar/count.hpp"
#include "grammar/deal.hpp"
#include "grammar/first_since.hpp"
#include "grammar/happening.hpp"
#include "grammar/event.hpp"
#include "grammar/person.hpp"
#include "grammar/text_classes.hpp"

namespace claimcheck::grammar {

namespace {

template <typename Rule, typename Attribute>
bool parse_at(Rule const& rule, char const*& first, char const* last, context_type const& context, Attribute& out) {
  char const* it = first;
  if (!rule.parse(it, last, context, x3::unused, out)) return false;
  first = it;
  return true;
}

}  // namespace

void parse_sentence(std::string_view sentence, lexicon const& lex, ast::sentence_parse& out) {
  context_type const context(lex);
  char const* const begin = sentence.data();
  char const* const end = begin + sentence.size();
  // Each kind of finding is searched for on its own, and a match is not searched again inside
  // itself: "South Korean Defence Minister Lee" is one person, not also "Defence Minister Lee".
  char const* people_from = begin;
  char const* events_from = begin;
  char const* counts_from = begin;
  char const* occurrences_from = begin;
  char const* prices_from = begin;
  char const* firsts_from = begin;
  for (char const* at = begin; at < end; ++at) {
    bool const word_start = at == begin || (at[-1] == ' ' || at[-1] == '(' || at[-1] == '"' || at[-1] == '\'');
    if (!word_start || *at == ' ') continue;
    if (at >= events_from) {
      char const* it = at;
      ast::meeting m;
      ast::visit v;
      if (parse_at(meeting(), it, end, context, m)) {
        out.meetings.push_back(m);
        events_from = it;
      } else if (parse_at(visit(), it, end, context, v)) {
        out.visits.push_back(v);
        events_from = it;
      }
    }
    if (at >= firsts_from) {
      char const* it = at;
      ast::first_since f;
      if (parse_at(first_since(), it, end, context, f)) {
        out.firsts.push_back(f);
        firsts_from = it;
      }
    }
    if (at >= prices_from) {
      char const* it = at;
      ast::price p;
      if (parse_at(price(), it, end, context, p)) {
        out.prices.push_back(p);
        prices_from = it;
      }
    }
    if (at >= occurrences_from) {
      char const* it = at;
      ast::occurrence o;
      if (parse_at(occurrence(), it, end, context, o)) {
        out.occurrences.push_back(o);
        occurrences_from = it;
      }
    }
    if (at >= counts_from) {
      char const* it = at;
      ast::count n;
      if (parse_at(count(), it, end, context, n)) {
        out.counts.push_back(n);
        counts_from = it;
      }
    }
    if (at >= people_from) {
      char const* it = at;
      ast::person p;
      if (parse_at(person(), it, end, context, p)) {
        out.people.push_back(p);
        people_from = it;
      }
    }
  }
}

}  // namespace claimcheck::grammar
