#include "grammar/ordinal_def.hpp"

#include <charconv>

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(ordinal_type, iterator_type, context_type)
}  // namespace parsers

parsers::ordinal_type const& ordinal() { return parsers::ordinal; }

namespace parsers::detail {

std::optional<scanned_ordinal> scan_digit_ordinal(std::string_view text) {
  std::size_t digits = 0;
  while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
  if (digits == 0 || digits > 9 || text[0] == '0' || text.size() < digits + 2) return std::nullopt;
  int value = 0;
  std::from_chars(text.data(), text.data() + digits, value);
  std::string_view const suffix = text.substr(digits, 2);
  int const tens = value % 100;
  int const units = value % 10;
  std::string_view expected = "th";
  if (tens < 11 || tens > 13) {
    if (units == 1) expected = "st";
    if (units == 2) expected = "nd";
    if (units == 3) expected = "rd";
  }
  if (suffix != expected) return std::nullopt;
  std::size_t const end = digits + 2;
  if (end < text.size() && is_word_byte(static_cast<unsigned char>(text[end]))) return std::nullopt;
  return scanned_ordinal{end, value};
}

int combine_ordinal(double cardinal, int ordinal) {
  auto const c = static_cast<long long>(cardinal);
  long long value = 0;
  if (ordinal >= 100 && ordinal % 100 == 0 && c < ordinal) {
    value = c * ordinal;  // "two hundredth", "five thousandth"
  } else if (ordinal < 100 && c % 100 == 0) {
    value = c + ordinal;  // "one hundred and first"
  } else if (ordinal < 10 && c % 10 == 0 && c % 100 >= 20) {
    value = c + ordinal;  // "twenty first", "one hundred twenty first"
  }
  return value > 0 && value < 1'000'000'000 ? static_cast<int>(value) : 0;
}

bool is_superlative(std::string_view word) {
  // English superlatives end in "-est" ("largest", "biggest", "best"), or are made with "most".
  return (word.size() > 3 && word.ends_with("est")) || word == "most";
}

}  // namespace parsers::detail

}  // namespace claimcheck::grammar
