"""Where a figure sits in its text: clause, sentence, paragraph, and the words around it.

A `TextContext` is built once per text (the body, or one footnote) and answers span queries by
bisection over precomputed boundaries, so per-figure lookups stay cheap.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import islice
from typing import Any

import regex

from reportextract._reclass import bmp_class, is_bmp
from reportextract.figures.lexicon import _WORD_CLASS as _WORD_FIRST
from reportextract.figures.lexicon import Probes, key
from reportextract.numbers import Quantity, find_quantities

_WORD_NEXT = r"[\p{L}\d]"
_WORD = regex.compile(rf"{_WORD_FIRST}+(?:[./]{_WORD_NEXT}+)*")
# a sentence ends at . ! ? … followed by a space and an upper-case letter, a digit, a quote or a dash
# (the match starts at the stop itself: a scan for the stop is quicker than a look-behind tried at
# every character; the sentence ends after the spaces)
_SENT_END = regex.compile(r"[.!?…][\"”’)]*\s+(?=[\p{Lu}\d“\"‘(–-])")
_CLAUSE_END = re.compile(r"[;:]")
_PARA_END = re.compile(r"\n")
_LAST_WORD = regex.compile(r"[\p{L}.]+\.?$")
# words that end with a dot without ending a sentence ("TP. Hồ Chí Minh", "T.Ư. Đoàn", "ThS. Lê")
_ABBREV = frozenset(
    {
        "tp",
        "tx",
        "tt",
        "ths",
        "ts",
        "pgs",
        "gs",
        "bs",
        "đ/c",
        "q",
        "p",
        "t.ư",
        "tw",
        "st",
        "h",
        "x",
        "ng",
        "v.v",
    }
)


@dataclass(slots=True)
class TextContext:
    text: str
    paras: list[int] = field(default_factory=list)
    sents: list[int] = field(default_factory=list)
    clauses: list[int] = field(default_factory=list)
    #: the lower-cased text, when it keeps the offsets and the text is NFC (see `may_contain`)
    low: str | None = None
    #: the words that introduce a list, by the start of the clause after them (see figures.extract)
    intro_words: dict[int, list[str]] = field(default_factory=dict)
    #: (start, end) of the span after each boundary, by `bisect_right` index (see `_spans_of`)
    _clause_spans: list[tuple[int, int]] = field(init=False, repr=False)
    _sent_spans: list[tuple[int, int]] = field(init=False, repr=False)
    _para_spans: list[tuple[int, int]] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        n = len(self.text)
        self._clause_spans = _spans_of(self.clauses, n)
        self._sent_spans = _spans_of(self.sents, n)
        self._para_spans = _spans_of(self.paras, n)

    @classmethod
    def build(cls, text: str) -> TextContext:
        paras = [m.end() for m in _PARA_END.finditer(text)]
        sents = []
        for m in _SENT_END.finditer(text):
            stop = m.start() + 1  # just after the full stop
            before = text[max(0, stop - 6) : stop]
            last = _LAST_WORD.findall(before)
            word = last[0].rstrip(".").lower() if last else ""
            if word in _ABBREV or (len(word) == 1 and word.isalpha()):
                continue
            sents.append(m.end())
        sents = sorted(set(sents) | set(paras))
        clauses = sorted(set(sents) | {m.end() for m in _CLAUSE_END.finditer(text)})
        lowered = text.lower()
        low = lowered if len(lowered) == len(text) and unicodedata.is_normalized("NFC", text) else None
        return cls(text=text, paras=paras, sents=sents, clauses=clauses, low=low)

    def may_contain(self, probes: Probes | None, start: int, end: int) -> bool:
        """False only when no phrase of `probes` (lexicon `cue_probes`) has all its probe words in
        [start, end): then none of those cue phrases is among the keys of the words there."""
        if probes is None or self.low is None:
            return True
        return probes_in(self.low, probes, start, end)

    def clause(self, pos: int) -> tuple[int, int]:
        return self._clause_spans[bisect.bisect_right(self.clauses, pos)]

    def sentence(self, pos: int) -> tuple[int, int]:
        return self._sent_spans[bisect.bisect_right(self.sents, pos)]

    def paragraph(self, pos: int) -> tuple[int, int]:
        return self._para_spans[bisect.bisect_right(self.paras, pos)]

    def previous_sentences(self, pos: int) -> list[tuple[int, int]]:
        """Sentences of the same paragraph before the one holding `pos`, nearest first."""
        pstart, _ = self.paragraph(pos)
        sstart, _ = self.sentence(pos)
        out = []
        while sstart > pstart:
            prev = self.sentence(sstart - 1)
            if prev[0] < pstart:
                prev = (pstart, prev[1])
            out.append(prev)
            if prev[0] == sstart:
                break
            sstart = prev[0]
        return out


def words_before(text: str, pos: int, n: int, floor: int = 0) -> list[str]:
    """The last `n` words (keyed) before `pos`, not reaching before `floor`."""
    lo = max(floor, pos - 12 * n)
    if lo < 0 or lo > pos:  # (a slice's own reading of such bounds)
        return [key(w) for w in _WORD.findall(text[lo:pos])[-n:]]
    entry = _TEXTS.get(id(text))
    if entry is None or entry[0] is not text:
        # read in place: the pattern looks at nothing outside the span, as in a slice of the text
        return [key(w) for w in _WORD.findall(text, lo, pos)[-n:]]
    # a registered text (see `indexed`): the keyed words of a span are read once; 44 % of the calls
    # of a report's figures read a span already read (the same clause start or reach, the same number)
    memo = entry[2]
    words = memo.get((lo, pos))
    if words is None:
        words = memo[lo, pos] = tuple([key(w) for w in entry[1].findall(text, lo, pos)])
    return list(words[-n:])


def _spans_of(bounds: list[int], length: int) -> list[tuple[int, int]]:
    """For sorted boundaries, the span each `bisect_right` index stands for: from the boundary
    before (or 0) to the boundary after (or `length`)."""
    starts = [0, *bounds]
    ends = [*bounds, length]
    return list(zip(starts, ends, strict=True))


def reach(n: int) -> int:
    """How many characters after its start `words_after` reads `n` words from."""
    return 14 * n + 20


def words_after(
    text: str,
    pos: int,
    n: int,
    ceil: int | None = None,
    *,
    starting_before: int | None = None,
    window: int | None = None,
) -> list[tuple[str, int, int]]:
    """The next `n` words after `pos` as (key, start, end), not reaching past `ceil` (and, with
    `starting_before`, only the words that start before that offset).

    The words are read from the `reach(n)` characters after `pos`, or up to `window` when given:
    the words of a longer reading can so be read in two steps, the second one starting at the end
    of the last word of the first (what a single reading does between two words)."""
    end = len(text) if ceil is None else ceil
    out: list[tuple[str, int, int]] = []
    limit = min(end, pos + 14 * n + 20 if window is None else window)  # pos + reach(n), inlined
    pattern = _WORD
    if pos >= 0 and limit >= 0:  # (the two modules may read a negative bound each its own way)
        entry = _TEXTS.get(id(text))
        if entry is not None and entry[0] is text:
            pattern = entry[1]  # see `indexed`
    # one word at least is read, as before, even for `n` < 1
    words = islice(pattern.finditer(text, pos, limit), n if n > 0 else 1)
    append = out.append
    if starting_before is None and limit >= 0:
        # every word read starts before `limit`, so before `end`: nothing else stops the reading
        for m in words:
            append((key(m[0]), m.start(), m.end()))
        return out
    stop = end if starting_before is None else starting_before
    for m in words:
        s = m.start()
        if s >= stop:
            break
        append((key(m[0]), s, m.end()))
    return out


def ends_with_phrase(words: list[str], phrases: frozenset[str]) -> str | None:
    """The longest phrase of `phrases` that the word list ends with."""
    if not words or words[-1].rsplit(" ", 1)[-1] not in _word_ends(phrases)[1]:
        return None  # a cheap first test: no phrase ends with the last word
    for k in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[-k:])
        if cand in phrases:
            return cand
    return None


def contains_phrase(words: list[str], phrases: frozenset[str]) -> bool:
    """True when some phrase of `phrases` is a run of consecutive words of `words`."""
    if not phrases:
        return False
    joined = " ".join(words)
    if _word_ends(phrases)[0].isdisjoint(joined.split(" ")):
        return False  # a cheap first test: no phrase starts with any of the words
    return _phrase_pattern(phrases).search(f" {joined} ") is not None


@lru_cache(maxsize=256)
def _word_ends(phrases: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The first words and the last words of the phrases (for the cheap first tests above: a phrase
    is among words joined by spaces only where its first word is one of them, and a list ends with
    a phrase only when its last word ends the phrase)."""
    return frozenset(p.split(" ", 1)[0] for p in phrases), frozenset(p.rsplit(" ", 1)[-1] for p in phrases)


