#pragma once
/// People a document goes on naming after it has named them in full. The grammar sees a person
/// where a claim needs one; a pronoun needs more: in "Ruiz knew it. She met the mayor", "she" is
/// Ruiz although no claim names her in the first sentence. This index remembers every full name
/// and finds its bare words again ("Ruiz") in any later sentence, claims or not.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "claims/lower.hpp"
#include "text/normalize.hpp"

namespace claimcheck {

class name_mentions {
 public:
  /// Learns the full names among `mentions` from index `from` on (the ones just added).
  void learn(std::vector<person_mention> const& mentions, std::size_t from);

  /// Learns the full names a sentence marks as people by an age in apposition ("Ana Ruiz, 46,
  /// is a former mayor"): a news convention for people only, which no title need accompany.
  void learn_from_text(normalized_text const& sentence);

  /// Appends a mention for each capitalised word of `sentence` that is a word of exactly one full
  /// name learnt so far, then orders the mentions of this sentence (from index `from`) by offset,
  /// so that "the first person the sentence names" means the first in the text.
  void find_in(normalized_text const& sentence, std::uint32_t sentence_index, std::vector<person_mention>& mentions,
               std::size_t from) const;

 private:
  /// Folded word -> the full names (as first written) that contain it.
  std::map<std::string, std::set<std::string>, std::less<>> words_;

  void learn_name(std::string const& name);
};

}  // namespace claimcheck
