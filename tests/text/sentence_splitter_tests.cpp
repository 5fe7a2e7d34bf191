#include <catch2/catch.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"
#include "text/sentence_splitter.hpp"

using namespace claimcheck;

namespace {

phrase_table test_abbreviations() {
  phrase_table table;
  for (std::string_view a : {"Gen.", "Mr.", "Mrs.", "Dr.", "Lt.", "Sen.", "Aug.", "Nov.", "Sept.", "U.S.", "No."})
    table.add(a, 0);
  return table;
}

/// The text of each span, "[h] " in front of headings.
std::vector<std::string> split(std::string_view text, std::uint32_t body_begin = 0) {
  static phrase_table const abbreviations = test_abbreviations();
  std::vector<sentence_span> spans;
  split_sentences(text, body_begin, abbreviations, spans);
  std::vector<std::string> sentences;
  for (sentence_span const& s : spans)
    sentences.push_back((s.heading ? "[h] " : "") + std::string(text.substr(s.begin, s.end - s.begin)));
  return sentences;
}

struct split_case {
  char const* name;
  std::string_view input;
  std::vector<std::string> expected;
};

}  // namespace

TEST_CASE("sentence splitter: news prose", "[text][splitter]") {
  std::vector<split_case> const cases = {
      {"two plain sentences", "The envoy arrived. She met the mayor.", {"The envoy arrived.", "She met the mayor."}},
      {"question and exclamation", "Did the talks fail? Not at all! Both sides agreed.",
       {"Did the talks fail?", "Not at all!", "Both sides agreed."}},
      {"straight closing quote stays", "\"We agreed,\" she said. \"The deal is done.\" Talks end.",
       {"\"We agreed,\" she said.", "\"The deal is done.\"", "Talks end."}},
      {"curly closing quote stays", "\u201CThe deal is done.\u201D Talks end.",
       {"\u201CThe deal is done.\u201D", "Talks end."}},
      {"curly single quote stays", "\u2018Enough.\u2019 He left.", {"\u2018Enough.\u2019", "He left."}},
      {"bracket after stop stays", "(The vote was delayed.) Markets rose.",
       {"(The vote was delayed.)", "Markets rose."}},
      {"question inside quotes then lower case", "\u201CWhy?\u201D she asked. He shrugged.",
       {"\u201CWhy?\u201D she asked.", "He shrugged."}},
      {"abbreviations from the table", "Gen. Ilse Marrow met Mr. Odo Brandt on Aug. 4. They talked.",
       {"Gen. Ilse Marrow met Mr. Odo Brandt on Aug. 4.", "They talked."}},
      {"abbreviation after an opening bracket", "The chief (Gen. Ilse Marrow) spoke. Others did not.",
       {"The chief (Gen. Ilse Marrow) spoke.", "Others did not."}},
      {"dotted abbreviation", "The U.S. Senate voted. It passed.", {"The U.S. Senate voted.", "It passed."}},
      {"abbreviation before a number", "She is ranked No. 3 in the party. He is not.",
       {"She is ranked No. 3 in the party.", "He is not."}},
      {"abbreviation closed by a quote ends the sentence", "He moved to the U.S.\" She stayed.",
       {"He moved to the U.S.\"", "She stayed."}},
      {"single initial", "Maren T. Solberg spoke. Crowds cheered.", {"Maren T. Solberg spoke.", "Crowds cheered."}},
      {"run of initials", "Ada H.W. Lorne arrived. She spoke.", {"Ada H.W. Lorne arrived.", "She spoke."}},
      {"numbers", "Growth was 3.5% and shares hit 8.47 dollars. Analysts were surprised.",
       {"Growth was 3.5% and shares hit 8.47 dollars.", "Analysts were surprised."}},
      {"inside dotted acronym", "The U.N.-backed plan advanced. Others waited.",
       {"The U.N.-backed plan advanced.", "Others waited."}},
      {"lower case after stop", "The meeting began at 2 p.m. on Tuesday. It ended late.",
       {"The meeting began at 2 p.m. on Tuesday.", "It ended late."}},
      {"digit after stop", "Prices rose by approx. 4 percent. Wages did not.",
       {"Prices rose by approx. 4 percent.", "Wages did not."}},
      {"sentence ending in a number", "The vote was 52 to 48. The motion passed.",
       {"The vote was 52 to 48.", "The motion passed."}},
      {"ellipsis character", "He paused\u2026 then went on. Wait\u2026 The vote!",
       {"He paused\u2026 then went on.", "Wait\u2026", "The vote!"}},
      {"three dots", "He paused... then went on. Done.", {"He paused... then went on.", "Done."}},
      {"spaced dots", "He said . . . nothing. Then he left.", {"He said . . . nothing.", "Then he left."}},
      {"web address", "See example.com/news.html for details. More later.",
       {"See example.com/news.html for details.", "More later."}},
      {"emphasis closing after stop", "*It is over.* The rest followed.", {"*It is over.*", "The rest followed."}},
      {"wrapped lines stay one sentence", "The minister said the\ntalks would resume. Talks\nresumed.",
       {"The minister said the\ntalks would resume.", "Talks\nresumed."}},
      {"blank line ends a sentence", "The first paragraph has\nno full stop\n\nThe second one does.",
       {"The first paragraph has\nno full stop", "The second one does."}},
      {"wire dateline", "RIGA, Latvia, Nov 16, 2026 (Example News) - Leaders met on Monday to\ndiscuss the treaty. "
                        "The talks lasted two hours.",
       {"RIGA, Latvia, Nov 16, 2026 (Example News) - Leaders met on Monday to\ndiscuss the treaty.",
        "The talks lasted two hours."}},
      {"wire dateline wrapped before its dash", "RIGA, Latvia, Nov. 16, 2026 (Example News)\n- Leaders met on Monday.",
       {"RIGA, Latvia, Nov. 16, 2026 (Example News)\n- Leaders met on Monday."}},
      {"abbreviated month at a line end", "The summit opened on Nov.\n16 in the capital. It closed.",
       {"The summit opened on Nov.\n16 in the capital.", "It closed."}},
      {"surrounding whitespace trimmed", "  \u00A0Leading spaces.   Trailing.  \t",
       {"Leading spaces.", "Trailing."}},
      {"no letters, no sentence", "... !!! ???\n\n\u2014", {}},
      {"no punctuation at all", "a headline-like fragment that just stops",
       {"[h] a headline-like fragment that just stops"}},
      {"CRLF line ends", "One line.\r\nTwo lines\r\ncontinue.\r\n\r\nThree.",
       {"One line.", "Two lines\r\ncontinue.", "Three."}},
  };
  for (split_case const& c : cases) {
    INFO(c.name);
    CHECK(split(c.input) == c.expected);
  }
}

