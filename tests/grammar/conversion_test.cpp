// Conversions: sums of money given with their equivalent in another currency, found in whole
// sentences; and money or numbers that have none.
#include <catch2/catch.hpp>

#include <string>

#include "grammar_fixture.hpp"

namespace ast = claimcheck::ast;
using claimcheck::testing::builtin_lexicon;
using claimcheck::testing::parse;

namespace {

struct conversion_case {
  std::string sentence;
  std::string span;
  double amount;
  std::string currency;
  double equivalent;
  std::string equivalent_currency;
  ast::bound equivalent_bound = ast::bound::exact;
};

std::string code_of(ast::money const& m) { return builtin_lexicon().currencies.at(m.currency).code; }

}  // namespace

TEST_CASE("conversion: an amount with its equivalent in another currency", "[grammar][conversion]") {
  auto const c = GENERATE(values<conversion_case>({
      {"Tokyo pledged one billion yen ($8.47 million) to the fund.", "one billion yen ($8.47 million)", 1e9, "JPY",
       8.47e6, "USD"},
      {"The bank lent €2bn (about $2.2bn) to the utility.", "€2bn (about $2.2bn)", 2e9, "EUR", 2.2e9, "USD",
       ast::bound::about},
      {"Seoul set aside 1.2 trillion won, or about $900 million, for the plan.",
       "1.2 trillion won, or about $900 million", 1.2e12, "KRW", 900e6, "USD", ast::bound::about},
      {"The club paid £5m, or $6.3m, for the striker.", "£5m, or $6.3m", 5e6, "GBP", 6.3e6, "USD"},
      {"Japan pledged 2 billion yen (roughly $13 million) in aid.", "2 billion yen (roughly $13 million)", 2e9, "JPY",
       13e6, "USD", ast::bound::about},
      {"It cost C$2.1 billion (US$1.53 billion).", "C$2.1 billion (US$1.53 billion)", 2.1e9, "CAD", 1.53e9, "USD"},
      {"The grant is 10 million euros, worth about $11 million.", "10 million euros, worth about $11 million", 10e6,
       "EUR", 11e6, "USD", ast::bound::about},
  }));
  CAPTURE(c.sentence);
  ast::sentence_parse const p = parse(c.sentence);
  REQUIRE(p.conversions.size() == 1);
  ast::money_phrase const& m = p.conversions.front();
  CHECK(m.span.view() == c.span);
  CHECK(m.primary.amount.value == Approx(c.amount));
  CHECK(code_of(m.primary) == c.currency);
  CHECK(m.equivalent.amount.value == Approx(c.equivalent));
  CHECK(code_of(m.equivalent) == c.equivalent_currency);
  CHECK(m.equivalent.amount.qualifier == c.equivalent_bound);
}

TEST_CASE("conversion: money without an equivalent, and equivalents of no money", "[grammar][conversion]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "Tokyo pledged one billion yen to the fund.",
                                 "The fund received 1 billion ($8.47 million) last year.",
                                 "The fund received ($8.47 million) last year.",
                                 "Bids ranged from $5m or $6m.",
                                 "The club paid £5m (£4.2m after tax).",
                                 "About 300 people ($8.47 million in damage) were affected.");
  CAPTURE(sentence);
  CHECK(parse(sentence).conversions.empty());
}
