#include "claims/name_mentions.hpp"

#include <algorithm>

#include "claims/name_folding.hpp"

namespace claimcheck {

namespace {

bool is_upper_ascii(char c) { return c >= 'A' && c <= 'Z'; }

// Capitalised words may start with a letter outside ASCII ("Šťastný"): any byte >= 0x80 opening
// a word is taken as a letter and left for folding to judge.
bool opens_capitalised_word(char c) { return is_upper_ascii(c) || static_cast<unsigned char>(c) >= 0x80; }

bool word_byte(char c) {
  return (c >= 'a' && c <= 'z') || is_upper_ascii(c) || (c >= '0' && c <= '9') || c == '-' ||
         static_cast<unsigned char>(c) >= 0x80;
}

}  // namespace

void name_mentions::learn_name(std::string const& name) {
  std::string const folded = fold_name(name);
  std::vector<std::string_view> const words = name_words(folded);
  if (words.size() < 2) return;
  for (std::string_view w : words)
    if (w.size() >= 2) words_[std::string(w)].insert(name);
}

void name_mentions::learn(std::vector<person_mention> const& mentions, std::size_t from) {
  for (std::size_t i = from; i < mentions.size(); ++i) learn_name(mentions[i].name);
}

void name_mentions::learn_from_text(normalized_text const& sentence) {
  std::string_view const text = sentence.text;
  for (std::size_t comma = text.find(", "); comma != std::string_view::npos; comma = text.find(", ", comma + 1)) {
    // ", 46," : one to three digits between commas.
    std::size_t digits = comma + 2;
    while (digits < text.size() && text[digits] >= '0' && text[digits] <= '9') ++digits;
    std::size_t const count = digits - (comma + 2);
    if (count == 0 || count > 3 || digits >= text.size() || text[digits] != ',') continue;
    // Two to four capitalised words just before the comma.
    std::size_t start = comma;
    std::size_t words = 0;
    while (words < 4 && start > 0) {
      std::size_t end = start;
      std::size_t begin = end;
      while (begin > 0 && word_byte(text[begin - 1])) --begin;
      if (begin == end || !opens_capitalised_word(text[begin])) break;
      start = begin;
      ++words;
      if (start == 0 || text[start - 1] != ' ') break;
      --start;  // over the space, to the previous word
    }
    if (start < comma && text[start] == ' ') ++start;
    if (words >= 2) learn_name(std::string(text.substr(start, comma - start)));
  }
}

void name_mentions::find_in(normalized_text const& sentence, std::uint32_t sentence_index,
                            std::vector<person_mention>& mentions, std::size_t from) const {
  std::string_view const text = sentence.text;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t const begin = i;
    while (i < text.size() && word_byte(text[i])) ++i;
    if (!opens_capitalised_word(text[begin]) || words_.empty()) continue;
    std::string const folded = fold_name(text.substr(begin, i - begin));
    // A hyphenated word folds to several ("Min-jun"): only a single folded word is looked up.
    if (folded.find(' ') != std::string::npos) continue;
    auto const found = words_.find(folded);
    if (found == words_.end() || found->second.size() != 1) continue;
    mentions.push_back({*found->second.begin(), sentence.origin[begin], sentence_index});
  }
  std::stable_sort(mentions.begin() + static_cast<std::ptrdiff_t>(from), mentions.end(),
                   [](person_mention const& a, person_mention const& b) { return a.offset < b.offset; });
}

}  // namespace claimcheck
