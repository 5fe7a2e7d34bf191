#include "text/sentence_splitter.hpp"

#include <algorithm>
#include <utf8proc.h>

#include "text/normalize.hpp"

namespace claimcheck {

namespace {

constexpr std::size_t no_position = std::string_view::npos;
// Longer than any abbreviation or run of initials; bounds the look back from a full stop.
constexpr std::size_t max_abbreviation_bytes = 64;
// A stand-alone unpunctuated line longer than this is prose that lost its full stop, not a title.
constexpr std::size_t max_heading_bytes = 160;
// Longer than any sentence of prose (news sentences stay well under 1,000 bytes). A longer span is
// a data dump, a flattened table or an attack, and is cut into pieces this long at most, so that
// the passes after the splitter, each free to look across its sentence, stay linear in the text.
constexpr std::size_t max_sentence_bytes = 2000;

std::int32_t code_point_at(std::string_view text, std::size_t pos) {
  utf8proc_int32_t value = -1;
  auto const length = utf8proc_iterate(reinterpret_cast<utf8proc_uint8_t const*>(text.data() + pos),
                                       static_cast<utf8proc_ssize_t>(text.size() - pos), &value);
  return length > 0 ? value : -1;
}

bool is_lower_at(std::string_view text, std::size_t pos) {
  unsigned char const c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return c >= 'a' && c <= 'z';
  std::int32_t const cp = code_point_at(text, pos);
  return cp >= 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

/// Length of an upper-case letter at pos, 0 if there is none.
std::size_t upper_length_at(std::string_view text, std::size_t pos) {
  unsigned char const c = static_cast<unsigned char>(text[pos]);
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? 1 : 0;
  std::int32_t const cp = code_point_at(text, pos);
  if (cp < 0 || utf8proc_category(cp) != UTF8PROC_CATEGORY_LU) return 0;
  return cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
}

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool has_prefix_at(std::string_view text, std::size_t pos, std::string_view prefix) {
  return text.substr(pos, prefix.size()) == prefix;
}

bool may_start_terminator(char c) {
  return c == '.' || c == '?' || c == '!' || static_cast<unsigned char>(c) == 0xE2;
}

/// . ? ! and the ellipsis character.
std::size_t terminator_length_at(std::string_view text, std::size_t pos) {
  char const c = text[pos];
  if (c == '.' || c == '?' || c == '!') return 1;
  return has_prefix_at(text, pos, "\u2026") ? 3 : 0;
}

/// What may follow a full stop and still belong to its sentence: closing quotes and brackets,
/// and the markdown that closes an emphasis.
std::size_t closer_length_at(std::string_view text, std::size_t pos) {
  switch (text[pos]) {
    case '"': case '\'': case ')': case ']': case '*': case '_': case '`':
      return 1;
    default:
      break;
  }
  for (std::string_view closer : {"\u201D", "\u2019", "\u00BB", "\u203A"})
    if (has_prefix_at(text, pos, closer)) return closer.size();
  return 0;
}

/// What may open a word before an abbreviation: "(Gen.", "“Mr.".
std::size_t opener_length_at(std::string_view text, std::size_t pos) {
  switch (text[pos]) {
    case '"': case '\'': case '(': case '[': case '*': case '_': case '`':
      return 1;
    default:
      break;
  }
  for (std::string_view opener : {"\u201C", "\u2018", "\u00AB", "\u2039"})
    if (has_prefix_at(text, pos, opener)) return opener.size();
  return 0;
}

std::size_t space_length_before(std::string_view text, std::size_t pos) {
  for (std::size_t length = 1; length <= 3 && length <= pos; ++length)
    if (space_length_at(text, pos - length) == length) return length;
  return 0;
}

std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end) {
    std::size_t const length = space_length_at(text, pos);
    if (length == 0) break;
    pos += length;
  }
  return std::min(pos, end);
}

bool has_word_character(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    unsigned char const c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || is_digit(static_cast<char>(c))) return true;
      continue;
    }
    if ((c & 0xC0) == 0x80) continue;
    std::int32_t const cp = code_point_at(text, i);
    if (cp < 0) continue;
    auto const category = utf8proc_category(cp);
    if (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_NO) return true;
  }
  return false;
}

