// The example fact sheet over the example story, through the real grammar and the default rule
// pack: the draft-style check (one article against the sheet) and the note on the conflict
// between the articles. Wired here as src/pipeline/run.cpp wires it for --facts.
#include "fact_fixture.hpp"

#include <fstream>
#include <sstream>

#include "claims/cross_source.hpp"
#include "facts/fact_support.hpp"
#include "pipeline/extract.hpp"
#include "rules/builtin_data.hpp"
#include "rules/engine.hpp"
#include "text/document.hpp"
#include "text/input_collector.hpp"

using namespace claimcheck;
using namespace claimcheck::testing;

namespace {

std::string const sheet_path = "examples/facts/south-korea-defence.yaml";

std::string read_source_file(std::string const& relative) {
  std::ifstream in(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + relative, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The fact-sheet rules proposed for the default pack; without sheets they find nothing.

/// What a run over the example story finds, with or without the example sheet.
struct story_run {
  source_store store;
  std::vector<claim> claims;
  std::vector<discrepancy> found;
};

std::unique_ptr<story_run> run_story(std::vector<std::string> const& articles, bool with_sheet) {
  std::unique_ptr<story_run> out = std::make_unique<story_run>();
  diagnostics errors;
  std::vector<std::string> paths;
  for (std::string const& a : articles) paths.push_back(std::string(CLAIMCHECK_SOURCE_DIR) + "/" + a);
  collect_inputs(paths, out->store, errors);
  for (source_id id = 0; id < out->store.size(); ++id)
    extract_document_claims(out->store, load_document(out->store, id, errors), builtin_lexicon(), out->claims);
  complete_jurisdictions(out->claims);

  fact_sheets sheets;
  if (with_sheet) load_fact_sheet_yaml(sheet_path, read_source_file(sheet_path), builtin_lexicon(), sheets, errors);

  registry kinds;
  register_builtin_kinds(kinds);
  kinds.add("fact-sheet", make_fact_sheet_rule);
  std::vector<std::unique_ptr<rule>> rules;
  for (builtin_file const& file : builtin_files())
    if (file.path == "rules/default.yaml" || file.path == "rules/facts/fact-sheet.yaml")
      load_rules_yaml(file.path, file.content, kinds, rules, errors);
  for (std::string const& e : error_lines(errors)) FAIL_CHECK(e);

  out->found = run_rules(rules, out->claims, check_context{out->store, &sheets});
  note_fact_support(out->found, out->claims, out->store, sheets);
  return out;
}

std::vector<discrepancy const*> by_rule(std::vector<discrepancy> const& found, std::string_view rule) {
  std::vector<discrepancy const*> out;
  for (discrepancy const& d : found)
    if (d.rule == rule) out.push_back(&d);
  return out;
}

std::string file_name(std::string const& path) { return path.substr(path.rfind('/') + 1); }

}  // namespace

TEST_CASE("example sheet: one article checked against the sheet alone", "[facts][example]") {
  std::unique_ptr<story_run> const run = run_story({"examples/nakatani-seoul/b-meridian-ledger.md"}, true);
  std::vector<discrepancy const*> const against_sheet = by_rule(run->found, "office-holder-fact-sheet");
  REQUIRE(against_sheet.size() == 1);
  discrepancy const& d = *against_sheet[0];
  CHECK(d.level == severity::error);
  CHECK(d.message ==
        "the fact sheet gives Ahn Gyu-back as defence minister of South Korea (from 2025-07-25), not Lee Jong-sup");
  REQUIRE(d.sides.size() == 2);
  std::vector<std::string> sides;
  for (discrepancy_side const& s : d.sides)
    sides.push_back(fmt::format("{}:{}:{} {} {}", file_name(s.source), s.start.line, s.start.column, s.kind, s.value));
  std::sort(sides.begin(), sides.end());
  CHECK(sides == std::vector<std::string>{"b-meridian-ledger.md:9:31 office-holder Lee Jong-sup",
                                          "south-korea-defence.yaml:17:5 fact-sheet Ahn Gyu-back"});
}

TEST_CASE("example sheet: the articles that agree with it raise nothing against it", "[facts][example]") {
  std::unique_ptr<story_run> const run = run_story(
      {"examples/nakatani-seoul/a-harbour-line-wire.md", "examples/nakatani-seoul/c-northgate-review.md"}, true);
  CHECK(by_rule(run->found, "office-holder-fact-sheet").empty());
}

TEST_CASE("example sheet: the conflict between the articles notes the side it supports", "[facts][example]") {
  std::vector<std::string> const story = {"examples/nakatani-seoul/a-harbour-line-wire.md",
                                          "examples/nakatani-seoul/b-meridian-ledger.md",
                                          "examples/nakatani-seoul/c-northgate-review.md"};
  std::unique_ptr<story_run> const with = run_story(story, true);
  std::vector<discrepancy const*> const conflict = by_rule(with->found, "office-holder-single-value");
  REQUIRE(conflict.size() == 1);
  REQUIRE(conflict[0]->fact_sheet.has_value());
  CHECK(conflict[0]->fact_sheet->value == "Ahn Gyu-back");
  CHECK(conflict[0]->fact_sheet->path == sheet_path);
  CHECK(conflict[0]->fact_sheet->at == line_column{17, 5});
  // The visit dates are no slot of the sheet: no note.
  for (discrepancy const* d : by_rule(with->found, "visit-date-single-value")) CHECK(!d->fact_sheet);

  std::unique_ptr<story_run> const without = run_story(story, false);
  for (discrepancy const& d : without->found) CHECK(!d.rule.ends_with("-fact-sheet"));
  for (discrepancy const& d : without->found) CHECK(!d.fact_sheet);
  // Everything but the sheet's own findings is the same with or without it.
  std::vector<std::string> rules_with;
  for (discrepancy const& d : with->found)
    if (!d.rule.ends_with("-fact-sheet")) rules_with.push_back(d.rule + ": " + d.message);
  std::vector<std::string> rules_without;
  for (discrepancy const& d : without->found) rules_without.push_back(d.rule + ": " + d.message);
  CHECK(rules_with == rules_without);
}
