// The agree rule kind over hand-built claims: amounts, dates and durations that disagree are
// reported; bounds that overlap, figures within their rounding or tolerance, coarser dates,
// other units and other sources or times must stay silent.
#include "rule_fixture.hpp"

#include "rules/kinds/numeric_agreement.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

/// A count rule with the agree keys given in `extra` (each a full YAML line).
std::string count_rule(std::string const& extra = {}) {
  return R"(
rules:
  - id: walkout
    kind: agree
    claims: count
    key: [counted, event]
    value: amount
    time-field: date
    within-days: 0
    undated-severity: warning
    message: "{counted} {event}: {values}"
)" + extra;
}

stated count_of(std::string source, field_value how_many, std::optional<calendar_date> time = calendar_date{2031, 5, 14},
                std::string what = "nurse") {
  stated s{std::move(source), "A count of " + display(how_many) + " was given.", claim_kind::count, {}, time};
  s.fields.emplace_back(field_id::amount, std::move(how_many));
  s.fields.emplace_back(field_id::counted, words(std::move(what)));
  s.fields.emplace_back(field_id::event, words("walked out"));
  return s;
}

struct agree_case {
  char const* name;
  std::vector<stated> rows;
  std::vector<std::string> expected;
};

void check_cases(std::string const& yaml, std::vector<agree_case> const& cases) {
  for (agree_case const& c : cases) {
    SECTION(c.name) { CHECK(summaries(check_rows(yaml, c.rows)) == c.expected); }
  }
}

}  // namespace

