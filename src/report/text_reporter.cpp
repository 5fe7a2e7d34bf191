#include "report/text_reporter.hpp"

#include <unistd.h>

#include <cstdlib>
#include <string>

#include <utf8proc.h>

#include "report/quote.hpp"

namespace claimcheck {

namespace {

constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view reset = "\x1b[0m";

/// Text as it may safely reach a terminal: valid UTF-8 with no control characters.
std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  auto const* bytes = reinterpret_cast<utf8proc_uint8_t const*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    utf8proc_int32_t cp = 0;
    utf8proc_ssize_t const n =
        utf8proc_iterate(bytes + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) {
      // Skip one byte only, so that the valid text after a bad byte survives.
      out += replacement;
      ++i;
      continue;
    }
    if (utf8proc_category(cp) == UTF8PROC_CATEGORY_CC) {
      out += replacement;
    } else {
      out.append(text.substr(i, static_cast<std::size_t>(n)));
    }
    i += static_cast<std::size_t>(n);
  }
  return out;
}

/// One-line text: whitespace runs (line breaks included) made single spaces, then printable.
std::string one_line(std::string_view text) { return printable(quote_text(text)); }

std::string_view severity_color(severity s) {
  switch (s) {
    case severity::error: return "\x1b[1;31m";
    case severity::warning: return "\x1b[1;35m";
    case severity::info: return "\x1b[1;36m";
  }
  return bold;
}

class text_writer {
 public:
  text_writer(std::ostream& out, text_options const& o) : out_(out), color_(o.color) {}

  /// `path:line:column: `, leaving out what is unknown; nothing at all without a path.
  void location(std::string_view path, std::uint32_t line, std::uint32_t column) {
    if (path.empty()) return;
    out_ << printable(path);
    if (line != 0) {
      out_ << ':' << line;
      if (column != 0) out_ << ':' << column;
    }
    out_ << ": ";
  }

  void severity_word(severity s) { styled(severity_color(s), to_string(s)); }

  void value(std::string_view v) { styled(bold, one_line(v)); }

  std::ostream& raw() { return out_; }

 private:
  void styled(std::string_view style, std::string_view text) {
    if (color_) {
      out_ << style << text << reset;
    } else {
      out_ << text;
    }
  }

  std::ostream& out_;
  bool color_;
};

void write_error(text_writer& w, diagnostic const& e) {
  w.location(e.path, e.line, e.column);
  w.severity_word(severity::error);
  w.raw() << ": " << one_line(e.message) << '\n';
}

void write_discrepancy(text_writer& w, discrepancy const& d) {
  if (!d.sides.empty()) {
    discrepancy_side const& first = d.sides.front();
    w.location(first.source, first.start.line, first.start.column);
  }
  w.severity_word(d.level);
  w.raw() << ": " << one_line(d.message) << " [" << printable(d.rule) << "]\n";
  for (discrepancy_side const& s : d.sides) {
    w.raw() << "  ";
    w.location(s.source, s.start.line, s.start.column);
    w.value(s.value);
    if (!s.speaker.empty()) w.raw() << " (said by " << one_line(s.speaker) << ')';
    w.raw() << "\n    | " << one_line(s.text) << '\n';
  }
  if (d.fact_sheet) {
    w.raw() << "  fact sheet " << printable(d.fact_sheet->path) << ':' << d.fact_sheet->at.line << ':'
            << d.fact_sheet->at.column << " supports: ";
    w.value(d.fact_sheet->value);
    w.raw() << '\n';
  }
  w.raw() << '\n';
}

std::string counted(std::size_t n, std::string_view one, std::string_view many) {
  return std::to_string(n) + ' ' + std::string(n == 1 ? one : many);
}

void write_summary(std::ostream& out, report const& r, std::string_view gates) {
  report_totals const totals = totals_of(r);
  std::size_t const errors = totals.errors, warnings = totals.warnings, infos = totals.infos, claims = totals.claims;
  out << counted(r.discrepancies.size(), "discrepancy", "discrepancies") << " ("
      << counted(errors, "error", "errors") << ", " << counted(warnings, "warning", "warnings") << ", "
      << counted(infos, "info", "infos") << ") in " << counted(r.sources.size(), "source", "sources") << ", "
      << counted(claims, "claim", "claims") << "; " << counted(r.errors.size(), "input error", "input errors")
      << gates << '\n';
}

}  // namespace

void write_text_report(report const& r, std::ostream& out, text_options const& o) {
  write_text_report(r, out, o, gate_counts{});
}

void write_text_report(report const& r, std::ostream& out, text_options const& o, gate_counts const& gates) {
  text_writer w(out, o);
  for (diagnostic const& e : r.errors) write_error(w, e);
  if (!r.errors.empty()) out << '\n';
  for (discrepancy const& d : r.discrepancies) write_discrepancy(w, d);
  write_summary(out, r, gate_summary_text(gates));
}

void write_diagnostics(std::vector<diagnostic> const& errors, std::ostream& out, text_options const& o) {
  text_writer w(out, o);
  for (diagnostic const& e : errors) write_error(w, e);
}

bool color_wanted(bool is_terminal, std::string_view no_color, std::string_view term) {
  return is_terminal && no_color.empty() && term != "dumb";
}

bool stdout_wants_color() {
  char const* no_color = std::getenv("NO_COLOR");
  char const* term = std::getenv("TERM");
  return color_wanted(isatty(STDOUT_FILENO) != 0, no_color ? no_color : "", term ? term : "");
}

}  // namespace claimcheck
