#pragma once
/// The dateline of a wire story ("OSLO, Norway, March 3, 2027 (Northern Wire) - The government
/// ..."): the place and date a story was filed, written before its first sentence. When the file
/// has no front matter, it is the only statement of the article's own date, which "on Monday" and
/// a date written without its year are read against.
#include <optional>
#include <string_view>

#include "grammar/lexicon.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// The full date (day, month and year) of the dateline that opens `sentence` (normalised text),
/// or nullopt when the sentence does not open with a dateline or its date lacks the day or the
/// year: a dateline's date without its year is not guessed.
///
/// A dateline is a place in capitals ("OSLO", "NEW YORK", "SAO PAULO"), optionally followed by
/// more place words after commas, then the date, then optionally the agency in brackets, and it
/// ends at a dash before the story starts. A byline or date line counts too: a short line that
/// does not end as a sentence does ("*The Harbour Post, Tuesday 4 March 2031*"), whose first date
/// is a full one.
std::optional<calendar_date> dateline_date(std::string_view sentence, lexicon const& lex);

}  // namespace claimcheck
