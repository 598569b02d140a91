"""Cross-checks: a stated total against the parts the text itemises (never changes a figure).

Two patterns:

* ``breakdown`` — a figure followed, in the same or the next sentence, by "trong đó", "cụ thể",
  "gồm", "bao gồm" and two or more figures of the same category ("21 công trình …, trong đó có 17
  công trình … và 4 công trình …");
* ``footnote`` — a total in the body sentence that carries a footnote marker, and the figures of the
  same category that the footnote lists ("… tổng nguồn lực hỗ trợ là 475 triệu đồng¹" with the
  itemised amounts in footnote 1).

A total with "hơn/trên" holds when the parts reach it; "gần/khoảng" when they are within 10 %.
"""

from __future__ import annotations

import bisect
import itertools
from decimal import Decimal

import regex

from reportextract.model import Check, Figure, Report, Value

_CUE = regex.compile(r"\b(trong đó|cụ thể|bao gồm|gồm|chia ra|gồm có)\b", regex.IGNORECASE)
# any text `_CUE` matches holds one of these words, and two of them never overlap (see `_Cues`)
_CUE_WORDS = ("trong đó", "cụ thể", "gồm", "chia ra")
_CUE_WORDS_RE = regex.compile("|".join(_CUE_WORDS), regex.IGNORECASE)
_SENT = regex.compile(r"(?<=[.!?])\s+|\n+")
# `_SENT` without the look-behind: the same breaks, each with the punctuation mark before it (the
# regex engine skips ahead to a mark or a newline instead of trying the look-behind everywhere)
_BREAK = regex.compile(r"[.!?]\s+|\n+")


def _holds(total: Value, qualifier: str | None, parts_sum: Value) -> bool:
    t, s = Decimal(total), Decimal(parts_sum)
    if qualifier in ("more_than", "at_least"):
        return s >= t
    if qualifier in ("nearly", "about"):
        return abs(s - t) <= t * Decimal("0.1")
    if qualifier == "at_most":
        return s <= t
    return abs(s - t) <= Decimal("1e-6") * max(Decimal(1), abs(t))


def _sum(values: list[Value]) -> Value:
    total: Value = 0
    for v in values:
        total = (
            total + v if not isinstance(v, Decimal) and not isinstance(total, Decimal) else Decimal(total) + v
        )
    return total


def find_checks(report: Report, figures: list[Figure]) -> list[Check]:
    checks: list[Check] = []
    body = report.body
    body_figs = [(i, f) for i, f in enumerate(figures) if f.where == "body"]
    used_totals: set[int] = set()
    # breakdowns in the body
    breaks = _Breaks(body)
    cues = _Cues(body)
    after = _After(body_figs)
    for n, (i, total) in enumerate(body_figs):
        if not cues.any_after(total.span[1]):
            continue
        window_end = breaks.next_end(total.span[1])
        cue = cues.search(total.span[1], window_end)
        if not cue:
            continue
        # the cue must come before the next figure of the same category
        cue_end = cue.end()
        parts_end = breaks.end(cue_end)
        parts = [(j, f) for j, f in after.starting(n, cue_end, parts_end) if f.category == total.category]
        between = [
            f for _, f in after.starting(n, total.span[1], cue.start()) if f.category == total.category
        ]
        if len(parts) < 2 or between:
            continue
        checks.append(_check("breakdown", i, total, parts, f"the parts after '{cue.group()}'"))
        used_totals.add(i)
    # footnote itemisations: each footnote's figures gathered in one pass over the figures
    by_note: dict[str | None, list[tuple[int, Figure]]] = {}
    for j, f in enumerate(figures):
        if f.where == "footnote":
            by_note.setdefault(f.footnote, []).append((j, f))
    for note in report.footnotes:
        if note.offset is None:
            continue
        s_start = _sentence_start(body, note.offset)
        s_end = breaks.end(note.offset)
        in_note = by_note.get(note.id, [])
        for i, total in after.between(s_start, s_end):
            if i in used_totals:
                continue
            parts = [(j, f) for j, f in in_note if f.category == total.category and f.kind == total.kind]
            if len(parts) < 2:
                continue
            checks.append(_check("footnote", i, total, parts, f"footnote {note.id}"))
    return checks


