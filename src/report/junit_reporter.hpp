#pragma once
/// `--format junit`: the report as JUnit XML, the test report CI systems already display
/// (GitLab's merge-request test summary, Jenkins, Azure DevOps).
///
/// One <testsuite name="claimcheck"> inside <testsuites>; one <testcase> per file, named by its
/// path (classname "claimcheck"), in path order: every source, plus any other file an input
/// error names; a testcase "(run)" holds what belongs to no file. Each discrepancy is a <failure>
/// in the testcase of its first side (type = rule id, message = the rule's message; the body
/// lists every side with its value and sentence, the fact sheet's entry and the fingerprint),
/// and each input error an <error type="input-error">. A file may hold several. Counts follow
/// JUnit's meaning: `tests` counts testcases, `errors` those with an input error, `failures` the
/// others with a discrepancy.
#include <ostream>

#include "report/discrepancy.hpp"

namespace claimcheck {

/// Writes the XML document (UTF-8, 2-space indent, trailing newline). Text is escaped for XML;
/// invalid UTF-8 and the control characters XML forbids become U+FFFD. Call sort_report first:
/// failures follow the report's order.
void write_junit_report(report const& r, std::ostream& out);

}  // namespace claimcheck
