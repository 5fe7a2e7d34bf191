#include "pipeline/dateline.hpp"

#include <variant>
#include <vector>

#include "grammar/values.hpp"

namespace claimcheck {

namespace {

bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }

/// Whether `text` opens with a word in capitals of at least two letters: the filing place. Bytes
/// beyond ASCII (accented capitals) are accepted inside the word, lower-case ASCII letters are not.
bool opens_with_capitals(std::string_view text) {
  std::size_t letters = 0;
  std::size_t i = 0;
  for (; i < text.size() && text[i] != ',' && text[i] != ' '; ++i) {
    char const c = text[i];
    if (is_ascii_lower(c)) return false;
    if (is_ascii_upper(c)) ++letters;
  }
  return letters >= 2 && i < text.size();
}

/// Where the dateline ends: the dash (or bracketed agency) that separates it from the story, if
/// one comes early enough to be a dateline.
std::optional<std::size_t> dateline_end(std::string_view text) {
  // Datelines are short; a dash further in belongs to the prose.
  constexpr std::size_t longest = 120;
  std::string_view const head = text.substr(0, longest);
  for (std::string_view mark : {" (", " - ", " -- ", " \u2014 ", " \u2013 ", " \u2014", ": "}) {
    std::size_t const at = head.find(mark);
    if (at != std::string_view::npos) return at;
  }
  return std::nullopt;
}

}  // namespace

namespace {

/// The first value of `line` that is one whole calendar date (day, month and year), if the first
/// date of the line is one: a range, a weekday or a relative day dates no article.
std::optional<calendar_date> first_calendar_date(std::string_view line, lexicon const& lex) {
  std::vector<ast::value> values;
  grammar::parse_values(line, lex, values);
  for (ast::value const& v : values) {
    ast::date const* d = std::get_if<ast::date>(&v);
    if (d == nullptr) continue;
    // An end part is either unstated or the start's own (a year is set on both ends).
    auto const same = [](int end, int start) { return end == 0 || end == start; };
    bool const single = same(d->end_day, d->start_day) && same(d->end_month, d->start_month) &&
                        same(d->end_year, d->start_year);
    // A weekday alone is no date; beside a full date ("Tuesday 4 March 2031") it adds nothing.
    if (!single || d->relative_unit != 0 || d->since || d->part != 0) return std::nullopt;
    if (d->start_day == 0 || d->start_month == 0 || d->start_year == 0) return std::nullopt;
    calendar_date const date{d->start_year, d->start_month, d->start_day};
    // "Feb 30" names no day.
    if (calendar_date::from_day_number(date.first_day()) != date) return std::nullopt;
    return date;
  }
  return std::nullopt;
}

/// Whether a line ends as prose does, with a full stop, question or exclamation mark (closing
/// emphasis and quotes aside).
bool ends_as_prose(std::string_view line) {
  while (!line.empty() && (line.back() == '*' || line.back() == '_' || line.back() == '"' || line.back() == ' '))
    line.remove_suffix(1);
  return !line.empty() && (line.back() == '.' || line.back() == '!' || line.back() == '?');
}

}  // namespace

std::optional<calendar_date> dateline_date(std::string_view sentence, lexicon const& lex) {
  if (opens_with_capitals(sentence)) {
    if (std::optional<std::size_t> const end = dateline_end(sentence)) {
      std::string_view const line = sentence.substr(0, *end);
      // The place comes first: the date follows a comma.
      if (line.find(',') != std::string_view::npos) return first_calendar_date(line, lex);
    }
  }
  // A byline or date line ("The Harbour Post, Tuesday 4 March 2031"): short, and no sentence.
  constexpr std::size_t longest_byline = 160;
  if (sentence.size() <= longest_byline && !ends_as_prose(sentence)) return first_calendar_date(sentence, lex);
  return std::nullopt;
}

}  // namespace claimcheck
