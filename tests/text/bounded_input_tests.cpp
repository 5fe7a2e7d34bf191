// Inputs no article should contain, which the text passes must still answer in linear time and
// with located messages: sentences far longer than prose, blobs without spaces, front matter
// nested past the YAML parser's limit, lines of unclosed comments.
#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "grammar/lexicon.hpp"
#include "text/document.hpp"
#include "text/sentence_splitter.hpp"
#include "text/source_store.hpp"

using namespace claimcheck;

namespace {

std::vector<sentence_span> split(std::string_view text) {
  static phrase_table const no_abbreviations;
  std::vector<sentence_span> spans;
  split_sentences(text, 0, no_abbreviations, spans);
  return spans;
}

/// Every span starts and ends on a character, has no outer spaces and keeps to the limit; the
/// spans follow each other in order.
void check_pieces(std::string_view text, std::vector<sentence_span> const& spans) {
  std::uint32_t previous_end = 0;
  for (sentence_span const& s : spans) {
    CHECK(s.begin >= previous_end);
    CHECK(s.end - s.begin <= 2000);
    CHECK(text[s.begin] != ' ');
    CHECK(text[s.end - 1] != ' ');
    CHECK((static_cast<unsigned char>(text[s.begin]) & 0xC0) != 0x80);
    CHECK((s.end == text.size() || (static_cast<unsigned char>(text[s.end]) & 0xC0) != 0x80));
    previous_end = s.end;
  }
}

}  // namespace

TEST_CASE("splitter: a sentence longer than any prose is cut into pieces at spaces", "[text][splitter][bounded]") {
  std::string text;
  for (int i = 0; i < 1000; ++i) text += "Harbour Quay ";  // 13,000 bytes, no full stop
  text += "ends.";
  std::vector<sentence_span> const spans = split(text);
  REQUIRE(spans.size() == 7);  // 13,005 bytes in pieces of at most 2,000
  check_pieces(text, spans);
  // Nothing is lost between the pieces but the spaces they were cut at.
  std::size_t covered = 0;
  for (sentence_span const& s : spans) covered += s.end - s.begin;
  CHECK(covered + spans.size() - 1 == text.size());
  CHECK(text.substr(spans.back().end - 5, 5) == "ends.");
}

TEST_CASE("splitter: a blob without spaces is cut between characters", "[text][splitter][bounded]") {
  std::string text;
  for (int i = 0; i < 3001; ++i) text += "\xC3\xA9";  // "é" 3,001 times: 6,002 bytes, one word
  std::vector<sentence_span> const spans = split(text);
  REQUIRE(spans.size() == 4);
  check_pieces(text, spans);
  CHECK(spans.back().end == text.size());
}

TEST_CASE("splitter: ordinary sentences are not cut", "[text][splitter][bounded]") {
  std::string sentence = "The";
  for (int i = 0; i < 120; ++i) sentence += " word";  // 603 bytes
  sentence += " end.";
  std::string const text = sentence + " " + sentence;
  std::vector<sentence_span> const spans = split(text);
  REQUIRE(spans.size() == 2);
  CHECK(spans[0].end - spans[0].begin == sentence.size());
}

TEST_CASE("splitter: many unclosed comment lines stay linear", "[text][splitter][bounded]") {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "<!-- an editor's note left open\n";
  text += "\nThe harbour reopened.\n";
  std::vector<sentence_span> const spans = split(text);
  REQUIRE_FALSE(spans.empty());
  CHECK(text.substr(spans.back().begin, spans.back().end - spans.back().begin) == "The harbour reopened.");
}

TEST_CASE("lexicon: a word far longer than any phrase matches nothing, quickly", "[text][bounded]") {
  phrase_table table;
  table.add("prime minister", 1);
  table.add("prime", 2);
  std::string const blob(4u << 20, 'x');  // 4 MiB without a space
  CHECK_FALSE(table.match(blob).has_value());
  // Matching at every position of the blob stays linear: each try looks at a bounded prefix.
  std::size_t tries = 0;
  for (std::size_t i = 0; i < blob.size(); i += 1024, ++tries) CHECK_FALSE(table.match(std::string_view(blob).substr(i)));
  CHECK(tries == 4096);
  CHECK(table.match("prime minister said")->id == 1);
}

TEST_CASE("front matter nested past the parser's limit is reported, the body still read", "[text][document][bounded]") {
  source_store store;
  std::string const text = "---\ntags: " + std::string(50000, '[') + std::string(50000, ']') +
                           "\n---\nThe harbour reopened on Tuesday.\n";
  source_id const id = store.add("deep.md", text);
  diagnostics errors;
  document const doc = load_document(store, id, errors);
  REQUIRE(errors.items().size() == 1);
  CHECK(errors.items()[0].message == "front matter is not valid YAML: nested too deeply");
  CHECK(errors.items()[0].line == 2);
  CHECK(std::string_view(text).substr(doc.body_begin) == "The harbour reopened on Tuesday.\n");
}
