// claimcheck: checks news articles against each other. main reads as the list of passes a run
// makes; each pass is a free function of the library.
#include <CLI/CLI.hpp>
#include <iostream>

#include "pipeline/options.hpp"
#include "pipeline/rules_command.hpp"
#include "pipeline/run.hpp"

int main(int argc, char** argv) {
  claimcheck::run_options options;
  CLI::App app{"claimcheck: finds where news articles about the same events contradict each other"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "claimcheck 0.1.0");

  std::string fail_on = "error";
  auto add_common = [&options](CLI::App* command) {
    command->add_option("paths", options.paths, "Files and directories (*.txt, *.md), or - for standard input")
        ->required();
    command->add_option("--rules", options.rule_paths, "Extra rule files or directories of *.yaml");
    command->add_flag("--no-default-rules", options.no_default_rules, "Do not load the built-in rule pack");
    command->add_option("--lexicon", options.lexicon_paths, "Extra lexicon files (YAML) to add to the built-in one");
  };

  CLI::App* check = app.add_subcommand("check", "Report discrepancies between sources");
  add_common(check);
  check->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->default_val("text");
  check->add_option("--fail-on", fail_on, "Lowest severity that makes the exit status 1")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->default_val("error");
  check->add_option("--facts", options.fact_paths,
                    "Fact sheets (YAML files or directories of *.yaml) to check claims against");
  check->add_option("--color", options.color, "Colour the text report")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->default_val("auto");

  CLI::App* extract = app.add_subcommand("extract", "Print the typed claims found in the sources");
  add_common(extract);
  extract->add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"jsonl"}))
      ->default_val("jsonl");
  extract->add_flag("--values", options.values, "Print every value (number, money, date, duration...) found");
  std::string reference_date;
  extract->add_option("--reference-date", reference_date,
                      "YYYY-MM-DD: the date that relative dates of undated sources count from")
      ->check([](std::string const& text) {
        return claimcheck::calendar_date::from_iso(text) && text.size() == 10 ? std::string() : "expected YYYY-MM-DD";
      });

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
  return claimcheck::run(options, std::cout, std::cerr);
}
