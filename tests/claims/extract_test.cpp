// From document text to typed claims: offices, counterparts, surnames, pronouns, dates.
#include <catch2/catch.hpp>

#include "extract_fixture.hpp"
#include "claims/cross_source.hpp"
#include "pipeline/extract.hpp"

namespace {

using namespace claimcheck;

using namespace claimcheck::testing;

std::string key(claim const& c, field_id id) {
  field const* f = c.find(id);
  return f ? comparison_key(f->value) : std::string("-");
}

}  // namespace

TEST_CASE("claims: an office holder with office id, country and provenance", "[claims]") {
  auto const e = extract("Officials said South Korean Defence Minister Lee Jong-sup arrived.");
  auto const holders = of_kind(e, claim_kind::office_holder);
  REQUIRE(holders.size() == 1);
  claim const& c = *holders.front();
  CHECK(value(c, field_id::person) == "Lee Jong-sup");
  CHECK(key(c, field_id::office) == "minister:defence");
  CHECK(key(c, field_id::jurisdiction) == "KR");
  source_file const& file = e.store[c.source];
  CHECK(file.text().substr(c.span.begin, c.span.end - c.span.begin) == "South Korean Defence Minister Lee Jong-sup");
  CHECK(file.locate(c.span.begin) == line_column{1, 16});
}

TEST_CASE("claims: past and non-unique offices make no office-holder claim", "[claims]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "He met then Defence Minister Han Min-koo in Seoul.",
                                 "Former Prime Minister Shinzo Abe sent him.",
                                 "Senator Maria Lopez objected.");
  CAPTURE(sentence);
  CHECK(of_kind(extract(sentence), claim_kind::office_holder).empty());
}

TEST_CASE("claims: a year the sentence states is the time of its claims", "[claims]") {
  auto const e = extract("In 2015, Prime Minister Shinzo Abe sent him to Seoul.", "2025-09-09");
  auto const holders = of_kind(e, claim_kind::office_holder);
  REQUIRE(holders.size() == 1);
  REQUIRE(holders.front()->time);
  CHECK(holders.front()->time->iso() == "2015");
  CHECK(holders.front()->time_from_text);
  auto const now = extract("Prime Minister Shigeru Ishiba said so.", "2025-09-09");
  REQUIRE(of_kind(now, claim_kind::office_holder).front()->time);
  CHECK(of_kind(now, claim_kind::office_holder).front()->time->iso() == "2025-09-09");
}