/// Position just past a list marker ("- ", "* ", "+ ", "1. ", "12) ") at pos, or no_position.
/// Ordered markers have at most three digits so that a wrapped "2026. " never counts.
std::size_t list_marker_end(std::string_view text, std::size_t pos, std::size_t end) {
  std::size_t p = pos;
  if (p < end && (text[p] == '-' || text[p] == '*' || text[p] == '+')) {
    ++p;
  } else {
    while (p < end && p - pos < 4 && is_digit(text[p])) ++p;
    if (p == pos || p - pos > 3 || p >= end || (text[p] != '.' && text[p] != ')')) return no_position;
    ++p;
  }
  if (p == end || text[p] == ' ' || text[p] == '\t') return p;
  return no_position;
}

/// Whether a Q&A label opens the line at pos: "Q:", "A:", "**Q:**", "Question:", "Answer:", and
/// "Q." / "A." when no sentence is open (elsewhere they are more likely an initial).
bool is_qa_label(std::string_view text, std::size_t pos, std::size_t end, bool at_sentence_start) {
  std::size_t p = pos;
  while (p < end && (text[p] == '*' || text[p] == '_')) ++p;
  if (p + 1 < end && (text[p] == 'Q' || text[p] == 'A')) {
    if (text[p + 1] == ':') return true;
    if (text[p + 1] == '.' && at_sentence_start)
      return p + 2 == end || space_length_at(text, p + 2) > 0 || text[p + 2] == '*' || text[p + 2] == '_';
  }
  for (std::string_view word : {"Question", "Answer"}) {
    if (!has_prefix_at(text, p, word)) continue;
    std::size_t q = p + word.size();
    while (q < end && (text[q] == '*' || text[q] == '_')) ++q;
    if (q < end && text[q] == ':') return true;
  }
  return false;
}

/// A line of only one of - * _ = (spaces allowed): a thematic break or a setext underline.
bool is_rule_line(std::string_view text, std::size_t pos, std::size_t end, char& mark) {
  mark = text[pos];
  if (mark != '-' && mark != '*' && mark != '_' && mark != '=') return false;
  std::size_t count = 0;
  for (std::size_t p = pos; p < end; ++p) {
    if (text[p] == mark) ++count;
    else if (text[p] != ' ' && text[p] != '\t') return false;
  }
  return count >= (mark == '=' ? 2u : 3u);
}

bool is_fence(std::string_view text, std::size_t pos) {
  return has_prefix_at(text, pos, "```") || has_prefix_at(text, pos, "~~~");
}

