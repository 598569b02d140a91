"""Dates, date ranges, times and months as Vietnamese reports write them.

    >>> [d.value for d in find_dates("từ ngày 1/7/2025 đến ngày 10/7/2025")]
    ['2025-07-01/2025-07-10']
    >>> find_dates("ngày 16 tháng 5 năm 2024")[0].value
    '2024-05-16'

Forms read: ``dd/mm/yyyy`` (also with ``-`` or ``.``), ``dd/mm`` (year from the ``year`` argument
or from the end of a range), ``dd.mm`` and ``dd-mm`` where the context makes them a date (a cue
word such as "ngày", "sáng", or a date range), day lists ``12,13/03/2021``, day ranges
``12-15/7``, worded ``ngày 16 tháng 5 năm 2024``, months ``tháng 4/2023``, ranges of months
``10/2024 - 6/2025`` (each end a month, "tháng" or not), times ``07h30``,
``7 giờ 30``, ``19:30``.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from dataclasses import dataclass
from functools import cache

import regex

from reportextract.numbers._memo import LastTexts
from reportextract.numbers._nfc import spans_back, to_nfc
from reportextract.numbers.lexicon import (
    alternation,
    count_nouns,
    date_cues,
    duration_cues,
    fixed_expressions,
    scales,
    units,
)

__all__ = ["DateMention", "find_dates"]


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date, date range, time or month written in the text.

    ``value`` is ISO ("2023-08-11", "2025-07-01/2025-07-10", "07:30", "2023-04"), or ``None``
    when the year is unknown. ``year_inferred`` is true when the year came from the ``year``
    argument or from the end of a range rather than from the mention itself.
    """

    start: int
    end: int
    text: str
    kind: str
    value: str | None
    year_inferred: bool


_D = r"(?:0?[1-9]|[12][0-9]|3[01])"
_M = r"(?:0?[1-9]|1[0-2])"
_Y = r"(?:19|20)[0-9]{2}"
_H = r"(?:[01]?[0-9]|2[0-3])"
_MI = r"[0-5][0-9]"
_LB = r"(?<![0-9\w.,/:\-])"  # nothing number-like or word-like glued before
_RB = r"(?![0-9\w]|[/.,:\-][0-9])"  # nor after


@cache
def _alternatives() -> dict[str, str]:
    """The alternatives of the date pattern by name, in the order they are tried."""
    return {
        "worded": (
            rf"(?P<worded>ngày\s+(?P<wd>{_D})\s+tháng\s+(?P<wm>{_M})"
            rf"(?:\s*(?:năm|,)\s*(?P<wy>{_Y}))?){_RB}"
        ),
        # a range of months, each "M/YYYY" with or without "tháng" ("(10/2024 - 11/2026)",
        # "tháng 10/2024 - 6/2025"): two months, never figures (spec §2.1); a lone "M/YYYY" is
        # left alone (it may be an issue number, "Số 11/2025")
        "monthrange": (
            rf"{_LB}(?P<monthrange>(?P<qa>(?:tháng\s+)?(?P<qm1>{_M})/(?P<qy1>{_Y}))"
            rf"\s*(?:[-–—]|đến|tới)\s*(?P<qb>(?:tháng\s+)?(?P<qm2>{_M})/(?P<qy2>{_Y}))){_RB}"
        ),
        "month": rf"(?P<month>tháng\s+(?P<mm>{_M})(?:\s*(?:năm\s+|/|-|\.)\s*(?P<my>{_Y}))?){_RB}",
        "daylist": (
            rf"{_LB}(?P<daylist>(?P<l1>{_D})(?:\s*,\s*|\s+và\s+)(?P<l2>{_D})"
            rf"(?:(?:\s*,\s*|\s+và\s+)(?P<l3>{_D}))?/(?P<lm>{_M})(?:/(?P<ly>{_Y}))?){_RB}"
        ),
        "dayrange": (
            rf"{_LB}(?P<dayrange>(?P<r1>{_D})\s*[-–]\s*(?P<r2>{_D})/(?P<rm>{_M})(?:/(?P<ry>{_Y}))?){_RB}"
        ),
        "full": rf"{_LB}(?P<full>(?P<fd>{_D})(?P<fs>[/.\-])(?P<fm>{_M})(?P=fs)(?P<fy>{_Y})){_RB}",
        "dm": rf"{_LB}(?P<dm>(?P<d>{_D})(?P<ds>[/.\-])(?P<m>{_M})){_RB}",
        "time": rf"{_LB}(?P<time>(?P<h>{_H})\s*(?:h|g|:)\s*(?P<mi>{_MI})(?:\s*phút|')?){_RB}",
        "timeh": rf"{_LB}(?P<timeh>(?P<hh>{_H})h)(?!\w|[0-9])",
        "timew": rf"{_LB}(?P<timew>(?P<th>{_H})\s+giờ(?:\s+(?P<tmi>{_MI}|[0-9])(?:\s+phút)?)?)(?!\w)",
    }


