#pragma once
/// Cuts the body of a document into sentences, the unit the grammar parses and a claim cites.
/// Written for news prose as it arrives: hard-wrapped wire copy, markdown with headings, lists,
/// block quotes and Q&A transcripts, abbreviations and initials full of full stops.
#include <cstdint>
#include <string_view>
#include <vector>

#include "grammar/lexicon.hpp"

namespace claimcheck {

/// One sentence as a byte range of the source text, trimmed of surrounding whitespace.
struct sentence_span {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  /// A title rather than prose: a markdown heading, or a short unpunctuated line standing alone
  /// as its own paragraph. Headlines are telegraphic, so later passes may read them differently.
  bool heading = false;
  friend bool operator==(sentence_span const&, sentence_span const&) = default;
};

/// Appends the sentences of text[body_begin, end) to `out`, offsets absolute in `text`.
///
/// A sentence ends at . ? ! or an ellipsis (closing quotes and brackets after it stay in the
/// sentence) when whitespace follows, except after a phrase of `abbreviations` ("Gen.", "U.S.",
/// matched case-insensitively with its full stop), a capital initial ("John F. Kennedy"), or
/// when the next word starts in lower case or with a digit ("2 p.m. on Tuesday"). A blank line
/// always ends one; a single line break never does. Markdown headings, list items, block quotes,
/// table rows and Q&A lines ("Q:", "**A:**", "Question:") start a new sentence; the markers of
/// headings, lists and quotes are left outside the span, table rows lose their outer pipes, and
/// fenced code blocks and table rules give no sentence. Spans with no letter or digit are
/// dropped. A span longer than any prose sentence (2,000 bytes) is cut into pieces at spaces, so
/// that no later pass sees an unbounded sentence. Linear in the length of the text whatever the bytes.
void split_sentences(std::string_view text, std::uint32_t body_begin,
                     phrase_table const& abbreviations, std::vector<sentence_span>& out);

}  // namespace claimcheck
