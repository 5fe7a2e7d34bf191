// Quantities: digits, words, scales, rough amounts, ranges, percentages and bounds, parsed by the
// quantity rule alone from the start of a text; and the places a number may not start.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "grammar/number.hpp"
#include "grammar_fixture.hpp"

namespace ast = claimcheck::ast;
namespace grammar = claimcheck::grammar;
using ast::bound;
using claimcheck::testing::builtin_lexicon;
using claimcheck::testing::parse_prefix;

namespace {


struct quantity_case {
  std::string text;
  std::string span;  // what the quantity covers: the start of `text`
  double value;
  double high = -1;  // -1: the same as value
  bound qualifier = bound::exact;
  bool percent = false;
};

void check(quantity_case const& c) {
  CAPTURE(c.text);
  ast::quantity q;
  auto const consumed = parse_prefix(grammar::quantity(), c.text, q);
  REQUIRE(consumed);
  CHECK(*consumed == c.span.size());
  CHECK(q.span.view() == c.span);
  CHECK(q.value == Approx(c.value));
  CHECK(q.high == Approx(c.high < 0 ? c.value : c.high));
  CHECK(q.qualifier == c.qualifier);
  CHECK(q.percent == c.percent);
}

constexpr double any = -1;

}  // namespace

TEST_CASE("quantity: digits with separators and decimals", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"2,100", "2,100", 2100},
      {"8.47", "8.47", 8.47},
      {"1.2", "1.2", 1.2},
      {"41,000", "41,000", 41000},
      {"1,234,567", "1,234,567", 1234567},
      {"100,000,000 doses", "100,000,000", 1e8},
      {"0.5", "0.5", 0.5},
      {"0", "0", 0},
      {"7", "7", 7},
      {"12345", "12345", 12345},
      {"3.14159", "3.14159", 3.14159},
      {"2015", "2015", 2015},
      {"1,000.5", "1,000.5", 1000.5},
      {"2,100 people died", "2,100", 2100},
      {"2,100, the ministry said", "2,100", 2100},
      {"2,100.", "2,100", 2100},
      {"1,800;", "1,800", 1800},
      {"300)", "300", 300},
      {"12,500\" he said", "12,500", 12500},
      {"10,000-strong crowd", "10,000", 10000},
      {"3.5-magnitude quake", "3.5", 3.5},
      {"5-year plan", "5", 5},
      {"18 months", "18", 18},
      {"2,100 - the highest toll", "2,100", 2100},
  })));
}

TEST_CASE("quantity: scales after digits", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"1.2bn", "1.2bn", 1.2e9},
      {"1.2 billion", "1.2 billion", 1.2e9},
      {"1.2 bn", "1.2 bn", 1.2e9},
      {"1.2bn.", "1.2bn", 1.2e9},
      {"2.5 million", "2.5 million", 2.5e6},
      {"2.5 Million", "2.5 Million", 2.5e6},
      {"2.5 million people", "2.5 million", 2.5e6},
      {"3m", "3m", 3e6},
      {"3M", "3M", 3e6},
      {"7mn", "7mn", 7e6},
      {"7 mn", "7 mn", 7e6},
      {"2 bln", "2 bln", 2e9},
      {"5b", "5b", 5e9},
      {"5k", "5k", 5000},
      {"5K runners", "5K", 5000},
      {"41 thousand", "41 thousand", 41000},
      {"3 trillion", "3 trillion", 3e12},
      {"1.5tn", "1.5tn", 1.5e12},
      {"1.5 tn", "1.5 tn", 1.5e12},
      {"5 crore", "5 crore", 5e7},
      {"2 lakh", "2 lakh", 2e5},
      {"3 dozen", "3 dozen", 36},
      {"5 hundred", "5 hundred", 500},
      {"44-billion deal", "44-billion", 44e9},
      {"10 m sprint", "10", 10},  // a lone letter apart from its number is a unit
      {"10 k", "10", 10},
  })));
}

