// The dispatcher is what --format and its help read: every name must reach its own reporter.
#include <catch2/catch.hpp>

#include <sstream>

#include "format_samples.hpp"
#include "report/github_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/junit_reporter.hpp"
#include "report/line_reporter.hpp"
#include "report/markdown_reporter.hpp"
#include "report/rdjsonl_reporter.hpp"
#include "report/report_formats.hpp"
#include "report/sarif_reporter.hpp"
#include "report/text_reporter.hpp"

using namespace claimcheck;

TEST_CASE("report formats: the names, in help order", "[report][formats]") {
  std::vector<std::string_view> const names(report_format_names().begin(), report_format_names().end());
  CHECK(names == std::vector<std::string_view>{"text", "json", "sarif", "junit", "github", "markdown", "line", "rdjsonl"});
}

TEST_CASE("report formats: is_report_format", "[report][formats]") {
  struct name_case {
    std::string name;
    bool known;
  };
  auto const c = GENERATE(values<name_case>({
      {"text", true}, {"sarif", true}, {"rdjsonl", true}, {"SARIF", false}, {"", false}, {"jsonl", false},
      {"sarif ", false}, {"html", false},
  }));
  CHECK(is_report_format(c.name) == c.known);
}

TEST_CASE("report formats: each name writes what its reporter writes", "[report][formats]") {
  report const r = testing::varied_report();
  report_context ctx = testing::varied_context();
  ctx.color = true;
  ctx.tool_version = "9.9.9";
  struct format_case {
    std::string name;
    std::string expected;
  };
  auto direct = [&](auto write) {
    std::ostringstream out;
    write(out);
    return out.str();
  };
  std::vector<format_case> const cases = {
      {"text", direct([&](std::ostream& o) { write_text_report(r, o, text_options{true}); })},
      {"json", direct([&](std::ostream& o) { write_json_report(r, o); })},
      {"sarif", direct([&](std::ostream& o) { write_sarif_report(r, ctx, o); })},
      {"junit", direct([&](std::ostream& o) { write_junit_report(r, o); })},
      {"github", direct([&](std::ostream& o) { write_github_report(r, o); })},
      {"markdown", direct([&](std::ostream& o) { write_markdown_report(r, o); })},
      {"line", direct([&](std::ostream& o) { write_line_report(r, o); })},
      {"rdjsonl", direct([&](std::ostream& o) { write_rdjsonl_report(r, o); })},
  };
  REQUIRE(cases.size() == report_format_names().size());
  for (format_case const& c : cases) {
    CAPTURE(c.name);
    std::ostringstream out;
    write_report(c.name, r, ctx, out);
    CHECK(out.str() == c.expected);
  }
  // The context reaches the formats that read it.
  CHECK(cases[2].expected.find("\"version\": \"9.9.9\"") != std::string::npos);
  CHECK(cases[0].expected.find("\x1b[") != std::string::npos);
}
