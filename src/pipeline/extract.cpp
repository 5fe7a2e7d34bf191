#include "pipeline/extract.hpp"

#include "claims/entities.hpp"
#include "claims/lower.hpp"
#include "grammar/parse.hpp"
#include "text/normalize.hpp"
#include "text/sentence_splitter.hpp"

namespace claimcheck {

void extract_document_claims(source_store const& store, document const& doc, lexicon const& lex,
                             std::vector<claim>& out) {
  std::string_view const text = store[doc.source].text();
  std::vector<sentence_span> sentences;
  split_sentences(text, doc.body_begin, lex.abbreviations, sentences);

  std::vector<claim> claims;
  std::vector<person_mention> mentions;
  normalized_text normalized;
  ast::sentence_parse parse;
  std::optional<std::string> last_event;  // what "it" stands for in "it started on Friday"
  for (std::size_t i = 0; i < sentences.size(); ++i) {
    sentence_span const& s = sentences[i];
    // Headlines are written in title case and compress facts; claims come from the prose.
    if (s.heading) continue;
    normalize_sentence(text, s.begin, s.end, normalized);
    parse.clear();
    grammar::parse_sentence(normalized.text, lex, parse);
    if (parse.people.empty() && parse.meetings.empty() && parse.visits.empty() && parse.counts.empty() &&
        parse.occurrences.empty() && parse.prices.empty() && parse.firsts.empty() &&
        parse.votes.empty())
      continue;
    sentence_context where;
    where.source = doc.source;
    where.sentence = {s.begin, s.end};
    where.sentence_index = static_cast<std::uint32_t>(i);
    where.text = &normalized;
    where.document_date = doc.meta.date;
    where.pronoun_antecedent = pronoun_antecedent(mentions, where.sentence_index);
    where.event_antecedent = last_event;
    std::size_t const before = claims.size();
    lower_sentence(parse, where, lex, claims, mentions);
    for (std::size_t k = before; k < claims.size(); ++k)
      if (claims[k].kind == claim_kind::event) last_event = display(claims[k].find(field_id::subject)->value);
  }
  resolve_document_entities(claims, mentions);
  for (claim& c : claims) out.push_back(std::move(c));
}

}  // namespace claimcheck
