"""Every number in a Vietnamese text, read the way reports write it.

    >>> q = find_quantities("hơn 17,5 tỉ đồng")[0]
    >>> q.value, q.kind, q.unit, q.qualifier, q.text
    (17500000000, 'money', 'đồng', 'more_than', '17,5 tỉ đồng')
    >>> parse_number("hai triệu rưỡi")
    2500000

Separators: a dot groups thousands ("8.884"), a comma marks decimals ("3,5"). Where that is
ambiguous ("1,025", "3.5") the words after the number decide, and ``note`` says how.
Numbers that are not figures (dates, years, names, durations...; spec §2.1) are returned too,
tagged in ``nonfigure``. Spans are exact offsets into the input.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Iterator
from dataclasses import dataclass, field, fields, replace
from decimal import Decimal
from functools import cache
from itertools import pairwise
from operator import attrgetter
from typing import Any

import regex

from reportextract._reclass import bmp_class, is_bmp
from reportextract.numbers import spelled as _spelled
from reportextract.numbers._nfc import back, to_nfc
from reportextract.numbers.breakdown import in_breakdown_bracket
from reportextract.numbers.dates import (
    _LINE_OPENING,
    _LIST_MARKS,
    _find_dates,
    _noun_after,
    digit_runs,
    list_label_before,
)
from reportextract.numbers.docnumbers import _find_doc_numbers
from reportextract.numbers.lexicon import (
    count_nouns,
    doc_types,
    duration_cues,
    fixed_expressions,
    money_after_scale,
    money_exclusions,
    money_nouns,
    nonfigure_cues,
    qualifier_places,
    qualifiers,
    scales,
    spelled_words,
    units,
)

__all__ = ["Quantity", "find_quantities", "parse_number"]


@dataclass(frozen=True, slots=True)
class Quantity:
    """One number in the text, with its surface span, exact value and reading.

    ``start``/``end`` cover the number with its scale words and unit ("17,5 tỉ đồng"), not the
    qualifier (``qualifier_span``). ``number_span`` covers the digits (or number words) only; for
    a compound ("1 tỷ 200 triệu") it is the span of the first number. ``note`` explains how an
    ambiguous reading was decided.

    ``kind``: "number", "money" (value in đồng; "USD" amounts stay in dollars), "measure"
    (``unit`` km, m, m2, m3, ha, tấn, kg, lít...) or "percent" (``unit`` "%").

    ``qualifier``: a spec §2.5 name read from the words before the number. The ends of a range
    ("25-35", "từ 3 đến 5") get ``range_role`` "low"/"high" and, unless written otherwise,
    qualifier "at_least"/"at_most" with ``qualifier_span`` ``None`` (an "about" word before the low
    end, "khoảng 30-40", gives way to "at_least" too, its span kept); a range start without its
    own scale word or unit shares those of the range end ("2-3 tỷ đồng": 2000000000).

    ``nonfigure`` is ``None`` for a figure candidate, else why it is not one (spec §2.1):
    "date", "time", "docnumber", "year", "name", "level", "ordinal", "duration", "anniversary",
    "age", "list_number", "code", "one_of" (the 1 of "1 trong 28"), "spelled", "vague", "footnote"
    (a bracketed marker glued to a word: "nguồn[1]").
    """

    start: int
    end: int
    text: str
    value: int | Decimal
    kind: str
    unit: str | None
    qualifier: str | None
    qualifier_span: tuple[int, int] | None
    number_span: tuple[int, int]
    range_role: str | None
    scale: str | None
    spelled: bool
    nonfigure: str | None
    note: str | None


# Quantity is a frozen dataclass: its generated __init__ stores each of the 14 fields through
# object.__setattr__, which cost a sixth of a whole scan. ``_quantity`` stores them through the
# slots' own descriptors instead: the same object (same type and field values; Quantity has no
# __post_init__), built in half the time. tests/test_numbers_build.py checks that both agree.
(
    _SET_START, _SET_END, _SET_TEXT, _SET_VALUE, _SET_KIND, _SET_UNIT, _SET_QUALIFIER,
    _SET_QUALIFIER_SPAN, _SET_NUMBER_SPAN, _SET_RANGE_ROLE, _SET_SCALE, _SET_SPELLED,
    _SET_NONFIGURE, _SET_NOTE,
) = (getattr(Quantity, f.name).__set__ for f in fields(Quantity))


def _quantity(
    start: int, end: int, text: str, value: int | Decimal, kind: str, unit: str | None,
    qualifier: str | None, qualifier_span: tuple[int, int] | None, number_span: tuple[int, int],
    range_role: str | None, scale: str | None, spelled: bool, nonfigure: str | None, note: str | None,
) -> Quantity:
    """``Quantity(start, end, ...)``, built through the slot descriptors (see above)."""
    q = object.__new__(Quantity)
    _SET_START(q, start)
    _SET_END(q, end)
    _SET_TEXT(q, text)
    _SET_VALUE(q, value)
    _SET_KIND(q, kind)
    _SET_UNIT(q, unit)
    _SET_QUALIFIER(q, qualifier)
    _SET_QUALIFIER_SPAN(q, qualifier_span)
    _SET_NUMBER_SPAN(q, number_span)
    _SET_RANGE_ROLE(q, range_role)
    _SET_SCALE(q, scale)
    _SET_SPELLED(q, spelled)
    _SET_NONFIGURE(q, nonfigure)
    _SET_NOTE(q, note)
    return q


#: a number in digits; ``re`` (no Unicode classes here, so the same matches as ``regex``) is cheaper
#: per call, and the scanner tries this pattern at every digit run
_TOKEN = re.compile(
    r"(?<![0-9])(?:[0-9]{1,3}(?:[\u00a0\u202f\u2009][0-9]{3})+(?![0-9])(?:,[0-9]+)?|[0-9]+(?:[.,][0-9]+)*)"
)
#: the characters that may continue a digit run into a longer token: separators, grouping spaces
_TOKEN_GLUE = frozenset(".,\u00a0\u202f\u2009")
_THIN_SPACES = str.maketrans("", "", "\u00a0\u202f\u2009")  # thousands grouped by (narrow) no-break spaces
_WC = r"[\p{L}\p{M}\p{N}]"  # a character of a word (``_reclass`` spells it out for ``re``)
_WORD = regex.compile(rf"{_WC}+(?:-{_WC}+)*")
_SPACE = " \t\u00a0\u2009\u202f"
_MAX_DIGITS = 30  # longer digit runs are codes, not quantities
_LINE_START_JUNK = _LINE_OPENING  # the spaces and list marks opening a line (dates.py's, one copy)
_LINE_START_MARKS = _LIST_MARKS  # the characters of ``_LINE_START_JUNK`` other than spaces
#: a straight quote mark right before a letter or digit opens a quotation, it closes none: in a speech
#: quoted with straight marks, '… xây ít nhất 2 "Nhà đồng đội"; …' holds the quoted name after the 2, and
#: the speech's opening mark does not pair with the name's
_QUOTES = regex.compile(
    r"“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"(?![\p{L}\p{N}])|‘[^’\n]{1,60}’|«[^»\n]{1,60}»"
)
#: a name, a dash and a number ("Covid - 19"); a tab is a table's cell border, so "Phòng X\t-\t540"
#: is a label, an empty "-" cell and a number in the next cell, no name (spec §2.1)
_DASH_NAME = regex.compile(r"\p{L}[^\S\n\t]*[-–][^\S\n\t]*$")
_ONE_OF = regex.compile(r"[^\S\n]+trong[^\S\n]+(?:số[^\S\n]+)?[0-9]")
_VAGUE = regex.compile(
    r"(?<!\w)(?:hàng|vài|mấy)[^\S\n]+(chục|trăm|nghìn|ngàn|vạn|triệu|tỷ|tỉ)"
    r"(?:[^\S\n]+(nghìn|ngàn|vạn|triệu|tỷ|tỉ))?(?!\w)",
    regex.IGNORECASE,
)
_DIGIT_ONLY = frozenset({"hai", "ba", "bốn", "sáu", "bảy", "bẩy", "tám", "chín"})
_SMALL = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{1,2})?")  # names and levels: "lớp 12", "lớp 9.1"
_DC = regex.compile(r"/[cC](?!\w)")
_CODE_AFTER = regex.compile(r"[^\S\n]*[-–/][^\S\n]*\p{Lu}")
_NUMBER_AFTER = regex.compile(r"[^\S\n]*[0-9]")
#: dots grouping thousands ("8.884", "1.369.516"), at most ``_MAX_DIGITS`` digits
_DOT_THOUSANDS = re.compile(r"[0-9]{1,3}(?:\.[0-9]{3}){1,9}")
_VN_FULL = regex.compile(r"[0-9]{1,3}(?:\.[0-9]{3})+,[0-9]+")
_EN_FULL = regex.compile(r"[0-9]{1,3}(?:,[0-9]{3})+\.[0-9]+")
_SPACE_UPPER = regex.compile(r"[^\S\n]+\p{Lu}")
_NEXT_NUMBER = regex.compile(r"[^\S\n]+([0-9]+(?:[.,][0-9]+)*)")
_WORD_CHARS = regex.compile(r"\w+")
_LETTERS_ONLY = regex.compile(r"[\p{L}\s]+")
#: words that start every clear spelled-out run ("mười", "hai mươi", "ba trăm", "năm nghìn")
_ANCHORS = ("mười", "mươi", "trăm", "nghìn", "ngàn", "vạn", "triệu", "tỷ", "tỉ", "phẩy")
_VAGUE_HEADS = ("hàng", "vài", "mấy")
#: the words looked for to find the spelled-out runs (``_spelled_runs``; the order does not matter)
_RUN_WORDS = _ANCHORS + tuple(sorted(_DIGIT_ONLY))


# ----------------------------------------------------------------------------- word helpers

Word = tuple[str, int, int]  # (case-folded word, start, end)

_W = rf"{_WC}+(?:-{_WC}+)*"  # a word after a number (as ``_WORD``)
_S = r"[ \t\u00a0\u2009\u202f]"  # one character of ``_SPACE``
#: up to three words after an offset (phrases after a number have at most three), separated only
#: by spaces; the first may be glued to the offset or follow spaces and markdown emphasis ("**475** triệu")
_WORDS_AFTER_FORM = r"[ \t\u00a0\u2009\u202f*_]*({w})(?:{s}+({w})(?:{s}+({w}))?)?"
_WORDS_AFTER = regex.compile(_WORDS_AFTER_FORM.format(w=_W, s=_S))
#: up to four words before an offset, matched on the reversed text: a word there is letters and
#: digits (``str.isalnum``, which is exactly what ``re`` reads as ``[^\W_]``) joined by single hyphens
_RW = r"[^\W_]+(?:-[^\W_]+)*"
_WORDS_BEFORE_REVERSED = re.compile(rf"{_S}*({_RW})(?:{_S}+({_RW})(?:{_S}+({_RW})(?:{_S}+({_RW}))?)?)?")
#: the nearest of them: the same first group (greedy, so the words after it in the pattern above
#: never shorten it)
_WORD_BEFORE_REVERSED = re.compile(rf"{_S}*({_RW})")
_BEFORE_WINDOW = 80  # words before an offset are read within this many characters


@cache
def _bmp_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """``_WORD`` and ``_WORDS_AFTER`` for a text with no character beyond U+FFFF, in ``re``: the
    class of a word's characters spelt out by ``_reclass.bmp_class``."""
    c = bmp_class(_WC)
    w = f"[{c}]+(?:-[{c}]+)*"
    return re.compile(w), re.compile(_WORDS_AFTER_FORM.format(w=w, s=_S))


Words = tuple[Word, ...]  # words next to an offset, nearest first
_NO_WORDS: Words = ()
_UNREAD: Any = object()  # a memo's mark for an offset not read yet (``None`` is a reading)


class _Text:
    """One text being scanned, with the words before and after each offset read at most once.

    Built once per call of ``_scan``; the words are read by one pattern match per offset instead
    of a character loop.
    """

    __slots__ = (
        "_after", "_before", "_junk_end", "_line", "_line_end", "_reversed", "_unit", "lex", "n", "text",
        "word", "words_after",
    )

    def __init__(self, text: str) -> None:
        self.text = text
        #: ``_WORD`` and ``_WORDS_AFTER``, in ``re`` when the text allows it (``_bmp_words``)
        self.word: re.Pattern[str] | regex.Pattern[str]
        self.words_after: re.Pattern[str] | regex.Pattern[str]
        self.word, self.words_after = _bmp_words() if is_bmp(text) else (_WORD, _WORDS_AFTER)
        self.lex = _lexicon()
        self.n = len(text)
        self._reversed: str | None = None
        self._after: dict[int, Words] = {}
        self._before: dict[int, Words] = {}
        self._unit: dict[int, tuple[str, str, int] | None] = {}
        self._line = (0, 0)  # what ``line_of`` answered last
        self._line_end = -1  # and the end of that line (the newline or the end of the text)
        self._junk_end: dict[int, int] = {}

    def after(self, pos: int) -> Words:
        """Up to three words right after ``pos``, separated only by spaces (the first may be glued)."""
        got = self._after.get(pos)
        if got is None:
            m = self.words_after.match(self.text, pos)
            if m is None:
                got = _NO_WORDS
            else:
                # the groups of the words, written out: the first always takes part in a match, and
                # a later one only after the one before it
                text = self.text
                _, (s1, e1), (s2, e2), (s3, e3) = m.regs
                first = (text[s1:e1].casefold(), s1, e1)
                if s2 < 0:
                    got = (first,)
                elif s3 < 0:
                    got = (first, (text[s2:e2].casefold(), s2, e2))
                else:
                    got = (first, (text[s2:e2].casefold(), s2, e2), (text[s3:e3].casefold(), s3, e3))
            self._after[pos] = got
        return got

    def before(self, pos: int) -> Words:
        """Up to four words right before ``pos`` (nearest first), separated only by spaces, read
        within ``_BEFORE_WINDOW`` characters (a word crossing the window's start is cut there)."""
        got = self._before.get(pos)
        if got is None:
            if self._reversed is None:
                self._reversed = self.text[::-1]
            n = self.n
            m = _WORDS_BEFORE_REVERSED.match(self._reversed, n - pos)
            if m is None:
                got = _NO_WORDS
            elif n - m.end() > pos - _BEFORE_WINDOW:  # all inside the window: no word is cut
                text = self.text
                got = tuple([(text[n - b : n - a].casefold(), n - b, n - a) for a, b in m.regs[1:] if a >= 0])
            else:
                text = self.text
                lo = max(0, pos - _BEFORE_WINDOW)
                items: list[Word] = []
                for a, b in m.regs[1:]:
                    e = n - a
                    if a < 0 or e <= lo:
                        break
                    s = n - b
                    if s <= lo:  # the window's start cuts the word, and no word is read before it
                        items.append((text[lo:e].casefold(), lo, e))
                        break
                    items.append((text[s:e].casefold(), s, e))
                got = tuple(items)
            self._before[pos] = got
        return got

    def line_of(self, pos: int) -> tuple[int, int]:
        """(start of the line holding ``pos``: ``text.rfind("\\n", 0, pos) + 1``, the furthest offset
        where a list number may start on it: the end of the spaces and list marks opening the line,
        ``junk_end``, or the line start when the line opens with something else). Read once per
        line: the numbers of a line ask one after the other. ``pos`` < ``len(text)``."""
        ls, _reach = self._line
        if not ls <= pos < self._line_end:
            text = self.text
            ls = text.rfind("\n", 0, pos) + 1
            le = text.find("\n", pos)
            self._line_end = self.n if le < 0 else le
            c = text[ls]
            # ``isspace`` holds for every ``\s`` of ``_LINE_START_JUNK``: a line opening otherwise
            # has no junk, and its only list number would stand at its start
            reach = self.junk_end(ls) if c.isspace() or c in _LINE_START_MARKS else ls
            self._line = (ls, reach)
        return self._line

    def junk_end(self, line_start: int) -> int:
        """Where the spaces and list marks opening the line at ``line_start`` end (read once per
        line): ``_LINE_START_JUNK.fullmatch(text, line_start, pos)`` holds exactly when this is at
        or after ``pos``, the pattern being a plain repeated character class."""
        got = self._junk_end.get(line_start)
        if got is None:
            m = _LINE_START_JUNK.match(self.text, line_start)
            assert m is not None  # the pattern matches the empty string
            got = self._junk_end[line_start] = m.end()
        return got

    def before_first(self, pos: int) -> Word | None:
        """The nearest word before ``pos``: ``before(pos)[0]`` (``None`` when there is none), read
        alone. Most numbers need no other word before them."""
        if self._reversed is None:
            self._reversed = self.text[::-1]
        n = self.n
        m = _WORD_BEFORE_REVERSED.match(self._reversed, n - pos)
        if m is None:
            return None
        a, b = m.span(1)
        e = n - a
        lo = pos - _BEFORE_WINDOW if pos > _BEFORE_WINDOW else 0
        if e <= lo:
            return None
        s = n - b if n - b > lo else lo  # the window's start may cut the word
        return self.text[s:e].casefold(), s, e

    def unit(self, pos: int) -> tuple[str, str, int] | None:
        """``_match_unit`` at ``pos``, read once."""
        got = self._unit.get(pos, _UNREAD)
        if got is _UNREAD:
            got = self._unit[pos] = _match_unit(self, pos)
        return got

    def unit_after_scale(self, pos: int) -> tuple[str, str, int] | None:
        """``_match_unit`` at ``pos`` right after a scale word ("450 triệu đồng bằng hiện vật")."""
        return self.unit(pos) or _match_unit(self, pos, after_scale=True)


