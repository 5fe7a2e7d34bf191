#pragma once
/// Explainers ask a question and answer it in a fragment: "When and where is the summit?" then
/// "In Lisbon, on 3-4 June." Neither sentence states a claim on its own; together they say "the
/// summit is held in Lisbon, on 3-4 June". This joins them into one statement the grammar reads,
/// with every byte of it traced back to the question or the answer.
#include "text/normalize.hpp"

namespace claimcheck {

/// Whether `question` asks when or where something is held ("When is the vote?", "Where and
/// when will the final be played?") and `answer` is a short fragment that can only answer it (it
/// opens with "in", "on", "from", a month, a weekday's "on" or a digit). If so, `out` becomes
/// "<the thing asked about> was held <answer>", the thing's bytes traced to the question and the
/// rest to the answer, and the result is true.
bool join_question_answer(normalized_text const& question, normalized_text const& answer, normalized_text& out);

}  // namespace claimcheck
