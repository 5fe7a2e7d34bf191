// The text report is read by people and jumped through by editors: exact layout, colour only
// when asked, and nothing from an article that could garble a terminal.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/text_reporter.hpp"
#include "sample_report.hpp"

using namespace claimcheck;

namespace {

std::string text_of(report const& r, bool color = false) {
  std::ostringstream out;
  write_text_report(r, out, text_options{color});
  return out.str();
}

}  // namespace

TEST_CASE("text report: full output without colour", "[report][text]") {
  std::string const expected =
      "news/harbour-d.md: error: cannot read file: No such file or directory\n"
      "rules/extra.yaml:4:3: error: unknown rule kind 'single-valeu'\n"
      "\n"
      "news/harbour-a.md:2:1: error: sources name different holders of port authority chair of Velmora: "
      "Ines Marrow vs Piet Aldane [office-holder-single-value]\n"
      "  news/harbour-a.md:2:1: Ines Marrow\n"
      "    | Port authority chair Ines Marrow opened the new quay at the harbour café.\n"
      "  news/harbour-b.md:5:9: Piet Aldane\n"
      "    | Velmora's port authority chair, Piet Aldane, was absent.\n"
      "\n"
      "news/harbour-a.md:4:1: warning: sources date the harbour reopening differently: 3 March 2031 vs "
      "4 March 2031 [event-date-agreement]\n"
      "  news/harbour-a.md:4:1: 3 March 2031\n"
      "    | The harbour reopened on 3 March 2031.\n"
      "  news/harbour-c.md:1:17: 4 March 2031\n"
      "    | Ships returned when the harbour reopened on 4 March 2031.\n"
      "\n"
      "2 discrepancies (1 error, 1 warning, 0 infos) in 3 sources, 28 claims; 2 input errors\n";
  CHECK(text_of(testing::sample_report()) == expected);
}

TEST_CASE("text report: an empty report is just the summary", "[report][text]") {
  CHECK(text_of(report{}) == "0 discrepancies (0 errors, 0 warnings, 0 infos) in 0 sources, 0 claims; 0 input errors\n");
}

TEST_CASE("text report: counts of one are singular", "[report][text]") {
  report r;
  r.sources = {{"one.md", 1}};
  r.errors = {{"", 0, 0, "no rules given"}};
  r.discrepancies.push_back({"some-rule", severity::info, "a note", {}, {}});
  std::string const expected =
      "error: no rules given\n"
      "\n"
      "info: a note [some-rule]\n"
      "\n"
      "1 discrepancy (0 errors, 0 warnings, 1 info) in 1 source, 1 claim; 1 input error\n";
  CHECK(text_of(r) == expected);
}

TEST_CASE("text report: unknown line and column parts are left out", "[report][text]") {
  struct location_case {
    std::uint32_t line;
    std::uint32_t column;
    std::string shown;
  };
  auto const c = GENERATE(values<location_case>({
      {0, 0, "f.md: error: m\n"},
      {7, 0, "f.md:7: error: m\n"},
      {7, 3, "f.md:7:3: error: m\n"},
      {0, 3, "f.md: error: m\n"},  // a column without a line means nothing
  }));
  report r;
  r.errors = {{"f.md", c.line, c.column, "m"}};
  std::string const text = text_of(r);
  CHECK(text.substr(0, text.find('\n') + 1) == c.shown);
}

TEST_CASE("text report: colour colours severity words and makes values bold", "[report][text]") {
  report r;
  r.errors = {{"x.md", 1, 1, "broken"}};
  r.discrepancies = {
      {"rule-a", severity::error, "m1", {}, {testing::side("a.md", 0, {1, 1}, {1, 5}, "S one.", "k", "V1")}},
      {"rule-b", severity::warning, "m2", {}, {testing::side("b.md", 0, {2, 1}, {2, 5}, "S two.", "k", "V2")}},
      {"rule-c", severity::info, "m3", {}, {testing::side("c.md", 0, {3, 1}, {3, 5}, "S three.", "k", "V3")}},
  };
  std::string const expected =
      "x.md:1:1: \x1b[1;31merror\x1b[0m: broken\n"
      "\n"
      "a.md:1:1: \x1b[1;31merror\x1b[0m: m1 [rule-a]\n"
      "  a.md:1:1: \x1b[1mV1\x1b[0m\n"
      "    | S one.\n"
      "\n"
      "b.md:2:1: \x1b[1;35mwarning\x1b[0m: m2 [rule-b]\n"
      "  b.md:2:1: \x1b[1mV2\x1b[0m\n"
      "    | S two.\n"
      "\n"
      "c.md:3:1: \x1b[1;36minfo\x1b[0m: m3 [rule-c]\n"
      "  c.md:3:1: \x1b[1mV3\x1b[0m\n"
      "    | S three.\n"
      "\n"
      "3 discrepancies (1 error, 1 warning, 1 info) in 0 sources, 0 claims; 1 input error\n";
  CHECK(text_of(r, true) == expected);
  CHECK(text_of(r, false).find('\x1b') == std::string::npos);
}

TEST_CASE("text report: a sentence over several lines is shown on one", "[report][text]") {
  report r;
  r.discrepancies = {{"rule", severity::error, "m", {},
                      {testing::side("a.md", 0, {1, 1}, {2, 9}, "The minister\n  arrived\r\n\tlate.", "k", "v")}}};
  CHECK(text_of(r).find("    | The minister arrived late.\n") != std::string::npos);
}

TEST_CASE("text report: invalid UTF-8 and control characters become U+FFFD", "[report][text]") {
  report r = testing::sample_report();
  r.discrepancies[0].sides[0].text = "bad \x80 byte, cut \xC3";
  r.discrepancies[0].sides[1].value = "Piet\x1b[31m Aldane";  // an escape smuggled in by an article
  std::string text;
  REQUIRE_NOTHROW(text = text_of(r));
  CHECK(text.find("    | bad \xEF\xBF\xBD byte, cut \xEF\xBF\xBD\n") != std::string::npos);
  CHECK(text.find("  news/harbour-b.md:5:9: Piet\xEF\xBF\xBD[31m Aldane\n") != std::string::npos);
  CHECK(text.find('\x1b') == std::string::npos);
  // Valid multi-byte text is kept as it is.
  CHECK(text_of(testing::sample_report()).find("harbour café.") != std::string::npos);
}

TEST_CASE("text report: colour is wanted only on a terminal without NO_COLOR or TERM=dumb", "[report][text]") {
  struct color_case {
    bool terminal;
    std::string no_color;
    std::string term;
    bool wanted;
  };
  auto const c = GENERATE(values<color_case>({
      {true, "", "xterm-256color", true},
      {true, "", "", true},
      {false, "", "xterm-256color", false},
      {true, "1", "xterm-256color", false},
      {true, "0", "xterm", false},  // any non-empty NO_COLOR counts, even "0"
      {true, "", "dumb", false},
      {true, "", "dumber", true},
  }));
  CAPTURE(c.terminal, c.no_color, c.term);
  CHECK(color_wanted(c.terminal, c.no_color, c.term) == c.wanted);
}
