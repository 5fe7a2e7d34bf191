#include "report/report_formats.hpp"

#include <algorithm>
#include <array>
#include <cassert>

#include "report/github_reporter.hpp"
#include "report/json_reporter.hpp"
#include "report/junit_reporter.hpp"
#include "report/line_reporter.hpp"
#include "report/markdown_reporter.hpp"
#include "report/rdjsonl_reporter.hpp"
#include "report/sarif_reporter.hpp"
#include "report/text_reporter.hpp"

namespace claimcheck {

namespace {

constexpr std::array<std::string_view, 8> names = {"text", "json", "sarif", "junit", "github", "markdown", "line",
                                                   "rdjsonl"};

}  // namespace

std::span<std::string_view const> report_format_names() { return names; }

bool is_report_format(std::string_view name) { return std::find(names.begin(), names.end(), name) != names.end(); }

void write_report(std::string_view format, report const& r, report_context const& ctx, std::ostream& out) {
  assert(is_report_format(format));
  if (format == "json") {
    write_json_report(r, out, ctx.gates);
  } else if (format == "sarif") {
    write_sarif_report(r, ctx, out);
  } else if (format == "junit") {
    write_junit_report(r, out);
  } else if (format == "github") {
    write_github_report(r, out);
  } else if (format == "markdown") {
    write_markdown_report(r, out);
  } else if (format == "line") {
    write_line_report(r, out);
  } else if (format == "rdjsonl") {
    write_rdjsonl_report(r, out);
  } else {
    write_text_report(r, out, text_options{ctx.color}, ctx.gates);
  }
}

}  // namespace claimcheck
