#pragma once
/// `--output FILE`: a report file that is either the old one or the whole new one, never a
/// part, even if the run is killed or the disk fills while writing. CI jobs upload whatever file
/// they find, so a half-written SARIF or JUnit file would be worse than none.
#include <string_view>

#include "diagnostics/diagnostic.hpp"

namespace claimcheck {

/// Writes `content` to a new temporary file beside `path` (same directory, so the rename cannot
/// cross file systems), flushes it to disk, gives it the permissions a newly created file would
/// get (0666 less the umask), and renames it over `path`. A symbolic link at `path` is replaced,
/// not followed. On any failure returns false after adding one diagnostic for `path`
/// ("cannot write report: <reason>"), removes the temporary file, and leaves `path` as it was.
bool write_file_atomically(std::string_view path, std::string_view content, diagnostics& errors);

}  // namespace claimcheck