TEST_CASE("sentence splitter: markdown and layout", "[text][splitter]") {
  std::vector<split_case> const cases = {
      {"markdown heading", "# Talks resume\nLeaders met. They agreed.",
       {"[h] Talks resume", "Leaders met.", "They agreed."}},
      {"heading with closing hashes and full stops", "## Talks resume. Again ##\n\nText.",
       {"[h] Talks resume. Again", "Text."}},
      {"hashtag is not a heading", "#talks trended. Then it stopped.", {"#talks trended.", "Then it stopped."}},
      {"list after a colon", "Key points:\n- Tariffs fall\n- Troops stay\n1. First item\n2) Second item",
       {"Key points:", "Tariffs fall", "Troops stay", "First item", "Second item"}},
      {"list interrupting an unfinished line", "Highlights\n* One thing\n* Another thing",
       {"Highlights", "One thing", "Another thing"}},
      {"list item after a finished sentence", "It ended.\n- Then this", {"It ended.", "Then this"}},
      {"list item wrapped", "- The envoy met the\n  mayor on Monday. They ate.\n- Next",
       {"The envoy met the\n  mayor on Monday.", "They ate.", "Next"}},
      {"block quote", "She said:\n> We will not\n> back down. Never.\nThen she left.",
       {"She said:", "We will not\n> back down.", "Never.", "Then she left."}},
      {"quoted paragraphs", "> First part\n>\n> second part", {"First part", "second part"}},
      {"table rows", "| Name | Post |\n|---|:---:|\n| Ona Vale | envoy |",
       {"Name | Post", "Ona Vale | envoy"}},
      {"Q and A lines", "Q: Did you meet the envoy?\nA: Yes, on Monday.\n**Q:** And then\n**A:** We left.",
       {"Q: Did you meet the envoy?", "A: Yes, on Monday.", "**Q:** And then", "**A:** We left."}},
      {"spelled-out Q and A", "Question: Why now\nAnswer: Because it was time",
       {"Question: Why now", "Answer: Because it was time"}},
      {"Q. and A. at a sentence start", "Q. Why now?\nA. Because it was time.",
       {"Q. Why now?", "A. Because it was time."}},
      {"A. as an initial inside a sentence", "The prize went to the author\nA. Moss today.",
       {"The prize went to the author\nA. Moss today."}},
      {"plain-text title", "Leaders agree on treaty\n\nThe treaty was signed on Monday.",
       {"[h] Leaders agree on treaty", "The treaty was signed on Monday."}},
      {"short punctuated paragraph is no title", "It is over.\n\nMore text.", {"It is over.", "More text."}},
      {"dateline ending in a dash is no title", "SEOUL (Example News) -\n\nLeaders met.",
       {"SEOUL (Example News) -", "Leaders met."}},
      {"short line followed by text is no title", "By Ona Vale\nThe treaty was signed.",
       {"By Ona Vale\nThe treaty was signed."}},
      {"setext heading", "Treaty signed\n=============\nLeaders met.", {"[h] Treaty signed", "Leaders met."}},
      {"thematic break", "One.\n\n* * *\n\nTwo.", {"One.", "Two."}},
      {"fenced code skipped", "Intro.\n```\nnot. prose.\n```\nOutro.", {"Intro.", "Outro."}},
  };
  for (split_case const& c : cases) {
    INFO(c.name);
    CHECK(split(c.input) == c.expected);
  }
}

