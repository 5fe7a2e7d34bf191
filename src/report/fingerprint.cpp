#include "report/fingerprint.hpp"

#include <algorithm>
#include <cstdint>
#include <fmt/format.h>
#include <string_view>

namespace claimcheck {

namespace {

struct fnv1a {
  std::uint64_t state = 0xcbf29ce484222325ULL;

  void bytes(std::string_view text) {
    for (unsigned char c : text) {
      state ^= c;
      state *= 0x100000001b3ULL;
    }
  }
  // The length first, so that ("ab", "c") and ("a", "bc") differ.
  void field(std::string_view text) {
    bytes(fmt::format("{}:", text.size()));
    bytes(text);
  }
};

}  // namespace

std::string fingerprint_of(discrepancy const& d) {
  fnv1a h;
  h.field(d.rule);
  for (auto const& [name, value] : d.key) {
    h.field(name);
    h.field(value);
  }
  // Sides are normally sorted already; sorting copies keeps the fingerprint free of that duty.
  std::vector<std::string> sides;
  sides.reserve(d.sides.size());
  for (discrepancy_side const& s : d.sides)
    sides.push_back(fmt::format("{}\x1f{}\x1f{}\x1f{}", s.source.size(), s.source, s.value, s.text));
  std::sort(sides.begin(), sides.end());
  for (std::string const& s : sides) h.field(s);
  return fmt::format("{:016x}", h.state);
}

}  // namespace claimcheck
