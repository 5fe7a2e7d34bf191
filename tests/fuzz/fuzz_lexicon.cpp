// libFuzzer target: arbitrary bytes as a user's lexicon file, added to an empty lexicon, then a
// few sentences parsed with whatever it taught the grammar (an empty or odd phrase must not
// break matching).
#include <array>
#include <string_view>

#include "fuzz_support.hpp"
#include "grammar/parse.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace claimcheck;
  lexicon lex;
  diagnostics errors;
  load_lexicon_yaml("fuzz.yaml", fuzzing::as_text(data, size), lex, errors);
  constexpr std::array<std::string_view, 4> sentences = {
      "The fisheries minister Ana Ruiz met her counterpart in Lisbon on 3 May 2025.",
      "About 1,200 people attended, officials said.",
      "Prime Minister Tomas Berg visited Valdoria for the first time since 2019.",
      "It cost $4.5 million (3.9 million euros), a 12% rise.",
  };
  ast::sentence_parse parse;
  for (std::string_view sentence : sentences) {
    parse.clear();
    grammar::parse_sentence(sentence, lex, parse);
  }
  return 0;
}
