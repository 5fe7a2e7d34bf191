#pragma once
// One document of prose through the whole extraction pass, and small readers of its claims:
// shared by the claim tests so that each states only its phrasings and expectations.
#include <string>
#include <vector>

#include "../grammar/grammar_fixture.hpp"
#include "pipeline/extract.hpp"
#include "text/document.hpp"

namespace claimcheck::testing {

struct extracted {
  source_store store;
  std::vector<claim> claims;
};

/// One document of plain prose, with the given publication date (empty: none).
inline extracted extract(std::string text, std::string date = "") {
  extracted out;
  std::string const front = date.empty() ? "" : "---\ndate: " + date + "\n---\n";
  source_id const id = out.store.add("doc.md", front + text);
  diagnostics errors;
  document const doc = load_document(out.store, id, errors);
  extract_document_claims(out.store, doc, builtin_lexicon(), out.claims);
  return out;
}

inline std::vector<claim const*> of_kind(extracted const& e, claim_kind kind) {
  std::vector<claim const*> found;
  for (claim const& c : e.claims)
    if (c.kind == kind) found.push_back(&c);
  return found;
}

/// A field's value as reports show it; "-" when the claim lacks the field.
inline std::string value(claim const& c, field_id id) {
  field const* f = c.find(id);
  return f ? display(f->value) : std::string("-");
}

}  // namespace claimcheck::testing
