// Money: signs, codes and currency words, scales and bounds, and an amount with its equivalent in
// another currency, parsed by the money_phrase rule alone from the start of a text.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "grammar/money.hpp"
#include "grammar_fixture.hpp"

namespace ast = claimcheck::ast;
namespace grammar = claimcheck::grammar;
using ast::bound;
using claimcheck::testing::builtin_lexicon;
using claimcheck::testing::parse_prefix;

namespace {


std::string code_of(ast::money const& m) { return builtin_lexicon().currencies.at(m.currency).code; }

struct money_case {
  std::string text;
  std::string span;  // what the money covers: the start of `text`
  double value;
  std::string currency;  // ISO 4217
  bound qualifier = bound::exact;
  double high = -1;  // -1: the same as value
};

void check(money_case const& c) {
  CAPTURE(c.text);
  ast::money_phrase m;
  auto const consumed = parse_prefix(grammar::money_phrase(), c.text, m);
  REQUIRE(consumed);
  CHECK(*consumed == c.span.size());
  CHECK(m.span.view() == c.span);
  CHECK(m.primary.span.view() == c.span);
  CHECK(m.primary.amount.value == Approx(c.value));
  CHECK(m.primary.amount.high == Approx(c.high < 0 ? c.value : c.high));
  CHECK(m.primary.amount.qualifier == c.qualifier);
  CHECK_FALSE(m.primary.amount.percent);
  CHECK(code_of(m.primary) == c.currency);
  CHECK_FALSE(m.has_equivalent);
}

}  // namespace

TEST_CASE("money: a sign before the amount", "[grammar][numbers][money]") {
  check(GENERATE(values<money_case>({
      {"$8.47 million", "$8.47 million", 8.47e6, "USD"},
      {"$8.47m", "$8.47m", 8.47e6, "USD"},
      {"$3m", "$3m", 3e6, "USD"},
      {"$44 billion", "$44 billion", 44e9, "USD"},
      {"$2,000", "$2,000", 2000, "USD"},
      {"$0.5 billion", "$0.5 billion", 0.5e9, "USD"},
      {"$5B", "$5B", 5e9, "USD"},
      {"$ 5 million", "$ 5 million", 5e6, "USD"},
      {"$44-billion deal", "$44-billion", 44e9, "USD"},
      {"US$1.53 billion", "US$1.53 billion", 1.53e9, "USD"},
      {"US$ 1.53 billion", "US$ 1.53 billion", 1.53e9, "USD"},
      {"US$1.53bn", "US$1.53bn", 1.53e9, "USD"},
      {"U.S.$20 million", "U.S.$20 million", 20e6, "USD"},
      {"$US1.5 billion", "$US1.5 billion", 1.5e9, "USD"},
      {"$A300 million", "$A300 million", 300e6, "AUD"},
      {"$NZ40m", "$NZ40m", 40e6, "NZD"},
      {"C$2.1 billion", "C$2.1 billion", 2.1e9, "CAD"},
      {"C$14.50 a share", "C$14.50", 14.5, "CAD"},
      {"CA$300", "CA$300", 300, "CAD"},
      {"A$5 million", "A$5 million", 5e6, "AUD"},
      {"AU$5m", "AU$5m", 5e6, "AUD"},
      {"HK$10 billion", "HK$10 billion", 10e9, "HKD"},
      {"NZ$3m", "NZ$3m", 3e6, "NZD"},
      {"S$2bn", "S$2bn", 2e9, "SGD"},
      {"NT$1bn", "NT$1bn", 1e9, "TWD"},
      {"R$50 million", "R$50 million", 50e6, "BRL"},
      {"Mex$100", "Mex$100", 100, "MXN"},
      {"¥1bn", "¥1bn", 1e9, "JPY"},
      {"¥1 billion", "¥1 billion", 1e9, "JPY"},
      {"¥120", "¥120", 120, "JPY"},
      {"CN¥10bn", "CN¥10bn", 10e9, "CNY"},
      {"RMB 5 billion", "RMB 5 billion", 5e9, "CNY"},
      {"€410 million", "€410 million", 410e6, "EUR"},
      {"€2.5bn", "€2.5bn", 2.5e9, "EUR"},
      {"£1.2bn", "£1.2bn", 1.2e9, "GBP"},
      {"£300,000", "£300,000", 300000, "GBP"},
      {"₩1.5 trillion", "₩1.5 trillion", 1.5e12, "KRW"},
      {"₹500 crore", "₹500 crore", 5e9, "INR"},
      {"Rs 500 crore", "Rs 500 crore", 5e9, "INR"},
      {"Rs. 20 lakh", "Rs. 20 lakh", 2e6, "INR"},
      {"₽100bn", "₽100bn", 100e9, "RUB"},
      {"₺5bn", "₺5bn", 5e9, "TRY"},
      {"₪2 billion", "₪2 billion", 2e9, "ILS"},
      {"NIS 2 billion", "NIS 2 billion", 2e9, "ILS"},
      {"₱3 million", "₱3 million", 3e6, "PHP"},
      {"₫1,000", "₫1,000", 1000, "VND"},
      {"Rp 10 trillion", "Rp 10 trillion", 10e12, "IDR"},
      {"RM2.5bn", "RM2.5bn", 2.5e9, "MYR"},
      {"CHF 3m", "CHF 3m", 3e6, "CHF"},
      {"CHF3m", "CHF3m", 3e6, "CHF"},
      {"USD 5 million", "USD 5 million", 5e6, "USD"},
      {"EUR 200m", "EUR 200m", 200e6, "EUR"},
      {"JPY 1bn", "JPY 1bn", 1e9, "JPY"},
      {"KRW 3 trillion", "KRW 3 trillion", 3e12, "KRW"},
      {"$5m, $6m and $7m", "$5m", 5e6, "USD"},
      {"$5m.", "$5m", 5e6, "USD"},
  })));
}

