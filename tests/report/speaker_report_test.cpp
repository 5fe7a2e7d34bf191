// A side quoting reported speech names its speaker in every format; a side in the source's own
// voice adds nothing, so reports of plain statements are unchanged.
#include <catch2/catch.hpp>

#include <sstream>

#include "report/json_reporter.hpp"
#include "report/text_reporter.hpp"
#include "sample_report.hpp"

using namespace claimcheck;
using claimcheck::testing::sample_report;

namespace {

report with_speaker() {
  report r = sample_report();
  r.discrepancies.front().sides.front().speaker = "the harbour board";
  return r;
}

}  // namespace

TEST_CASE("reports: the speaker of a quoted side is shown", "[report][speaker]") {
  std::ostringstream text;
  write_text_report(with_speaker(), text, text_options{false});
  CHECK(text.str().find("  news/harbour-a.md:2:1: Ines Marrow (said by the harbour board)\n") != std::string::npos);

  std::ostringstream json;
  write_json_report(with_speaker(), json);
  CHECK(json.str().find("\"speaker\": \"the harbour board\"") != std::string::npos);
}

TEST_CASE("reports: sides in the source's own voice name no speaker", "[report][speaker]") {
  std::ostringstream text;
  write_text_report(sample_report(), text, text_options{false});
  CHECK(text.str().find("said by") == std::string::npos);
  std::ostringstream json;
  write_json_report(sample_report(), json);
  CHECK(json.str().find("\"speaker\"") == std::string::npos);
}
