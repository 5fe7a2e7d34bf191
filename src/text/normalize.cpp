#include "text/normalize.hpp"

#include <algorithm>
#include <utf8proc.h>

namespace claimcheck {

namespace {

constexpr std::size_t no_position = std::string_view::npos;

struct code_point {
  std::int32_t value;  // -1 for a byte that starts no valid UTF-8 sequence
  std::size_t length;
};

code_point decode_at(std::string_view text, std::size_t pos) {
  utf8proc_int32_t value = 0;
  auto const length = utf8proc_iterate(reinterpret_cast<utf8proc_uint8_t const*>(text.data() + pos),
                                       static_cast<utf8proc_ssize_t>(text.size() - pos), &value);
  if (length <= 0) return {-1, 1};
  return {value, static_cast<std::size_t>(length)};
}

bool is_space_code_point(std::int32_t c) {
  return (c >= 0x09 && c <= 0x0D) || c == 0x20 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

bool is_line_separator(std::string_view text, std::size_t pos) {
  std::int32_t const c = static_cast<unsigned char>(text[pos]) == 0xE2 ? decode_at(text, pos).value : 0;
  return c == 0x2028 || c == 0x2029;
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Letters, digits and combining marks in any script; a stray invalid byte counts as part of a
// word so that it never splits one.
bool is_word_code_point(std::int32_t c) {
  if (c < 0) return true;
  if (c < 0x80) return is_ascii_alnum(static_cast<unsigned char>(c));
  auto const category = utf8proc_category(c);
  return category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO;
}

bool is_ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

/// One pass over a sentence; `pending_space_` defers a space until a visible character follows,
/// which is how runs collapse and the ends get trimmed.
class normalizer {
 public:
  normalizer(std::string_view source, std::uint32_t begin, std::uint32_t end, normalized_text& out)
      : source_(source.substr(0, end)), begin_(begin), out_(out) {}

  void run() {
    out_.text.clear();
    out_.origin.clear();
    std::size_t i = begin_;
    while (i < source_.size()) {
      if (link_skip_from_ != no_position && i >= link_skip_from_) {  // ">=": an escape may step over "]"
        i = std::max(i, link_skip_to_);
        link_skip_from_ = no_position;
        continue;
      }
      bool const join_before = join_candidate_;
      join_candidate_ = false;
      unsigned char const c = static_cast<unsigned char>(source_[i]);
      if (c < 0x80) {
        i = ascii_at(i, join_before);
      } else {
        i = non_ascii_at(i, join_before);
      }
    }
    out_.origin.push_back(static_cast<std::uint32_t>(source_.size()));
  }

 private:
  std::size_t ascii_at(std::size_t i, bool join_before) {
    char const c = source_[i];
    if (space_length_at(source_, i) > 0) return space_run_at(i, join_before);
    switch (c) {
      case '`':
        return i + 1;
      case '*':
      case '_':
        return emphasis_at(i);
      case '\\':
        // A markdown escape ("\*") stands for the character itself, never for markup.
        if (i + 1 < source_.size() && is_ascii_punctuation(source_[i + 1])) {
          put(source_[i + 1], i + 1);
          return i + 2;
        }
        put(c, i);
        return i + 1;
      case '[':
      case '!':
        if (std::size_t const next = link_at(i); next != no_position) return next;
        put(c, i);
        return i + 1;
      case '-':
        // Typewriter em dash: exactly two hyphens.
        if (i + 1 < source_.size() && source_[i + 1] == '-' &&
            (i + 2 >= source_.size() || source_[i + 2] != '-') && (i == begin_ || source_[i - 1] != '-')) {
          put_spaced_dash(i);
          return i + 2;
        }
        put_hyphen(i);
        return i + 1;
      default:
        put(c, i);
        return i + 1;
    }
  }

  std::size_t non_ascii_at(std::size_t i, bool join_before) {
    code_point const cp = decode_at(source_, i);
    if (is_space_code_point(cp.value)) return space_run_at(i, join_before);
    switch (cp.value) {
      case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x02BC: case 0x2039: case 0x203A:
        put('\'', i);
        break;
      case 0x201C: case 0x201D: case 0x201E: case 0x201F: case 0x00AB: case 0x00BB:
        put('"', i);
        break;
      case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212:
        put_hyphen(i);
        break;
      case 0x2014: case 0x2015:
        put_spaced_dash(i);
        break;
      case 0x2026:
        for (std::size_t k = 0; k < 3; ++k) put('.', i + k);
        break;
      case 0x00AD:
        // A soft hyphen is invisible, but one ending a wrapped line still joins the word.
        join_candidate_ = last_is_word();
        break;
      case 0x200B: case 0x2060: case 0xFEFF:
        break;
      default:
        for (std::size_t k = 0; k < cp.length; ++k) put(source_[i + k], i + k);
    }
    return i + cp.length;
  }

  /// A run of whitespace becomes one pending space, unless it is the line break of a word
  /// hyphenated across two lines. Block-quote markers opening a wrapped line go with it.
  std::size_t space_run_at(std::size_t i, bool join_before) {
    std::size_t j = i;
    int line_breaks = 0;
    while (j < source_.size()) {
      std::size_t const length = space_length_at(source_, j);
      if (length > 0) {
        char const c = source_[j];
        bool const crlf = c == '\r' && j + 1 < source_.size() && source_[j + 1] == '\n';
        if (c == '\n' || (c == '\r' && !crlf) || is_line_separator(source_, j)) ++line_breaks;
        j += length;
      } else if (line_breaks > 0 && source_[j] == '>') {
        ++j;
      } else {
        break;
      }
    }
    bool const joins = join_before && line_breaks == 1 && j < source_.size() &&
                       is_word_code_point(decode_at(source_, j).value);
    if (!joins) put_space(i);
    return j;
  }

  std::size_t emphasis_at(std::size_t i) {
    char const marker = source_[i];
    std::size_t j = i;
    while (j < source_.size() && source_[j] == marker) ++j;
    if (j - i >= 2) return j;
    // A lone marker is markup when it hugs a word on one side only: "_word_", "*Note*:".
    bool const left_space = out_.text.empty() || pending_space_;
    bool const left_word = last_is_word();
    bool const right_space = j >= source_.size() || space_length_at(source_, j) > 0;
    bool const right_word = j < source_.size() && is_word_code_point(decode_at(source_, j).value);
    if ((left_word && right_word) || (left_space && right_space)) put(marker, i);
    return j;
  }

  /// "[text](target)" and "![text](target)": keeps the text, skips the rest. Each scan stops at
  /// the next bracket, so every byte is looked at a bounded number of times.
  std::size_t link_at(std::size_t i) {
    std::size_t open = i;
    if (source_[i] == '!') {
      if (i + 1 >= source_.size() || source_[i + 1] != '[') return no_position;
      open = i + 1;
    }
    std::size_t close = open + 1;
    while (close < source_.size() && source_[close] != ']' && source_[close] != '[') ++close;
    if (close >= source_.size() || source_[close] != ']') return no_position;
    if (close + 1 >= source_.size() || source_[close + 1] != '(') return no_position;
    std::size_t target_end = close + 2;
    while (target_end < source_.size()) {
      char const c = source_[target_end];
      if (c == ')' || c == '(' || c == '[' || c == ']' || space_length_at(source_, target_end) > 0) break;
      ++target_end;
    }
    if (target_end >= source_.size() || source_[target_end] != ')' || target_end == close + 2)
      return no_position;
    link_skip_from_ = close;
    link_skip_to_ = target_end + 1;
    return open + 1;
  }

  void put_hyphen(std::size_t i) {
    bool const after_word = last_is_word();
    put('-', i);
    join_candidate_ = after_word;
  }

  void put_spaced_dash(std::size_t i) {
    put_space(i);
    put('-', i);
    put_space(i);
  }

  bool last_is_word() const {
    if (out_.text.empty() || pending_space_) return false;
    unsigned char const last = static_cast<unsigned char>(out_.text.back());
    return last >= 0x80 || is_ascii_alnum(last);
  }

  void put_space(std::size_t origin) {
    if (pending_space_) return;  // the first byte of a run stands for the whole run
    pending_space_ = true;
    space_origin_ = static_cast<std::uint32_t>(origin);
  }

  void put(char c, std::size_t origin) {
    if (pending_space_) {
      pending_space_ = false;
      if (!out_.text.empty()) {
        out_.text.push_back(' ');
        out_.origin.push_back(space_origin_);
      }
    }
    out_.text.push_back(c);
    out_.origin.push_back(static_cast<std::uint32_t>(origin));
  }

  std::string_view source_;
  std::size_t begin_;
  normalized_text& out_;
  bool pending_space_ = false;
  std::uint32_t space_origin_ = 0;
  bool join_candidate_ = false;  // the last thing written may join a word across a line break
  std::size_t link_skip_from_ = no_position;
  std::size_t link_skip_to_ = no_position;
};

}  // namespace

std::size_t space_length_at(std::string_view text, std::size_t pos) {
  if (pos >= text.size()) return 0;
  unsigned char const c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return (c == ' ' || (c >= 0x09 && c <= 0x0D)) ? 1 : 0;
  code_point const cp = decode_at(text, pos);
  return is_space_code_point(cp.value) ? cp.length : 0;
}

void normalize_sentence(std::string_view source_text, std::uint32_t begin, std::uint32_t end,
                        normalized_text& out) {
  if (end > source_text.size()) end = static_cast<std::uint32_t>(source_text.size());
  if (begin > end) begin = end;
  normalizer(source_text, begin, end, out).run();
}

}  // namespace claimcheck
