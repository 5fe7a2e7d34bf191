#pragma once
// What every libFuzzer target shares: the built-in lexicon, loaded once per process (the grammar
// and the fact-sheet loader read with it), and the fuzzer's bytes as text.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "grammar/lexicon.hpp"
#include "rules/lexicon_loader.hpp"

namespace claimcheck::fuzzing {

/// The lexicon a run starts from. A built-in file that fails to load is a bug, not a finding of
/// the fuzzer's input, so it stops the target at once.
inline lexicon const& builtin_lexicon() {
  static lexicon const lex = [] {
    diagnostics errors;
    lexicon loaded = load_builtin_lexicon(errors);
    if (!errors.empty()) std::abort();
    return loaded;
  }();
  return lex;
}

inline std::string_view as_text(std::uint8_t const* data, std::size_t size) {
  return {reinterpret_cast<char const*>(data), size};
}

}  // namespace claimcheck::fuzzing