TEST_CASE("quantity: numbers written as words", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"one", "one", 1},
      {"One", "One", 1},
      {"twelve", "twelve", 12},
      {"Ten", "Ten", 10},
      {"zero", "zero", 0},
      {"forty-one", "forty-one", 41},
      {"forty-one thousand", "forty-one thousand", 41000},
      {"two hundred and fifty", "two hundred and fifty", 250},
      {"two hundred fifty", "two hundred fifty", 250},
      {"two hundred and fifty members", "two hundred and fifty", 250},
      {"one billion", "one billion", 1e9},
      {"One billion yen", "One billion", 1e9},
      {"a billion", "a billion", 1e9},
      {"a million", "a million", 1e6},
      {"A million people", "A million", 1e6},
      {"a dozen", "a dozen", 12},
      {"two dozen", "two dozen", 24},
      {"a hundred", "a hundred", 100},
      {"a thousand", "a thousand", 1000},
      {"one hundred thousand", "one hundred thousand", 1e5},
      {"three hundred thousand", "three hundred thousand", 3e5},
      {"two million five hundred thousand", "two million five hundred thousand", 2.5e6},
      {"one thousand and one", "one thousand and one", 1001},
      {"twenty five", "twenty five", 25},
      {"nine hundred and ninety-nine", "nine hundred and ninety-nine", 999},
      {"four thousand five hundred", "four thousand five hundred", 4500},
      {"one hundred and fifty thousand", "one hundred and fifty thousand", 150000},
      {"twelve million", "twelve million", 12e6},
      {"seven years", "seven", 7},
      {"five-year plan", "five", 5},
      {"two hundred and the rest", "two hundred", 200},
      {"one two three", "one", 1},
      {"two thousand and twenty", "two thousand and twenty", 2020},
      {"eleven hundred", "eleven hundred", 1100},
      {"a hundred thousand", "a hundred thousand", 1e5},
      {"sixty", "sixty", 60},
      {"ninety-nine", "ninety-nine", 99},
      {"three billion", "three billion", 3e9},
      {"one trillion", "one trillion", 1e12},
      {"six million, officials said", "six million", 6e6},
      {"one hundred hundred", "one hundred", 100},
      {"two thousand three thousand", "two thousand three", 2003},
      {"half a million", "half a million", 5e5},
      {"Half a million people", "Half a million", 5e5},
      {"half a billion", "half a billion", 5e8},
      {"one and a half million", "one and a half million", 1.5e6},
      {"two and a half billion", "two and a half billion", 2.5e9},
      {"2 and a half million", "2 and a half million", 2.5e6},
      {"two and a half years", "two", 2},  // a duration, not a scale
      // the next word only, inside a number: not the lexicon's "one thousand"
      {"forty one thousand", "forty one thousand", 41000},
      {"Two Million Seven Hundred Forty One Thousand Thirty Four",
       "Two Million Seven Hundred Forty One Thousand Thirty Four", 2741034},
      {"twenty one hundred", "twenty one hundred", 2100},
      {"five quintillion", "five quintillion", 5e18},
      // decimals read out
      {"forty two point five", "forty two point five", 42.5},
      {"zero point seven five", "zero point seven five", 0.75},
      {"two point five million people", "two point five million", 2.5e6},
      {"three point one four", "three point one four", 3.14},
      {"one hundred point five", "one hundred point five", 100.5},
      {"ten point", "ten", 10},
      {"ten point twelve", "ten", 10},         // a digit at a time
      {"two million point five", "two million", 2e6},
      {"six point a", "six", 6},
      // a comma closing a group
      {"twenty-thousand, five-hundred and sixty-nine", "twenty-thousand, five-hundred and sixty-nine", 20569},
      {"a thousand, one hundred and eleven", "a thousand, one hundred and eleven", 1111},
      {"two million, three hundred thousand", "two million, three hundred thousand", 2.3e6},
      {"a million, two million", "a million", 1e6},  // a list
      {"a thousand, and more", "a thousand", 1000},
      {"two thousand, people", "two thousand", 2000},
      {"forty, fifty", "forty", 40},              // no group before the comma
  })));
}

