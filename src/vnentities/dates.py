"""Dates: spans found with patterns, valued in ISO 8601 with dateparser.

Writes ``doc.spans["vne_dates"]`` (label ``DATE``, ``kb_id_`` the ISO value, empty when
it cannot be resolved) and sets ``doc._.doc_date`` from the dateline when it is unset.
Weekdays follow the guide: the closest such day on or before ``doc_date``, unless a cue
just before them (``next``, ``will``) points ahead.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, insort
from collections.abc import Iterator
from functools import lru_cache
from zoneinfo import ZoneInfo

import dateparser
from spacy.language import Language
from spacy.tokens import Doc

from .resources import read_json
from .text import SpanData, View

DATES_KEY = "vne_dates"
VOCAB = read_json("dates.json")


def _alternation(words) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


def _cased(words) -> list[str]:
    """Names in title case and in capitals (a dateline's ``THURSDAY 7 MARCH 2019``)."""
    return [cased for word in words for cased in (word.title(), word.upper())]


# Where each pattern's matches may start (see ``_starts``): at a number, at a name (a month's, a weekday's,
# ``next`` …) or at either.
DIGITS_FIRST, NAMES_FIRST, EITHER_FIRST = "digits", "names", "either"
FIRST: dict[str, str] = {}  # a pattern's source → where its matches may start


def _pattern(pattern: str, first: str = EITHER_FIRST) -> re.Pattern:
    """A date pattern, compiled: no date starts inside a number (``25 January`` is not in ``2025 January``);
    ``first`` tells where its matches may start."""
    compiled = re.compile(rf"(?<!\d){pattern}")
    FIRST[compiled.pattern] = first
    return compiled


_ABBREVIATIONS = [m for m in VOCAB["months"] if any(o != m and o.startswith(m) for o in VOCAB["months"])]
_MONTH = (
    rf"(?:(?:{_alternation(_cased(m for m in VOCAB['months'] if m not in _ABBREVIATIONS))})"
    rf"|(?:{_alternation(m.title() for m in _ABBREVIATIONS)})\.?(?!\w))"
)
_WEEKDAY = rf"(?:{_alternation(_cased(VOCAB['weekdays']))})"
# Before a full date, a weekday cut short too: ``Tue 02nd November 2021``
_WEEKDAY_LEAD = rf"(?:{_WEEKDAY}|(?:{_alternation(w.title() for w in VOCAB['weekday_abbreviations'])})\.?)"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_YEAR = r"(?:1[89]|20)\d\d"
_DASH = r"\s*[-–]\s*"
_COMMA = r"(?:,\s*|\s+)"  # before a year: a comma, its space sometimes lost (``December 2,1975``), or a space
_RANGE = rf"(?:{_DASH}|\s+to\s+)"  # between the two ends of a range
_TO = rf"{_RANGE}(?={_DAY}(?![\d,.]\d))"  # ``26-27``, ``22 to 26``
# A clock time (``16:20``, ``9h30``, ``10:30 a.m.``): not ``19:48\n\nPM Chinh``, nor the period ending ``am.``
_TIME = r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[^\S\n]*[AaPp](?:\.[Mm]\.?|[Mm])(?![A-Za-z]))?"
_ZONE_NAME = rf"(?:{_alternation(VOCAB['zones'])})(?!\w)"  # ``PT``: an offset by the day's zone rules
# ``GMT+7``, ``(GMT+7)``, ``[GMT+7]``, a zone's name, or an ISO offset (``16:20:20+07:00``)
_ZONE = rf"(?:[(\[]?(?:GMT|UTC)\s*[+-]\s*\d{{1,2}}(?::?\d{{2}})?[)\]]?|{_ZONE_NAME}|[+-]\d{{2}}:\d{{2}}(?!\d))"
_CLOCK = rf"(?P<time>(?:\s*[-–,|/]?\s*){_TIME}(?:\s*{_ZONE})?)?"
# Before a byline's numeric date: a weekday, then a time on its line, either or both (``Sunday- 08:48,
# 14/12/2025``, ``08:36 | 08/01/2018``)
_BYLINE_LEAD = rf"(?:{_WEEKDAY}(?:\s*[-–,]\s*|\s+))?(?:(?P<lead>{_TIME})(?:[^\S\n]*[,|][^\S\n]*|[^\S\n]+))?"
_SIDE = rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})"
_BETWEEN = r"(?<=[Bb]etween\s)"  # a range whose ends ``and`` joins: ``between September 14 and 18``
# A range of months' year if any (``2022``, ``this year``), then no day (not ``January to September 5``)
_MONTHS_YEAR = rf"(?:{_COMMA}(?P<year>{_YEAR})|\s+(?P<offset>this|next|last)\s+year)?"
_NO_DAY = r"(?![\w\d])(?!\s+\d{1,2}(?!\d))"
_QUARTER = rf"(?:{_alternation({*VOCAB['quarters'], *map(str.title, VOCAB['quarters'])})})"

