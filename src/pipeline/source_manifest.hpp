#pragma once
/// A sources manifest: what a desk knows about its articles that the files do not say, kept
/// beside them in YAML — when each was published and by whom.
///
///   sources:
///     - path: a-wire.txt        # relative to the manifest
///       date: 2031-03-05
///       outlet: Harbour Wire
///       title: Treasurer meets mayor
///
/// Front matter in an article still wins over its manifest entry: the file is the nearer source.
#include <map>
#include <string>
#include <string_view>

#include "diagnostics/diagnostic.hpp"
#include "text/document.hpp"

namespace claimcheck {

/// Manifest entries by the article's path, made absolute and normal so that "x/./a.md" and the
/// directory walk's "x/a.md" meet.
using source_manifest = std::map<std::string, document_metadata>;

/// Reads a manifest from `text` (the file at `path`) into `into`. Unknown keys, a missing path,
/// a bad date and YAML errors are diagnostics at their line:column; the other entries still load.
void load_source_manifest_yaml(std::string_view path, std::string_view text, source_manifest& into,
                               diagnostics& errors);

/// Reads the manifest file at `path`; an unreadable file is a diagnostic.
void load_source_manifest(std::string const& path, source_manifest& into, diagnostics& errors);

/// The manifest entry of the article stored as `article_path`, if any.
document_metadata const* manifest_entry(source_manifest const& manifest, std::string_view article_path);

/// Fills what `doc` lacks (date, outlet, title) from its manifest entry.
void apply_manifest(source_manifest const& manifest, std::string_view article_path, document& doc);

}  // namespace claimcheck
