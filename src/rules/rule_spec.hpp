#pragma once
/// A rule as a rules file states it, before a rule kind gives it meaning, and the typed view a
/// kind reads its parameters through. Plain data with positions, so that yaml-cpp stays in the
/// loader and every kind can still point at the exact value it rejects.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "claims/claim.hpp"
#include "diagnostics/diagnostic.hpp"
#include "report/discrepancy.hpp"
#include "rules/message_template.hpp"
#include "text/source_store.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// One value written in a rules file: nothing, a scalar, a list, or a map (which no kind reads).
struct spec_value {
  enum class shape : std::uint8_t { null, scalar, list, map };
  shape form = shape::null;
  line_column at;                 ///< where the value starts, 1-based
  std::string text;               ///< a scalar's text
  std::vector<spec_value> items;  ///< a list's elements
};

/// One key of a rule's map other than `id`, `kind`, `description` and `examples`.
struct spec_param {
  std::string name;
  line_column at;  ///< where the key is written
  spec_value value;
};

/// One text of a rule example: an article of its own, dated when the example says so (the date
/// plays the part of an article's publication date).
struct example_text {
  std::string text;
  std::optional<calendar_date> date;
  line_column at;  ///< where the text (or its map) is written
};

/// What an example expects the rule to find over its texts.
enum class example_expectation : std::uint8_t { conflict, no_conflict };

/// "conflict" or "no-conflict", as rules files write it.
std::string_view to_string(example_expectation expects);

/// A rule entry's `examples` item: sources the rule must (conflict) or must not (no-conflict)
/// find a discrepancy between. Examples document a rule and are run when it is loaded, so a rule
/// that does not do what its examples say is refused.
struct rule_example {
  example_expectation expects = example_expectation::conflict;
  line_column at;  ///< where the item's key (`conflict:`) is written
  std::vector<example_text> texts;
};

/// A rule entry of a rules file.
struct rule_spec {
  std::string path;  ///< the rules file, as diagnostics name it
  line_column at;    ///< where the rule's map starts
  std::string id;
  std::string kind;
  std::string description;
  std::vector<spec_param> params;      ///< in file order, without duplicates
  std::vector<rule_example> examples;  ///< in file order
};

enum class presence : std::uint8_t { optional, required };

/// A value read from a rules file together with where it is written, so that a check made
/// later (a field that must also be a key, say) can still be reported at its place.
template <typename T>
struct located {
  T value;
  line_column at;
};

/// Typed access to the parameters of one rule_spec. Every read reports a bad or missing value as
/// a located diagnostic and returns nullopt; the view remembers the keys asked for, so that the
/// keys nobody asked for can be reported as unknown once the kind has read everything.
class param_view {
 public:
  param_view(rule_spec const& spec, diagnostics& errors);

  rule_spec const& spec() const { return spec_; }

  /// A scalar as written.
  std::optional<located<std::string>> text(std::string_view name, presence need);
  /// A list of scalars; a single scalar reads as a list of one.
  std::optional<std::vector<located<std::string>>> text_list(std::string_view name, presence need);
  /// A whole number within [min, max].
  std::optional<long> whole_number(std::string_view name, presence need, long min, long max);
  /// A claim kind name ("office-holder").
  std::optional<claim_kind> claim_kind_of(std::string_view name, presence need);
  /// A claim field name ("person").
  std::optional<located<field_id>> field(std::string_view name, presence need);
  /// A list of distinct claim field names; a single name reads as a list of one.
  std::optional<std::vector<located<field_id>>> field_list(std::string_view name, presence need);
  /// A severity name ("warning").
  std::optional<severity> severity_of(std::string_view name, presence need);

  /// `text` compiled as a message template whose placeholders are `names`; a bad template is
  /// reported at `at` ("bad message template: ...") and gives nullopt.
  std::optional<message_template> message_of(std::string_view text, line_column at, std::span<std::string const> names);
  /// Where the value of a key is written, or where the rule starts if the key is absent.
  line_column where(std::string_view name) const;
  /// Reports a problem the kind found itself, at a place in the rules file.
  void error(line_column at, std::string message);
  /// Reports every key that no read asked for. Call once, after the kind has read everything.
  void report_unknown_keys();
  /// Whether anything was reported through this view.
  bool failed() const { return failed_; }

 private:
  spec_param const* find(std::string_view name, presence need);

  rule_spec const& spec_;
  diagnostics& errors_;
  std::vector<std::string> known_;
  bool failed_ = false;
};

}  // namespace claimcheck
