#include "claims/attribution.hpp"

#include <cctype>

namespace claimcheck {

namespace {

constexpr std::size_t longest_speaker_words = 6;

bool is_letter(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0 || static_cast<unsigned char>(c) >= 0x80; }

/// The speech verb that starts `sentence` at `at`, as a byte length; 0 when there is none. The
/// verb must start a word.
std::size_t speech_verb_at(std::string_view sentence, std::size_t at, lexicon const& lex) {
  if (at > sentence.size() || (at > 0 && is_letter(sentence[at - 1]))) return 0;
  std::optional<phrase_table::match_result> const m = lex.speech_verbs.match(sentence.substr(at));
  return m ? m->length : 0;
}

std::size_t offset_of(std::string_view sentence, char const* p) { return static_cast<std::size_t>(p - sentence.data()); }

bool is_pronoun(std::string_view word) {
  for (std::string_view p : {"he", "she", "they", "He", "She", "They"})
    if (word == p) return true;
  return false;
}

/// Whether a phrase can name a speaker: a few words, no digits, no quotation marks, not a
/// relative pronoun ("Ruiz, who said ...").
bool speaker_like(std::string_view phrase) {
  if (phrase.empty()) return false;
  // "Ruiz, who said", "When the result was announced": a clause, not a speaker.
  for (std::string_view lead : {"who", "which", "that", "it", "It", "this", "This", "When", "when", "After", "after",
                                "Before", "before", "If", "if", "As", "as", "Since", "since", "Until", "until",
                                "While", "while", "Although", "although", "Because", "because", "and", "but"})
    if (phrase == lead || phrase.starts_with(std::string(lead) + " ")) return false;
  for (std::string_view auxiliary : {" was", " were", " is", " are", " be", " been", " being", " has", " have", " had",
                                     " and", " but", " or"})
    if (phrase.ends_with(auxiliary)) return false;
  // A speaker is named ("Police", "Ana Ruiz") or introduced ("the ministry", "one farmer"); a
  // phrase opening with any other lower-case word is a clause ("conceded on Saturday and said").
  if (std::isupper(static_cast<unsigned char>(phrase.front())) == 0 && static_cast<unsigned char>(phrase.front()) < 0x80) {
    bool introduced = false;
    for (std::string_view lead : {"the ", "a ", "an ", "one ", "two ", "its ", "their ", "his ", "her ", "some ",
                                  "several ", "many ", "local ", "officials", "police", "witnesses", "residents"})
      introduced = introduced || phrase.starts_with(lead);
    if (!introduced) return false;
  }
  std::size_t words = 1;
  for (char c : phrase) {
    if (c == ' ') ++words;
    if (std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '"' || c == ';' || c == ':') return false;
  }
  return words <= longest_speaker_words && is_letter(phrase.front());
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == ',')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == ',' || s.back() == '.')) s.remove_suffix(1);
  return s;
}

attribution make(std::string_view phrase) {
  return attribution{std::string(phrase), ast::text_span{phrase.data(), phrase.data() + phrase.size()}};
}

/// A person named right before a speech verb ("Ruiz said") or right after one ("said Ana Ruiz").
std::optional<attribution> person_speaker(std::string_view sentence, std::span<ast::person const> people,
                                          lexicon const& lex) {
  for (ast::person const& p : people) {
    if (p.pronoun || p.name.empty()) continue;
    std::size_t const end = offset_of(sentence, p.span.last);
    if (end + 1 < sentence.size() && sentence[end] == ' ' && speech_verb_at(sentence, end + 1, lex) != 0)
      return attribution{std::string(p.name.view()), p.span};
    std::size_t const begin = offset_of(sentence, p.span.first);
    // "said Ana Ruiz": walk back over one space to the verb's end.
    if (begin >= 2 && sentence[begin - 1] == ' ') {
      std::string_view const before = sentence.substr(0, begin - 1);
      std::size_t const word = before.find_last_of(' ');
      std::size_t const verb_at = word == std::string_view::npos ? 0 : word + 1;
      if (speech_verb_at(sentence, verb_at, lex) == before.size() - verb_at)
        return attribution{std::string(p.name.view()), p.span};
    }
  }
  return std::nullopt;
}

std::optional<attribution> according_to(std::string_view sentence) {
  for (std::string_view lead : {"according to ", "According to "}) {
    std::size_t const at = sentence.find(lead);
    if (at == std::string_view::npos) continue;
    std::string_view rest = sentence.substr(at + lead.size());
    rest = rest.substr(0, rest.find_first_of(",;.\"("));
    rest = trim(rest);
    if (speaker_like(rest)) return make(rest);
  }
  return std::nullopt;
}

/// The phrase before a speech verb, back to a comma, a quotation mark or the sentence start.
std::optional<attribution> phrase_before_verb(std::string_view sentence, std::size_t verb_at,
                                              std::optional<std::string> const& pronoun_antecedent) {
  std::string_view const before = sentence.substr(0, verb_at);
  std::size_t const cut = before.find_last_of(",\"");
  std::string_view const phrase = trim(cut == std::string_view::npos ? before : before.substr(cut + 1));
  if (is_pronoun(phrase)) {
    if (!pronoun_antecedent) return std::nullopt;
    return attribution{*pronoun_antecedent, ast::text_span{phrase.data(), phrase.data() + phrase.size()}};
  }
  // Only a phrase set off from the statement: ", the ministry said" or a sentence-initial one
  // directly before the verb ("Police said ...").
  if (!speaker_like(phrase)) return std::nullopt;
  return make(phrase);
}

/// The phrase after a speech verb that a comma set off the statement from: ", said the union."
std::optional<attribution> phrase_after_verb(std::string_view sentence, std::size_t verb_end) {
  std::string_view rest = sentence.substr(verb_end);
  rest = rest.substr(0, rest.find_first_of(",;.\"("));
  rest = trim(rest);
  // speaker_like refuses "on Tuesday" in "said on Tuesday": it names when, not who.
  if (!speaker_like(rest)) return std::nullopt;
  return make(rest);
}

}  // namespace

std::optional<attribution> speaker_of(std::string_view sentence, std::span<ast::person const> people,
                                      lexicon const& lex, std::optional<std::string> const& pronoun_antecedent) {
  if (std::optional<attribution> a = person_speaker(sentence, people, lex)) return a;
  if (std::optional<attribution> a = according_to(sentence)) return a;
  // The first speech verb set off from the statement by a comma or a quotation mark.
  for (std::size_t at = 0; at < sentence.size(); ++at) {
    std::size_t const length = speech_verb_at(sentence, at, lex);
    if (length == 0) continue;
    std::string_view const before = sentence.substr(0, at);
    std::size_t const mark = before.find_last_of(",\"");
    bool const set_off_before = mark != std::string_view::npos;
    bool const after_comma = at >= 2 && (sentence.substr(at - 2, 2) == ", " || sentence.substr(at - 2, 2) == "\" ");
    if (after_comma) {
      if (std::optional<attribution> a = phrase_after_verb(sentence, at + length)) return a;
    } else if (set_off_before || at < 40) {
      if (std::optional<attribution> a = phrase_before_verb(sentence, at, pronoun_antecedent)) return a;
    }
    at += length;
  }
  return std::nullopt;
}

}  // namespace claimcheck
