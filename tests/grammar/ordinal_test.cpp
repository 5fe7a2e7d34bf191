// Ordinals: words, digits with their suffix, compounds and ranks, parsed by the ordinal rule
// alone from the start of a text.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "grammar/ordinal.hpp"
#include "grammar_fixture.hpp"

namespace ast = claimcheck::ast;
namespace grammar = claimcheck::grammar;
using claimcheck::testing::builtin_lexicon;
using claimcheck::testing::parse_prefix;

namespace {


struct ordinal_case {
  std::string text;
  std::string span;  // what the ordinal covers: the start of `text`
  int value;
};

void check(ordinal_case const& c) {
  CAPTURE(c.text);
  ast::ordinal o;
  auto const consumed = parse_prefix(grammar::ordinal(), c.text, o);
  REQUIRE(consumed);
  CHECK(*consumed == c.span.size());
  CHECK(o.span.view() == c.span);
  CHECK(o.value == c.value);
}

}  // namespace

TEST_CASE("ordinal: words", "[grammar][numbers][ordinal]") {
  check(GENERATE(values<ordinal_case>({
      {"first", "first", 1},
      {"First", "First", 1},
      {"FIRST", "FIRST", 1},
      {"first visit", "first", 1},
      {"first-ever visit", "first", 1},
      {"second", "second", 2},
      {"third", "third", 3},
      {"fourth", "fourth", 4},
      {"tenth", "tenth", 10},
      {"twelfth", "twelfth", 12},
      {"twentieth", "twentieth", 20},
      {"twenty-first", "twenty-first", 21},
      {"twenty first", "twenty first", 21},
      {"sixtieth anniversary", "sixtieth", 60},
      {"ninety-ninth", "ninety-ninth", 99},
      {"hundredth", "hundredth", 100},
      {"one hundredth", "one hundredth", 100},
      {"one hundred and first", "one hundred and first", 101},
      {"one hundred first", "one hundred first", 101},
      {"one hundred and twenty-first", "one hundred and twenty-first", 121},
      {"one hundred twenty-first", "one hundred twenty-first", 121},
      {"two hundredth", "two hundredth", 200},
      {"thousandth", "thousandth", 1000},
      {"five thousandth", "five thousandth", 5000},
      {"two thousand and tenth", "two thousand and tenth", 2010},
      {"third, after", "third", 3},
      {"fifth.", "fifth", 5},
  })));
}

TEST_CASE("ordinal: digits with their suffix", "[grammar][numbers][ordinal]") {
  check(GENERATE(values<ordinal_case>({
      {"1st", "1st", 1},         {"2nd", "2nd", 2},         {"3rd", "3rd", 3},         {"4th", "4th", 4},
      {"10th", "10th", 10},      {"11th", "11th", 11},      {"12th", "12th", 12},      {"13th", "13th", 13},
      {"21st", "21st", 21},      {"22nd", "22nd", 22},      {"23rd", "23rd", 23},      {"24th", "24th", 24},
      {"60th", "60th", 60},      {"101st", "101st", 101},   {"102nd", "102nd", 102},   {"108th", "108th", 108},
      {"111th", "111th", 111},   {"112th", "112th", 112},   {"113th", "113th", 113},   {"1000th", "1000th", 1000},
      {"108th anniversary", "108th", 108},
      {"60th,", "60th", 60},
      {"21st-century", "21st", 21},
  })));
}

TEST_CASE("ordinal: ranks keep the rank as the value", "[grammar][numbers][ordinal]") {
  check(GENERATE(values<ordinal_case>({
      {"third-largest", "third-largest", 3},
      {"third-largest economy", "third-largest", 3},
      {"second-biggest", "second-biggest", 2},
      {"fifth-highest", "fifth-highest", 5},
      {"second-best", "second-best", 2},
      {"second-most", "second-most", 2},
      {"2nd-largest", "2nd-largest", 2},
      {"10th-largest", "10th-largest", 10},
      {"twenty-third-largest", "twenty-third-largest", 23},
      {"second-round", "second", 2},  // not a rank: the ordinal alone
  })));
}

TEST_CASE("ordinal: near misses are not ordinals", "[grammar][numbers][ordinal]") {
  auto const text = GENERATE(as<std::string>{},
                             // a suffix that does not belong to the number
                             "21th", "2st", "1nd", "3th", "11st", "12nd", "13rd", "111st", "0th", "01st",
                             // words that only start like ordinals, cardinals, glued letters
                             "seconds", "firstly", "secondary", "thirdly", "21", "twenty", "one", "2nd5", "3rdparty",
                             "one first", "the first", "A1st", "1 st");
  CAPTURE(text);
  ast::ordinal o;
  CHECK_FALSE(parse_prefix(grammar::ordinal(), text, o));
}
