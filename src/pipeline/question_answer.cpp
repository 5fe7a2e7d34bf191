#include "pipeline/question_answer.hpp"

#include <string>
#include <string_view>
#include <optional>
#include <utility>
#include <vector>

namespace claimcheck {

namespace {

std::string lower(std::string_view word) {
  std::string out(word);
  for (char& c : out)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return out;
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t const next = text.find(' ', i);
    std::size_t const end = next == std::string_view::npos ? text.size() : next;
    if (end > i) out.push_back(text.substr(i, end - i));
    i = end + 1;
  }
  return out;
}

bool one_of(std::string_view word, std::initializer_list<std::string_view> list) {
  for (std::string_view w : list)
    if (word == w) return true;
  return false;
}

/// The noun phrase a when/where question asks about, as a range of the question's text:
/// "the summit" in "When and where is the summit?", "the final" in "When was the final played?".
std::optional<std::pair<std::size_t, std::size_t>> asked_about(std::string_view q) {
  if (q.empty() || q.back() != '?') return std::nullopt;
  std::string_view const body = q.substr(0, q.size() - 1);
  std::vector<std::string_view> const words = words_of(body);
  std::size_t i = 0;
  auto word = [&](std::size_t k) { return k < words.size() ? lower(words[k]) : std::string(); };
  if (!one_of(word(i), {"when", "where"})) return std::nullopt;
  ++i;
  if (word(i) == "and" && one_of(word(i + 1), {"when", "where"})) i += 2;
  if (!one_of(word(i), {"is", "was", "will", "are", "were", "does", "did"})) return std::nullopt;
  ++i;
  if (!one_of(word(i), {"the", "this", "next", "last"})) return std::nullopt;
  std::size_t const first = i;
  std::size_t last = i + 1;
  // The phrase ends where the verb of the question starts, or with the question.
  constexpr std::size_t longest = 4;
  while (last < words.size() && last - first <= longest &&
         !one_of(word(last), {"be", "take", "held", "played", "happen", "start", "begin", "open", "staged",
                              "hosted", "being", "going", "happening", "taking"}))
    ++last;
  if (last - first < 2 || last - first > longest + 1) return std::nullopt;
  std::size_t const begin = static_cast<std::size_t>(words[first].data() - q.data());
  std::size_t const end = static_cast<std::size_t>(words[last - 1].data() + words[last - 1].size() - q.data());
  return std::pair{begin, end};
}

bool is_fragment_answer(std::string_view a) {
  constexpr std::size_t longest = 80;
  if (a.empty() || a.size() > longest) return false;
  std::vector<std::string_view> const words = words_of(a);
  if (words.empty()) return false;
  std::string const first = lower(words.front());
  char const c = a.front();
  return one_of(first, {"in", "in,", "on", "from", "between", "at"}) || (c >= '0' && c <= '9');
}

}  // namespace

bool join_question_answer(normalized_text const& question, normalized_text const& answer, normalized_text& out) {
  auto const phrase = asked_about(question.text);
  if (!phrase || !is_fragment_answer(answer.text)) return false;
  out.text.clear();
  out.origin.clear();
  auto append = [&](std::string_view text, normalized_text const& from, std::size_t at, bool traced) {
    for (std::size_t k = 0; k < text.size(); ++k) {
      out.text.push_back(text[k]);
      // Joining words belong to no source text: they take the place where the answer starts.
      out.origin.push_back(traced ? from.origin[at + k] : answer.origin.front());
    }
  };
  std::string_view const thing = std::string_view(question.text).substr(phrase->first, phrase->second - phrase->first);
  std::string the_thing(thing);
  if (!the_thing.empty() && the_thing[0] >= 'a' && the_thing[0] <= 'z') the_thing[0] = static_cast<char>(the_thing[0] - 'a' + 'A');
  append(the_thing, question, phrase->first, true);
  append(" was held ", answer, 0, false);
  std::string tail(answer.text);
  if (!tail.empty() && tail[0] >= 'A' && tail[0] <= 'Z') tail[0] = static_cast<char>(tail[0] - 'A' + 'a');
  append(tail, answer, 0, true);
  out.origin.push_back(answer.origin.back());
  return true;
}

}  // namespace claimcheck
