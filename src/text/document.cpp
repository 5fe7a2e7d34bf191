#include "text/document.hpp"

#include <charconv>
#include <string_view>
#include <yaml-cpp/depthguard.h>  // YAML::DeepRecursion
#include <yaml-cpp/yaml.h>

namespace claimcheck {

namespace {

constexpr std::string_view byte_order_mark = "\xEF\xBB\xBF";

struct text_line {
  std::size_t begin;
  std::size_t end;   // before the line break
  std::size_t next;  // start of the next line
};

text_line line_at(std::string_view text, std::size_t pos) {
  std::size_t const end = std::min(text.find_first_of("\r\n", pos), text.size());
  std::size_t next = end;
  if (next < text.size()) next += (text[next] == '\r' && next + 1 < text.size() && text[next + 1] == '\n') ? 2 : 1;
  return {pos, end, next};
}

/// The line without trailing blanks equals `marker`.
bool line_is(std::string_view text, text_line const& line, std::string_view marker) {
  std::size_t end = line.end;
  while (end > line.begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  return text.substr(line.begin, end - line.begin) == marker;
}

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char const x = (a[i] >= 'A' && a[i] <= 'Z') ? static_cast<char>(a[i] - 'A' + 'a') : a[i];
    if (x != b[i]) return false;
  }
  return true;
}

bool read_digits(std::string_view text, int& out) {
  for (char c : text)
    if (c < '0' || c > '9') return false;
  auto const [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
  return ec == std::errc() && ptr == text.data() + text.size();
}

/// YYYY-MM-DD, optionally followed by a time ("2026-11-16T09:30:00+09:00", "2026-11-16 09:30").
std::optional<calendar_date> parse_front_matter_date(std::string_view text) {
  calendar_date date;
  if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
  if (!read_digits(text.substr(0, 4), date.year) || !read_digits(text.substr(5, 2), date.month) ||
      !read_digits(text.substr(8, 2), date.day))
    return std::nullopt;
  if (text.size() > 10 && text[10] != 'T' && text[10] != 't' && text[10] != ' ') return std::nullopt;
  if (date.year == 0 || date.month < 1 || date.month > 12 || date.day < 1) return std::nullopt;
  // The last day of the month is the day before the first of the next one.
  long const month_length = days_from_civil(date.month == 12 ? date.year + 1 : date.year,
                                            date.month == 12 ? 1 : date.month + 1, 1) -
                            days_from_civil(date.year, date.month, 1);
  if (date.day > month_length) return std::nullopt;
  return date;
}

/// Reads the YAML of one front-matter block and reports its problems at their place in the file.
class front_matter_reader {
 public:
  front_matter_reader(source_file const& file, std::size_t block_begin, std::size_t block_end,
                      diagnostics& errors)
      : file_(file), block_begin_(block_begin), block_end_(block_end), errors_(errors) {}

  void read(document_metadata& meta) {
    std::string_view const block = file_.text().substr(block_begin_, block_end_ - block_begin_);
    try {
      YAML::Node const root = YAML::Load(std::string(block));
      if (!root || root.IsNull()) return;  // an empty block says nothing, which is fine
      if (!root.IsMap()) {
        report(root.Mark(), "front matter is not a mapping of keys to values");
        return;
      }
      for (auto const& entry : root) read_entry(entry.first, entry.second, meta);
    } catch (YAML::DeepRecursion const& e) {
      // yaml-cpp says only "bad file" when it stops at its nesting limit.
      report(e.mark, "front matter is not valid YAML: nested too deeply");
    } catch (YAML::Exception const& e) {
      report(e.mark, "front matter is not valid YAML: " + e.msg);
    }
  }

 private:
  void read_entry(YAML::Node const& key, YAML::Node const& value, document_metadata& meta) {
    if (!key.IsScalar() || value.IsNull()) return;
    std::string const& name = key.Scalar();
    if (equals_ignoring_case(name, "date")) {
      if (!value.IsScalar()) {
        report(value.Mark(), "front matter 'date' must be a date in the form YYYY-MM-DD");
        return;
      }
      meta.date = parse_front_matter_date(value.Scalar());
      if (!meta.date)
        report(value.Mark(), "front matter date '" + value.Scalar() + "' is not a date in the form YYYY-MM-DD");
    } else if (equals_ignoring_case(name, "title") || equals_ignoring_case(name, "outlet")) {
      if (!value.IsScalar()) {
        report(value.Mark(), "front matter '" + name + "' must be text");
        return;
      }
      (equals_ignoring_case(name, "title") ? meta.title : meta.outlet) = value.Scalar();
    } else if (value.IsScalar()) {
      meta.extra.emplace_back(name, value.Scalar());
    }
  }

  /// yaml-cpp marks count lines and bytes from the start of the block; the diagnostic wants
  /// the line:column of the file.
  void report(YAML::Mark const& mark, std::string message) {
    std::string_view const text = file_.text();
    std::size_t offset = block_begin_;
    if (mark.line >= 0 && mark.column >= 0) {
      for (int line = 0; line < mark.line && offset < block_end_; ++line) offset = line_at(text, offset).next;
      text_line const where = line_at(text, std::min(offset, block_end_));
      offset = std::min(where.begin + static_cast<std::size_t>(mark.column), where.end);
    }
    line_column const at = file_.locate(offset);
    errors_.add(std::string(file_.path()), at.line, at.column, std::move(message));
  }

  source_file const& file_;
  std::size_t block_begin_;
  std::size_t block_end_;
  diagnostics& errors_;
};

}  // namespace

document load_document(source_store const& store, source_id id, diagnostics& errors) {
  source_file const& file = store[id];
  std::string_view const text = file.text();
  document doc;
  doc.source = id;
  std::size_t const start = text.substr(0, byte_order_mark.size()) == byte_order_mark ? byte_order_mark.size() : 0;
  doc.body_begin = static_cast<std::uint32_t>(start);

  text_line const opening = line_at(text, start);
  if (!line_is(text, opening, "---")) return doc;

  std::size_t pos = opening.next;
  while (pos < text.size()) {
    text_line const line = line_at(text, pos);
    if (line_is(text, line, "---") || line_is(text, line, "...")) {
      doc.body_begin = static_cast<std::uint32_t>(line.next);
      front_matter_reader(file, opening.next, line.begin, errors).read(doc.meta);
      return doc;
    }
    pos = line.next;
  }
  line_column const at = file.locate(start);
  errors.add(std::string(file.path()), at.line, at.column,
             "front matter opened by '---' on line 1 is never closed (expected a line '---' after it)");
  return doc;
}

}  // namespace claimcheck
