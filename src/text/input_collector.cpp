#include "text/input_collector.hpp"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <limits>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

namespace claimcheck {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view stdin_path = "<stdin>";
constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

/// Offset of the first byte that does not start a well-formed UTF-8 sequence (overlong forms,
/// surrogates and code points past U+10FFFF included), or npos when the text is valid.
std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t i = 0;
  while (i < text.size()) {
    unsigned char const lead = static_cast<unsigned char>(text[i]);
    if (lead < 0x80) {
      ++i;
      continue;
    }
    std::size_t length = 0;
    std::uint32_t value = 0;
    std::uint32_t smallest = 0;
    if ((lead & 0xE0) == 0xC0) {
      length = 2, value = lead & 0x1Fu, smallest = 0x80;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3, value = lead & 0x0Fu, smallest = 0x800;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4, value = lead & 0x07u, smallest = 0x10000;
    } else {
      return i;
    }
    if (length > text.size() - i) return i;
    for (std::size_t k = 1; k < length; ++k) {
      unsigned char const next = static_cast<unsigned char>(text[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      value = (value << 6) | (next & 0x3Fu);
    }
    if (value < smallest || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return i;
    i += length;
  }
  return std::string_view::npos;
}

bool is_article_name(std::string const& name) {
  std::size_t const dot = name.rfind('.');
  if (dot == std::string::npos) return false;
  std::string extension = name.substr(dot + 1);
  for (char& c : extension)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return extension == "txt" || extension == "md";
}

/// "examples/x/" and "a.md" -> "examples/x/a.md": the argument as the user typed it, without a
/// doubled separator.
std::string join_display(std::string const& base, std::string const& relative) {
  std::string joined = base;
  while (joined.size() > 1 && joined.back() == '/') joined.pop_back();
  if (joined.empty() || joined.back() != '/') joined.push_back('/');
  return joined + relative;
}

class collector {
 public:
  collector(source_store& store, diagnostics& errors, std::istream& standard_input)
      : store_(store), errors_(errors), standard_input_(standard_input) {}

  void input(std::string const& argument) {
    if (argument == "-") {
      read_standard_input();
      return;
    }
    std::error_code error;
    fs::file_status const status = fs::status(argument, error);
    if (status.type() == fs::file_type::not_found || argument.empty()) {
      errors_.add(argument, 0, 0, "no such file or directory");
    } else if (error) {
      errors_.add(argument, 0, 0, "cannot access: " + error.message());
    } else if (fs::is_directory(status)) {
      read_directory(argument);
    } else {
      read_file(argument, argument);
    }
  }

 private:
  void read_standard_input() {
    if (!seen_.insert(std::string(stdin_path)).second) return;
    std::string text{std::istreambuf_iterator<char>(standard_input_), std::istreambuf_iterator<char>()};
    if (standard_input_.bad()) {
      errors_.add(std::string(stdin_path), 0, 0, "cannot read standard input");
      return;
    }
    store(std::string(stdin_path), std::move(text));
  }

  void read_directory(std::string const& argument) {
    std::vector<std::pair<std::string, fs::path>> found;  // relative generic path, full path
    walk(argument, fs::path(argument), fs::path(), found);
    if (found.empty()) {
      errors_.add(argument, 0, 0, "directory contains no .txt or .md files");
      return;
    }
    std::sort(found.begin(), found.end());
    for (auto const& [relative, full] : found) read_file(join_display(argument, relative), full);
  }

  /// Collects article files under `directory`. Symbolic links to directories are never entered,
  /// which is what keeps a link cycle from looping; hidden entries (".git") are not articles.
  void walk(std::string const& argument, fs::path const& directory, fs::path const& relative,
            std::vector<std::pair<std::string, fs::path>>& found) {
    std::error_code error;
    fs::directory_iterator entries(directory, error);
    std::string const display = relative.empty() ? argument : join_display(argument, relative.generic_string());
    if (error) {
      errors_.add(display, 0, 0, "cannot read directory: " + error.message());
      return;
    }
    for (fs::directory_iterator const end; entries != end;) {
      fs::directory_entry const& entry = *entries;
      std::string const name = entry.path().filename().string();
      if (!name.empty() && name.front() != '.') {
        std::error_code ignored;
        fs::file_status const own = entry.symlink_status(ignored);
        if (fs::is_directory(own)) {
          walk(argument, entry.path(), relative / name, found);
        } else if (is_article_name(name) && fs::is_regular_file(own)) {
          found.emplace_back((relative / name).generic_string(), entry.path());
        } else if (is_article_name(name) && fs::is_symlink(own)) {
          // A link named as an article is meant to be read: one that leads nowhere (its file
          // gone, or a loop of links) is reported, never dropped in silence.
          std::error_code target_error;
          fs::file_status const target = entry.status(target_error);
          if (fs::is_regular_file(target)) {
            found.emplace_back((relative / name).generic_string(), entry.path());
          } else if (target_error || !fs::exists(target)) {
            std::string const message = target_error ? target_error.message() : "its target does not exist";
            errors_.add(join_display(argument, (relative / name).generic_string()), 0, 0,
                        "cannot follow symbolic link: " + message);
          }
        }
      }
      entries.increment(error);
      if (error) {
        errors_.add(display, 0, 0, "cannot read directory: " + error.message());
        return;
      }
    }
  }

  void read_file(std::string const& display, fs::path const& path) {
    // The same file named twice (or reached through a directory and by name) is read once.
    std::error_code error;
    fs::path const identity = fs::canonical(path, error);
    if (!seen_.insert(error ? display : identity.string()).second) return;

    std::ifstream file(path, std::ios::binary);
    if (!file) {
      errors_.add(display, 0, 0, "cannot read file: " + std::generic_category().message(errno));
      return;
    }
    std::string text;
    char buffer[1 << 16];
    while (file.read(buffer, sizeof buffer) || file.gcount() > 0)
      text.append(buffer, static_cast<std::size_t>(file.gcount()));
    if (file.bad()) {
      errors_.add(display, 0, 0, "cannot read file: " + std::generic_category().message(errno));
      return;
    }
    store(display, std::move(text));
  }

  void store(std::string display, std::string text) {
    // Nothing to check is worth saying: an empty article is usually a feed or a scraper gone wrong.
    if (text.empty() || text == byte_order_mark) {
      errors_.add(std::move(display), 0, 0, "empty file skipped (nothing to check)");
      return;
    }
    if (text.find('\0') != std::string::npos) {
      errors_.add(std::move(display), 0, 0, "binary file skipped (it contains NUL bytes)");
      return;
    }
    // Offsets are 32-bit throughout; the +1 leaves room for an end offset.
    if (text.size() >= std::numeric_limits<std::uint32_t>::max()) {
      errors_.add(std::move(display), 0, 0, "file too large (4 GiB or more) skipped");
      return;
    }
    std::size_t removed = 0;
    if (std::string_view(text).substr(0, byte_order_mark.size()) == byte_order_mark) {
      text.erase(0, byte_order_mark.size());
      removed = byte_order_mark.size();
    }
    std::size_t const invalid = first_invalid_utf8(text);
    std::string path = display;
    source_id const id = store_.add(std::move(display), std::move(text));
    if (invalid != std::string_view::npos) {
      line_column const at = store_[id].locate(invalid);
      // The byte offset counts from the start of the file on disk, as a hex viewer shows it.
      errors_.add(std::move(path), at.line, at.column, "invalid UTF-8 at byte " + std::to_string(invalid + removed));
    }
  }

  source_store& store_;
  diagnostics& errors_;
  std::istream& standard_input_;
  std::set<std::string> seen_;  // canonical paths of the files already read, and "<stdin>"
};

}  // namespace

void collect_inputs(std::vector<std::string> const& paths, source_store& store, diagnostics& errors,
                    std::istream& standard_input) {
  collector reader(store, errors, standard_input);
  for (std::string const& path : paths) reader.input(path);
}

void collect_inputs(std::vector<std::string> const& paths, source_store& store, diagnostics& errors) {
  collect_inputs(paths, store, errors, std::cin);
}

}  // namespace claimcheck
