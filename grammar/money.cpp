#include "grammar/money_def.hpp"

namespace claimcheck::grammar {

namespace parsers {
BOOST_SPIRIT_INSTANTIATE(money_type, iterator_type, context_type)
BOOST_SPIRIT_INSTANTIATE(money_phrase_type, iterator_type, context_type)
}  // namespace parsers

parsers::money_type const& money() { return parsers::money; }
parsers::money_phrase_type const& money_phrase() { return parsers::money_phrase; }

namespace parsers::detail {

std::optional<symbol_match> match_currency_symbol(std::string_view text, lexicon const& lex) {
  std::optional<symbol_match> best;
  for (currency_symbol const& symbol : lex.currency_symbols) {
    if (!text.starts_with(symbol.text) || (best && best->length >= symbol.text.size())) continue;
    std::string_view const after = text.substr(symbol.text.size());
    bool const amount_follows = (!after.empty() && after[0] >= '0' && after[0] <= '9') ||
                                (after.size() > 1 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9');
    if (amount_follows) best = symbol_match{symbol.text.size(), symbol.currency};
  }
  return best;
}

}  // namespace parsers::detail

}  // namespace claimcheck::grammar