/// A line holding one HTML comment and nothing else: "<!-- claimcheck-disable -->".
bool is_comment_line(std::string_view text, std::size_t pos, std::size_t end) {
  if (!has_prefix_at(text, pos, "<!--")) return false;
  while (end > pos && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  // Searched within the line only: a file of unclosed "<!--" lines stays linear.
  return end >= pos + 7 && text.substr(0, end).find("-->", pos + 4) == end - 3;
}

bool is_table_rule(std::string_view text, std::size_t pos, std::size_t end) {
  for (std::size_t p = pos; p < end; ++p)
    if (text[p] != '|' && text[p] != '-' && text[p] != ':' && text[p] != ' ' && text[p] != '\t') return false;
  return true;
}

/// Whether a span ends with punctuation that shows it is prose rather than a title (a dash: the
/// sentence goes on), looking through closing quotes and brackets.
bool ends_punctuated(std::string_view text, std::size_t begin, std::size_t end) {
  while (end > begin) {
    std::size_t length = 0;
    for (std::size_t l = 1; l <= 3 && l <= end - begin; ++l)
      if (closer_length_at(text, end - l) == l) length = l;
    if (length == 0) break;
    end -= length;
  }
  if (end == begin) return false;
  if (end - begin >= 3) {
    std::string_view const tail = text.substr(end - 3, 3);
    if (tail == "\u2026" || tail == "\u2013" || tail == "\u2014") return true;
  }
  char const last = text[end - 1];
  return last == '.' || last == '?' || last == '!' || last == ':' || last == ';' || last == ',' || last == '-';
}

class splitter {
 public:
  splitter(std::string_view text, phrase_table const& abbreviations, std::vector<sentence_span>& out)
      : text_(text), abbreviations_(abbreviations), out_(out), block_out_start_(out.size()) {}

  void run(std::size_t pos) {
    while (pos < text_.size()) {
      std::size_t const line_end = std::min(text_.find_first_of("\r\n", pos), text_.size());
      line(pos, line_end);
      pos = next_line_start(line_end);
    }
    end_block(text_.size(), true);  // the end of the text counts as a blank line
  }

 private:
  std::size_t next_line_start(std::size_t line_end) const {
    if (line_end >= text_.size()) return text_.size();
    return text_[line_end] == '\r' && line_end + 1 < text_.size() && text_[line_end + 1] == '\n'
               ? line_end + 2
               : line_end + 1;
  }

  void line(std::size_t line_begin, std::size_t line_end) {
    std::size_t content = skip_spaces(text_, line_begin, line_end);
    if (in_fence_) {
      if (content < line_end && is_fence(text_, content)) in_fence_ = false;
      return;
    }
    if (content == line_end) {
      end_block(line_begin, true);
      return;
    }
    if (is_fence(text_, content)) {
      end_block(line_begin, false);
      in_fence_ = true;
      return;
    }
    // A comment line (a claimcheck directive, an editor's note) is markup, not prose: as in
    // CommonMark it ends the paragraph, and it gives no sentence.
    if (is_comment_line(text_, content, line_end)) {
      end_block(line_begin, false);
      return;
    }

    bool const quote = text_[content] == '>';
    if (quote) {
      while (content < line_end && text_[content] == '>') content = skip_spaces(text_, content + 1, line_end);
      if (!in_quote_) end_block(line_begin, false);
      in_quote_ = true;
      if (content == line_end) {  // an empty quoted line parts quoted paragraphs
        end_block(line_begin, true);
        return;
      }
    } else {
      in_quote_ = false;  // a lazy continuation line still continues the quoted sentence
    }

    char mark = 0;
    if (is_rule_line(text_, content, line_end, mark)) {
      if ((mark == '=' || mark == '-') && block_lines_ == 1 && block_plain_) {
        setext_heading();
      } else {
        end_block(line_begin, false);
      }
      return;
    }
    if (std::size_t const title = heading_content(content, line_end); title != no_position) {
      end_block(line_begin, false);
      std::size_t title_end = line_end;
      // Drop an optional closing run of #, as in "## Talks ##".
      std::size_t const trimmed = skip_trailing_spaces(title, title_end);
      std::size_t hashes = trimmed;
      while (hashes > title && text_[hashes - 1] == '#') --hashes;
      if (hashes < trimmed && (hashes == title || space_length_before(text_, hashes) > 0)) title_end = hashes;
      emit(title, title_end, true);
      block_out_start_ = out_.size();
      return;
    }
    if (text_[content] == '|') {
      flush(line_begin);
      if (!is_table_rule(text_, content, line_end)) {
        std::size_t row_end = skip_trailing_spaces(content, line_end);
        if (row_end > content + 1 && text_[row_end - 1] == '|') --row_end;
        emit(content + 1, row_end, false);
      }
      block_plain_ = false;
      ++block_lines_;
      return;
    }

    if (std::size_t const after = list_marker_end(text_, content, line_end);
        after != no_position && starts_list_item(content, line_end)) {
      flush(line_begin);
      in_list_ = true;
      block_plain_ = false;
      content = skip_spaces(text_, after, line_end);
    } else if (is_qa_label(text_, content, line_end, open_ == no_position)) {
      flush(line_begin);
      block_plain_ = false;
    }
    if (quote) block_plain_ = false;

    if (block_lines_ == 0) {
      first_line_begin_ = content;
      first_line_end_ = line_end;
    }
    ++block_lines_;
    scan(content, line_end);
    std::size_t const last = skip_trailing_spaces(content, line_end);
    last_line_colon_ = last > content && text_[last - 1] == ':';
  }

  /// Inside a paragraph a "- " opening a line may be a dash that wrapping moved there ("(Example
  /// News)\n- Leaders met"), so it starts an item only at a sentence start, inside a list, after
  /// a line ending with a colon, or when the next line opens an item too.
  bool starts_list_item(std::size_t marker_start, std::size_t line_end) const {
    if (open_ == no_position || in_list_ || last_line_colon_) return true;
    std::size_t const next = next_line_start(line_end);
    std::size_t const next_content =
        skip_spaces(text_, next, std::min(text_.find_first_of("\r\n", next), text_.size()));
    return next_content < text_.size() &&
           list_marker_end(text_, next_content, text_.size()) != no_position &&
           marker_kind(next_content) == marker_kind(marker_start);
  }

  /// The bullet of a list marker, or '1' for every numbered one.
  char marker_kind(std::size_t pos) const { return is_digit(text_[pos]) ? '1' : text_[pos]; }

  /// Start of a markdown heading's text ("## Title" -> "Title"), or no_position.
  std::size_t heading_content(std::size_t pos, std::size_t end) const {
    std::size_t p = pos;
    while (p < end && text_[p] == '#' && p - pos < 7) ++p;
    std::size_t const level = p - pos;
    if (level == 0 || level > 6) return no_position;
    if (p < end && text_[p] != ' ' && text_[p] != '\t') return no_position;
    return skip_spaces(text_, p, end);
  }

  /// Finds the sentence ends within one line of a paragraph.
  void scan(std::size_t pos, std::size_t line_end) {
    std::size_t i = pos;
    while (i < line_end) {
      if (open_ == no_position) {
        if (std::size_t const space = space_length_at(text_, i); space > 0) {
          i += space;
          continue;
        }
        open_ = i;
      }
      // Most bytes cannot end a sentence; this cheap test keeps long lines fast.
      while (i < line_end && !may_start_terminator(text_[i])) ++i;
      if (i >= line_end) break;
      if (terminator_length_at(text_, i) == 0) {
        ++i;
        continue;
      }
      std::size_t j = i;
      std::size_t terminators = 0;
      while (j < line_end) {
        std::size_t const length = terminator_length_at(text_, j);
        if (length == 0) break;
        ++terminators;
        j += length;
      }
      std::size_t const closers_begin = j;
      while (j < line_end) {
        std::size_t const length = closer_length_at(text_, j);
        if (length == 0) break;
        j += length;
      }
      // Glued to what follows: "8.47", "U.S.-led", "example.com".
      if (j < line_end && space_length_at(text_, j) == 0) {
        i = j;
        continue;
      }
      bool const lone_full_stop = terminators == 1 && text_[i] == '.';
      if (ends_sentence(i, lone_full_stop && j == closers_begin, j)) {
        emit(open_, j, false);
        open_ = no_position;
      }
      i = j;
    }
  }

  /// Whether the terminators starting at `stop` end the sentence, `after` being just past them
  /// and their closers.
  bool ends_sentence(std::size_t stop, bool bare_full_stop, std::size_t after) const {
    if (bare_full_stop && is_abbreviation_before(stop)) return false;
    bool crossed_line = false;
    std::size_t const next = next_visible(after, crossed_line);
    if (next == no_position) return true;
    if (crossed_line && starts_block(next)) return true;
    if (is_lower_at(text_, next) || is_digit(text_[next])) return false;
    // ". . ." spaced out is one ellipsis.
    return terminator_length_at(text_, next) == 0;
  }

  /// The first visible byte after `pos`, looking past one line break (and the block-quote
  /// markers of a wrapped quote); no_position at a blank line or the end of the text.
  std::size_t next_visible(std::size_t pos, bool& crossed_line) const {
    int line_breaks = 0;
    while (pos < text_.size()) {
      char const c = text_[pos];
      if (c == '\n' || c == '\r') {
        if (++line_breaks >= 2) return no_position;
        pos = next_line_start(pos);
      } else if (std::size_t const space = space_length_at(text_, pos); space > 0) {
        pos += space;
      } else if (line_breaks > 0 && c == '>') {
        ++pos;
      } else {
        crossed_line = line_breaks > 0;
        return pos;
      }
    }
    return no_position;
  }

  /// Whether a line whose text starts at pos opens a new block whatever came before.
  bool starts_block(std::size_t pos) const {
    std::size_t const end = std::min(text_.find_first_of("\r\n", pos), text_.size());
    char mark = 0;
    return heading_content(pos, end) != no_position || text_[pos] == '|' || is_fence(text_, pos) ||
           list_marker_end(text_, pos, end) != no_position || is_qa_label(text_, pos, end, true) ||
           is_rule_line(text_, pos, end, mark);
  }

  /// Whether the word ending with the full stop at `stop` is a known abbreviation or a run of
  /// capital initials ("F.", "H.W.").
  bool is_abbreviation_before(std::size_t stop) const {
    std::size_t const limit = std::max(open_, stop > max_abbreviation_bytes ? stop - max_abbreviation_bytes : 0);
    std::size_t start = stop;
    while (start > limit && space_length_before(text_, start) == 0) --start;
    if (start == limit && limit > open_ && space_length_before(text_, start) == 0) return false;  // too long
    while (start < stop) {
      std::size_t const length = opener_length_at(text_, start);
      if (length == 0) break;
      start += length;
    }
    if (start >= stop) return false;
    if (abbreviations_.find(text_.substr(start, stop + 1 - start))) return true;
    // Initials: one or more capital letters each followed by a full stop, at most three.
    std::size_t p = start;
    int letters = 0;
    while (p < stop + 1) {
      std::size_t const length = upper_length_at(text_, p);
      if (length == 0 || p + length > stop || text_[p + length] != '.') return false;
      p += length + 1;
      ++letters;
    }
    return letters >= 1 && letters <= 3;
  }

  std::size_t skip_trailing_spaces(std::size_t begin, std::size_t end) const {
    while (end > begin) {
      std::size_t const length = space_length_before(text_, end);
      if (length == 0 || length > end - begin) break;
      end -= length;
    }
    return end;
  }

  void emit(std::size_t begin, std::size_t end, bool heading) {
    begin = skip_spaces(text_, begin, end);
    end = skip_trailing_spaces(begin, end);
    while (begin < end && end - begin > max_sentence_bytes) {
      std::size_t const cut = piece_end(begin);
      push(begin, skip_trailing_spaces(begin, cut), heading);
      begin = skip_spaces(text_, cut, end);
    }
    push(begin, end, heading);
  }

  void push(std::size_t begin, std::size_t end, bool heading) {
    if (begin >= end || !has_word_character(text_, begin, end)) return;
    out_.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), heading});
  }

  /// Where the first piece of an over-long span starting at `begin` ends: at its last space in
  /// the second half of max_sentence_bytes, or else (no space: a blob) at the last character
  /// boundary within it, so that a piece never splits a UTF-8 sequence.
  std::size_t piece_end(std::size_t begin) const {
    std::size_t const limit = begin + max_sentence_bytes;
    for (std::size_t p = limit; p > begin + max_sentence_bytes / 2; --p)
      if (space_length_at(text_, p) > 0) return p;
    std::size_t cut = limit;
    while (cut > begin + 1 && (static_cast<unsigned char>(text_[cut]) & 0xC0) == 0x80) --cut;
    return cut;
  }

  void flush(std::size_t end) {
    if (open_ == no_position) return;
    emit(open_, end, false);
    open_ = no_position;
  }

  /// Ends a block (paragraph, list, quote, table). A one-line unpunctuated paragraph followed by
  /// a blank line is a title.
  void end_block(std::size_t end, bool blank_follows) {
    flush(end);
    if (blank_follows && block_lines_ == 1 && block_plain_ && out_.size() == block_out_start_ + 1) {
      sentence_span& only = out_.back();
      if (only.end - only.begin <= max_heading_bytes && !ends_punctuated(text_, only.begin, only.end))
        only.heading = true;
    }
    block_out_start_ = out_.size();
    block_lines_ = 0;
    block_plain_ = true;
    in_list_ = false;
    last_line_colon_ = false;
  }

  /// "Title" underlined by "=====" or "-----": the line above is a heading.
  void setext_heading() {
    out_.resize(block_out_start_);
    open_ = no_position;
    emit(first_line_begin_, first_line_end_, true);
    block_out_start_ = out_.size();
    block_lines_ = 0;
    block_plain_ = true;
    in_list_ = false;
    last_line_colon_ = false;
  }

  std::string_view text_;
  phrase_table const& abbreviations_;
  std::vector<sentence_span>& out_;

  std::size_t open_ = no_position;  // first byte of the sentence being read, if any
  bool in_fence_ = false;
  bool in_quote_ = false;           // the previous line was a block-quote line
  // The current block: where its spans start in out_, how many lines it has, whether they were
  // all plain prose lines, and the first line (for setext headings).
  std::size_t block_out_start_;
  std::size_t block_lines_ = 0;
  bool block_plain_ = true;
  std::size_t first_line_begin_ = 0;
  std::size_t first_line_end_ = 0;
  bool in_list_ = false;
  bool last_line_colon_ = false;
};

}  // namespace

void split_sentences(std::string_view text, std::uint32_t body_begin, phrase_table const& abbreviations,
                     std::vector<sentence_span>& out) {
  if (body_begin >= text.size()) return;
  splitter(text, abbreviations, out).run(body_begin);
}

}  // namespace claimcheck
