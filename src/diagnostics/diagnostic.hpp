#pragma once
/// User errors (unreadable input, malformed YAML, bad options) as located data: collected while
/// the run goes on, reported with the rest, and turned into exit status 2 at the end.
#include <cstdint>
#include <string>
#include <vector>

namespace claimcheck {

struct diagnostic {
  std::string path;         ///< file the problem is in; empty for command-line problems
  std::uint32_t line = 0;   ///< 1-based; 0 when the problem has no position (a missing file)
  std::uint32_t column = 0; ///< 1-based; 0 when unknown
  std::string message;
  friend auto operator<=>(diagnostic const&, diagnostic const&) = default;
};

class diagnostics {
 public:
  void add(diagnostic d) { items_.push_back(std::move(d)); }
  void add(std::string path, std::uint32_t line, std::uint32_t column, std::string message) {
    items_.push_back({std::move(path), line, column, std::move(message)});
  }
  bool empty() const { return items_.empty(); }
  std::vector<diagnostic> const& items() const { return items_; }
  void append(diagnostics const& other) {
    items_.insert(items_.end(), other.items_.begin(), other.items_.end());
  }

 private:
  std::vector<diagnostic> items_;
};

}  // namespace claimcheck
