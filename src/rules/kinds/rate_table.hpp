#pragma once
/// Exchange-rate tables: what one unit of a currency bought in another over a period, as a user
/// states it in YAML (src/rules/kinds/rate_table_loader.hpp). The `derive` rule kind checks the
/// equivalents articles give for sums of money against them ("one billion yen ($8.47 million)").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/source_store.hpp"
#include "values/calendar.hpp"

namespace claimcheck {

/// One entry of a table: units of `to` that one unit of `from` buys, over a period.
struct exchange_rate {
  std::string from;                        ///< ISO 4217, "JPY"
  std::string to;                          ///< ISO 4217, "USD"
  double rate = 0;                         ///< positive
  std::optional<calendar_date> from_date;  ///< first period it holds; none: since always
  std::optional<calendar_date> to_date;    ///< last period it holds; none: still holds
  std::string note;                        ///< the entry's `note:`, where the rate comes from
  std::string path;                        ///< the table, as diagnostics and reports name it
  line_column at;                          ///< where the entry starts
  std::uint32_t offset = 0;                ///< byte offset of the entry, for ordering report sides

  /// First and last day it holds, in days since 1970-01-01; open ends are the extremes of long.
  std::pair<long, long> days() const;
};

/// A rate of the table that applies to one conversion, turned to face the conversion's way.
struct applicable_rate {
  exchange_rate const* entry = nullptr;
  double rate = 0;  ///< units of the conversion's target currency per unit of its source currency
};

struct rate_table {
  std::vector<exchange_rate> rates;  ///< in load order

  /// The entries between `from` and `to`, either way round (an entry from USD to JPY serves a
  /// conversion from JPY to USD at its inverse), whose period meets the days [first, last].
  std::vector<applicable_rate> rates_for(std::string_view from, std::string_view to, long first, long last) const;
};

/// An entry's period as words: "from 2024-01-01 to 2024-12-31", "in 2024", "from 2024", "until
/// 2023", "at any time".
std::string period_text(exchange_rate const& r);

/// The entry as a report quotes it: "JPY to USD at 0.0066 from 2024-01 to 2024-12 (note: ...)".
std::string describe(exchange_rate const& r);

}  // namespace claimcheck
