#include "report/suppression.hpp"

#include <algorithm>
#include <fmt/format.h>
#include <optional>
#include <set>

#include "pipeline/rule_listing.hpp"
#include "text/sentence_splitter.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view comment_open = "<!--";
constexpr std::string_view comment_close = "-->";
constexpr std::string_view directive_prefix = "claimcheck";
constexpr std::string_view disable_word = "claimcheck-disable";
constexpr std::string_view enable_word = "claimcheck-enable";
constexpr std::string_view next_sentence_word = "claimcheck-disable-next-sentence";

bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowered(std::string_view text) {
  std::string out(text);
  for (char& c : out) c = lower(c);
  return out;
}

/// A word of a directive comment and where it starts in the file.
struct word_at {
  std::string_view text;
  std::uint32_t offset = 0;
};

/// The words of text[begin, end), split at blanks and commas.
std::vector<word_at> words_of(std::string_view text, std::size_t begin, std::size_t end) {
  std::vector<word_at> out;
  std::size_t i = begin;
  while (i < end) {
    while (i < end && (is_blank(text[i]) || text[i] == ',')) ++i;
    std::size_t const start = i;
    while (i < end && !is_blank(text[i]) && text[i] != ',') ++i;
    if (i > start) out.push_back({text.substr(start, i - start), static_cast<std::uint32_t>(start)});
  }
  return out;
}

/// The directive a misspelt one most likely means: the one sharing the longest start with it
/// past "claimcheck-" ("claimcheck-disable-next-line"), else the nearest by spelling.
std::optional<std::string> directive_meant(std::string_view word) {
  std::vector<std::string> const directives = {std::string(disable_word), std::string(enable_word),
                                               std::string(next_sentence_word)};
  std::string const folded = lowered(word);
  std::size_t best_length = directive_prefix.size() + 1;  // "claimcheck-" alone says nothing
  std::optional<std::string> best;
  for (std::string const& d : directives) {
    auto const differ = std::mismatch(folded.begin(), folded.end(), d.begin(), d.end()).first;
    std::size_t const shared = static_cast<std::size_t>(differ - folded.begin());
    if (shared > best_length) {
      best_length = shared;
      best = d;
    }
  }
  if (best) return best;
  std::vector<std::string> const close = close_ids(folded, directives);
  if (close.empty()) return std::nullopt;
  return close.front();
}

/// What the disable and enable comments seen so far silence.
struct block_state {
  bool all_rules = false;
  std::set<std::string> rules;  // silenced, or with all_rules the ones enabled again

  bool silences_anything() const { return all_rules || !rules.empty(); }
};

class scanner {
 public:
  scanner(source_file const& file, std::uint32_t body_begin, phrase_table const& abbreviations,
          std::span<std::string const> known_rules, diagnostics& warnings)
      : file_(file), body_begin_(body_begin), abbreviations_(abbreviations), warnings_(warnings) {
    known_rules_.assign(known_rules.begin(), known_rules.end());
  }

  source_suppressions run() {
    std::string_view const text = file_.text();
    std::size_t pos = body_begin_;
    while ((pos = text.find(comment_open, pos)) != std::string_view::npos) {
      std::size_t const content = pos + comment_open.size();
      std::size_t const close = text.find(comment_close, content);
      std::size_t const content_end = close == std::string_view::npos ? text.size() : close;
      std::vector<word_at> const words = words_of(text, content, content_end);
      if (!words.empty() && lowered(words.front().text).starts_with(directive_prefix)) {
        if (close == std::string_view::npos) {
          warn(words.front().offset, fmt::format("'{}' comment is never closed (expected '-->')", words.front().text));
          break;
        }
        directive(words, static_cast<std::uint32_t>(pos), static_cast<std::uint32_t>(close + comment_close.size()));
      }
      if (close == std::string_view::npos) break;
      pos = close + comment_close.size();
    }
    close_block(static_cast<std::uint32_t>(text.size()));
    std::stable_sort(out_.regions.begin(), out_.regions.end(),
                     [](suppressed_region const& a, suppressed_region const& b) { return a.begin < b.begin; });
    out_.path = std::string(file_.path());
    return std::move(out_);
  }

 private:
  void directive(std::vector<word_at> const& words, std::uint32_t begin, std::uint32_t end) {
    word_at const& name = words.front();
    std::vector<word_at> const rules(words.begin() + 1, words.end());
    if (name.text != disable_word && name.text != enable_word && name.text != next_sentence_word) {
      std::string message = fmt::format("unknown claimcheck directive '{}'", name.text);
      if (std::optional<std::string> const meant = directive_meant(name.text))
        message += fmt::format(" (did you mean '{}'?)", *meant);
      warn(name.offset, message + "; the comment is ignored");
      return;
    }
    check_rules(name.text, rules);
    if (name.text == next_sentence_word) {
      next_sentence(name, rules, end);
      return;
    }
    close_block(begin);
    block_start_ = end;
    bool const disable = name.text == disable_word;
    if (rules.empty()) {
      state_.all_rules = disable;
      state_.rules.clear();
      return;
    }
    // With every rule silenced, the list holds the exceptions, so its meaning flips.
    bool const add = disable != state_.all_rules;
    for (word_at const& r : rules) {
      if (add) state_.rules.emplace(r.text);
      else state_.rules.erase(std::string(r.text));
    }
  }

