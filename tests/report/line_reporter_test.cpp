// The line and rdjsonl formats are read by tools (grep, editors, reviewdog): one record per line,
// always, whatever the text holds.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "format_samples.hpp"
#include "report/line_reporter.hpp"
#include "report/rdjsonl_reporter.hpp"

using namespace claimcheck;
using json = nlohmann::json;

namespace {

std::string line_of(report const& r) {
  std::ostringstream out;
  write_line_report(r, out);
  return out.str();
}

std::string rdjsonl_of(report const& r) {
  std::ostringstream out;
  write_rdjsonl_report(r, out);
  return out.str();
}

std::vector<std::string> lines_of(std::string const& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

}  // namespace

TEST_CASE("line report: one line per input error and per side", "[report][line]") {
  std::string const expected =
      "news/harbour-d.md:0:0:input-error:cannot read file: No such file or directory\n"
      "rules/extra.yaml:4:3:input-error:unknown rule kind 'single-valeu'\n"
      "news/harbour-a.md:2:1:office-holder-single-value:sources name different holders of port authority chair of "
      "Velmora: Ines Marrow vs Piet Aldane (this source: Ines Marrow)\n"
      "news/harbour-b.md:5:9:office-holder-single-value:sources name different holders of port authority chair of "
      "Velmora: Ines Marrow vs Piet Aldane (this source: Piet Aldane)\n"
      "news/harbour-a.md:4:1:event-date-agreement:sources date the harbour reopening differently: 3 March 2031 vs "
      "4 March 2031 (this source: 3 March 2031)\n"
      "news/harbour-c.md:1:17:event-date-agreement:sources date the harbour reopening differently: 3 March 2031 vs "
      "4 March 2031 (this source: 4 March 2031)\n";
  CHECK(line_of(testing::sample_report()) == expected);
}

TEST_CASE("line report: an empty report prints nothing", "[report][line]") { CHECK(line_of(report{}).empty()); }

TEST_CASE("line report: every line has five fields, even without a place", "[report][line]") {
  std::vector<std::string> const lines = lines_of(line_of(testing::varied_report()));
  REQUIRE(lines.size() == 8);
  CHECK(lines[0] == ":0:0:input-error:no rules loaded");
  CHECK(lines[4] == "desk/west.md:1:14:bridge-opening-date:sources date the opening of the Tallis bridge differently: "
                    "2 May vs 9 May vs 12 May (this source: 12 May)");
  CHECK(lines[7] == ":0:0:sideless-rule:a finding with no place");
}

TEST_CASE("line report: line breaks and control characters stay inside one line", "[report][line]") {
  report r;
  r.errors = {{"a\nb.md", 1, 1, "first\nsecond\x1b[31m"}};
  CHECK(line_of(r) == "a b.md:1:1:input-error:first second\xEF\xBF\xBD[31m\n");
}

TEST_CASE("rdjsonl report: one diagnostic per input error and per side", "[report][rdjsonl]") {
  std::string const expected =
      R"j({"message":"cannot read file: No such file or directory","location":{"path":"news/harbour-d.md"},)j"
      R"j("severity":"ERROR","source":{"name":"claimcheck"},"code":{"value":"input-error"}})j" "\n"
      R"j({"message":"unknown rule kind 'single-valeu'","location":{"path":"rules/extra.yaml","range":{"start":)j"
      R"j({"line":4,"column":3}}},"severity":"ERROR","source":{"name":"claimcheck"},"code":{"value":"input-error"}})j" "\n"
      R"j({"message":"sources name different holders of port authority chair of Velmora: Ines Marrow vs Piet Aldane )j"
      R"j((this source: Ines Marrow)","location":{"path":"news/harbour-a.md","range":{"start":{"line":2,"column":1},)j"
      R"j("end":{"line":2,"column":58}}},"severity":"ERROR","source":{"name":"claimcheck"},)j"
      R"j("code":{"value":"office-holder-single-value"}})j" "\n"
      R"j({"message":"sources name different holders of port authority chair of Velmora: Ines Marrow vs Piet Aldane )j"
      R"j((this source: Piet Aldane)","location":{"path":"news/harbour-b.md","range":{"start":{"line":5,"column":9},)j"
      R"j("end":{"line":5,"column":61}}},"severity":"ERROR","source":{"name":"claimcheck"},)j"
      R"j("code":{"value":"office-holder-single-value"}})j" "\n"
      R"j({"message":"sources date the harbour reopening differently: 3 March 2031 vs 4 March 2031 )j"
      R"j((this source: 3 March 2031)","location":{"path":"news/harbour-a.md","range":{"start":{"line":4,"column":1},)j"
      R"j("end":{"line":4,"column":44}}},"severity":"WARNING","source":{"name":"claimcheck"},)j"
      R"j("code":{"value":"event-date-agreement"}})j" "\n"
      R"j({"message":"sources date the harbour reopening differently: 3 March 2031 vs 4 March 2031 )j"
      R"j((this source: 4 March 2031)","location":{"path":"news/harbour-c.md","range":{"start":{"line":1,)j"
      R"j("column":17},"end":{"line":1,"column":70}}},"severity":"WARNING","source":{"name":"claimcheck"},)j"
      R"j("code":{"value":"event-date-agreement"}})j" "\n";
  CHECK(rdjsonl_of(testing::sample_report()) == expected);
}

TEST_CASE("rdjsonl report: an empty report prints nothing", "[report][rdjsonl]") { CHECK(rdjsonl_of(report{}).empty()); }

TEST_CASE("rdjsonl report: every line is a diagnostic; severities and missing places", "[report][rdjsonl]") {
  std::vector<std::string> const lines = lines_of(rdjsonl_of(testing::varied_report()));
  REQUIRE(lines.size() == 8);
  std::vector<json> diagnostics;
  for (std::string const& line : lines) diagnostics.push_back(json::parse(line));
  std::vector<std::string> severities;
  for (json const& d : diagnostics) severities.push_back(d.at("severity"));
  CHECK(severities ==
        std::vector<std::string>{"ERROR", "ERROR", "ERROR", "ERROR", "ERROR", "INFO", "INFO", "WARNING"});
  // Without a path there is no location at all.
  CHECK_FALSE(diagnostics[0].contains("location"));
  CHECK_FALSE(diagnostics[7].contains("location"));
  CHECK(diagnostics[7].at("code").at("value") == "sideless-rule");
  CHECK(diagnostics[4].at("location") ==
        json{{"path", "desk/west.md"},
             {"range", {{"start", {{"line", 1}, {"column", 14}}}, {"end", {{"line", 1}, {"column", 70}}}}}});
}

TEST_CASE("rdjsonl report: a backwards span keeps its start only; invalid UTF-8 is replaced", "[report][rdjsonl]") {
  report r;
  r.discrepancies = {{"r", severity::warning, "bad \xC3 cut\nnext", {},
                      {testing::side("a.md", 0, {5, 9}, {5, 2}, "s", "k", "v")}}};
  std::vector<std::string> const lines = lines_of(rdjsonl_of(r));
  REQUIRE(lines.size() == 1);
  json const d = json::parse(lines[0]);
  CHECK(d.at("message") == "bad \xEF\xBF\xBD cut next (this source: v)");
  CHECK(d.at("location").at("range") == json{{"start", {{"line", 5}, {"column", 9}}}});
}
