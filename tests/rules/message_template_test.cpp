// Message templates from rules files: checked once at load time, then rendered without failing.
#include <catch2/catch.hpp>

#include <vector>

#include "rules/message_template.hpp"

using namespace claimcheck;

namespace {

std::vector<std::string> const names = {"office", "jurisdiction", "values", "rule"};

}  // namespace

TEST_CASE("message_template: good templates render their placeholders", "[rules][message]") {
  struct row {
    char const* text;
    char const* expected;
  };
  std::vector<row> const rows = {
      {"{office} of {jurisdiction}: {values}", "harbour master of Velmora: A vs B"},
      {"no placeholders at all", "no placeholders at all"},
      {"{{literal braces}} around {rule}", "{literal braces} around r-1"},
      {"{values:>8}|", "  A vs B|"},
      {"{office}{office}", "harbour masterharbour master"},
  };
  std::vector<std::pair<std::string, std::string>> const args = {
      {"office", "harbour master"}, {"jurisdiction", "Velmora"}, {"values", "A vs B"}, {"rule", "r-1"}};
  for (row const& r : rows) {
    std::string why;
    std::optional<message_template> t = message_template::compile(r.text, names, why);
    INFO(r.text << ": " << why);
    REQUIRE(t);
    CHECK(t->render(args) == r.expected);
  }
}

TEST_CASE("message_template: bad templates are rejected with a reason", "[rules][message]") {
  struct row {
    char const* text;
    char const* why;
  };
  std::vector<row> const rows = {
      {"{ofice}", "unknown placeholder '{ofice}' (expected one of: jurisdiction, office, rule, values)"},
      {"{}", "placeholders must name a value, as in {office}"},
      {"{0}", "placeholders must name a value, as in {office}"},
      {"{values", "missing '}' in format string"},
      {"values}", "unmatched '}' in format string"},
      {"{values:d}", "invalid type specifier"},
  };
  for (row const& r : rows) {
    std::string why;
    CHECK_FALSE(message_template::compile(r.text, names, why));
    CHECK(why == r.why);
  }
}

TEST_CASE("message_template: a missing value at render time gives the raw template", "[rules][message]") {
  std::string why;
  std::optional<message_template> t = message_template::compile("{office}: {values}", names, why);
  REQUIRE(t);
  std::vector<std::pair<std::string, std::string>> const partial = {{"office", "harbour master"}};
  CHECK(t->render(partial) == "{office}: {values}");
}
