#pragma once
/// Dates and durations as news prose states them: a date keeps the granularity it was given
/// ("August 2025" is a month, not August 1), and a year the text did not say stays unknown.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>

namespace claimcheck {

struct calendar_date {
  int year = 0;   ///< 0 when the text did not say and nothing resolved it
  int month = 0;  ///< 0 when only a year is known
  int day = 0;    ///< 0 when only a month is known

  bool has_year() const { return year != 0; }
  bool empty() const { return year == 0 && month == 0 && day == 0; }
  /// "2025-08-23", "2025-08", "2025", or "XXXX-08-23" when the year is unknown.
  std::string iso() const;
  /// Parses the forms iso() writes; nullopt on anything else.
  static std::optional<calendar_date> from_iso(std::string_view text);
  /// Days since 1970-01-01 of the first day the date covers (year must be known).
  long first_day() const;
  /// Days since 1970-01-01 of the last day the date covers (year must be known).
  long last_day() const;

  friend auto operator<=>(calendar_date const&, calendar_date const&) = default;
};

/// A closed span of days, "Aug. 23-24" or "from 1910 to 1945"; a single date has start == end.
struct date_range {
  calendar_date start;
  calendar_date end;
  std::string iso() const;  ///< "2025-08-23/2025-08-24", or one date when start == end
  friend auto operator<=>(date_range const&, date_range const&) = default;
};

/// Whether two stated dates can describe the same day(s): equal where both are specific, a
/// coarser date containing a finer one ("August 2025" and "August 23"), unknown years matching.
bool dates_compatible(date_range const& a, date_range const& b);

struct duration {
  enum class unit : std::uint8_t { day, week, month, year };
  double amount = 0;
  unit in = unit::year;

  /// ISO 8601: "P10Y", "P18M", "P2W", "P3D", "P2.5Y".
  std::string iso() const;
  /// Length in months for years and months, used to compare "a decade" with "ten years".
  double approx_days() const;
  friend bool operator==(duration const&, duration const&) = default;
};

long days_from_civil(int year, int month, int day);

}  // namespace claimcheck