TEST_CASE("money: a currency word after the amount", "[grammar][numbers][money]") {
  check(GENERATE(values<money_case>({
      {"one billion yen", "one billion yen", 1e9, "JPY"},
      {"One billion yen", "One billion yen", 1e9, "JPY"},
      {"a billion dollars", "a billion dollars", 1e9, "USD"},
      {"two hundred million yen", "two hundred million yen", 2e8, "JPY"},
      {"1.2bn dollars", "1.2bn dollars", 1.2e9, "USD"},
      {"5 million US dollars", "5 million US dollars", 5e6, "USD"},
      {"5 million U.S. dollars", "5 million U.S. dollars", 5e6, "USD"},
      {"5 million Canadian dollars", "5 million Canadian dollars", 5e6, "CAD"},
      {"10 million Hong Kong dollars", "10 million Hong Kong dollars", 10e6, "HKD"},
      {"10 million euros", "10 million euros", 10e6, "EUR"},
      {"20 million pounds", "20 million pounds", 20e6, "GBP"},
      {"20 million pounds sterling", "20 million pounds sterling", 20e6, "GBP"},
      {"5 million sterling", "5 million sterling", 5e6, "GBP"},
      {"3 billion yuan", "3 billion yuan", 3e9, "CNY"},
      {"3 billion renminbi", "3 billion renminbi", 3e9, "CNY"},
      {"50 billion won", "50 billion won", 50e9, "KRW"},
      {"50 billion South Korean won", "50 billion South Korean won", 50e9, "KRW"},
      {"100 million rupees", "100 million rupees", 100e6, "INR"},
      {"100 million Pakistani rupees", "100 million Pakistani rupees", 100e6, "PKR"},
      {"2 million Swiss francs", "2 million Swiss francs", 2e6, "CHF"},
      {"5 million francs", "5 million francs", 5e6, "CHF"},
      {"40 million Swedish kronor", "40 million Swedish kronor", 40e6, "SEK"},
      {"40 million kronor", "40 million kronor", 40e6, "SEK"},
      {"5 billion Norwegian kroner", "5 billion Norwegian kroner", 5e9, "NOK"},
      {"3 billion Danish kroner", "3 billion Danish kroner", 3e9, "DKK"},
      {"2 million zloty", "2 million zloty", 2e6, "PLN"},
      {"10 million reais", "10 million reais", 10e6, "BRL"},
      {"500 million pesos", "500 million pesos", 500e6, "MXN"},
      {"200 million Argentine pesos", "200 million Argentine pesos", 200e6, "ARS"},
      {"1 trillion rupiah", "1 trillion rupiah", 1e12, "IDR"},
      {"4 billion roubles", "4 billion roubles", 4e9, "RUB"},
      {"4 billion rubles", "4 billion rubles", 4e9, "RUB"},
      {"10 million lira", "10 million lira", 10e6, "TRY"},
      {"8 million shekels", "8 million shekels", 8e6, "ILS"},
      {"50 million rand", "50 million rand", 50e6, "ZAR"},
      {"1 billion naira", "1 billion naira", 1e9, "NGN"},
      {"2 billion baht", "2 billion baht", 2e9, "THB"},
      {"5 billion dong", "5 billion dong", 5e9, "VND"},
      {"9 million Egyptian pounds", "9 million Egyptian pounds", 9e6, "EGP"},
      {"3 million riyals", "3 million riyals", 3e6, "SAR"},
      {"3 million dirhams", "3 million dirhams", 3e6, "AED"},
      {"5m USD", "5m USD", 5e6, "USD"},
      {"5 million EUR", "5 million EUR", 5e6, "EUR"},
      {"forty thousand dollars", "forty thousand dollars", 40000, "USD"},
      {"10-million-dollar deal", "10-million-dollar", 10e6, "USD"},
      {"a billion-dollar fund", "a billion-dollar", 1e9, "USD"},
      {"tens of billions of dollars", "tens of billions of dollars", 1e10, "USD", bound::exact, 1e11},
      {"hundreds of millions of dollars", "hundreds of millions of dollars", 1e8, "USD", bound::exact, 1e9},
      {"millions of dollars", "millions of dollars", 1e6, "USD", bound::exact, 1e9},
      {"billions of yen", "billions of yen", 1e9, "JPY", bound::exact, 1e12},
      {"several hundred million dollars", "several hundred million dollars", 3e8, "USD", bound::exact, 9e8},
      {"one billion yen to the fund", "one billion yen", 1e9, "JPY"},
      {"half a billion dollars", "half a billion dollars", 5e8, "USD"},
      {"one and a half billion yen", "one and a half billion yen", 1.5e9, "JPY"},
  })));
}