# An hour of the day: ``2pm``, ``2.30 p.m.``, ``14:00``.
_HOUR = r"(?:\d{1,2}(?:[:.h]\d{2})?[^\S\n]*[AaPp](?:[Mm]|\.[Mm]\.)(?![A-Za-z])|\d{1,2}[:h]\d{2})"
PATTERNS = [
    ("day_hours", _pattern(  # ``December 9 from 2pm to 6pm``: one day's opening hours
        rf"(?P<date>{_SIDE}(?:{_COMMA}(?P<year>{_YEAR}))?)\s+from\s+(?P<first>{_HOUR})"
        rf"(?:{_DASH}|\s+(?:to|until|till)\s+)(?P<last>{_HOUR})(?![\w\d])")),
    ("day_hours", _pattern(  # ``7:30pm to 11:00pm on September 2``: the hours before the day
        rf"(?P<first>{_HOUR})(?:{_DASH}|\s+(?:to|until|till)\s+)(?P<last>{_HOUR})\s+on\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?P<date>{_SIDE}(?:{_COMMA}(?P<year>{_YEAR}))?)(?![\w\d])", DIGITS_FIRST)),
    ("time_on_day", _pattern(  # ``23:00 on December 31``, ``10:30 am on 5 May 2024``, ``9pm on May 4``
        rf"(?P<time>(?:{_TIME}|{_HOUR})(?:\s*{_ZONE})?)\s+on\s+(?:{_WEEKDAY},?\s+)?"
        rf"(?P<date>(?:{_MONTH}\s+{_DAY}|{_DAY}\s+{_MONTH})(?:{_COMMA}(?P<year>{_YEAR}))?)(?![\w\d])",
        DIGITS_FIRST)),
    ("time_on_day", _pattern(  # ``March 28 at 10:30``, ``Mar 28th, 2017 at 4:20 pm``: the day, then its time
        rf"(?P<date>(?:{_SIDE})(?:{_COMMA}(?P<year>{_YEAR}))?)\s+at\s+(?P<time>(?:{_TIME}|{_HOUR})(?:\s*{_ZONE})?)"
        rf"(?![\w\d])")),
    ("time_on_weekday", _pattern(  # ``2:15 p.m. on Friday``, ``7 p.m. Tuesday``: the day as a weekday alone
        rf"(?P<date>(?P<time>{_TIME}|{_HOUR})\s+(?:on\s+)?(?P<day>{_WEEKDAY}))\b", DIGITS_FIRST)),
    ("months_range", _pattern(  # ``May 30 to June 1``, ``30 May - 1 June 2025``
        rf"(?P<date>(?P<first>{_SIDE}){_RANGE}(?P<last>{_SIDE})(?:{_COMMA}(?P<year>{_YEAR}))?)(?![\w\d])")),
    ("dates_range", _pattern(  # ``June 24, 1967 – June 24, 2022``, ``March 1, 2025, until December 31, 2025``
        rf"(?P<date>(?P<first>{_SIDE}{_COMMA}{_YEAR})(?:{_RANGE}|,?\s+until\s+)(?P<last>{_SIDE}{_COMMA}{_YEAR}))"
        rf"(?![\w\d])")),
    ("month_range", _pattern(  # ``January-September``, ``January to September 2022``, ``… this year``, no day
        rf"(?P<date>(?P<first>{_MONTH}){_RANGE}(?P<last>{_MONTH}){_MONTHS_YEAR}){_NO_DAY}", NAMES_FIRST)),
    ("month_range", _pattern(  # ``between April and June``
        rf"{_BETWEEN}(?P<date>(?P<first>{_MONTH})\s+and\s+(?P<last>{_MONTH}){_MONTHS_YEAR}){_NO_DAY}",
        NAMES_FIRST)),
    ("between_days", _pattern(  # ``between September 14 and 18``, ``between May 30 and June 2, 2025``
        rf"{_BETWEEN}(?P<date>(?P<first>{_SIDE})\s+and\s+(?P<last>{_SIDE}|{_DAY})(?:{_COMMA}(?P<year>{_YEAR}))?)"
        rf"(?![\w\d])")),
    ("quarter", _pattern(  # ``third quarter of 2023``, ``first quarter of this year``, ``third-quarter 2025``
        rf"(?P<date>(?P<quarter>{_QUARTER})[\s-]quarter\s+(?:of\s+)?"
        rf"(?:(?P<year>{_YEAR})|(?P<offset>this|next|last)\s+year))"
        rf"(?![\w\d])")),
    ("day_to_year", _pattern(  # ``January 6, 1946–2026``: an anniversary's span
        rf"(?P<date>(?P<first>{_SIDE}{_COMMA}{_YEAR}){_RANGE}(?P<last>{_YEAR}))(?![\w\d/-])")),
    ("month_year_range", _pattern(  # ``2018 to December 2020``, ``December 2019 - March 2020``
        rf"(?<![\w$.,])(?P<date>(?P<first>(?:{_MONTH}{_COMMA})?{_YEAR}){_RANGE}"
        rf"(?P<last>(?:{_MONTH}{_COMMA})?{_YEAR}))(?![\w\d/-])")),
    ("month_year_range", _pattern(  # ``between March 2013 and December 2014``
        rf"{_BETWEEN}(?P<date>(?P<first>{_MONTH}{_COMMA}{_YEAR})\s+and\s+(?P<last>(?:{_MONTH}{_COMMA})?{_YEAR}))"
        rf"(?![\w\d/-])")),
    ("day", _pattern(  # last: ``May, 24/2019`` (VNS datelines), ``July, 04 2025`` (the MPS's)
        rf"(?:{_WEEKDAY_LEAD},?\s+)?(?P<date>(?:{_MONTH}\s+{_DAY}(?P<to1>{_TO}{_DAY})?"
        rf"|{_DAY}(?P<to2>{_TO}{_DAY})?\s+{_MONTH}){_COMMA}{_YEAR}"
        rf"|{_MONTH},\s*\d{{1,2}}(?:/|\s+){_YEAR}){_CLOCK}(?!\d)")),
    ("numeric", _pattern(  # ``20/05/2017 10:12``, ``15-03-2024 | 14:49:36``, ``15.03.2024``: day first; the
        # time first too (``13:18, 13/03/2024``), after a weekday or not
        rf"{_BYLINE_LEAD}(?P<date>\d{{1,2}}(?P<dsep>[/.-])\d{{1,2}}(?P=dsep){_YEAR})"
        rf"(?(lead)|{_CLOCK})(?!\d|[.-]\d)")),
    ("year_first", _pattern(  # ``2024/04/02``, bylines with the time first (``22:19, 2024/04/02``) or after
        # a weekday (``Wednesday, 2022-06-22 08:00:27``)
        rf"{_BYLINE_LEAD}(?P<date>{_YEAR}(?P<sep>[/-])\d{{1,2}}(?P=sep)\d{{1,2}})"
        rf"(?(lead)|{_CLOCK})(?!\d)")),
    ("month_day", _pattern(  # its weekday before it too: ``on Monday, August 5``; its year's offset after it:
        # ``April 9 last year``; a comma before an ordinal day: ``March, 3rd``
        rf"(?:{_WEEKDAY_LEAD},?\s+)?(?P<date>{_MONTH}(?:\s+|,\s*(?=\d+(?:st|nd|rd|th)))"
        rf"{_DAY}(?P<to1>{_TO}{_DAY})?|{_DAY}(?P<to2>{_TO}{_DAY})?"
        rf"\s+{_MONTH})(?![\w\d])(?:\s+(?P<offset>last|this|next)\s+year\b)?")),
    ("month_year", _pattern(rf"(?P<date>{_MONTH}{_COMMA}{_YEAR})(?!\d)", NAMES_FIRST)),
    ("year_range", _pattern(  # ``2020–24`` too, and ``between 2020 and 2025``
        rf"(?P<date>{_YEAR}{_RANGE}(?:{_YEAR}|\d\d)|{_BETWEEN}{_YEAR}\s+and\s+{_YEAR})(?![\d/-])",
        DIGITS_FIRST)),
    ("decade", _pattern(  # ``the 1990s`` → ``1990/1999``
        r"(?<![\w$.,])(?P<date>(?:1[89]|20)\d0s)(?!\w)", DIGITS_FIRST)),
    ("year", _pattern(rf"(?<![\w$.,])(?P<date>{_YEAR})(?![\w%]|[.,]\d)", DIGITS_FIRST)),
    ("weekday", _pattern(  # ``next Tuesday``, ``Wednesday to Thursday``
        rf"(?P<date>(?:(?P<offset>[Nn]ext|[Ll]ast)\s+)?(?P<day>{_WEEKDAY})(?:{_RANGE}(?P<last>{_WEEKDAY}))?)\b",
        NAMES_FIRST)),
    ("month", _pattern(
        rf"(?P<date>(?:(?:[Nn]ext|[Ll]ast|[Tt]his)\s+)?{_MONTH}(?P<year>\s+(?:next|last|this)\s+year)?)(?![\w\d])",
        NAMES_FIRST)),
]
# Searched on its own; the look-ahead for a first letter only lets the search skip ahead. After ``the`` a
# phrase is a stretch of time, no date: ``over the last year``, ``in the next month``.
RELATIVE = re.compile(
    rf"(?=[{''.join(sorted({p[0] for p in VOCAB['relative']}))}])"
    rf"(?<!\bthe\s)\b(?P<date>{_alternation(VOCAB['relative'])})\b",
    re.IGNORECASE,
)
# Every match of PATTERNS starts at the first digit of a number, at a month or weekday name (all begin with
# one of these three letters, in title case or capitals), at ``next``, ``last``, ``this`` (or capitalised) or at
# a quarter's ordinal: only those places are tried.
DIGITS = re.compile(r"\d+")
NAME_STARTS = tuple(
    sorted(set(_cased(name[:3] for name in (*VOCAB["months"], *VOCAB["weekdays"])))
           | {"next", "last", "this", "Next", "Last", "This"}
           | {w for word in VOCAB["quarters"] if not word[0].isdigit() for w in (word, word.title())})
)
CALENDAR_WORDS = frozenset((*VOCAB["months"], *VOCAB["weekdays"]))
MONTH_CUES = frozenset(VOCAB["month_cues"])
AHEAD = re.compile(rf"\b(?:{_alternation(VOCAB['ahead_cues'])})\b", re.IGNORECASE)
# After a weekday that opens its sentence: ``[and Wednesday], they will …``, with no reporting verb before
# the future verb.
AHEAD_CLAUSE = re.compile(
    rf"(?:\s+and\s+{_WEEKDAY})?\s*,\s*(?:(?!(?:{_alternation(VOCAB['reporting_verbs'])})\b)\w+\s+){{1,3}}?"
    rf"(?:{_alternation(VOCAB['ahead_verbs'])})\b"
)
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
YEAR_TURN = dt.timedelta(days=VOCAB["year_turn_days"])
SETTINGS = {"PREFER_DAY_OF_MONTH": "first"}  # keeps a written offset, adds none
ZONE_AT_END = re.compile(rf"\s+(?P<zone>{_ZONE_NAME})\s*$")