TEST_CASE("quantity: numbers below zero", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"minus 5", "minus 5", -5},
      {"minus 12 degrees", "minus 12", -12},
      {"Minus Seven Hundred", "Minus Seven Hundred", -700},
      {"minus 2.5 percent", "minus 2.5 percent", -2.5, -2.5, bound::exact, true},
      {"about minus 3", "about minus 3", -3, -3, bound::about},
  })));
}

TEST_CASE("quantity: ranges with a hyphen", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"20-25 people", "20-25", 20, 25},
      {"2-3 million", "2-3 million", 2e6, 3e6},
      {"1,000-1,500 homes", "1,000-1,500", 1000, 1500},
      {"100-150", "100-150", 100, 150},
      {"1.5-2bn", "1.5-2bn", 1.5e9, 2e9},
      {"about 30-40", "about 30-40", 30, 40, bound::about},
      {"10-15%", "10-15%", 10, 15, bound::exact, true},
  })));
}

TEST_CASE("quantity: amounts given roughly are spans", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"tens of thousands", "tens of thousands", 1e4, 1e5},
      {"Tens of thousands of people", "Tens of thousands", 1e4, 1e5},
      {"hundreds of thousands", "hundreds of thousands", 1e5, 1e6},
      {"tens of millions", "tens of millions", 1e7, 1e8},
      {"hundreds of millions", "hundreds of millions", 1e8, 1e9},
      {"hundreds", "hundreds", 100, 1000},
      {"hundreds of people", "hundreds", 100, 1000},
      {"thousands", "thousands", 1000, 1e6},
      {"thousands of families", "thousands", 1000, 1e6},
      {"dozens", "dozens", 24, 144},
      {"dozens of villages", "dozens", 24, 144},
      {"millions", "millions", 1e6, 1e9},
      {"billions", "billions", 1e9, 1e12},
      {"scores of people", "scores", 40, 200},
      {"several hundred", "several hundred", 300, 900},
      {"Several thousand", "Several thousand", 3000, 9000},
      {"a few thousand", "a few thousand", 2000, 9000},
      {"a few hundred metres", "a few hundred", 200, 900},
      {"several hundred thousand", "several hundred thousand", 3e5, 9e5},
      {"a couple of hundred", "a couple of hundred", 200, 300},
      {"a couple hundred", "a couple hundred", 200, 300},
      {"several million", "several million", 3e6, 9e6},
  })));
}

TEST_CASE("quantity: ranges with between", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"between 2,000 and 3,000", "between 2,000 and 3,000", 2000, 3000},
      {"between 2 and 3 million", "between 2 and 3 million", 2e6, 3e6},
      {"between 1.5 and 2 million people", "between 1.5 and 2 million", 1.5e6, 2e6},
      {"between 2.5 and 3bn", "between 2.5 and 3bn", 2.5e9, 3e9},
      {"between two and three million", "between two and three million", 2e6, 3e6},
      {"between 500 and 3,000", "between 500 and 3,000", 500, 3000},
      {"Between 40 and 50", "Between 40 and 50", 40, 50},
      {"between 50 and 60 percent", "between 50 and 60 percent", 50, 60, bound::exact, true},
      {"between 1 million and 2 million", "between 1 million and 2 million", 1e6, 2e6},
  })));
}

