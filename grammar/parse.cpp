#include "grammar/parse.hpp"

#include "grammar/anniversary.hpp"
#include "grammar/config.hpp"
#include "grammar/conversion.hpp"
#include "grammar/count.hpp"
#include "grammar/deal.hpp"
#include "grammar/first_since.hpp"
#include "grammar/vote.hpp"
#include "grammar/happening.hpp"
#include "grammar/event.hpp"
#include "grammar/person.hpp"
#include "grammar/sum.hpp"
#include "grammar/term.hpp"
#include "grammar/text_classes.hpp"

namespace claimcheck::grammar {

namespace {

// One kind of finding searched for word by word, never again inside a match of its own: "South
// Korean Defence Minister Lee" is one person, not also "Defence Minister Lee".
template <typename Rule, typename Attribute>
class finder {
 public:
  finder(Rule const& rule, std::vector<Attribute>& found, char const* begin) : rule_(rule), found_(found), from_(begin) {}

  /// Tries the rule at `at`; true when it matched.
  bool try_at(char const* at, char const* end, context_type const& context) {
    if (at < from_) return false;
    Attribute attribute{};
    char const* it = at;
    if (!rule_.parse(it, end, context, x3::unused, attribute)) return false;
    found_.push_back(std::move(attribute));
    from_ = it;
    return true;
  }

  /// Skips ahead past a match found by another finder of the same family.
  void skip_to(char const* to) { from_ = to; }
  char const* next() const { return from_; }

 private:
  Rule const& rule_;
  std::vector<Attribute>& found_;
  char const* from_;
};

template <typename Rule, typename Attribute>
finder<Rule, Attribute> find_into(Rule const& rule, std::vector<Attribute>& found, char const* begin) {
  return finder<Rule, Attribute>(rule, found, begin);
}

bool word_start(char const* at, char const* begin) {
  return at == begin || at[-1] == ' ' || at[-1] == '(' || at[-1] == '"' || at[-1] == '\'';
}

}  // namespace

void parse_sentence(std::string_view sentence, lexicon const& lex, ast::sentence_parse& out) {
  context_type const context(lex);
  char const* const begin = sentence.data();
  char const* const end = begin + sentence.size();
  auto meetings = find_into(meeting(), out.meetings, begin);
  auto visits = find_into(visit(), out.visits, begin);
  auto firsts = find_into(first_since(), out.firsts, begin);
  auto prices = find_into(price(), out.prices, begin);
  auto occurrences = find_into(occurrence(), out.occurrences, begin);
  auto counts = find_into(count(), out.counts, begin);
  auto people = find_into(person(), out.people, begin);
  auto votes = find_into(vote_share(), out.votes, begin);
  auto terms = find_into(term(), out.terms, begin);
  auto sums = find_into(sum(), out.sums, begin);
  auto anniversaries = find_into(anniversary(), out.anniversaries, begin);
  auto conversions = find_into(conversion(), out.conversions, begin);
  for (char const* at = begin; at < end; ++at) {
    if (*at == ' ' || !word_start(at, begin)) continue;
    // A meeting and a visit are one family: a clause is one or the other.
    if (meetings.try_at(at, end, context)) {
      visits.skip_to(meetings.next());
    } else if (visits.try_at(at, end, context)) {
      meetings.skip_to(visits.next());
    }
    firsts.try_at(at, end, context);
    prices.try_at(at, end, context);
    occurrences.try_at(at, end, context);
    counts.try_at(at, end, context);
    people.try_at(at, end, context);
    votes.try_at(at, end, context);
    terms.try_at(at, end, context);
    sums.try_at(at, end, context);
    anniversaries.try_at(at, end, context);
    conversions.try_at(at, end, context);
  }
}

}  // namespace claimcheck::grammar
