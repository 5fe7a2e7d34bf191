#pragma once
/// `claimcheck extract --values`: every value the grammar finds, one JSON object per line, as
/// editors debug what the tool saw and as the value grammar is measured.
#include <optional>
#include <ostream>

#include "grammar/lexicon.hpp"
#include "text/document.hpp"
#include "text/source_store.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// Writes the values of one document. Dates are resolved against the document's date, else
/// `reference_date`, else left without what the text does not say. Text read from standard input
/// is taken line by line, each line its own text; files sentence by sentence.
void write_document_values(source_store const& store, document const& doc, lexicon const& lex,
                           std::optional<calendar_date> const& reference_date, std::ostream& out);

}  // namespace claimcheck
