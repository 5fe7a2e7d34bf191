#pragma once
// Hand-built reports shared by the reporter tests; names and places are invented.
#include "report/discrepancy.hpp"

namespace claimcheck::testing {

inline discrepancy_side side(std::string source, std::uint32_t offset, line_column start, line_column end,
                             std::string text, std::string kind, std::string value) {
  return {std::move(source), offset, start, end, std::move(text), std::move(kind), std::move(value)};
}

/// Two discrepancies (an error and a warning) over three sources, plus two input errors.
inline report sample_report() {
  report r;
  r.sources = {{"news/harbour-a.md", 12}, {"news/harbour-b.md", 9}, {"news/harbour-c.md", 7}};
  r.errors = {{"news/harbour-d.md", 0, 0, "cannot read file: No such file or directory"},
              {"rules/extra.yaml", 4, 3, "unknown rule kind 'single-valeu'"}};
  r.discrepancies = {
      {"office-holder-single-value",
       severity::error,
       "sources name different holders of port authority chair of Velmora: Ines Marrow vs Piet Aldane",
       {{"office", "port authority chair"}, {"jurisdiction", "Velmora"}},
       {side("news/harbour-a.md", 40, {2, 1}, {2, 58},
             "Port authority chair Ines Marrow opened the new quay at the harbour café.", "office-holder",
             "Ines Marrow"),
        side("news/harbour-b.md", 210, {5, 9}, {5, 61}, "Velmora's port authority chair, Piet Aldane, was absent.",
             "office-holder", "Piet Aldane")}},
      {"event-date-agreement",
       severity::warning,
       "sources date the harbour reopening differently: 3 March 2031 vs 4 March 2031",
       {{"event", "reopening"}},
       {side("news/harbour-a.md", 300, {4, 1}, {4, 44}, "The harbour reopened on 3 March 2031.", "event-date",
             "3 March 2031"),
        side("news/harbour-c.md", 16, {1, 17}, {1, 70}, "Ships returned when the harbour reopened on 4 March 2031.",
             "event-date", "4 March 2031")}},
  };
  return r;
}

}  // namespace claimcheck::testing
