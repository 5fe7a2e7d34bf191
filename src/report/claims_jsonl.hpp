#pragma once
/// `claimcheck extract --format jsonl`: one typed claim per line, with its provenance.
#include <ostream>
#include <span>

#include "claims/claim.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

void write_claims_jsonl(std::span<claim const> claims, source_store const& store, std::ostream& out);

}  // namespace claimcheck