@lru_cache(maxsize=256)
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    """Any of the phrases, each between spaces, as one pattern (one search instead of one test
    per phrase; the phrase sets are few and asked for every figure)."""
    return re.compile("|".join(re.escape(f" {p} ") for p in sorted(phrases)))


def probes_in(low: str, probes: Probes, start: int, end: int) -> bool:
    """Whether some phrase of `probes` has all its probe words in the lower-cased `low`[start:end]:
    False means none of those cue phrases is among the keys of the words there (the cheap first test
    of `TextContext.may_contain`, and of a rule that has no context: `measure._may_hold_cue`)."""
    if probes.any_word.search(low, start, end) is None:
        return False
    for words in probes.phrases:
        for w in words:
            if low.find(w, start, end) < 0:
                break
        else:
            return True
    return False


# --- the texts of one `find_figures` call -------------------------------------------------------
#
# `_WORD` is a `regex` pattern (it needs \p{L} and \p{M}); `words_before` and `words_after` run it on
# thousands of windows of the same body. `re` reads such a window about a third quicker, with a
# character class that `re` has no name for: `_bmp_word` builds it once from `_WORD`'s own classes,
# asking `regex` about every character of the Basic Multilingual Plane, so the two patterns take
# the same characters there by construction (whatever Unicode version either module follows). A
# text with a character beyond that plane keeps `_WORD`. The texts so read are registered by
# `indexed` (the very objects: an equal string is not looked up) for one `find_figures` call only.

