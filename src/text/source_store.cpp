#include "text/source_store.hpp"

#include <algorithm>

namespace claimcheck {

source_file::source_file(std::string path, std::string text)
    : path_(std::move(path)), text_(std::move(text)) {
  line_starts_.push_back(0);
  for (std::size_t i = 0; i < text_.size(); ++i) {
    char const c = text_[i];
    // CRLF, lone CR and LF all end a line.
    if (c == '\n' || (c == '\r' && (i + 1 == text_.size() || text_[i + 1] != '\n')))
      line_starts_.push_back(static_cast<std::uint32_t>(i + 1));
  }
}

line_column source_file::locate(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto const next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t const line_index = static_cast<std::size_t>(next - line_starts_.begin()) - 1;
  std::uint32_t column = 1;
  for (std::size_t i = line_starts_[line_index]; i < offset; ++i)
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // skip continuation bytes
  return {static_cast<std::uint32_t>(line_index + 1), column};
}

std::string_view source_file::line_of(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  auto const next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  std::size_t const begin = *(next - 1);
  std::size_t end = next == line_starts_.end() ? text_.size() : *next;
  while (end > begin && (text_[end - 1] == '\n' || text_[end - 1] == '\r')) --end;
  return std::string_view(text_).substr(begin, end - begin);
}

source_id source_store::add(std::string path, std::string text) {
  files_.emplace_back(std::move(path), std::move(text));
  return static_cast<source_id>(files_.size() - 1);
}

}  // namespace claimcheck