#: the alternatives that can match at a place, by what opens it: a date word, or the character
#: right after a day or hour (" " for any space); they keep the order of ``_alternatives``, so the
#: first that matches is the one the whole pattern would match
_OPENERS = {
    "ngày": ("worded",),
    "tháng": ("monthrange", "month"),
    "/": ("full", "dm"),
    "/Y": ("monthrange",),
    ".": ("full", "dm"),
    "-": ("dayrange", "full", "dm"),
    "–": ("dayrange",),
    ",": ("daylist",),
    "h": ("time", "timeh"),
    "H": ("time", "timeh"),
    "g": ("time",),
    "G": ("time",),
    ":": ("time",),
    " ": ("daylist", "dayrange", "time", "timew"),
}


@cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    """The date pattern cut by opener (``_OPENERS``): a smaller alternation is tried faster."""
    alts = _alternatives()
    return {
        opener: regex.compile("|".join(alts[name] for name in names), regex.IGNORECASE)
        for opener, names in _OPENERS.items()
    }


@cache
def _cue_before() -> regex.Pattern[str]:
    return regex.compile(rf"(?<!\w)({alternation(tuple(date_cues()))})\s+$", regex.IGNORECASE)


@cache
def _time_cue_before() -> regex.Pattern[str]:
    return regex.compile(r"(?<!\w)(lúc|vào lúc|từ|đến|tới|khoảng|vào)\s+$", regex.IGNORECASE)


def _spaced_colon(text: str, m: regex.Match[str]) -> bool:
    """The hour and minutes of a "time" match are split by a colon with a space after it ("2: 31"):
    a clock time is written "2:31"; a space after the colon may be a label's colon before its figure
    (``list_label_before`` decides)."""
    sep = text[m.end("h") : m.start("mi")]
    return ":" in sep and sep[-1:].isspace()


#: the spaces and list marks opening a line (the number parser reads these two as ``_LINE_START_JUNK`` and
#: ``_LINE_START_MARKS``)
_LINE_OPENING = regex.compile(r"[\s*#>•·\-–+_]*")
_LIST_MARKS = "*#>•·-–+_"  # the characters of ``_LINE_OPENING`` other than spaces
#: a label's words from the start of its item (after list marks) up to its number: a capitalised
#: word, then words only (no digit, no clause break), a few at most
_LABEL_WORDS = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}]+){1,9}[ \t]+$")
#: a line the walk of ``_colon_list_before`` passes over: a list item's label, its number optional, then a
#: colon and anything ("Nhà máy Gạch 2: 40 sáng kiến", "Xưởng Cơ khí: 30 sáng kiến", "Nhà máy Gạch 5: hơn 30
#: sáng kiến"), not a clock time (``_CLOCK_AFTER``)
_LABEL_ITEM = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ \t]+[\p{L}\p{M}\d]+){0,9}[ \t]*:[ \t]*\S")
#: "N: M" then a part of the day: a clock time ("Khai mạc 7: 30 sáng", "Bế mạc 11: 00 trưa"), not a
#: label's number and its figure ("Nhà máy Gạch 3: 20 sáng kiến")
_CLOCK_AFTER = regex.compile(
    r"\d+[ \t]*:[ \t]*\d+[ \t]+(?:sáng(?![ \t]+kiến)|trưa|chiều|tối)(?![\p{L}\p{M}])", regex.IGNORECASE
)
#: how many items before it an unmarked item may look back over for the colon opening its list
_LIST_ITEMS_BACK = 30