TEST_CASE("money: hundredths of a unit", "[grammar][numbers][money]") {
  check(GENERATE(values<money_case>({
      {"50 cents", "50 cents", 0.5, "USD"},
      {"99 pence", "99 pence", 0.99, "GBP"},
      {"20-cent rise", "20-cent", 0.2, "USD"},
      {"ten dollars and fifty cents", "ten dollars and fifty cents", 10.5, "USD"},
      {"Thirty Seven Dollars And Six Cents", "Thirty Seven Dollars And Six Cents", 37.06, "USD"},
      {"$5 and 50 cents", "$5 and 50 cents", 5.5, "USD"},
      {"3 euros and 20 cents", "3 euros and 20 cents", 3.2, "EUR"},  // the cents of the euro
      {"12 eurocents", "12 eurocents", 0.12, "EUR"},
      {"four pounds and 20 pence", "four pounds and 20 pence", 4.2, "GBP"},
      {"about 80 cents a litre", "about 80 cents", 0.8, "USD", bound::about},
      {"five dollars and fifty people", "five dollars", 5, "USD"},  // no hundredths after the "and"
  })));
}

TEST_CASE("money: bounds before and after the amount", "[grammar][numbers][money]") {
  check(GENERATE(values<money_case>({
      {"about $8.47 million", "about $8.47 million", 8.47e6, "USD", bound::about},
      {"more than $44 billion", "more than $44 billion", 44e9, "USD", bound::more_than},
      {"nearly ¥1bn", "nearly ¥1bn", 1e9, "JPY", bound::about},
      {"at least €410 million", "at least €410 million", 410e6, "EUR", bound::at_least},
      {"up to £5m", "up to £5m", 5e6, "GBP", bound::at_most},
      {"less than $1", "less than $1", 1, "USD", bound::less_than},
      {"some 300 million euros", "some 300 million euros", 300e6, "EUR", bound::about},
      {"roughly 2 billion yen", "roughly 2 billion yen", 2e9, "JPY", bound::about},
      {"an estimated $3bn", "an estimated $3bn", 3e9, "USD", bound::about},
      {"$5m or more", "$5m or more", 5e6, "USD", bound::at_least},
      {"500 million yen or so", "500 million yen or so", 500e6, "JPY", bound::about},
      {"in excess of £1m", "in excess of £1m", 1e6, "GBP", bound::more_than},
  })));
}

