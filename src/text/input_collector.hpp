#pragma once
/// Turns the paths named on the command line into stored sources: files as given, directories
/// searched for articles, `-` for standard input. Every problem with one input is a diagnostic
/// and the other inputs are still read, so one bad path never hides the rest of a report.
#include <istream>
#include <string>
#include <vector>

#include "diagnostics/diagnostic.hpp"
#include "text/source_store.hpp"

namespace claimcheck {

/// Reads every input into `store`, in argument order.
///
/// A file is read whatever its extension. A directory is searched recursively for `*.txt` and
/// `*.md` files in any letter case (hidden entries and symbolic links to directories skipped,
/// symbolic links to files read), taken in sorted order and displayed as the argument joined
/// with their relative path ("examples/x/a.md").
/// `-` reads standard input, stored as `<stdin>`. A file reached twice is read once. A UTF-8 byte
/// order mark is dropped from the stored text.
///
/// Diagnostics (line 0 when there is no position): a path that does not exist, an unreadable
/// file or directory, a file containing NUL bytes ("binary file skipped", not stored), an empty
/// file (not stored), a directory with no .txt or .md file, a link named like an article in a
/// directory whose target is missing or loops, and invalid UTF-8 (reported at the first bad byte,
/// file still stored as it is).
void collect_inputs(std::vector<std::string> const& paths, source_store& store, diagnostics& errors);

/// The same, reading `-` from `standard_input` rather than std::cin (for tests).
void collect_inputs(std::vector<std::string> const& paths, source_store& store, diagnostics& errors,
                    std::istream& standard_input);

}  // namespace claimcheck
