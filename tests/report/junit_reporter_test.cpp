// JUnit XML is parsed by CI systems that reject a malformed file outright: these tests pin the
// document, its counts and its escaping.
#include <catch2/catch.hpp>

#include <sstream>

#include "format_samples.hpp"
#include "report/fingerprint.hpp"
#include "report/junit_reporter.hpp"

using namespace claimcheck;

namespace {

std::string junit_of(report const& r) {
  std::ostringstream out;
  write_junit_report(r, out);
  return out.str();
}

bool contains(std::string const& text, std::string const& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("junit report: full document for two discrepancies and two input errors", "[report][junit]") {
  report const r = testing::sample_report();
  std::string const expected =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      "<testsuites name=\"claimcheck\" tests=\"5\" failures=\"1\" errors=\"2\">\n"
      "  <testsuite name=\"claimcheck\" tests=\"5\" failures=\"1\" errors=\"2\" skipped=\"0\">\n"
      "    <testcase name=\"news/harbour-a.md\" classname=\"claimcheck\" file=\"news/harbour-a.md\">\n"
      "      <failure type=\"office-holder-single-value\" message=\"sources name different holders of port authority "
      "chair of Velmora: Ines Marrow vs Piet Aldane\">error: sources name different holders of port authority chair "
      "of Velmora: Ines Marrow vs Piet Aldane [office-holder-single-value]\n"
      "news/harbour-a.md:2:1: Ines Marrow\n"
      "  | Port authority chair Ines Marrow opened the new quay at the harbour café.\n"
      "news/harbour-b.md:5:9: Piet Aldane\n"
      "  | Velmora's port authority chair, Piet Aldane, was absent.\n"
      "fingerprint: " + fingerprint_of(r.discrepancies[0]) + "\n"
      "</failure>\n"
      "      <failure type=\"event-date-agreement\" message=\"sources date the harbour reopening differently: "
      "3 March 2031 vs 4 March 2031\">warning: sources date the harbour reopening differently: 3 March 2031 vs "
      "4 March 2031 [event-date-agreement]\n"
      "news/harbour-a.md:4:1: 3 March 2031\n"
      "  | The harbour reopened on 3 March 2031.\n"
      "news/harbour-c.md:1:17: 4 March 2031\n"
      "  | Ships returned when the harbour reopened on 4 March 2031.\n"
      "fingerprint: " + fingerprint_of(r.discrepancies[1]) + "\n"
      "</failure>\n"
      "    </testcase>\n"
      "    <testcase name=\"news/harbour-b.md\" classname=\"claimcheck\" file=\"news/harbour-b.md\"/>\n"
      "    <testcase name=\"news/harbour-c.md\" classname=\"claimcheck\" file=\"news/harbour-c.md\"/>\n"
      "    <testcase name=\"news/harbour-d.md\" classname=\"claimcheck\" file=\"news/harbour-d.md\">\n"
      "      <error type=\"input-error\" message=\"cannot read file: No such file or directory\">news/harbour-d.md: "
      "cannot read file: No such file or directory\n"
      "</error>\n"
      "    </testcase>\n"
      "    <testcase name=\"rules/extra.yaml\" classname=\"claimcheck\" file=\"rules/extra.yaml\">\n"
      "      <error type=\"input-error\" message=\"unknown rule kind &apos;single-valeu&apos;\">rules/extra.yaml:4:3: "
      "unknown rule kind 'single-valeu'\n"
      "</error>\n"
      "    </testcase>\n"
      "  </testsuite>\n"
      "</testsuites>\n";
  CHECK(junit_of(r) == expected);
}

TEST_CASE("junit report: an empty report is an empty suite", "[report][junit]") {
  CHECK(junit_of(report{}) ==
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        "<testsuites name=\"claimcheck\" tests=\"0\" failures=\"0\" errors=\"0\">\n"
        "  <testsuite name=\"claimcheck\" tests=\"0\" failures=\"0\" errors=\"0\" skipped=\"0\">\n"
        "  </testsuite>\n"
        "</testsuites>\n");
}

TEST_CASE("junit report: sources without findings pass, one testcase per file", "[report][junit]") {
  report r;
  r.sources = {{"b.md", 1}, {"a.md", 2}};
  std::string const text = junit_of(r);
  CHECK(contains(text, "<testsuites name=\"claimcheck\" tests=\"2\" failures=\"0\" errors=\"0\">"));
  // Path order, whatever the order of the sources.
  CHECK(text.find("name=\"a.md\"") < text.find("name=\"b.md\""));
  CHECK(contains(text, "<testcase name=\"a.md\" classname=\"claimcheck\" file=\"a.md\"/>"));
}

TEST_CASE("junit report: a testcase counts once, as an error if it has any", "[report][junit]") {
  report r = testing::varied_report();
  // desk/north.md gets an input error besides its two failures.
  r.errors.push_back({"desk/north.md", 2, 0, "odd heading"});
  std::string const text = junit_of(r);
  // Cases: (run) [error + failure], desk/north.md [error + failures], south, west, rules/local.yaml [error].
  CHECK(contains(text, "<testsuites name=\"claimcheck\" tests=\"5\" failures=\"0\" errors=\"3\">"));
}

TEST_CASE("junit report: what belongs to no file goes to the (run) testcase", "[report][junit]") {
  std::string const text = junit_of(testing::varied_report());
  CHECK(contains(text,
                 "    <testcase name=\"(run)\" classname=\"claimcheck\">\n"
                 "      <error type=\"input-error\" message=\"no rules loaded\">no rules loaded\n</error>\n"
                 "      <failure type=\"sideless-rule\" message=\"a finding with no place\">warning: a finding with no "
                 "place [sideless-rule]\nfingerprint: "));
}

TEST_CASE("junit report: three sides, a speaker and the fact sheet in the failure body", "[report][junit]") {
  report const r = testing::varied_report();
  std::string const text = junit_of(r);
  CHECK(contains(text,
                 "desk/north.md:3:5: 2 May\n"
                 "  | The Tallis bridge opened on 2 May.\n"
                 "desk/south.md:2:1: 9 May\n"
                 "  | Engineers said the bridge opened on 9 May.\n"
                 "desk/west.md:1:14: 12 May (said by the council)\n"
                 "  | It opened on 12 May, the council said.\n"
                 "fact sheet facts/bridges.yaml:7:5 supports: 9 May\n"
                 "fingerprint: " + fingerprint_of(r.discrepancies[0]) + "\n</failure>"));
}

TEST_CASE("junit report: markup, quotes, line breaks and forbidden characters are escaped", "[report][junit]") {
  report r;
  r.sources = {{"a&b <\"x\">.md", 1}};
  r.discrepancies = {{"r", severity::error, "say \"<b>\" & 'go'\nnow", {},
                      {testing::side("a&b <\"x\">.md", 0, {1, 1}, {1, 2}, "5 < 6 & a\x01z \x80 ]]>", "k", "<v>")}}};
  std::string const text = junit_of(r);
  CHECK(contains(text, "name=\"a&amp;b &lt;&quot;x&quot;&gt;.md\""));
  // The message is one line (line breaks become spaces), its markup escaped.
  CHECK(contains(text, "message=\"say &quot;&lt;b&gt;&quot; &amp; &apos;go&apos; now\""));
  CHECK(contains(text, "a&amp;b &lt;\"x\"&gt;.md:1:1: &lt;v&gt;\n"));
  // A control character and an invalid byte are not allowed in XML 1.0 at all: U+FFFD.
  CHECK(contains(text, "  | 5 &lt; 6 &amp; a\xEF\xBF\xBDz \xEF\xBF\xBD ]]&gt;\n"));
  CHECK_FALSE(contains(text, "\x01"));
}
