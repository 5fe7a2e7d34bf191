#pragma once
/// What some report formats need beyond the finished report: the metadata of the rules that ran
/// (SARIF lists them in tool.driver.rules), whether the text report may use colour, and the tool's
/// version. Plain values, filled by the caller, so that reporters never reach into the rule loader.
#include <optional>
#include <string>
#include <vector>

#include "report/discrepancy.hpp"
#include "report/report_filter.hpp"

namespace claimcheck {

/// One loaded rule as reports describe it.
struct rule_metadata {
  std::string id;                 ///< "office-holder-single-value"
  std::string kind;               ///< the rule kind it instantiates, "single-value"
  std::string summary;            ///< first sentence of the description, for short listings
  std::string description;        ///< the description as the rules file gives it
  std::optional<severity> level;  ///< the default severity the rules file states; nullopt if it states none
};

struct report_context {
  std::vector<rule_metadata> rules;  ///< any order; reporters sort what they emit
  bool color = false;                ///< ANSI colours in the text report
  std::string tool_version = "0.1.0";
  gate_counts gates;                 ///< what the gates accepted, suppressed or hid, for summaries
};

}  // namespace claimcheck
