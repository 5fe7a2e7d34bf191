#pragma once
/// Typed claims: what a sentence asserts, with every field typed and the claim traceable to the
/// exact bytes of its source.
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "text/source_store.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

enum class claim_kind : std::uint8_t { office_holder, meeting, visit, count, event, price, first_since, vote_share, term, sum,
                                       anniversary, conversion };

std::string_view to_string(claim_kind kind);
std::optional<claim_kind> claim_kind_from(std::string_view name);
/// Every claim kind's name, in declaration order (for "expected one of" messages).
std::span<std::string_view const> all_claim_kind_names();

/// The named slots a claim can fill; rules refer to them by these names.
enum class field_id : std::uint8_t {
  person,        ///< office-holder: who holds the office
  office,        ///< office-holder, visit: the office ("defence minister")
  jurisdiction,  ///< office-holder: the country or organisation of the office
  subject,       ///< meeting: who met; visit: who visited
  counterpart,   ///< meeting: whom they met
  place,         ///< meeting, visit: where
  date,          ///< visit, meeting: when (a date or a range)
  duration,      ///< visit: "the first visit ... in ten years"
  ordinal,       ///< visit: "first", "second"
  role,          ///< meeting: the relation said of the counterpart ("counterpart")
  amount,        ///< count, amount: the number or sum stated
  counted,       ///< count: what is counted ("teachers and lecturers", "homes")
  event,         ///< count: what happened to them ("walked out", "destroyed"); anniversary: what it dates
  since,         ///< anniversary: the date counted from ("1965")
  equivalent,    ///< conversion: the amount in the other currency ("$8.47 million")
};

std::string_view to_string(field_id id);
std::optional<field_id> field_id_from(std::string_view name);
/// Every field's name, in declaration order.
std::span<std::string_view const> all_field_names();

/// A person as named in one sentence; `key` is the canonical identity the entity pass assigns
/// (folded spelling, surname-only mentions bound to the full name in the same document).
struct person_value {
  std::string name;
  std::string key;
};

/// An office: `id` from the title lexicon ("minister:defence"), `text` as written.
struct office_value {
  std::string id;
  std::string text;
};

/// A country (ISO code as id) or an organisation (folded name as id).
struct jurisdiction_value {
  std::string id;
  std::string text;
};

struct place_value {
  std::string name;
  std::string key;
};

struct text_value {
  std::string text;
};

/// A stated quantity as the interval of true values it allows: "at least 2,100" is [2100, inf),
/// "about 37,000" is 37,000 give or take a tenth, "2,100" is exactly 2,100, "tens of thousands" is
/// [10,000, 99,999]. Two amounts agree when their intervals meet.
struct amount_value {
  double stated = 0;      ///< the number as written, scaled ("1.2bn" -> 1.2e9)
  double low = 0;
  double high = 0;
  std::string qualifier;  ///< "", "at-least", "more-than", "at-most", "less-than", "about"
  std::string unit;       ///< "" for a count, "percent", or an ISO 4217 currency code
  std::string text;       ///< as written, for reports
};

using field_value = std::variant<person_value, office_value, jurisdiction_value, place_value,
                                 date_range, duration, int, text_value, amount_value>;

/// A byte range in the source text.
struct byte_span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
};

struct field {
  field_id id;
  field_value value;
  byte_span span;  ///< where the value is written
};

struct claim {
  claim_kind kind;
  source_id source = 0;
  byte_span span;      ///< the phrase that states the claim
  byte_span sentence;  ///< the whole sentence holding it
  /// When the claim holds: a year or date the sentence itself states, else the document's date.
  std::optional<calendar_date> time;
  bool time_from_text = false;
  std::vector<field> fields;
  /// Who the sentence attributes the claim to ("said Ana Ruiz", "according to police"); empty
  /// when the text states it in its own voice.
  std::string speaker;

  field const* find(field_id id) const;
  field* find(field_id id);
};

/// The string two values of a field are compared by (folded person key, office id, ISO date...).
std::string comparison_key(field_value const& value);
/// The value as a report shows it.
std::string display(field_value const& value);
/// Whether two values of one field can both be true of one slot (a surname and the full name,
/// "August 2025" and "August 23, 2025", "a decade" and "ten years").
bool values_compatible(field_value const& a, field_value const& b);

}  // namespace claimcheck
