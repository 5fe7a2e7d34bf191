#include "grammar/text_classes.hpp"

#include <utf8proc.h>

namespace claimcheck::grammar {

namespace {

struct code_point {
  utf8proc_int32_t value = -1;
  std::size_t length = 0;  // 0: end of text or an invalid byte
};

code_point decode(std::string_view text, std::size_t at) {
  if (at >= text.size()) return {};
  auto const* p = reinterpret_cast<utf8proc_uint8_t const*>(text.data() + at);
  utf8proc_int32_t value = -1;
  utf8proc_ssize_t const n = utf8proc_iterate(p, static_cast<utf8proc_ssize_t>(text.size() - at), &value);
  if (n <= 0) return {};
  return {value, static_cast<std::size_t>(n)};
}

bool is_letter_or_mark(utf8proc_int32_t c) {
  utf8proc_category_t const category = utf8proc_category(c);
  return (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
         (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME);
}

bool is_letter_at(std::string_view text, std::size_t at) {
  code_point const c = decode(text, at);
  return c.length > 0 && is_letter_or_mark(c.value);
}

// "'s" closing a word is a possessive, never part of the name.
bool possessive_at(std::string_view text, std::size_t at) {
  return at + 1 < text.size() && text[at] == '\'' && text[at + 1] == 's' &&
         (at + 2 == text.size() || !is_word_byte(static_cast<unsigned char>(text[at + 2])));
}

// Words the lexicon knows to be something other than a name. A month is a name too ("Theresa
// May", "Jan Lipavsky") unless a day, a year or an abbreviating full stop follows it.
bool known_non_name(std::string_view word, std::string_view after, lexicon const& lex) {
  if (lex.months.find(word)) {
    bool const dated = !after.empty() && (after[0] == '.' || (after.size() > 1 && after[0] == ' ' &&
                                                              after[1] >= '0' && after[1] <= '9'));
    if (dated) return true;
  }
  return lex.name_stopwords.find(word) || lex.weekdays.find(word) || lex.titles.find(word) ||
         lex.nationalities.find(word) || lex.role_modifiers.find(word);
}

}  // namespace

std::size_t lower_word_length(char const* first, char const* last) {
  std::size_t const size = static_cast<std::size_t>(last - first);
  if (size == 0 || !is_ascii_lower(first[0])) return 0;
  std::size_t i = 1;
  while (i < size) {
    unsigned char const c = static_cast<unsigned char>(first[i]);
    if (is_ascii_lower(static_cast<char>(c)) || c >= 0x80) {
      ++i;
    } else if (c == '-' && i + 1 < size && is_ascii_lower(first[i + 1])) {
      ++i;
    } else {
      break;
    }
  }
  if (i < size && is_word_byte(static_cast<unsigned char>(first[i]))) return 0;
  return i;
}

bool past_tense(std::string_view word) {
  return word.size() >= 5 && word.substr(word.size() - 2) == "ed";
}

bool starts_upper(std::string_view text) {
  code_point const c = decode(text, 0);
  if (c.length == 0) return false;
  utf8proc_category_t const category = utf8proc_category(c.value);
  return category == UTF8PROC_CATEGORY_LU || category == UTF8PROC_CATEGORY_LT;
}

std::size_t name_word_length(std::string_view text, lexicon const& lex) {
  if (!starts_upper(text)) return 0;
  std::size_t i = 0;
  while (i < text.size()) {
    code_point const c = decode(text, i);
    if (c.length == 0) break;
    if (is_letter_or_mark(c.value)) {
      i += c.length;
    } else if ((c.value == '-' || c.value == '\'') && is_letter_at(text, i + 1) && !possessive_at(text, i)) {
      i += 1;  // "Jean-Paul", "O'Brien"
    } else {
      break;
    }
  }
  if (i == 0 || known_non_name(text.substr(0, i), text.substr(i), lex)) return 0;
  // An abbreviated given name keeps its full stop when the name goes on: "Gen. Sato", "J. Smith".
  if (i <= 3 && i + 2 < text.size() && text[i] == '.' && text[i + 1] == ' ' && starts_upper(text.substr(i + 2)))
    return i + 1;
  return i;
}

}  // namespace claimcheck::grammar
