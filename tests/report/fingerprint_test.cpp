#include <catch2/catch.hpp>

#include "report/fingerprint.hpp"
#include "sample_report.hpp"

using namespace claimcheck;

TEST_CASE("fingerprint: 16 hex digits, stable for the same finding", "[report][fingerprint]") {
  report const r = testing::sample_report();
  std::string const fp = fingerprint_of(r.discrepancies[0]);
  CHECK(fp.size() == 16);
  CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
  CHECK(fingerprint_of(testing::sample_report().discrepancies[0]) == fp);
  CHECK(fingerprint_of(r.discrepancies[1]) != fp);
}

TEST_CASE("fingerprint: moving a sentence within its file keeps the fingerprint", "[report][fingerprint]") {
  discrepancy const original = testing::sample_report().discrepancies[0];
  discrepancy moved = original;
  moved.sides[0].offset += 500;
  moved.sides[0].start = {14, 3};
  moved.sides[0].end = {14, 60};
  std::swap(moved.sides[0], moved.sides[1]);  // and the order of sides does not matter either
  CHECK(fingerprint_of(moved) == fingerprint_of(original));
}

TEST_CASE("fingerprint: what the finding is about changes it", "[report][fingerprint]") {
  discrepancy const original = testing::sample_report().discrepancies[0];
  std::string const fp = fingerprint_of(original);
  auto changed = [&](auto&& edit) {
    discrepancy d = original;
    edit(d);
    return fingerprint_of(d);
  };
  CHECK(changed([](discrepancy& d) { d.rule = "counterpart-single-value"; }) != fp);
  CHECK(changed([](discrepancy& d) { d.key[1].second = "Osterholm"; }) != fp);
  CHECK(changed([](discrepancy& d) { d.sides[1].value = "Piet Aldain"; }) != fp);
  CHECK(changed([](discrepancy& d) { d.sides[1].text += " He sent a deputy."; }) != fp);
  CHECK(changed([](discrepancy& d) { d.sides[0].source = "news/harbour-z.md"; }) != fp);
  // The message is wording, not identity: rewording a rule's template keeps accepted findings.
  CHECK(changed([](discrepancy& d) { d.message = "reworded"; }) == fp);
}
