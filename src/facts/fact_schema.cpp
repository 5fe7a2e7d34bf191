#include "facts/fact_schema.hpp"

#include <algorithm>
#include <array>
#include <vector>
#include <fmt/format.h>

namespace claimcheck {

namespace {

using f = field_id;

// The keys are the fields the default pack's single-value rules group these claims by, so that
// a fact fills exactly the slot those rules compare.
constexpr field_id office_holder_key[] = {f::office, f::jurisdiction};
constexpr field_id office_holder_values[] = {f::person};
constexpr field_id count_key[] = {f::counted, f::event};
constexpr field_id count_values[] = {f::amount};
constexpr field_id event_key[] = {f::subject, f::event};
constexpr field_id event_values[] = {f::date, f::place};

constexpr std::array<fact_shape, 3> shapes = {{
    {claim_kind::office_holder, office_holder_key, office_holder_values},
    {claim_kind::count, count_key, count_values},
    {claim_kind::event, event_key, event_values},
}};

}  // namespace

fact_shape const* fact_shape_of(claim_kind kind) {
  for (fact_shape const& shape : shapes)
    if (shape.kind == kind) return &shape;
  return nullptr;
}

bool is_fact_value_field(claim_kind kind, field_id id) {
  fact_shape const* shape = fact_shape_of(kind);
  return shape != nullptr && std::find(shape->values.begin(), shape->values.end(), id) != shape->values.end();
}

std::string fact_kind_names() {
  std::vector<std::string_view> names;
  for (fact_shape const& shape : shapes) names.push_back(to_string(shape.kind));
  return fmt::format("{}", fmt::join(names, ", "));
}

std::string fact_field_names(fact_shape const& shape) {
  std::vector<std::string_view> names;
  for (field_id id : shape.key) names.push_back(to_string(id));
  for (field_id id : shape.values) names.push_back(to_string(id));
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace claimcheck