def _iter_prev_words(text: str, pos: int, k: int) -> Iterator[Word]:
    """Up to ``k`` words right before ``pos`` (nearest first), separated only by spaces, read one
    at a time (the character loop that ``_Text.before`` reads by a pattern; used for long runs of
    number words, where the reader stops at the first word that is not a number word)."""
    count = 0
    i = pos
    lo = max(0, pos - _BEFORE_WINDOW)
    while count < k:
        j = i
        while j > lo and text[j - 1] in _SPACE:
            j -= 1
        if j == i and count:
            break  # words must be separated by space
        e = j
        while j > lo and (
            text[j - 1].isalnum() or (text[j - 1] == "-" and j - 2 >= 0 and text[j - 2].isalnum() and j < e)
        ):
            j -= 1
        if j == e:
            break
        yield text[j:e].casefold(), j, e
        count += 1
        i = j


class _Phrases:
    """A table of phrases (keys of ``table``) with the word-prefixes and word-suffixes of its longer
    phrases, so that a lookup reads words only while some phrase may still match."""

    __slots__ = ("firsts", "heads", "lasts", "table", "tails")

    def __init__(self, table: Collection[str]) -> None:
        self.table = table
        self.heads: set[str] = set()  # "việt", "việt nam" for "việt nam đồng"
        self.tails: set[str] = set()  # "đồng", "nam đồng"
        # the first and the last word of every phrase: a lookup finds nothing unless the word
        # nearest the number is one of them (the lookups' first step, as one set test)
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        for phrase in table:
            words = phrase.split(" ")
            self.firsts.add(words[0])
            self.lasts.add(words[-1])
            for i in range(1, len(words)):
                self.heads.add(" ".join(words[:i]))
                self.tails.add(" ".join(words[i:]))


@cache
def _phrases(name: str) -> _Phrases:
    """The phrase tables looked up next to numbers, by name."""
    tables: dict[str, Collection[str]] = {
        "units": _unit_table(),
        "count_nouns": count_nouns(),
        "qualifiers": qualifiers(),
        "cues_before": nonfigure_cues("before"),
        "cues_after": nonfigure_cues("after"),
        "duration_cues": duration_cues(),
    }
    return _Phrases(tables[name])


def _lookup_after(words: Words, phrases: _Phrases, maxlen: int = 3) -> tuple[str, int] | None:
    """Longest phrase of the table formed by the first words; returns (phrase, end offset)."""
    if not words or words[0][0] not in phrases.firsts:
        return None
    best = None
    phrase = ""
    for k, (w, _s, e) in enumerate(words, 1):
        phrase = f"{phrase} {w}" if k > 1 else w
        if phrase in phrases.table:
            best = phrase, e
        if k == maxlen or phrase not in phrases.heads:
            break
    return best


def _lookup_before(words: Words, phrases: _Phrases, maxlen: int = 3) -> tuple[str, int] | None:
    """Longest phrase of the table ending right before the number; returns (phrase, start offset)."""
    if not words or words[0][0] not in phrases.lasts:
        return None
    best = None
    phrase = ""
    for k, (w, s, _e) in enumerate(words, 1):
        phrase = f"{w} {phrase}" if k > 1 else w
        if phrase in phrases.table:
            best = phrase, s
        if k == maxlen or phrase not in phrases.tails:
            break
    return best


class _Lexicon:
    """The tables read next to every number, fetched once: each lexicon accessor is a cached call,
    and the scanner reads a dozen tables per number."""

    __slots__ = (
        "count_classes",
        "count_nouns",
        "cues_after",
        "cues_after_tags",
        "cues_before",
        "cues_before_tags",
        "duration_cues",
        "durations",
        "glued_lengths",
        "glued_tails",
        "money_after_scale",
        "money_exclusions",
        "money_nouns",
        "qualifier_names",
        "qualifiers",
        "scales",
        "unit_table",
        "units",
    )

    def __init__(self) -> None:
        self.scales = scales()
        self.units = _phrases("units")
        self.unit_table = _unit_table()
        self.count_nouns = _phrases("count_nouns")
        self.count_classes = count_nouns()
        self.qualifiers = _phrases("qualifiers")
        self.qualifier_names = qualifiers()
        # the one-word qualifiers, by their last two letters and lengths (``_glued_qualifier``)
        single = [p for p in self.qualifier_names if " " not in p]
        self.glued_tails = frozenset(p[-2:] for p in single)
        self.glued_lengths = tuple(sorted({len(p) for p in single}))
        self.cues_before = _phrases("cues_before")
        self.cues_before_tags = nonfigure_cues("before")
        self.cues_after = _phrases("cues_after")
        self.cues_after_tags = nonfigure_cues("after")
        self.duration_cues = _phrases("duration_cues")
        self.durations = duration_cues()
        self.money_exclusions = money_exclusions()
        self.money_after_scale = money_after_scale()
        self.money_nouns = money_nouns()


@cache
def _lexicon() -> _Lexicon:
    return _Lexicon()


@cache
def _unit_table() -> dict[str, tuple[str, str]]:
    return {a: v for a, v in units().items() if a != "%"}


@cache
def _doc_words() -> frozenset[str]:
    return frozenset(doc_types().values()) | {"văn bản", "thông tri", "luật", "công điện"}


# ----------------------------------------------------------------------------- reading digits


def _to_value(d: Decimal) -> int | Decimal:
    numerator, denominator = d.as_integer_ratio()
    if denominator == 1:
        return numerator
    return d.normalize()  # "3,50" -> Decimal("3.5")


def _read_digits(raw: str, ctx: str) -> tuple[Decimal | None, str | None, bool]:
    """Value of a digit token by its separators and the context word after it.

    ``ctx``: "scale", "unit" (money/measure/percent), "count" (a counted noun), "word" or "end".
    Returns (value, note, is_code).
    """
    too_long = "too many digits for a quantity: a code"
    if raw.isdigit():  # the most common token: digits only
        if len(raw) > _MAX_DIGITS:
            return Decimal(raw), too_long, True
        if len(raw) >= 9 or (len(raw) >= 4 and raw[0] == "0"):
            return Decimal(raw), "a long unseparated digit run with a leading zero or 9+ digits: a code", True
        return Decimal(raw), None, False
    if _DOT_THOUSANDS.fullmatch(raw):  # the next most common token, read as the steps below would
        return Decimal(raw.replace(".", "")), None, False
    digits = len(raw) - raw.count(".") - raw.count(",")  # a token is digits and separators
    if digits > _MAX_DIGITS:
        return Decimal(raw.replace(".", "").replace(",", "")), too_long, True
    dots, commas = raw.count("."), raw.count(",")
    groups = raw.replace(",", ".").split(".")  # the digit groups between the separators
    if commas == 0:
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return Decimal(raw.replace(".", "")), None, False
        if dots == 1:
            why = f"a dot followed by {len(groups[1])} digit(s) cannot group thousands: decimal"
            return Decimal(raw), why, False
        return Decimal(groups[0]), "dotted number, not a thousands grouping: a code or list number", True
    if dots == 0:
        if commas == 1:
            ip, fp = groups
            if len(fp) == 3 and len(ip) <= 3 and ip.lstrip("0"):
                if ctx in ("scale", "unit"):
                    why = "comma read as the decimal mark (before a scale word or unit)"
                    return Decimal(f"{ip}.{fp}"), why, False
                # three digits after one comma with nothing measured: reports count far more often
                # than they write three decimals, so the comma groups thousands
                why = "a count cannot be fractional" if ctx == "count" else "no measuring unit follows"
                return Decimal(ip + fp), f"comma read as thousands separator ({why})", False
            return Decimal(f"{ip}.{fp}"), None, False
        if all(len(g) == 3 for g in groups[1:]) and len(groups[0]) <= 3:
            return Decimal(raw.replace(",", "")), "commas group thousands (English style)", False
        return None, "list of numbers", True
    # both separators
    if _VN_FULL.fullmatch(raw):
        return Decimal(raw.replace(".", "").replace(",", ".")), None, False
    if _EN_FULL.fullmatch(raw):
        return Decimal(raw.replace(",", "")), "comma thousands and dot decimal (English style)", False
    return Decimal(groups[0]), "mixed separators: a code", True


# ----------------------------------------------------------------------------- the scanner


@dataclass(slots=True)
class _Q:
    start: int
    end: int
    value: Decimal
    num_start: int
    num_end: int
    kind: str = "number"
    unit: str | None = None
    scale: str | None = None
    scale_value: int = 1
    qualifier: str | None = None
    qualifier_span: tuple[int, int] | None = None
    range_role: str | None = None
    spelled: bool = False
    nonfigure: str | None = None
    notes: list[str] = field(default_factory=list)
    count_after: bool = False

    def freeze(self, text: str) -> Quantity:
        value = self.value
        numerator, denominator = value.as_integer_ratio()  # ``_to_value``, inline
        return _quantity(
            self.start,
            self.end,
            text[self.start : self.end],
            numerator if denominator == 1 else value.normalize(),
            self.kind,
            self.unit,
            self.qualifier,
            self.qualifier_span,
            (self.num_start, self.num_end),
            self.range_role,
            self.scale,
            self.spelled,
            self.nonfigure,
            "; ".join(self.notes) if self.notes else None,
        )


def _match_unit(
    t: _Text, pos: int, *, after_scale: bool = False, words: Words | None = None
) -> tuple[str, str, int] | None:
    """A unit right after ``pos`` (glued or after spaces): (canonical, kind, end); `after_scale`:
    ``pos`` follows a scale word, where "đồng" before some words stays the currency. ``words``:
    ``t.after(pos)`` when the caller has it."""
    text = t.text
    if words is None:
        words = t.after(pos)
    if not words:
        # "%" after spaces (it is no word: where a word follows, the first character after the
        # spaces is that word's or a markdown mark of ``_WORDS_AFTER``)
        j = pos
        n = t.n
        while j < n and text[j] in _SPACE:
            j += 1
        if j < n and text[j] == "%":
            return "%", "percent", j + 1
        return None
    lex = t.lex
    if words[0][0] not in lex.units.firsts:
        return None  # no unit starts with the first word (the lookup's first test)
    hit = _lookup_after(words, lex.units)
    if hit is None:
        return None
    alias, end = hit
    canon, kind = lex.unit_table[alias]
    if canon == "đồng":
        nxt = t.after(end)
        if (
            nxt
            and nxt[0][1] > end
            and nxt[0][0] in lex.money_exclusions
            and not (after_scale and nxt[0][0] in lex.money_after_scale)
        ):
            return None
        if alias == "đ" and ((nxt and nxt[0][1] == end) or _DC.match(text, end)):
            return None  # "đ/c" is đồng chí (comrade); "đ/suất" stays money
        if not after_scale and alias == "đồng" and bronze_medals(text, pos):
            return None  # "(7 vàng, 6 bạc, 4 đồng)": bronze medals, not money
    return canon, kind, end


#: a count of gold or silver medals earlier in the same list ("7 vàng, 6 bạc, 4")
_MEDAL_BEFORE = regex.compile(r"\d[ \t]+(?:vàng|bạc)[ \t]*[,;][^().;:!?\n]{0,25}$")


def bronze_medals(text: str, pos: int) -> bool:
    """Is the "đồng" after the number ending at ``pos`` the bronze of a medal tally ("(7 vàng, 6 bạc,
    4 đồng)")? A count of gold or silver medals just before it in the same list: the number counts
    medals (items); it is no amount of money, which needs a currency context (spec §2.2). Cheap
    first test: "vàng" or "bạc" within the 40 characters before."""
    floor = max(0, pos - 40)
    if text.find("bạc", floor, pos) < 0 and text.find("vàng", floor, pos) < 0:
        return False
    return _MEDAL_BEFORE.search(text, floor, pos) is not None


def _match_scale(t: _Text, pos: int) -> tuple[str, int, int] | None:
    words = t.after(pos)
    if words:
        w, s, e = words[0]
        mult = t.lex.scales.get(w)
        if mult is not None:
            return t.text[s:e], mult, e
    return None


def _context(t: _Text, pos: int, words: Words) -> str:
    """What follows the number at ``pos`` when no scale word or unit does: "count" (a counted
    noun), "word" or "end". ``words``: the words after ``pos``."""
    if words and words[0][1] > pos:
        if words[0][0] not in t.lex.count_nouns.firsts:
            return "word"  # no counted noun can follow (the lookup's first test)
        first = t.text[words[0][1] : words[0][2]]
        titled = first[:1].isupper() and any(c.islower() for c in first)
        if not titled and _lookup_after(words, t.lex.count_nouns):
            return "count"  # a capitalised word after a number starts a name ("đợt 1 Chiến dịch")
        return "word"
    return "end"


