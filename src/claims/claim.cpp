#include "claims/claim.hpp"

#include <array>
#include <algorithm>
#include <cmath>
#include <fmt/format.h>

#include "claims/name_folding.hpp"

namespace claimcheck {

namespace {

constexpr std::array<std::string_view, 12> claim_kind_names = {"office-holder", "meeting",     "visit", "count",
                                                               "event",         "price",       "first-since",
                                                               "vote-share",    "term",        "sum",
                                                               "anniversary",   "conversion"};
constexpr std::array<std::string_view, 15> field_names = {
    "person", "office", "jurisdiction", "subject", "counterpart", "place",  "date",
    "duration", "ordinal", "role", "amount", "counted", "event", "since", "equivalent"};

}  // namespace

std::string_view to_string(claim_kind kind) { return claim_kind_names[static_cast<std::size_t>(kind)]; }

std::optional<claim_kind> claim_kind_from(std::string_view name) {
  for (std::size_t i = 0; i < claim_kind_names.size(); ++i)
    if (claim_kind_names[i] == name) return static_cast<claim_kind>(i);
  return std::nullopt;
}

std::span<std::string_view const> all_claim_kind_names() { return claim_kind_names; }

std::span<std::string_view const> all_field_names() { return field_names; }

std::string_view to_string(field_id id) { return field_names[static_cast<std::size_t>(id)]; }

std::optional<field_id> field_id_from(std::string_view name) {
  for (std::size_t i = 0; i < field_names.size(); ++i)
    if (field_names[i] == name) return static_cast<field_id>(i);
  return std::nullopt;
}

field const* claim::find(field_id id) const {
  for (field const& f : fields)
    if (f.id == id) return &f;
  return nullptr;
}

field* claim::find(field_id id) {
  for (field& f : fields)
    if (f.id == id) return &f;
  return nullptr;
}

namespace {

struct key_of {
  std::string operator()(person_value const& v) const { return v.key.empty() ? name_key(v.name) : v.key; }
  std::string operator()(office_value const& v) const { return v.id; }
  std::string operator()(jurisdiction_value const& v) const { return v.id; }
  std::string operator()(place_value const& v) const { return v.key.empty() ? name_key(v.name) : v.key; }
  std::string operator()(date_range const& v) const { return v.iso(); }
  std::string operator()(duration const& v) const { return fmt::format("{}d", std::lround(v.approx_days())); }
  std::string operator()(int v) const { return std::to_string(v); }
  std::string operator()(text_value const& v) const { return fold_name(v.text); }
  std::string operator()(amount_value const& v) const { return fmt::format("{}{}{}", v.qualifier, v.stated, v.unit); }
};

struct display_of {
  std::string operator()(person_value const& v) const { return v.name; }
  std::string operator()(office_value const& v) const { return v.text; }
  std::string operator()(jurisdiction_value const& v) const { return v.text; }
  std::string operator()(place_value const& v) const { return v.name; }
  std::string operator()(date_range const& v) const { return v.iso(); }
  std::string operator()(duration const& v) const { return v.iso(); }
  std::string operator()(int v) const { return std::to_string(v); }
  std::string operator()(text_value const& v) const { return v.text; }
  std::string operator()(amount_value const& v) const { return v.text; }
};

}  // namespace

std::string comparison_key(field_value const& value) { return std::visit(key_of{}, value); }

std::string display(field_value const& value) { return std::visit(display_of{}, value); }

bool values_compatible(field_value const& a, field_value const& b) {
  if (a.index() != b.index()) return false;
  if (auto const* pa = std::get_if<person_value>(&a)) {
    auto const& pb = std::get<person_value>(b);
    if (!pa->key.empty() && pa->key == pb.key) return true;
    return names_compatible(fold_name(pa->name), fold_name(pb.name));
  }
  if (auto const* pa = std::get_if<place_value>(&a)) {
    auto const& pb = std::get<place_value>(b);
    return names_compatible(fold_name(pa->name), fold_name(pb.name));
  }
  if (auto const* da = std::get_if<date_range>(&a)) return dates_compatible(*da, std::get<date_range>(b));
  if (auto const* da = std::get_if<duration>(&a)) {
    // Durations said in different units agree when they are within a few days of each other
    // ("a decade" and "ten years"; "18 months" and "a year and a half").
    return std::abs(da->approx_days() - std::get<duration>(b).approx_days()) < 3.0;
  }
  if (auto const* qa = std::get_if<amount_value>(&a)) {
    auto const& qb = std::get<amount_value>(b);
    // Sums in different currencies cannot be compared without a rate table (a fact sheet's
    // job): not knowing is not a discrepancy.
    if (qa->unit != qb.unit) return true;
    // Intervals meet; a hair of slack absorbs rounding of the same figure ("8.47" and "8.470").
    double const slack = 1e-9 * std::max(std::abs(qa->stated), std::abs(qb.stated));
    return qa->low <= qb.high + slack && qb.low <= qa->high + slack;
  }
  return comparison_key(a) == comparison_key(b);
}

}  // namespace claimcheck