def _colon_list_before(text: str, ls: int) -> bool:
    """Does a line ending with ":" open the list the line at ``ls`` is an item of? The lines between
    must all be items of the same shape ("Dẫn đầu:\nNhà máy Gạch 2: 40 sáng kiến.\nNhà máy Gạch 3: 20
    sáng kiến."): a line of prose ends the walk."""
    for _ in range(_LIST_ITEMS_BACK):
        end = ls
        while end > 0 and text[end - 1].isspace():
            end -= 1
        if text[end - 1 : end] == ":":
            return True
        prev = text.rfind("\n", 0, end) + 1
        if prev >= end:
            return False
        k = _LINE_OPENING.match(text, prev, end).end()
        if _LABEL_ITEM.match(text, k, end) is None or _CLOCK_AFTER.search(text, k, end) is not None:
            return False
        ls = prev
    return False


def list_label_before(text: str, s: int) -> bool:
    """Is the number at ``s`` the last word of a list item's label ("- Chi đoàn Xưởng Cơ khí 3: 24
    sáng kiến")? The item opens its line with a list mark, or follows a line ending with ":"
    ("Dẫn đầu:\nChi đoàn Tổ Lò 2: 18 sáng kiến"), maybe after other items of its shape; a capitalised
    word and a few words only lead up to the number. A sentence's "khai mạc 7: 30", "tỷ lệ 3: 2" or
    "thắng 3: 1" is no item's label."""
    if _CLOCK_AFTER.match(text, s) is not None:
        return False  # "Khai mạc 7: 30 sáng": a clock time, though a list or its colon may lead up to it
    ls = text.rfind("\n", 0, s) + 1
    k = _LINE_OPENING.match(text, ls, s).end()
    listed = any(c in _LIST_MARKS for c in text[ls:k])
    if not listed and not _colon_list_before(text, ls):
        return False  # no list mark, and no list a colon opens
    return _LABEL_WORDS.fullmatch(text, k, s) is not None


@cache
def _duration_before() -> regex.Pattern[str]:
    cues = [p for p, m in duration_cues().items() if m == "duration"]
    return regex.compile(rf"(?<!\w)({alternation(cues)})\s+$", regex.IGNORECASE)


@cache
def _noun_after() -> regex.Pattern[str]:
    words = list(count_nouns()) + list(units()) + list(scales()) + ["số", "chỉ tiêu", "dân số", "tổng số"]
    return regex.compile(rf"\s*(?:{alternation(words)})(?!\w)", regex.IGNORECASE)


_NUMBER_BEFORE = regex.compile(r"[0-9][^\S\n]+$")
_LENGTH_AFTER = regex.compile(r"[^\S\n]+(?:ngày|tuần|giờ|phút|buổi)(?!\w)", regex.IGNORECASE)
_CONNECT = regex.compile(r"\s*(?:[-–—]|đến|tới|cho đến|->)\s*(?:ngày\s+)?", regex.IGNORECASE)
_RANGE_FROM = regex.compile(r"(?<!\w)từ\s+(?:ngày\s+)?$", regex.IGNORECASE)
_TITLE_DAY = regex.compile(r"(?<!\w)Ngày(?:\s+[\p{Lu}\p{Ll}]+){1,6}\s+$")


@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # "date" | "month" | "time" | "daterange"
    day: int | None = None
    month: int | None = None
    year: int | None = None
    day2: int | None = None  # for day lists / day ranges
    sep: str = "/"
    weak: bool = False  # dm with . or - (or a bare dd/mm) that needs context
    time: str | None = None