def is_calendar_word(word: str) -> bool:
    """A month or weekday name, in any case, abbreviations with or without their period (``Oct.``)."""
    return word.lower().rstrip(".") in CALENDAR_WORDS


@lru_cache(maxsize=4096)
def parse(text: str, base: dt.date | None, order: str = "MDY") -> dt.datetime | None:
    """dateparser's reading of ``text``, relative to ``base``; cached by its arguments."""
    settings = dict(SETTINGS, DATE_ORDER=order)
    if base:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    clean = re.sub(r"\s+", " ", re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text))
    clean = re.sub(rf"(?<![/\d])(\d{{1,2}})/({_YEAR})\b", r"\1 \2", clean)  # ``May, 24/2019``
    clean = re.sub(r"\b(GMT|UTC)\s+([+-])\s*", r"\1\2", clean)  # ``GMT +7``
    zone = ZONE_AT_END.search(clean)
    if zone:
        clean = clean[: zone.start()]
    parsed = dateparser.parse(clean, languages=["en"], settings=settings)
    if parsed is None and ("(" in clean or "[" in clean):
        parsed = dateparser.parse(re.sub(r"[()\[\]]", "", clean), languages=["en"], settings=settings)
    if parsed is not None and zone:
        parsed = parsed.replace(tzinfo=ZoneInfo(VOCAB["zones"][zone.group("zone")]))
    return parsed


