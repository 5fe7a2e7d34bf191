// What a sentence takes from the ones around it: the person a pronoun stands for, a byline's
// date, a question an answer fragment completes, a date that opens the clause.
#include <catch2/catch.hpp>

#include "../grammar/grammar_fixture.hpp"
#include "claims/cross_source.hpp"
#include "claims/name_mentions.hpp"
#include "pipeline/extract.hpp"
#include "pipeline/question_answer.hpp"

namespace {

using namespace claimcheck;

std::vector<claim> extract(std::string const& text) {
  source_store store;
  source_id const id = store.add("doc.md", text);
  diagnostics errors;
  document const doc = load_document(store, id, errors);
  std::vector<claim> claims;
  extract_document_claims(store, doc, claimcheck::testing::builtin_lexicon(), claims);
  return claims;
}

std::string value(claim const& c, field_id id) {
  field const* f = c.find(id);
  return f ? display(f->value) : std::string("-");
}

std::vector<claim> of_kind(std::vector<claim> const& claims, claim_kind kind) {
  std::vector<claim> out;
  for (claim const& c : claims)
    if (c.kind == kind) out.push_back(c);
  return out;
}

normalized_text normalized(std::string const& text) {
  normalized_text out;
  normalize_sentence(text, 0, static_cast<std::uint32_t>(text.size()), out);
  return out;
}

}  // namespace

TEST_CASE("context: a pronoun stands for the person last named, by a bare surname too", "[claims][context]") {
  struct row {
    std::string text;
    std::string subject;  // "-": no meeting claim
  };
  auto const r = GENERATE(values<row>({
      // The sentence before names her by surname only, in a sentence that states no claim.
      {"Mayor Ines Calder opened the session. Governor Piet Varga spoke next. Calder knew the stakes. She met "
       "Treasurer Olaf Brenn on Monday.",
       "Ines Calder"},
      // An age in apposition marks a person named without any title.
      {"Ines Calder, 52, is a former judge. Piet Varga conceded. Calder moved fast. Her first round of talks, on "
       "Monday, was with Olaf Brenn.",
       "Ines Calder"},
      // Without the bare surname the nearest named person stays the antecedent.
      {"Mayor Ines Calder opened the session. Governor Piet Varga spoke next. She met Treasurer Olaf Brenn on Monday.",
       "Piet Varga"},
      // A word two people share names neither.
      {"Mayor Ines Calder opened the session. Judge Anna Calder spoke next. Calder knew the stakes. She met "
       "Treasurer Olaf Brenn on Monday.",
       "Anna Calder"},
  }));
  CAPTURE(r.text);
  auto const meetings = of_kind(extract("---\ndate: 2031-03-05\n---\n" + r.text), claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(value(meetings[0], field_id::subject) == r.subject);
}

TEST_CASE("context: a date opening the clause dates the meeting", "[claims][context]") {
  struct row {
    std::string sentence;
    std::string date;
  };
  auto const r = GENERATE(values<row>({
      {"On Friday, Treasurer Olaf Brenn met Mayor Ines Calder in Tarrow.", "2031-02-28"},
      {"On 3 March Treasurer Olaf Brenn met Mayor Ines Calder.", "2031-03-03"},
      {"Treasurer Olaf Brenn met Mayor Ines Calder on Monday.", "2031-03-03"},
      {"Treasurer Olaf Brenn met Mayor Ines Calder.", "-"},
  }));
  CAPTURE(r.sentence);
  auto const meetings = of_kind(extract("---\ndate: 2031-03-05\n---\n" + r.sentence), claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(value(meetings[0], field_id::counterpart) == "Ines Calder");
  CHECK(value(meetings[0], field_id::date) == r.date);
}

TEST_CASE("context: a byline dates an article without front matter", "[claims][context]") {
  auto const meetings = of_kind(
      extract("# Treasurer in talks\n\n*The Harbour Post, Tarrow, Wednesday 5 March 2031*\n\nTreasurer Olaf Brenn met "
              "Mayor Ines Calder on Monday.\n"),
      claim_kind::meeting);
  REQUIRE(meetings.size() == 1);
  CHECK(value(meetings[0], field_id::date) == "2031-03-03");
}

TEST_CASE("context: a question and its fragment answer are read as one statement", "[claims][context]") {
  struct row {
    std::string question;
    std::string answer;
    std::string joined;  // "-": not joined
  };
  auto const r = GENERATE(values<row>({
      {"When and where is the summit?", "In Tarrow, on 3-4 June.", "The summit was held in Tarrow, on 3-4 June."},
      {"When was the final played?", "On 17 May, in Brenmouth.", "The final was held on 17 May, in Brenmouth."},
      {"Where will the next congress be held?", "In Ostvik.", "The next congress was held in Ostvik."},
      {"When is the vote?", "On Sunday.", "The vote was held on Sunday."},
      // Not a when/where question, or no fragment answer.
      {"Who won the vote?", "In the end, Calder did.", "-"},
      {"When is the vote?", "The vote is on Sunday, the council said after a long meeting of its members.", "-"},
      {"When is it?", "On Sunday.", "-"},
      {"The vote is on Sunday.", "In Ostvik.", "-"},
  }));
  CAPTURE(r.question, r.answer);
  normalized_text joined;
  bool const ok = join_question_answer(normalized(r.question), normalized(r.answer), joined);
  CHECK(ok == (r.joined != "-"));
  if (ok) {
    CHECK(joined.text == r.joined);
    REQUIRE(joined.origin.size() == joined.text.size() + 1);
  }
}

TEST_CASE("context: an answered question gives the event its date and place", "[claims][context]") {
  auto const events = of_kind(extract("---\ndate: 2031-05-01\n---\n**When and where is the summit?**\n\nIn Tarrow, "
                                      "on 3-4 June.\n"),
                              claim_kind::event);
  REQUIRE(events.size() == 1);
  CHECK(value(events[0], field_id::subject) == "summit");
  CHECK(value(events[0], field_id::date) == "2031-06-03/2031-06-04");
  CHECK(value(events[0], field_id::place) == "Tarrow");
}

TEST_CASE("context: a bare name takes the one full name it belongs to across sources", "[claims][context]") {
  std::vector<claim> all = extract("---\ndate: 2031-03-05\n---\nBrenn met Mayor Ines Calder on Monday.");
  std::vector<claim> const other = extract("---\ndate: 2031-03-05\n---\nTreasurer Olaf Brenn met Mayor Ines Calder.");
  all.insert(all.end(), other.begin(), other.end());
  bind_bare_names(all);
  auto const meetings = of_kind(all, claim_kind::meeting);
  REQUIRE(meetings.size() == 2);
  CHECK(comparison_key(meetings[0].find(field_id::subject)->value) ==
        comparison_key(meetings[1].find(field_id::subject)->value));
}
