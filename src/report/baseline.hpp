#pragma once
/// Baselines: discrepancies a team has reviewed and accepts, recorded by fingerprint so that
/// the gate fails only on new ones (`--write-baseline FILE` records today's, `--baseline FILE`
/// accepts what a file lists). The fingerprint (report/fingerprint.hpp) leaves out where a
/// sentence sits, so an edit elsewhere in the file keeps an accepted finding accepted, while
/// changing the disputed sentence itself asks for a new review.
///
/// The file is YAML, like every other file claimcheck reads: a reviewer can add `#` comments
/// saying why a finding was accepted and they survive review tools, diffs read line by line,
/// and since JSON is YAML a generated JSON file of the same shape loads too:
///
///   # claimcheck baseline ...
///   discrepancies:
///     - fingerprint: 3f2a9c0d1e4b5a67      <- the only field read
///       rule: office-holder-single-value   <- the rest is for people
///       severity: error
///       message: "sources disagree on ..."
///       sides:
///         - source: news/a.md
///           value: Ana Ruiz
///           sentence: "..."
///
/// Entries are written sorted by first source, rule and fingerprint (never by line, so that
/// rewriting a baseline after unrelated edits changes nothing), one per fingerprint.
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "report/discrepancy.hpp"
#include "report/report_filter.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

/// The fingerprints a baseline file accepts, each with where it is written.
struct baseline {
  struct entry {
    std::string fingerprint;  ///< 16 lower-case hex digits
    line_column at;           ///< the entry's place in the file
  };
  std::vector<entry> entries;  ///< in file order
};

/// Reads the text of a baseline file. Every problem (not YAML, not the shape above, an entry
/// without a fingerprint or with one that is not 16 hex digits) is a diagnostic at its
/// path:line:column, and the entries that could be read are still returned. Empty text is an
/// empty baseline. Never throws.
baseline parse_baseline(std::string_view path, std::string_view text, diagnostics& errors);

/// Reads and parses the file at `path`; a file that cannot be read is a diagnostic and an empty
/// baseline.
baseline read_baseline_file(std::string const& path, diagnostics& errors);

/// The YAML text of a baseline accepting every discrepancy of `found` (see the layout above).
std::string baseline_text(std::span<discrepancy const> found);

/// Writes baseline_text(found) to `path` atomically: into a temporary file beside it, then
/// renamed over it, so that a reader never sees half a baseline and a failed write leaves the old
/// file as it was. A failure is a diagnostic on `path` and false.
bool write_baseline_file(std::string const& path, std::span<discrepancy const> found, diagnostics& errors);

/// Removes from `found` every discrepancy whose fingerprint `accepted` lists, keeping the order
/// of the rest. Sets counts.baseline_used, counts.accepted_by_baseline (discrepancies removed)
/// and counts.stale_baseline_entries (distinct fingerprints of the file that matched nothing:
/// findings fixed since, worth deleting from the file, never an error).
void accept_baseline(std::vector<discrepancy>& found, baseline const& accepted, gate_counts& counts);

}  // namespace claimcheck
