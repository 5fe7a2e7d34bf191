#pragma once
/// The last gate between a finished report and the run's verdict: what fails the run
/// (`--fail-on`, `--max-discrepancies`) is decided on everything that the baseline and inline
/// suppressions left, and only then does `--min-level` hide what the reader asked not to see.
/// Keeping the two apart is the point: a team may want warnings to fail CI without reading
/// them in every local run, or to read infos without them ever failing it.
///
/// Order of a gated run (src/pipeline/run.cpp):
///   1. inline suppressions drop what the draft's writer marked as reviewed (report/suppression);
///   2. `--write-baseline` records what is left (report/baseline);
///   3. `--baseline` drops what it lists, counting stale entries;
///   4. the exit status: 2 on input errors, else 1 when more than `--max-discrepancies`
///      (default 0) discrepancies are at or above `--fail-on`, else 0;
///   5. `--min-level` hides the discrepancies below it from every format.
#include <cstddef>
#include <optional>
#include <string>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// The settings of steps 4 and 5.
struct gate_settings {
  severity min_level = severity::info;                 ///< lowest severity shown
  std::optional<severity> fail_on = severity::error;   ///< nullopt: "never"
  std::optional<std::size_t> max_discrepancies;        ///< failing discrepancies tolerated; unset means 0
};

/// What the gates did, for the summary of every format. Each part is stated only when its gate
/// is in use, so that a run without gates reports exactly what it did before gates existed.
struct gate_counts {
  bool baseline_used = false;            ///< a baseline file was read
  std::size_t accepted_by_baseline = 0;  ///< discrepancies dropped because the baseline lists them
  std::size_t stale_baseline_entries = 0;  ///< baseline entries that matched nothing this run
  std::size_t suppressed = 0;            ///< discrepancies dropped by claimcheck-disable comments
  std::optional<severity> min_level;     ///< set when it hides something: above info
  std::size_t hidden_below_min_level = 0;
  std::optional<std::size_t> max_discrepancies;  ///< set when --max-discrepancies was given
  std::size_t failing = 0;               ///< discrepancies at or above --fail-on after steps 1-3
};

/// Steps 4 and 5: returns the exit status (see exit_status with a tolerance) and removes from
/// `r` the discrepancies below `settings.min_level`, recording both in `counts`. `r` must
/// already hold every input error; its order is kept.
int finish_gates(report& r, gate_settings const& settings, gate_counts& counts);

/// Removes the discrepancies less severe than `min_level`, keeping the order of the rest;
/// returns how many were removed.
std::size_t hide_below(report& r, severity min_level);

/// The gates' part of the text summary line, to follow the counts: "; 2 accepted by baseline
/// (1 stale entry); 1 suppressed inline; 1 hidden below --min-level warning; 3 failing of 5
/// allowed by --max-discrepancies", each part only when its gate is in use (see gate_counts).
std::string gate_summary_text(gate_counts const& counts);

}  // namespace claimcheck
