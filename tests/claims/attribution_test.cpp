// Attribution: who a sentence says made its statement, read from reported-speech phrasings.
#include <catch2/catch.hpp>

#include <string>

#include "../grammar/grammar_fixture.hpp"
#include "claims/attribution.hpp"

namespace claimcheck {
namespace {

std::string speaker(std::string const& sentence, std::optional<std::string> antecedent = std::nullopt) {
  ast::sentence_parse const p = testing::parse(sentence);
  std::optional<attribution> const a = speaker_of(sentence, p.people, testing::builtin_lexicon(), antecedent);
  return a ? a->speaker : std::string("-");
}

TEST_CASE("attribution: the speaker of reported speech", "[attribution]") {
  struct row {
    char const* sentence;
    char const* expected;
  };
  auto const r = GENERATE(values<row>({
      {"The bridge will reopen in May, said Transport Minister Olga Petrenko.", "Olga Petrenko"},
      {"Petrenko said the bridge would reopen in May.", "Petrenko"},
      {"Mayor Tomas Lindgren told reporters that 300 homes were flooded.", "Tomas Lindgren"},
      {"At least 41 people died, according to the civil defence agency.", "the civil defence agency"},
      {"According to police, 12 people were arrested.", "police"},
      {"Police said 12 people were arrested on Sunday.", "Police"},
      {"Some 300 homes were flooded, the regional council said.", "the regional council"},
      {"\"We lost everything,\" one farmer said.", "one farmer"},
      {"The dam held, said the water authority.", "the water authority"},
      {"The company announced a profit of $4 million.", "The company"},
  }));
  CAPTURE(r.sentence);
  CHECK(speaker(r.sentence) == r.expected);
}

TEST_CASE("attribution: a pronoun speaker stands for the person named before", "[attribution]") {
  CHECK(speaker("She said 200 jobs would go.", std::string("Amira Haddad")) == "Amira Haddad");
  // Without an antecedent, nobody is named: nothing is guessed.
  CHECK(speaker("She said 200 jobs would go.") == "-");
}

TEST_CASE("attribution: sentences that are not reported speech", "[attribution]") {
  auto const sentence = GENERATE(as<std::string>{},
                                 "When the result was announced, 81 percent had voted yes.",
                                 "The strike began on Tuesday and ended on Thursday.",
                                 "Ruiz, who said last year that she would stand down, remains in office.",
                                 "It was said that the fire began in a barn.",
                                 "Vrba, the outgoing governor, conceded on Saturday night and said the result was clear.",
                                 "The ministry has been said to favour the plan.");
  CAPTURE(sentence);
  CHECK(speaker(sentence) == "-");
}

}  // namespace
}  // namespace claimcheck
