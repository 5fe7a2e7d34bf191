// libFuzzer target: arbitrary bytes as an article body, through the whole extraction path
// (sentence splitting, normalisation, the Spirit grammar, lowering to claims, entities).
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "pipeline/extract.hpp"
#include "text/sentence_splitter.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace claimcheck;
  lexicon const& lex = fuzzing::builtin_lexicon();
  source_store store;
  source_id const id = store.add("fuzz.md", std::string(fuzzing::as_text(data, size)));

  // The splitter's own promise: spans in order, inside the body, never empty.
  std::vector<sentence_span> sentences;
  split_sentences(store[id].text(), 0, lex.abbreviations, sentences);
  std::uint32_t previous_end = 0;
  for (sentence_span const& s : sentences) {
    if (s.begin < previous_end || s.begin >= s.end || s.end > size) __builtin_trap();
    previous_end = s.end;
  }

  document doc;
  doc.source = id;
  std::vector<claim> claims;
  extract_document_claims(store, doc, lex, claims);
  for (claim const& c : claims)
    if (c.span.begin > c.span.end || c.span.end > size) __builtin_trap();
  return 0;
}
