// libFuzzer target: arbitrary bytes as an input file with front matter (load_document), then
// the claims of the body it finds, so that a body starting anywhere is exercised too.
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "pipeline/extract.hpp"
#include "text/document.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace claimcheck;
  source_store store;
  source_id const id = store.add("fuzz.md", std::string(fuzzing::as_text(data, size)));
  diagnostics errors;
  document const doc = load_document(store, id, errors);
  if (doc.body_begin > size) __builtin_trap();
  for (diagnostic const& d : errors.items())
    if (d.line == 0 || d.column == 0 || d.message.empty()) __builtin_trap();  // located, and said
  std::vector<claim> claims;
  extract_document_claims(store, doc, fuzzing::builtin_lexicon(), claims);
  return 0;
}
