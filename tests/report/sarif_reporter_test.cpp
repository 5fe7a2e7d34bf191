// SARIF is read by code-scanning services: these tests pin the log's shape, its escaping and its
// determinism. tests/e2e/sarif_schema_test.cpp validates the same output against the schema.
#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>
#include <sstream>

#include "format_samples.hpp"
#include "report/fingerprint.hpp"
#include "report/sarif_reporter.hpp"

using namespace claimcheck;
using json = nlohmann::json;

namespace {

std::string sarif_of(report const& r, report_context const& ctx = {}) {
  std::ostringstream out;
  write_sarif_report(r, ctx, out);
  return out.str();
}

json parsed(report const& r, report_context const& ctx = {}) { return json::parse(sarif_of(r, ctx)); }

json const& run_of(json const& log) { return log.at("runs").at(0); }

/// One source, one two-sided discrepancy, one located input error.
report small_report() {
  report r;
  r.sources = {{"a.md", 2}, {"b.md", 1}};
  r.errors = {{"c.md", 3, 0, "cannot parse front matter"}};
  r.discrepancies = {{"mayor-single-value",
                      severity::warning,
                      "sources name different mayors of Orlen: Bo Lind vs Kai Varo",
                      {{"office", "mayor"}},
                      {testing::side("a.md", 5, {1, 1}, {1, 20}, "Mayor Bo Lind spoke.", "office-holder", "Bo Lind"),
                       testing::side("b.md", 9, {2, 4}, {2, 30}, "Orlen's mayor, Kai Varo, spoke.", "office-holder",
                                     "Kai Varo")}}};
  return r;
}

}  // namespace

TEST_CASE("sarif report: full log of a small report", "[report][sarif]") {
  report_context ctx;
  ctx.rules = {{"mayor-single-value", "single-value", "A town has one mayor.", "A town has one mayor.\nAt a time.",
                severity::error}};
  report const r = small_report();
  std::string const fingerprint = fingerprint_of(r.discrepancies[0]);
  std::string const expected = R"({
  "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
  "version": "2.1.0",
  "runs": [
    {
      "tool": {
        "driver": {
          "name": "claimcheck",
          "version": "0.1.0",
          "rules": [
            {
              "id": "mayor-single-value",
              "shortDescription": {
                "text": "A town has one mayor."
              },
              "fullDescription": {
                "text": "A town has one mayor. At a time."
              },
              "defaultConfiguration": {
                "level": "error"
              },
              "properties": {
                "kind": "single-value"
              }
            }
          ]
        }
      },
      "invocations": [
        {
          "executionSuccessful": false,
          "toolExecutionNotifications": [
            {
              "level": "error",
              "message": {
                "text": "cannot parse front matter"
              },
              "locations": [
                {
                  "physicalLocation": {
                    "artifactLocation": {
                      "uri": "c.md"
                    },
                    "region": {
                      "startLine": 3
                    }
                  }
                }
              ]
            }
          ]
        }
      ],
      "artifacts": [
        {
          "location": {
            "uri": "a.md"
          },
          "roles": [
            "analysisTarget"
          ],
          "properties": {
            "claims": 2
          }
        },
        {
          "location": {
            "uri": "b.md"
          },
          "roles": [
            "analysisTarget"
          ],
          "properties": {
            "claims": 1
          }
        }
      ],
      "results": [
        {
          "ruleId": "mayor-single-value",
          "ruleIndex": 0,
          "level": "warning",
          "message": {
            "text": "sources name different mayors of Orlen: Bo Lind vs Kai Varo"
          },
          "locations": [
            {
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "a.md"
                },
                "region": {
                  "startLine": 1,
                  "startColumn": 1,
                  "endLine": 1,
                  "endColumn": 20
                }
              },
              "message": {
                "text": "Bo Lind: \"Mayor Bo Lind spoke.\""
              }
            }
          ],
          "relatedLocations": [
            {
              "id": 1,
              "physicalLocation": {
                "artifactLocation": {
                  "uri": "b.md"
                },
                "region": {
                  "startLine": 2,
                  "startColumn": 4,
                  "endLine": 2,
                  "endColumn": 30
                }
              },
              "message": {
                "text": "Kai Varo: \"Orlen's mayor, Kai Varo, spoke.\""
              }
            }
          ],
          "partialFingerprints": {
            "claimcheck/v1": ")" + fingerprint + R"("
          },
          "properties": {
            "key": {
              "office": "mayor"
            }
          }
        }
      ],
      "columnKind": "unicodeCodePoints"
    }
  ]
}
)";
  CHECK(sarif_of(r, ctx) == expected);
}

