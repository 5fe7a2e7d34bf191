#pragma once
/// What the grammar recognises in one normalised sentence: spans of text with their structure.
/// Meaning (which office, which country, which year) is given to them later, when claims are
/// lowered (src/claims/lower.cpp), so that the grammar stays a grammar.
#include <cstdint>
#include <string_view>
#include <vector>

namespace claimcheck::ast {

/// A range of the normalised sentence text.
struct text_span {
  char const* first = nullptr;
  char const* last = nullptr;

  bool empty() const { return first == last; }
  std::string_view view() const { return {first, static_cast<std::size_t>(last - first)}; }
};

/// A title and what qualifies it: "former South Korean Defence Minister", "Japan's prime minister",
/// "the FINM's general secretary", "Minister for Health of Ireland".
struct role {
  text_span jurisdiction;  ///< "South Korean", "Japan", "the FINM" (possessive 's left out)
  text_span modifier;      ///< "former", "then", "incoming"
  text_span title;         ///< "Defence Minister"
};

/// A person as mentioned: a name, perhaps with a role; or a pronoun standing for someone named
/// earlier ("he held talks with...").
struct person {
  text_span span;  ///< the whole mention
  text_span name;
  role title;
  bool pronoun = false;
};

/// A date, a range of dates or a weekday as written; 0 where the text says nothing.
struct date {
  text_span span;
  int start_day = 0, start_month = 0, start_year = 0;
  int end_day = 0, end_month = 0, end_year = 0;
  int weekday = 0;  ///< 1 = Monday; only when no calendar date is given
};

/// "ten years", "a decade", "18 months"
struct duration {
  text_span span;
  double amount = 0;
  std::uint32_t unit = 0;  ///< index into lexicon::duration_units_info
};

/// "X met (with) his South Korean counterpart Y", "talks between X and Y", "X hosted Y".
struct meeting {
  text_span span;
  person subject;
  person other;
  text_span counterpart;               ///< "counterpart" when the text says so
  text_span counterpart_jurisdiction;  ///< "South Korean" in "his South Korean counterpart"
  text_span place;
  date when;
};

/// "X is visiting Japan on August 23-24", "X's visit to Lisbon on 29 September", "the first visit by
/// a Japanese defence minister in ten years".
struct visit {
  text_span span;
  person visitor;
  text_span place;
  date when;
  text_span ordinal;  ///< "first"
  duration since;     ///< "in ten years"
};

/// Everything found in one sentence.
struct sentence_parse {
  std::vector<person> people;
  std::vector<meeting> meetings;
  std::vector<visit> visits;
  void clear() {
    people.clear();
    meetings.clear();
    visits.clear();
  }
};

}  // namespace claimcheck::ast
