#include "report/baseline.hpp"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fmt/format.h>
#include <fstream>
#include <set>
#include <system_error>
#include <tuple>
#include <yaml-cpp/yaml.h>

#include "pipeline/load_data.hpp"
#include "report/fingerprint.hpp"
#include "rules/yaml_file.hpp"

namespace claimcheck {

namespace {

namespace fs = std::filesystem;

constexpr std::string_view header =
    "# claimcheck baseline: discrepancies reviewed and accepted.\n"
    "# A run given --baseline with this file does not report (or fail on) a discrepancy whose\n"
    "# fingerprint is listed here. Only 'fingerprint' is read; the other fields are for the\n"
    "# reviewer. Add a comment saying why an entry was accepted; delete entries reported stale.\n";

bool is_fingerprint(std::string_view text) {
  return text.size() == 16 &&
         std::all_of(text.begin(), text.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

class baseline_reader {
 public:
  baseline_reader(std::string_view path, std::string_view text, diagnostics& errors)
      : path_(path), text_(text), errors_(errors) {}

  void read(YAML::Node const& root, baseline& out) {
    std::optional<YAML::Node> const list =
        top_level_list(root, text_, "discrepancies", "a baseline file", [this](line_column at, std::string message) {
          error(at, std::move(message));
        });
    if (!list) return;
    for (YAML::const_iterator it = list->begin(); it != list->end(); ++it) read_entry(*it, out);
  }

  void error(line_column at, std::string message) {
    errors_.add(std::string(path_), at.line, at.column, std::move(message));
  }

 private:
  void read_entry(YAML::Node const& entry, baseline& out) {
    line_column const at = yaml_location(text_, entry.Mark());
    if (!entry.IsMap()) {
      error(at, "a baseline entry must be a map with a 'fingerprint'");
      return;
    }
    for (YAML::const_iterator it = entry.begin(); it != entry.end(); ++it) {
      if (!it->first.IsScalar() || it->first.Scalar() != "fingerprint") continue;
      YAML::Node const value = it->second;
      line_column const value_at = yaml_location(text_, value.Mark());
      if (!value.IsScalar()) {
        error(value_at, "'fingerprint' must be 16 hexadecimal digits");
      } else if (!is_fingerprint(value.Scalar())) {
        error(value_at, fmt::format("fingerprint '{}' is not 16 lower-case hexadecimal digits", value.Scalar()));
      } else {
        out.entries.push_back({value.Scalar(), at});
      }
      return;
    }
    error(at, "baseline entry has no 'fingerprint'");
  }

  std::string_view path_;
  std::string_view text_;
  diagnostics& errors_;
};

/// The order entries are written in: by what the finding is about, never by where it sits.
auto entry_order(discrepancy const& d, std::string const& fingerprint) {
  static std::string const none;
  std::string const& source = d.sides.empty() ? none : d.sides.front().source;
  return std::tie(source, d.rule, fingerprint);
}

void emit_entry(YAML::Emitter& out, discrepancy const& d, std::string const& fingerprint) {
  out << YAML::BeginMap;
  out << YAML::Key << "fingerprint" << YAML::Value << fingerprint;
  out << YAML::Key << "rule" << YAML::Value << d.rule;
  out << YAML::Key << "severity" << YAML::Value << std::string(to_string(d.level));
  out << YAML::Key << "message" << YAML::Value << d.message;
  out << YAML::Key << "sides" << YAML::Value << YAML::BeginSeq;
  for (discrepancy_side const& s : d.sides) {
    out << YAML::BeginMap;
    out << YAML::Key << "source" << YAML::Value << s.source;
    out << YAML::Key << "value" << YAML::Value << s.value;
    if (!s.speaker.empty()) out << YAML::Key << "speaker" << YAML::Value << s.speaker;
    out << YAML::Key << "sentence" << YAML::Value << s.text;
    out << YAML::EndMap;
  }
  out << YAML::EndSeq;
  out << YAML::EndMap;
}

}  // namespace

baseline parse_baseline(std::string_view path, std::string_view text, diagnostics& errors) {
  baseline out;
  baseline_reader reader(path, text, errors);
  try {
    std::vector<YAML::Node> const documents = load_all_yaml(text);
    if (documents.empty()) return out;
    if (documents.size() > 1)
      reader.error(yaml_location(text, documents[1].Mark()),
                   "a baseline file holds one YAML document; the rest is ignored");
    reader.read(documents.front(), out);
  } catch (YAML::Exception const& e) {
    reader.error(yaml_location(text, e.mark), "invalid YAML: " + e.msg);
  }
  return out;
}

baseline read_baseline_file(std::string const& path, diagnostics& errors) {
  std::string text;
  if (!read_whole_file(path, text, errors)) return {};
  return parse_baseline(path, text, errors);
}

std::string baseline_text(std::span<discrepancy const> found) {
  // Sorted copies, so that the sides of an entry come in the reports' order whatever the caller's.
  report sorted;
  sorted.discrepancies.assign(found.begin(), found.end());
  sort_report(sorted);
  std::vector<std::pair<std::string, discrepancy const*>> entries;
  entries.reserve(found.size());
  for (discrepancy const& d : sorted.discrepancies) entries.emplace_back(fingerprint_of(d), &d);
  std::sort(entries.begin(), entries.end(), [](auto const& a, auto const& b) {
    return entry_order(*a.second, a.first) < entry_order(*b.second, b.first);
  });
  // Identical findings share a fingerprint; one entry accepts them all.
  entries.erase(std::unique(entries.begin(), entries.end(),
                            [](auto const& a, auto const& b) { return a.first == b.first; }),
                entries.end());

  YAML::Emitter out;
  out << YAML::BeginMap << YAML::Key << "discrepancies" << YAML::Value;
  if (entries.empty()) {
    out << YAML::Flow << YAML::BeginSeq << YAML::EndSeq;
  } else {
    out << YAML::BeginSeq;
    for (auto const& [fingerprint, d] : entries) emit_entry(out, *d, fingerprint);
    out << YAML::EndSeq;
  }
  out << YAML::EndMap;
  return std::string(header) + out.c_str() + "\n";
}

bool write_baseline_file(std::string const& path, std::span<discrepancy const> found, diagnostics& errors) {
  std::string const text = baseline_text(found);
  fs::path const target(path);
  // Beside the target, so that the rename stays within one file system and is atomic.
  fs::path const temporary =
      target.parent_path() / fmt::format(".{}.tmp-{}", target.filename().string(), static_cast<long>(getpid()));
  {
    std::ofstream file(temporary, std::ios::binary | std::ios::trunc);
    if (!file) {
      errors.add(path, 0, 0, fmt::format("cannot write baseline: cannot create {}", temporary.string()));
      return false;
    }
    file << text;
    file.flush();
    if (!file) {
      std::error_code ignored;
      fs::remove(temporary, ignored);
      errors.add(path, 0, 0, "cannot write baseline: write failed");
      return false;
    }
  }
  std::error_code error;
  fs::rename(temporary, target, error);
  if (error) {
    std::error_code ignored;
    fs::remove(temporary, ignored);
    errors.add(path, 0, 0, "cannot write baseline: " + error.message());
    return false;
  }
  return true;
}

void accept_baseline(std::vector<discrepancy>& found, baseline const& accepted, gate_counts& counts) {
  std::set<std::string, std::less<>> listed;
  for (baseline::entry const& e : accepted.entries) listed.insert(e.fingerprint);
  std::set<std::string, std::less<>> matched;
  std::size_t const before = found.size();
  std::erase_if(found, [&](discrepancy const& d) {
    std::string fingerprint = fingerprint_of(d);
    if (!listed.contains(fingerprint)) return false;
    matched.insert(std::move(fingerprint));
    return true;
  });
  counts.baseline_used = true;
  counts.accepted_by_baseline = before - found.size();
  counts.stale_baseline_entries = listed.size() - matched.size();
}

}  // namespace claimcheck
