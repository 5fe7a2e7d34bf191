#pragma once
/// What one source says completes what another leaves open: an office holder named without a
/// country or organisation ("Chief Executive Martin Ashdown", "its chief executive, X") takes the
/// one jurisdiction that other claims give the same person in the same office.
#include <vector>

#include "claims/claim.hpp"

namespace claimcheck {

/// Fills the missing jurisdiction of office-holder claims where every claim that states one for
/// the same person and office agrees on it. Runs once over all claims of a run.
void complete_jurisdictions(std::vector<claim>& claims);

/// Gives a person named by one word only ("Ruiz", which its own source never wrote in full) the
/// identity of the one full name that word belongs to in the whole run ("Ana Ruiz"). A word that
/// belongs to two full names ("Lee" of two different Lees) binds to neither.
void bind_bare_names(std::vector<claim>& claims);

}  // namespace claimcheck
