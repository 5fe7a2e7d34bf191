// claimcheck: checks news articles against each other. main reads as the list of passes a run
// makes; each pass is a free function of the library.
#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <fmt/ranges.h>
#include <iostream>

#include "pipeline/options.hpp"
#include "pipeline/rules_command.hpp"
#include "pipeline/run.hpp"
#include "report/report_formats.hpp"

int main(int argc, char** argv) {
  claimcheck::run_options options;
  CLI::App app{"claimcheck: finds where news articles about the same events contradict each other"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimcheck 0.1.0");

  std::string fail_on = "error";
  std::string reference_date;
  auto const iso_date = [](std::string const& text) {
    return claimcheck::calendar_date::from_iso(text) && text.size() == 10 ? std::string() : "expected YYYY-MM-DD";
  };
  auto add_common = [&options, &reference_date, &iso_date](CLI::App* command) {
    command->add_option("--date", reference_date,
                        "YYYY-MM-DD: the date of every source that states none (no front matter, manifest or dateline)")
        ->check(iso_date);
    command->add_option("--sources", options.manifest_paths,
                        "Sources manifests (YAML): the date, outlet and title of each article");
    command->add_option("paths", options.paths, "Files and directories (*.txt, *.md), or - for standard input")
        ->required();
    command->add_option("--rules", options.rule_paths, "Extra rule files or directories of *.yaml");
    command->add_flag("--no-default-rules", options.no_default_rules, "Do not load the built-in rule pack");
    command->add_option("--lexicon", options.lexicon_paths, "Extra lexicon files (YAML) to add to the built-in one");
  };

  CLI::App* check = app.add_subcommand("check", "Report discrepancies between sources");
  add_common(check);
  std::vector<std::string> const formats(claimcheck::report_format_names().begin(),
                                         claimcheck::report_format_names().end());
  check->add_option("--format", options.format, "Output format: " + fmt::format("{}", fmt::join(formats, ", ")))
      ->check(CLI::IsMember(formats))
      ->default_val("text");
  check->add_option("--output", options.output_path, "Write the report to this file (whole, or not at all)");
  check->add_option("--fail-on", fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->default_val("error");
  check->add_option("--facts", options.fact_paths,
                    "Fact sheets (YAML files or directories of *.yaml) to check claims against");
  check->add_option("--color", options.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_val("auto");
  // The gates (src/report/report_filter.hpp) and the project config (src/pipeline/project_config.hpp).
  std::string min_level = "info";
  check->add_option("--min-level", min_level, "Lowest severity shown; what fails the run is --fail-on")
      ->check(CLI::IsMember({"info", "warning", "error"}))
      ->default_val("info");
  std::size_t max_discrepancies = 0;
  CLI::Option* max_option =
      check->add_option("--max-discrepancies", max_discrepancies,
                        "Exit 1 only when more than N discrepancies at or above --fail-on remain")
          ->check(CLI::NonNegativeNumber);
  check->add_option("--baseline", options.baseline_path, "Accept the discrepancies listed in this baseline file");
  check->add_option("--write-baseline", options.write_baseline_path,
                    "Record the discrepancies found (after inline suppression) in this baseline file");
  CLI::Option* config_option = check->add_option(
      "--config", options.config_path, "Read this project config instead of the .claimcheck.yaml found from the inputs");
  check->add_flag("--no-config", options.no_config, "Read no project config")->excludes(config_option);

  CLI::App* extract = app.add_subcommand("extract", "Print the typed claims found in the sources");
  add_common(extract);
  extract->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->default_val("jsonl");
  extract->add_flag("--values", options.values, "Print every value (number, money, date, duration...) found");
  // The older name of --date, kept for scripts that use it.
  extract->add_option("--reference-date", reference_date, "Same as --date")->check(iso_date);

  claimcheck::rules_command_options rules_options;
  CLI::App* rules = app.add_subcommand("rules", "List, explain and test the rules a run would load");
  rules->require_subcommand(1);
  auto add_rule_sources = [&rules_options](CLI::App* command) {
    command->add_option("--rules", rules_options.rule_paths, "Extra rule files or directories of *.yaml");
    command->add_flag("--no-default-rules", rules_options.no_default_rules, "Do not load the built-in rule pack");
  };
  CLI::App* rules_list = rules->add_subcommand("list", "One line per rule: id, kind, origin, summary");
  add_rule_sources(rules_list);
  CLI::App* rules_explain = rules->add_subcommand("explain", "Show one rule as its file states it");
  rules_explain->add_option("id", rules_options.id, "The rule's id")->required();
  add_rule_sources(rules_explain);
  CLI::App* rules_test = rules->add_subcommand("test", "Run every rule's examples; exit 1 if one fails");
  add_rule_sources(rules_test);
  rules_test->add_option("--lexicon", rules_options.lexicon_paths, "Extra lexicon files (YAML) to read the examples with");

  try {
    app.parse(argc, argv);
  } catch (CLI::ParseError const& e) {
    int const status = app.exit(e);
    return status == 0 ? 0 : 2;  // usage errors share exit status 2 with input errors
  }
  if (rules->parsed()) {
    rules_options.what = rules_list->parsed()      ? claimcheck::rules_action::list
                         : rules_explain->parsed() ? claimcheck::rules_action::explain
                                                   : claimcheck::rules_action::test;
    return claimcheck::run_rules_command(rules_options, std::cout, std::cerr);
  }
  if (!reference_date.empty()) options.reference_date = claimcheck::calendar_date::from_iso(reference_date);
  options.what = check->parsed() ? claimcheck::command::check : claimcheck::command::extract;
  options.fail_on = fail_on == "never" ? std::nullopt : claimcheck::severity_from(fail_on);
  options.min_level = claimcheck::severity_from(min_level).value_or(claimcheck::severity::info);
  if (max_option->count() > 0) options.max_discrepancies = max_discrepancies;
  // What the command line gave wins over the project config's key of the same name.
  for (CLI::Option const* given : check->get_options())
    if (given->count() > 0)
      options.given.insert(options.given.end(), given->get_lnames().begin(), given->get_lnames().end());
  return claimcheck::run(options, std::cout, std::cerr);
}
