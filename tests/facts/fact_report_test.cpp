// The fact-sheet note in reports: shown when present, and reports without one unchanged.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/json_reporter.hpp"
#include "report/text_reporter.hpp"
#include "tests/report/sample_report.hpp"

using namespace claimcheck;

namespace {

report with_note() {
  report r = testing::sample_report();
  r.errors.clear();
  r.discrepancies.resize(1);
  r.discrepancies[0].fact_sheet = fact_note{"Ines Marrow", "facts/velmora.yaml", {12, 5}};
  return r;
}

std::string json_of(report const& r) {
  std::ostringstream out;
  write_json_report(r, out);
  return out.str();
}

std::string text_of(report const& r, bool color = false) {
  std::ostringstream out;
  write_text_report(r, out, text_options{color});
  return out.str();
}

}  // namespace

TEST_CASE("fact note: the JSON report gives it after the claims", "[facts][report][json]") {
  std::string const json = json_of(with_note());
  std::string const expected = R"(          "kind": "office-holder",
          "value": "Piet Aldane"
        }
      ],
      "fact_sheet": {
        "value": "Ines Marrow",
        "path": "facts/velmora.yaml",
        "line": 12,
        "column": 5
      }
    }
  ],
  "summary": {)";
  CHECK(json.find(expected) != std::string::npos);
}

TEST_CASE("fact note: absent, the JSON report has no such key", "[facts][report][json]") {
  CHECK(json_of(testing::sample_report()).find("fact_sheet") == std::string::npos);
}

TEST_CASE("fact note: the text report gives it after the sides", "[facts][report][text]") {
  std::string const expected =
      "news/harbour-a.md:2:1: error: sources name different holders of port authority chair of Velmora: "
      "Ines Marrow vs Piet Aldane [office-holder-single-value]\n"
      "  news/harbour-a.md:2:1: Ines Marrow\n"
      "    | Port authority chair Ines Marrow opened the new quay at the harbour café.\n"
      "  news/harbour-b.md:5:9: Piet Aldane\n"
      "    | Velmora's port authority chair, Piet Aldane, was absent.\n"
      "  fact sheet facts/velmora.yaml:12:5 supports: Ines Marrow\n"
      "\n"
      "1 discrepancy (1 error, 0 warnings, 0 infos) in 3 sources, 28 claims; 0 input errors\n";
  CHECK(text_of(with_note()) == expected);
}

TEST_CASE("fact note: the supported value is bold in colour, like the sides' values", "[facts][report][text]") {
  CHECK(text_of(with_note(), true).find("  fact sheet facts/velmora.yaml:12:5 supports: \x1b[1mInes Marrow\x1b[0m\n") !=
        std::string::npos);
}

TEST_CASE("fact note: absent, the text report has no such line", "[facts][report][text]") {
  CHECK(text_of(testing::sample_report()).find("fact sheet") == std::string::npos);
}