TEST_CASE("agree: amounts compared as the intervals they state", "[rules][agree]") {
  check_cases(count_rule(),
              {
                  {"the same figure", {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2100", 2100))}, {}},
                  {"two bounds that overlap",
                   {count_of("a.md", amount("at least 2,100", 2100, "at-least")),
                    count_of("b.md", amount("more than 2,000", 2000, "more-than"))},
                   {}},
                  {"a figure inside a bound",
                   {count_of("a.md", amount("at least 2,100", 2100, "at-least")), count_of("b.md", amount("2,350", 2350))},
                   {}},
                  {"a figure below a lower bound",
                   {count_of("a.md", amount("at least 2,100", 2100, "at-least")), count_of("b.md", amount("1,800", 1800))},
                   {"walkout error: a.md=at least 2,100, b.md=1,800"}},
                  {"a figure at an excluded bound",
                   {count_of("a.md", amount("more than 2,000", 2000, "more-than")), count_of("b.md", amount("2,000", 2000))},
                   {"walkout error: a.md=more than 2,000, b.md=2,000"}},
                  {"a figure at an included bound",
                   {count_of("a.md", amount("at least 2,100", 2100, "at-least")), count_of("b.md", amount("2,100", 2100))},
                   {}},
                  {"a figure above an upper bound",
                   {count_of("a.md", amount("fewer than 500", 500, "less-than")), count_of("b.md", amount("500", 500))},
                   {"walkout error: a.md=fewer than 500, b.md=500"}},
                  {"about a figure, within a tenth",
                   {count_of("a.md", amount("about 41,000", 41000, "about")), count_of("b.md", amount("44,000", 44000))},
                   {}},
                  {"about a figure, beyond a tenth",
                   {count_of("a.md", amount("about 41,000", 41000, "about")), count_of("b.md", amount("46,000", 46000))},
                   {"walkout error: a.md=about 41,000, b.md=46,000"}},
                  {"close figures without rounding or tolerance",
                   {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,150", 2150))},
                   {"walkout error: a.md=2,100, b.md=2,150"}},
                  {"different currencies are never compared",
                   {count_of("a.md", amount("$5 million", 5e6, "", "USD")), count_of("b.md", amount("€7 million", 7e6, "", "EUR"))},
                   {}},
                  {"a percentage and a count are never compared",
                   {count_of("a.md", amount("40 percent", 40, "", "percent")), count_of("b.md", amount("2,100", 2100))},
                   {}},
                  {"one source never contradicts itself",
                   {count_of("a.md", amount("2,100", 2100)), count_of("a.md", amount("1,800", 1800))},
                   {}},
                  {"counts of different days may both be right",
                   {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("1,800", 1800), calendar_date{2031, 5, 15})},
                   {}},
                  {"other people counted are another slot",
                   {count_of("a.md", amount("2,100", 2100)),
                    count_of("b.md", amount("1,800", 1800), calendar_date{2031, 5, 14}, "midwife")},
                   {}},
                  {"an undated count conflicts as a warning",
                   {count_of("a.md", amount("2,100", 2100), std::nullopt), count_of("b.md", amount("1,800", 1800))},
                   {"walkout warning: a.md=2,100, b.md=1,800"}},
                  {"a figure compatible with two rivals joins neither",
                   {count_of("a.md", amount("at least 2,100", 2100, "at-least")), count_of("b.md", amount("1,800", 1800)),
                    count_of("c.md", amount("at most 2,500", 2500, "at-most"))},
                   {"walkout error: a.md=at least 2,100, b.md=1,800"}},
              });
}

TEST_CASE("agree: rounding as stated", "[rules][agree]") {
  check_cases(count_rule("    rounding: stated\n"),
              {
                  {"a billion figure covers what rounds to it",
                   {count_of("a.md", amount("2.1 billion", 2.1e9)), count_of("b.md", amount("2,140,000,000", 2.14e9))},
                   {}},
                  {"the next rounded figure disagrees",
                   {count_of("a.md", amount("2.1 billion", 2.1e9)), count_of("b.md", amount("2.2 billion", 2.2e9))},
                   {"walkout error: a.md=2.1 billion, b.md=2.2 billion"}},
                  {"a figure beyond the rounding disagrees",
                   {count_of("a.md", amount("2.1bn", 2.1e9)), count_of("b.md", amount("2,160,000,123", 2160000123))},
                   {"walkout error: a.md=2.1bn, b.md=2,160,000,123"}},
                  {"trailing zeros round to the thousand",
                   {count_of("a.md", amount("41,000", 41000)), count_of("b.md", amount("41,437", 41437))},
                   {}},
                  {"trailing zeros do not stretch to the next thousand",
                   {count_of("a.md", amount("41,000", 41000)), count_of("b.md", amount("41,512", 41512))},
                   {"walkout error: a.md=41,000, b.md=41,512"}},
                  {"a small round figure may be exact",
                   {count_of("a.md", amount("20", 20)), count_of("b.md", amount("23", 23))},
                   {"walkout error: a.md=20, b.md=23"}},
                  {"decimals of a percentage",
                   {count_of("a.md", amount("48.6%", 48.6, "", "percent")), count_of("b.md", amount("49%", 49, "", "percent"))},
                   {}},
                  {"bounds stay bounds",
                   {count_of("a.md", amount("more than 2,000", 2000, "more-than")), count_of("b.md", amount("1,990", 1990))},
                   {"walkout error: a.md=more than 2,000, b.md=1,990"}},
                  {"a bound meets a rounded figure",
                   {count_of("a.md", amount("more than 2,000", 2000, "more-than")), count_of("b.md", amount("2,000", 2000))},
                   {}},
              });
}

TEST_CASE("agree: absolute and relative tolerance", "[rules][agree]") {
  SECTION("absolute") {
    std::string const yaml = count_rule("    absolute-tolerance: 5\n");
    CHECK(check_rows(yaml, {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,105", 2105))}).empty());
    CHECK(check_rows(yaml, {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,106", 2106))}).size() == 1);
  }
  SECTION("relative") {
    std::string const yaml = count_rule("    relative-tolerance: 0.02\n");
    CHECK(check_rows(yaml, {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,140", 2140))}).empty());
    CHECK(check_rows(yaml, {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,150", 2150))}).size() == 1);
  }
  SECTION("either tolerance is enough") {
    std::string const yaml = count_rule("    absolute-tolerance: 60\n    relative-tolerance: 0.01\n");
    CHECK(check_rows(yaml, {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,160", 2160))}).empty());
    CHECK(check_rows(yaml, {count_of("a.md", amount("2,100", 2100)), count_of("b.md", amount("2,170", 2170))}).size() == 1);
  }
}

TEST_CASE("agree: a finding carries message, key and sides", "[rules][agree]") {
  std::vector<discrepancy> const found =
      check_rows(count_rule(), {count_of("b.md", amount("1,800", 1800)), count_of("a.md", amount("at least 2,100", 2100, "at-least")),
                                count_of("c.md", amount("1,800", 1800))});
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "nurse walked out: at least 2,100 vs 1,800");
  CHECK(found[0].key == std::vector<std::pair<std::string, std::string>>{{"counted", "nurse"}, {"event", "walked out"}});
  CHECK(summary(found[0]) == "walkout error: a.md=at least 2,100, b.md=1,800, c.md=1,800");
  CHECK(found[0].sides[0].text == "A count of at least 2,100 was given.");
}

namespace {

std::string visit_rule(std::string const& extra = {}) {
  return R"(
rules:
  - id: visit-date
    kind: agree
    claims: visit
    key: [subject, place]
    value: date
    time-field: date
    within-days: 14
    message: "{subject} in {place}: {values}"
)" + extra;
}

stated visit_on(std::string source, date_range when, calendar_date article = {2031, 8, 30}) {
  stated s{std::move(source), "Ivo Saar visited Port Alder.", claim_kind::visit, {}, article};
  s.fields.emplace_back(field_id::subject, person("Ivo Saar"));
  s.fields.emplace_back(field_id::place, place("Port Alder"));
  s.fields.emplace_back(field_id::date, when);
  return s;
}

date_range day(int year, int month, int d) { return {{year, month, d}, {year, month, d}}; }

}  // namespace

TEST_CASE("agree: dates by granularity, give or take days", "[rules][agree]") {
  date_range const august{{2031, 8, 0}, {2031, 8, 0}};
  date_range const early{{2031, 8, 3}, {2031, 8, 5}};
  date_range const later{{2031, 8, 4}, {2031, 8, 6}};
  SECTION("without tolerance") {
    check_cases(visit_rule(),
                {
                    {"a month and a day in it", {visit_on("a.md", august), visit_on("b.md", day(2031, 8, 23))}, {}},
                    {"a month and a range in it", {visit_on("a.md", august), visit_on("b.md", early)}, {}},
                    {"two days", {visit_on("a.md", day(2031, 8, 23)), visit_on("b.md", day(2031, 8, 24))},
                     {"visit-date error: a.md=2031-08-23, b.md=2031-08-24"}},
                    {"overlapping ranges", {visit_on("a.md", early), visit_on("b.md", later)},
                     {"visit-date error: a.md=2031-08-03/2031-08-05, b.md=2031-08-04/2031-08-06"}},
                    {"a yearless date and the next day",
                     {visit_on("a.md", day(0, 12, 31), {2031, 12, 30}), visit_on("b.md", day(2032, 1, 1))},
                     {"visit-date error: a.md=XXXX-12-31, b.md=2032-01-01"}},
                    {"dates weeks apart are other visits", {visit_on("a.md", day(2031, 8, 1)), visit_on("b.md", day(2031, 8, 23))},
                     {}},
                });
  }
  SECTION("a day either way") {
    check_cases(visit_rule("    absolute-tolerance: 1\n"),
                {
                    {"the next day", {visit_on("a.md", day(2031, 8, 23)), visit_on("b.md", day(2031, 8, 24))}, {}},
                    {"ranges a day off", {visit_on("a.md", early), visit_on("b.md", later)}, {}},
                    {"two days off", {visit_on("a.md", day(2031, 8, 23)), visit_on("b.md", day(2031, 8, 25))},
                     {"visit-date error: a.md=2031-08-23, b.md=2031-08-25"}},
                    {"a yearless date across new year",
                     {visit_on("a.md", day(0, 12, 31), {2031, 12, 30}), visit_on("b.md", day(2032, 1, 1))},
                     {}},
                    {"a day past the month", {visit_on("a.md", august), visit_on("b.md", day(2031, 9, 1))}, {}},
                    {"two days past the month", {visit_on("a.md", august), visit_on("b.md", day(2031, 9, 2))},
                     {"visit-date error: a.md=2031-08, b.md=2031-09-02"}},
                });
  }
}

namespace {

std::string first_since_rule(std::string const& extra = {}) {
  return R"(
rules:
  - id: since
    kind: agree
    claims: first-since
    key: [ordinal, counted, jurisdiction]
    value: duration
    message: "{counted}: {values}"
)" + extra;
}

stated first_in(std::string source, field_value since) {
  stated s{std::move(source), "The first summit in Valdoria in a while.", claim_kind::first_since, {}, calendar_date{2031, 5, 14}};
  s.fields.emplace_back(field_id::ordinal, 1);
  s.fields.emplace_back(field_id::counted, words("summit"));
  s.fields.emplace_back(field_id::jurisdiction, country("VD", "VD"));
  s.fields.emplace_back(field_id::duration, std::move(since));
  return s;
}

}  // namespace

TEST_CASE("agree: durations by length, give or take days", "[rules][agree]") {
  using unit = duration::unit;
  SECTION("exact") {
    check_cases(first_since_rule(),
                {
                    {"a decade and 120 months",
                     {first_in("a.md", length(10, unit::year)), first_in("b.md", length(120, unit::month))},
                     {}},
                    {"a year and 52 weeks", {first_in("a.md", length(1, unit::year)), first_in("b.md", length(52, unit::week))}, {}},
                    {"ten and twelve years",
                     {first_in("a.md", length(10, unit::year)), first_in("b.md", length(12, unit::year))},
                     {"since error: a.md=P10Y, b.md=P12Y"}},
                    {"ten days and a week", {first_in("a.md", length(10, unit::day)), first_in("b.md", length(1, unit::week))},
                     {"since error: a.md=P10D, b.md=P1W"}},
                });
  }
  SECTION("with tolerance") {
    CHECK(check_rows(first_since_rule("    absolute-tolerance: 800\n"),
                     {first_in("a.md", length(10, unit::year)), first_in("b.md", length(12, unit::year))})
              .empty());
    CHECK(check_rows(first_since_rule("    relative-tolerance: 0.2\n"),
                     {first_in("a.md", length(10, unit::year)), first_in("b.md", length(12, unit::year))})
              .empty());
    CHECK(check_rows(first_since_rule("    relative-tolerance: 0.1\n"),
                     {first_in("a.md", length(10, unit::year)), first_in("b.md", length(12, unit::year))})
              .size() == 1);
  }
}

TEST_CASE("agree: the rounding step read from a figure", "[rules][agree]") {
  struct step_case {
    field_value value;
    double half_step;
  };
  std::vector<step_case> const cases = {
      {amount("2.1 billion", 2.1e9), 0.05e9}, {amount("41,000", 41000), 500},     {amount("2,100", 2100), 50},
      {amount("8.47", 8.47), 0.005},          {amount("$1.2bn", 1.2e9, "", "USD"), 0.05e9},
      {amount("200", 200), 5},                {amount("20", 20), 0.5},          {amount("7", 7), 0.5},
      {amount("5k", 5000), 500},              {amount("about 41,000", 41000, "about"), 500},
      // Nothing to read, or a figure that is not all the amount says.
      {amount("tens of thousands", 10000), 0}, {amount("one and a half million", 1.5e6), 0},
      {amount("1 and a half million", 1.5e6), 0},
  };
  for (step_case const& c : cases) {
    amount_value const& a = std::get<amount_value>(c.value);
    INFO(a.text);
    CHECK(rounding_half_step(a) == Approx(c.half_step).margin(1e-9));
  }
}

TEST_CASE("agree: malformed rules are located errors", "[rules][agree][loader]") {
  struct bad_case {
    char const* name;
    std::string yaml;
    std::vector<std::string> errors;
  };
  auto const with = [](std::string const& from, std::string const& to) {
    std::string text = count_rule();
    std::size_t const at = text.find(from);
    REQUIRE(at != std::string::npos);
    return text.replace(at, from.size(), to);
  };
  std::vector<bad_case> const cases = {
      {"a value field that holds names", visit_rule().replace(visit_rule().find("value: date"), 11, "value: office"),
       {"7:12: 'agree' compares numbers, amounts, durations and dates; field 'office' holds names (fields that do: date, "
        "duration, ordinal, amount)"}},
      {"a value field the claims never carry", with("value: amount", "value: duration"),
       {"7:12: field 'duration' in value is not a field of count claims (they carry: date, amount, counted, event)"}},
      {"a key field the claims never carry", with("key: [counted, event]", "key: [counted, event, place]"),
       {"6:27: field 'place' in key is not a field of count claims (they carry: date, amount, counted, event)"}},
      {"a percentage for a tolerance", count_rule("    relative-tolerance: 2%\n"),
       {"12:25: 'relative-tolerance' must be a number (a fraction: 0.02 for 2%), got '2%'"}},
      {"a relative tolerance above one", count_rule("    relative-tolerance: 2\n"),
       {"12:25: 'relative-tolerance' must be at most 1 (a fraction: 0.02 for 2%), got '2'"}},
      {"a negative tolerance", count_rule("    absolute-tolerance: -5\n"),
       {"12:25: 'absolute-tolerance' must not be negative (in the value's unit; days for dates and durations), got '-5'"}},
      {"an unknown rounding", count_rule("    rounding: sometimes\n"),
       {"12:15: unknown rounding 'sometimes' (expected one of: none, stated)"}},
      {"rounding of dates", visit_rule("    rounding: stated\n"),
       {"11:15: 'rounding: stated' applies to amounts; field 'date' holds dates"}},
      {"a relative tolerance of dates", visit_rule("    relative-tolerance: 0.1\n"),
       {"11:25: 'relative-tolerance' does not apply to dates: give 'absolute-tolerance' in days"}},
      {"a misspelt key names the agree keys", count_rule("    tolerance: 5\n"),
       {"12:5: unknown key 'tolerance' in rule 'walkout' (expected one of: absolute-tolerance, claims, description, examples, id, "
        "key, kind, message, optional-key, partial-key-message, partial-key-severity, relative-tolerance, rounding, "
        "several-values-in-one-source, severity, time-field, time-field-precision, undated-severity, value, within-days)"}},
      {"the single-value checks still apply", with("value: amount", "value: event"),
       {"7:12: field 'event' cannot be both the value and part of the key",
        "7:12: 'agree' compares numbers, amounts, durations and dates; field 'event' holds text (fields that do: date, "
        "duration, ordinal, amount)"}},
  };
  for (bad_case const& c : cases) {
    SECTION(c.name) {
      load_outcome const r = load_outcome_of(c.yaml);
      CHECK(r.errors == c.errors);
      CHECK(r.loaded == 0);
    }
  }
}
