#include "claims/cross_source.hpp"

#include <map>
#include <set>
#include <string>

#include "claims/name_folding.hpp"

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

void bind_bare_names(std::vector<claim>& claims) {
  // Folded word -> the identity keys of the full names holding it.
  std::map<std::string, std::set<std::string>> full_names;
  for (claim const& c : claims)
    for (field const& f : c.fields)
      if (auto const* p = std::get_if<person_value>(&f.value)) {
        std::string const folded = fold_name(p->name);
        std::vector<std::string_view> const words = name_words(folded);
        if (words.size() < 2) continue;
        for (std::string_view w : words) full_names[std::string(w)].insert(p->key);
      }
  for (claim& c : claims)
    for (field& f : c.fields)
      if (auto* p = std::get_if<person_value>(&f.value)) {
        std::string const folded = fold_name(p->name);
        if (name_words(folded).size() != 1 || p->key != name_key(p->name)) continue;
        auto const found = full_names.find(folded);
        if (found != full_names.end() && found->second.size() == 1) p->key = *found->second.begin();
      }
}

}  // namespace claimcheck
