#pragma once
/// Text from an article, a path or a message made safe for a one-line field of a machine format
/// (XML, workflow commands, Markdown, grep-able lines): whatever the input, the output is valid
/// UTF-8 on one line that no terminal, XML parser or CI log takes as a control sequence.
#include <cstdint>
#include <string>
#include <string_view>

namespace claimcheck {

/// Whitespace runs (line breaks included) become one space and the ends are trimmed, as quote_text
/// does; then invalid UTF-8 (one byte at a time), control characters and the noncharacters
/// U+FFFE and U+FFFF (which XML forbids) each become U+FFFD.
std::string plain_line(std::string_view text);

/// `path:line:column` as compilers print it, with the parts that are unknown (0) left out and a
/// column never without its line; the path made plain.
std::string plain_location(std::string_view path, std::uint32_t line, std::uint32_t column);

}  // namespace claimcheck
