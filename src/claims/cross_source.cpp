#include "claims/cross_source.hpp"

#include <map>
#include <string>

namespace claimcheck {

namespace {

struct person_office {
  std::string person;
  std::string office;
  friend auto operator<=>(person_office const&, person_office const&) = default;
};

std::optional<person_office> slot_of(claim const& c) {
  if (c.kind != claim_kind::office_holder) return std::nullopt;
  field const* person = c.find(field_id::person);
  field const* office = c.find(field_id::office);
  if (person == nullptr || office == nullptr) return std::nullopt;
  return person_office{comparison_key(person->value), comparison_key(office->value)};
}

}  // namespace

void complete_jurisdictions(std::vector<claim>& claims) {
  // For each person and office, the jurisdiction the sources state; nullopt once two disagree.
  std::map<person_office, std::optional<field>> stated;
  for (claim const& c : claims) {
    field const* jurisdiction = c.find(field_id::jurisdiction);
    auto const slot = slot_of(c);
    if (!slot || jurisdiction == nullptr) continue;
    auto const [it, inserted] = stated.try_emplace(*slot, *jurisdiction);
    if (!inserted && it->second && comparison_key(it->second->value) != comparison_key(jurisdiction->value))
      it->second.reset();
  }
  for (claim& c : claims) {
    auto const slot = slot_of(c);
    if (!slot || c.find(field_id::jurisdiction) != nullptr) continue;
    auto const found = stated.find(*slot);
    if (found == stated.end() || !found->second) continue;
    field inherited = *found->second;
    inherited.span = c.find(field_id::office)->span;  // it is this claim's title that the jurisdiction qualifies
    c.fields.push_back(std::move(inherited));
  }
}

}  // namespace claimcheck
