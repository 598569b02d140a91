"""The results of a pure scan on the last few long texts.

The pipeline reads one body several times over: the structure stage looks for its document
numbers and dates (the cited documents), then the figure stage reads every number of the same
body, which needs its document numbers and dates again (they are not figures). A ``LastTexts``
keeps what a scan found for the last few texts, so the second reading finds it there.

Only long texts are kept: short ones are cheap to scan again, and the structure stage scans many
short windows that would push the bodies out. The memo holds at most ``size`` texts and their
results, so memory stays flat however many documents are read. The results stored must be
immutable (tuples of frozen dataclasses or of ints): every caller gets the same object. Threads
may share a memo: a lock keeps its updates whole.
"""

from __future__ import annotations

import threading
from collections.abc import Hashable
from typing import Any, Generic, TypeVar

_V = TypeVar("_V")

#: every memo made, so that `forget_all` can empty them (a benchmark that times the same text again)
_ALL: list[LastTexts[Any]] = []


class LastTexts(Generic[_V]):
    """A small memo keyed by a text and the other arguments of a scan; it forgets the oldest
    text first."""

    __slots__ = ("_items", "_lock", "min_length", "size")

    def __init__(self, size: int = 4, min_length: int = 1000) -> None:
        self._items: dict[tuple[str, Hashable], _V] = {}
        self._lock = threading.Lock()
        self.size = size
        self.min_length = min_length  # shorter texts are not kept
        _ALL.append(self)

    def get(self, text: str, args: Hashable = None) -> _V | None:
        """What the scan found in ``text`` with ``args``, or ``None`` when it is not kept."""
        if len(text) < self.min_length:
            return None
        return self._items.get((text, args))

    def put(self, text: str, args: Hashable, value: _V) -> _V:
        """Keep ``value`` as what the scan found in ``text`` with ``args``; returns ``value``."""
        if len(text) >= self.min_length:
            items = self._items
            with self._lock:
                items[(text, args)] = value
                if len(items) > self.size:
                    del items[next(iter(items))]  # the oldest (a dict keeps the order of insertion)
        return value

    def clear(self) -> None:
        """Forget every text."""
        with self._lock:
            self._items.clear()


def forget_all() -> None:
    """Empty every memo. A timing of the same text run again must call this before each run,
    or its second and later runs find the scans of the first one kept (``bench/run.py`` does)."""
    for memo in _ALL:
        memo.clear()
