#pragma once
/// The one owner of all input text. Everything downstream holds string_views into it plus a
/// source id, so that a claim can always be traced back to file:line:column.
#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

using source_id = std::uint32_t;

/// 1-based line and column; the column counts Unicode code points, as editors show them.
struct line_column {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  friend bool operator==(line_column const&, line_column const&) = default;
};

class source_file {
 public:
  source_file(std::string path, std::string text);

  std::string_view path() const { return path_; }
  std::string_view text() const { return text_; }

  /// Line and column of a byte offset (offsets past the end map to the end of the text).
  line_column locate(std::size_t offset) const;
  /// The whole line holding a byte offset, without its line break.
  std::string_view line_of(std::size_t offset) const;

 private:
  std::string path_;
  std::string text_;
  std::vector<std::uint32_t> line_starts_;  // byte offset of the first byte of each line
};

class source_store {
 public:
  source_id add(std::string path, std::string text);
  source_file const& operator[](source_id id) const { return files_[id]; }
  std::size_t size() const { return files_.size(); }

 private:
  std::deque<source_file> files_;  // deque: adding never moves the text views already handed out
};

}  // namespace claimcheck
