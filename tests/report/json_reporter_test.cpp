// The JSON report is a contract with other programs: these tests pin its exact text.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/json_reporter.hpp"
#include "sample_report.hpp"

using namespace claimcheck;

namespace {

std::string json_of(report const& r) {
  std::ostringstream out;
  write_json_report(r, out);
  return out.str();
}

}  // namespace

TEST_CASE("json report: full document for two discrepancies and two input errors", "[report][json]") {
  std::string const expected = R"({
  "version": 1,
  "sources": [
    {
      "path": "news/harbour-a.md",
      "claims": 12
    },
    {
      "path": "news/harbour-b.md",
      "claims": 9
    },
    {
      "path": "news/harbour-c.md",
      "claims": 7
    }
  ],
  "errors": [
    {
      "path": "news/harbour-d.md",
      "line": 0,
      "column": 0,
      "message": "cannot read file: No such file or directory"
    },
    {
      "path": "rules/extra.yaml",
      "line": 4,
      "column": 3,
      "message": "unknown rule kind 'single-valeu'"
    }
  ],
  "discrepancies": [
    {
      "rule": "office-holder-single-value",
      "severity": "error",
      "message": "sources name different holders of port authority chair of Velmora: Ines Marrow vs Piet Aldane",
      "key": {
        "office": "port authority chair",
        "jurisdiction": "Velmora"
      },
      "claims": [
        {
          "source": "news/harbour-a.md",
          "line": 2,
          "column": 1,
          "end_line": 2,
          "end_column": 58,
          "text": "Port authority chair Ines Marrow opened the new quay at the harbour café.",
          "kind": "office-holder",
          "value": "Ines Marrow"
        },
        {
          "source": "news/harbour-b.md",
          "line": 5,
          "column": 9,
          "end_line": 5,
          "end_column": 61,
          "text": "Velmora's port authority chair, Piet Aldane, was absent.",
          "kind": "office-holder",
          "value": "Piet Aldane"
        }
      ]
    },
    {
      "rule": "event-date-agreement",
      "severity": "warning",
      "message": "sources date the harbour reopening differently: 3 March 2031 vs 4 March 2031",
      "key": {
        "event": "reopening"
      },
      "claims": [
        {
          "source": "news/harbour-a.md",
          "line": 4,
          "column": 1,
          "end_line": 4,
          "end_column": 44,
          "text": "The harbour reopened on 3 March 2031.",
          "kind": "event-date",
          "value": "3 March 2031"
        },
        {
          "source": "news/harbour-c.md",
          "line": 1,
          "column": 17,
          "end_line": 1,
          "end_column": 70,
          "text": "Ships returned when the harbour reopened on 4 March 2031.",
          "kind": "event-date",
          "value": "4 March 2031"
        }
      ]
    }
  ],
  "summary": {
    "errors": 1,
    "warnings": 1,
    "infos": 0,
    "sources": 3,
    "claims": 28,
    "input_errors": 2
  }
}
)";
  CHECK(json_of(testing::sample_report()) == expected);
}

TEST_CASE("json report: an empty report still has every section", "[report][json]") {
  std::string const expected = R"({
  "version": 1,
  "sources": [],
  "errors": [],
  "discrepancies": [],
  "summary": {
    "errors": 0,
    "warnings": 0,
    "infos": 0,
    "sources": 0,
    "claims": 0,
    "input_errors": 0
  }
}
)";
  CHECK(json_of(report{}) == expected);
}

TEST_CASE("json report: a discrepancy without a key or sides keeps empty containers", "[report][json]") {
  report r;
  r.discrepancies.push_back({"lonely-rule", severity::info, "nothing to point at", {}, {}});
  std::string const text = json_of(r);
  CHECK(text.find("\"key\": {},") != std::string::npos);
  CHECK(text.find("\"claims\": []") != std::string::npos);
  CHECK(text.find("\"infos\": 1,") != std::string::npos);
}

TEST_CASE("json report: invalid UTF-8 in a sentence is replaced, not thrown", "[report][json]") {
  report r = testing::sample_report();
  // A lone continuation byte and a truncated two-byte sequence around valid text.
  r.discrepancies[0].sides[0].text = "bad \x80 byte and \xC3 cut";
  std::string text;
  REQUIRE_NOTHROW(text = json_of(r));
  CHECK(text.find("\"text\": \"bad \xEF\xBF\xBD byte and \xEF\xBF\xBD cut\"") != std::string::npos);
  // The rest of the document is unharmed.
  CHECK(text.find("\"input_errors\": 2") != std::string::npos);
}

TEST_CASE("json report: quotes, backslashes and control characters are escaped", "[report][json]") {
  report r;
  r.errors.push_back({"odd \"name\".md", 1, 2, "tab\there\\and a bell\a"});
  std::string const text = json_of(r);
  CHECK(text.find(R"("path": "odd \"name\".md")") != std::string::npos);
  CHECK(text.find(R"("message": "tab\there\\and a bell\u0007")") != std::string::npos);
}
