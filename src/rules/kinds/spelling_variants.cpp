#include "rules/kinds/spelling_variants.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <fmt/format.h>

#include "claims/name_folding.hpp"
#include "grammar/lexicon.hpp"
#include "rules/kinds/claim_fields.hpp"
#include "rules/kinds/finding_parts.hpp"

namespace claimcheck {

namespace {

struct use {
  claim const* c = nullptr;
  std::string written;
};

}  // namespace

void spelling_variants_rule::check(std::span<claim const> claims, check_context const& ctx,
                                   std::vector<discrepancy>& out) const {
  // Names by their folded letters; within one, spellings by their case-folded text
  // (fold_phrase: "KIM Min-jun" is the spelling of "Kim Min-jun").
  std::map<std::string, std::map<std::string, std::vector<use>>> names;
  for (claim const& c : claims)
    for (field_id id : params_.fields)
      if (field const* f = c.find(id); f != nullptr)
        if (person_value const* p = std::get_if<person_value>(&f->value); p != nullptr && !p->name.empty())
          names[name_key(p->name)][fold_phrase(p->name)].push_back({&c, p->name});

  for (auto const& [key, spellings] : names) {
    if (spellings.size() < 2) continue;
    std::set<source_id> sources;
    for (auto const& [spelling, uses] : spellings)
      for (use const& u : uses) sources.insert(u.c->source);
    // Within one source, two spellings are that source's own inconsistency, not a disagreement
    // between sources; still worth a note, but only across sources is this rule's concern.
    if (sources.size() < 2) continue;

    discrepancy d;
    d.rule = params_.id;
    d.level = params_.level;
    std::vector<std::string> shown;
    for (auto const& [spelling, uses] : spellings) {
      // The first use in source order quotes each spelling.
      use const* first = &uses.front();
      for (use const& u : uses)
        if (claim_before(*u.c, *first->c, ctx)) first = &u;
      shown.push_back(first->written);
      d.sides.push_back(side_of(*first->c, first->written, ctx));
    }
    std::sort(d.sides.begin(), d.sides.end(), [](discrepancy_side const& a, discrepancy_side const& b) {
      return std::tie(a.source, a.offset) < std::tie(b.source, b.offset);
    });
    std::vector<std::pair<std::string, std::string>> args{{"values", fmt::format("{}", fmt::join(shown, " vs "))},
                                                          {"rule", params_.id}};
    d.key.emplace_back("name", shown.front());
    d.message = params_.message.render(args);
    out.push_back(std::move(d));
  }
}

std::unique_ptr<rule> make_spelling_variants_rule(rule_spec const& spec, param_view& params) {
  std::optional<std::vector<located<field_id>>> const fields = params.field_list("fields", presence::required);
  std::optional<severity> const level = params.severity_of("severity", presence::optional);
  std::optional<located<std::string>> const message = params.text("message", presence::required);
  if (!fields || !message || params.failed()) return nullptr;

  spelling_variants_params p;
  p.id = spec.id;
  p.level = level.value_or(severity::info);
  for (located<field_id> const& f : *fields) {
    if (nature_of(f.value) != value_nature::name)
      params.error(f.at, fmt::format("field '{}' does not hold names", to_string(f.value)));
    p.fields.push_back(f.value);
  }
  if (p.fields.empty()) params.error(params.where("fields"), "'fields' must name at least one field");
  std::vector<std::string> const names{"values", "rule"};
  if (std::optional<message_template> t = params.message_of(message->value, message->at, names)) p.message = std::move(*t);
  if (params.failed()) return nullptr;
  return std::make_unique<spelling_variants_rule>(std::move(p));
}

}  // namespace claimcheck
