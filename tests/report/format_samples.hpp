#pragma once
// Hand-built reports for the machine and reader formats: the shapes sample_report.hpp leaves out
// (three sides, a speaker, a fact sheet's note, a discrepancy without sides, an input error
// without a path) and text that each format must escape. Names and places are invented.
#include "report/discrepancy.hpp"
#include "report/report_context.hpp"
#include "sample_report.hpp"

namespace claimcheck::testing {

/// One discrepancy with three sides, a speaker and a fact sheet's note.
inline discrepancy three_sided() {
  discrepancy d{"bridge-opening-date",
                severity::error,
                "sources date the opening of the Tallis bridge differently: 2 May vs 9 May vs 12 May",
                {{"event", "bridge opening"}},
                {side("desk/north.md", 120, {3, 5}, {3, 48}, "The Tallis bridge opened on 2 May.", "event-date", "2 May"),
                 side("desk/south.md", 80, {2, 1}, {2, 61}, "Engineers said the bridge opened on\n9 May.", "event-date",
                      "9 May"),
                 side("desk/west.md", 10, {1, 14}, {1, 70}, "It opened on 12 May, the council said.", "event-date",
                      "12 May")}};
  d.sides[2].speaker = "the council";
  d.fact_sheet = fact_note{"9 May", "facts/bridges.yaml", {7, 5}};
  return d;
}

/// Every shape at once: three sides with a fact sheet, an info finding, one without sides, and
/// input errors with and without a place.
inline report varied_report() {
  report r;
  r.sources = {{"desk/north.md", 4}, {"desk/south.md", 3}, {"desk/west.md", 2}};
  r.errors = {{"", 0, 0, "no rules loaded"}, {"rules/local.yaml", 12, 7, "unknown key 'severty'"}};
  r.discrepancies = {
      three_sided(),
      {"crowd-size", severity::info, "crowd sizes differ: 300 vs 350", {}, {
           side("desk/north.md", 400, {9, 1}, {9, 30}, "About 300 people watched.", "count", "300"),
           side("desk/south.md", 500, {11, 3}, {11, 40}, "Some 350 people watched.", "count", "350")}},
      {"sideless-rule", severity::warning, "a finding with no place", {}, {}},
  };
  return r;
}

/// Metadata for the rules above; "sideless-rule" is left out on purpose.
inline report_context varied_context() {
  report_context ctx;
  ctx.rules = {{"crowd-size", "single-value", "Crowds are counted once.", "Crowds are counted once.\nEstimates vary.",
                severity::warning},
               {"bridge-opening-date", "single-value", "An opening has one date.", "An opening has one date.", severity::error},
               {"unused-rule", "agree", "", "", std::nullopt}};
  return ctx;
}

}  // namespace claimcheck::testing
