#include "rules/kinds/equivalent.hpp"

#include <fmt/format.h>

#include "rules/kinds/agree.hpp"
#include "rules/kinds/claim_fields.hpp"

namespace claimcheck {

std::unique_ptr<rule> make_equivalent_rule(rule_spec const& spec, param_view& params) {
  slot_keys const keys = read_slot_keys(params);
  std::optional<slot_params> slot = check_slot_keys(spec, keys, params);
  check_slot_fields(keys, params);
  if (keys.value) {
    value_nature const nature = nature_of(keys.value->value);
    if (nature != value_nature::duration && nature != value_nature::number)
      params.error(keys.value->at, fmt::format("'equivalent' compares durations and ordinals; field '{}' holds {} (use "
                                               "'agree' for amounts and dates)",
                                               to_string(keys.value->value), to_string(nature)));
  }
  if (!slot || params.failed()) return nullptr;
  return std::make_unique<agree_rule>(std::move(*slot), tolerance{});
}

}  // namespace claimcheck
