// GitHub Actions reads every line of a step's output for workflow commands: these tests pin the
// annotations and make sure text from an article can neither break one nor start another.
#include <catch2/catch.hpp>

#include <sstream>

#include "format_samples.hpp"
#include "report/github_reporter.hpp"

using namespace claimcheck;

namespace {

std::string github_of(report const& r) {
  std::ostringstream out;
  write_github_report(r, out);
  return out.str();
}

std::vector<std::string> lines_of(std::string const& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("github report: annotations for two discrepancies and two input errors", "[report][github]") {
  std::string const expected =
      "::error file=news/harbour-d.md,title=input error::cannot read file: No such file or directory\n"
      "::error file=rules/extra.yaml,line=4,col=3,title=input error::unknown rule kind 'single-valeu'\n"
      "::error file=news/harbour-a.md,line=2,col=1,endLine=2,endColumn=58,title=office-holder-single-value::"
      "sources name different holders of port authority chair of Velmora: Ines Marrow vs Piet Aldane"
      "%0Anews/harbour-a.md:2:1: Ines Marrow: \"Port authority chair Ines Marrow opened the new quay at the harbour "
      "café.\""
      "%0Anews/harbour-b.md:5:9: Piet Aldane: \"Velmora's port authority chair, Piet Aldane, was absent.\"\n"
      "::warning file=news/harbour-a.md,line=4,col=1,endLine=4,endColumn=44,title=event-date-agreement::"
      "sources date the harbour reopening differently: 3 March 2031 vs 4 March 2031"
      "%0Anews/harbour-a.md:4:1: 3 March 2031: \"The harbour reopened on 3 March 2031.\""
      "%0Anews/harbour-c.md:1:17: 4 March 2031: \"Ships returned when the harbour reopened on 4 March 2031.\"\n"
      "claimcheck: 2 discrepancies (1 error, 1 warning, 0 infos) in 3 sources, 28 claims; 2 input errors\n";
  CHECK(github_of(testing::sample_report()) == expected);
}

TEST_CASE("github report: an empty report is the summary line alone", "[report][github]") {
  CHECK(github_of(report{}) ==
        "claimcheck: 0 discrepancies (0 errors, 0 warnings, 0 infos) in 0 sources, 0 claims; 0 input errors\n");
}

TEST_CASE("github report: severities map to error, warning and notice", "[report][github]") {
  std::vector<std::string> const lines = lines_of(github_of(testing::varied_report()));
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] == "::error title=input error::no rules loaded");
  CHECK(lines[2].rfind("::error file=desk/north.md,line=3,col=5,endLine=3,endColumn=48,title=bridge-opening-date::", 0) == 0);
  CHECK(lines[3].rfind("::notice file=desk/north.md,line=9,", 0) == 0);
  CHECK(lines[4] == "::warning title=sideless-rule::a finding with no place");
}

TEST_CASE("github report: every side, its speaker and the fact sheet are in the message", "[report][github]") {
  std::vector<std::string> const lines = lines_of(github_of(testing::varied_report()));
  REQUIRE(lines.size() == 6);
  CHECK(lines[2].substr(lines[2].find("::", 2) + 2) ==
        "sources date the opening of the Tallis bridge differently: 2 May vs 9 May vs 12 May"
        "%0Adesk/north.md:3:5: 2 May: \"The Tallis bridge opened on 2 May.\""
        "%0Adesk/south.md:2:1: 9 May: \"Engineers said the bridge opened on 9 May.\""
        "%0Adesk/west.md:1:14: 12 May (said by the council): \"It opened on 12 May, the council said.\""
        "%0Afact sheet facts/bridges.yaml:7:5 supports: 9 May");
}

TEST_CASE("github report: workflow command escaping", "[report][github]") {
  struct escape_case {
    std::string text;
    std::string data;
    std::string property;
  };
  auto const c = GENERATE(values<escape_case>({
      {"plain", "plain", "plain"},
      {"50%", "50%25", "50%25"},
      {"a\nb", "a%0Ab", "a%0Ab"},
      {"a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
      {"a:b,c", "a:b,c", "a%3Ab%2Cc"},
      {"%0A", "%250A", "%250A"},  // an escape written in the text stays text
      {"::error::x", "::error::x", "%3A%3Aerror%3A%3Ax"},
  }));
  CHECK(github_escape_data(c.text) == c.data);
  CHECK(github_escape_property(c.text) == c.property);
}

TEST_CASE("github report: text from articles cannot start a command of its own", "[report][github]") {
  report r;
  r.discrepancies = {{"r,x:y", severity::warning, "m\r\n::error::forged", {},
                      {testing::side("dir,1/a:b.md", 0, {2, 3}, {4, 1}, "One.\n::add-mask::secret 100%", "k", "v")}}};
  std::vector<std::string> const lines = lines_of(github_of(r));
  REQUIRE(lines.size() == 2);
  // Properties escape their separators; a span over several lines has no endColumn.
  CHECK(lines[0] ==
        "::warning file=dir%2C1/a%3Ab.md,line=2,col=3,endLine=4,title=r%2Cx%3Ay::m ::error::forged"
        "%0Adir,1/a:b.md:2:3: v: \"One. ::add-mask::secret 100%25\"");
}

TEST_CASE("github report: unknown lines and columns are left out", "[report][github]") {
  struct location_case {
    std::uint32_t line;
    std::uint32_t column;
    std::string shown;
  };
  auto const c = GENERATE(values<location_case>({
      {0, 0, "::error file=f.md,title=input error::m"},
      {7, 0, "::error file=f.md,line=7,title=input error::m"},
      {7, 3, "::error file=f.md,line=7,col=3,title=input error::m"},
      {0, 3, "::error file=f.md,title=input error::m"},
  }));
  report r;
  r.errors = {{"f.md", c.line, c.column, "m"}};
  CHECK(lines_of(github_of(r)).at(0) == c.shown);
}