def _valid(d: int, m: int, y: int | None) -> bool:
    if y is None:
        return 1 <= m <= 12 and 1 <= d <= (29 if m == 2 else calendar.monthrange(2001, m)[1])
    try:
        _dt.date(y, m, d)
    except ValueError:
        return False
    return True


def _cue_word(text: str, start: int) -> str | None:
    """The strength of the date cue right before ``start`` ("strong", "weak", "not"), or None."""
    m = _cue_before().search(text, max(0, start - 24), start)
    return date_cues()[" ".join(m.group(1).lower().split())] if m else None


def _cue(text: str, start: int) -> str | None:
    """The strength of the date cue right before ``start``: "strong", "weak" or None (a "not" cue,
    read by ``_accept_single``, is no cue here)."""
    cue = _cue_word(text, start)
    return None if cue == "not" else cue


_DIGIT_RUN = regex.compile(r"[0-9]+")  # (``regex`` finds these runs twice as fast as ``re``)
_DATE_WORD = regex.compile(r"(?<!\w)(?:ngày|tháng)(?!\w)", regex.IGNORECASE)
#: the date words in any case (a literal pattern is searched fast); "İ", the one character whose
#: lower case is longer, makes ``_DATE_WORD`` read them instead
_NGAY = regex.compile("ngày", regex.IGNORECASE)
_THANG = regex.compile("tháng", regex.IGNORECASE)


#: the digit runs of the last long texts: a body's are read by the document numbers and the dates
#: of the structure stage, then by the figure stage's scan of its numbers
_RUNS: LastTexts[tuple[tuple[int, int], ...]] = LastTexts()