TEST_CASE("claims: a counterpart holds the subject's office in the other country", "[claims]") {
  auto const e = extract(
      "Japan's Defence Minister Gen Nakatani met his South Korean counterpart Ahn Gyu-back in Seoul on Monday.",
      "2025-09-09");
  auto const holders = of_kind(e, claim_kind::office_holder);
  REQUIRE(holders.size() == 2);
  CHECK(value(*holders[0], field_id::person) == "Gen Nakatani");
  CHECK(key(*holders[0], field_id::jurisdiction) == "JP");
  CHECK(value(*holders[1], field_id::person) == "Ahn Gyu-back");
  CHECK(key(*holders[1], field_id::office) == "minister:defence");
  CHECK(key(*holders[1], field_id::jurisdiction) == "KR");
  auto const meetings = of_kind(e, claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(value(*meetings[0], field_id::role) == "counterpart");
  CHECK(value(*meetings[0], field_id::place) == "Seoul");
  CHECK(value(*meetings[0], field_id::date) == "2025-09-08");  // the Monday before a Tuesday
}

TEST_CASE("claims: a surname alone is the one full name of the document that has it", "[claims]") {
  auto const e = extract(
      "Prime Minister Shigeru Ishiba spoke first. Later, Ishiba hosted President Lee Jae-myung at his residence.");
  auto const meetings = of_kind(e, claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(value(*meetings[0], field_id::subject) == "Ishiba");
  CHECK(key(*meetings[0], field_id::subject) == "shigeruishiba");
  CHECK(key(*meetings[0], field_id::counterpart) == "leejaemyung");
}

TEST_CASE("claims: a surname two people share stays unbound", "[claims]") {
  auto const e = extract(
      "President Lee Jae-myung sent South Korean Defence Minister Lee Jong-sup ahead. Lee met Kim Min-ji on Friday.");
  auto const meetings = of_kind(e, claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(key(*meetings[0], field_id::subject) == "lee");
}

TEST_CASE("claims: a pronoun subject is the first person of the sentence before", "[claims]") {
  auto const e = extract(
      "Latvian Prime Minister Karlis Ozolins opened the summit. He held talks with Norway's prime minister, Eirik Solvang.");
  auto const meetings = of_kind(e, claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(value(*meetings[0], field_id::subject) == "Karlis Ozolins");
  CHECK(value(*meetings[0], field_id::counterpart) == "Eirik Solvang");
}

namespace {

struct date_case {
  std::string document_date;
  std::string phrase;
  std::string expected;
};

}  // namespace

TEST_CASE("claims: visit dates are resolved against the document date, never guessed", "[claims]") {
  auto const c = GENERATE(values<date_case>({
      {"2025-09-09", "on Aug. 23-24", "2025-08-23/2025-08-24"},
      {"2025-09-09", "on August 23, 2025", "2025-08-23"},
      {"2026-01-05", "on Dec. 30", "2025-12-30"},
      {"2025-12-20", "from December 30 to January 2", "2025-12-30/2026-01-02"},
      {"", "on August 23-24", "XXXX-08-23/XXXX-08-24"},
      {"", "on 23 August 2025", "2025-08-23"},
      {"2025-09-09", "on Tuesday", "2025-09-09"},
      {"2025-09-09", "on Friday", "2025-09-05"},
      {"2025-09-09", "in September 2025", "-"},
  }));
  CAPTURE(c.phrase, c.document_date);
  auto const e = extract("Maria Lopez visited Chile " + c.phrase + ".", c.document_date);
  auto const visits = of_kind(e, claim_kind::visit);
  if (c.expected == "-") {
    CHECK(visits.empty());
  } else {
    REQUIRE(visits.size() == 1);
    CHECK(value(*visits[0], field_id::date) == c.expected);
  }
}

TEST_CASE("claims: an office holder's missing organisation comes from another source", "[claims]") {
  auto a = extract("Boreal Chief Executive Martin Ashdown said the deal made sense.");
  auto b = extract("Chief Executive Martin Ashdown told analysts the debt would fall.");
  std::vector<claim> all = a.claims;
  all.insert(all.end(), b.claims.begin(), b.claims.end());
  REQUIRE(all.size() == 2);
  CHECK(all[1].find(field_id::jurisdiction) == nullptr);
  complete_jurisdictions(all);
  REQUIRE(all[1].find(field_id::jurisdiction) != nullptr);
  CHECK(display(all[1].find(field_id::jurisdiction)->value) == "Boreal");
}

namespace {

struct count_case {
  std::string sentence;
  std::string amount;
  std::string counted;
  std::string event;
};

}  // namespace

TEST_CASE("claims: counts say how many of what, and what befell them", "[claims][count]") {
  auto const c = GENERATE(values<count_case>({
      {"About 41,000 nurses and midwives walked out on Tuesday.", "About 41,000", "nurse midwife", "walked out"},
      {"The fire destroyed 64 homes in two villages.", "64", "home", "destroyed"},
      {"At least 3,100 people have been evacuated.", "At least 3,100", "people", "evacuated"},
      {"The combined group will fly a fleet of 173 aircraft.", "173", "aircraft", "-"},
      {"Officials said 2,400 families fled.", "2,400", "family", "fled"},
  }));
  CAPTURE(c.sentence);
  auto const e = extract(c.sentence, "2026-03-11");
  auto const counts = of_kind(e, claim_kind::count);
  REQUIRE(counts.size() == 1);
  CHECK(value(*counts[0], field_id::amount) == c.amount);
  CHECK(value(*counts[0], field_id::counted) == c.counted);
  CHECK(value(*counts[0], field_id::event) == c.event);
}

TEST_CASE("claims: numbers that only look like counts", "[claims][count]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "The 1965 treaty still stands.",
                                 "The two ministries said little.",
                                 "Leaders of the Nordic-Baltic Eight summit met.",
                                 "Call 555-0199 for details.");
  CAPTURE(sentence);
  CHECK(of_kind(extract(sentence), claim_kind::count).empty());
}

TEST_CASE("claims: a bound is an interval of true values", "[claims][count]") {
  auto const a = extract("At least 2,100 people died.");
  auto const b = extract("More than 2,000 people died.");
  auto const c = extract("Some 1,800 people died.");
  auto amount = [](extracted const& e) { return of_kind(e, claim_kind::count).at(0)->find(field_id::amount)->value; };
  CHECK(values_compatible(amount(a), amount(b)));
  CHECK_FALSE(values_compatible(amount(a), amount(c)));
}

namespace {

struct happening_case {
  std::string text;
  std::string subject;
  std::string event;
  std::string date;
  std::string place;
};

}  // namespace

TEST_CASE("claims: when and where an event began or took place", "[claims][event]") {
  auto const c = GENERATE(values<happening_case>({
      {"The fire broke out on Saturday afternoon.", "fire", "started", "2026-08-08", "-"},
      {"The fire began on Friday 7 August in the hills.", "fire", "started", "2026-08-07", "-"},
      {"The blaze started in the municipality of Vilariño de Conso.", "blaze", "started", "-", "Vilariño de Conso"},
      {"The summit runs Nov. 16-17.", "summit", "was held", "2026-11-16/2026-11-17", "-"},
      {"The referendum took place on 3 May.", "referendum", "was held", "2026-05-03", "-"},
      {"The fire broke out on Saturday. It started in Chandrexa de Queixa.", "fire", "started", "2026-08-08", "-"},
  }));
  CAPTURE(c.text);
  auto const e = extract(c.text, "2026-08-09");
  auto const events = of_kind(e, claim_kind::event);
  REQUIRE(!events.empty());
  CHECK(value(*events[0], field_id::subject) == c.subject);
  CHECK(value(*events[0], field_id::event) == c.event);
  CHECK(value(*events[0], field_id::date) == c.date);
  CHECK(value(*events[0], field_id::place) == c.place);
}

TEST_CASE("claims: \"it\" is the event the document named before, or nothing", "[claims][event]") {
  auto const bound = extract("The fire broke out on Saturday. It started in Chandrexa de Queixa.", "2026-08-09");
  auto const events = of_kind(bound, claim_kind::event);
  REQUIRE(events.size() == 2);
  CHECK(value(*events[1], field_id::subject) == "fire");
  CHECK(value(*events[1], field_id::place) == "Chandrexa de Queixa");
  CHECK(of_kind(extract("It started in Chandrexa de Queixa.", "2026-08-09"), claim_kind::event).empty());
}

namespace {

struct price_case {
  std::string sentence;
  std::string payer;
  std::string target;
  std::string unit;
  std::string amount;
};

}  // namespace

TEST_CASE("claims: what a buyer pays, per unit or for the whole", "[claims][price]") {
  auto const c = GENERATE(values<price_case>({
      {"Boreal will pay C$14.50 for each Aero Laurentides share.", "Boreal", "-", "share", "C$14.50"},
      {"Boreal is offering C$15.40 a share in cash.", "Boreal", "-", "share", "C$15.40"},
      {"Northwind agreed to buy Tidewater for $44 billion.", "Northwind", "Tidewater", "-", "$44 billion"},
      {"Kestrel acquired Harbour Foods for €1.2bn last year.", "Kestrel", "Harbour Foods", "-", "€1.2bn"},
  }));
  CAPTURE(c.sentence);
  auto const e = extract(c.sentence, "2026-06-09");
  auto const prices = of_kind(e, claim_kind::price);
  REQUIRE(prices.size() == 1);
  CHECK(value(*prices[0], field_id::subject) == c.payer);
  CHECK(value(*prices[0], field_id::counterpart) == c.target);
  CHECK(value(*prices[0], field_id::counted) == c.unit);
  CHECK(value(*prices[0], field_id::amount) == c.amount);
}

TEST_CASE("claims: sums in different currencies are not set against each other", "[claims][price]") {
  auto const cad = extract("Boreal agreed to buy Aero Laurentides for C$2.1 billion.");
  auto const usd = extract("Boreal agreed to buy Aero Laurentides for US$1.53 billion.");
  auto const other = extract("Boreal agreed to buy Aero Laurentides for C$2.6 billion.");
  auto amount = [](extracted const& e) { return of_kind(e, claim_kind::price).at(0)->find(field_id::amount)->value; };
  CHECK(values_compatible(amount(cad), amount(usd)));
  CHECK_FALSE(values_compatible(amount(cad), amount(other)));
}

namespace {

struct first_case {
  std::string sentence;
  std::string noun;
  std::string countries;
  std::string since;
};

}  // namespace

TEST_CASE("claims: the first of something in a stated time, keyed by the countries named", "[claims][first]") {
  auto const c = GENERATE(values<first_case>({
      {"It was the first visit by a Japanese defence minister in ten years.", "visit", "JP", "P10Y"},
      {"It was the first NB8 summit hosted by Latvia in a decade.", "summit", "LV", "P10Y"},
      {"It is the first time Latvia has hosted the leaders since 2016.", "time", "LV", "P10Y"},
      {"It was the first Nordic-Baltic Eight summit in Latvia in seven years.", "summit", "LV", "P7Y"},
      {"It was the first joint statement by leaders of Japan and South Korea in 17 years.", "joint statement", "JP+KR",
       "P17Y"},
  }));
  CAPTURE(c.sentence);
  auto const e = extract(c.sentence, "2026-11-16");
  auto const firsts = of_kind(e, claim_kind::first_since);
  REQUIRE(firsts.size() == 1);
  CHECK(value(*firsts[0], field_id::counted) == c.noun);
  CHECK(value(*firsts[0], field_id::jurisdiction) == c.countries);
  CHECK(value(*firsts[0], field_id::duration) == c.since);
}

TEST_CASE("claims: a first without a country is keyed by its noun alone", "[claims][first]") {
  extracted const e = extract("It gave the club its first trophy in 23 years.");
  std::vector<claim const*> const firsts = of_kind(e, claim_kind::first_since);
  REQUIRE(firsts.size() == 1);
  CHECK(firsts[0]->find(field_id::jurisdiction) == nullptr);
  CHECK(display(firsts[0]->find(field_id::counted)->value) == "trophy");
  CHECK(display(firsts[0]->find(field_id::duration)->value) == "P23Y");
}

TEST_CASE("claims: no first-since claim without a country or a time", "[claims][first]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "It was the first time in ten years.",
                                 "The first visit by a Japanese minister was a success.",
                                 "It is the first time Latvia has hosted the leaders since 2016.");
  CAPTURE(sentence);
  // The last one has no document date to count "since 2016" from.
  CHECK(of_kind(extract(sentence), claim_kind::first_since).empty());
}

namespace {

struct vote_case {
  std::string sentence;
  std::string side;
  std::string share;
};

}  // namespace

TEST_CASE("claims: shares of a vote, by the side they went to", "[claims][vote]") {
  auto const c = GENERATE(values<vote_case>({
      {"The ballot closed with 91.6 percent voting in favour.", "in favour", "91.6 percent"},
      {"In all, 81.6 percent of those who voted had backed strike action.", "in favour", "81.6 percent"},
      {"Some 64% of members who voted supported the deal.", "in favour", "Some 64%"},
      {"The Greens won 12.4% of the vote in the capital.", "Greens", "12.4%"},
  }));
  CAPTURE(c.sentence);
  auto const e = extract(c.sentence, "2026-03-12");
  auto const votes = of_kind(e, claim_kind::vote_share);
  REQUIRE(votes.size() == 1);
  CHECK(value(*votes[0], field_id::subject) == c.side);
  CHECK(value(*votes[0], field_id::amount) == c.share);
}

TEST_CASE("claims: a turnout or a pay rise is no share of a vote", "[claims][vote]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "Turnout was 78 percent.",
                                 "The union wants an 8 percent pay rise in favour of staff.",
                                 "The Greens won 12 seats.");
  CAPTURE(sentence);
  CHECK(of_kind(extract(sentence), claim_kind::vote_share).empty());
}

namespace {

struct term_case {
  std::string sentence;
  std::string event;    ///< what the term is of; "-" when no term claim is expected
  std::string counted;  ///< the object's head word, "-" when none
  std::string length;   ///< the length as written
};

}  // namespace

TEST_CASE("claims: terms promised, imposed or agreed, keyed by what the verb means", "[claims][term]") {
  auto const c = GENERATE(values<term_case>({
      {"Boreal has promised to keep the brand and its head office for at least five years.", "keep", "office",
       "at least five years"},
      {"The buyer will keep all nine plants open for three years after completion.", "keep", "open", "three years"},
      {"He was jailed for six years on Friday.", "jail", "-", "six years"},
      {"The court sentenced him to nine years in prison.", "jail", "him", "nine years"},
      {"She was sentenced to 18 months.", "jail", "-", "18 months"},
      {"The striker signed a five-year contract with the club.", "contract", "-", "five-year"},
      {"Rents are frozen for two years.", "freeze", "-", "two years"},
      // Not terms: no term verb or noun, or no length after it.
      {"The fire burned for three days.", "-", "", ""},
      {"Boreal will keep the brand.", "-", "", ""},
      {"It was the first trophy in 23 years.", "-", "", ""},
      {"The club signed him for EUR 42 million.", "-", "", ""},
  }));
  CAPTURE(c.sentence);
  extracted const e = extract(c.sentence);
  std::vector<claim const*> const terms = of_kind(e, claim_kind::term);
  if (c.event == "-") {
    CHECK(terms.empty());
    return;
  }
  REQUIRE(terms.size() == 1);
  CHECK(value(*terms[0], field_id::event) == c.event);
  CHECK(value(*terms[0], field_id::counted) == c.counted);
  field const* length = terms[0]->find(field_id::amount);
  REQUIRE(length != nullptr);
  CHECK(std::get<amount_value>(length->value).text == c.length);
}

TEST_CASE("claims: lengths of terms compare as lengths, bounds as bounds", "[claims][term]") {
  auto length_of = [](std::string const& sentence) {
    extracted const e = extract(sentence);
    std::vector<claim const*> const terms = of_kind(e, claim_kind::term);
    REQUIRE(terms.size() == 1);
    return terms[0]->find(field_id::amount)->value;
  };
  field_value const five = length_of("They will keep the plant open for five years.");
  CHECK(values_compatible(five, length_of("They will keep the plant open for 60 months.")));
  CHECK(values_compatible(five, length_of("They will keep the plant open for at least five years.")));
  CHECK_FALSE(values_compatible(five, length_of("They will keep the plant open for three years.")));
}

namespace {

struct sum_case {
  std::string sentence;
  std::string counted;  ///< the sum's name; "-" when no sum claim is expected
  std::string amount;   ///< the amount as written
};

}  // namespace

TEST_CASE("claims: sums named by what they are", "[claims][sum]") {
  auto const c = GENERATE(values<sum_case>({
      {"Athletic will pay a fixed fee of €42 million.", "fixed fee", "€42 million"},
      {"The fixed fee is €42 million.", "fixed fee", "€42 million"},
      {"The court imposed a fine of 450 million forints on the company.", "fine", "450 million forints"},
      {"The fine was set at $2.5 million.", "fine", "$2.5 million"},
      {"It represents a premium of 38 per cent to Friday's close.", "premium", "38 per cent"},
      // Not sums: no sum noun, a number that is not money or a share, or no article before the noun.
      {"The club paid €42 million for him.", "-", ""},
      {"A crowd of 44,180 filled the stadium.", "crowd", "44,180"},
      {"Turnout was 38.7 percent.", "-", ""},
      {"Fees of $10 apply.", "-", ""},
  }));
  CAPTURE(c.sentence);
  extracted const e = extract(c.sentence);
  std::vector<claim const*> const sums = of_kind(e, claim_kind::sum);
  if (c.counted == "-") {
    CHECK(sums.empty());
    return;
  }
  REQUIRE(sums.size() == 1);
  CHECK(value(*sums[0], field_id::counted) == c.counted);
  CHECK(std::get<amount_value>(sums[0]->find(field_id::amount)->value).text == c.amount);
}
