#include "pipeline/extract.hpp"

#include <algorithm>

#include "claims/attribution.hpp"
#include "claims/entities.hpp"
#include "claims/lower.hpp"
#include "claims/name_mentions.hpp"
#include "pipeline/dateline.hpp"
#include "pipeline/question_answer.hpp"
#include "grammar/parse.hpp"
#include "text/normalize.hpp"
#include "text/sentence_splitter.hpp"

namespace claimcheck {

namespace {

/// Marks the claims of one sentence with the speaker it reports, leaving out a claim that is
/// about the speaker ("..., said Health Minister Ana Ruiz" is not Ruiz's claim about herself).
void attribute_claims(normalized_text const& normalized, ast::sentence_parse const& parse,
                      sentence_context const& where, lexicon const& lex, std::span<claim> claims) {
  if (claims.empty()) return;
  std::optional<attribution> const said =
      speaker_of(normalized.text, parse.people, lex, where.pronoun_antecedent);
  if (!said) return;
  auto const offset = [&](char const* p) { return normalized.origin[static_cast<std::size_t>(p - normalized.text.data())]; };
  std::uint32_t const begin = offset(said->span.first);
  std::uint32_t const end = offset(said->span.last);
  for (claim& c : claims) {
    bool const about_speaker = c.span.begin < end && begin < c.span.end;
    if (!about_speaker) c.speaker = said->speaker;
  }
}

}  // namespace

void extract_document_claims(source_store const& store, document const& doc, lexicon const& lex,
                             std::vector<claim>& out) {
  std::string_view const text = store[doc.source].text();
  std::vector<sentence_span> sentences;
  split_sentences(text, doc.body_begin, lex.abbreviations, sentences);

  std::vector<claim> claims;
  std::vector<person_mention> mentions;
  name_mentions known_names;
  normalized_text normalized;
  normalized_text question;  // the last sentence, when it asked something
  normalized_text joined;    // a question and its fragment answer read as one statement
  bool asked = false;
  ast::sentence_parse parse;
  std::optional<std::string> last_event;  // what "it" stands for in "it started on Friday"
  // Without front matter or a manifest, a wire story's dateline or a byline is the only
  // statement of its date. It opens the body, after at most a headline; a byline may be set like
  // a heading. Only then does the run's --date stand in.
  std::optional<calendar_date> document_date = doc.meta.date;
  constexpr std::size_t dateline_search = 3;
  for (std::size_t i = 0; i < std::min(sentences.size(), dateline_search) && !document_date; ++i) {
    normalize_sentence(text, sentences[i].begin, sentences[i].end, normalized);
    document_date = dateline_date(normalized.text, lex);
  }
  if (!document_date) document_date = doc.fallback_date;
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    sentence_span const& s = sentences[i];
    normalize_sentence(text, s.begin, s.end, normalized);
    // An explainer's question is answered by the next sentence, often a fragment.
    bool const follows_question = asked;
    asked = !normalized.text.empty() && normalized.text.back() == '?';
    if (asked) std::swap(question, normalized);
    // Headlines are written in title case and compress facts; claims come from the prose.
    if (s.heading || asked) continue;
    parse.clear();
    grammar::parse_sentence(normalized.text, lex, parse);
    normalized_text const* read = &normalized;
    if (parse.empty() && follows_question && join_question_answer(question, normalized, joined)) {
      grammar::parse_sentence(joined.text, lex, parse);
      read = &joined;
    }
    std::size_t const mentions_before = mentions.size();
    // People named again by a bare word in a sentence with no claim still count for pronouns.
    auto const note_names = [&] {
      known_names.learn(mentions, mentions_before);
      known_names.learn_from_text(normalized);
      known_names.find_in(normalized, static_cast<std::uint32_t>(i), mentions, mentions_before);
    };
    if (parse.empty()) {
      note_names();
      continue;
    }
    sentence_context where;
    where.source = doc.source;
    where.sentence = {s.begin, s.end};
    where.sentence_index = static_cast<std::uint32_t>(i);
    where.text = read;
    where.document_date = document_date;
    where.pronoun_antecedent = pronoun_antecedent(mentions, where.sentence_index);
    where.event_antecedent = last_event;
    std::size_t const before = claims.size();
    lower_sentence(parse, where, lex, claims, mentions);
    attribute_claims(*read, parse, where, lex, std::span<claim>(claims).subspan(before));
    note_names();
    for (std::size_t k = before; k < claims.size(); ++k)
      if (claims[k].kind == claim_kind::event) last_event = display(claims[k].find(field_id::subject)->value);
  }
  resolve_document_entities(claims, mentions);
  for (claim& c : claims) out.push_back(std::move(c));
}

}  // namespace claimcheck
