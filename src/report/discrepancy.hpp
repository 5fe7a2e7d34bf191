#pragma once
/// What a run found, as self-contained values: no references into the parser or the claims, so
/// that every reporter (text, JSON, later SARIF) reads the same finished data.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

enum class severity : std::uint8_t { info, warning, error };

std::string_view to_string(severity s);
std::optional<severity> severity_from(std::string_view name);

/// One side of a discrepancy: a claim, where it is, and the value it gives the disputed slot.
struct discrepancy_side {
  std::string source;          ///< path as given on the command line
  std::uint32_t offset = 0;    ///< byte offset of the claim, for ordering
  line_column start;
  line_column end;
  std::string text;            ///< the sentence that states the claim
  std::string kind;            ///< claim kind, "meeting"; "fact-sheet" for a side quoting a fact sheet
  std::string value;           ///< the disputed value as shown, "Ana Costa"
  std::string speaker;         ///< who the source says stated it ("police"); empty in its own voice
};

/// What the fact sheets say about a conflict between sources: the value a fact confirms while the
/// facts contradict another side's value, and where that fact is written. Lets a reader see at
/// once which side is right, without making the conflict any less of a finding.
struct fact_note {
  std::string value;  ///< the supported value as the fact gives it, "Ana Ruiz"
  std::string path;   ///< the fact sheet, as given on the command line
  line_column at;     ///< where the fact's entry starts
};

struct discrepancy {
  std::string rule;        ///< rule id, "counterpart-single-value"
  severity level = severity::error;
  std::string message;
  std::vector<std::pair<std::string, std::string>> key;  ///< the slot: field name -> value
  std::vector<discrepancy_side> sides;                   ///< sorted by (source, offset)
  std::optional<fact_note> fact_sheet;                   ///< set by note_fact_support, if a fact decides
};

struct source_summary {
  std::string path;
  std::size_t claims = 0;
};

struct report {
  std::vector<source_summary> sources;
  std::vector<diagnostic> errors;
  std::vector<discrepancy> discrepancies;
};

/// What a report adds up to, as every format's summary states it.
struct report_totals {
  std::size_t errors = 0;    ///< discrepancies of severity error
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t claims = 0;    ///< claims over all sources
};

report_totals totals_of(report const& r);

/// Orders sides, discrepancies (first side's source and offset, then rule) and errors so that
/// output never depends on input order or container iteration.
void sort_report(report& r);

}  // namespace claimcheck
