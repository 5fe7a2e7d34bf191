#pragma once
/// What one run of claimcheck was asked to do, as the command line said it.
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
  std::optional<calendar_date> reference_date;      ///< for sources that carry no date of their own
};

}  // namespace claimcheck