class _After:
    """The body figures after the n-th one that start in a stretch of text, found by bisection when the
    figures come in text order (they do, from `find_figures`), else by going through them."""

    def __init__(self, body_figs: list[tuple[int, Figure]]) -> None:
        self.figs = body_figs
        self.starts = [f.span[0] for _, f in body_figs]
        self.ordered = all(a <= b for a, b in itertools.pairwise(self.starts))

    def between(self, lo: int, hi: int) -> list[tuple[int, Figure]]:
        """``[(i, f) for i, f in figs if lo <= f.span[0] < hi]``."""
        if self.ordered:
            return self.figs[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]
        return [(i, f) for i, f in self.figs if lo <= f.span[0] < hi]

    def starting(self, n: int, lo: int, hi: int) -> list[tuple[int, Figure]]:
        """``[(j, f) for j, f in figs[n + 1 :] if lo <= f.span[0] < hi]``."""
        if self.ordered:
            a = bisect.bisect_left(self.starts, lo, n + 1)
            b = bisect.bisect_left(self.starts, hi, a)
            return self.figs[a:b]
        return [(j, f) for j, f in self.figs[n + 1 :] if lo <= f.span[0] < hi]


def _check(kind: str, i: int, total: Figure, parts: list[tuple[int, Figure]], against: str) -> Check:
    """A check of figure `i` (the total) against the numbered `parts`."""
    psum = _sum([f.value for _, f in parts])
    return Check(
        kind=kind,
        total=total.value,
        parts=[f.value for _, f in parts],
        sum=psum,
        ok=_holds(total.value, total.qualifier, psum),
        total_figure=i,
        part_figures=[j for j, _ in parts],
        description=f"{total.text} {total.measure} vs {against}",
    )


class _Breaks:
    """The sentence breaks of one text, found once: `end(pos)` is `_sentence_end(text, pos)`.

    A search from `pos` finds the first break that the scan of the whole text finds at or after
    `pos` (a position the scan tried and rejected is rejected from `pos` too), except when `pos`
    falls inside a break the scan found ("." then "  \n": a search from the middle may start
    there): then it searches."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.starts: list[int] = []
        self.ends: list[int] = []
        for m in _BREAK.finditer(text):
            start, end = m.span()
            # a match of `_BREAK` holds only white space after its first character, so no match starts
            # on a mark another one took: the breaks of `_SENT`, each with its mark
            self.starts.append(start if text[start] == "\n" else start + 1)
            self.ends.append(end)

    def end(self, pos: int) -> int:
        i = bisect.bisect_right(self.ends, pos)  # the first break ending after pos
        if i == len(self.ends):
            return len(self.text)  # the scan found no break after pos: a search finds none either
        start = self.starts[i]
        if start >= pos:
            return start
        # pos lies inside break i, so white space comes before it: the look-behind fails up to the end of
        # the break, and a search finds the first newline left in it, else where the scan went on
        nl = self.text.find("\n", pos, self.ends[i])
        if nl != -1:
            return nl
        return self.starts[i + 1] if i + 1 < len(self.starts) else len(self.text)

    def next_end(self, pos: int) -> int:
        """The end of the sentence after the one holding `pos`, at most 400 characters on."""
        end = self.end(pos)
        nxt = self.end(min(len(self.text), end + 1))
        return min(nxt, end + 400)


class _Cues:
    """The cue words of one text, found once, so that most windows need no `_CUE` search.

    A match of `_CUE` holds one of `_CUE_WORDS` ("bao gồm" holds "gồm"), matched ignoring case. A
    character that matches a letter of these words ignoring case has that letter as its lower case,
    save "İ", whose lower case is two characters long; so when lower-casing keeps the length, every
    such match is one of the words in the lower-cased text, found by `str.find` (the words never
    overlap each other, so their places sort the same by start and by end). A window without one of
    them whole inside it holds no cue."""

    def __init__(self, text: str) -> None:
        self.text = text
        low = text.lower()
        places: list[tuple[int, int]] = []
        if len(low) == len(text):
            for word in _CUE_WORDS:
                i = low.find(word)
                while i != -1:
                    places.append((i, i + len(word)))
                    i = low.find(word, i + len(word))
            places.sort()
        else:
            places = [m.span() for m in _CUE_WORDS_RE.finditer(text)]
        self.starts = [a for a, _ in places]
        self.ends = [b for _, b in places]

    def any_after(self, pos: int) -> bool:
        """Whether a cue word starts at or after `pos`."""
        return bool(self.starts) and self.starts[-1] >= pos

    def search(self, pos: int, endpos: int) -> regex.Match[str] | None:
        """`_CUE.search(text, pos, endpos)`."""
        i = bisect.bisect_left(self.starts, pos)
        if i == len(self.starts) or self.ends[i] > endpos:
            return None
        return _CUE.search(self.text, pos, endpos)


def _sentence_end(text: str, pos: int) -> int:
    m = _SENT.search(text, pos)
    return m.start() if m else len(text)


def _sentence_start(text: str, pos: int) -> int:
    """Start of the sentence holding `pos` (searching back from `pos`, not from the start)."""
    window = max(0, pos - 600)
    last = window
    for m in _SENT.finditer(text, window, pos):
        last = m.end()
    return last
