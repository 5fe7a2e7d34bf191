#include "claims/name_folding.hpp"

#include <algorithm>
#include <utf8proc.h>

namespace claimcheck {

namespace {

// Letters that Unicode decomposition leaves alone but that ASCII spellings write otherwise.
char const* spelled_out(utf8proc_int32_t c) {
  switch (c) {
    case 0x00FE: case 0x00DE: return "th";  // þ Þ
    case 0x00F0: case 0x00D0: return "d";   // ð Ð
    case 0x0111: case 0x0110: return "d";   // đ Đ
    case 0x00F8: case 0x00D8: return "o";   // ø Ø
    case 0x00E6: case 0x00C6: return "ae";  // æ Æ
    case 0x0153: case 0x0152: return "oe";  // œ Œ
    case 0x00DF: return "ss";               // ß
    case 0x0142: case 0x0141: return "l";   // ł Ł
    case 0x0131: return "i";                // dotless ı
    default: return nullptr;
  }
}

void append_utf8(std::string& out, utf8proc_int32_t c) {
  utf8proc_uint8_t buffer[4];
  auto const n = utf8proc_encode_char(c, buffer);
  out.append(reinterpret_cast<char const*>(buffer), static_cast<std::size_t>(n));
}

}  // namespace

std::string fold_name(std::string_view name) {
  std::string out;
  out.reserve(name.size());
  auto const* p = reinterpret_cast<utf8proc_uint8_t const*>(name.data());
  utf8proc_ssize_t remaining = static_cast<utf8proc_ssize_t>(name.size());
  auto word_break = [&out] {
    if (!out.empty() && out.back() != ' ') out.push_back(' ');
  };
  while (remaining > 0) {
    utf8proc_int32_t c = 0;
    utf8proc_ssize_t n = utf8proc_iterate(p, remaining, &c);
    if (n <= 0) {  // invalid byte: skip it rather than fail on a name
      ++p;
      --remaining;
      continue;
    }
    p += n;
    remaining -= n;
    if (char const* spelled = spelled_out(c)) {
      out += spelled;
      continue;
    }
    // Decompose (é -> e + combining accent) and keep only letters and digits, lower-cased.
    utf8proc_int32_t parts[8];
    utf8proc_ssize_t const count = utf8proc_decompose_char(
        c, parts, 8, static_cast<utf8proc_option_t>(UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD), nullptr);
    if (count <= 0) continue;
    for (utf8proc_ssize_t i = 0; i < count; ++i) {
      utf8proc_category_t const category = utf8proc_category(parts[i]);
      bool const letter_or_digit = (category >= UTF8PROC_CATEGORY_LU && category <= UTF8PROC_CATEGORY_LO) ||
                                   category == UTF8PROC_CATEGORY_ND;
      if (letter_or_digit) {
        append_utf8(out, parts[i]);
      } else if (category >= UTF8PROC_CATEGORY_MN && category <= UTF8PROC_CATEGORY_ME) {
        // a combining mark: drop the accent
      } else if (parts[i] == '\'') {
        // O'Brien and OBrien are one name
      } else {
        word_break();
      }
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::vector<std::string_view> name_words(std::string_view folded) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < folded.size()) {
    std::size_t end = folded.find(' ', start);
    if (end == std::string_view::npos) end = folded.size();
    if (end > start) words.push_back(folded.substr(start, end - start));
    start = end + 1;
  }
  return words;
}

std::string name_key(std::string_view name) {
  std::string key = fold_name(name);
  key.erase(std::remove(key.begin(), key.end(), ' '), key.end());
  return key;
}

bool names_compatible(std::string_view folded_a, std::string_view folded_b) {
  if (folded_a == folded_b) return true;
  std::vector<std::string_view> a = name_words(folded_a);
  std::vector<std::string_view> b = name_words(folded_b);
  if (a.empty() || b.empty()) return false;
  // Spacing differences ("jean paul" / "jeanpaul") make the run-together forms equal.
  auto joined = [](std::vector<std::string_view> const& words) {
    std::string s;
    for (auto w : words) s += w;
    return s;
  };
  if (joined(a) == joined(b)) return true;
  if (a.size() > b.size()) std::swap(a, b);
  return std::all_of(a.begin(), a.end(), [&b](std::string_view w) {
    return std::find(b.begin(), b.end(), w) != b.end();
  });
}

}  // namespace claimcheck