def digit_runs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every maximal run of ASCII digits, in order."""
    runs = _RUNS.get(text)
    if runs is None:
        runs = _RUNS.put(text, None, tuple([m.span() for m in _DIGIT_RUN.finditer(text)]))
    return list(runs)


def _skip_spaces(text: str, i: int) -> int:
    """The first offset at or after ``i`` that is not a space (Python's ``isspace`` holds for every
    character of the patterns' ``\\s``, so no match can go past it on spaces)."""
    n = len(text)
    while i < n and text[i].isspace():
        i += 1
    return i


def _short_run_at(text: str, i: int) -> bool:
    """May a day, month or hour (one or two digits, no third) start at ``i``?"""
    head = text[i : i + 3]
    rest = head[1:]
    return head[:1].isdigit() and not (len(rest) == 2 and rest.isascii() and rest.isdigit())


def _digits_end(text: str, i: int) -> int:
    """The end of a day or month at ``i`` (``_short_run_at``): after its second character when that
    is an ASCII digit, else after its first."""
    return i + 2 if "0" <= text[i + 1 : i + 2] <= "9" else i + 1


def _list_goes_on(text: str, i: int) -> bool:
    """May the second day of a list ("12, 13/3", "12,13 và 14/3"), ending at ``i``, go on as the
    list pattern needs: "/" or "," right after it, or spaces and "," or "và" (a cheap necessary
    test: "2,5 nghìn" is a decimal)."""
    c = text[i : i + 1]
    if c in ("/", ","):
        return True
    return c.isspace() and text[_skip_spaces(text, i) : _skip_spaces(text, i) + 1] in (",", "v", "V")


def _day_then_space(text: str, i: int) -> bool:
    """Is the day at ``i`` (one or two ASCII digits) followed by a space, as "ngày 16 tháng 5" needs?
    (a cheap necessary test: most "ngày" before a number open "ngày 30/6/2025", which the digit
    run's own opener reads)"""
    return text[_digits_end(text, i) : _digits_end(text, i) + 1].isspace()


_AFTER_SPACE = frozenset("-–,vVgGhH:")  # the characters tested after the spaces in ``_opener``


def _opener(text: str, s: int, e: int) -> str | None:
    """What opens a date or time at the digit run ``text[s:e]`` (a key of ``_OPENERS``), or
    ``None`` when none can start there. A cheap necessary test, so that the pattern is tried at
    few places: a day or an hour has one or two digits, followed by ``/`` or ``.`` and a month
    ("12/3", "5.7"), a dash and a day or month ("12-15/7", "12 - 15/7", "5-7"), a comma and a
    day ("12,13/3", "12, 13/3"), "và" ("12 và 13/3"), "h", "g" or ":" ("7h30", "7h", "7g30",
    "19:30"), or spaces and "giờ" or "h"/"g"/":" before minutes ("7 giờ", "7 h 30")."""
    n = len(text)
    if e >= n:
        return None
    c = text[e]
    if c in "/.":
        return c if _short_run_at(text, e + 1) else None
    if c in "hHgG:":
        return c
    if c in "-–,":
        return c if _short_run_at(text, _skip_spaces(text, e + 1)) else None
    if not c.isspace():
        return None
    j = e + 1
    if j < n and text[j].isspace():
        j = _skip_spaces(text, j)
    if j >= n:
        return None
    d = text[j]
    if d not in _AFTER_SPACE:
        return None  # the common case: a word after the number
    if d in "-–,":
        return " " if _short_run_at(text, _skip_spaces(text, j + 1)) else None
    if d in "vV":
        return " " if text[j : j + 2].lower() == "và" else None
    if d in "gG" and text[j : j + 3].lower() == "giờ":
        return " "
    if d in "hHgG:":
        return " " if text[_skip_spaces(text, j + 1) : _skip_spaces(text, j + 1) + 1].isdigit() else None
    return None


#: what follows the year of an "M/YYYY" that opens a range of months: a dash or "đến"/"tới"
_MONTH_RANGE_NEXT = regex.compile(r"\s*(?:[-–—]|đến\s|tới\s)", regex.IGNORECASE)


def _month_year_range_at(text: str, i: int) -> bool:
    """Does a year ("19xx"/"20xx", four digits and no fifth) start at ``i``, right after the "/"
    of an "M/", with a range connector after it? (The cheap test before the month-range
    pattern: most "/" followed by long digit runs are document numbers or ratios.)"""
    year = text[i : i + 4]
    if len(year) < 4 or not year.isdigit() or year[:2] not in ("19", "20") or text[i + 4 : i + 5].isdigit():
        return False
    return _MONTH_RANGE_NEXT.match(text, i + 4) is not None


def _date_words(text: str, lowered: str | None = None) -> list[tuple[int, int, str]]:
    """(start, end, word) of every standalone "ngày"/"tháng" in any case, in no particular order.
    ``lowered``: ``text.lower()`` when the caller has it; a literal search in it finds what the
    case-insensitive patterns find (the only characters matching a letter of the two words in any
    case are its two cases, which lower-case to it)."""
    if "\u0130" in text:
        return [(m.start(), m.end(), m.group().lower()) for m in _DATE_WORD.finditer(text)]
    n = len(text)
    out = []
    for pattern, word in ((_NGAY, "ngày"), (_THANG, "tháng")):
        if lowered is None:
            spans = [m.span() for m in pattern.finditer(text)]
        else:
            spans = []
            i = lowered.find(word)
            while i != -1:
                spans.append((i, i + len(word)))
                i = lowered.find(word, i + len(word))
        for i, e in spans:
            # lower-casing keeps a character a letter or digit, or not one, so the original
            # characters tell the word boundaries
            if (i == 0 or not text[i - 1].isalnum()) and (e >= n or not text[e].isalnum()):
                out.append((i, e, word))
    return out


def _starts(
    text: str, runs: list[tuple[int, int]] | None = None, lowered: str | None = None
) -> list[tuple[int, int, str]]:
    """(start, end, opener) of every place where a date or time may start, in order: the digit runs
    with an ``_opener`` and the words "ngày"/"tháng" followed by spaces and a short digit run.
    Found by literal searches and a digit-only pattern: much faster than one case-insensitive
    pattern tried at every position. ``runs``: the digit runs of ``text`` and ``lowered`` its lower
    case (``_date_words``) when the caller has them."""
    if runs is None:
        runs = digit_runs(text)
    spots = []
    for s, e in runs:
        if e - s <= 2:
            c = text[e : e + 1]
            if c in {"/", "."}:  # ``_opener``'s most common case, without the call
                if _short_run_at(text, e + 1):
                    spots.append((s, e, c))
                elif c == "/" and _month_year_range_at(text, e + 1):
                    spots.append((s, e, "/Y"))
                continue
            after = text[e + 1 : e + 2]
            if text[e : e + 1] == " " and after not in _AFTER_SPACE and not after.isspace():
                continue  # one space and a word: no opener (``_opener``'s common case, without the call)
            opener = _opener(text, s, e)
            if opener == "," and not _list_goes_on(text, _digits_end(text, _skip_spaces(text, e + 1))):
                continue  # "12, 13/3" opens a list of days (its only pattern); "2,5 nghìn" is a decimal
            if opener is not None:
                spots.append((s, e, opener))
    # "ngày 16 tháng 5", "tháng 4/2023": a date word opens a match only before spaces and a day or month
    for s, e, word in _date_words(text, lowered):
        if text[e : e + 1].isspace():
            j = _skip_spaces(text, e)
            if _short_run_at(text, j) and (word != "ngày" or _day_then_space(text, j)):
                spots.append((s, e, word))
    spots.sort()
    return spots


def _matches(
    text: str, runs: list[tuple[int, int]] | None = None, lowered: str | None = None
) -> list[regex.Match[str]]:
    """Non-overlapping matches of the date pattern, tried only where a digit run or a date word
    may open one, with the alternatives its opener allows (much faster than letting the engine
    try the whole pattern at every position)."""
    patterns = _patterns()
    out: list[regex.Match[str]] = []
    pos = 0
    for s, e, opener in _starts(text, runs, lowered):
        if s < pos:
            continue
        m = patterns[opener].match(text, s)
        if m is not None and m.end() > m.start():
            out.append(m)
            pos = m.end()
        else:
            pos = e
    return out


def _candidates(
    text: str, runs: list[tuple[int, int]] | None = None, lowered: str | None = None
) -> list[_Cand]:
    out: list[_Cand] = []
    for m in _matches(text, runs, lowered):
        g = m  # item access reads a group (groupdict() would build a dict of all 40 groups)
        kind = m.lastgroup  # the named alternative that matched: it closes after its inner groups
        if kind == "worded":
            d, mo, y = int(g["wd"]), int(g["wm"]), int(g["wy"]) if g["wy"] else None
            if _valid(d, mo, y):
                out.append(_Cand(m.start("worded"), m.end("worded"), "date", d, mo, y))
        elif kind == "monthrange":
            # two months (the form of "tháng 10/2024 - tháng 11/2026")
            out.append(_Cand(m.start("qa"), m.end("qa"), "month", None, int(g["qm1"]), int(g["qy1"])))
            out.append(_Cand(m.start("qb"), m.end("qb"), "month", None, int(g["qm2"]), int(g["qy2"])))
        elif kind == "month":
            y = int(g["my"]) if g["my"] else None
            s, e = m.start("month"), m.end("month")
            if y is None and (_NUMBER_BEFORE.search(text, max(0, s - 12), s) or _LENGTH_AFTER.match(text, e)):
                continue  # "sau 2 tháng 5 ngày": tháng is a unit of time there, not a month name
            out.append(_Cand(s, e, "month", None, int(g["mm"]), y))
        elif kind in ("daylist", "dayrange"):
            k = "l" if kind == "daylist" else "r"
            d1 = int(g[f"{k}1"])
            d2 = int(g["l3"] or g["l2"]) if k == "l" else int(g["r2"])
            mo = int(g[f"{k}m"])
            y = int(g[f"{k}y"]) if g[f"{k}y"] else None
            if d1 < d2 and _valid(d1, mo, y) and _valid(d2, mo, y):
                name = "daylist" if k == "l" else "dayrange"
                c = _Cand(m.start(name), m.end(name), "daterange", d1, mo, y, day2=d2)
                c.weak = y is None and _cue(text, c.start) is None
                out.append(c)
        elif kind == "full":
            d, mo, y = int(g["fd"]), int(g["fm"]), int(g["fy"])
            if _valid(d, mo, y):
                out.append(_Cand(m.start("full"), m.end("full"), "date", d, mo, y, sep=g["fs"]))
        elif kind == "dm":
            d, mo = int(g["d"]), int(g["m"])
            if _valid(d, mo, None):
                out.append(_Cand(m.start("dm"), m.end("dm"), "date", d, mo, None, sep=g["ds"], weak=True))
        elif kind == "time":
            s = m.start()
            if (
                _spaced_colon(text, m) and not _time_cue_before().search(text, max(0, s - 24), s)
                and list_label_before(text, m.start("h"))
            ):
                continue  # "- Xưởng Cơ khí 3: 24 sáng kiến": a list label's number, then its count
            out.append(_Cand(m.start("time"), m.end("time"), "time", time=f"{int(g['h']):02d}:{g['mi']}"))
        elif kind == "timeh":
            s = m.start("timeh")
            if not _duration_before().search(text, max(0, s - 24), s):
                out.append(_Cand(s, m.end("timeh"), "time", time=f"{int(g['hh']):02d}:00"))
        elif kind == "timew":
            s = m.start("timew")
            if _duration_before().search(text, max(0, s - 24), s):
                continue
            mi = g["tmi"]
            if mi is None and not _time_cue_before().search(text, max(0, s - 24), s):
                continue
            out.append(_Cand(s, m.end("timew"), "time", time=f"{int(g['th']):02d}:{int(mi or 0):02d}"))
    return out


def _accept_single(text: str, c: _Cand) -> bool:
    """Is a lone ``dd/mm``, ``dd.mm`` or ``dd-mm`` (no range partner) a date? Not a fixed expression
    ("trực 24/7", ``fixed_expressions.tsv``) unless a strong cue makes it one ("ngày 24/7")."""
    cue = _cue_word(text, c.start)
    if cue == "strong":
        return True
    if cue == "not":
        return False  # "vào vòng 1/8": a round of a tournament (the round of 16)
    if text[c.start : c.end] in fixed_expressions():
        return False
    if _noun_after().match(text, c.end):
        return False  # "10/12 chi đoàn", "3.5 tấn", "1-3 đội hình"
    if c.sep == "/" and _ratio_of_places(text, c.start, c.end):
        return False  # "tại 9/9 bệnh viện": 9 of the 9 hospitals
    if c.sep == "/":
        return True
    # "Ngày Tình nguyện quốc tế 5-12": a dash date right after a titled day
    return c.sep == "-" and _TITLE_DAY.search(text, max(0, c.start - 60), c.start) is not None


#: the words after which a bare "a/b" and a noun count places or things, never a day: "tại 9/9
#: bệnh viện", "ở 12/12 xã", "đạt 9/9 tiêu chí", "có 27/27 cơ sở" (a day is written "ngày 9/9",
#: "vào 9/9", never "tại 9/9")
_RATIO_BEFORE = frozenset({"tại", "ở", "đạt", "có", "gồm"})


def _ratio_of_places(text: str, start: int, end: int) -> bool:
    """Is the bare ``a/b`` at ``start:end`` a ratio: one of ``_RATIO_BEFORE`` right before it and
    a lower-case word right after it ("tại 9/9 bệnh viện tuyến tỉnh")? Cheap first test: a space
    and a lower-case letter after it."""
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].islower():
        return False
    if start < 2 or text[start - 1] != " ":
        return False
    i = start - 1
    j = i
    while j > 0 and text[j - 1].isalpha():
        j -= 1
    return text[j:i].lower() in _RATIO_BEFORE