TEST_CASE("sarif report: an empty report is a valid run with no results", "[report][sarif]") {
  json const log = parsed(report{});
  json const& run = run_of(log);
  CHECK(log.at("version") == "2.1.0");
  CHECK(run.at("tool").at("driver").at("rules") == json::array());
  CHECK(run.at("results") == json::array());
  CHECK(run.at("artifacts") == json::array());
  CHECK(run.at("invocations").at(0).at("executionSuccessful") == true);
  CHECK_FALSE(run.at("invocations").at(0).contains("toolExecutionNotifications"));
}

TEST_CASE("sarif report: the first side is the location, the others and the fact sheet related locations",
          "[report][sarif]") {
  json const log = parsed(testing::varied_report(), testing::varied_context());
  json const& result = run_of(log).at("results").at(0);
  REQUIRE(result.at("ruleId") == "bridge-opening-date");
  REQUIRE(result.at("locations").size() == 1);
  CHECK(result.at("locations")[0].at("physicalLocation").at("artifactLocation").at("uri") == "desk/north.md");
  CHECK(result.at("locations")[0].at("message").at("text") == "2 May: \"The Tallis bridge opened on 2 May.\"");

  struct related_case {
    int id;
    std::string uri;
    std::string message;
  };
  std::vector<related_case> const expected = {
      // The sentence's line break is quoted as a space.
      {1, "desk/south.md", "9 May: \"Engineers said the bridge opened on 9 May.\""},
      {2, "desk/west.md", "12 May (said by the council): \"It opened on 12 May, the council said.\""},
      {3, "facts/bridges.yaml", "fact sheet supports 9 May"},
  };
  json const& related = result.at("relatedLocations");
  REQUIRE(related.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) {
    CAPTURE(i);
    CHECK(related[i].at("id") == expected[i].id);
    CHECK(related[i].at("physicalLocation").at("artifactLocation").at("uri") == expected[i].uri);
    CHECK(related[i].at("message").at("text") == expected[i].message);
  }
  // A fact sheet's entry has a start only.
  CHECK(related[2].at("physicalLocation").at("region") == json{{"startLine", 7}, {"startColumn", 5}});
}

TEST_CASE("sarif report: every ruleIndex points at its rule; rules sorted, unknown ones added", "[report][sarif]") {
  report const r = testing::varied_report();
  json const log = parsed(r, testing::varied_context());
  json const& rules = run_of(log).at("tool").at("driver").at("rules");
  std::vector<std::string> ids;
  for (json const& rule : rules) ids.push_back(rule.at("id"));
  CHECK(ids == std::vector<std::string>{"bridge-opening-date", "crowd-size", "sideless-rule", "unused-rule"});
  // A rule the context does not describe is listed by id alone.
  CHECK(rules[2] == json{{"id", "sideless-rule"}});
  // Without a stated default severity there is no defaultConfiguration.
  CHECK_FALSE(rules[3].contains("defaultConfiguration"));
  for (json const& result : run_of(log).at("results")) {
    CAPTURE(result.at("ruleId"));
    CHECK(rules.at(result.at("ruleIndex").get<std::size_t>()).at("id") == result.at("ruleId"));
  }
}

TEST_CASE("sarif report: levels and fingerprints", "[report][sarif]") {
  report const r = testing::varied_report();
  json const log = parsed(r, testing::varied_context());
  json const& results = run_of(log).at("results");
  REQUIRE(results.size() == 3);
  std::vector<std::string> const levels = {"error", "note", "warning"};
  for (std::size_t i = 0; i < results.size(); ++i) {
    CAPTURE(i);
    CHECK(results[i].at("level") == levels[i]);
    CHECK(results[i].at("partialFingerprints") == json{{"claimcheck/v1", fingerprint_of(r.discrepancies[i])}});
  }
  // A discrepancy without sides has no locations at all rather than an empty one.
  CHECK_FALSE(results[2].contains("locations"));
  CHECK_FALSE(results[2].contains("relatedLocations"));
}