TEST_CASE("money: an amount with its equivalent in another currency", "[grammar][numbers][money]") {
  struct equivalent_case {
    std::string text;
    std::string span;
    double value;
    std::string currency;
    double equivalent;
    std::string equivalent_currency;
    bound equivalent_qualifier = bound::exact;
  };
  auto const c = GENERATE(values<equivalent_case>({
      {"one billion yen ($8.47 million)", "one billion yen ($8.47 million)", 1e9, "JPY", 8.47e6, "USD"},
      {"one billion yen ($8.47 million) to the fund", "one billion yen ($8.47 million)", 1e9, "JPY", 8.47e6, "USD"},
      {"one billion yen, or about $8.47 million", "one billion yen, or about $8.47 million", 1e9, "JPY", 8.47e6,
       "USD", bound::about},
      {"one billion yen, or about $8.47 million, to the fund", "one billion yen, or about $8.47 million", 1e9, "JPY",
       8.47e6, "USD", bound::about},
      {"one billion yen (about $8.47 million)", "one billion yen (about $8.47 million)", 1e9, "JPY", 8.47e6, "USD",
       bound::about},
      {"one billion yen (or $8.47 million)", "one billion yen (or $8.47 million)", 1e9, "JPY", 8.47e6, "USD"},
      {"¥1bn ($8.47m)", "¥1bn ($8.47m)", 1e9, "JPY", 8.47e6, "USD"},
      {"¥1bn($8.47m)", "¥1bn($8.47m)", 1e9, "JPY", 8.47e6, "USD"},
      {"€410 million (US$450 million)", "€410 million (US$450 million)", 410e6, "EUR", 450e6, "USD"},
      {"$8.47 million (one billion yen)", "$8.47 million (one billion yen)", 8.47e6, "USD", 1e9, "JPY"},
      {"1.2bn dollars (1.1bn euros)", "1.2bn dollars (1.1bn euros)", 1.2e9, "USD", 1.1e9, "EUR"},
      {"£5m, or $6.3m", "£5m, or $6.3m", 5e6, "GBP", 6.3e6, "USD"},
      {"£5m or $6.3m", "£5m or $6.3m", 5e6, "GBP", 6.3e6, "USD"},
      {"£5m (equivalent to $6.3m)", "£5m (equivalent to $6.3m)", 5e6, "GBP", 6.3e6, "USD"},
      {"one billion yen, equivalent to $8.47 million", "one billion yen, equivalent to $8.47 million", 1e9, "JPY",
       8.47e6, "USD"},
      {"10 million euros, worth about $11 million", "10 million euros, worth about $11 million", 10e6, "EUR", 11e6,
       "USD", bound::about},
      {"¥1bn - about $8.47m", "¥1bn - about $8.47m", 1e9, "JPY", 8.47e6, "USD", bound::about},
      {"C$2.1 billion (US$1.53 billion)", "C$2.1 billion (US$1.53 billion)", 2.1e9, "CAD", 1.53e9, "USD"},
      {"₩1.5 trillion ($1.1 billion)", "₩1.5 trillion ($1.1 billion)", 1.5e12, "KRW", 1.1e9, "USD"},
      {"50 billion won (about 37 million dollars)", "50 billion won (about 37 million dollars)", 50e9, "KRW", 37e6,
       "USD", bound::about},
  }));
  CAPTURE(c.text);
  ast::money_phrase m;
  auto const consumed = parse_prefix(grammar::money_phrase(), c.text, m);
  REQUIRE(consumed);
  CHECK(*consumed == c.span.size());
  CHECK(m.span.view() == c.span);
  CHECK(m.primary.amount.value == Approx(c.value));
  CHECK(code_of(m.primary) == c.currency);
  REQUIRE(m.has_equivalent);
  CHECK(m.equivalent.amount.value == Approx(c.equivalent));
  CHECK(code_of(m.equivalent) == c.equivalent_currency);
  CHECK(m.equivalent.amount.qualifier == c.equivalent_qualifier);
  CHECK(c.span.find(m.equivalent.span.view()) != std::string::npos);
}

