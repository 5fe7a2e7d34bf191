#pragma once
/// Spelling-insensitive forms of names: one identity for "Kim Min Jun", "Kim Min-jun" and
/// "KIM Min-jun", for "Þórðarson" and "Thordarson", for "Gen." and "Gen".
#include <string>
#include <string_view>
#include <vector>

namespace claimcheck {

/// Lower-cased, diacritics removed, special letters spelled out (þ -> th, ø -> o, ß -> ss),
/// hyphens and full stops inside names turned into word breaks, words joined by one space.
std::string fold_name(std::string_view name);

/// The words of a folded name.
std::vector<std::string_view> name_words(std::string_view folded);

/// The comparison key of a name: its folded words run together ("kimminjun").
std::string name_key(std::string_view name);

/// Whether one folded name may name the same person as the other: equal, or every word of the
/// shorter one found among the words of the longer ("sato" within "kenji sato").
bool names_compatible(std::string_view folded_a, std::string_view folded_b);

}  // namespace claimcheck
