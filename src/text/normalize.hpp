#pragma once
/// The cleaned copy of a sentence that the grammar parses: typographic variants folded to ASCII
/// (curly quotes, dashes, odd spaces), markdown markup dropped, hard-wrapped lines joined. Every
/// byte of the copy remembers the source byte it came from, so a parsed claim still points at the
/// right place in the original file.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

struct normalized_text {
  std::string text;
  /// origin[i] is the source byte offset of text[i]; one more entry than text holds the end
  /// offset, so the range [origin[a], origin[b]) covers text[a, b).
  std::vector<std::uint32_t> origin;
};

/// Normalises source_text[begin, end) into `out`, replacing its contents but reusing its
/// capacity (one normalized_text can serve every sentence of a run).
///
/// Whitespace runs (including no-break and thin spaces) become one space and the ends are
/// trimmed; curly single quotes -> ', curly double quotes and guillemets -> ", en dash and minus
/// -> -, em dash -> " - ", ellipsis -> "...", soft hyphens and zero-width spaces dropped;
/// markdown emphasis (`**`, `_word_`), backticks, backslash escapes, link targets
/// (`[text](url)` -> text) and block-quote markers at the start of wrapped lines dropped; a hyphen
/// ending a wrapped line inside a word ("Jae-\nmyung") joins the two halves.
void normalize_sentence(std::string_view source_text, std::uint32_t begin, std::uint32_t end,
                        normalized_text& out);

/// Length in bytes of the whitespace character at `pos` (0 when there is none): ASCII spaces and
/// line breaks, no-break, thin and other Unicode spaces. Shared so that the sentence splitter
/// trims exactly what normalisation would collapse.
std::size_t space_length_at(std::string_view text, std::size_t pos);

}  // namespace claimcheck
