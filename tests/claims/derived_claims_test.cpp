// Anniversary and conversion claims: what the lowering pass makes of the grammar's findings, and
// which time an anniversary is said to fall in.
#include <catch2/catch.hpp>

#include "extract_fixture.hpp"
#include "pipeline/extract.hpp"
#include "text/document.hpp"

namespace {

using namespace claimcheck;

using namespace claimcheck::testing;

struct anniversary_case {
  std::string text;
  std::string date;     // the document's, "" for none
  std::string ordinal;  // the count of years
  std::string event;
  std::string since;
  std::string when;     // the date field, "-" when none
  std::string time;     // the claim's time, "-" when none
};

}  // namespace

TEST_CASE("claims: an anniversary counts years from a base to when it falls", "[claims][anniversary]") {
  auto const c = GENERATE(values<anniversary_case>({
      {"The visit marks the 60th anniversary of the 1965 treaty.", "2025-09-09", "60", "treaty", "1965", "-",
       "2025-09-09"},
      {"They are marking 60 years since they normalised relations in 1965.", "2025-09-09", "60", "relation", "1965",
       "-", "2025-09-09"},
      {"It has been six decades since 1965.", "2025-09-09", "60", "-", "1965", "-", "2025-09-09"},
      {"This year marks the 40th anniversary of the 1985 accord.", "2025-03-01", "40", "accord", "1985", "2025",
       "2025"},
      {"Last year's 25th anniversary of the 1999 accord drew crowds.", "2025-03-01", "25", "accord", "1999", "2024",
       "2024"},
      // A year the sentence states after the base is the time; the base's own "in 1965" is not.
      {"In 2015, the city held the 50th anniversary of the 1965 accord.", "2025-03-01", "50", "accord", "1965", "-",
       "2015"},
      // A lone year nearer the document's than the anniversary it would make is when it falls.
      {"Officials prepared for the treaty's 60th anniversary in 2025.", "2025-03-01", "60", "treaty", "-", "2025",
       "2025"},
      {"The city held the 75th anniversary of the war's end in 2020.", "2025-03-01", "75", "end", "-", "2020", "2020"},
      // A year off stays the base, for the rule to find the sum wrong.
      {"The visit marks the 60th anniversary of the 1966 treaty.", "2025-09-09", "60", "treaty", "1966", "-",
       "2025-09-09"},
      {"Officials prepared for the treaty's 60th anniversary.", "", "60", "treaty", "-", "-", "-"},
      // Without the document's date, "this year" is no year at all.
      {"The 60th anniversary of the 1965 treaty is this year.", "", "60", "treaty", "1965", "-", "-"},
  }));
  CAPTURE(c.text);
  extracted const e = extract(c.text, c.date);
  std::vector<claim const*> const found = of_kind(e, claim_kind::anniversary);
  REQUIRE(found.size() == 1);
  claim const& a = *found.front();
  CHECK(value(a, field_id::ordinal) == c.ordinal);
  CHECK(value(a, field_id::event) == c.event);
  CHECK(value(a, field_id::since) == c.since);
  CHECK(value(a, field_id::date) == c.when);
  CHECK((a.time ? a.time->iso() : std::string("-")) == c.time);
}

TEST_CASE("claims: anniversaries that name nothing to check make no claim", "[claims][anniversary]") {
  auto const text = GENERATE(as<std::string>{},
                             "The club celebrated its 60th anniversary.",
                             "Nearly 60 years since the 1965 treaty, the dispute lingers.",
                             "It has been 18 months since the 2024 floods.",
                             "She celebrated her 60th birthday in 1965.");
  CAPTURE(text);
  CHECK(of_kind(extract(text, "2025-09-09"), claim_kind::anniversary).empty());
}

TEST_CASE("claims: a conversion keeps both amounts, their currencies and bounds", "[claims][conversion]") {
  extracted const e = extract("Tokyo pledged one billion yen (about $8.47 million) to the fund.", "2025-09-09");
  std::vector<claim const*> const found = of_kind(e, claim_kind::conversion);
  REQUIRE(found.size() == 1);
  claim const& c = *found.front();
  field const* amount = c.find(field_id::amount);
  field const* equivalent = c.find(field_id::equivalent);
  REQUIRE(amount != nullptr);
  REQUIRE(equivalent != nullptr);
  amount_value const& from = std::get<amount_value>(amount->value);
  amount_value const& to = std::get<amount_value>(equivalent->value);
  CHECK(from.text == "one billion yen");
  CHECK(from.unit == "JPY");
  CHECK(from.stated == Approx(1e9));
  CHECK(to.text == "about $8.47 million");
  CHECK(to.unit == "USD");
  CHECK(to.qualifier == "about");
  CHECK(to.low == Approx(8.47e6 * 0.9));
  REQUIRE(c.time);
  CHECK(c.time->iso() == "2025-09-09");
  source_file const& file = e.store[c.source];
  CHECK(file.text().substr(c.span.begin, c.span.end - c.span.begin) == "one billion yen (about $8.47 million)");
}