def _spans_index(spans: list[tuple[int, int, str]]) -> tuple[list[int], list[tuple[int, int, str]]]:
    spans.sort()
    return [s for s, _, _ in spans], spans


def _inside(index: tuple[list[int], list[tuple[int, int, str]]], s: int, e: int) -> str | None:
    starts, spans = index
    i = bisect.bisect_right(starts, s) - 1
    if i >= 0 and spans[i][0] <= s and e <= spans[i][1]:
        return spans[i][2]
    return None


def _is_list_number(t: _Text, s: int, e: int, raw: str) -> bool:
    """Is the number ``text[s:e]`` the number of a list item? The caller has checked that only
    spaces and list marks stand between the start of its line and the number (``_Text.line_of``)."""
    text = t.text
    nxt = text[e : e + 2]
    if nxt[:1] in (".", ")", "/") and (len(nxt) < 2 or nxt[1] in " \t\n\u00a0" or nxt[1].isupper()):
        return "," not in raw and all(len(g) <= 2 for g in raw.split("."))
    if "." in raw and "," not in raw and all(len(g) <= 2 for g in raw.split(".")):
        return bool(_SPACE_UPPER.match(text, e, e + 3))
    return len(raw) <= 2 and raw.isdigit() and bool(_SPACE_UPPER.match(text, e, e + 2))


def _qualifier(t: _Text, words: Words, q: _Q) -> None:
    """The qualifier written in ``words`` (the words before the number, nearest first)."""
    lex = t.lex
    hit = _lookup_before(words, lex.qualifiers)
    if hit is None:
        return
    phrase, qs = hit
    name, blocked = lex.qualifier_names[phrase]
    n = len(phrase.split())
    before = words[n] if len(words) > n else None
    if before is not None and before[0] in blocked:
        return
    if before is not None and _ends_name(t, before[1], qs, q.end):
        return  # "Đoàn Thanh niên tỉnh Xiêng Khoảng 3 phòng học": "Khoảng" is the name's last word
    places = qualifier_places().get(phrase)
    if places:
        after = t.after(q.end)
        if after and after[0][1] > q.end and (
            after[0][0] in places or (len(after) > 1 and f"{after[0][0]} {after[1][0]}" in places)
        ):
            return  # "trên 11 tuyến đường": "on", a preposition of place
    if phrase == "trên" and before is not None and _on_board(t, words, n, q):
        return  # "đi trên 2 tàu": "on board", not "more than"
    if phrase == "trên" and before is not None and _carried_on(t, words[n - 1][1], q):
        return  # "tiễn 1.126 sinh viên về quê trên 26 chuyến xe": the people ride "on" the trips
    if phrase == "trên" and before is None and _on_trips_fronted(t, words[n - 1][1], q):
        return  # "Trên 4 chuyến bay …, 46 đoàn viên đã …": "on" the trips, not "more than"
    if phrase == "ngoài" and before is None and _fronted_phrase(t, words[n - 1][1], q) >= 0:
        return  # "Ngoài 34 tỉnh, thành đoàn, Chiến dịch có …": "besides", not "more than"
    if phrase == "trên" and q.unit in _LENGTH_UNITS and _along_route(t, q, words[n - 1][1], words[n:]):
        return  # "tại các điểm ... trên 126 km đường sắt": "on" the line, not "more than"
    q.qualifier = name
    q.qualifier_span = (qs, words[0][2])
    if phrase == "trên":
        q.notes.append("'trên' before a number read as 'more than' (it can also mean 'across')")


def _ends_name(t: _Text, before_start: int, qs: int, end: int) -> bool:
    """A capitalised qualifier word at `qs` right after a capitalised word (at `before_start`) is the
    last word of a proper name ("tỉnh Xiêng Khoảng 3 phòng học": a Lao province), not "about"; a
    sentence opens with its capital only once ("Khoảng 300 người"). Not in a headline written in
    title case ("Trao Khoảng 300 Suất Quà"): there the word after the number is capitalised too."""
    text = t.text
    if not (text[qs].isupper() and text[before_start].isupper()):
        return False
    after = t.after(end)
    return not after or not text[after[0][1]].isupper()


#: verbs of riding right before "trên": "đi trên", "lên trên", "có mặt trên"
_RIDE_VERBS = frozenset({"đi", "lên", "ngồi", "mặt", "đáp"})
#: vehicles, one or two words after the number: "trên 2 tàu", "trên 3 chuyến xe"
_VEHICLES = frozenset(
    {"tàu", "xe", "thuyền", "xuồng", "ca nô", "máy bay", "chuyến tàu", "chuyến xe", "chuyến bay"}
)


#: units of length a route is measured in
_LENGTH_UNITS = frozenset({"km", "m"})
#: routes measured after a length: "trên 126 km đường sắt", "trên 30 km bờ biển"
_ROUTES = frozenset(
    {"đường", "đường sắt", "đường bộ", "tuyến", "bờ", "bờ biển", "đê", "kênh", "sông", "quốc lộ"}
)
#: a place the clause names before "trên": "tại các lối đi tự mở", "ở các điểm", "dọc …"
_PLACE_BEFORE_ON = regex.compile(r"(?<!\w)(?:tại|ở|dọc)\s[^.;:,\n]*$", regex.IGNORECASE)
#: a verb of putting things along a route or taking them off it, then its object, before "trên":
#: "thu gom rác thải trên 12 km đường", "sơn vạch giảm tốc trên 2,4 km đường" (the road is where, the
#: object what); "lắp đặt" is one verb, its "đặt" no object. The verbs are lower case except at a
#: sentence start, as "Sơn" of "xã Quế Sơn" is a place; the object ends at "và", which may start
#: another verb's phrase ("trồng cây xanh và tuần tra trên 40 km đường biên giới")
_PLACED_VERBS = r"thu\s+gom|nhặt|lắp(?:\s+đặt)?|gắn|treo|cắm|trồng|sơn|kẻ|vẽ"
_PLACED_ON_ROUTE = regex.compile(
    rf"(?:(?<![\w])(?:{_PLACED_VERBS})|(?<=(?:^|[.;:!?\n])\s*(?:[-–•+*]\s*)?)(?i:{_PLACED_VERBS}))"
    r"\s+(?!đặt(?!\w))\p{L}(?:(?!(?<!\w)và(?!\w))[^.;:,\n])*$"
)
#: points that lie along a route, named right before "trên": "các lối mở trên 27 km đường biên"
_POINTS_ON_ROUTE = frozenset(
    {"lối mở", "đường mòn", "lối đi", "đường ngang", "điểm gác", "chốt", "trạm", "cột mốc", "mốc", "điểm"}
)


def _along_route(t: _Text, q: _Q, on_start: int, near: Words = _NO_WORDS) -> bool:
    """ "bố trí 38 điểm gác tại các lối đi tự mở trên 126 km đường sắt": "trên" (at `on_start`)
    before a length of a route (`_ROUTES` right after the unit), in a clause that has just named
    the places it stands at ("tại", "ở", "dọc"), says where they are, "on" the line: the length is
    unqualified (spec §2.5; like "trên 11 tuyến đường"); so does a clause that puts its object there
    or takes it off (`_PLACED_ON_ROUTE`: "thu gom rác thải trên 12 km đường"). So does "trên" right
    after a noun of points along a route (`_POINTS_ON_ROUTE`, the words `near` before "trên",
    nearest first): "giám sát các đường mòn, lối mở trên 27 km đường biên". "bảo vệ trên 400 km
    đường biên giới" (a verb
    before) and "cách trung tâm xã trên 20 km đường núi" keep "more than". The caller has checked
    "trên" and a unit of length."""
    after = t.after(q.end)
    if not after:
        return False
    if after[0][0] not in _ROUTES and not (len(after) > 1 and f"{after[0][0]} {after[1][0]}" in _ROUTES):
        return False
    if near and (
        near[0][0] in _POINTS_ON_ROUTE or (len(near) > 1 and f"{near[1][0]} {near[0][0]}" in _POINTS_ON_ROUTE)
    ):
        return True
    floor = max(0, on_start - 60)
    return (
        _PLACE_BEFORE_ON.search(t.text, floor, on_start) is not None
        or _PLACED_ON_ROUTE.search(t.text, floor, on_start) is not None
    )


def _on_board(t: _Text, words: Words, n: int, q: _Q) -> bool:
    """ "đoàn gồm 46 người, đi trên 2 tàu của Hải quân": "trên" after a verb of riding (`_RIDE_VERBS`;
    "mặt" only as "có mặt") and before a vehicle (`_VEHICLES`) means "on board": the number
    counts the vehicles, unqualified (spec §2.5). "có trên 200 tàu cá" keeps "more than". The
    caller has checked that the phrase is "trên"; the vehicle is read only after a riding verb."""
    verb = words[n][0]
    if verb not in _RIDE_VERBS or (verb == "mặt" and (len(words) <= n + 1 or words[n + 1][0] != "có")):
        return False
    return _vehicle_after(t, q.end)


def _vehicle_after(t: _Text, end: int) -> bool:
    """Is the word (or two-word phrase) right after ``end`` a vehicle (`_VEHICLES`)?"""
    after = t.after(end)
    if not after:
        return False
    return after[0][0] in _VEHICLES or (len(after) > 1 and f"{after[0][0]} {after[1][0]}" in _VEHICLES)


#: verbs that carry people or things somewhere: "tiễn", "đưa", "chở" … (keep in step with the cue
#: kind ``transport`` in figures/data/cues.tsv; ``numbers`` does not import ``figures``)
_CARRY_VERBS = regex.compile(
    r"(?<!\w)(?:tiễn|đưa|chở|chuyên chở|vận chuyển|đón|đưa đón)[ \t]+\S[^.;:,!?()\n]*$", regex.IGNORECASE
)
#: characters read back from "trên" for the verb that carries
_CARRY_REACH = 80


def _carried_on(t: _Text, on_start: int, q: _Q) -> bool:
    """ "tiễn 1.126 sinh viên về quê đón Tết trên 26 chuyến xe": a "trên" (at `on_start`) before a
    vehicle (`_VEHICLES`), in a clause whose verb of carrying (`_CARRY_VERBS`) already has its
    object before the "trên", says what the carried ride "on": the number counts the vehicles,
    unqualified (spec §2.5; like "đi trên 2 tàu"). "tổ chức trên 26 chuyến xe" (no verb of carrying)
    and "đưa trên 200 sinh viên về quê" (no vehicle; the object itself) keep "more than". The cheap
    first test: a vehicle right after the number; the caller has checked "trên" and a word before it."""
    if not _vehicle_after(t, q.end):
        return False
    return _CARRY_VERBS.search(t.text, max(0, on_start - _CARRY_REACH), on_start) is not None


#: trips one rides on: "trên 4 chuyến bay", "trên 3 chuyến xe" (also the figure stage's riders of trips)
TRIPS = frozenset({"chuyến bay", "chuyến tàu", "chuyến xe"})
#: words that show the trips themselves do something (the subject): "Trên 200 chuyến xe đã …"
_SUBJECT_VERB_MARKS = frozenset({"đã", "được", "đang", "sẽ", "vừa", "là", "bị", "có", "đều"})
#: how far after the number (characters) the comma that closes a fronted phrase is looked for
_FRONTED_REACH = 60
#: the last character before a sentence-initial word (after spaces)
_SENTENCE_BREAKS = frozenset(".!?\n:;")


def _fronted_phrase(t: _Text, start: int, q: _Q, skipped: str = " \t\u00a0*_#-•") -> int:
    """Does the word at ``start`` open its sentence (after a list mark, if any: the characters
    ``skipped`` before it), and a comma close the phrase of the number ``q`` before the sentence's
    end? Such a phrase is fronted before the main clause: "Ngoài 34 tỉnh, thành đoàn, Chiến dịch có
    sự tham gia của …", "Ngoài 200 đoàn viên đã đăng ký, …" ("besides"); "ngoài" inside a clause
    stays "over" ("với sự tham gia của ngoài 1.600 lượt chiến sĩ", spec §2.5). The comma's offset,
    or -1 (false)."""
    text = t.text
    k = start - 1
    while k >= 0 and text[k] in skipped:
        k -= 1
    if k >= 0 and text[k] not in _SENTENCE_BREAKS:
        return -1
    stop = text.find(",", q.end, q.end + _FRONTED_REACH)
    return stop if stop >= 0 and not any(c in ".!?;\n" for c in text[q.end : stop]) else -1


def _on_trips_fronted(t: _Text, on_start: int, q: _Q) -> bool:
    """ "Trên 4 chuyến bay thường lệ đến Điện Biên, 46 đoàn viên … đã vận chuyển …": a "trên" (at
    `on_start`) that opens the sentence before a number of trips (`TRIPS`), where a comma closes
    the phrase before any mark of a verb (`_SUBJECT_VERB_MARKS`), is a place fronted before the
    subject, "on" the trips: the number is unqualified (spec §2.5; like "đi trên 2 tàu"). "Trên 200
    chuyến xe đã đưa công nhân về quê, …" (the trips are the subject) keeps "more than". The caller
    has checked "trên" and that no word stands right before it."""
    after = t.after(q.end)
    if len(after) < 2 or f"{after[0][0]} {after[1][0]}" not in TRIPS:
        return False
    stop = _fronted_phrase(t, on_start, q, skipped=" \t\u00a0")
    if stop < 0:
        return False
    return not _SUBJECT_VERB_MARKS.intersection(t.text[q.end : stop].lower().split())


def _glued_qualifier(t: _Text, near: Word, q: _Q) -> None:
    """A one-word qualifier glued to the word before it, where a page label ran into a headline
    ("Tin tức - Sự kiệnHơn 126.000 lượt"): the word ends in a capitalised qualifier right after a
    lower-case letter. A word that merely ends like one ("Sơn", "chiến") has no such capital."""
    word, ws, we = near
    text = t.text
    for n in t.lex.glued_lengths:
        k = we - n
        if k - 1 <= ws:
            break
        if text[k].isupper() and text[k - 1].islower() and word[-n:] in t.lex.qualifier_names:
            name, _blocked = t.lex.qualifier_names[word[-n:]]
            q.qualifier = name
            q.qualifier_span = (k, we)
            q.notes.append("qualifier glued to the word before it")
            return


#: tags of cues that name one numbered body only when no plural word stands before them
_PLURAL_TAGS = frozenset({"name?", "address?"})
#: words that make the noun after them plural ("các tổ", "những thôn")
_PLURAL_WORDS = frozenset({"các", "những"})
#: another number listed right after a name's number, the level word perhaps repeated before it
#: ("các khu phố 3, 4 và 5", "các tổ 1 - 2", "các thôn 2 và thôn 5"); group "cue": those words
_NAME_LIST_AFTER = regex.compile(
    r"[^\S\n]*(?:[,;&\-–]|và)[^\S\n]*(?:(?P<cue>\p{L}+(?:[^\S\n]+\p{L}+){0,3})[^\S\n]+)?\d"
)
#: a lower-case word right after a number
_LOWER_WORD_AFTER = regex.compile(r"[^\S\n]+\p{Ll}")


