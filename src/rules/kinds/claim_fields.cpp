#include "rules/kinds/claim_fields.hpp"

#include <algorithm>
#include <vector>
#include <fmt/format.h>

namespace claimcheck {

namespace {

using f = field_id;
// Each list in field declaration order.
constexpr field_id office_holder_fields[] = {f::person, f::office, f::jurisdiction};
constexpr field_id meeting_fields[] = {f::jurisdiction, f::subject, f::counterpart, f::place, f::date, f::role};
constexpr field_id visit_fields[] = {f::office, f::jurisdiction, f::subject, f::place, f::date, f::duration, f::ordinal};
constexpr field_id count_fields[] = {f::date, f::amount, f::counted, f::event};
constexpr field_id event_fields[] = {f::subject, f::place, f::date, f::event};
constexpr field_id price_fields[] = {f::subject, f::counterpart, f::amount, f::counted};
constexpr field_id first_since_fields[] = {f::jurisdiction, f::duration, f::ordinal, f::counted};
constexpr field_id vote_share_fields[] = {f::subject, f::amount};
constexpr field_id term_fields[] = {f::amount, f::counted, f::event};
constexpr field_id sum_fields[] = {f::amount, f::counted};
constexpr field_id anniversary_fields[] = {f::date, f::ordinal, f::event, f::since};
constexpr field_id conversion_fields[] = {f::amount, f::equivalent};

std::span<field_id const> fields_of(claim_kind kind) {
  switch (kind) {
    case claim_kind::office_holder: return office_holder_fields;
    case claim_kind::meeting: return meeting_fields;
    case claim_kind::visit: return visit_fields;
    case claim_kind::count: return count_fields;
    case claim_kind::event: return event_fields;
    case claim_kind::price: return price_fields;
    case claim_kind::first_since: return first_since_fields;
    case claim_kind::vote_share: return vote_share_fields;
    case claim_kind::term: return term_fields;
    case claim_kind::sum: return sum_fields;
    case claim_kind::anniversary: return anniversary_fields;
    case claim_kind::conversion: return conversion_fields;
  }
  return {};
}

}  // namespace

value_nature nature_of(field_id id) {
  switch (id) {
    case field_id::person:
    case field_id::office:
    case field_id::jurisdiction:
    case field_id::subject:
    case field_id::counterpart:
    case field_id::place: return value_nature::name;
    case field_id::date:
    case field_id::since: return value_nature::date;
    case field_id::duration: return value_nature::duration;
    case field_id::ordinal: return value_nature::number;
    case field_id::amount:
    case field_id::equivalent: return value_nature::amount;
    case field_id::role:
    case field_id::counted:
    case field_id::event: return value_nature::text;
  }
  return value_nature::text;
}

std::string_view to_string(value_nature nature) {
  switch (nature) {
    case value_nature::name: return "names";
    case value_nature::text: return "text";
    case value_nature::date: return "dates";
    case value_nature::duration: return "durations";
    case value_nature::number: return "numbers";
    case value_nature::amount: return "amounts";
  }
  return "text";
}

bool kind_has_field(claim_kind kind, field_id id) {
  std::span<field_id const> const fields = fields_of(kind);
  return std::find(fields.begin(), fields.end(), id) != fields.end();
}

std::string fields_of_text(claim_kind kind) {
  std::vector<std::string_view> names;
  for (field_id id : fields_of(kind)) names.push_back(to_string(id));
  return fmt::format("{}", fmt::join(names, ", "));
}

bool check_kind_has(claim_kind kind, located<field_id> const& f, std::string_view key, param_view& params) {
  if (kind_has_field(kind, f.value)) return true;
  params.error(f.at, fmt::format("field '{}' in {} is not a field of {} claims (they carry: {})", to_string(f.value), key,
                                 to_string(kind), fields_of_text(kind)));
  return false;
}

}  // namespace claimcheck