#: the registered texts by `id`: (text, the pattern its words are read with, the keyed words of
#: the spans `words_before` has read there, by (start, end))
_TEXTS: dict[int, tuple[str, re.Pattern[str] | regex.Pattern[str], dict[tuple[int, int], tuple[str, ...]]]]
_TEXTS = {}


@cache
def _bmp_word() -> re.Pattern[str]:
    """`_WORD` for a text with no character beyond U+FFFF: the same pattern in `re`, its two classes
    (letters, marks and digits; letters and digits) spelt out by `_reclass.bmp_class`."""
    first, following = bmp_class(_WORD_FIRST), bmp_class(_WORD_NEXT)
    return re.compile(f"[{first}]+(?:[./][{following}]+)*")


@contextmanager
def indexed(*texts: str) -> Iterator[None]:
    """Within the block, `words_before` and `words_after` read the words of these texts (the very
    objects) with `_bmp_word` when they can, and `words_before` keeps the words of each span it
    reads; the registration (and what was kept) ends with the block."""
    added = []
    for t in texts:
        if id(t) not in _TEXTS:
            _TEXTS[id(t)] = (t, _bmp_word() if is_bmp(t) else _WORD, {})
            added.append(id(t))
    try:
        yield
    finally:
        for i in added:
            del _TEXTS[i]
        if not _TEXTS:
            for memo in _BLOCK_MEMOS:
                memo.clear()


#: the memos of `block_memo`
_BLOCK_MEMOS: list[dict[Any, Any]] = []


def block_memo() -> dict[Any, Any]:
    """A new memo for what is read while some text is registered (`indexed`): emptied when the last
    registered text goes (the end of a `find_figures` call)."""
    memo: dict[Any, Any] = {}
    _BLOCK_MEMOS.append(memo)
    return memo


def is_registered(text: str) -> bool:
    """Whether `text` (the very object) is registered by `indexed`."""
    entry = _TEXTS.get(id(text))
    return entry is not None and entry[0] is text


def registered_texts() -> tuple[str, ...]:
    """The texts registered by `indexed`: those of one `find_figures` call (a report's body and its
    footnotes), for a rule that the whole document decides."""
    return tuple(entry[0] for entry in _TEXTS.values())


#: `span_quantities`' memo while some text is registered (`indexed`): the quantities of a span, by its text
_SPAN_QUANTITIES: dict[str, tuple[Quantity, ...]] = block_memo()


def span_quantities(span: str) -> Sequence[Quantity]:
    """`find_quantities(span)` (as a tuple) for a short stretch cut from a text: the walks back over a
    sentence's numbers (`measure._earlier_numbers`, `_items_back`, …) read the same stretch again for
    the figures after it (2 calls in 3 of a report's). A pure function of the span's text, so kept
    by it within an `indexed` block (one `find_figures` call), and forgotten with the block."""
    if not _TEXTS:
        return tuple(find_quantities(span))
    found = _SPAN_QUANTITIES.get(span)
    if found is None:
        found = _SPAN_QUANTITIES[span] = tuple(find_quantities(span))
    return found