def _plural_bodies(t: _Text, words: Words, n: int, q: _Q) -> bool:
    """Is the cue of ``n`` words before the number ``q`` a plural noun ("các tổ", "những thôn"), with
    a lower-case word other than a place or level word after ``q`` and no other number listed after
    it? A plural names no one numbered body: the number counts what follows it ("trang bị cho các tổ
    20 đèn pin"); "tại các khu phố 3, 4 và 5", "các thôn 2 và thôn 5", "các tổ 3, tổ 4" and "các tổ 3
    khu phố A" keep their names."""
    if len(words) <= n or words[n][0] not in _PLURAL_WORDS:
        return False
    text = t.text
    if _LOWER_WORD_AFTER.match(text, q.end) is None:
        return False
    listed = _NAME_LIST_AFTER.match(text, q.end)
    if listed is not None:
        cue = " ".join(w for w, _, _ in reversed(words[:n])).lower()
        if (listed.group("cue") or cue).lower() == cue:
            return False
    if _counts_places(t, q):
        return False
    after = _lookup_after(t.after(q.end), t.lex.cues_before)
    return after is None or t.lex.cues_before_tags[after[0]] not in _PLURAL_TAGS


def _nonfigure_before(t: _Text, q: _Q, words: Words, raw: str, ctx: str) -> str | None:
    # four words: the longest cues ("tuổi đời bình quân", "cách mạng công nghiệp")
    hit = _lookup_before(words, t.lex.cues_before, 4)
    if hit is None:
        return None
    phrase, _cue_start = hit
    tag = t.lex.cues_before_tags[phrase]
    if not tag:
        return None
    text = t.text
    if phrase == "số" or phrase.endswith(" số"):
        n = len(phrase.split())
        prev = " ".join(w for w, _, _ in reversed(words[n : n + 3]))
        if (
            any(prev.endswith(d) for d in _doc_words())
            or text[words[0][2] : q.num_start].strip() == ":"
            or _CODE_AFTER.match(text, q.num_end)
        ):
            return "docnumber"  # "Công văn số 707", "Số: 12", "số 12/TĐTN"
    if "\t" in text[words[0][2] : q.num_start]:
        return None  # a table cell ends at the tab: "Huyện đoàn Tam Đường<TAB>14" is no "đường 14"
    if tag in _PLURAL_TAGS and _plural_bodies(t, words, len(phrase.split()), q):
        return None  # "trang bị cho các tổ 20 đèn pin": "the teams", no numbered team's name
    if tag == "address?":
        # a village or ward number ("thôn 01", "khu phố 3") unless a counted noun other than a
        # place follows: "bàn giao cho thôn 01 sân chơi" counts playgrounds, "thôn 5 xã A" is an address
        if (ctx == "count" and not _counts_places(t, q)) or _quoted_name_after(text, q.num_end):
            return None
        tag = "name"
    elif tag == "code?":
        # "tại khu vực mốc 1116 - 1117", "Đài tưởng niệm Cao điểm 468": the number of a border
        # marker or a hill names it, however many digits it has (spec §2.1 names and codes); "cắm
        # mốc 12 km" (a counted noun or a unit follows) is no such name
        if ctx == "count" or q.scale or q.unit:
            return None
        return "code"
    elif tag.endswith("?"):
        if (ctx == "count" or _quoted_name_after(text, q.num_end)) and not _ORGANISES_AFTER.match(
            text, q.num_end
        ):
            # "tổ 5 người" is a team of five, "cấp 500 suất" the verb "to issue"; but "tổ chức" right
            # after a name's number is the verb of the unit named ("Ban Quản lý dự án 2 tổ chức 3
            # buổi"), not a count of organisations
            return None
        tag = tag[:-1]
    if tag in ("name", "level", "ordinal"):
        if q.scale or q.unit or not _SMALL.fullmatch(raw):
            return None
        if phrase == "lớp" and Decimal(raw) > _TOP_GRADE:
            return None  # "cho các lớp 700 bộ vở": a school grade is 1–12, a bigger number counts
        if tag == "level" and Decimal(raw) > 9:
            return None  # levels are small
    if tag in ("year", "date", "name", "level", "ordinal") and _duration_follows(t, q):
        return None  # "2 năm 2 tháng", "mỗi đợt 3 ngày": the word after makes it a length of time
    if tag == "year" and not (len(raw) == 4 and raw.isdigit()):
        return "name" if ctx not in ("count", "unit", "scale") else None
    if tag == "date" and (q.scale or q.unit or ctx == "count"):
        return None
    if tag == "anniversary":
        return None  # decided with the word after ("kỷ niệm 75 năm")
    return tag


#: the verb "tổ chức" (to organise) right after a number ("Khối 2 tổ chức …")
_ORGANISES_AFTER = regex.compile(r"[ \t\u00a0]+tổ[ \t\u00a0]+chức(?![\p{L}\p{M}])")
#: the highest school grade ("lớp 12"); "lớp" before a bigger number is no grade
_TOP_GRADE = 12


def _counts_places(t: _Text, q: _Q) -> bool:
    """The counted noun after the number is a place or body ("xã", "chi đoàn", "trường")."""
    hit = _lookup_after(t.after(q.num_end), t.lex.count_nouns)
    return hit is not None and t.lex.count_classes.get(hit[0]) == "place"


def _duration_follows(t: _Text, q: _Q) -> bool:
    words = t.after(q.end)
    if not words or words[0][1] == q.end:
        return False
    after = _lookup_after(words, t.lex.cues_after)
    return (
        after is not None
        and t.lex.cues_after_tags[after[0]].startswith("duration")
        and not _opens_date(t, after[0], after[1])
    )


def _opens_date(t: _Text, time_word: str, end: int) -> bool:
    """Does the time word after a number start a date ("3 năm 2020", "12 tháng 5") rather than
    close a length of time ("2 năm 2 tháng")?"""
    text = t.text
    m = _NUMBER_AFTER.match(text, end)
    if m is None:
        return False
    num = _TOKEN.match(text, m.end() - 1)
    if num is None:
        return False
    if time_word == "năm":
        return len(num.group()) == 4
    words = t.after(num.end())
    glued = not words or words[0][1] <= num.end()
    after = None if glued else _lookup_after(words, t.lex.cues_after, maxlen=2)
    return after is None or not t.lex.cues_after_tags[after[0]].startswith("duration")


def _nonfigure_after(t: _Text, q: _Q, words_before: Words) -> str | None:
    if q.scale or q.unit:
        return None
    words = t.after(q.end)
    if not words or words[0][1] == q.end:
        return None
    hit = _lookup_after(words, t.lex.cues_after)
    if hit is None:
        return None
    phrase, end = hit
    tag = t.lex.cues_after_tags[phrase]
    if tag.startswith("duration") and _opens_date(t, phrase, end):
        return None  # "đợt 3 năm 2020", "lớp 12 tháng 5": the time word opens a date
    if phrase == "năm" and _anniversary_before(words_before, q):
        return "anniversary"
    if tag in ("duration?", "duration??"):
        # a duration only after a duration cue or ("duration?" alone) before the end of the clause
        skip = 0
        if q.qualifier_span is not None:
            skip = sum(1 for w in words_before if w[1] >= q.qualifier_span[0])
        cue = _lookup_before(words_before[skip:], t.lex.duration_cues)
        if cue is not None and t.lex.durations[cue[0]] == "duration":
            return "duration"
        if tag == "duration??":
            return None  # "640 lượt xe qua 2 buổi tối;": evenings held, counted (gold n336)
        rest = t.text[end : end + 2].lstrip(" \t")
        if not rest or rest[0] in ".,;:)!?\n":
            return "duration"
        return None
    return tag or None


def _anniversary_before(words_before: Words, q: _Q) -> bool:
    cues = duration_cues()
    for n in range(len(words_before)):
        hit = _lookup_before(words_before[n:], _phrases("duration_cues"))
        if hit is not None and cues[hit[0]] == "anniversary":
            return True
    return False


def _capitalised_name(t: _Text, q: _Q, items: Words, raw: str, ctx: str) -> bool:
    """'xã Bảo Lâm 2', 'Trung đoàn 3': a small number right after a capitalised name word.

    Not a number with a leading zero nor one before a quoted or bracketed name: they count what
    follows ("bàn giao cho thôn Phan Bôi 01 “Điểm vui chơi”": the genre writes small counts "01").
    """
    if not items or q.scale or q.unit or q.qualifier or ctx == "count" or len(raw) > 2 or not raw.isdigit():
        return False
    opener = t.text[q.end : q.end + 4].lstrip(" ")
    if raw[0] == "0" or (opener[:1] in _QUOTE_OPENERS):
        return False
    if opener[:1] == "(" and not _figure_in_bracket(opener) and not place_in_bracket(t.text, q.end):
        return False  # "thôn A 2 (hai) nhà", "xã B 2 (Ngôi nhà …)": the bracket is about the count
    text = t.text
    _w, ws, we = items[0]
    if text[we : q.num_start] != " ":
        return False  # table cells ("Huyện Bố Trạch<TAB>61<TAB>5.600") are figures
    word = text[ws:we]
    if not (word[:1].isupper() and word[1:2].islower()):
        return False
    # the name word must not open a sentence
    k = ws - 1
    while k >= 0 and text[k] in _SPACE:
        k -= 1
    if k < 0 or text[k] in ".!?:\n;\"“(" or (len(items) < 2):
        return False
    nxt = text[q.end : q.end + 2].lstrip(" ")
    if nxt and nxt[0].isdigit() and not _measured_number_after(t, q.end):
        return False
    if nxt[:1] == "/" and _ratio_of_counted(t, q.end):
        return False  # "Bệnh viện Đa khoa Đồng Hới 15/18 chi đoàn": a ratio of counted things
    if _ethnic_group(items):
        return False
    if opener[:1] in ",;)" and in_breakdown_bracket(text, q.num_start):
        return False  # "64 sinh viên (CĐ A 29, CĐ B 21, …)": each item's share of the total
    return not _repeats_list_noun(text, q.end, ws)


#: words that open the name of an ethnic group ("người Ba Na", "dân tộc Hrê", "đồng bào Cor")
_ETHNIC_HEADS = frozenset({"người", "tộc", "bào"})


def _ethnic_group(items: Words) -> bool:
    """Is the capitalised name before the number an ethnic group ("người Ba Na 14", "dân tộc Hrê
    12")? An ethnic group carries no number in its name: the number counts its people, an item of
    a list that leaves its noun out ("người Xơ Đăng 21 đồng chí, người Ba Na 14"; spec §2.1).
    The name is one or two words after the head word."""
    return any(w[0] in _ETHNIC_HEADS for w in items[1:3])


#: a bracket that opens with a place's level word ("(phường B, tỉnh C)", "(xã D)")
_PLACE_BRACKET = regex.compile(
    r"[ \u00a0]*\([ \u00a0]*(?:xã|phường|thị trấn|thị xã|huyện|quận|tỉnh|thành phố|TP\.?|đặc khu)"
    r"(?![\p{L}\p{M}])"
)


def place_in_bracket(text: str, end: int) -> bool:
    """Does the bracket after the number ending at `end` say where its name is ("Trường Đại học A 2
    (phường B)", "xóm C 3 (xã D)")? Then the number is the name's (spec §2.1), as in the unit reader;
    a bracket that spells the number out ("2 (hai)") or names the thing counted keeps the count.
    The figure reader asks it too (``figures.extract._unit_item``)."""
    return _PLACE_BRACKET.match(text, end, end + 24) is not None


def _figure_in_bracket(opener: str) -> bool:
    """Does the bracket after the number open with digits ("Hà Giang 1 (8.420 lượt)")? Then the
    bracket holds the item's figure, and the number before it ends the name."""
    return opener[:1] == "(" and opener[1:2].isdigit()


def _ratio_of_counted(t: _Text, end: int) -> bool:
    """Is the number ending at ``end`` the part of a ratio whose whole is followed by a counted noun
    or a unit ("… Đồng Hới 15/18 chi đoàn")? The ratio counts those things (spec §2.1 ratios),
    whatever name stands before it; a bare "… Đồng Hới 15/18" stays the name it may be. The caller
    has seen a "/" after at most one space; "15 /18" is turned down here, by the digit test."""
    text = t.text
    if not text[end + 1 : end + 2].isdigit():
        return False
    m = _TOKEN.match(text, end + 1)
    if m is None:
        return False
    return _counted_after(t, m.end())


def _quoted_name_after(text: str, end: int) -> bool:
    """Does a quoted capitalised name follow the number ending at `end` (one space between)? It is
    the thing counted ("trao tặng Đoàn Khối 1 “Tủ sách công nhân”", "tặng thôn 01 “Điểm vui chơi”"),
    as a counted noun is: the number is no name's, level's or address's (as ``_capitalised_name``)."""
    return (
        text[end : end + 1] == " "
        and text[end + 1 : end + 2] in _QUOTE_OPENERS
        and text[end + 2 : end + 3].isupper()
    )


def _counted_after(t: _Text, e: int) -> bool:
    """Is the number ending at ``e`` followed (not glued) by a unit or a counted noun?"""
    after = t.after(e)
    if not after or after[0][1] == e:
        return False  # glued ("2 4.310hs") or nothing after
    return _match_unit(t, e, words=after) is not None or _context(t, e, after) == "count"


def _measured_number_after(t: _Text, end: int) -> bool:
    """Is the number after the one ending at ``end`` (one space between) followed by a unit or a
    counted noun ("phường Hà Giang 2 4.310 hồ sơ"), or by a quoted name that it counts ("trường
    Tiểu học Sơn Hà 2 01 “Góc học tập”")? Then it is the item's figure and the number before it
    ends the name; two bare numbers ("Hà Giang 1 12 310") are table cells."""
    text = t.text
    if text[end : end + 1] != " ":
        return False
    m = _TOKEN.match(text, end + 1)
    if m is None:
        return False
    if text[m.end() : m.end() + 1] == " " and text[m.end() + 1 : m.end() + 2] in _QUOTE_OPENERS:
        return True  # "… 2 01 “Tủ sách …”": the count of a quoted thing, not a table cell
    return _counted_after(t, m.end())


#: how far back (characters) an elided list item's earlier number and noun are looked for
_LIST_REACH = 120
_WORD_AT = regex.compile(r"[ \t]+([\p{L}\p{M}]+)")


