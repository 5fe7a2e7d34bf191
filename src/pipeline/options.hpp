#pragma once
/// What one run of claimcheck was asked to do, as the command line said it.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "report/discrepancy.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

enum class command { check, extract };

struct run_options {
  command what = command::check;
  std::vector<std::string> paths;
  std::vector<std::string> rule_paths;
  std::vector<std::string> lexicon_paths;
  std::vector<std::string> fact_paths;  ///< --facts: fact sheets (YAML) that claims are checked against
  bool no_default_rules = false;
  std::string format = "text";
  std::string color = "auto";                       ///< auto, always, never
  std::optional<severity> fail_on = severity::error;  ///< nullopt: never fail on findings
  bool values = false;                              ///< extract: values instead of claims
  std::optional<calendar_date> reference_date;      ///< --date: for sources that carry no date of their own
  std::vector<std::string> manifest_paths;          ///< --sources: manifests of article dates and outlets
  std::string output_path;                          ///< --output: the report goes to this file, atomically
  // The gates (src/report/report_filter.hpp) and the project config (src/pipeline/project_config.hpp).
  severity min_level = severity::info;              ///< --min-level: lowest severity shown
  std::optional<std::size_t> max_discrepancies;     ///< --max-discrepancies: failing findings tolerated
  std::string baseline_path;                        ///< --baseline: accept the discrepancies it lists
  std::string write_baseline_path;                  ///< --write-baseline: record the discrepancies found
  std::string config_path;                          ///< --config: this file, not the one found by walking up
  bool no_config = false;                           ///< --no-config: read no project config
  std::vector<std::string> ignore;                  ///< the config's `ignore` globs: inputs to skip
  std::string ignore_base;                          ///< the directory those globs are relative to
  std::vector<std::string> given;                   ///< long names of the options the command line gave
};

}  // namespace claimcheck