TEST_CASE("quantity: percentages", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"52.3%", "52.3%", 52.3, any, bound::exact, true},
      {"52.3% of the vote", "52.3%", 52.3, any, bound::exact, true},
      {"52.3 %", "52.3 %", 52.3, any, bound::exact, true},
      {"5%.", "5%", 5, any, bound::exact, true},
      {"60 percent", "60 percent", 60, any, bound::exact, true},
      {"60 Percent", "60 Percent", 60, any, bound::exact, true},
      {"81.6 per cent", "81.6 per cent", 81.6, any, bound::exact, true},
      {"81.6 per-cent", "81.6 per-cent", 81.6, any, bound::exact, true},
      {"60 pc", "60 pc", 60, any, bound::exact, true},
      {"60pc", "60pc", 60, any, bound::exact, true},
      {"12 pct", "12 pct", 12, any, bound::exact, true},
      {"sixty percent", "sixty percent", 60, any, bound::exact, true},
      {"nearly 60 percent", "nearly 60 percent", 60, any, bound::about, true},
      {"up to 40%", "up to 40%", 40, any, bound::at_most, true},
      {"less than 1%", "less than 1%", 1, any, bound::less_than, true},
      {"0.25 percent", "0.25 percent", 0.25, any, bound::exact, true},
      {"100%", "100%", 100, any, bound::exact, true},
      {"60 percent or more", "60 percent or more", 60, any, bound::at_least, true},
      {"60 percentage points", "60", 60},  // a change, not a share: the number alone
  })));
}

TEST_CASE("quantity: bounds before the number", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"at least 2,100", "at least 2,100", 2100, any, bound::at_least},
      {"At least 2,100 people", "At least 2,100", 2100, any, bound::at_least},
      {"no fewer than 12", "no fewer than 12", 12, any, bound::at_least},
      {"a minimum of 40", "a minimum of 40", 40, any, bound::at_least},
      {"more than 2,000", "more than 2,000", 2000, any, bound::more_than},
      {"More than a dozen", "More than a dozen", 12, any, bound::more_than},
      {"over 2,000", "over 2,000", 2000, any, bound::more_than},
      {"above 5,000", "above 5,000", 5000, any, bound::more_than},
      {"in excess of 1,000", "in excess of 1,000", 1000, any, bound::more_than},
      {"just over 300", "just over 300", 300, any, bound::more_than},
      {"nearly 60", "nearly 60", 60, any, bound::about},
      {"almost 3,000", "almost 3,000", 3000, any, bound::about},
      {"about 200", "about 200", 200, any, bound::about},
      {"around 1.2 million", "around 1.2 million", 1.2e6, any, bound::about},
      {"roughly 40", "roughly 40", 40, any, bound::about},
      {"some 300", "some 300", 300, any, bound::about},
      {"Some 300 soldiers", "Some 300", 300, any, bound::about},
      {"approximately 5,000", "approximately 5,000", 5000, any, bound::about},
      {"an estimated 2.5 million", "an estimated 2.5 million", 2.5e6, any, bound::about},
      {"close to 700", "close to 700", 700, any, bound::about},
      {"up to 10,000", "up to 10,000", 10000, any, bound::at_most},
      {"as many as 300", "as many as 300", 300, any, bound::at_most},
      {"no more than 20", "no more than 20", 20, any, bound::at_most},
      {"at most five", "at most five", 5, any, bound::at_most},
      {"fewer than 50", "fewer than 50", 50, any, bound::less_than},
      {"less than a thousand", "less than a thousand", 1000, any, bound::less_than},
      {"under 18", "under 18", 18, any, bound::less_than},
      {"below 2", "below 2", 2, any, bound::less_than},
      {"just under 500", "just under 500", 500, any, bound::less_than},
      {"exactly 100", "exactly 100", 100, any, bound::exact},
      {"at least tens of thousands", "at least tens of thousands", 1e4, 1e5, bound::at_least},
      {"more than two hundred", "more than two hundred", 200, any, bound::more_than},
  })));
}