def _repeats_list_noun(text: str, end: int, name_start: int) -> bool:
    """ "riêng tuyến miền Trung có 32 chuyến, tuyến Tây Nguyên 18 chuyến": the number is an item of
    a list that leaves its verb out, not part of the name, when, in the same sentence and with a
    comma or ";" between them:
    - the noun after the number follows an earlier number too (other items may stand between:
      "lắp 22 loa, 9 kẻng cho 11 bản; xã A 18 loa");
    - or a later number ("là: Nông trường A 46 trẻ, Nông trường B 38 trẻ": the first item);
    - or no noun follows the number (a comma, ";" or the end of the sentence) and the item opens
      with the word that opens an earlier item counted with a noun, the items between ending with a
      bare number ("Bệnh viện A có 74 bệnh nhân, Bệnh viện B 58, …": `_elided_item`).
    A number in a list of names ("gồm phường 1, phường 2") repeats no counted noun, and a word
    with a number after it is a verb ("phường A 1 cử 95 …, phường A 2 cử 80 …")."""
    m = _WORD_AT.match(text, end)
    if m is None:
        return _elided_item(text, end, name_start)
    noun = m.group(1)
    if _VERB_OBJECT.match(text, m.end()):
        return False  # "Đoàn phường A 1 cử 95 đoàn viên, Đoàn phường A 2 cử 80 …": a verb, not a noun
    floor = max(0, name_start - _LIST_REACH)
    window = text[floor:name_start]
    cut = max(window.rfind(c) for c in ".!?\n")
    window = window[cut + 1 :]
    hit = _last_counted(window, noun, 0)  # the end of the last earlier item
    if hit >= 0 and ("," in window[hit:] or ";" in window[hit:]):
        return True
    ahead = text[m.end() : m.end() + _LIST_REACH]
    stop = min((k for k in (ahead.find(c) for c in ".!?\n") if k >= 0), default=len(ahead))
    ahead = ahead[:stop]
    sep = min((k for k in (ahead.find(","), ahead.find(";")) if k >= 0), default=-1)
    return sep >= 0 and _last_counted(ahead, noun, sep) >= 0


#: one decimal digit; one letter or mark (`_last_counted`)
_ONE_DIGIT = regex.compile(r"\d")
_LETTER_OR_MARK = regex.compile(r"[\p{L}\p{M}]")


def _last_counted(text: str, noun: str, pos: int) -> int:
    """The end of the last number and `noun` after it in `text` that starts at `pos` or later
    (the number's last digit, spaces or tabs, the noun, no letter or mark after it), -1 when there
    is none: the last match of `regex.finditer(r"\\d[ \\t]+" + regex.escape(noun) +
    r"(?![\\p{L}\\p{M}])", text, pos=pos)`, without a pattern compiled for each noun of a document.
    The noun (`[\\p{L}\\p{M}]+`, no digit, space or tab) can start a match only after the whole run
    of spaces and tabs before it, so two matches never overlap and each is one place of the noun:
    the scan goes from the right and stops at the first that qualifies."""
    end = len(text)
    size = len(noun)
    i = text.rfind(noun, pos)
    while i > pos:
        j = i
        while j > pos and text[j - 1] in " \t":
            j -= 1
        if (
            pos < j < i
            and _ONE_DIGIT.match(text, j - 1) is not None
            and (i + size == end or _LETTER_OR_MARK.match(text, i + size) is None)
        ):
            return i + size
        i = text.rfind(noun, pos, i + size - 1)
    return -1


#: a number right after the word that follows a name's number: that word is a verb and its object
_VERB_OBJECT = regex.compile(r"[ \t]+\d")
#: an item of a list: the text between commas or ";"
_ITEM_SPLIT = regex.compile(r"[,;]")
#: a number and a counted word after it, inside an item
_COUNTED_IN_ITEM = regex.compile(r"\d[ \t]+[\p{L}\p{M}]")
#: an item that ends with a bare number
_BARE_END = regex.compile(r"\d[ \t]*$")


def _elided_item(text: str, end: int, name_start: int) -> bool:
    """ "Bệnh viện A có 74 bệnh nhân được nhận vé, Bệnh viện B 58, Bệnh viện C 36": a number with no
    noun after it (a comma, ";" or a full stop follows) ends an item that opens with the same word
    as an earlier item of the sentence counted with a noun ("74 bệnh nhân"), the items between
    ending with bare numbers too: the noun is left out, the number counts it. A list of names
    ("tặng quà cho phường 1, phường 2") has no such counted item with the same first word."""
    if text[end : end + 1] not in (",", ";", "."):
        return False
    floor = max(0, name_start - _LIST_REACH)
    window = text[floor:name_start]
    cut = max(window.rfind(c) for c in ".!?\n:")
    items = _ITEM_SPLIT.split(window[cut + 1 :])
    if len(items) < 2:
        return False
    first = items[-1].split()
    if not first:
        return False
    head = first[0].lower()
    for item in reversed(items[:-1]):
        words = item.split()
        if _BARE_END.search(item):
            continue  # another elided item ("Bệnh viện B 58")
        return bool(words) and words[0].lower() == head and _COUNTED_IN_ITEM.search(item) is not None
    return False


def _money_noun_after(t: _Text, q: _Q) -> tuple[str, str, int] | None:
    """A money noun after the scale word ("850 triệu tiền mặt"): the amount is in đồng, though the
    currency is not written; the unit read ends at the scale word (the noun stays the measure)."""
    words = t.after(q.end)
    if words and words[0][1] > q.end and words[0][0] in t.lex.money_nouns:
        q.notes.append(f"money: '{words[0][0]}' after the scale word")
        return "đồng", "money", q.end
    return None


#: what opens a quoted or bracketed name right after a count (one character; never the empty string)
_NAME_OPENERS = frozenset("\"“‘«(")
#: what opens a quoted name (`_NAME_OPENERS` less the bracket, which may hold a figure)
_QUOTE_OPENERS = _NAME_OPENERS - {"("}


def _scan_digits(t: _Text, runs: list[tuple[int, int]], masks: tuple[list[int], list[tuple[int, int, str]]],
                 quotes: tuple[list[int], list[tuple[int, int, str]]]) -> list[_Q]:
    """Every digit token of the text read as a quantity. Tokens start at digit runs (``runs``):
    the token pattern is tried at each run start not inside the previous token, which is where
    ``finditer`` would find them."""
    text = t.text
    out: list[_Q] = []
    pos_floor = 0
    token_end = 0
    mask_starts, mask_spans = masks
    qualifier_lasts = t.lex.qualifiers.lasts
    scales = t.lex.scales
    next_mask = 0  # the first mask starting after the token (tokens come in order)
    quote_starts, quote_spans = quotes
    next_quote = 0  # the same for the quoted phrases
    for i, (rs, run_end) in enumerate(runs):
        if rs < token_end:
            continue  # a digit group of the token before ("8.884")
        if text[run_end : run_end + 1] in _TOKEN_GLUE:
            m = _TOKEN.match(text, rs)
            assert m is not None  # a run start is not preceded by a digit
            s, e = m.span()
            raw = m.group()
        else:  # nothing after the run can extend it: the token is the run (as ``_TOKEN`` reads it)
            s, e = rs, run_end
            raw = text[s:e]
        token_end = e
        if s < pos_floor:
            continue
        while next_mask < len(mask_starts) and mask_starts[next_mask] <= s:
            next_mask += 1
        # the mask starting last at or before the token covers it or none does (as ``_inside``)
        tag = None
        if next_mask:
            ms, me, mtag = mask_spans[next_mask - 1]
            if ms <= s and e <= me:
                tag = mtag
        if tag is not None:
            # one quantity per digit run of the token: the runs of the text up to its end
            k = i
            while k < len(runs) and runs[k][0] < e:
                ds, de = runs[k]
                v = Decimal(text[ds:de]) if de - ds <= _MAX_DIGITS else Decimal(0)
                out.append(_Q(ds, de, v, ds, de, nonfigure=tag))
                k += 1
            continue
        if not raw.isascii():
            raw = raw.translate(_THIN_SPACES)
        scale = None
        after = t.after(e)
        if after:  # a scale word right after the number (``_match_scale``)
            w0, ws0, we0 = after[0]
            mult = scales.get(w0)
            if mult is not None:
                scale = text[ws0:we0], mult, we0
        # what follows the number: "scale", "unit", then what ``_context`` reads
        unit = None
        if scale is not None:
            ctx = "scale"
        else:
            unit = _match_unit(t, e, words=after)  # read once: no other reader asks at ``e``
            ctx = "unit" if unit is not None else _context(t, e, after)
        if raw.isdigit() and (len(raw) < 4 or (len(raw) < 9 and raw[0] != "0")):
            value, note, is_code = Decimal(raw), None, False  # what ``_read_digits`` gives such a number
        else:
            read, note, is_code = _read_digits(raw, ctx)
            value = Decimal(0) if read is None else read
        q = _Q(s, e, value, s, e)
        if note:
            q.notes.append(note)
        if ctx == "count":
            q.count_after = True
        # scale words and compounds ("1 tỷ 200 triệu 500 nghìn")
        sc = scale if not is_code else None
        if sc is not None:
            word, mult, end = sc
            q.scale, q.scale_value = word, mult
            q.value = value * mult
            q.end = end
            while (up := _match_scale(t, q.end)) is not None and up[1] > q.scale_value:
                # stacked scale words multiply: "nghìn tỷ" (10^12), "trăm nghìn" (10^5)
                q.scale_value *= up[1]
                q.scale = text[q.end - len(q.scale) : up[2]].strip()
                q.value *= up[1]
                q.end = up[2]
            mult = q.scale_value
            last = mult
            while True:
                nm = _NEXT_NUMBER.match(text[q.end : q.end + 40])
                if not nm:
                    break
                sc2 = _match_scale(t, q.end + nm.end())
                if sc2 is None or sc2[1] >= last:
                    break
                v2, _, bad = _read_digits(nm.group(1), "scale")
                if v2 is None or bad:
                    break
                q.value += v2 * sc2[1]
                q.end = sc2[2]
                last = sc2[1]
                pos_floor = q.end
            half = t.after(q.end)
            if half and half[0][0] == "rưỡi" and half[0][1] > q.end:
                q.value += Decimal(last) / 2
                q.end = half[0][2]
        if is_code:
            un = None
        elif q.scale is not None:
            un = t.unit_after_scale(q.end) or _money_noun_after(t, q)
        else:
            un = unit  # without a scale word the number ends at ``e``, where the unit was read
        if un is not None:
            q.unit, q.kind, q.end = un
        pos_floor = max(pos_floor, q.end)
        near = t.before_first(s)
        if near is not None:
            if near[0] in qualifier_lasts:  # the lookup's first test
                _qualifier(t, t.before(s), q)
            elif near[0][-2:] in t.lex.glued_tails:  # the glued reading's first test
                _glued_qualifier(t, near, q)
        # is the number inside a quoted phrase? (as ``_inside``: the phrase starting last at or before it)
        while next_quote < len(quote_starts) and quote_starts[next_quote] <= s:
            next_quote += 1
        quoted = next_quote > 0 and e <= quote_spans[next_quote - 1][1]
        q.nonfigure = _classify(t, q, raw, ctx, near, after, is_code=is_code, quoted=quoted)
        out.append(q)
    return out


def _classify(
    t: _Text, q: _Q, raw: str, ctx: str, near: Word | None, after: Words, *, is_code: bool, quoted: bool
) -> str | None:
    """Why the number is not a figure (``Quantity.nonfigure``), or ``None``. ``near``: the word
    right before it (``_Text.before_first``); the helpers that read more words before it run only
    when their own first test on it can pass. ``after``: the words after its digits (where it ends
    when no scale word or unit follows). ``quoted``: it stands inside a short quoted phrase."""
    text = t.text
    s, e = q.num_start, q.num_end
    # a list number opens its line, after spaces and list marks only
    if s <= t.line_of(s)[1] and _is_list_number(t, s, e, raw):
        return "list_number"
    if is_code:
        return "code"
    before = text[s - 1] if s > 0 else ""
    if before != " ":  # the usual space before a number passes none of these tests
        if before.isalpha():
            return "code"  # "C06", "H5N1"
        if before == "[" and _footnote_marker(text, s, e):
            return "footnote"  # "danh sách nguồn[1]": a note's marker left in the text
        if before == "/" and _code_before_slash(text, s - 1):
            return "code"  # "Nhà giàn DK1/14": the digits after the slash continue the code
        if before in "-–" and s > 1 and text[s - 2].isalpha():
            return "name"  # "Covid-19", "U-23"
    if q.unit is None and q.scale is None and e < len(text) and text[e].isalpha():
        glued = t.word.match(text, e)
        if glued is not None and glued.group().casefold() in ("h", "giờ", "tiếng", "ngày", "tháng", "năm"):
            return "duration"  # "trong 48h" (times of day "07h30" are dates' business)
        cue_before = near is not None and near[0] in t.lex.cues_before.lasts  # the lookup's first test
        return "code" if not cue_before or _nonfigure_before(t, q, t.before(s), raw, ctx) is None else "name"
    if quoted:
        return "name"  # “1 phường - 1 nhóm”, “3 liên kết”
    if raw == "0" and q.kind == "money" and q.scale is None:
        return "name"  # "Chợ 0 đồng", "chuyến xe 0 đồng": a free programme's name, no amount
    if near is not None and near[0] in t.lex.cues_before.lasts:  # the lookup's first test
        tag = _nonfigure_before(t, q, t.before(s), raw, ctx)
        if tag is not None:
            return tag
    if near is not None and ctx != "count" and not (q.scale or q.unit) and _military_branch_name(
        t, s, raw
    ):
        return "name"  # "Lữ đoàn Công binh 414"
    if near is not None and near[0] in _AGE_VERBS and not (q.scale or q.unit) and _average_age_before(
        text, s
    ):
        return "age"  # "tuổi bình quân của đoàn viên là 29,4"
    if (
        len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099
        and ctx not in ("count", "scale", "unit") and q.qualifier is None and q.unit is None
    ):
        return "year"
    end = q.end
    # without a scale word or unit ``end`` is ``e``, and ``after`` the words after it
    if (
        not (q.scale or q.unit) and after and after[0][1] != end
        and after[0][0] in t.lex.cues_after.firsts  # the lookup's first test
    ):
        tag = _nonfigure_after(t, q, t.before(s))
        if tag is not None:
            return tag
    if q.unit is None and q.scale is None and ctx != "count" and _dash_name_before(text, s):
        return "name"  # "Covid - 19"
    if (
        len(raw) <= 3 and q.unit is None and q.scale is None and ctx != "count"
        and s > 3 and text[s - 2].isupper() and _code_name_before(text, s)  # its cheap first test
    ):
        return "name"  # "Phòng thí nghiệm LAS-XD 01": the number of a code's name
    if (
        len(raw) <= 2 and near is not None and not (q.scale or q.unit or q.qualifier) and ctx != "count"
        and _capitalised_name(t, q, t.before(s), raw, ctx)  # its first tests, then the words
    ):
        return "name"
    if (
        len(raw) <= 2 and raw[0] != "0" and text[end : end + 1] == ":" and near is not None
        and near[0] not in _NAME_NUMBER_NOT_AFTER and ctx != "count"
        and not (q.scale or q.unit or q.qualifier) and _label_name_number(t, s, end)
    ):
        return "name"  # "- Chi đoàn Xưởng Cơ khí 3: 24 sáng kiến": the label's name, its figure after
    if (
        len(raw) <= 2 and raw[0] != "0" and near is not None and near[0] not in _NAME_NUMBER_NOT_AFTER
        and not (q.scale or q.unit or q.qualifier) and ctx != "count"
        and text.startswith(" có ", end) and _named_part_has(t, s, end)
    ):
        return "name"  # "Chi đoàn Xưởng may 3 có 14 sáng kiến": the part's own number, its figure after
    # ``_one_of`` needs spaces, then "trong": a space next, then "trong" or more spaces. Only a bare
    # count ranks among others; an amount with its own unit or scale is a figure whatever follows
    # ("trị giá hơn 2,4 tỷ đồng trong 4 năm": the period it was spent over)
    nxt = text[end + 1 : end + 6]
    if (
        q.unit is None and q.scale is None
        and text[end : end + 1].isspace() and (nxt == "trong" or nxt[:1].isspace()) and _one_of(text, end)
    ):
        return "one_of"  # the 1 of "1 trong 28 tập thể"
    return None


