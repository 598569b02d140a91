"""Scan decomposed (NFD) input on its NFC form and map offsets back to the input.

The tables and patterns are written in NFC. Text from a reader is NFC already; text pasted from
elsewhere may not be. ``to_nfc`` gives the NFC text and, when it differs, a map from each NFC
offset to the input offset, so spans stay exact in the caller's string.
"""

from __future__ import annotations

import unicodedata
from dataclasses import replace
from typing import Any, TypeVar

_T = TypeVar("_T")


def to_nfc(text: str) -> tuple[str, list[int] | None]:
    """(NFC text, offset map or ``None`` when the input is NFC already).

    ``map[i]`` is the input offset of NFC offset ``i``; ``map[len(nfc)] == len(text)``.
    """
    if unicodedata.is_normalized("NFC", text):
        return text, None
    parts: list[str] = []
    offsets: list[int] = []
    start = 0
    n = len(text)
    while start < n:
        end = start + 1
        while end < n and unicodedata.combining(text[end]):
            end += 1
        seg = unicodedata.normalize("NFC", text[start:end])
        parts.append(seg)
        # every character of the normalised cluster maps to the start of the cluster
        offsets.extend([start] * len(seg))
        start = end
    offsets.append(n)
    return "".join(parts), offsets


def back(offsets: list[int], i: int) -> int:
    """Input offset of NFC offset ``i`` (an end offset maps to the end of its cluster)."""
    return offsets[i]


def spans_back(found: list[_T], text: str, offsets: list[int] | None) -> list[_T]:
    """Items with ``start``/``end``/``text`` found in the NFC form, moved back onto ``text``."""
    if offsets is None:
        return found
    out = []
    for item in found:
        d: Any = item
        s, e = back(offsets, d.start), back(offsets, d.end)
        out.append(replace(d, start=s, end=e, text=text[s:e]))
    return out