TEST_CASE("quantity: bounds after the number", "[grammar][numbers]") {
  check(GENERATE(values<quantity_case>({
      {"2,000 or more", "2,000 or more", 2000, any, bound::at_least},
      {"300 or so", "300 or so", 300, any, bound::about},
      {"5,000-odd", "5,000-odd", 5000, any, bound::about},
      {"300 odd people", "300 odd", 300, any, bound::about},
      {"5,000-plus", "5,000-plus", 5000, any, bound::at_least},
      {"50 or fewer", "50 or fewer", 50, any, bound::at_most},
      {"10 or less", "10 or less", 10, any, bound::at_most},
      {"2,000 at least", "2,000 at least", 2000, any, bound::at_least},
      {"2,000 or thereabouts", "2,000 or thereabouts", 2000, any, bound::about},
      {"2,000 or more people", "2,000 or more", 2000, any, bound::at_least},
  })));
}

TEST_CASE("quantity: near misses are not quantities", "[grammar][numbers]") {
  auto const text = GENERATE(as<std::string>{},
                             // phone numbers, codes and other digit runs
                             "555-0199", "+44 20 7946 0958", "20 7946 0958", "0199", "007", "1.2.3", "2,10", "1,2,3",
                             "12345678901234567", "3-1 win", "1910-1945",
                             // hyphens that make no range: scores, phone numbers, lists, signs alone
                             "25-20", "5-5", "555-1234", "020-7946", "20-25-30", "minus", "minus tens of thousands",
                             "minus-5",
                             // labels and parts of words or codes
                             "No. 10", "A320", "COVID-19", "G7", "5G", "3D", "4x4", "F-35", "v2", "1990s", "80s",
                             // times of day, fractions, ordinals
                             "8 a.m.", "8 p.m.", "8am", "10pm", "8:30", "10 o'clock", "9 GMT", "3/4", "21st", "2nd",
                             // words that are not numbers by themselves
                             "a year", "a", "an hour", "several officials", "a few", "thousand", "million", "hundred",
                             "about", "at least the", "some people", "more than half", "percent", "of thousands",
                             "half", "half the members", "half a year",
                             // signs belong to money, not quantities; a backwards range
                             "$5", "€5", "between 3,000 and 2,000", "between them");
  CAPTURE(text);
  ast::quantity q;
  CHECK_FALSE(parse_prefix(grammar::quantity(), text, q));
}

TEST_CASE("quantity: the amount rule reads a number without its surroundings", "[grammar][numbers]") {
  struct amount_case {
    std::string text;
    std::string span;
    double value;
  };
  auto const c = GENERATE(values<amount_case>({
      {"1.2bn dollars", "1.2bn", 1.2e9},
      {"one billion yen", "one billion", 1e9},
      {"5G", "5", 5},  // the rule using it checks the word edge
      {"8.47 million)", "8.47 million", 8.47e6},
  }));
  CAPTURE(c.text);
  ast::quantity q;
  auto const consumed = parse_prefix(grammar::amount(), c.text, q);
  REQUIRE(consumed);
  CHECK(*consumed == c.span.size());
  CHECK(q.span.view() == c.span);
  CHECK(q.value == Approx(c.value));
  CHECK(q.qualifier == bound::exact);
}

TEST_CASE("quantity: where a number may start", "[grammar][numbers]") {
  struct start_case {
    std::string sentence;
    std::string at;  // the number's first occurrence in the sentence
    bool allowed;
  };
  auto const c = GENERATE(values<start_case>({
      {"At least 2,100 people died.", "2,100", true},
      {"2,100 people died.", "2,100", true},
      {"Turnout was (52.3%) high.", "52.3", true},
      {"In 2015, 300 people left.", "300", true},
      {"It cost \"5 million\" in all.", "5 million", true},
      {"The toll rose to 1,800.", "1,800", true},
      {"The A320 jet landed.", "320", false},
      {"COVID-19 cases rose.", "19", false},
      {"The G7 summit opened.", "7", false},
      {"Call +44 20 7946 0958 today.", "44", false},
      {"Call +44 20 7946 0958 today.", "20", false},
      {"Call +44 20 7946 0958 today.", "7946", false},
      {"Call +44 20 7946 0958 today.", "0958", false},
      {"Call 555-0199 now.", "0199", false},
      {"He lives at No. 10 Downing Street.", "10", false},
      {"He lives at Number 10.", "10", false},
      {"The #3 seed won.", "3", false},
      {"It cost $5 million.", "5", false},
      {"It cost €5 million.", "5", false},
      {"It cost US$ 5 million.", "5", false},
      {"It cost Rs 500 crore.", "500", false},
      {"It cost CHF 3m.", "3m", false},
      {"Paris had 5 million visitors.", "5", true},
      {"The FIRM 5 index rose.", "5", true},
      {"Growth was 3.5 percent.", "5 percent", false},
      {"They met at 8:30 today.", "30", false},
  }));
  CAPTURE(c.sentence, c.at);
  std::size_t const at = c.sentence.find(c.at);
  REQUIRE(at != std::string::npos);
  CHECK(grammar::number_may_start(c.sentence, at, builtin_lexicon()) == c.allowed);
}