TEST_CASE("sentence splitter: offsets, body start and appending", "[text][splitter]") {
  std::string_view const text = "---\ntitle: x\n---\nFirst one. Second one.";
  phrase_table const none;
  std::vector<sentence_span> spans = {{1, 2, false}};  // existing content is kept
  split_sentences(text, 17, none, spans);
  REQUIRE(spans.size() == 3);
  CHECK(spans[0] == sentence_span{1, 2, false});
  CHECK(spans[1] == sentence_span{17, 27, false});
  CHECK(spans[2] == sentence_span{28, 39, false});

  spans.clear();
  split_sentences(text, static_cast<std::uint32_t>(text.size()), none, spans);
  CHECK(spans.empty());
  split_sentences(text, 1000, none, spans);
  CHECK(spans.empty());
}

TEST_CASE("sentence splitter: linear on hostile input", "[text][splitter][slow]") {
  auto const repeat = [](std::string_view piece, std::size_t bytes) {
    std::string s;
    s.reserve(bytes + piece.size());
    while (s.size() < bytes) s.append(piece);
    return s;
  };
  std::uint32_t seed = 12345;
  std::string noise(1u << 20, ' ');
  for (char& c : noise) {
    seed = seed * 1664525u + 1013904223u;
    c = static_cast<char>(seed >> 24);
  }
  // Megabytes are enough: anything quadratic would never finish on them.
  std::size_t const large = 16u << 20;
  std::size_t const size = 1u << 20;
  std::vector<std::string> const inputs = {
      repeat("word ", large),  // one long line without punctuation
      repeat(".", large),      // only dots
      repeat(". ", size),      repeat("a. ", size),    repeat("A. ", size),     repeat("U.S.", size),
      repeat("\n", size),      repeat("\r", size),     repeat("- x\n", size),   repeat("> ", size),
      repeat(">\n", size),     repeat("#", size),      repeat("|", size),       repeat("[(", size),
      repeat("\u2026", size),  repeat("\"", size),     repeat("```\n", size),   repeat("x.\n\n", size),
      repeat("\xE2\x80", size), repeat("Q: x\n", size), repeat("1. a\nb\n", size), noise,
  };
  phrase_table const abbreviations = test_abbreviations();
  for (std::string const& input : inputs) {
    std::vector<sentence_span> spans;
    split_sentences(input, 0, abbreviations, spans);
    // In order, non-empty, not overlapping, inside the text (one assertion: there are millions).
    bool well_formed = true;
    std::uint32_t previous_end = 0;
    for (sentence_span const& s : spans) {
      well_formed = well_formed && s.begin < s.end && s.begin >= previous_end && s.end <= input.size();
      previous_end = s.end;
    }
    CHECK(well_formed);
  }
}