  void check_rules(std::string_view directive, std::vector<word_at> const& rules) {
    if (known_rules_.empty()) return;
    for (word_at const& r : rules) {
      if (std::find(known_rules_.begin(), known_rules_.end(), r.text) != known_rules_.end()) continue;
      std::vector<std::string> const suggestions = close_ids(r.text, known_rules_);
      std::string message = fmt::format("unknown rule '{}' in {}", r.text, directive);
      if (!suggestions.empty()) message += fmt::format(" (did you mean '{}'?)", suggestions.front());
      warn(r.offset, std::move(message));
    }
  }

  void next_sentence(word_at const& name, std::vector<word_at> const& rules, std::uint32_t end) {
    if (!sentences_) {
      sentences_.emplace();
      split_sentences(file_.text(), body_begin_, abbreviations_, *sentences_);
    }
    // Comments come in text order and so do sentences: the search resumes where the last one
    // stopped, which keeps a file full of directives linear.
    auto const from = sentences_->begin() + static_cast<std::ptrdiff_t>(next_sentence_);
    auto const found =
        std::find_if(from, sentences_->end(), [&](sentence_span const& s) { return !s.heading && s.end > end; });
    next_sentence_ = static_cast<std::size_t>(found - sentences_->begin());
    if (found == sentences_->end()) {
      warn(name.offset, fmt::format("{} has no sentence after it", name.text));
      return;
    }
    suppressed_region region{end, found->end, rules.empty(), {}};
    for (word_at const& r : rules) region.rules.emplace_back(r.text);
    std::sort(region.rules.begin(), region.rules.end());
    region.rules.erase(std::unique(region.rules.begin(), region.rules.end()), region.rules.end());
    out_.regions.push_back(std::move(region));
  }

  /// Ends the region the block state has silenced since the last disable or enable comment.
  void close_block(std::uint32_t at) {
    if (state_.silences_anything() && at > block_start_)
      out_.regions.push_back({block_start_, at, state_.all_rules, {state_.rules.begin(), state_.rules.end()}});
  }

  void warn(std::uint32_t offset, std::string message) {
    line_column const at = file_.locate(offset);
    warnings_.add(std::string(file_.path()), at.line, at.column, std::move(message));
  }

  source_file const& file_;
  std::uint32_t body_begin_;
  phrase_table const& abbreviations_;
  std::vector<std::string> known_rules_;
  diagnostics& warnings_;
  std::optional<std::vector<sentence_span>> sentences_;  // split on the first next-sentence comment
  std::size_t next_sentence_ = 0;                        // where the search for the next one resumes
  block_state state_;
  std::uint32_t block_start_ = 0;
  source_suppressions out_;
};

}  // namespace

bool source_suppressions::suppresses(std::string_view rule, std::uint32_t offset) const {
  return std::any_of(regions.begin(), regions.end(), [&](suppressed_region const& r) {
    if (offset < r.begin || offset >= r.end) return false;
    bool const listed = std::find(r.rules.begin(), r.rules.end(), rule) != r.rules.end();
    return r.all_rules ? !listed : listed;
  });
}

source_suppressions scan_suppressions(source_file const& file, std::uint32_t body_begin,
                                      phrase_table const& abbreviations, std::span<std::string const> known_rules,
                                      diagnostics& warnings) {
  return scanner(file, body_begin, abbreviations, known_rules, warnings).run();
}

void suppression_set::add(source_suppressions s) {
  if (s.regions.empty()) return;
  std::string path = s.path;
  by_path_.insert_or_assign(std::move(path), std::move(s));
}

bool suppression_set::suppresses(discrepancy const& d) const {
  return std::any_of(d.sides.begin(), d.sides.end(), [&](discrepancy_side const& side) {
    auto const found = by_path_.find(side.source);
    return found != by_path_.end() && found->second.suppresses(d.rule, side.offset);
  });
}

std::size_t drop_suppressed(std::vector<discrepancy>& found, suppression_set const& suppressions) {
  std::size_t const before = found.size();
  std::erase_if(found, [&](discrepancy const& d) { return suppressions.suppresses(d); });
  return before - found.size();
}

void write_warnings(std::span<diagnostic const> warnings, std::ostream& out) {
  for (diagnostic const& w : warnings) {
    if (!w.path.empty()) {
      out << w.path;
      if (w.line != 0) {
        out << ':' << w.line;
        if (w.column != 0) out << ':' << w.column;
      }
      out << ": ";
    }
    out << "warning: " << w.message << '\n';
  }
}

}  // namespace claimcheck