def _iso(y: int | None, m: int, d: int | None = None) -> str | None:
    if y is None:
        return None
    return f"{y:04d}-{m:02d}" if d is None else f"{y:04d}-{m:02d}-{d:02d}"


def find_dates(text: str, year: int | None = None) -> list[DateMention]:
    """Every date, date range, time and month in ``text``, sorted by start.

    ``year`` supplies the year of dates written without one ("ngày 13/7"); the end of a range
    supplies it to the start ("1/7 - 10/7/2025"). Without either, ``value`` is ``None``.
    """
    if not text:
        return []
    nfc, offsets = to_nfc(text)
    return spans_back(_find_dates(nfc, year), text, offsets)


#: the dates of the last long texts (with the year given): the structure stage reads a body's to
#: date the documents it cites, and the figure stage's scan of its numbers reads them again
_DATES: LastTexts[tuple[DateMention, ...]] = LastTexts()


def _find_dates(
    text: str, year: int | None, runs: list[tuple[int, int]] | None = None, lowered: str | None = None
) -> list[DateMention]:
    """``find_dates`` on NFC text; ``runs``: its digit runs (``digit_runs``) and ``lowered``: its
    lower case, one character for each (``text.lower()`` when "İ" is absent), when the caller has
    them. The dates of a long text are kept for the next call on it (``_DATES``)."""
    found = _DATES.get(text, year)
    if found is None:
        found = _DATES.put(text, year, tuple(_read_dates(text, year, runs, lowered)))
    return list(found)


