#pragma once
/// What the grammar recognises in one normalised sentence: spans of text with their structure.
/// Meaning (which office, which country, which year) is given to them later, when claims are
/// lowered (src/claims/lower.cpp), so that the grammar stays a grammar.
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::ast {

/// A range of the normalised sentence text.
struct text_span {
  char const* first = nullptr;
  char const* last = nullptr;

  bool empty() const { return first == last; }
  std::string_view view() const { return {first, static_cast<std::size_t>(last - first)}; }
};

/// A title and what qualifies it: "former South Korean Defence Minister", "Japan's prime minister",
/// "the FINM's general secretary", "Minister for Health of Ireland".
struct role {
  text_span jurisdiction;  ///< "South Korean", "Japan", "the FINM" (possessive 's left out)
  text_span modifier;      ///< "former", "then", "incoming"
  text_span title;         ///< "Defence Minister"
};

/// A person as mentioned: a name, perhaps with a role; or a pronoun standing for someone named
/// earlier ("he held talks with...").
struct person {
  text_span span;  ///< the whole mention
  text_span name;
  role title;
  bool pronoun = false;
};

/// A date, a range of dates or a weekday as written; 0 where the text says nothing.
struct date {
  text_span span;
  int start_day = 0, start_month = 0, start_year = 0;
  int end_day = 0, end_month = 0, end_year = 0;
  int weekday = 0;  ///< 1 = Monday; only when no calendar date is given
  /// "yesterday" (day, -1), "last month" (month, -1), "next week" (week, +1), "this year" (year, 0);
  /// unit 0 when the date is not relative. Resolved against the document date, never guessed.
  int relative_unit = 0;  ///< 1 day, 2 week, 3 month, 4 year
  int relative_offset = 0;
  int part = 0;           ///< 1 early, 2 mid, 3 late ("mid-2015", "late August")
  bool since = false;     ///< "since 1965": from this date on, open-ended
  /// "Friday next week": the weekday inside the week counted (unit 2), not the next such day.
  bool weekday_in_week = false;
  /// The end of a range counted from the document's date, as relative_unit, relative_offset and
  /// weekday are for its start: "from today to tomorrow", "today - next Friday", "Tuesday to
  /// Thursday". All 0 when the end is a calendar date or there is no range.
  int end_relative_unit = 0, end_relative_offset = 0, end_weekday = 0;
  /// "8/10/2012": two numbers that could be day and month either way round, as written (8, 10).
  /// start_day and start_month stay 0; the resolver reads these by the numeric date order it is
  /// given, and by default not at all.
  int unordered_first = 0, unordered_second = 0;
};

/// "ten years", "a decade", "18 months", "two and a half years", "a fortnight"
struct duration {
  text_span span;
  double amount = 0;
  std::uint32_t unit = 0;  ///< index into lexicon::duration_units_info
};

/// How a stated number relates to the true one: "at least 2,100", "more than 2,000", "nearly 60".
enum class bound : std::uint8_t { exact, at_least, more_than, at_most, less_than, about };

/// A number as written: "2,100", "8.47", "one billion", "two hundred and fifty", "1.2bn",
/// "tens of thousands" (a range: low..high), "52.3%" (percent).
struct quantity {
  text_span span;
  double value = 0;
  double high = 0;        ///< upper end when the text gives a range ("tens of thousands"), else = value
  bound qualifier = bound::exact;
  bool percent = false;   ///< "52.3%", "nearly 60 percent"
  /// "3 percentage points", "2.5pp": a change of a percentage, in points of it; not a share.
  bool points = false;
};

/// An amount of money: "$8.47 million", "one billion yen", "¥1bn", "US$1.53 billion", "€410 million".
struct money {
  text_span span;
  quantity amount;
  std::uint32_t currency = 0;  ///< index into lexicon::currencies
};

/// "one billion yen ($8.47 million)": an amount and the equivalent the text gives for it.
struct money_phrase {
  text_span span;
  money primary;
  money equivalent;
  bool has_equivalent = false;
};

/// "first", "60th", "third-largest": an ordinal number as written.
struct ordinal {
  text_span span;
  int value = 0;
};

/// "X met (with) his South Korean counterpart Y", "talks between X and Y", "X hosted Y".
struct meeting {
  text_span span;
  person subject;
  person other;
  text_span counterpart;               ///< "counterpart" when the text says so
  text_span counterpart_jurisdiction;  ///< "South Korean" in "his South Korean counterpart"
  text_span place;
  date when;
};

/// "X is visiting Japan on August 23-24", "X's visit to Lisbon on 29 September", "the first visit by
/// a Japanese defence minister in ten years".
struct visit {
  text_span span;
  person visitor;
  text_span place;
  date when;
  text_span ordinal;  ///< "first"
  duration since;     ///< "in ten years"
};

/// "About 37,000 teachers and lecturers walked out", "52 homes were destroyed", "the fire destroyed
/// 52 homes", "a combined fleet of 210 buses": how many of something, and what happened to them.
struct count {
  text_span span;
  quantity amount;
  text_span counted;  ///< "teachers and lecturers", "homes", "aircraft"
  text_span event;    ///< "walked out", "destroyed"; empty when the text says no verb
  date when;          ///< "on Tuesday", when the sentence dates the count
};

/// "The fire broke out on Saturday", "It started in the municipality of X", "The summit runs Nov.
/// 16-17": when or where an event began or took place.
struct occurrence {
  text_span span;
  text_span what;     ///< "fire", "summit"; empty for "it"
  bool pronoun = false;
  text_span verb;     ///< "broke out", "runs"
  bool start = false; ///< a start verb (began) rather than an occurrence verb (took place)
  bool located = false; ///< where it is ("its epicentre was near X"), not when it happened
  date when;
  text_span place;
};

/// "Halden will pay C$9.20 for each Marlow Foods share", "Halden is offering C$9.60 a
/// share", "Musk agreed to buy Twitter for $44 billion": what someone pays, and for what.
struct price {
  text_span span;
  text_span payer;   ///< "Halden"
  text_span target;  ///< "Twitter"; empty for a price per unit
  text_span unit;    ///< "share"; empty for a whole purchase
  money_phrase amount;
};

/// "the first visit by a Japanese defence minister in ten years", "the first time Latvia has
/// hosted the leaders since 2016": the first of something for a stated time.
struct first_since {
  text_span span;
  text_span ordinal;  ///< "first"
  text_span noun;     ///< "visit", "time", "summit"
  duration in;        ///< "in ten years", "for a decade"
  date since;         ///< "since 2016"
};

/// "the 60th anniversary of the 1965 treaty", "the treaty's 60th anniversary", "60 years since the
/// two countries established ties in 1965": a whole number of years counted from a base date.
struct anniversary {
  text_span span;
  ordinal nth;                ///< "60th"; empty in the "N years since" form
  duration years;             ///< "60 years", "six decades"; empty in the ordinal form
  bool approximate = false;   ///< "nearly 60 years since": not a count to check
  text_span noun;             ///< "treaty", "ties": the words naming what is counted from
  date base;                  ///< "1965": the first year of the event phrase
  date when;                  ///< "this year", "in 2025": when the text says the anniversary falls
};

/// "with 91.6 percent voting in favour", "81.6 percent of those who voted backed strike action",
/// "the Greens won 12.4% of the vote": a share of a vote, and whom or what it went to.
struct vote_share {
  text_span span;
  quantity share;
  text_span winner;  ///< "the Greens"; empty when the share is the yes side of a ballot
};

/// Everything found in one sentence.
/// How long something is promised, imposed or agreed for: "keep the head office for at least five
/// years", "was jailed for six years", "sentenced to six years", "a five-year contract".
struct term {
  text_span span;
  text_span verb;    ///< "keep", "jailed", "sentenced to"; empty for the noun form
  text_span object;  ///< "the brand and its head office"; empty when the verb has none
  text_span noun;    ///< "contract" in "a five-year contract"; empty for the verb form
  bound qualifier = bound::exact;
  duration length;
  text_span written;  ///< the length with its bound: "at least five years"
};

/// A sum named by what it is: "a fixed fee of €42 million", "the fine was 450 million forints",
/// "a premium of 38 per cent", "a crowd of 44,180".
struct sum {
  text_span span;
  text_span noun;        ///< "fixed fee", "premium": the words before "of" or the verb
  money_phrase money;    ///< set when the sum is money
  quantity share;        ///< set when the sum is a percentage or a plain number
  bool is_money = false;
};

struct sentence_parse {
  std::vector<person> people;
  std::vector<meeting> meetings;
  std::vector<visit> visits;
  std::vector<count> counts;
  std::vector<occurrence> occurrences;
  std::vector<price> prices;
  std::vector<first_since> firsts;
  std::vector<vote_share> votes;
  std::vector<term> terms;
  std::vector<sum> sums;
  std::vector<anniversary> anniversaries;
  std::vector<money_phrase> conversions;  ///< amounts given with their equivalent in another currency
  /// Whether the sentence gave the grammar nothing: the next passes can skip it.
  bool empty() const {
    return people.empty() && meetings.empty() && visits.empty() && counts.empty() && occurrences.empty() &&
           prices.empty() && firsts.empty() && votes.empty() && terms.empty() && sums.empty() &&
           anniversaries.empty() && conversions.empty();
  }
  void clear() {
    conversions.clear();
    anniversaries.clear();
    sums.clear();
    terms.clear();
    votes.clear();
    firsts.clear();
    prices.clear();
    occurrences.clear();
    people.clear();
    meetings.clear();
    visits.clear();
    counts.clear();
  }
};

}  // namespace claimcheck::ast