def moment(value: dt.datetime, with_seconds: bool) -> str:
    """``2023-03-30T08:09+07:00``: minutes unless seconds are given, offset when known."""
    text = value.strftime("%Y-%m-%dT%H:%M:%S" if with_seconds else "%Y-%m-%dT%H:%M")
    offset = value.utcoffset()
    if offset is not None:
        minutes = int(offset.total_seconds() // 60)
        sign = "+" if minutes >= 0 else "-"
        text += f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
    return text


def shift(base: dt.date, unit: str, offset: int) -> str:
    """``base`` moved by ``offset`` days, months or years, at that precision."""
    if unit == "day":
        return (base + dt.timedelta(days=offset)).isoformat()
    if unit == "month":
        months = base.year * 12 + base.month - 1 + offset
        return f"{months // 12:04d}-{months % 12 + 1:02d}"
    return f"{base.year + offset:04d}"


def _starts(text: str) -> dict[str, list[int]]:
    """The sorted places where a match of PATTERNS may start: at numbers, at names, at either."""
    digits = [m.start() for m in DIGITS.finditer(text)]
    names = []
    for word in NAME_STARTS:
        i = text.find(word)
        while i >= 0:
            names.append(i)
            i = text.find(word, i + 1)
    names.sort()
    return {DIGITS_FIRST: digits, NAMES_FIRST: names, EITHER_FIRST: sorted(digits + names)}


def _near(day: dt.datetime, base: dt.date | None) -> dt.datetime:
    """A day written without its year (read in ``base``'s year), moved to the year before or after when it
    lies more than ``YEAR_TURN`` after or before ``base``: ``January 14`` written on 29 December is next
    January's."""
    if base is None or abs(day.date() - base) <= YEAR_TURN:
        return day
    try:
        return day.replace(year=day.year - 1 if day.date() > base else day.year + 1)
    except ValueError:  # 29 February
        return day


def _in_year(day: dt.datetime, offset: str | None, base: dt.date | None) -> dt.datetime:
    """A day written without its year: in the year ``offset`` (``last``, ``this``, ``next``) gives from
    ``base``'s, else near ``base`` (see ``_near``)."""
    if offset is None or base is None:
        return _near(day, base)
    try:
        return day.replace(year=base.year + YEAR_OFFSETS[offset])
    except ValueError:  # 29 February
        return day


def _on_or_after(day: dt.datetime, first: dt.datetime) -> dt.datetime:
    """``day``'s month and day in the first year from ``first``'s that puts it on or after ``first``."""
    for year in (first.year, first.year + 1):
        try:
            moved = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if moved >= first:
            return moved
    return day


def _on_day(first: dt.datetime, day: str) -> dt.datetime | None:
    """``first`` on the day of its month written in ``day`` (``27``, ``27th``); None if there is no such day."""
    try:
        return first.replace(day=int(re.sub(r"\D", "", day)))
    except ValueError:
        return None


def _matches(pattern: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """``pattern.finditer(text)``, given every place where a match may start."""
    end = 0
    for start in starts:
        if start >= end and (m := pattern.match(text, start)):
            end = m.end()
            yield m


class DateTagger:
    """Find date expressions and value them against the document date."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        view = View.of(doc)
        text = view.text
        found = self._find(text)
        if doc._.doc_date is None:
            doc._.doc_date = self._first_day(found)
        base = dt.date.fromisoformat(doc._.doc_date) if doc._.doc_date else None
        spans, anchor = [], base
        for kind, m in found:
            start, end = m.span()
            if kind in ("month", "relative", "weekday", "year") and m.start() != m.start("date"):
                start = m.start("date")
            value, anchor = self._value(text, kind, m, base, anchor)
            span = view.char_span(start, end)
            if span is not None and view.starts[span[0]] == start:  # not from inside a word: ``onJanuary 9``
                spans.append(SpanData(*span, "DATE", value or ""))
        view.write(doc, DATES_KEY, spans)
        return doc

    def dateline(self, text: str) -> str | None:
        """The first full date in ``text`` (ISO): the document date when none is given."""
        return self._first_day(self._find(text))

    def _first_day(self, found: list[tuple[str, re.Match]]) -> str | None:
        return next((self._absolute(m, kind, None)[:10] for kind, m in found if kind == "day"), None)

    @staticmethod
    def _find(text: str) -> list[tuple[str, re.Match]]:
        """Non-overlapping matches, earlier patterns (more specific) first."""
        taken: list[tuple[int, int]] = []  # sorted and disjoint
        found = []
        starts = _starts(text)
        for kind, pattern in (*PATTERNS, ("relative", RELATIVE)):
            tried = starts[FIRST[pattern.pattern]] if pattern is not RELATIVE else None
            for m in pattern.finditer(text) if tried is None else _matches(pattern, text, tried):
                start, end = m.span()
                i = bisect_left(taken, (end,))
                if i and taken[i - 1][1] > start:
                    continue
                if kind == "month" and not DateTagger._month_cued(text, m):
                    continue
                if kind == "relative" and DateTagger._in_name(text, m):
                    continue
                insort(taken, (start, end))
                found.append((kind, m))
        return sorted(found, key=lambda item: item[1].start())

    @staticmethod
    def _in_name(text: str, m: re.Match) -> bool:
        """A capitalised relative day inside a sentence is a word of a name: ``Advancement for Tomorrow``."""
        if not m.group("date")[:1].isupper():
            return False
        before = text[max(0, m.start() - 8) : m.start()].rstrip(" \t\u00a0\"'“‘(")
        return bool(before) and before[-1] not in ".!?:\n"

    @staticmethod
    def _month_cued(text: str, m: re.Match) -> bool:
        """A bare month (``May``) counts only after a cue such as ``in`` or ``since``."""
        if m.group("year") or m.group("date").split()[0].lower() in YEAR_OFFSETS:
            return True
        before = text[max(0, m.start() - 12) : m.start()].split()
        return bool(before) and before[-1].lower().rstrip("-") in MONTH_CUES

    def _absolute(self, m: re.Match, kind: str, base: dt.date | None) -> str | None:
        order = {"numeric": "DMY", "year_first": "YMD"}.get(kind, "MDY")
        groups = m.groupdict()
        time = groups.get("time") or groups.get("lead")  # a time after the date, or before it
        text = f"{m.group('date')} {time or ''}" if "time" in groups else m.group("date")
        if kind in ("day", "month_day") and (m.group("to1") or m.group("to2")):
            return self._day_range(m, kind, base)
        parsed = parse(text, base, order)
        if parsed is None:
            return None
        if kind in ("month_day", "time_on_day") and not groups.get("year"):
            parsed = _in_year(parsed, groups.get("offset"), base)
        if kind == "month_year":
            return parsed.strftime("%Y-%m")
        if time:
            return moment(parsed, with_seconds=time.count(":") > 1)
        return parsed.date().isoformat()

    @staticmethod
    def _months_range(m: re.Match, base: dt.date | None) -> str | None:
        """``May 30 to June 1`` → ``2025-05-30/2025-06-01``; ``between September 14 and 18`` and ``June 24,
        1967 – June 24, 2022`` too (a year after the range, if any, is both ends'; with none written, the
        range is in the year nearest ``base``)."""
        year = f" {m.group('year')}" if m.groupdict().get("year") else ""
        first = parse(m.group("first") + year, base)
        if first is None:
            return None
        if re.fullmatch(_DAY, m.group("last")):  # ``between September 14 and 18(th)``: the first end's month
            last = _on_day(first, m.group("last"))
        else:
            last = parse(m.group("last") + year, base)
        if not year and not re.search(_YEAR, m.group("first")) and last:  # ``December 30 to January 2``
            first = _near(first, base)
            last = _on_or_after(last, first)
        return f"{first.date().isoformat()}/{last.date().isoformat()}" if last else None

    @staticmethod
    def _year_or_month(side: str) -> str:
        """``2018`` → ``2018``, ``December 2020`` → ``2020-12``."""
        *month, year = side.replace(",", " ").split()
        return f"{year}-{VOCAB['months'][month[0].lower().rstrip('.')]:02d}" if month else year

    @staticmethod
    def _month_range(m: re.Match, base: dt.date | None) -> str:
        """``January-September`` → ``2022-01/2022-09``: in the year written after it, else in ``base``'s (the
        one before or after it after ``last year``, ``next year``); a range over the new year
        (``November-February``) starts in the year before."""
        first, last = (VOCAB["months"][m.group(end).lower().rstrip(".")] for end in ("first", "last"))
        year = int(m.group("year")) if m.group("year") else base.year + YEAR_OFFSETS.get(m.group("offset"), 0)
        return f"{year - (first > last):04d}-{first:02d}/{year:04d}-{last:02d}"

    @staticmethod
    def _hours_range(m: re.Match, base: dt.date | None) -> str | None:
        """``December 9 from 2pm to 6pm`` → ``2022-12-09T14:00/2022-12-09T18:00``."""
        first, last = (parse(f"{m.group('date')} {m.group(end)}", base) for end in ("first", "last"))
        if first is None or last is None:
            return None
        return f"{moment(first, with_seconds=False)}/{moment(last, with_seconds=False)}"

    @staticmethod
    def _day_range(m: re.Match, kind: str, base: dt.date | None) -> str | None:
        """``May 26-27`` → ``2023-05-26/2023-05-27``."""
        date = m.group("date")
        tail = m.group("to1") or m.group("to2")
        last_day = tail.strip(" -–\u00a0")
        first = parse(date.replace(tail, ""), base)
        if first is None:
            return None
        if kind == "month_day":
            first = _in_year(first, m.group("offset"), base)
        last = _on_day(first, last_day)
        return f"{first.date().isoformat()}/{last.date().isoformat()}" if last else None

    def _value(
        self, text: str, kind: str, m: re.Match, base: dt.date | None, anchor: dt.date | None
    ) -> tuple[str | None, dt.date | None]:
        """The ISO value of a match, and the story anchor after it."""
        phrase = m.group("date")
        if kind == "year":
            return phrase, anchor
        if kind == "decade":
            return f"{phrase[:4]}/{int(phrase[:4]) + 9}", anchor
        if kind == "year_range":
            first, last = re.findall(r"\d+", phrase)
            last = first[:2] + last if len(last) == 2 else last
            return (f"{first}/{last}" if last >= first else None), anchor
        dated = kind == "time_on_day" and m.group("year")
        if kind in ("day", "numeric", "year_first", "month_year") or dated:
            return self._absolute(m, kind, base), anchor
        if kind == "dates_range":
            return self._months_range(m, base), anchor
        if kind == "month_year_range":
            first, last = (self._year_or_month(m.group(end)) for end in ("first", "last"))
            return (f"{first}/{last}" if last >= first else None), anchor  # ``2025-2025`` (a typo) as written
        if kind == "day_to_year":
            first = parse(m.group("first"), base)
            return (f"{first.date().isoformat()}/{m.group('last')}" if first else None), anchor
        if kind == "quarter" and (base or m.group("year")):
            year = int(m.group("year")) if m.group("year") else base.year + YEAR_OFFSETS[m.group("offset")]
            last = 3 * VOCAB["quarters"][m.group("quarter").lower()]
            return f"{year:04d}-{last - 2:02d}/{year:04d}-{last:02d}", anchor
        if kind == "month_range" and (base or m.group("year")):
            return self._month_range(m, base), anchor
        if kind in ("months_range", "between_days") and (base or m.group("year")):
            return self._months_range(m, base), anchor
        if kind == "day_hours" and (base or m.group("year")):
            return self._hours_range(m, base), anchor
        if base is None:
            return None, anchor
        if kind in ("month_day", "time_on_day"):
            return self._absolute(m, kind, base), anchor
        if kind == "month":
            return self._month(m, base), anchor
        if kind == "time_on_weekday":
            day = self._weekday(text, m, base)
            parsed = parse(f"{day.isoformat()} {m.group('time')}", base)
            return (moment(parsed, with_seconds=False) if parsed else None), day
        if kind == "weekday":
            day = self._weekday(text, m, base)
            if m.group("last"):  # ``from Wednesday to Thursday``: the first day and the next such last day
                last = day + dt.timedelta(days=(VOCAB["weekdays"][m.group("last").lower()] - day.weekday()) % 7)
                return f"{day.isoformat()}/{last.isoformat()}", day
            return day.isoformat(), day
        rule = VOCAB["relative"][re.sub(r"\s+", " ", phrase.lower())]
        origin = anchor if rule.get("anchor") and anchor else base
        value = shift(origin, rule["unit"], rule["offset"])
        return value, dt.date.fromisoformat(value) if rule["unit"] == "day" else anchor

    @staticmethod
    def _month(m: re.Match, base: dt.date) -> str:
        """``May``, ``next May`` (after ``base``), ``October this year`` (in the year of ``base``)."""
        words = m.group("date").split()
        if m.group("year"):
            month = VOCAB["months"][words[0].lower().rstrip(".")]
            return f"{base.year + YEAR_OFFSETS[words[-2].lower()]:04d}-{month:02d}"
        month = VOCAB["months"][words[-1].lower().rstrip(".")]
        year = base.year
        if words[0].lower() == "next" and month <= base.month:
            year += 1
        elif words[0].lower() == "last" and month >= base.month:
            year -= 1
        return f"{year:04d}-{month:02d}"

    @staticmethod
    def _weekday(text: str, m: re.Match, base: dt.date) -> dt.date:
        """The day the weekday of ``m`` (its ``day`` group, after an ``offset`` if any) names: the closest such
        day on or before ``base``, on or after it where the text points ahead (``will … on Tuesday``),
        strictly after it after ``next`` and strictly before it after ``last``."""
        target = VOCAB["weekdays"][m.group("day").lower()]
        start = m.start("offset") if m.groupdict().get("offset") else m.start("day")
        sentence_start = max(text.rfind(c, 0, m.start()) for c in ".!?\n") + 1  # not in ``p.m.`` before it
        before = text[sentence_start:start].split()
        fronted = all(word in ("On", "and") or is_calendar_word(word) for word in before)  # ``On Tuesday, …``
        offset = (m.groupdict().get("offset") or "").lower()
        ahead = AHEAD.search(" ".join(before[-12:])) or (fronted and AHEAD_CLAUSE.match(text, m.end()))
        if offset == "next":
            return base + dt.timedelta(days=(target - base.weekday() - 1) % 7 + 1)
        if ahead and offset != "last":
            return base + dt.timedelta(days=(target - base.weekday()) % 7)
        if offset == "last":
            return base - dt.timedelta(days=(base.weekday() - target - 1) % 7 + 1)
        return base - dt.timedelta(days=(base.weekday() - target) % 7)


@Language.factory("vnentities_dates", assigns=["doc.spans", "doc._.doc_date"])
def make_dates(nlp: Language, name: str) -> DateTagger:
    """Factory of the dates component."""
    return DateTagger(nlp, name)