def _read_dates(
    text: str, year: int | None, runs: list[tuple[int, int]] | None, lowered: str | None
) -> list[DateMention]:
    """``_find_dates``, read from the text."""
    cands = _candidates(text, runs, lowered)
    out: list[DateMention] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        b = cands[i + 1] if i + 1 < len(cands) else None
        if (
            b is not None
            and a.kind == "date"
            and b.kind == "date"
            and (m := _CONNECT.match(text, a.end))
            and m.end() == b.start
            and (not (a.weak and b.weak) or a.sep == b.sep or _cue(text, a.start))
            and not (b.year is None and _noun_after().match(text, b.end))
        ):
            yb = b.year if b.year is not None else year
            inferred_b = b.year is None and yb is not None
            assert a.day is not None
            assert a.month is not None
            assert b.day is not None
            assert b.month is not None
            if a.year is not None:
                ya, inferred_a = a.year, False
            elif yb is not None:
                ya = yb - 1 if a.month > b.month else yb
                inferred_a = True
            else:
                ya, inferred_a = None, False
            if (ya is None or _valid(a.day, a.month, ya)) and (yb is None or _valid(b.day, b.month, yb)):
                lo, hi = _iso(ya, a.month, a.day), _iso(yb, b.month, b.day)
                value = f"{lo}/{hi}" if lo and hi else None
                if value is None or lo <= hi:  # type: ignore[operator]
                    out.append(
                        DateMention(a.start, b.end, text[a.start : b.end], "daterange", value,
                                    inferred_a or inferred_b)
                    )
                    i += 2
                    continue
        i += 1
        if a.kind == "date" and a.weak and not _accept_single(text, a):
            continue
        if a.kind == "daterange" and a.weak and _noun_after().match(text, a.end):
            continue
        if a.kind == "time":
            out.append(DateMention(a.start, a.end, text[a.start : a.end], "time", a.time, False))
            continue
        y = a.year if a.year is not None else year
        inferred = a.year is None and y is not None
        assert a.month is not None
        if a.kind == "month":
            value = _iso(y, a.month)
        elif a.kind == "daterange":
            assert a.day is not None
            assert a.day2 is not None
            if y is not None and not (_valid(a.day, a.month, y) and _valid(a.day2, a.month, y)):
                continue
            lo, hi = _iso(y, a.month, a.day), _iso(y, a.month, a.day2)
            value = f"{lo}/{hi}" if lo and hi else None
        else:
            assert a.day is not None
            if y is not None and not _valid(a.day, a.month, y):
                continue
            value = _iso(y, a.month, a.day)
        out.append(DateMention(a.start, a.end, text[a.start : a.end], a.kind, value, inferred))
    return out
