"""Comparison keys and matching for scoring (spec §6).

Everything the scorer compares goes through one of the keys here, so the rules of spec §6 live
in one place:

* text: `reportextract.textnorm.match_key` (NFC, tone placement, casefold, whitespace collapsed,
  trailing ".:;," dropped);
* units: `reportextract.units.canonical_unit`, the library's key for unit names (text key,
  a leading level word dropped: "tỉnh Lâm Đồng" = "Lâm Đồng", "quận 10" keeps its number;
  and its alias table: "TP.HCM" = "Hồ Chí Minh");
* values: equal when ``|a - b| <= 1e-6 * max(1, |b|)``, ``b`` the gold value.

`max_matching` pairs two lists under a compatibility test so that the number of pairs is as
large as possible, preferring pairs that agree on more (see its docstring).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

import regex

from reportextract.textnorm import collapse_ws, match_key, normalize

G = TypeVar("G")
P = TypeVar("P")

#: relative tolerance for values (spec §6)
VALUE_TOLERANCE = 1e-6

_SPACES = regex.compile(r"\s+")


def text_key(text: str | None) -> str:
    """Key for exact text comparison (spec §6)."""
    return match_key(text)


def running_text_key(text: str | None) -> str:
    """Key for searching inside running text: like `text_key` but keeps trailing punctuation,
    so that a needle's key is found in it whenever the needle is."""
    if not text:
        return ""
    return collapse_ws(normalize(text)).casefold()


def compact_key(text: str | None) -> str:
    """Text key without any whitespace, for document numbers ("46-KH/TWĐTN - CNĐT")."""
    return _SPACES.sub("", match_key(text))


@lru_cache(maxsize=8192)
def unit_key(name: str | None) -> str:
    """Key under which two unit names are the same unit (spec §6); ``""`` for no unit.

    The library's `reportextract.units.canonical_unit` gives it: text key, leading level word
    dropped ("quận 10" keeps its number), aliases applied ("TP.HCM" = "Hồ Chí Minh").
    """
    if name is None or not name.strip():
        return ""
    from reportextract.units import canonical_unit  # noqa: PLC0415 - the gazetteer loads on first use

    return canonical_unit(name)


def values_equal(predicted: float, gold: float) -> bool:
    """Spec §6: ``|a - b| <= 1e-6 * max(1, |b|)`` with ``b`` the gold value."""
    return abs(predicted - gold) <= VALUE_TOLERANCE * max(1.0, abs(gold))


def as_number(value: Any) -> float | None:
    """A figure value as float, or None when it is not a number (strings and booleans are not)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        return None
    return float(value)


# --------------------------------------------------------------------------- counts


@dataclass(slots=True)
class Counts:
    """True positives, false positives, false negatives; P/R/F1 derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float | None:
        if self.tp + self.fp:
            return self.tp / (self.tp + self.fp)
        return None if self.fn == 0 else 0.0

    @property
    def recall(self) -> float | None:
        if self.tp + self.fn:
            return self.tp / (self.tp + self.fn)
        return None if self.fp == 0 else 0.0

    @property
    def f1(self) -> float | None:
        denom = 2 * self.tp + self.fp + self.fn
        return 2 * self.tp / denom if denom else None

    def to_dict(self) -> dict[str, Any]:
        """``{"precision", "recall", "f1", "tp", "fp", "fn"}``; rates are null with nothing to score."""
        return {
            "precision": _round(self.precision),
            "recall": _round(self.recall),
            "f1": _round(self.f1),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
        }


@dataclass(slots=True)
class Share:
    """A share of hits over a number of scored items (null when nothing was scored)."""

    hits: int = 0
    total: int = 0

    def add(self, other: Share) -> None:
        self.hits += other.hits
        self.total += other.total

    def count(self, ok: bool) -> None:
        self.hits += int(ok)
        self.total += 1

    @property
    def value(self) -> float | None:
        """hits / total, rounded to 6 places; None when nothing was scored."""
        return _round(self.hits / self.total) if self.total else None


def _round(x: float | None) -> float | None:
    return None if x is None else round(x, 6)


def multiset_counts(gold: Iterable[Hashable], pred: Iterable[Hashable]) -> Counts:
    """Counts of two multisets of exactly comparable keys."""
    g, p = Counter(gold), Counter(pred)
    tp = sum((g & p).values())
    return Counts(tp=tp, fp=sum(p.values()) - tp, fn=sum(g.values()) - tp)


# --------------------------------------------------------------------------- matching


def max_matching(
    gold: Sequence[G],
    pred: Sequence[P],
    candidates: Callable[[int], Iterable[int]],
    compatible: Callable[[G, P], bool],
    preference: Callable[[G, P], tuple[Any, ...]] | None = None,
) -> list[tuple[int, int]]:
    """Pair gold and predicted items one-to-one, as many pairs as possible.

    `candidates(i)` yields indices of predictions that may pair with ``gold[i]`` (a cheap
    pre-filter); `compatible` decides. Pairs are first taken greedily in order of `preference`
    (higher first; ties in reading order, gold then prediction), so that among equal values the
    pair that also agrees on unit, category, footnote, qualifier and measure is the one kept;
    then augmenting paths raise the greedy pairing to a maximum one, so repeated values are
    never under-counted. Returns ``(gold_index, pred_index)`` pairs sorted by gold index.
    """
    adj: list[list[int]] = []
    edges: list[tuple[tuple[Any, ...], int, int]] = []
    for gi, g in enumerate(gold):
        row = [pj for pj in candidates(gi) if compatible(g, pred[pj])]
        adj.append(row)
        for pj in row:
            pref = preference(g, pred[pj]) if preference else ()
            edges.append((tuple(-x for x in pref), gi, pj))
    edges.sort()
    match_g: list[int | None] = [None] * len(gold)
    match_p: list[int | None] = [None] * len(pred)
    for _, gi, pj in edges:
        if match_g[gi] is None and match_p[pj] is None:
            match_g[gi], match_p[pj] = pj, gi
    for start in range(len(gold)):
        if match_g[start] is not None or not adj[start]:
            continue
        # breadth-first search for an augmenting path from `start`
        reached_from: dict[int, int] = {}
        queue = [start]
        found: int | None = None
        head = 0
        while head < len(queue) and found is None:
            u = queue[head]
            head += 1
            for pj in adj[u]:
                if pj in reached_from:
                    continue
                reached_from[pj] = u
                owner = match_p[pj]
                if owner is None:
                    found = pj
                    break
                queue.append(owner)
        while found is not None:
            u = reached_from[found]
            previous = match_g[u]
            match_g[u], match_p[found] = found, u
            found = None if u == start else previous
    return [(gi, pj) for gi, pj in enumerate(match_g) if pj is not None]
