#pragma once
/// Inline suppression: the writer of a draft marks a passage as reviewed, in the draft itself,
/// with HTML comments that Markdown renderers do not show:
///
///   <!-- claimcheck-disable RULE[, RULE...] -->   silences RULE from here on (no list: every rule)
///   <!-- claimcheck-enable [RULE...] -->          ends it (no list: every rule)
///   <!-- claimcheck-disable-next-sentence [RULE...] -->  silences the next sentence only
///
/// Rules are separated by commas or spaces. A disable without an enable runs to the end of the
/// file. "Next sentence" is the first sentence (as the claims' own sentence splitter cuts the
/// text, headings skipped) that ends after the comment, from the comment's end to its own.
///
/// A discrepancy is suppressed when ANY of its sides lies in a suppressed region of its own
/// source for its rule: a discrepancy is a pair of sentences in different articles, and whoever
/// reviewed one of them has decided about that pair; the other article's writer need not agree
/// to mark it. (Sides quoting a fact sheet have no comments and are never suppressed.)
///
/// A comment whose first word starts with "claimcheck" but is none of the three directives
/// ("claimcheck-disabel"), and a rule id that no loaded rule has, are warnings at their
/// line:column: the comment might not do what its writer thinks, but the report is still whole.
#include <cstdint>
#include <map>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "grammar/lexicon.hpp"
#include "report/discrepancy.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

/// A byte range of one source where some rules are silenced.
struct suppressed_region {
  std::uint32_t begin = 0;  ///< first byte after the comment that opens it
  std::uint32_t end = 0;    ///< first byte of the comment that closes it, or the end of its sentence
  bool all_rules = false;
  /// all_rules false: the rules silenced; all_rules true: the rules enabled again (still reported).
  std::vector<std::string> rules;
  friend bool operator==(suppressed_region const&, suppressed_region const&) = default;
};

/// The suppressed regions of one source, in text order.
struct source_suppressions {
  std::string path;
  std::vector<suppressed_region> regions;

  /// Whether `rule` is silenced at byte `offset`.
  bool suppresses(std::string_view rule, std::uint32_t offset) const;
};

/// Reads the claimcheck comments of file.text() from `body_begin` on (front matter is YAML, not
/// prose). `abbreviations` are the lexicon's, so that "next sentence" ends where the claims'
/// sentence does. `known_rules` are the ids of the loaded rules, for the unknown-rule warning
/// (empty: no check). Warnings go to `warnings`.
source_suppressions scan_suppressions(source_file const& file, std::uint32_t body_begin,
                                      phrase_table const& abbreviations, std::span<std::string const> known_rules,
                                      diagnostics& warnings);

/// The suppressions of every source of a run, by path.
class suppression_set {
 public:
  /// Keeps `s` if it suppresses anything.
  void add(source_suppressions s);
  /// Whether any side of `d` lies in a region of its own source silencing d.rule.
  bool suppresses(discrepancy const& d) const;

 private:
  std::map<std::string, source_suppressions, std::less<>> by_path_;
};

/// Removes the suppressed discrepancies from `found`, keeping the order of the rest; returns how
/// many were removed.
std::size_t drop_suppressed(std::vector<discrepancy>& found, suppression_set const& suppressions);

/// One `path:line:column: warning: message` line per warning, as the text report writes errors.
void write_warnings(std::span<diagnostic const> warnings, std::ostream& out);

}  // namespace claimcheck
