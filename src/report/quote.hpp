#pragma once
/// Source text as a report quotes it: on one line, whitespace runs made single spaces.
#include <string>
#include <string_view>

namespace claimcheck {

std::string quote_text(std::string_view text);

}  // namespace claimcheck