TEST_CASE("money: a second amount in the same currency is no equivalent", "[grammar][numbers][money]") {
  check(GENERATE(values<money_case>({
      {"$5m or $6m", "$5m", 5e6, "USD"},
      {"$5m ($6m)", "$5m", 5e6, "USD"},
      {"$5m, or $6m", "$5m", 5e6, "USD"},
      {"one billion yen (two billion yen)", "one billion yen", 1e9, "JPY"},
      {"¥1bn ($8.47 million", "¥1bn", 1e9, "JPY"},            // unclosed
      {"¥1bn (about $8.47 million at today's rates)", "¥1bn", 1e9, "JPY"},  // more than an amount inside
      {"¥1bn, $8.47 million", "¥1bn", 1e9, "JPY"},            // no link: could be a list
  })));
}

TEST_CASE("money: near misses are not money", "[grammar][numbers][money]") {
  auto const text = GENERATE(as<std::string>{},
                             // "US" is a currency only with its sign; "us" never
                             "5 million us", "us$5", "US 5 million", "Us$5",
                             // no currency, or no amount
                             "5 million", "2,100 people", "$", "$ million", "dollars", "yen", "a dollar", "the euro",
                             "$five", "US$",
                             // codes, phone numbers and words glued to the amount
                             "$5G", "$555-0199", "$1.2.3", "c$5", "5 million usd", "won 52 percent",
                             "several dollars", "dozen dollars",
                             // hundredths without an amount, or with one that is no amount
                             "cents", "a cent", "penny", "pence", "cents 50", "several cents");
  CAPTURE(text);
  ast::money_phrase m;
  CHECK_FALSE(parse_prefix(grammar::money_phrase(), text, m));
}

TEST_CASE("money: the built-in currencies are ISO 4217 codes with names", "[grammar][numbers][money]") {
  claimcheck::lexicon const& lex = builtin_lexicon();
  REQUIRE(lex.currencies.size() >= 30);
  for (claimcheck::currency_entry const& c : lex.currencies) {
    CAPTURE(c.code);
    CHECK(c.code.size() == 3);
    CHECK(c.code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") == std::string::npos);
    CHECK(!c.name.empty());
    CHECK(lex.currency_names.find(c.code));  // every code is also written after an amount
  }
  for (claimcheck::currency_symbol const& s : lex.currency_symbols) CHECK(s.currency < lex.currencies.size());
}

TEST_CASE("money: lexicon errors in currency sections are located", "[grammar][numbers][money]") {
  struct bad_case {
    std::string yaml;
    std::string message;
  };
  auto const c = GENERATE(values<bad_case>({
      {"currencies: [{code: usd, names: [bucks]}]", "currency code 'usd' must be three capital letters"},
      {"currencies: [{code: DOLLAR}]", "must be three capital letters"},
      {"currencies: [{names: [bucks]}]", "missing required key 'code'"},
      {"currencies: [{code: USD}, {code: USD}]", "duplicate currency code 'USD'"},
      {"currencies: [{code: USD, symbols: [$]}, {code: CAD, symbols: [$]}]", "'$' already stands for currency 'USD'"},
      {"currencies: [{code: USD, names: [bucks]}, {code: CAD, names: [bucks]}]",
       "'bucks' already stands for currency 'USD'"},
      {"currencies: [{code: USD, symbols: [US $]}]", "must not contain a space"},
      {"currencies: [{code: USD, sign: $}]", "unknown key 'sign'"},
  }));
  CAPTURE(c.yaml);
  claimcheck::lexicon lex;
  claimcheck::diagnostics errors;
  claimcheck::load_lexicon_yaml("extra.yaml", c.yaml, lex, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK_THAT(errors.items().front().message, Catch::Contains(c.message));
  CHECK(errors.items().front().line == 1);
}

TEST_CASE("money: a later lexicon file extends a currency", "[grammar][numbers][money]") {
  claimcheck::lexicon lex;
  claimcheck::diagnostics errors;
  claimcheck::load_lexicon_yaml("a.yaml", "currencies: [{code: USD, name: US dollar, symbols: [$]}]", lex, errors);
  claimcheck::load_lexicon_yaml("b.yaml", "currencies: [{code: USD, names: [bucks]}]", lex, errors);
  CHECK(errors.empty());
  REQUIRE(lex.currencies.size() == 1);
  CHECK(lex.currency_names.find("bucks") == 0u);
  claimcheck::load_lexicon_yaml("c.yaml", "currencies: [{code: USD, name: greenback}]", lex, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK_THAT(errors.items().front().message, Catch::Contains("already named 'US dollar'"));
}