def _label_name_number(t: _Text, s: int, end: int) -> bool:
    """Is the number at ``s`` the last word of a list item's label that a colon and the item's figure
    follow ("- Chi đoàn Xưởng Cơ khí 3: 24 sáng kiến", "Dẫn đầu:\nNhà máy A 2: 40 sáng kiến")? The
    number names the unit; the figure is the number after the colon. A ratio or score in a sentence
    ("tỷ lệ 3: 2", "thắng 3: 1") is no label. Caller's first test: ":" right after it."""
    text = t.text
    k = end + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    if k == end + 1 or k >= len(text) or not text[k].isdigit():
        return False  # a clock time "2:31" has no space; a label's colon is followed by its figure
    return list_label_before(text, s)


#: a name's capitalised word inside its sentence, then at most two lower-case words, right before the
#: number ("… Chi đoàn Xưởng may 3"); the name opens with a Youth Union unit's words
_NAMED_PART_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:Chi|Liên)[ \t]+(?:đoàn|đội|hội)[ \t]+\p{Lu}[\p{L}\p{M}]*"
    r"(?:[ \t]+\p{Ll}[\p{L}\p{M}]*){0,2}[ \t]+$"
)
#: words right before a number after which it counts, never ends a name ("Chi đoàn X có 3 …")
_NAME_NUMBER_NOT_AFTER = frozenset({"có", "là", "gồm", "với", "được", "đạt"})


def _named_part_has(t: _Text, s: int, end: int) -> bool:
    """Is the number at ``s`` the last word of a Youth Union part's name that "có" and the part's
    own figure follow ("Chi đoàn Xưởng may 3 có 14 sáng kiến")? A count is followed by what it counts,
    not by "có" and another number. Caller's first test: " có " right after the number."""
    k = end + 4
    if k >= len(t.text) or not t.text[k].isdigit():
        return False
    return _NAMED_PART_BEFORE.search(t.text, max(0, s - 60), s) is not None


#: military units whose number may follow the name of their branch ("Lữ đoàn Công binh 414")
_MILITARY_UNITS = frozenset({"trung đoàn", "sư đoàn", "lữ đoàn", "tiểu đoàn", "quân đoàn"})
_MILITARY_LASTS = frozenset({"đoàn"})
#: a military unit written with its capital, then its branch's name (a capitalised word and at most
#: three more) right before the number: "Đại đội Công binh cơ động 5", "Đồn Biên phòng Cửa khẩu 5";
#: spaces only, as a table cell ends at a tab ("Đồn Biên phòng Tân Thanh<TAB>312" is a figure)
_MILITARY_NAME_BEFORE = regex.compile(
    r"(?<![\p{L}\p{M}])(?:(?:Trung|Sư|Lữ|Tiểu|Quân) +đoàn|(?:Đại|Trung) +đội|Đồn)"
    r" +\p{Lu}[\p{L}\p{M}]*(?: +[\p{L}\p{M}]+){0,3} +$"
)
#: verbs of giving, receiving or doing that a branch's lower-case words never are: "Đồn Biên phòng
#: Săm tặng 120", "Đại đội Công binh tiếp nhận 45" count (keep in step with the cue kinds give,
#: hand and collect in figures/data/cues.tsv; ``numbers`` does not import ``figures``)
_MILITARY_NAME_VERBS = frozenset(
    {"tặng", "trao", "nhận", "tiếp nhận", "thu nhận", "hỗ trợ", "ủng hộ", "tài trợ", "bàn giao", "phát"}
    | {"cấp", "quyên góp", "thu gom", "thu", "trồng", "xóa", "vận động", "huy động", "tổ chức"}
    | {"thực hiện", "làm", "xây", "sửa", "dọn", "đón", "đưa", "tham gia"}
)
#: another number right after the number (spaces between): the cells of a table row
_ROW_NUMBER_AFTER = regex.compile(r"[ \t\u00a0]+\d")
#: characters read back for such a name
_MILITARY_NAME_REACH = 64


def _military_branch_name(t: _Text, s: int, raw: str) -> bool:
    """Is the number at ``s`` the number of a military unit written after its branch ("Lữ đoàn Công
    binh 414", "Trung đoàn Bộ binh 52", "Đại đội Công binh cơ động 5")? The number is part of the
    unit's name (spec §2.1 names and codes), as in "Lữ đoàn 414", which the cue table reads. The
    branch is one or two words, the first capitalised; a longer one (up to four words) after a unit
    written with its capital (`_MILITARY_NAME_BEFORE`). The caller leaves a number that a counted
    noun follows a count. Cheap first tests: at most three digits, and "đoàn" among the four words
    before, or "đội"/"Đồn" in the characters read back."""
    if len(raw) > 3 or not raw.isdigit():
        return False
    words = t.before(s)
    text = t.text
    if len(words) >= 3 and any(w[0] in _MILITARY_LASTS for w in words[1:3]):
        for k in (1, 2):
            if len(words) <= k + 1 or words[k][0] not in _MILITARY_LASTS:
                continue
            first = text[words[k - 1][1]]
            if not first.isupper():
                continue
            unit = f"{words[k + 1][0]} {words[k][0]}"
            if unit in _MILITARY_UNITS:
                return True
    if words and words[0][0] in _NAME_NUMBER_NOT_AFTER:
        return False  # "Đại đội Công binh trồng được 5": the word before makes it a count
    if _ROW_NUMBER_AFTER.match(text, s + len(raw)):
        return False  # "Đồn Biên phòng Tân Thanh 312 124": a table row's cells, read as text
    floor = max(0, s - _MILITARY_NAME_REACH)
    if text.find("đội", floor, s) < 0 and text.find("Đồn", floor, s) < 0 and text.find("đoàn", floor, s) < 0:
        return False
    m = _MILITARY_NAME_BEFORE.search(text, floor, s)
    if m is None:
        return False
    # the branch's lower-case words: none of them (or two together) a verb of giving or doing
    words = m.group().split()[2:]
    pairs = [f"{a} {b}" for a, b in pairwise(words) if a.islower() and b.islower()]
    return not any(w in _MILITARY_NAME_VERBS for w in (*(w for w in words if w.islower()), *pairs))


#: the verbs that state an average age after its subject ("tuổi bình quân của đoàn viên là 29,4")
_AGE_VERBS = frozenset({"là", "đạt"})
_AVERAGE_AGE = regex.compile(
    r"tuổi[ \t]+(?:đời[ \t]+)?(?:bình[ \t]+quân|trung[ \t]+bình)[^\d.,;:!?()\n]{0,40}[ \t](?:là|đạt)[ \t]+$",
    regex.IGNORECASE,
)


def _average_age_before(text: str, s: int) -> bool:
    """Is the number at ``s`` an average age stated with its verb after the subject ("tuổi bình quân
    của đoàn viên là 29,4")? An age is no figure (spec §2.1), wherever "tuổi" stands; the cue table
    only reads the words right before the number ("tuổi bình quân 29,4"). Cheap first test: "uổi"
    within the 60 characters before."""
    floor = max(0, s - 60)
    if text.find("uổi", floor, s) < 0:  # "tuổi", "Tuổi"
        return False
    return _AVERAGE_AGE.search(text, floor, s) is not None


def _footnote_marker(text: str, s: int, e: int) -> bool:
    """Is the number ``text[s:e]`` (after a "[") a footnote marker: at most three digits closed by
    "]" right after, the bracket glued to the word or punctuation before it ("nguồn[1]", "2024.[3]")?
    A bracket after a space holds a figure or a list number ("gồm [12] hồ sơ")."""
    if e - s > 3 or text[e : e + 1] != "]" or s < 2:
        return False
    glued = text[s - 2]
    return glued.isalpha() or glued in _MARKER_AFTER


#: punctuation a footnote marker may be glued to ("… năm 2024.[3]", "“Tuổi trẻ”[2]")
_MARKER_AFTER = frozenset(".,;:!?)”\"'")


def _code_before_slash(text: str, slash: int) -> bool:
    """Is the token glued before the "/" at ``slash`` a code, with letters and digits ("DK1", "B52")
    or two capitals ("KH")? Then the digits after the slash belong to it ("DK1/14"). A number before
    the slash ("10/12 chi đoàn") or a plain word ("người/3 ngày") is not a code."""
    k = slash
    while k > 0 and text[k - 1].isalnum() and slash - k < 12:
        k -= 1
    token = text[k:slash]
    if not token or (k > 0 and text[k - 1].isalnum()):
        return False
    letters = sum(c.isalpha() for c in token)
    if letters and letters < len(token):
        return True  # letters and digits
    return letters >= 2 and token.isupper()


def _one_of(text: str, end: int) -> bool:
    """"trong" ("trong số") and a number right after ``end``; the pattern runs only when the first
    word after the spaces starts with "trong" (``isspace`` holds for every ``\\s`` of it)."""
    j = end
    n = len(text)
    while j < n and text[j].isspace():
        j += 1
    return j > end and text.startswith("trong", j) and _ONE_OF.match(text, end) is not None


def _dash_name_before(text: str, s: int) -> bool:
    """A name and a dash right before ``s`` ("Covid - 19"); the pattern runs only when the window
    holds a dash at all."""
    lo = max(0, s - 30)
    if text.find("-", lo, s) < 0 and text.find("–", lo, s) < 0:
        return False
    return _DASH_NAME.search(text, lo, s) is not None


#: a code of capitals joined by a hyphen ("LAS-XD", "VILAS-XD") and one space right before a number:
#: the number goes on with the code's name ("Phòng thí nghiệm LAS-XD 01"), spec §2.1 names and codes
_CODE_NAME = regex.compile(r"(?<![\w-])\p{Lu}{2,}(?:-\p{Lu}+)+ $")


def _code_name_before(text: str, s: int) -> bool:
    """A hyphenated code of capitals right before the number at ``s`` (read in the 24 characters
    before it); the caller's cheap first test: a capital letter right before the space."""
    lo = max(0, s - 24)
    if text.find("-", lo, s) < 0:
        return False
    return _CODE_NAME.search(text, lo, s) is not None


_RANGE_DASH = regex.compile(r"[^\S\n]*[-–—][^\S\n]*")
_RANGE_WORD = regex.compile(r"[^\S\n]+(?:đến|tới)[^\S\n]+", regex.IGNORECASE)


#: a match score ("thắng với tỷ số 3-1"): its first number is a name after "số" (nonfigure cues),
#: the second one shares it; a score counts nothing (spec §2.1)
_SCORE_BEFORE = regex.compile(r"(?<!\w)t[ỷỉ][^\S\n]+số[^\S\n]+$", regex.IGNORECASE)


def _score_before(text: str, q: _Q) -> bool:
    """"tỷ số"/"tỉ số" right before the number ``q`` (read in the 12 characters before it)."""
    return _SCORE_BEFORE.search(text, max(0, q.num_start - 12), q.num_start) is not None


_SHARED_TAGS = frozenset({"duration", "age", "anniversary", "level"})
#: tags read before the low end of a range that the high end shares ("độ tuổi từ 18 đến 60", "mốc
#: 1116 - 1117": two marker codes)
_SHARED_FORWARD = frozenset({"age", "code"})
_JOIN_STARTS = frozenset("-–—đĐtT")  # the dashes of ``_RANGE_DASH``, the first letters of ``_RANGE_WORD``


def _may_join(text: str, start: int, end: int) -> bool:
    """May ``_RANGE_DASH`` or ``_RANGE_WORD`` fill ``text[start:end]``? (a cheap necessary test: the
    first character after the spaces is a dash or starts "đến"/"tới", and what the spaces enclose
    is one character or three, as a dash or "đến"/"tới" in any case; ``isspace`` holds for every
    ``\\s`` of the patterns)"""
    j = start
    while j < end and text[j].isspace():
        j += 1
    if j >= end or text[j] not in _JOIN_STARTS:
        return False
    k = end
    while text[k - 1].isspace():  # stops at ``j`` at the latest
        k -= 1
    return k - j in (1, 3)


#: a dash written between two numbers with no spaces ("19-8", "3-1")
_TIGHT_DASHES = frozenset("-–")


def _bare_pair(a: _Q, b: _Q) -> bool:
    """Two plain numbers of at most two digits each: no unit, scale word or qualifier on either."""
    return (
        a.unit is None and b.unit is None and a.scale is None and b.scale is None
        and a.qualifier is None and b.qualifier is None
        and a.num_end - a.num_start <= 2 and b.num_end - b.num_start <= 2
    )


def _tight_bare_pair(text: str, a: _Q, b: _Q) -> bool:
    """Two bare numbers (`_bare_pair`) joined by a dash with no spaces ("19-8", "3-1")."""
    return text[a.end : b.num_start] in _TIGHT_DASHES and _bare_pair(a, b)


def _descending_pair(text: str, a: _Q, b: _Q) -> bool:
    """ "thắng Đoàn Thanh niên B 3-1", "các bác sĩ Bệnh viện 19-8": two bare numbers (`_bare_pair`)
    joined by a dash with no spaces whose first is above the second. A range of a quantity
    counts up ("25-30 sinh viên"); a pair that counts down is a match score or a
    numbered name (a day and month), which counts nothing (spec §2.1). A level pair ("2-2") is
    left alone. The caller has read the other tags (dates, the "tỷ số" score) first."""
    return (
        a.nonfigure is None and b.nonfigure is None
        and _tight_bare_pair(text, a, b) and a.value > b.value
    )


def _low_day_of(text: str, a: _Q, b: _Q) -> bool:
    """Is the bare number ``a``, joined by a dash or "đến"/"tới" to ``b``, the first day of a range
    of days whose end ``b`` is a day written with its month ("từ 10 đến 13/12", "20 - 23/01/2025"):
    a plain day number below ``b``'s day? Such a day is part of a date, not a figure (spec §2.1)."""
    if a.unit is not None or a.scale is not None or a.num_end - a.num_start > 2:
        return False
    sep, month = text[b.num_end : b.num_end + 1], text[b.num_end + 1 : b.num_end + 2]
    if sep not in ("/", ".", "-") or not month.isdigit():
        return False  # ``b`` is no day before its month
    return 1 <= a.value < b.value <= 31


