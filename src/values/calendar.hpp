#pragma once
/// Dates and durations as news prose states them: a date keeps the granularity it was given
/// ("August 2025" is a month, not August 1), and a year the text did not say stays unknown.
#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

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
  /// The day with this number of days since 1970-01-01.
  static calendar_date from_day_number(long day_number);

  friend auto operator<=>(calendar_date const&, calendar_date const&) = default;
};

/// Where in a stated period the text places a date: "early 2020", "mid-August", "the late 1990s".
/// The period keeps its own granularity (the year 2020); the part is noted for readers and never
/// narrows the dates compared, since "mid" and "late" have no agreed bounds.
enum class date_part : std::uint8_t { none, early, mid, late };

/// "early", "mid", "late"; empty for none.
std::string_view to_string(date_part part);

/// A closed span of days, "Aug. 23-24" or "from 1910 to 1945"; a single date has start == end.
/// "since 1965" has a start and no end: `end` is empty (all zero) and the range is open-ended.
struct date_range {
  calendar_date start;
  calendar_date end;
  date_part part = date_part::none;

  bool open_ended() const { return end.empty() && !start.empty(); }
  /// "2025-08-23/2025-08-24", one date when start == end, "1965/.." when open-ended (the ISO
  /// 8601-2 form of an open end).
  std::string iso() const;
  friend auto operator<=>(date_range const&, date_range const&) = default;
};

/// Whether two stated dates can describe the same day(s): equal where both are specific, a
/// coarser date containing a finer one ("August 2025" and "August 23"), unknown years matching,
/// an open end matching any end.
bool dates_compatible(date_range const& a, date_range const& b);

struct duration {
  /// The units the lexicon's duration-units name ("day" ... "second").
  enum class unit : std::uint8_t { day, week, month, year, hour, minute, second };
  double amount = 0;
  unit in = unit::year;

  /// ISO 8601: "P10Y", "P18M", "P2W", "P3D", "P2.5Y"; times of day after a T: "PT48H", "PT30M".
  std::string iso() const;
  /// Length in days (a month and a year by their Gregorian averages), used to compare "a decade"
  /// with "ten years" and "48 hours" with "two days".
  double approx_days() const;
  friend bool operator==(duration const&, duration const&) = default;
};

long days_from_civil(int year, int month, int day);

/// How numeric dates whose day and month could be either way round ("8/10/2012") are read: not
/// at all (the default, since the order is a convention the text does not state), day first (8
/// October, as most of the world writes) or month first (August 10, as the United States does).
/// Dates whose order is plain ("25/12/2025", "12/25/2025", "2012/8/10") read the same under all.
enum class numeric_date_order : std::uint8_t { unambiguous_only, day_first, month_first };

/// "unambiguous-only", "day-first", "month-first": the names a lexicon file gives the orders.
std::string_view to_string(numeric_date_order order);
/// The order of one of those names; nullopt for any other text.
std::optional<numeric_date_order> numeric_date_order_named(std::string_view name);

}  // namespace claimcheck