TEST_CASE("quantity: the built-in lexicon's quantity sections load cleanly", "[grammar][numbers]") {
  claimcheck::diagnostics errors;
  claimcheck::lexicon const lex = claimcheck::load_builtin_lexicon(errors);
  CHECK(errors.empty());
  CHECK(lex.scales.size() > 10);
  CHECK(lex.scale_values.size() == lex.scales.size());
  CHECK(lex.bounds.find("at least") == static_cast<std::uint32_t>(bound::at_least));
  CHECK(lex.bounds.find("more than") == static_cast<std::uint32_t>(bound::more_than));
  CHECK(lex.bounds.find("up to") == static_cast<std::uint32_t>(bound::at_most));
  CHECK(lex.bounds.find("fewer than") == static_cast<std::uint32_t>(bound::less_than));
  CHECK(lex.bounds.find("about") == static_cast<std::uint32_t>(bound::about));
  CHECK(lex.bounds.find("exactly") == static_cast<std::uint32_t>(bound::exact));
}

TEST_CASE("quantity: a later lexicon file may repeat or redefine a scale", "[grammar][numbers]") {
  claimcheck::lexicon lex;
  claimcheck::diagnostics errors;
  claimcheck::load_lexicon_yaml("a.yaml", "scales: {million: 1000000}\napproximate-amounts: {heaps: [10, 100]}", lex,
                                errors);
  claimcheck::load_lexicon_yaml("b.yaml", "scales: {million: 1000000}\napproximate-amounts: {heaps: [10, 100]}", lex,
                                errors);
  CHECK(errors.empty());
  claimcheck::load_lexicon_yaml("c.yaml", "scales: {million: 1000}", lex, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items().front().message == "'million' already stands for the scale 1000000");
}

TEST_CASE("quantity: lexicon errors in quantity sections are located", "[grammar][numbers]") {
  struct bad_case {
    std::string yaml;
    std::string message;  // part of the one expected diagnostic
  };
  auto const c = GENERATE(values<bad_case>({
      {"scales: {zillion: -5}", "'zillion' must be a positive number"},
      {"scales: {zillion: lots}", "'zillion' must be a positive number"},
      {"approximate-amounts: {heaps: [100]}", "'heaps' must be a list of two positive numbers"},
      {"approximate-amounts: {heaps: [1000, 100]}", "'heaps' must be a list of two positive numbers"},
      {"bounds: {roughly-ish: [kinda]}", "unknown bound 'roughly-ish'"},
      {"trailing-bounds: {more: [or more]}", "unknown bound 'more'"},
      {"bounds: {about: [over]}\nbounds2: x", "unknown lexicon section 'bounds2'"},
  }));
  CAPTURE(c.yaml);
  claimcheck::lexicon lex;
  claimcheck::diagnostics errors;
  claimcheck::load_lexicon_yaml("extra.yaml", c.yaml, lex, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK_THAT(errors.items().front().message, Catch::Contains(c.message));
  CHECK(errors.items().front().line >= 1);
}
