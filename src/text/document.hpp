#pragma once
/// An input file seen as an article: optional YAML front matter (publication date, title,
/// outlet) and the body whose prose gets checked. The date matters downstream: it anchors
/// "on Tuesday" and "last year" in the article's own time.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "text/source_store.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

struct document_metadata {
  std::optional<calendar_date> date;  ///< publication date, when the front matter gives one
  std::string title;
  std::string outlet;  ///< the publication, "Example News"
  /// Every other key with a scalar value, in the order written.
  std::vector<std::pair<std::string, std::string>> extra;
};

struct document {
  source_id source = 0;
  std::uint32_t body_begin = 0;  ///< byte offset of the first byte after the front matter
  document_metadata meta;
  /// The date a run gives every source that states none of its own (`--date`): used only when
  /// neither front matter, a manifest nor a dateline dates the article.
  std::optional<calendar_date> fallback_date;
};

/// Reads the front matter of a stored file, if it has any: a first line `---`, YAML, and a line
/// `---` or `...` closing it. `date` must be YYYY-MM-DD (a full timestamp keeps its date);
/// `title` and `outlet` are text; other scalar keys go to `extra`. Problems (never closed, not
/// YAML, not a mapping, bad date) become diagnostics at their line:column in the file, and the
/// document still loads with whatever could be read, its body starting after the block if the
/// block was closed and at the start of the file otherwise. Files without front matter have no
/// metadata and a body that is the whole file.
document load_document(source_store const& store, source_id id, diagnostics& errors);

}  // namespace claimcheck
