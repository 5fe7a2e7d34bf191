#include "report/plain_text.hpp"

#include <utf8proc.h>

#include "report/quote.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

bool unsafe(utf8proc_int32_t cp) {
  return utf8proc_category(cp) == UTF8PROC_CATEGORY_CC || cp == 0xFFFE || cp == 0xFFFF;
}

}  // namespace

std::string plain_line(std::string_view text) {
  std::string const collapsed = quote_text(text);
  std::string out;
  out.reserve(collapsed.size());
  auto const* bytes = reinterpret_cast<utf8proc_uint8_t const*>(collapsed.data());
  std::size_t i = 0;
  while (i < collapsed.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t const n =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(collapsed.size() - i), &cp);
    if (n <= 0) {
      // One byte only, so that the valid text after a bad byte survives.
      out += replacement;
      ++i;
      continue;
    }
    if (unsafe(cp)) {
      out += replacement;
    } else {
      out.append(collapsed, i, static_cast<std::size_t>(n));
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

std::string plain_location(std::string_view path, std::uint32_t line, std::uint32_t column) {
  std::string text = plain_line(path);
  if (line != 0) {
    text += ':' + std::to_string(line);
    if (column != 0) text += ':' + std::to_string(column);
  }
  return text;
}

}  // namespace claimcheck
