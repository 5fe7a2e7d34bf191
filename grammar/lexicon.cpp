#include "grammar/lexicon.hpp"

#include <algorithm>

namespace claimcheck {

namespace {

bool is_word_byte(unsigned char c) {
  // Any byte of a multi-byte UTF-8 sequence counts as a letter: accented names stay whole.
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

bool written_in_capitals(std::string_view text) {
  for (char c : text)
    if (c >= 'a' && c <= 'z') return false;
  return true;
}

char lower_ascii(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

}  // namespace

std::string fold_phrase(std::string_view phrase) {
  std::string out;
  out.reserve(phrase.size());
  for (char c : phrase) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(lower_ascii(c));
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

void phrase_table::add(std::string_view phrase, std::uint32_t id) {
  std::string key = fold_phrase(phrase);
  if (key.empty()) return;
  std::size_t const words = static_cast<std::size_t>(std::count(key.begin(), key.end(), ' ')) + 1;
  max_words_ = std::max(max_words_, words);
  // Short acronyms are the ones that collide with common words ("US", "WHO"); "Nato" is as
  // often written so as "NATO", and no word is spelled that way.
  std::size_t letters = 0;
  bool all_capitals = true;
  for (char c : phrase) {
    if (c >= 'a' && c <= 'z') all_capitals = false;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++letters;
  }
  for (std::size_t space = key.find(' '); space != std::string::npos; space = key.find(' ', space + 1))
    word_prefixes_.insert(key.substr(0, space));
  phrases_.emplace(std::move(key), entry{id, all_capitals && letters >= 2 && letters <= 3});
}

std::optional<phrase_table::match_result> phrase_table::match(std::string_view text) const {
  if (phrases_.empty() || text.empty()) return std::nullopt;
  std::optional<match_result> best;
  // Grow the candidate one word at a time; every word end is a place a phrase may stop. The
  // folded key lives on the stack: no phrase of a lexicon is anywhere near this long.
  char buffer[256];
  std::size_t length = 0;
  auto const key = [&buffer, &length] { return std::string_view(buffer, length); };
  std::size_t words = 0;
  std::size_t i = 0;
  while (i < text.size() && words < max_words_) {
    // One word: up to the next space (punctuation inside, like "U.S." or "Gen.", is kept).
    std::size_t const word_start = i;
    while (i < text.size() && text[i] != ' ' && i - word_start + length < sizeof buffer) ++i;  // a blob is no phrase
    if (i == word_start) break;
    if (i - word_start + length + 1 > sizeof buffer) break;
    if (words > 0) buffer[length++] = ' ';
    // Try every prefix of this word that ends at a word boundary ("Japan" in "Japan's").
    for (std::size_t j = word_start; j < i; ++j) {
      buffer[length++] = lower_ascii(text[j]);
      bool const at_boundary = j + 1 == text.size() || !is_word_byte(static_cast<unsigned char>(text[j + 1])) ||
                               !is_word_byte(static_cast<unsigned char>(text[j]));
      if (!at_boundary) continue;
      if (auto const found = phrases_.find(key()); found != phrases_.end())
        if (!found->second.capitals_only || written_in_capitals(text.substr(0, j + 1)))
          best = match_result{j + 1, found->second.id};
    }
    ++words;
    if (words < max_words_ && word_prefixes_.find(key()) == word_prefixes_.end()) break;  // no phrase goes on
    if (i < text.size()) ++i;  // the single space between words (the text is normalised)
  }
  return best;
}

std::optional<std::uint32_t> phrase_table::find(std::string_view phrase) const {
  // Single words, the common case, are folded on the stack.
  char buffer[64];
  std::string folded;
  std::string_view key;
  if (phrase.size() <= sizeof buffer && phrase.find_first_of(" \t\r\n") == std::string_view::npos) {
    for (std::size_t i = 0; i < phrase.size(); ++i) buffer[i] = lower_ascii(phrase[i]);
    key = std::string_view(buffer, phrase.size());
  } else {
    folded = fold_phrase(phrase);
    key = folded;
  }
  auto const found = phrases_.find(key);
  if (found == phrases_.end()) return std::nullopt;
  if (found->second.capitals_only && !written_in_capitals(phrase)) return std::nullopt;
  return found->second.id;
}

office_entry const* lexicon::office_for(std::string_view title) const {
  auto const id = titles.find(title);
  return id ? &offices[*id] : nullptr;
}

country_entry const* lexicon::country_for(std::string_view name) const {
  if (auto const id = country_names.find(name)) return &countries[*id];
  if (auto const id = nationalities.find(name)) return &countries[*id];
  return nullptr;
}

}  // namespace claimcheck

namespace claimcheck {

country_entry const* lexicon::country_by_id(std::string_view id) const {
  for (country_entry const& country : countries)
    if (country.id == id) return &country;
  return nullptr;
}

}  // namespace claimcheck
