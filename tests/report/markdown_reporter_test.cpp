// The Markdown report is posted as a pull-request comment: these tests pin its layout and make
// sure article text shows as written, without turning into markup or breaking a table.
#include <catch2/catch.hpp>

#include <algorithm>
#include <sstream>

#include "format_samples.hpp"
#include "report/markdown_reporter.hpp"

using namespace claimcheck;

namespace {

std::string markdown_of(report const& r) {
  std::ostringstream out;
  write_markdown_report(r, out);
  return out.str();
}

bool contains(std::string const& text, std::string const& part) { return text.find(part) != std::string::npos; }

/// Pipes that end a table cell: those without a backslash before them.
std::size_t cell_pipes(std::string const& row) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '|' && (i == 0 || row[i - 1] != '\\')) ++n;
  }
  return n;
}

}  // namespace

TEST_CASE("markdown report: full comment for two discrepancies and two input errors", "[report][markdown]") {
  std::string const expected =
      "### claimcheck\n"
      "\n"
      "**2 discrepancies** (1 error, 1 warning, 0 infos) in 3 sources, 28 claims; 2 input errors\n"
      "\n"
      "#### Input errors\n"
      "\n"
      "- `news/harbour-d.md`: cannot read file: No such file or directory\n"
      "- `rules/extra.yaml:4:3`: unknown rule kind 'single-valeu'\n"
      "\n"
      "#### Discrepancies\n"
      "\n"
      "**1. error** `office-holder-single-value`: sources name different holders of port authority chair of "
      "Velmora: Ines Marrow vs Piet Aldane\n"
      "\n"
      "| Source | Value | Sentence |\n"
      "| --- | --- | --- |\n"
      "| `news/harbour-a.md:2:1` | **Ines Marrow** | Port authority chair Ines Marrow opened the new quay at the "
      "harbour café. |\n"
      "| `news/harbour-b.md:5:9` | **Piet Aldane** | Velmora's port authority chair, Piet Aldane, was absent. |\n"
      "\n"
      "**2. warning** `event-date-agreement`: sources date the harbour reopening differently: 3 March 2031 vs "
      "4 March 2031\n"
      "\n"
      "| Source | Value | Sentence |\n"
      "| --- | --- | --- |\n"
      "| `news/harbour-a.md:4:1` | **3 March 2031** | The harbour reopened on 3 March 2031. |\n"
      "| `news/harbour-c.md:1:17` | **4 March 2031** | Ships returned when the harbour reopened on 4 March 2031. |\n";
  CHECK(markdown_of(testing::sample_report()) == expected);
}

TEST_CASE("markdown report: an empty report is the heading and the summary", "[report][markdown]") {
  CHECK(markdown_of(report{}) ==
        "### claimcheck\n\n**0 discrepancies** (0 errors, 0 warnings, 0 infos) in 0 sources, 0 claims; 0 input errors\n");
}

TEST_CASE("markdown report: speakers, the fact sheet and findings without a place", "[report][markdown]") {
  std::string const text = markdown_of(testing::varied_report());
  CHECK(contains(text, "**3 discrepancies** (1 error, 1 warning, 1 info) in 3 sources, 9 claims; 2 input errors\n"));
  CHECK(contains(text, "- no rules loaded\n- `rules/local.yaml:12:7`: unknown key 'severty'\n"));
  CHECK(contains(text, "| `desk/south.md:2:1` | **9 May** | Engineers said the bridge opened on 9 May. |\n"));
  CHECK(contains(text, "| `desk/west.md:1:14` | **12 May** (said by the council) | It opened on 12 May, the council "
                       "said. |\n"));
  CHECK(contains(text, "\nFact sheet `facts/bridges.yaml:7:5` supports **9 May**.\n"));
  CHECK(contains(text, "**2. info** `crowd-size`: crowd sizes differ: 300 vs 350\n"));
  // No table for a finding without sides.
  CHECK(text.substr(text.find("**3. warning**")) == "**3. warning** `sideless-rule`: a finding with no place\n");
}

TEST_CASE("markdown report: text escaping", "[report][markdown]") {
  struct escape_case {
    std::string text;
    std::string shown;
  };
  auto const c = GENERATE(values<escape_case>({
      {"plain words, 3.5 km.", "plain words, 3.5 km."},
      {"*bold* _it_", "\\*bold\\* \\_it\\_"},
      {"[link](x)", "\\[link\\](x)"},
      {"<!-- hide -->", "\\<!-- hide --\\>"},
      {"a | b", "a \\| b"},
      {"`code`", "\\`code\\`"},
      {"~~gone~~", "\\~\\~gone\\~\\~"},
      {"$5 and $6", "\\$5 and \\$6"},  // GitHub would render math between dollars
      {"&copy;", "\\&copy;"},
      {"back\\slash", "back\\\\slash"},
      {"two\nlines", "two lines"},
      // What would open a block at the start of a line or a list item.
      {"# not a heading", "\\# not a heading"},
      {"- not an item", "\\- not an item"},
      {"12. not an item", "12\\. not an item"},
      {"3) not an item", "3\\) not an item"},
      {"2031-05-02", "2031-05-02"},
      {"a # b - c", "a # b - c"},
  }));
  CHECK(markdown_text(c.text) == c.shown);
}

TEST_CASE("markdown report: code spans", "[report][markdown]") {
  struct code_case {
    std::string text;
    bool in_table;
    std::string shown;
  };
  auto const c = GENERATE(values<code_case>({
      {"a.md:1:2", false, "`a.md:1:2`"},
      {"odd`name.md", false, "``odd`name.md``"},
      {"`start.md", false, "`` `start.md ``"},
      {"x``y", false, "```x``y```"},
      {"a|b.md", false, "`a|b.md`"},
      {"a|b.md", true, "`a\\|b.md`"},
  }));
  CHECK(markdown_code(c.text, c.in_table) == c.shown);
}

TEST_CASE("markdown report: pipes and line breaks in article text keep each table row whole", "[report][markdown]") {
  report r;
  r.discrepancies = {{"r", severity::error, "m", {},
                      {testing::side("we|ird.md", 0, {1, 1}, {1, 5}, "Score | 3 to 1\nthen | more", "k", "3|1"),
                       testing::side("b.md", 0, {1, 1}, {1, 5}, "Plain.", "k", "2")}}};
  std::string const text = markdown_of(r);
  std::istringstream in(text);
  std::size_t rows = 0;
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line.front() != '|') continue;
    ++rows;
    CAPTURE(line);
    CHECK(cell_pipes(line) == 4);
  }
  CHECK(rows == 4);
  CHECK(contains(text, "| `we\\|ird.md:1:1` | **3\\|1** | Score \\| 3 to 1 then \\| more |\n"));
}
