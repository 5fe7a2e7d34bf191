#include "report/quote.hpp"

namespace claimcheck {

std::string quote_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    bool const space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (!space) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace claimcheck
