// libFuzzer target: arbitrary bytes as a fact-sheet YAML file, read with the built-in lexicon.
#include "facts/fact_sheet_loader.hpp"
#include "fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(std::uint8_t const* data, std::size_t size) {
  using namespace claimcheck;
  fact_sheets sheets;
  diagnostics errors;
  load_fact_sheet_yaml("fuzz.yaml", fuzzing::as_text(data, size), fuzzing::builtin_lexicon(), sheets, errors);
  return 0;
}