def _ranges(text: str, qs: list[_Q]) -> None:
    for a, b in pairwise(qs):
        if a.range_role or a.spelled or b.spelled:
            continue
        # ``_may_join``'s first test without the call: the first character after one space (the
        # usual gap) is not a dash or the start of "đến"/"tới", nor another space
        c = text[a.end + 1 : a.end + 2] if text[a.end : a.end + 1] == " " else text[a.end : a.end + 1]
        if c not in _JOIN_STARTS and not c.isspace():
            continue
        if not _may_join(text, a.end, b.num_start):
            continue
        gap = (text, a.end, b.num_start)
        joined = _RANGE_DASH.fullmatch(*gap) or _RANGE_WORD.fullmatch(*gap)
        if joined is None:
            continue
        if text.find("\t", a.end, b.num_start) >= 0:
            continue  # "96\t-\t154,8": a table's empty cell "-" between two cells, no range
        if a.nonfigure is None and b.nonfigure in _SHARED_TAGS and a.unit is None and a.scale is None:
            if a.value < b.value:
                a.nonfigure = b.nonfigure  # "2-3 ngày", "5 đến 7 năm": the low end of a duration
                a.notes.append(f"low end of a range whose high end is tagged {b.nonfigure}")
            continue
        if a.nonfigure is None and b.nonfigure == "date" and _low_day_of(text, a, b):
            a.nonfigure = "date"  # "(từ 10 đến 13/12)": the first day of a range of days
            a.notes.append("low day of a range whose high end is a day and month")
            continue
        if b.nonfigure is None and a.nonfigure in _SHARED_FORWARD and b.unit is None and b.scale is None:
            if a.value < b.value:
                b.nonfigure = a.nonfigure  # "trong độ tuổi 16 - 30": the high end of an age range
                b.notes.append(f"high end of a range whose low end is tagged {a.nonfigure}")
            continue
        score = a.nonfigure == "name" and b.nonfigure is None and _RANGE_DASH.fullmatch(*gap)
        if score and _score_before(text, a):
            b.nonfigure = "name"  # "tỷ số 3-1", "tỷ số 1 - 2": the other side of a match score
            b.notes.append("second side of a match score")
            continue
        if score and _tight_bare_pair(text, a, b):
            b.nonfigure = "name"  # "Bệnh viện 19-8": the name goes on after a dash with no spaces
            b.notes.append("rest of a numbered name after a dash")
            continue
        if _descending_pair(text, a, b):
            a.nonfigure = b.nonfigure = "name"  # "thắng … 3-1", "Bệnh viện 19-8": no range counts down
            a.notes.append("first of a descending pair: a score or a name, no range")
            b.notes.append("second of a descending pair: a score or a name, no range")
            continue
        if a.nonfigure == "year" and b.nonfigure is None and _year_range_end(text, a, b):
            b.nonfigure = "year"  # "năm học 2024 - 2025 nhà trường có ...": the school year's end
            b.notes.append("high end of a range of years")
            continue
        if a.nonfigure or b.nonfigure:
            continue
        low = a.value
        inherit = False
        if a.unit is not None and b.unit is not None and a.unit != b.unit:
            sizes = _UNIT_SIZES.get(a.unit), _UNIT_SIZES.get(b.unit)
            if sizes[0] is None or sizes[1] is None or sizes[0][0] != sizes[1][0]:
                continue
            # "mỗi tuyến dài từ 800 m đến 1,5 km": the ends of one range written in two units of the
            # same dimension; each keeps its own unit and scale word ("từ 800 m đến 1,5 nghìn km"),
            # they are compared in the smallest one
            if not low * sizes[0][1] < b.value * sizes[1][1]:
                continue
        else:
            if a.scale is None and b.scale is not None:
                low = a.value * b.scale_value
                inherit = True
            if not low < b.value:
                continue
        if inherit:
            a.value, a.scale, a.scale_value = low, b.scale, b.scale_value
        if a.unit is None and b.unit is not None:
            a.unit, a.kind = b.unit, b.kind
            inherit = True
        if inherit:
            a.notes.append("range start: scale word and unit shared with the range end")
        a.range_role, b.range_role = "low", "high"
        if a.qualifier is None or a.qualifier == "about":
            # "khoảng 30-40 học viên": the range is the approximation; its ends are still the
            # least and the most (spec §2.2)
            a.qualifier = "at_least"
        if b.qualifier is None:
            b.qualifier = "at_most"
        a.notes.append("low end of a range: at_least")
        b.notes.append("high end of a range: at_most")


#: measuring units that one range may join (canonical spellings of units.tsv): the dimension and
#: the size in the dimension's smallest unit here
_UNIT_SIZES: dict[str, tuple[str, Decimal]] = {
    "mm": ("length", Decimal(1)), "cm": ("length", Decimal(10)), "m": ("length", Decimal(1000)),
    "km": ("length", Decimal(1000000)),
    "m2": ("area", Decimal(1)), "ha": ("area", Decimal(10000)), "km2": ("area", Decimal(1000000)),
    "kg": ("weight", Decimal(1)), "yến": ("weight", Decimal(10)), "tạ": ("weight", Decimal(100)),
    "tấn": ("weight", Decimal(1000)),
    "ml": ("volume", Decimal(1)), "lít": ("volume", Decimal(1000)), "m3": ("volume", Decimal(1000000)),
}


#: the most years a range of years spans ("giai đoạn 2021 - 2030"); a wider one counts something
_YEAR_SPAN = 20


def _year_range_end(text: str, a: _Q, b: _Q) -> bool:
    """Is ``b``, joined to the year ``a`` by a dash or "đến", the end of a range of years: ``a``
    written after a year word ("năm học", "giai đoạn", "nhiệm kỳ"), ``b`` four bare digits, a later
    year within ``_YEAR_SPAN``? The counted noun that may follow it ("2025 nhà trường có …")
    begins the sentence, it does not count the year."""
    raw = text[b.num_start : b.num_end]
    if not (
        len(raw) == 4 and raw.isdigit() and b.unit is None and b.scale is None and b.qualifier is None
        and 0 < b.value - a.value <= _YEAR_SPAN
    ):
        return False
    words = text[max(0, a.num_start - 20) : a.num_start].casefold().split()
    return any(" ".join(words[-k:]) in _year_cues() for k in (1, 2) if len(words) >= k)


@cache
def _year_cues() -> frozenset[str]:
    """The words before a number that make it a year (tag "year" in ``nonfigure_cues.tsv``)."""
    return frozenset(p for p, tag in nonfigure_cues("before").items() if tag == "year")


#: a phone number written in space-separated digit groups: "024 3971 2345", "069 2345 678"
_SPACED_PHONE = regex.compile(r"0\d{2,3}(?:[ \u00a0]\d{2,4}){1,3}(?!\d|[.,]\d)")
_PHONE_DIGITS = range(9, 12)
#: a service line ("tổng đài 1900 6122", "1800 1091", "1900 55 88 99"): 1800 or 1900 and four or six
#: more digits in groups; no date or count is written so
_SERVICE_PHONE = regex.compile(
    r"1[89]00(?:[ \u00a0]\d{4}|(?:[ \u00a0]\d{2}){2,3}|[ \u00a0]\d{3}[ \u00a0]\d{3})(?!\d|[.,]\d)"
)


def _spaced_phones(text: str, qs: list[_Q]) -> None:
    """ "Hotline: 024 3971 2345": a leading-zero area code followed by space-separated digit groups,
    9 to 11 digits in all, is a phone number (spec §2.1: codes are no figures), whatever word comes
    before it, even when that word made its short area code a name ("qua số 024 3827 2289": "số"
    before "024"). Its first group is marked here; `_phone_groups` marks the rest. A count written
    with a leading zero ("06 đội hình") is one group and does not match. A service line ("1900 6122",
    "1800 1091": 1800/1900 and four or six digits in groups) is one too; the first test is the
    four-digit length of the number, so most numbers skip the pattern."""
    for q in qs:
        four = q.num_end - q.num_start == 4
        if four and not (q.unit or q.scale) and _SERVICE_PHONE.match(text, q.num_start):
            # "1900 6122": a service line, not the year 1900 followed by a count
            q.nonfigure = "code"
            q.kind = "number"
            q.notes.append("a service phone number (1800/1900)")
            continue
        if q.unit or q.scale or text[q.num_start : q.num_start + 1] != "0":
            continue
        if q.nonfigure not in (None, "name"):
            continue  # (a short area code after "số", "qua số 024 3827 2289", was read as a name first)
        m = _SPACED_PHONE.match(text, q.num_start)
        if m is None or " " not in m.group().replace("\u00a0", " "):
            continue
        if sum(c.isdigit() for c in m.group()) in _PHONE_DIGITS:
            q.nonfigure = "code"
            q.unit, q.kind, q.scale = None, "number", None
            q.notes.append("a phone number in digit groups")


#: words of a phone line; the first number after one, in its clause, is the number to call
_PHONE_CUE = regex.compile(r"\b(?:hotline|tổng đài|đường dây nóng)\b")
#: what may stand between the cue and the number: words and a colon, no digit, no clause end
_PHONE_GAP = regex.compile(r"[^\d.;!?\n()]{0,60}")


def _after_phone_cue(text: str, lowered: str, qs: list[_Q]) -> None:
    """ "Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 để …", "Hotline tố giác tội phạm: 113": the
    first number after a phone-line word within its clause, with no unit, scale or counted noun, is
    the number to call (a code, spec §2.1). A cheap first test on the lower-cased text: most texts
    have no such word."""
    if "hotline" not in lowered and "tổng đài" not in lowered and "đường dây nóng" not in lowered:
        return
    for m in _PHONE_CUE.finditer(lowered):
        gap = _PHONE_GAP.match(lowered, m.end())
        if gap is None:
            continue
        for q in qs:
            if q.num_start < m.end():
                continue
            if q.num_start <= gap.end() and q.nonfigure is None and not (q.unit or q.scale or q.count_after):
                q.nonfigure = "code"
                q.kind = "number"
                q.notes.append("the number of a phone line")
            break


def _phone_groups(text: str, qs: list[_Q]) -> None:
    """"0905 123 456": the groups after a phone-like code are part of it."""
    for a, b in pairwise(qs):
        if (
            a.nonfigure == "code"
            and b.nonfigure is None
            and (text[a.num_start : a.num_start + 1] == "0" or "phone" in "".join(a.notes))
            and text[a.end : b.num_start] in (" ", ".", "\u00a0")
            and 2 <= b.num_end - b.num_start <= 4
            and text[b.num_start : b.num_end].isdigit()
        ):
            b.nonfigure = "code"
            b.unit, b.kind, b.scale = None, "number", None
            b.notes.append("a digit group of the phone number before it")


#: what joins the items of a list of numbered names: "7, 9 và 12", "3, 5, 7"
_NAME_LIST_JOIN = regex.compile(r"[ \t]*(?:,[ \t]*(?:và|hoặc)?|và|hoặc)[ \t]+")
#: what may follow the last bare item: the clause ends, the list goes on with another number, or
#: the verb of the clause starts (a lower-case word: the item has no counted noun, `count_after`)
_NAME_LIST_END = regex.compile(r"[ \t]*(?:[.,;:!?)\n]|$|(?:và|hoặc)[ \t]+\d)|[ \t]+\p{Ll}")


def _name_lists(text: str, qs: list[_Q]) -> None:
    """ "ở các tổ dân phố 7, 9 và 12": the bare numbers listed after a numbered name (one that a
    level word before it made a name: "tổ dân phố 7", "phường 3") are the next names of the same
    list, not counts (spec §2.1: names are no figures). An item must be a bare number (no unit,
    scale or counted noun) joined by a comma, "và" or "hoặc", and stand at the end of its clause,
    before the next item or before the verb of the clause ("do các tổ dân phố 5 và 7 nhận chăm sóc":
    a lower-case word that is no counted noun): "tổ dân phố 7 có 9 hộ" keeps its count, and so does
    "tổ dân phố 7 và 9 hộ" (a counted noun follows). Only pairs whose first number is a name are
    read further (a cheap first test)."""
    for a, b in pairwise(qs):
        if a.nonfigure != "name" or b.nonfigure is not None or b.unit or b.scale or b.count_after:
            continue
        join = _NAME_LIST_JOIN.match(text, a.end)
        if join is None or join.end() != b.num_start or b.start != b.num_start:
            continue
        if not text[b.num_start : b.num_end].isdigit() or _NAME_LIST_END.match(text, b.end) is None:
            continue
        b.nonfigure = "name"
        b.kind = "number"
        b.notes.append("the next numbered name of a list")


def _road_positions(text: str, qs: list[_Q]) -> None:
    """"Km 34+500": a position on a road (kilometre post and metres), not a figure; both numbers are
    names. Read only where "+" joins two numbers right after "km" (a cheap first test: most texts
    have no "+")."""
    if "+" not in text:
        return
    for a, b in pairwise(qs):
        if (
            text.startswith("+", a.num_end) or text[a.num_end : a.num_end + 2] == " +"
        ) and text[a.num_end : b.num_start].strip(" ") == "+" and _after_km(text, a.num_start):
            for q in (a, b):
                q.nonfigure = "name"
                q.unit, q.kind, q.scale = None, "number", None
                q.notes.append("a road position (Km N+M)")


def _after_km(text: str, s: int) -> bool:
    """"km"/"Km" right before ``s`` (glued or after spaces), as a word of its own."""
    j = s
    while j > 0 and text[j - 1] in " \t\u00a0":
        j -= 1
    return text[max(0, j - 2) : j].lower() == "km" and (j < 3 or not text[j - 3].isalnum())


#: what may follow an amount whose currency is left out in a list ("Đà Nẵng 18,45 tỷ; …")
_LIST_ITEM_END = regex.compile(r"[^\S\n]*(?:[,;)]|\.(?!\d)|\n|$|và(?!\w))")
#: between two amounts of one list: no line break, a list separator
_LIST_GAP = regex.compile(r"[^\n]{0,80}")


def _elided_currency(text: str, qs: list[_Q]) -> None:
    """In a list of amounts in đồng, an item written with a scale word but without the currency is in
    đồng too ("Huế 12,6 tỉ đồng; Đà Nẵng 18,45 tỷ; Quảng Ngãi 9,3 tỷ đồng"): the currency is left out
    as a range start leaves it out. Only when nothing counted follows the item ("1,5 triệu cây" stays
    a count) and a neighbour in the same line, across a comma or semicolon, is an amount in đồng."""
    changed = True
    while changed:
        changed = False
        for i, q in enumerate(qs):
            if q.scale is None or q.unit is not None or q.nonfigure is not None or q.spelled:
                continue
            if not _LIST_ITEM_END.match(text, q.end):
                continue
            for j in (i - 1, i + 1):
                if not 0 <= j < len(qs):
                    continue
                o = qs[j]
                if o.unit != "đồng" or o.nonfigure is not None:
                    continue
                a, b = (o.end, q.num_start) if j < i else (q.end, o.num_start)
                gap = text[a:b]
                if ("," in gap or ";" in gap) and _LIST_GAP.fullmatch(gap):
                    q.unit, q.kind = "đồng", "money"
                    q.notes.append("money: the currency is left out in a list of amounts in đồng")
                    changed = True
                    break


