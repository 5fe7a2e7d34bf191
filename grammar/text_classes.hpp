#pragma once
/// Character and word classes of news prose, UTF-8 aware, shared by the grammar's primitives.
#include <cstddef>
#include <string_view>

#include "grammar/lexicon.hpp"

namespace claimcheck::grammar {

inline bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
inline bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }

/// Letters, digits and every byte of a multi-byte UTF-8 sequence.
inline bool is_word_byte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

/// Length in bytes of the name word at the start of `text`, or 0 when there is none.
std::size_t name_word_length(std::string_view text, lexicon const& lex);

/// Length of the lower-case word at `first` ("homes", "walk-in"), 0 when there is none or when
/// it runs on into digits or capitals ("covid19", "iPhone").
std::size_t lower_word_length(char const* first, char const* last);

/// A regular past tense or participle by its ending: "destroyed", "evacuated", "walked".
bool past_tense(std::string_view word);

/// Whether the code point at the start of `text` is an upper-case letter (any script).
bool starts_upper(std::string_view text);

}  // namespace claimcheck::grammar