TEST_CASE("sarif report: input errors are notifications and make the run unsuccessful", "[report][sarif]") {
  json const log = parsed(testing::varied_report());
  json const& invocation = run_of(log).at("invocations").at(0);
  CHECK(invocation.at("executionSuccessful") == false);
  json const& notes = invocation.at("toolExecutionNotifications");
  REQUIRE(notes.size() == 2);
  // Without a path, no location.
  CHECK(notes[0] == json{{"level", "error"}, {"message", {{"text", "no rules loaded"}}}});
  CHECK(notes[1].at("locations")[0].at("physicalLocation") ==
        json{{"artifactLocation", {{"uri", "rules/local.yaml"}}}, {"region", {{"startLine", 12}, {"startColumn", 7}}}});
}

TEST_CASE("sarif report: regions keep only what is known and never run backwards", "[report][sarif]") {
  struct region_case {
    line_column start;
    line_column end;
    json region;  // null: no region
  };
  auto const c = GENERATE(values<region_case>({
      {{0, 0}, {0, 0}, json()},
      {{0, 5}, {2, 3}, json()},
      {{4, 0}, {4, 0}, json{{"startLine", 4}, {"endLine", 4}}},
      {{4, 2}, {0, 0}, json{{"startLine", 4}, {"startColumn", 2}}},
      {{4, 2}, {6, 1}, json{{"startLine", 4}, {"startColumn", 2}, {"endLine", 6}, {"endColumn", 1}}},
      {{4, 2}, {4, 2}, json{{"startLine", 4}, {"startColumn", 2}, {"endLine", 4}, {"endColumn", 2}}},
      {{4, 9}, {4, 3}, json{{"startLine", 4}, {"startColumn", 9}}},
      {{4, 9}, {3, 30}, json{{"startLine", 4}, {"startColumn", 9}}},
      {{4, 0}, {5, 7}, json{{"startLine", 4}, {"endLine", 5}}},
  }));
  report r;
  r.discrepancies = {{"r", severity::error, "m", {}, {testing::side("a.md", 0, c.start, c.end, "s", "k", "v")}}};
  json const physical = run_of(parsed(r)).at("results")[0].at("locations")[0].at("physicalLocation");
  if (c.region.is_null()) {
    CHECK_FALSE(physical.contains("region"));
  } else {
    CHECK(physical.at("region") == c.region);
  }
}

TEST_CASE("sarif report: paths become percent-encoded URI references", "[report][sarif]") {
  struct uri_case {
    std::string path;
    std::string uri;
  };
  auto const c = GENERATE(values<uri_case>({
      {"news/a.md", "news/a.md"},
      {"news/two words.md", "news/two%20words.md"},
      {"/srv/news/a.md", "file:///srv/news/a.md"},
      {"<stdin>", "%3Cstdin%3E"},
      {"c:notes.md", "c%3Anotes.md"},  // a colon would read as a scheme
      {"100%.md", "100%25.md"},
      {"caf\xC3\xA9.md", "caf%C3%A9.md"},
      {"a#b?.md", "a%23b%3F.md"},
      {"~x/-_.md", "~x/-_.md"},
  }));
  CHECK(sarif_uri(c.path) == c.uri);
}

TEST_CASE("sarif report: output does not depend on the order of the rule metadata", "[report][sarif]") {
  report_context forward = testing::varied_context();
  report_context backward = forward;
  std::reverse(backward.rules.begin(), backward.rules.end());
  CHECK(sarif_of(testing::varied_report(), forward) == sarif_of(testing::varied_report(), backward));
}

TEST_CASE("sarif report: invalid UTF-8 is replaced, quotes and controls are JSON-escaped", "[report][sarif]") {
  report r = small_report();
  r.discrepancies[0].message = "bad \x80 byte, \"quoted\"\ttab";
  std::string text;
  REQUIRE_NOTHROW(text = sarif_of(r));
  CHECK(text.find(R"("text": "bad )" "\xEF\xBF\xBD" R"( byte, \"quoted\" tab")") != std::string::npos);
  CHECK_NOTHROW(json::parse(text));
}
