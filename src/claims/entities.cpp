#include "claims/entities.hpp"

#include <iterator>
#include <map>
#include <set>

#include "claims/name_folding.hpp"

namespace claimcheck {

namespace {

// For each folded word of a full name in the document, the full names that contain it.
using word_index = std::map<std::string, std::set<std::string>, std::less<>>;

word_index index_full_names(std::vector<person_mention> const& mentions) {
  word_index index;
  for (person_mention const& m : mentions) {
    std::string const folded = fold_name(m.name);
    std::vector<std::string_view> const words = name_words(folded);
    if (words.size() < 2) continue;
    std::string const key = name_key(m.name);
    for (std::string_view w : words) index[std::string(w)].insert(key);
  }
  return index;
}

std::string identity(std::string_view name, word_index const& index) {
  std::string const folded = fold_name(name);
  std::vector<std::string_view> const words = name_words(folded);
  if (words.size() == 1) {
    // Bound only when exactly one full name of the document has this word: two Lees stay apart.
    auto const found = index.find(words.front());
    if (found != index.end() && found->second.size() == 1) return *found->second.begin();
  }
  return name_key(name);
}

bool is_person_field(field_id id) {
  return id == field_id::person || id == field_id::subject || id == field_id::counterpart;
}

std::string const* person_key(claim const& c, field_id id) {
  field const* f = c.find(id);
  if (f == nullptr) return nullptr;
  auto const* p = std::get_if<person_value>(&f->value);
  return p ? &p->key : nullptr;
}

}  // namespace

void resolve_document_entities(std::vector<claim>& claims, std::vector<person_mention> const& mentions) {
  word_index const index = index_full_names(mentions);
  for (claim& c : claims)
    for (field& f : c.fields)
      if (is_person_field(f.id))
        if (auto* p = std::get_if<person_value>(&f.value)) p->key = identity(p->name, index);

  // "X met his South Korean counterpart Y": Y holds X's office, in South Korea.
  std::vector<claim> derived;
  for (claim const& meeting : claims) {
    if (meeting.kind != claim_kind::meeting || meeting.find(field_id::role) == nullptr) continue;
    field const* jurisdiction = meeting.find(field_id::jurisdiction);
    std::string const* subject = person_key(meeting, field_id::subject);
    if (jurisdiction == nullptr || subject == nullptr) continue;
    for (claim const& holder : claims) {
      if (holder.kind != claim_kind::office_holder) continue;
      std::string const* person = person_key(holder, field_id::person);
      field const* office = holder.find(field_id::office);
      field const* home = holder.find(field_id::jurisdiction);
      if (person == nullptr || *person != *subject || office == nullptr) continue;
      if (home != nullptr && comparison_key(home->value) == comparison_key(jurisdiction->value)) continue;
      claim implied = meeting;
      implied.kind = claim_kind::office_holder;
      implied.fields.clear();
      field const* other = meeting.find(field_id::counterpart);
      implied.fields.push_back({field_id::person, other->value, other->span});
      implied.fields.push_back({field_id::office, office->value, meeting.find(field_id::role)->span});
      implied.fields.push_back({field_id::jurisdiction, jurisdiction->value, jurisdiction->span});
      derived.push_back(std::move(implied));
      break;
    }
  }
  for (claim& c : derived) claims.push_back(std::move(c));
}

std::optional<std::string> pronoun_antecedent(std::vector<person_mention> const& mentions,
                                              std::uint32_t sentence_index) {
  // Mentions come in text order: walk back to the nearest earlier sentence, then to its first.
  auto it = mentions.rbegin();
  while (it != mentions.rend() && it->sentence >= sentence_index) ++it;
  if (it == mentions.rend()) return std::nullopt;
  std::uint32_t const nearest = it->sentence;
  while (std::next(it) != mentions.rend() && std::next(it)->sentence == nearest) ++it;
  return it->name;
}

}  // namespace claimcheck