def _fixed_expression_spans(text: str, dates: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Where a fixed expression of ``fixed_expressions.tsv`` stands ("trực 24/7"), not inside a date
    and not before a counted noun ("24/24 xã" is a ratio); found by ``str.find``."""
    out: list[tuple[int, int, str]] = []
    for expr, tag in fixed_expressions().items():
        i = text.find(expr)
        while i != -1:
            e = i + len(expr)
            nxt = text[e : e + 2]
            glued_after = nxt[:1].isalnum() or (nxt[:1] in ("/", ".", ",", ":", "-") and nxt[1:].isdigit())
            if (
                (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "./,:-"))
                and not glued_after
                and not any(ds < e and i < de for ds, de, _ in dates)
                and not _noun_after().match(text, e)
            ):
                out.append((i, e, tag))
            i = text.find(expr, e)
    return out


def _ratios(text: str, qs: list[_Q]) -> None:
    """"12/15 chi đoàn": the part and the whole of a ratio (a cheap first test: a text without "/"
    has none); after a number that is a name ("vòng 1/8") the whole is part of the name."""
    if "/" not in text:
        return
    for a, b in pairwise(qs):
        if (
            a.nonfigure == "name" and b.nonfigure is None and not a.unit and not b.unit and b.scale is None
            and b.num_start == a.end + 1 and text[a.end] == "/"
        ):
            # "vào vòng 1/8" (the round of 16): a fraction after a word of a name is all the name
            b.nonfigure = "name"
            b.notes.append(f"{text[a.start:b.end]}: the rest of a name")
            continue
        if (
            a.nonfigure is None and b.nonfigure is None and not a.unit
            and b.num_start == a.end + 1 and text[a.end] == "/"
        ):
            a.notes.append(f"ratio {text[a.start:b.end]}: a part")
            b.notes.append(f"ratio {text[a.start:b.end]}: the whole")


def _word_hits(lowered: str, words: tuple[str, ...] | frozenset[str]) -> list[int]:
    """Start offsets of whole-word occurrences of ``words`` (fast: str.find, no regex scan)."""
    hits: list[int] = []
    n = len(lowered)
    for w in words:
        i = lowered.find(w)
        while i != -1:
            e = i + len(w)
            if (i == 0 or not lowered[i - 1].isalnum()) and (e >= n or not lowered[e].isalnum()):
                hits.append(i)
            i = lowered.find(w, e)
    return sorted(hits)


def _spelled_runs(lowered: str) -> list[regex.Match[str]]:
    """Maximal runs of number words around an anchor ("mười", "trăm", a scale word) or a digit word."""
    pattern = _spelled.run_pattern()
    runs: list[regex.Match[str]] = []
    last_end = -1
    for p in _word_hits(lowered, _RUN_WORDS):
        if p < last_end:
            continue
        start = p
        for w, ws, _we in _iter_prev_words(lowered, p, 12):
            if w not in spelled_words():
                break
            start = ws
        start = max(start, last_end)
        m = pattern.match(lowered, start)
        if m is not None and m.end() > p:
            runs.append(m)
            last_end = m.end()
    return runs


def _lowered(text: str) -> str:
    """``text`` lower-cased character by character, so that offsets stay (a character whose lower
    case is longer, "İ", is kept)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare character changes length when lower-cased
        lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in text)
    return lowered


def _scan_words(t: _Text, taken: tuple[list[int], list[tuple[int, int, str]]], lowered: str) -> list[_Q]:
    """Vague ("hàng trăm") and spelled-out ("mười lăm") quantities. ``lowered``: ``_lowered(text)``."""
    text = t.text
    out: list[_Q] = []
    vague_spans: list[tuple[int, int]] = []
    vague_iter = (m for p in _word_hits(lowered, _VAGUE_HEADS) if (m := _VAGUE.match(text, p)))
    for m in vague_iter:
        v = Decimal(scales()[m.group(1).casefold()])
        if m.group(2):
            v *= scales()[m.group(2).casefold()]
        q = _Q(m.start(), m.end(), v, m.start(), m.end(), spelled=True, nonfigure="vague")
        q.scale = m.group(2) or m.group(1)
        q.notes.append("vague quantity: the value is the order of magnitude")
        un = t.unit(q.end)
        if un is not None:
            q.unit, q.kind, q.end = un
        out.append(q)
        vague_spans.append((m.start(), q.end))
    words = spelled_words()
    for run in _spelled_runs(lowered):
        if any(s < run.end() and run.start() < e for s, e in vague_spans):
            continue
        if _inside(taken, run.start(), run.start() + 1) or _inside(taken, run.end() - 1, run.end()):
            continue
        toks = [(w.group().casefold(), w.start(), w.end()) for w in _WORD_CHARS.finditer(run.group())]
        base = run.start()
        i = 0
        while i < len(toks):
            accepted = False
            for j in range(min(len(toks), i + 12), i, -1):
                ws = [tok[0] for tok in toks[i:j]]
                val = _spelled.words_value(ws)
                if val is None:
                    continue
                ok = _spelled.is_structured(ws)
                if not ok and j == i + 1 and ws[0] in _DIGIT_ONLY:
                    nxt = t.after(base + toks[i][2])
                    ok = bool(nxt) and _lookup_after(nxt, _phrases("count_nouns")) is not None
                if not ok:
                    continue
                s, e = base + toks[i][1], base + toks[j - 1][2]
                if ws[0] in words and ws[0] in ("tư", "mốt", "lăm", "linh", "lẻ", "rưỡi", "mươi"):
                    continue
                q = _Q(s, e, Decimal(val), s, e, spelled=True, nonfigure="spelled")
                sc = [w for w in ws if w in scales()]
                q.scale = text[s:e].split()[ws.index(sc[-1])] if sc else None
                un = t.unit(e)
                if un is not None:
                    q.unit, q.kind, q.end = un
                _qualifier(t, t.before(s), q)
                out.append(q)
                i = j
                accepted = True
                break
            if not accepted:
                i += 1
    return out


def _quote_spans(text: str) -> list[tuple[int, int, str]]:
    """The short quoted phrases (``_QUOTES``), as ``finditer`` finds them but with the pattern tried
    only at the opening quote marks, found by ``str.find`` (a match starts at one)."""
    opens = []
    for mark in "“\"‘«":
        i = text.find(mark)
        while i != -1:
            opens.append(i)
            i = text.find(mark, i + 1)
    opens.sort()
    spans = []
    pos = 0
    for i in opens:
        if i < pos:
            continue
        m = _QUOTES.match(text, i)
        if m is not None and not _is_speech(text, m.start(), m.end()):
            spans.append((m.start(), m.end(), "quote"))
            pos = m.end()
    return spans


#: the verbs of saying that tag a quotation with its speaker
_SAYING = r"(?:chia sẻ|cho biết|nói|kể|khẳng định|phát biểu|bày tỏ|nhấn mạnh|tâm sự|thông tin)"
#: a verb of saying after a closing quote and its speaker ("”, anh A, Bí thư Đoàn phường chia sẻ")
_SPEECH_AFTER = regex.compile(
    r"[,.!?]?[ \t]*[,–-]?[ \t]*[^\n“”\"]{0,60}?(?<![\p{L}])" + _SAYING + r"(?![\p{L}])"
)


#: a plural first person opening a quotation ("“Chúng tôi dự kiến …”"): a speaker's own words, not
#: a name ("“Em yêu biển đảo”", "“Tôi yêu Việt Nam”" are names of campaigns: the singular is left out)
_FIRST_PERSON_OPENING = regex.compile(r"Chúng[^\S\n]+(?:tôi|em|mình)[^\S\n]")


#: a verb of saying and a colon right before an opening quote ("Chị A nói: “…”"): what follows is speech
#: (at most two blanks after the colon, as `_is_speech`'s cheap test looks three characters back)
_SPEECH_BEFORE = regex.compile(r"(?<![\p{L}])" + _SAYING + r"[ \t]*:[ \t]{0,2}$")
#: the nouns a quoted title names right after ("cuộc thi “…”", "mô hình “…”"): its words are a name even
#: when a speaker's tag follows the sentence
_TITLE_NOUNS = (
    "chương trình", "cuộc thi", "hội thi", "mô hình", "công trình", "phong trào", "chiến dịch", "chủ đề",
    "khẩu hiệu", "thông điệp", "danh hiệu", "giải", "giải thưởng", "dự án", "cuộc vận động", "đề tài",
    "tác phẩm", "câu lạc bộ", "CLB", "đội hình", "ngày hội", "hội trại", "diễn đàn", "tọa đàm", "chuyên đề",
    "chuyên mục", "tên", "mang tên", "tên gọi", "gọi là", "sách", "cuốn sách", "bài hát", "phim", "tiểu phẩm",
    "hoạt động", "điểm", "tủ sách", "góc", "quỹ", "đề án", "kế hoạch", "sáng kiến", "ý tưởng", "tour",
)
#: a quotation opening with "mỗi"/"từng" is a "Mỗi X một Y" slogan or what each unit is to do (spec §2.1)
_EACH_OPENINGS = frozenset({"mỗi", "từng"})
_TITLE_BEFORE = regex.compile(
    r"(?<![\p{L}])(?:" + "|".join(sorted(map(regex.escape, _TITLE_NOUNS), key=len, reverse=True))
    + r")[ \t]*$",
    regex.IGNORECASE,
)


def _is_speech(text: str, start: int, end: int) -> bool:
    """A quotation of what somebody said, not a name: at least six words with a comma inside, or
    opening with "Chúng tôi/em/mình" and a comma right after the closing mark ("“Chúng tôi dự
    kiến mở thêm đợt hè với khoảng 1.500 đơn vị máu”, chị A nói"), and a verb of saying after it
    ("“Có ngày cao điểm, mỗi bạn hướng dẫn tới 60 người”, anh A chia sẻ"). Its numbers are read
    like the body's (spec §2.1: a quoted result or plan is a figure); a name in quotes ("“1 phường
    - 1 nhóm”") keeps its numbers out. Without a comma inside, a clause closed by its speaker's tag
    ("“Năm nay xã có 45 em được nhận quà”, chị A nói") or opened by a verb of saying and a colon
    ("Chị A nói: “…”") is speech too unless it reads as a title: right after a noun it names
    (`_TITLE_NOUNS`) or with most of its words capitalised."""
    inner = text[start + 1 : end - 1]
    if inner.count(" ") < 5:
        return False
    if "," in inner or (_FIRST_PERSON_OPENING.match(inner) is not None and text.startswith(",", end)):
        return _SPEECH_AFTER.match(text, end) is not None
    first = inner.split(None, 1)
    if not first:
        return False  # a quote of blanks only ("“      ”")
    if first[0].casefold() in _EACH_OPENINGS:
        return False  # "“Mỗi chi đoàn nhận 1 tuyến phố”": a slogan's shape or a rule for each, no result
    if text.startswith(",", end):
        if _SPEECH_AFTER.match(text, end) is None:
            return False
    elif ":" not in text[max(0, start - 3) : start]:
        return False  # the cheap test first: no colon right before the opening mark
    elif _SPEECH_BEFORE.search(text, max(0, start - 40), start) is None:
        return False
    return not _title_like(text, start, inner)


def _title_like(text: str, start: int, inner: str) -> bool:
    """A quoted phrase reads as a title: a naming noun right before it or most words capitalised."""
    words = inner.split()
    if 2 * sum(w[:1].isupper() for w in words[1:]) > len(words) - 1:
        return True  # "“Tuổi Trẻ Lào Cai Chung Tay Vì Cộng Đồng”"
    return _TITLE_BEFORE.search(text, max(0, start - 30), start) is not None


_START_END = attrgetter("start", "end")


def _scan(text: str, lowered: str | None = None) -> list[_Q]:
    """``lowered``: ``_lowered(text)`` when the caller has it."""
    if not text:
        return []
    # the digit runs are found once and shared by the document numbers, the dates and the tokens
    runs = digit_runs(text)
    spans = [(d.start, d.end, "docnumber") for d in _find_doc_numbers(text, runs)]
    # the lower case is read once, for the date words and the number words
    if lowered is None:
        lowered = _lowered(text)
    dates = _find_dates(text, None, runs, lowered)
    spans += [(dm.start, dm.end, "time" if dm.kind == "time" else "date") for dm in dates]
    spans += _fixed_expression_spans(text, spans)
    masks = _spans_index(spans)
    quotes = _spans_index(_quote_spans(text))
    t = _Text(text)
    qs = _scan_digits(t, runs, masks, quotes)
    _spaced_phones(text, qs)
    _after_phone_cue(text, lowered, qs)
    _phone_groups(text, qs)
    _name_lists(text, qs)
    _road_positions(text, qs)
    _ranges(text, qs)
    _elided_currency(text, qs)
    _ratios(text, qs)
    taken = _spans_index([(q.start, q.end, "q") for q in qs])
    qs.extend(_scan_words(t, taken, lowered))
    qs.sort(key=_START_END)
    return qs


def find_quantities(text: str, *, low: str | None = None) -> list[Quantity]:
    """Every number in ``text`` (digits, spelled-out, vague), sorted by start.

    Non-figures (dates, years, document numbers, names, durations...) are returned too, with
    the reason in ``nonfigure``; figure candidates have ``nonfigure is None``.
    Decomposed (NFD) input is read on its NFC form; offsets always point into ``text``.

    ``low``, when the caller has it (``figures.context.TextContext.low``), is ``text.lower()`` of a
    ``text`` that is NFC, lower case keeping its length: neither is then worked out again.
    """
    if low is None:
        nfc, offsets = to_nfc(text)
    else:
        nfc, offsets = text, None
    found = [q.freeze(nfc) for q in _scan(nfc, low)]
    if offsets is None:
        return found
    out = []
    for q in found:
        s, e = back(offsets, q.start), back(offsets, q.end)
        qs = q.qualifier_span
        out.append(
            replace(
                q, start=s, end=e, text=text[s:e],
                number_span=(back(offsets, q.number_span[0]), back(offsets, q.number_span[1])),
                qualifier_span=None if qs is None else (back(offsets, qs[0]), back(offsets, qs[1])),
            )
        )
    return out


def parse_number(text: str) -> int | Decimal | None:
    """The value of one whole number expression, in base units.

    "8.884" -> 8884, "17,5 tỉ đồng" -> 17500000000, "hai triệu rưỡi" -> 2500000, "98,5%" ->
    Decimal("98.5"). ``None`` when the text holds no number, or only a date or document number.
    """
    if not text or not text.strip():
        return None
    text = to_nfc(text)[0]
    whole = _spelled.parse_words(text) if _LETTERS_ONLY.fullmatch(text.strip()) else None
    if whole is not None:
        return _to_value(Decimal(whole))
    for q in _scan(text):
        if q.nonfigure in ("date", "time", "docnumber"):
            return None
        return _to_value(q.value)
    return None

