// Datelines: the filing date a wire story states before its first sentence.
#include <catch2/catch.hpp>

#include <string>

#include "../grammar/grammar_fixture.hpp"
#include "pipeline/dateline.hpp"

namespace claimcheck {
namespace {

std::string dateline(std::string const& sentence) {
  std::optional<calendar_date> const d = dateline_date(sentence, testing::builtin_lexicon());
  return d ? d->iso() : "-";
}

TEST_CASE("dateline: the filing date of a wire story", "[dateline]") {
  struct row {
    char const* sentence;
    char const* expected;
  };
  auto const r = GENERATE(values<row>({
      {"OSLO, Norway, March 3, 2027 (Northern Wire) - The government fell on Tuesday.", "2027-03-03"},
      {"NEW YORK, Jan. 14, 2026 (Reuters) - Shares rose.", "2026-01-14"},
      {"LAGOS, 9 June 2026 - Flooding displaced thousands.", "2026-06-09"},
      {"SAO PAULO, Brazil, 2 December 2025 -- The deal closed.", "2025-12-02"},
      {"ÖREBRO, Sweden, Feb 1, 2026 (Wire) - Snow fell.", "2026-02-01"},
      // A dateline without its year gives no date: the year is not guessed.
      {"CALGARY, Alberta, June 8 (Business Wire) - The airline agreed to a deal.", "-"},
      // Not datelines.
      {"Oslo, March 3, 2027 - the government fell.", "-"},
      {"The summit opened on March 3, 2027 - a Tuesday.", "-"},
      {"NATO leaders met on 3 March 2027 in Oslo.", "-"},
      {"OSLO - The government fell on March 3, 2027, after a long debate in parliament about the budget.", "-"},
      {"PARIS, Feb. 30, 2026 - An impossible day.", "-"},
      // Bylines and date lines: short, not ending as sentences do.
      {"*The Harbour Post, Tuesday 4 March 2031*", "2031-03-04"},
      {"**Wednesday, March 5, 2031** | Markets news before the bell", "2031-03-05"},
      {"Published 12 May 2030, updated 13 May 2030", "2030-05-12"},
      {"By Ana Ruiz | 7 October 2029", "2029-10-07"},
      // Prose, a range, a weekday alone, or a year alone date no article.
      {"The port reopened on 4 March 2031.", "-"},
      {"The Harbour Post, 4-6 March 2031", "-"},
      {"The Harbour Post, Tuesday", "-"},
      {"Harbour Post special, March 2031", "-"},
  }));
  CAPTURE(r.sentence);
  CHECK(dateline(r.sentence) == r.expected);
}

}  // namespace
}  // namespace claimcheck
